/* test-doc-locale.c — documents are Russian and C-numeric on their own
 * thread, whatever the process locale; other threads are untouched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "sc-date.h"
#include "sc-doc-locale.h"
#include "sc-report.h"

/* The rule sc_doc_ngettext () applies, as ru.po declares it. */
static void
test_plural_rule (void)
{
  const char *forms = sc_doc_plural_forms ();

  g_assert_nonnull (strstr (forms, "nplurals=3;"));
  g_assert_nonnull (strstr (forms, "plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
                                   "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"));
  g_assert_cmpstr (sc_doc_ngettext ("%d message", "%d messages", 1), ==, "%d сообщение");
  g_assert_cmpstr (sc_doc_ngettext ("%d message", "%d messages", 21), ==, "%d сообщение");
  g_assert_cmpstr (sc_doc_ngettext ("%d message", "%d messages", 3), ==, "%d сообщения");
  g_assert_cmpstr (sc_doc_ngettext ("%d message", "%d messages", 12), ==, "%d сообщений");
  g_assert_cmpstr (sc_doc_ngettext ("%d message", "%d messages", 111), ==, "%d сообщений");
  g_assert_cmpstr (sc_doc_ngettext ("%d message", "%d messages", 0), ==, "%d сообщений");
}

/* Outside a scope the core's texts follow the process (no catalogue is
 * bound here, so English); inside, Russian. */
static void
test_scope_texts (void)
{
  ScDocLocale scope;
  g_autofree char *english = sc_report_format_period ("2023-11");
  g_autofree char *russian = NULL;
  g_autofree char *date = NULL;

  g_assert_cmpstr (english, ==, "for November 2023");
  g_assert_false (sc_doc_locale_is_active ());
  sc_doc_locale_enter (&scope);
  g_assert_true (sc_doc_locale_is_active ());
  russian = sc_report_format_period ("2023-11");
  date = sc_date_format_long ("2023-11-30");
  sc_doc_locale_leave (&scope);
  g_assert_false (sc_doc_locale_is_active ());
  g_assert_cmpstr (russian, ==, "за ноябрь 2023\u00a0г.");
  g_assert_cmpstr (date, ==, "30\u00a0ноября 2023\u00a0г.");
  g_assert_cmpstr (sc_doc_pgettext ("chat status\004Created", strlen ("chat status") + 1), ==, "Создан");
  g_assert_cmpstr (sc_doc_gettext ("no such message in the catalogue"), ==,
                   "no such message in the catalogue");
}

/* A comma locale for the process, if this machine has one. */
static gboolean
set_comma_locale (void)
{
  const char *const names[] = { "ru_RU.UTF-8", "ru_RU.utf8", "de_DE.UTF-8", NULL };

  for (guint i = 0; names[i] != NULL; i++)
    if (setlocale (LC_NUMERIC, names[i]) != NULL)
      return localeconv ()->decimal_point[0] == ',';
  return FALSE;
}

typedef struct
{
  GMutex   lock;
  GCond    cond;
  int      stage;
  char     printed[32];
  char    *period;
} Other;

static void
wait_stage (Other *o,
            int    stage)
{
  g_mutex_lock (&o->lock);
  while (o->stage < stage)
    g_cond_wait (&o->cond, &o->lock);
  g_mutex_unlock (&o->lock);
}

static void
set_stage (Other *o,
           int    stage)
{
  g_mutex_lock (&o->lock);
  o->stage = stage;
  g_cond_broadcast (&o->cond);
  g_mutex_unlock (&o->lock);
}

/* Runs while the main thread is inside its scope. */
static gpointer
other_thread (gpointer data)
{
  Other *o = data;

  wait_stage (o, 1);
  snprintf (o->printed, sizeof o->printed, "%.1f", 57.1);
  o->period = sc_report_format_period ("2023-11");
  set_stage (o, 2);
  return NULL;
}

static void
test_scope_is_per_thread (void)
{
  g_autofree char *previous = g_strdup (setlocale (LC_NUMERIC, NULL));
  Other o = { 0 };
  ScDocLocale scope;
  GThread *thread;
  char inside[32];

  if (!set_comma_locale ())
    {
      setlocale (LC_NUMERIC, previous);
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }
  g_mutex_init (&o.lock);
  g_cond_init (&o.cond);
  thread = g_thread_new ("other", other_thread, &o);
  sc_doc_locale_enter (&scope);
  snprintf (inside, sizeof inside, "%.1f", 57.1);
  set_stage (&o, 1);
  wait_stage (&o, 2);
  sc_doc_locale_leave (&scope);
  g_thread_join (thread);
  g_assert_cmpstr (inside, ==, "57.1");
  g_assert_cmpstr (o.printed, ==, "57,1");
  g_assert_cmpstr (o.period, ==, "for November 2023");
  g_free (o.period);
  g_mutex_clear (&o.lock);
  g_cond_clear (&o.cond);
  setlocale (LC_NUMERIC, previous);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/doc-locale/plural-rule", test_plural_rule);
  g_test_add_func ("/sc/doc-locale/scope-texts", test_scope_texts);
  g_test_add_func ("/sc/doc-locale/per-thread", test_scope_is_per_thread);
  return g_test_run ();
}

/* sc-cli-depersonalize.c — the verb "depersonalize": erase the names and
 * contacts of the people who left before a date (issue 20)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-cli-verbs.h"
#include "sc-database.h"
#include "sc-date.h"
#include "sc-depersonalize.h"

typedef struct
{
  gboolean  dry_run;
  gboolean  with_backups;
} Options;

static int
misuse (const char *message)
{
  g_printerr ("sferum-coordinator depersonalize: %s\n", message);
  return SC_CLI_USAGE;
}

static guint
count_copies (const char *db_path)
{
  g_autoptr(GPtrArray) copies = sc_depersonalize_list_copies (db_path, NULL);

  return copies != NULL ? copies->len : 0;
}

static void
print_copies_hint (const char *db_path)
{
  guint n = count_copies (db_path);

  if (n > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u backup copy still holds their names: add --with-backups to depersonalise it too.\n",
                          "%u backup copies still hold their names: add --with-backups to depersonalise them too.\n",
                          n), n);
}

static int
report (const ScCliInvocation       *inv,
        const ScDepersonalizeResult *result,
        const char                  *shown_date,
        gboolean                     with_backups)
{
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Depersonalised %u person who left before %s.\n",
                        "Depersonalised %u people who left before %s.\n", result->n_people),
           result->n_people, shown_date);
  if (with_backups)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Depersonalised %u backup copy.\n",
                          "Depersonalised %u backup copies.\n", result->n_copies), result->n_copies);
  else
    print_copies_hint (inv->db_path);
  for (guint i = 0; i < result->copy_problems->len; i++)
    g_printerr ("sferum-coordinator: %s\n", (const char *)g_ptr_array_index (result->copy_problems, i));
  return result->wiped && result->copy_problems->len == 0 ? SC_CLI_OK : SC_CLI_FAILED;
}

static int
depersonalize (const ScCliInvocation *inv,
               const Options         *o,
               const char            *left_before)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open (inv->db_path, &error);
  g_auto(ScDepersonalizeResult) result = { 0 };
  g_autofree char *shown = NULL;
  guint n = 0;

  if (db == NULL || !sc_depersonalize_count (db, left_before, &n, &error))
    return sc_cli_fail (error->message);
  shown = sc_date_format_short (left_before);
  if (o->dry_run)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "%u person who left before %s would be depersonalised; nothing was changed.\n",
                            "%u people who left before %s would be depersonalised; nothing was changed.\n", n),
               n, shown);
      return SC_CLI_OK;
    }
  if (!sc_depersonalize_run (db, left_before, NULL, o->with_backups, &result, &error))
    return sc_cli_fail (error->message);
  return report (inv, &result, shown, o->with_backups);
}

int
sc_cli_verb_depersonalize (const ScCliInvocation *inv)
{
  Options o = { FALSE, FALSE };
  g_autofree char *given = NULL;
  g_autofree char *left_before = NULL;
  GOptionEntry entries[] = {
    { "left-before", 0, 0, G_OPTION_ARG_STRING, &given,
      N_("Erase the people who left before this day"), N_("DD.MM.YYYY") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &o.dry_run, N_("Only say how many people it would erase"), NULL },
    { "with-backups", 0, 0, G_OPTION_ARG_NONE, &o.with_backups,
      N_("Depersonalise the backup copies too (they hold the names until then)"), NULL },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, NULL,
                                     _("Erase the names, phones, e-mails and external ids of the people who left before a date, keeping what the reports count. There is no undo but a backup copy."),
                                     entries);

  if (status >= 0)
    return status;
  if (given == NULL)
    return misuse (_("--left-before DD.MM.YYYY is required"));
  left_before = sc_date_parse (given);
  if (left_before == NULL)
    return misuse (_("--left-before takes a date as DD.MM.YYYY, for example 01.09.2023"));
  return depersonalize (inv, &o, left_before);
}

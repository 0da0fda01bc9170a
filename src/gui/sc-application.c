/* sc-application.c — app actions, settings and the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-application"

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "sc-application.h"
#include "sc-resources.h"
#include "sc-summary-window.h"
#include "sc-window.h"

struct _ScApplication
{
  AdwApplication  parent_instance;
  GSettings      *settings;
  char           *initial_database; /* from --db */
};

G_DEFINE_FINAL_TYPE (ScApplication, sc_application, ADW_TYPE_APPLICATION)

static ScWindow *
get_window (ScApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (SC_IS_WINDOW (window))
    return SC_WINDOW (window);
  return NULL;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  ScApplication *self = user_data;
  const char *developers[] = { _("Sferum Coordinator developers"), NULL };
  GtkWidget *about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
      "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
      "application-name", _("Sferum Coordinator"),
      "application-icon", APP_ID,
      "version", PACKAGE_VERSION,
      "comments", _("Plans the college's chats on the Sferum platform, tracks who is connected and how active teachers are, and drafts the monthly report to the ministry of education. Everything stays in one file on this computer."),
      "developers", developers,
      "translator-credits", _("translator-credits"),
      "license-type", GTK_LICENSE_GPL_3_0,
      "modal", TRUE,
      NULL);

  gtk_window_present (GTK_WINDOW (about));
}

/* Needs no college: it reads the colleges' report files. */
static void
summary_activated (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *parent = gtk_application_get_active_window (app);
  GtkWindow *window = GTK_WINDOW (sc_summary_window_new (app));

  gtk_window_set_transient_for (window, parent);
  gtk_window_present (window);
}

static void
window_action_activated (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  ScWindow *window = get_window (user_data);
  const char *name = g_action_get_name (G_ACTION (action));

  if (window == NULL)
    return;
  if (g_str_equal (name, "organization"))
    sc_window_show_organization (window);
  else if (g_str_equal (name, "open-database"))
    sc_window_choose_database (window);
  else if (g_str_equal (name, "new-database"))
    sc_window_new_college (window);
  else if (g_str_equal (name, "open-demo"))
    sc_window_open_demo (window);
  else if (g_str_equal (name, "backups"))
    sc_window_show_backups (window);
  else if (g_str_equal (name, "platform-switch"))
    sc_window_show_platform_switch (window);
  else if (g_str_equal (name, "new-year"))
    sc_window_show_new_year (window);
  else if (g_str_equal (name, "depersonalize"))
    sc_window_show_depersonalize (window);
  else if (g_str_equal (name, "exports"))
    sc_window_show_export_log (window);
  else if (g_str_equal (name, "personal-data"))
    sc_window_show_personal_data (window);
}

static void
open_recent_activated (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  ScWindow *window = get_window (user_data);

  if (window != NULL)
    sc_window_open_database (window, g_variant_get_string (param, NULL));
}

static const GActionEntry app_actions[] = {
  { "open-recent", open_recent_activated, "s" },
  { "open-demo", window_action_activated },
  { "quit", quit_activated },
  { "about", about_activated },
  { "organization", window_action_activated },
  { "open-database", window_action_activated },
  { "new-database", window_action_activated },
  { "backups", window_action_activated },
  { "summary", summary_activated },
  { "platform-switch", window_action_activated },
  { "new-year", window_action_activated },
  { "depersonalize", window_action_activated },
  { "exports", window_action_activated },
  { "personal-data", window_action_activated },
};

static void
sc_application_activate (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (sc_window_new (self));
  gtk_window_present (window);
}

static void
set_accels (GtkApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.organization", { "<Control>comma", NULL } },
    { "app.open-database", { "<Control>o", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}

static void
sc_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (sc_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  set_accels (GTK_APPLICATION (app));
  gtk_window_set_default_icon_name (APP_ID);
}

static void
sc_application_finalize (GObject *object)
{
  ScApplication *self = SC_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->initial_database, g_free);
  G_OBJECT_CLASS (sc_application_parent_class)->finalize (object);
}

static void
sc_application_class_init (ScApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sc_application_finalize;
  sc_register_resource ();
  app_class->activate = sc_application_activate;
  app_class->startup = sc_application_startup;
}

static void
sc_application_init (ScApplication *self)
{
  self->settings = g_settings_new (APP_ID);
}

ScApplication *
sc_application_new (void)
{
  return g_object_new (SC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/org/sferumcoord/Coordinator",
                       NULL);
}

static void
set_initial_database (ScApplication *self,
                      const char    *path)
{
  g_free (self->initial_database);
  self->initial_database = g_strdup (path);
}

/* Takes "--db FILE" out of argv before GApplication sees it. */
int
sc_application_run_with_args (ScApplication *self,
                              int            argc,
                              char         **argv)
{
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();

  g_return_val_if_fail (SC_IS_APPLICATION (self), 1);

#ifdef __GLIBC__
  /* One malloc arena for every thread: the worker that reads 50 000 people
   * (sc-people-page-load.c) otherwise gets an arena of its own, and what
   * the window freed before cannot hold them — 9 MB more at the peak
   * (tests/bench/bench-window.c). The threads seldom allocate at once. */
  mallopt (M_ARENA_MAX, 1);
#endif
  for (int i = 0; i < argc; i++)
    {
      if (g_strcmp0 (argv[i], "--db") == 0 && i + 1 < argc)
        set_initial_database (self, argv[++i]);
      else if (g_str_has_prefix (argv[i], "--db="))
        set_initial_database (self, argv[i] + 5);
      else
        g_ptr_array_add (rest, argv[i]);
    }
  g_ptr_array_add (rest, NULL);
  return g_application_run (G_APPLICATION (self), rest->len - 1, (char **)rest->pdata);
}

GSettings *
sc_application_get_settings (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);
  return self->settings;
}

const char *
sc_application_get_initial_database (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);
  return self->initial_database;
}

/* sc-window.c — the main window: welcome screen or the college's five pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-backup.h"
#include "sc-backups-dialog.h"
#include "sc-chats-page.h"
#include "sc-date.h"
#include "sc-demo.h"
#include "sc-organization.h"
#include "sc-new-year-dialog.h"
#include "sc-organization-window.h"
#include "sc-personal-data.h"
#include "sc-platform-dialog.h"
#include "sc-activity-page.h"
#include "sc-overview-page.h"
#include "sc-people-page.h"
#include "sc-recent-colleges.h"
#include "sc-reports-page.h"
#include "sc-welcome-page.h"
#include "sc-window.h"

struct _ScWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  ScDatabase           *database;
  GtkFileChooserNative *chooser;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  ScWelcomePage        *welcome_page;
  GMenu                *recent_menu;
  GtkRevealer          *demo_revealer;
  gboolean              is_demo;     /* the open file is the demonstration college */
  gboolean              opening_given_file; /* --db: whatever it is, it opens */
  gboolean              verify_after_paint;
  guint                 backup_id;   /* a copy after changes waiting for its hour */
  /* The file as it was before «Новый учебный год…», while Undo is offered. */
  ScDatabaseSnapshot   *year_undo;
};

G_DEFINE_FINAL_TYPE (ScWindow, sc_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_DATABASE, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* In the order of the view switcher, and of Ctrl+1 … Ctrl+5. A page is
 * built the first time it is shown, in the AdwBin the template has for
 * it: a window that opens on the overview does not build four pages. */
static const struct
{
  const char *name;
  GType     (*get_type) (void);
} pages[] = {
  { "overview", sc_overview_page_get_type },
  { "people", sc_people_page_get_type },
  { "chats", sc_chats_page_get_type },
  { "activity", sc_activity_page_get_type },
  { "reports", sc_reports_page_get_type },
};

/* The page @name, built now if it was not yet; NULL for no such page. */
static ScPage *
ensure_page (ScWindow   *self,
             const char *name)
{
  GtkWidget *slot = name ? adw_view_stack_get_child_by_name (self->view_stack, name) : NULL;
  GtkWidget *page;

  if (slot == NULL)
    return NULL;
  page = adw_bin_get_child (ADW_BIN (slot));
  for (guint i = 0; page == NULL && i < G_N_ELEMENTS (pages); i++)
    if (g_str_equal (name, pages[i].name))
      {
        page = g_object_new (pages[i].get_type (), NULL);
        g_object_bind_property (self, "database", page, "database", G_BINDING_SYNC_CREATE);
        adw_bin_set_child (ADW_BIN (slot), page);
      }
  return SC_PAGE (page);
}

static void
visible_page_changed_cb (ScWindow *self)
{
  ensure_page (self, adw_view_stack_get_visible_child_name (self->view_stack));
}

static void
show_error (ScWindow   *self,
            const char *heading,
            const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
      adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
damaged_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ScWindow         *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");

  if (g_strcmp0 (response, "backups") == 0)
    gtk_window_present (GTK_WINDOW (sc_backups_dialog_new (self, path)));
}

static gboolean
has_backups (const char *path)
{
  g_autoptr(GPtrArray) list = sc_backup_list (path, NULL);

  return list != NULL && list->len > 0;
}

/* A damaged file with copies beside it: the way out is one click away. */
static void
show_open_error (ScWindow     *self,
                 const char   *path,
                 const GError *error)
{
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *heading = g_strdup_printf (_("“%s” Could Not Be Opened"), basename);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
      adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  if (g_error_matches (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_CORRUPT) && has_backups (path))
    {
      adw_message_dialog_add_response (dialog, "backups", _("_Backup Copies…"));
      adw_message_dialog_set_response_appearance (dialog, "backups", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "backups");
      g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
      g_signal_connect_object (dialog, "response", G_CALLBACK (damaged_response_cb), self, 0);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/* «Недавние колледжи» in the main menu and on the welcome page. */
static void
update_recent (ScWindow *self)
{
  g_autoptr(GPtrArray) colleges = sc_recent_colleges_list (self->settings);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < colleges->len; i++)
    {
      const ScRecentCollege *college = g_ptr_array_index (colleges, i);
      g_autofree char *opened = sc_recent_college_format_opened (college);
      /* Translators: a recent college in the main menu: «Колледж связи — 07.12.2023» */
      g_autofree char *label = g_strdup_printf (_("%s — %s"), college->name, opened);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "app.open-recent",
                                               g_variant_new_string (college->path));
      g_menu_append_item (self->recent_menu, item);
    }
  if (colleges->len == 0)
    g_menu_append (self->recent_menu, _("No colleges opened yet"), "app.no-recent-colleges");
  sc_welcome_page_set_recent (self->welcome_page, colleges);
}

/* The college's name is the window's title (the overview shows the rest),
 * and the demonstration college is shown as of its own day in 2023, and
 * marked as made up. A real college goes first in the recent list. */
static void
apply_profile (ScWindow *self)
{
  g_autoptr(ScOrganization) organization = NULL;
  const char *name;

  if (self->database != NULL)
    organization = sc_organization_load (self->database, NULL);
  sc_date_set_today (organization != NULL ? organization->demo_today : NULL);
  if (organization == NULL)
    return;
  name = *organization->short_name ? organization->short_name : organization->full_name;
  if (self->is_demo)
    {
      /* Translators: the demonstration college's window title */
      g_autofree char *title = g_strdup_printf (_("%s (made up)"), name);
      gtk_window_set_title (GTK_WINDOW (self), title);
      return;
    }
  gtk_window_set_title (GTK_WINDOW (self), name);
  sc_recent_colleges_note (self->settings, sc_database_get_path (self->database), name);
  update_recent (self);
}

static void
organization_changed_cb (ScWindow *self)
{
  apply_profile (self);
}

/* Copies after changes (DESIGN.md §10): the day's work — an import, a
 * submitted report — is in a copy at once, at most one an hour; changes
 * within the hour are copied when it is up, or when the file is closed. */
static gboolean backup_due_cb (gpointer data);

static void
backup_after_changes (ScWindow *self,
                      gboolean  now)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint wait = 0;
  gboolean ok;

  g_clear_handle_id (&self->backup_id, g_source_remove);
  if (self->database == NULL)
    return;
  if (now)
    ok = sc_backup_write (self->database, SC_BACKUP_AFTER_CHANGES, NULL, NULL, &error);
  else
    ok = sc_backup_after_changes (self->database, NULL, NULL, &wait, &error);
  if (ok && wait > 0)
    self->backup_id = g_timeout_add_seconds (wait, backup_due_cb, self);
  if (ok)
    return;
  message = g_strdup_printf (_("A backup copy after the changes was not made: %s"), error->message);
  sc_window_add_toast (self, adw_toast_new (message));
}

static gboolean
backup_due_cb (gpointer data)
{
  ScWindow *self = data;

  self->backup_id = 0;
  backup_after_changes (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (ScWindow *self)
{
  if (self->backup_id == 0)
    backup_after_changes (self, FALSE);
}

/* The file is closed with a copy waiting: it is made now. */
static void
flush_backup (ScWindow *self)
{
  if (self->backup_id != 0)
    backup_after_changes (self, TRUE);
}

/* The pages follow the "database" property (bound in ensure_page), once
 * the window shows the overview: a page left on screen would read the
 * new file only to be hidden. */
static void
set_database (ScWindow   *self,
              ScDatabase *database)
{
  if (self->database == database)
    return;
  if (self->database != NULL)
    {
      flush_backup (self);
      g_signal_handlers_disconnect_by_func (self->database, organization_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->database, database_changed_cb, self);
    }
  g_set_object (&self->database, database);
  self->is_demo = database != NULL && sc_demo_is_demo (database);
  gtk_revealer_set_reveal_child (self->demo_revealer, self->is_demo);
  g_clear_pointer (&self->year_undo, sc_database_snapshot_free);
  apply_profile (self);
  if (database != NULL)
    {
      g_signal_connect_object (database, "changed::organization",
                               G_CALLBACK (organization_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (database, "changed",
                               G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
      /* The demo is never what the program starts with. */
      if (!self->is_demo)
        g_settings_set_string (self->settings, "last-database", sc_database_get_path (database));
      sc_window_set_page (self, "overview");
      gtk_stack_set_visible_child_name (self->main_stack, "college");
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Sferum Coordinator"));
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-report", database != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/* The default file, or "college-2.sqlite3" and so on beside it when taken. */
static char *
free_default_path (void)
{
  g_autofree char *path = sc_database_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  for (guint i = 2; g_file_test (path, G_FILE_TEST_EXISTS) && i < 1000; i++)
    {
      g_autofree char *name = g_strdup_printf ("college-%u.sqlite3", i);
      g_free (path);
      path = g_build_filename (dir, name, NULL);
    }
  return g_steal_pointer (&path);
}

static void
welcome_create_requested_cb (ScWelcomePage *page,
                             const char    *name,
                             ScWindow      *self)
{
  sc_window_create_college (self, name, sc_welcome_page_get_target_path (page));
}

static void
welcome_open_requested_cb (ScWelcomePage *page,
                           ScWindow      *self)
{
  sc_window_choose_database (self);
}

static void
welcome_demo_requested_cb (ScWelcomePage *page,
                           ScWindow      *self)
{
  sc_window_open_demo (self);
}

static void
welcome_recent_requested_cb (ScWelcomePage *page,
                             const char    *path,
                             ScWindow      *self)
{
  sc_window_open_database (self, path);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     ScWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      if (path != NULL)
        sc_window_open_database (self, path);
    }
  g_clear_object (&self->chooser);
}

/* The overview's «Открыть» on a report: the reports page on that month. */
static void
open_report_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  ScWindow *self = SC_WINDOW (widget);

  sc_window_set_page (self, "reports");
  sc_reports_page_select_month (SC_REPORTS_PAGE (ensure_page (self, "reports")),
                                g_variant_get_string (param, NULL));
}

static void
show_page_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  sc_window_set_page (SC_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
save_window_state (ScWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
sc_window_close_request (GtkWindow *window)
{
  save_window_state (SC_WINDOW (window));
  return GTK_WINDOW_CLASS (sc_window_parent_class)->close_request (window);
}

static void
make_daily_backup (ScWindow   *self,
                   ScDatabase *database)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (sc_backup_daily (database, NULL, NULL, &error))
    return;
  message = g_strdup_printf (_("Today's backup copy was not made: %s"), error->message);
  sc_window_add_toast (self, adw_toast_new (message));
}

static void
verified_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(ScWindow) self = data;
  ScDatabase *database = SC_DATABASE (source);
  g_autoptr(GError) error = NULL;

  if (self->database != database)
    return;
  if (sc_database_verify_finish (database, result, &error))
    {
      make_daily_backup (self, database);
      return;
    }
  sc_window_show_welcome (self);
  show_open_error (self, sc_database_get_path (database), error);
}

static void
start_verifying (ScWindow *self)
{
  self->verify_after_paint = FALSE;
  if (self->database != NULL)
    sc_database_verify_async (self->database, NULL, verified_cb, g_object_ref (self));
}

/* The check starts once the first frame is on screen: its thread does not
 * compete with drawing it. */
static void
first_paint_cb (GdkFrameClock *clock,
                ScWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  if (self->verify_after_paint)
    start_verifying (self);
}

static void
sc_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_window_parent_class)->realize (widget);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (first_paint_cb), widget);
}

/* The file the window starts with is shown at once and checked in a
 * thread meanwhile (reading every page of a large college takes a while);
 * a damaged one is closed again with the same message, and today's backup
 * copy is made only of a file that passed. */
static void
open_checking_later (ScWindow   *self,
                     const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_database_open_unchecked (path, &error);

  if (database == NULL)
    {
      show_open_error (self, path, error);
      return;
    }
  /* A demo left as the last file by an older version: the welcome page,
   * with the real colleges listed, rather than the made-up one again. */
  if (sc_demo_is_demo (database) && !self->opening_given_file)
    return;
  set_database (self, database);
  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    start_verifying (self);
  else
    self->verify_after_paint = TRUE;
}

static void
open_initial_database (ScWindow *self)
{
  ScApplication *app = SC_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  const char *initial = app ? sc_application_get_initial_database (app) : NULL;
  g_autofree char *last = g_settings_get_string (self->settings, "last-database");

  if (initial != NULL)
    {
      self->opening_given_file = TRUE;
      if (g_file_test (initial, G_FILE_TEST_EXISTS))
        open_checking_later (self, initial);
      else
        sc_welcome_page_set_target_path (self->welcome_page, initial);
      self->opening_given_file = FALSE;
    }
  else
    {
      g_autofree char *fresh = free_default_path ();
      sc_welcome_page_set_target_path (self->welcome_page, fresh);
      if (*last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
        open_checking_later (self, last);
    }
  update_recent (self);
}

static void
sc_window_constructed (GObject *object)
{
  ScWindow *self = SC_WINDOW (object);
  int width, height;

  G_OBJECT_CLASS (sc_window_parent_class)->constructed (object);

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
sc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ScWindow *self = SC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The copy puts back the whole file; refused when anything changed since. */
static void
undo_new_year_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autoptr(ScDatabaseSnapshot) undo = g_steal_pointer (&self->year_undo);
  g_autoptr(GError) error = NULL;

  if (undo == NULL || self->database == NULL)
    return;
  if (sc_database_snapshot_restore (undo, self->database, &error))
    sc_window_add_toast (self, adw_toast_new (_("The new academic year was undone")));
  else
    sc_window_add_toast (self, adw_toast_new (error->message));
}

static void
sc_window_dispose (GObject *object)
{
  ScWindow *self = SC_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  flush_backup (self);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->year_undo, sc_database_snapshot_free);
  if (self->view_stack != NULL)
    g_signal_handlers_disconnect_by_func (self->view_stack, visible_page_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_WINDOW);
  G_OBJECT_CLASS (sc_window_parent_class)->dispose (object);
}

static void
add_page_shortcuts (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.show-page", "s", pages[i].name);
}

static void
sc_window_class_init (ScWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sc_window_constructed;
  object_class->dispose = sc_window_dispose;
  widget_class->realize = sc_window_realize;
  object_class->get_property = sc_window_get_property;
  window_class->close_request = sc_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, SC_TYPE_DATABASE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SC_TYPE_WELCOME_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, demo_revealer);
  gtk_widget_class_bind_template_callback (widget_class, welcome_recent_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, welcome_create_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, welcome_open_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, welcome_demo_requested_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.open-report", "s", open_report_activated);
  gtk_widget_class_install_action (widget_class, "win.undo-new-year", NULL, undo_new_year_activated);
  add_page_shortcuts (widget_class);
}

static void
sc_window_init (ScWindow *self)
{
  self->settings = g_settings_new (APP_ID);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name",
                            G_CALLBACK (visible_page_changed_cb), self);
  visible_page_changed_cb (self);   /* the overview, shown first */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-report", FALSE);
#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/* GTK's Russian titles its shortcuts window «Комбинации клавиш» and its
 * search «Поиск ярлыков», where GNOME, our main menu and the window's own
 * list say «Сочетания клавиш». GTK builds both inside the window: rename
 * them there. */
static void
rename_gtk_texts (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), g_dgettext ("gtk40", "Shortcuts")) == 0)
    gtk_label_set_label (GTK_LABEL (widget), C_("shortcut window", "Keyboard Shortcuts"));
  if (GTK_IS_SEARCH_ENTRY (widget))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      if (g_strcmp0 (placeholder, g_dgettext ("gtk40", "Search Shortcuts")) == 0)
        g_object_set (widget, "placeholder-text", C_("shortcut window", "Search shortcuts"), NULL);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    rename_gtk_texts (child);
}

static void
retitle_help_overlay (ScWindow *self)
{
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (overlay != NULL)
    rename_gtk_texts (GTK_WIDGET (overlay));
}

ScWindow *
sc_window_new (ScApplication *application)
{
  ScWindow *self = g_object_new (SC_TYPE_WINDOW, "application", application, NULL);

  retitle_help_overlay (self);

  /* Not in constructed (): GtkWindow sets "application", and so --db,
   * only after it. */
  open_initial_database (self);
  return self;
}

ScDatabase *
sc_window_get_database (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return self->database;
}

/* The first opening of a day keeps a copy (DESIGN.md §10). The command
 * line does not: scripts may run it many times a day, and the coordinator
 * works in the window. A failed copy does not keep the college closed. */
gboolean
sc_window_open_database (ScWindow   *self,
                         const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;

  g_return_val_if_fail (SC_IS_WINDOW (self), FALSE);

  database = sc_database_open (path, &error);
  if (database == NULL)
    {
      show_open_error (self, path, error);
      return FALSE;
    }
  set_database (self, database);
  make_daily_backup (self, database);
  return TRUE;
}

gboolean
sc_window_create_college (ScWindow   *self,
                          const char *name,
                          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;

  g_return_val_if_fail (SC_IS_WINDOW (self), FALSE);

  database = sc_database_create (path, name, &error);
  if (database == NULL)
    {
      show_error (self, _("The College Could Not Be Created"), error->message);
      return FALSE;
    }
  set_database (self, database);
  sc_window_add_toast (self, adw_toast_new (_("College created. Fill in the organization profile next.")));
  return TRUE;
}

/* The chooser opens where college files are — the open college's folder,
 * else the program's data folder, hidden in ~/.local/share — and has the
 * data folder in its side bar; «Недавние» lists the colleges opened. */
static void
add_college_folders (ScWindow *self)
{
  g_autofree char *default_path = sc_database_default_path ();
  g_autofree char *data_dir = g_path_get_dirname (default_path);
  g_autofree char *open_dir = self->database ? g_path_get_dirname (sc_database_get_path (self->database)) : NULL;
  g_autoptr(GFile) data_folder = g_file_new_for_path (data_dir);
  g_autoptr(GFile) start = g_file_new_for_path (open_dir && !self->is_demo ? open_dir : data_dir);

  g_mkdir_with_parents (data_dir, 0700);
  gtk_file_chooser_add_shortcut_folder (GTK_FILE_CHOOSER (self->chooser), data_folder, NULL);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), start, NULL);
}

void
sc_window_choose_database (ScWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_return_if_fail (SC_IS_WINDOW (self));

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Open College Database"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("College databases"));
  gtk_file_filter_add_pattern (filter, "*.sqlite3");
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  add_college_folders (self);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
sc_window_show_welcome (ScWindow *self)
{
  g_autofree char *fresh = free_default_path ();

  g_return_if_fail (SC_IS_WINDOW (self));
  set_database (self, NULL);
  sc_welcome_page_set_target_path (self->welcome_page, fresh);
  sc_welcome_page_focus_name (self->welcome_page);
}

void
sc_window_show_organization (ScWindow *self)
{
  GtkWindow *prefs;

  g_return_if_fail (SC_IS_WINDOW (self));

  /* The profile lives in the college's file: none is open on the welcome
   * page, so the menu says where to start instead of doing nothing. */
  if (self->database == NULL)
    {
      sc_window_add_toast (self, adw_toast_new (_("The organization profile is kept in the college’s file: create a college or open its file first.")));
      sc_welcome_page_focus_name (self->welcome_page);
      return;
    }
  prefs = GTK_WINDOW (sc_organization_window_new (self->database));
  gtk_window_set_transient_for (prefs, GTK_WINDOW (self));
  gtk_window_present (prefs);
}

static void
platform_switched_cb (ScWindow   *self,
                      const char *message)
{
  sc_window_add_toast (self, adw_toast_new (message));
}

/* «Переход на MAX…» in the main menu. */
ScPlatformDialog *
sc_window_show_platform_switch (ScWindow *self)
{
  ScPlatformDialog *dialog;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  if (self->database == NULL)
    return NULL;
  dialog = sc_platform_dialog_new (self->database);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "switched", G_CALLBACK (platform_switched_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* On the welcome page: the copies of the college opened last, the one a
 * coordinator would want back. */
void
sc_window_show_backups (ScWindow *self)
{
  g_autofree char *last = NULL;
  const char *path;

  g_return_if_fail (SC_IS_WINDOW (self));

  last = g_settings_get_string (self->settings, "last-database");
  path = self->database != NULL ? sc_database_get_path (self->database) : last;
  if (path == NULL || *path == '\0' || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      sc_window_add_toast (self, adw_toast_new (_("No college has been opened yet, so there are no backup copies.")));
      return;
    }
  gtk_window_present (GTK_WINDOW (sc_backups_dialog_new (self, path)));
}

void
sc_window_set_page (ScWindow   *self,
                    const char *page)
{
  g_return_if_fail (SC_IS_WINDOW (self));
  adw_view_stack_set_visible_child_name (self->view_stack, page);
}

const char *
sc_window_get_page (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    return "welcome";
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
sc_window_add_toast (ScWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (SC_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A fresh demo each time, replacing only an older demo; marked as made up
 * by the window's title and the banner over every page. */
void
sc_window_open_demo (ScWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;

  g_return_if_fail (SC_IS_WINDOW (self));

  database = sc_demo_create_default (&error);
  if (database == NULL)
    {
      show_error (self, _("The Demo College Could Not Be Created"), error->message);
      return;
    }
  set_database (self, database);
}

gboolean
sc_window_is_demo (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), FALSE);
  return self->is_demo;
}

static void
new_name_changed_cb (GtkEditable      *row,
                     AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (row)));

  adw_message_dialog_set_response_enabled (dialog, "create", *name != '\0');
}

static void
new_college_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         ScWindow         *self)
{
  GtkEditable *row = g_object_get_data (G_OBJECT (dialog), "name-row");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (row)));
  g_autofree char *path = NULL;

  if (g_strcmp0 (response, "create") != 0 || *name == '\0')
    return;
  path = free_default_path ();
  sc_window_create_college (self, name, path);
}

static void
new_name_activated_cb (AdwEntryRow      *row,
                       AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*name == '\0')
    return;
  adw_message_dialog_response (dialog, "create");
  gtk_window_close (GTK_WINDOW (dialog));
}

/* «Создать базу…»: with no college open, the welcome page's form; with
 * one open, a dialog that says that college is closed, not lost, and
 * where to find it again, and creates the new one beside it. */
void
sc_window_new_college (ScWindow *self)
{
  g_autofree char *path = NULL;
  g_autofree char *where = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list, *row;

  g_return_if_fail (SC_IS_WINDOW (self));

  if (self->database == NULL)
    {
      sc_welcome_page_focus_name (self->welcome_page);
      return;
    }
  path = free_default_path ();
  where = g_filename_display_name (path);
  body = g_strdup_printf (self->is_demo
                          ? _("The demo college is closed; it can be opened again from the main menu. The new college will be kept in %s.")
                          : _("%s is closed, not deleted: its file stays where it is, and it is under “Recent Colleges” in the main menu. The new college will be kept in %s."),
                          self->is_demo ? where : gtk_window_get_title (GTK_WINDOW (self)), where);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Create a New College?"), body));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Full name of the college"));
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "create", _("_Create College"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "create", FALSE);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "name-row", row);
  g_signal_connect (row, "changed", G_CALLBACK (new_name_changed_cb), dialog);
  g_signal_connect (row, "entry-activated", G_CALLBACK (new_name_activated_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_college_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (row);
}

/* The college's own day: the demonstration college lives on its own. */
static char *
college_today (ScWindow *self)
{
  g_autoptr(ScOrganization) organization = sc_organization_load (self->database, NULL);

  if (organization != NULL && organization->demo_today != NULL)
    return g_strdup (organization->demo_today);
  return sc_date_today ();
}

static void
new_year_started_cb (ScNewYearDialog *dialog,
                     const char      *message,
                     ScWindow        *self)
{
  AdwToast *toast = adw_toast_new (message);

  g_clear_pointer (&self->year_undo, sc_database_snapshot_free);
  self->year_undo = sc_new_year_dialog_steal_undo (dialog);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-new-year");
  adw_toast_set_timeout (toast, 0);
  sc_window_add_toast (self, toast);
}

/* «Новый учебный год…» in the main menu, and on the «Обзор» checklist. */
ScNewYearDialog *
sc_window_show_new_year (ScWindow *self)
{
  ScNewYearDialog *dialog;
  g_autofree char *today = NULL;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  if (self->database == NULL)
    return NULL;
  today = college_today (self);
  dialog = sc_new_year_dialog_new (self->database, today);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "started", G_CALLBACK (new_year_started_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
depersonalized_cb (const char *message,
                   gpointer    data)
{
  sc_window_add_toast (SC_WINDOW (data), adw_toast_new (message));
}

AdwMessageDialog *
sc_window_show_depersonalize (ScWindow *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *today = NULL;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  if (self->database == NULL)
    return NULL;
  today = college_today (self);
  dialog = sc_depersonalize_dialog_new (GTK_WINDOW (self), self->database, today, depersonalized_cb, self);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

GtkWindow *
sc_window_show_export_log (ScWindow *self)
{
  GtkWindow *window;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  if (self->database == NULL)
    return NULL;
  window = sc_export_log_window_new (GTK_WINDOW (self), self->database);
  gtk_window_present (window);
  return window;
}

GtkWindow *
sc_window_show_personal_data (ScWindow *self)
{
  GtkWindow *window;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  if (self->database == NULL)
    return NULL;
  window = sc_personal_data_window_new (GTK_WINDOW (self), self->database);
  gtk_window_present (window);
  return window;
}

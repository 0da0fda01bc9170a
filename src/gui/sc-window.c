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
#include "sc-organization-window.h"
#include "sc-platform-dialog.h"
#include "sc-activity-page.h"
#include "sc-overview-page.h"
#include "sc-people-page.h"
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
  gboolean              verify_after_paint;
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

/* The college's name is the window's title (the overview shows the rest),
 * and the demonstration college is shown as of its own day in 2023. */
static void
apply_profile (ScWindow *self)
{
  g_autoptr(ScOrganization) organization = NULL;

  if (self->database != NULL)
    organization = sc_organization_load (self->database, NULL);
  sc_date_set_today (organization != NULL ? organization->demo_today : NULL);
  if (organization != NULL)
    gtk_window_set_title (GTK_WINDOW (self),
                          *organization->short_name ? organization->short_name : organization->full_name);
}

static void
organization_changed_cb (ScWindow *self)
{
  apply_profile (self);
}

/* The pages follow the "database" property (bound in ensure_page), once
 * the window shows the overview: a page left on screen would read the
 * new file only to be hidden. */
static void
set_database (ScWindow   *self,
              ScDatabase *database)
{
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_func (self->database, organization_changed_cb, self);
  if (!g_set_object (&self->database, database))
    return;
  apply_profile (self);
  if (database != NULL)
    {
      g_signal_connect_object (database, "changed::organization",
                               G_CALLBACK (organization_changed_cb), self, G_CONNECT_SWAPPED);
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

/* A fresh demo each time, replacing only an older demo. */
static void
welcome_demo_requested_cb (ScWelcomePage *page,
                           ScWindow      *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_demo_create_default (&error);

  if (database == NULL)
    {
      show_error (self, _("The Demo College Could Not Be Created"), error->message);
      return;
    }
  set_database (self, database);
  sc_window_add_toast (self, adw_toast_new (_("This college is made up, to try things out. Create your own from the main menu.")));
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
      if (g_file_test (initial, G_FILE_TEST_EXISTS))
        open_checking_later (self, initial);
      else
        sc_welcome_page_set_target_path (self->welcome_page, initial);
    }
  else
    {
      g_autofree char *fresh = free_default_path ();
      sc_welcome_page_set_target_path (self->welcome_page, fresh);
      if (*last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
        open_checking_later (self, last);
    }
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

static void
sc_window_dispose (GObject *object)
{
  ScWindow *self = SC_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
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
  gtk_widget_class_bind_template_callback (widget_class, welcome_create_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, welcome_open_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, welcome_demo_requested_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.open-report", "s", open_report_activated);
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

  if (self->database == NULL)
    return;
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

void
sc_window_show_backups (ScWindow *self)
{
  g_return_if_fail (SC_IS_WINDOW (self));

  if (self->database == NULL)
    return;
  gtk_window_present (GTK_WINDOW (sc_backups_dialog_new (self, sc_database_get_path (self->database))));
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

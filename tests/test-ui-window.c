/* test-ui-window.c — first run through the welcome screen, the organization
 * profile, and every page, with a screenshot of each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-application.h"
#include "sc-organization.h"
#include "sc-organization-window.h"
#include "sc-test-ui.h"
#include "sc-welcome-page.h"
#include "sc-window.h"

static ScApplication *app;

static void
test_welcome_creates_college (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);
  GtkWidget *create;
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "sferum-coordinator",
                                                "college.sqlite3", NULL);

  g_assert_cmpstr (sc_window_get_page (window), ==, "welcome");
  g_assert_null (sc_window_get_database (window));
  create = sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, _("_Create College"));
  g_assert_nonnull (create);
  g_assert_false (gtk_widget_get_sensitive (create));
  sc_test_ui_screenshot (GTK_WIDGET (window), "welcome");

  sc_test_ui_type_into (GTK_WIDGET (window), _("Full name of the college"),
                        "ГБПОУ «Колледж связи и информатики»");
  g_assert_true (gtk_widget_get_sensitive (create));
  g_signal_emit_by_name (create, "clicked");
  sc_test_drain ();

  g_assert_nonnull (sc_window_get_database (window));
  g_assert_cmpstr (sc_database_get_path (sc_window_get_database (window)), ==, expected);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (sc_window_get_page (window), ==, "overview");
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_last_database_reopens (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "sferum-coordinator",
                                                "college.sqlite3", NULL);

  g_assert_nonnull (sc_window_get_database (window));
  g_assert_cmpstr (sc_database_get_path (sc_window_get_database (window)), ==, expected);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "ГБПОУ «Колледж связи и информатики»");
  sc_test_ui_close (GTK_WINDOW (window));
}

static ScOrganizationWindow *
open_organization (ScWindow *window)
{
  ScOrganizationWindow *prefs;

  g_action_group_activate_action (G_ACTION_GROUP (app), "organization", NULL);
  prefs = SC_ORGANIZATION_WINDOW (sc_test_ui_wait_for_window (SC_TYPE_ORGANIZATION_WINDOW));
  sc_test_ui_wait_frames (GTK_WIDGET (prefs), 3);
  return prefs;
}

/* Scrolls the window so that @row is in view. */
static void
show_row (GtkWidget *row)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (row, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, point.y - 200);
  sc_test_ui_wait_frames (row, 2);
}

/* Whether the file has the order number @expected: the window writes the
 * profile once typing pauses. */
static gboolean
order_number_saved (ScWindow   *window,
                    const char *expected)
{
  g_autoptr(ScOrganization) organization = sc_organization_load (sc_window_get_database (window), NULL);

  return g_strcmp0 (organization->order_number, expected) == 0;
}

static void
test_edit_profile (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);
  ScOrganizationWindow *prefs = open_organization (window);
  g_autoptr(ScOrganization) organization = NULL;
  GtkWidget *date_row, *inn_row;

  sc_test_ui_type_into (GTK_WIDGET (prefs), _("Short title"), "Колледж связи");
  sc_test_ui_type_into (GTK_WIDGET (prefs), _("Full title"), "ГБПОУ «Колледж связи и информатики»");
  sc_test_ui_type_into (GTK_WIDGET (prefs), _("Order number"), "45");
  date_row = sc_test_ui_find (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW, _("Order date (DD.MM.YYYY)"));
  gtk_editable_set_text (GTK_EDITABLE (date_row), "10.11.2023");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));

  sc_test_assert_eventually (order_number_saved (window, "45"));
  organization = sc_organization_load (sc_window_get_database (window), NULL);
  g_assert_cmpstr (organization->short_name, ==, "Колледж связи");
  g_assert_cmpstr (organization->order_number, ==, "45");
  g_assert_cmpstr (organization->order_date, ==, "2023-11-10");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Колледж связи");

  /* A date that does not exist is marked and not saved. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "31.11.2023");
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  /* Longer than the window's save delay (300 ms): nothing is to be written,
   * so there is no event to wait for, only the time in which it would be. */
  sc_test_iterate_for (500);
  g_clear_pointer (&organization, sc_organization_free);
  organization = sc_organization_load (sc_window_get_database (window), NULL);
  g_assert_cmpstr (organization->order_date, ==, "2023-11-10");
  sc_test_ui_screenshot (GTK_WIDGET (prefs), "organization-invalid-date");
  gtk_editable_set_text (GTK_EDITABLE (date_row), "10.11.2023");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  sc_test_ui_type_into (GTK_WIDGET (prefs), _("Order number"), "45-к");

  /* The report's details; the addressee and the order it answers come
   * filled in. An ИНН with a wrong check digit is marked and not saved. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sc_test_ui_find (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW,
                                                                          _("Addressee")))),
                   ==, "Министерство образования Тверской области");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sc_test_ui_find (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW,
                                                                          _("The order the report answers")))),
                   ==, "приказ № 1301/ПК от 09.11.2023");
  sc_test_ui_type_into (GTK_WIDGET (prefs), _("Executor: full name"), "Смирнов Олег Викторович");
  sc_test_ui_type_into (GTK_WIDGET (prefs), _("Executor: phone"), "+7 963 566-42-64");
  inn_row = sc_test_ui_find (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW, _("INN (10 digits)"));
  gtk_editable_set_text (GTK_EDITABLE (inn_row), "7707083894");
  g_assert_true (gtk_widget_has_css_class (inn_row, "error"));
  sc_test_iterate_for (500); /* past the save delay, as above */
  g_clear_pointer (&organization, sc_organization_free);
  organization = sc_organization_load (sc_window_get_database (window), NULL);
  g_assert_cmpstr (organization->inn, ==, "");
  sc_test_ui_screenshot (GTK_WIDGET (prefs), "organization-invalid-inn");
  gtk_editable_set_text (GTK_EDITABLE (inn_row), "7707083893");
  g_assert_false (gtk_widget_has_css_class (inn_row, "error"));
  sc_test_ui_screenshot (GTK_WIDGET (prefs), "organization");
  show_row (sc_test_ui_find (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW, _("Executor: phone")));
  sc_test_ui_screenshot (GTK_WIDGET (prefs), "organization-report");

  /* Closing at once still writes what was typed. */
  sc_test_ui_close (GTK_WINDOW (prefs));
  g_clear_pointer (&organization, sc_organization_free);
  organization = sc_organization_load (sc_window_get_database (window), NULL);
  g_assert_cmpstr (organization->order_number, ==, "45-к");
  g_assert_cmpstr (organization->inn, ==, "7707083893");
  g_assert_cmpstr (organization->executor_name, ==, "Смирнов Олег Викторович");
  g_assert_cmpstr (organization->executor_phone, ==, "+7 963 566-42-64");
  g_assert_cmpstr (organization->addressee, ==, "Министерство образования Тверской области");
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_coordinator_on_overview (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);
  ScDatabase *db = sc_window_get_database (window);
  g_autoptr(ScOrganization) organization = sc_organization_load (db, NULL);
  g_autofree char *expected = NULL;

  g_free (organization->coordinator_name);
  organization->coordinator_name = g_strdup ("Ёлкина Алёна Сергеевна");
  g_assert_true (sc_organization_save (db, organization, NULL));
  sc_test_drain (); /* the overview recounts when idle */
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_LABEL, "Колледж связи"));
  expected = g_strdup_printf (_("Coordinator: %s — appointment order No. %s of %s"),
                              "Ёлкина Алёна Сергеевна", "45-к", "10.11.2023");
  /* The first point of the order's checklist. */
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, expected));
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_pages (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);
  const char *pages[] = { "overview", "people", "chats", "activity", "reports" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strconcat ("page-", pages[i], NULL);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]);
      g_assert_cmpstr (sc_window_get_page (window), ==, pages[i]);
      sc_test_ui_screenshot (GTK_WIDGET (window), name);
    }
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_help_and_about (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);
  GtkWindow *shortcuts, *about;
  GtkWidget *search;
  g_autofree char *placeholder = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shortcuts = sc_test_ui_wait_for_window (GTK_TYPE_SHORTCUTS_WINDOW);
  /* Titled as the main menu calls it, not GTK's «Комбинации клавиш». */
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (shortcuts), GTK_TYPE_LABEL,
                                     C_("shortcut window", "Keyboard Shortcuts")));
  g_assert_null (sc_test_ui_find (GTK_WIDGET (shortcuts), GTK_TYPE_LABEL,
                                  g_dgettext ("gtk40", "Shortcuts")));
  search = sc_test_ui_find (GTK_WIDGET (shortcuts), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (search);
  g_object_get (search, "placeholder-text", &placeholder, NULL);
  g_assert_cmpstr (placeholder, ==, C_("shortcut window", "Search shortcuts"));
  sc_test_ui_screenshot (GTK_WIDGET (shortcuts), "shortcuts");
  gtk_window_close (shortcuts);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = sc_test_ui_wait_for_window (ADW_TYPE_ABOUT_WINDOW);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==,
                   _("Sferum Coordinator"));
  sc_test_ui_screenshot (GTK_WIDGET (about), "about");
  sc_test_ui_close (about);
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_page_shortcuts (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "reports");
  g_assert_cmpstr (sc_window_get_page (window), ==, "reports");
  /* Ctrl+2 is bound to the People page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "people"));
  g_assert_cmpstr (sc_window_get_page (window), ==, "people");
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_window_size_remembered (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  sc_test_ui_close (GTK_WINDOW (window));
  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
}

static void
test_bad_file_message (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-bad");
  g_autofree char *path = g_build_filename (dir, "list.sqlite3", NULL);
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);
  GtkWindow *dialog;

  g_assert_true (g_file_set_contents (path, "Фамилия;Имя\n", -1, NULL));
  g_assert_false (sc_window_open_database (window, path));
  dialog = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _("The file is not a Sferum Coordinator database. Choose another file."));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "bad-file-dialog");
  /* The college that was open stays open. */
  g_assert_nonnull (sc_window_get_database (window));
  sc_test_ui_respond (ADW_MESSAGE_DIALOG (dialog), "close");
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  sc_test_ui_init (&argc, &argv);
  app = sc_test_ui_app_new ();

  /* Order matters: the first test creates the college the others reopen. */
  g_test_add_func ("/sc/ui/window/welcome-creates-college", test_welcome_creates_college);
  g_test_add_func ("/sc/ui/window/last-database-reopens", test_last_database_reopens);
  g_test_add_func ("/sc/ui/window/edit-profile", test_edit_profile);
  g_test_add_func ("/sc/ui/window/coordinator-on-overview", test_coordinator_on_overview);
  g_test_add_func ("/sc/ui/window/pages", test_pages);
  g_test_add_func ("/sc/ui/window/bad-file-message", test_bad_file_message);
  g_test_add_func ("/sc/ui/window/help-and-about", test_help_and_about);
  g_test_add_func ("/sc/ui/window/page-shortcuts", test_page_shortcuts);
  g_test_add_func ("/sc/ui/window/size-remembered", test_window_size_remembered);

  status = g_test_run ();
  sc_test_ui_app_finish (app);
  return status;
}

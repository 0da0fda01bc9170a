/* test-ui-demo.c — the welcome screen's demo button: a populated college
 * opens, every page is shown (a screenshot each), and asking again makes
 * a fresh demo in the same file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-activity-page-private.h"
#include "sc-application.h"
#include "sc-date.h"
#include "sc-demo.h"
#include "sc-people.h"
#include "sc-people-page-private.h"
#include "sc-test-ui.h"
#include "sc-window.h"

static ScApplication *app;

static void
click_demo (ScWindow *window)
{
  GtkWidget *button = sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_BUTTON,
                                       _("Open the _Demo College"));

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  sc_test_drain ();
}

/* The demo's data are of 2023: the window shows it as of its own day, so
 * the overview says so and the activity page opens on a week with counts. */
static void
assert_as_of_demo_day (ScWindow *window)
{
  g_autofree char *day = sc_date_format_long (SC_DEMO_TODAY);
  g_autofree char *as_of = g_strdup_printf (_("A made-up college, shown as of %s"), day);
  g_autofree char *week = sc_date_format_week ("2023-12-25");
  g_autofree char *today = sc_date_today ();
  ScActivityPage *activity;
  guint n_with_counts = 0, n;

  g_assert_cmpstr (today, ==, SC_DEMO_TODAY);
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_LABEL, as_of));
  activity = SC_ACTIVITY_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_ACTIVITY_PAGE, NULL));
  g_assert_cmpstr (gtk_label_get_text (activity->period_label), ==, week);
  n = g_list_model_get_n_items (G_LIST_MODEL (activity->store));
  g_assert_cmpuint (n, >, 40);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScActivityTeacher) teacher = g_list_model_get_item (G_LIST_MODEL (activity->store), i);
      n_with_counts += sc_activity_teacher_get_messages (teacher) > 0;
    }
  g_assert_cmpuint (n_with_counts, >, n / 2);
}

static void
test_demo_button_opens_demo (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1200, 760);
  g_autofree char *expected = sc_demo_default_path ();
  const char *pages[] = { "overview", "people", "chats", "activity", "reports" };
  ScPeoplePage *people;

  g_assert_cmpstr (sc_window_get_page (window), ==, "welcome");
  sc_test_ui_screenshot (GTK_WIDGET (window), "demo-welcome");

  click_demo (window);
  g_assert_nonnull (sc_window_get_database (window));
  g_assert_cmpstr (sc_database_get_path (sc_window_get_database (window)), ==, expected);
  g_assert_true (sc_demo_is_demo (sc_window_get_database (window)));
  /* marked as made up in the title too (issue 18) */
  {
    g_autofree char *title = g_strdup_printf (_("%s (made up)"), "Демонстрационный колледж");
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  }

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strconcat ("demo-", pages[i], NULL);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]);
      g_assert_cmpstr (sc_window_get_page (window), ==, pages[i]);
      sc_test_ui_screenshot (GTK_WIDGET (window), name);
      if (g_str_equal (pages[i], "people"))
        {
          people = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
          g_assert_nonnull (people);
          g_assert_cmpuint (g_list_model_get_n_items (sc_people_page_get_visible (people)), >, 1000);
        }
    }
  assert_as_of_demo_day (window);
  /* another file (here none) is back to the real day */
  sc_window_show_welcome (window);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *real = g_date_time_format (now, "%Y-%m-%d");
    g_autofree char *today = sc_date_today ();
    g_assert_cmpstr (today, ==, real);
  }
  sc_test_ui_close (GTK_WINDOW (window));
}

/* The next start is on the welcome screen, whose button makes a fresh
 * demo over the old one, not a second file. */
static void
test_demo_again_replaces_demo (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 0, 0);
  g_autofree char *expected = sc_demo_default_path ();
  g_autofree char *dir = g_path_get_dirname (expected);
  g_autofree char *second = g_build_filename (dir, "demo-2.sqlite3", NULL);

  /* the demo is never what the program starts with (issue 18): with no
   * college of its own, the welcome page */
  g_assert_null (sc_window_get_database (window));
  g_assert_cmpstr (sc_window_get_page (window), ==, "welcome");
  click_demo (window);
  g_assert_cmpstr (sc_database_get_path (sc_window_get_database (window)), ==, expected);
  g_assert_false (g_file_test (second, G_FILE_TEST_EXISTS));
  sc_test_ui_close (GTK_WINDOW (window));
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

/* A large college's sidebar starts with the worst groups; the rest come
 * with «Show all». The list is read only once the page is shown. */
static void
test_large_college_sidebar (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-demo");
  g_autofree char *path = g_build_filename (dir, "large.sqlite3", NULL);
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;
  ScWindow *window = sc_window_new (app);
  ScPeoplePage *page;
  GtkWidget *show_all;
  ScDemoOptions options;

  sc_demo_options_init (&options);
  options.n_people = 4000;
  db = sc_demo_create (path, &options, &error);
  g_assert_no_error (error);
  units = sc_people_progress (db, "2023-12-29", &error);
  g_assert_cmpuint (units->len, >, SC_PEOPLE_PAGE_MAX_UNITS + 10);
  g_clear_object (&db);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sc_window_open_database (window, path));
  /* not shown yet: not even built, so nothing read */
  g_assert_null (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
  sc_window_set_page (window, "people");
  page = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  g_assert_false (sc_page_get_stale (SC_PAGE (page)));
  g_assert_cmpuint (sc_people_list_get_n_people (page->people), ==, 4000);
  g_assert_cmpuint (count_rows (page->units_list), ==, SC_PEOPLE_PAGE_MAX_UNITS + 1);
  show_all = sc_test_ui_find (GTK_WIDGET (page->units_list), GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (show_all);
  /* «Показано: 3 712 из 4 000»: thousands grouped as in the sidebar. */
  g_assert_nonnull (strstr (gtk_label_get_text (page->count_label), "4\u202f000"));
  sc_test_ui_screenshot (GTK_WIDGET (window), "demo-large-people");
  g_signal_emit_by_name (show_all, "clicked");
  sc_test_drain ();
  g_assert_cmpuint (count_rows (page->units_list), ==, units->len);

  /* Scrolled half way down, a search shows what it found from the top. */
  {
    GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (page->column_view));

    gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll) / 2);
    sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
    g_assert_cmpfloat (gtk_adjustment_get_value (scroll), >, 0);
    gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "ов");
    g_signal_emit_by_name (page->search_entry, "search-changed");
    sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
    g_assert_cmpfloat (gtk_adjustment_get_value (scroll), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (sc_people_page_get_visible (page)), >, 100);
  }
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

/* The pictures of the AppStream metainfo (data/screenshots/, copied from
 * here by build-aux/screenshots): the demonstration college's pages as a
 * coordinator sees them after opening its file, without the demo's toast
 * over the lists, each page with its rows read. */
static void
test_demo_metainfo_screenshots (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-demo");
  g_autofree char *path = g_build_filename (dir, "demo.sqlite3", NULL);
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  ScWindow *window = sc_window_new (app);
  const char *pages[] = { "overview", "people", "chats", "activity", "reports" };
  ScDemoOptions options;

  sc_demo_options_init (&options);
  db = sc_demo_create (path, &options, &error);
  g_assert_no_error (error);
  g_clear_object (&db);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sc_window_open_database (window, path));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strconcat ("metainfo-", pages[i], NULL);

      sc_window_set_page (window, pages[i]);
      g_assert_cmpstr (sc_window_get_page (window), ==, pages[i]);
      sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
      if (g_str_equal (pages[i], "people"))
        {
          ScPeoplePage *people = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window),
                                                                  SC_TYPE_PEOPLE_PAGE, NULL));
          g_assert_cmpuint (g_list_model_get_n_items (sc_people_page_get_visible (people)), >, 1000);
        }
      sc_test_ui_screenshot (GTK_WIDGET (window), name);
    }
  /* the toast only greets a demo made from the welcome screen */
  g_assert_null (sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_LABEL,
                                  _("This college is made up, to try things out. Create your own from the main menu.")));
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

  g_test_add_func ("/sc/ui/demo/button-opens-demo", test_demo_button_opens_demo);
  g_test_add_func ("/sc/ui/demo/again-replaces-demo", test_demo_again_replaces_demo);
  g_test_add_func ("/sc/ui/demo/large-college-sidebar", test_large_college_sidebar);
  g_test_add_func ("/sc/ui/demo/metainfo-screenshots", test_demo_metainfo_screenshots);
  status = g_test_run ();
  sc_test_ui_app_finish (app);
  return status;
}

/* test-ui-summary.c — «Сводный отчёт по колледжам» from the main menu with
 * no college open: a folder of reports chosen, the preview with its
 * problems, the list of colleges, another month, the export, and Cancel
 *
 * The reports are made here by the program's own code for three
 * demonstration colleges; the totals shown are compared with their own
 * figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "sc-application.h"
#include "sc-demo.h"
#include "sc-format.h"
#include "sc-report-xlsx.h"
#include "sc-summary-window-private.h"
#include "sc-table-reader.h"
#include "sc-test-ui.h"
#include "sc-window.h"

#define MONTH "2023-11"
#define N_COLLEGES 3

static ScApplication *app;
static char *dir;
static char *folder;
static double students_total, students_connected;

/* ---- the colleges' reports -------------------------------------------- */

static void
save_report (ScDatabase *db,
             const char *month,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReport) report = sc_report_load (db, month, &error);
  g_autoptr(ScOrganization) organization = sc_organization_load (db, &error);
  g_autoptr(ScReportFigures) figures = NULL;

  g_assert_no_error (error);
  figures = sc_report_load_figures (db, report, &error);
  g_assert_no_error (error);
  g_assert_true (sc_report_xlsx_save (path, report, organization, figures, &error));
  g_assert_no_error (error);
  if (g_str_equal (month, MONTH))
    {
      students_total += sc_report_figures_get (figures, "students_total");
      students_connected += sc_report_figures_get (figures, "students_connected");
    }
}

/* Three colleges' November, one's October, and a letter named .xlsx. */
static void
make_reports (void)
{
  dir = g_dir_make_tmp ("sc-ui-summary-XXXXXX", NULL);
  folder = g_build_filename (dir, "отчёты", NULL);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint seed = 2; seed < 2 + N_COLLEGES; seed++)
    {
      g_autofree char *db_path = g_strdup_printf ("%s/college-%u.sqlite3", dir, seed);
      g_autofree char *xlsx = g_strdup_printf ("%s/колледж-%u.xlsx", folder, seed);
      g_autoptr(GError) error = NULL;
      ScDemoOptions options;
      g_autoptr(ScDatabase) db = NULL;

      sc_demo_options_init (&options);
      options.n_people = SC_DEMO_MIN_PEOPLE;
      options.seed = seed;
      db = sc_demo_create (db_path, &options, &error);
      g_assert_no_error (error);
      save_report (db, MONTH, xlsx);
      if (seed == 2)
        {
          g_autofree char *october = g_strdup_printf ("%s/октябрь.xlsx", folder);
          save_report (db, "2023-10", october);
        }
    }
  {
    g_autofree char *letter = g_build_filename (folder, "письмо.xlsx", NULL);
    g_assert_true (g_file_set_contents (letter, "Отчёт во вложении.", -1, NULL));
  }
}

/* ---- the window --------------------------------------------------------- */

static void
wait_idle (ScSummaryWindow *window)
{
  sc_test_assert_eventually (!sc_summary_window_is_busy (window));
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/* The row of the problem list whose title is @title. */
static AdwActionRow *
find_row (GtkListBox *list,
          const char *title)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return ADW_ACTION_ROW (row);
  return NULL;
}

static guint
shown_colleges (ScSummaryWindow *window)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (window->colleges_view));

  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

static char *
expected_heading (guint problems,
                  guint missing)
{
  return g_strdup_printf (_("Problems: %u · Sent nothing: %u"), problems, missing);
}

static ScSummaryWindow *
open_from_menu (void)
{
  ScWindow *main_window = sc_window_new (app);
  ScSummaryWindow *window;

  gtk_window_present (GTK_WINDOW (main_window));
  sc_test_ui_wait_frames (GTK_WIDGET (main_window), 3);
  g_assert_cmpstr (sc_window_get_page (main_window), ==, "welcome");   /* no college open */
  g_action_group_activate_action (G_ACTION_GROUP (app), "summary", NULL);
  window = SC_SUMMARY_WINDOW (sc_test_ui_wait_for_window (SC_TYPE_SUMMARY_WINDOW));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  return window;
}

static void
assert_preview (ScSummaryWindow *window,
                guint            n_problems,
                guint            n_missing)
{
  g_autofree char *heading = expected_heading (n_problems, n_missing);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "preview");
  g_assert_cmpuint (shown_colleges (window), ==, N_COLLEGES);
  g_assert_cmpuint (count_rows (window->problems_list), ==, n_problems + n_missing);
  g_assert_cmpstr (gtk_label_get_text (window->problems_heading), ==, heading);
  g_assert_true (gtk_widget_get_visible (window->problems_box));
}

/* The region's share of students connected, worked out from the colleges'
 * own figures, is the one in the totals line. */
static void
assert_totals_line (ScSummaryWindow *window)
{
  double share = students_total > 0 ? round (1000.0 * students_connected / students_total) / 10.0 : 0;
  g_autofree char *text = sc_format_percent (share);

  g_assert_nonnull (strstr (gtk_label_get_text (window->totals_label), text));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  gboolean *done = data;
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_summary_window_export_finish (SC_SUMMARY_WINDOW (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
export (ScSummaryWindow *window,
        ScSummaryFormat  format,
        const char      *path)
{
  gboolean done = FALSE;
  gint64 give_up = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  sc_summary_window_export_async (window, format, path, NULL, export_done_cb, &done);
  /* No other summary is made while a file is written. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (window->month_dropdown)));
  while (!done && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
check_export (ScSummaryWindow *window)
{
  g_autofree char *xlsx = g_build_filename (dir, "свод.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "свод.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScTable) data = NULL;
  gboolean counted = FALSE;

  export (window, SC_SUMMARY_FORMAT_XLSX, xlsx);
  export (window, SC_SUMMARY_FORMAT_PDF, pdf);
  data = sc_table_read_file_sheet (xlsx, "Данные", NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sc_table_get_n_rows (data); i++)
    if (g_str_equal (sc_table_get_cell (data, i, 0), "colleges_count"))
      {
        g_assert_cmpstr (sc_table_get_cell (data, i, 1), ==, "3");
        counted = TRUE;
      }
  g_assert_true (counted);
}

/* A folder of 1 500 files: the progress, and Cancel keeps the summary
 * shown. */
static void
check_cancel (ScSummaryWindow *window)
{
  g_autofree char *many = g_build_filename (dir, "много", NULL);
  g_autofree char *source = g_strdup_printf ("%s/колледж-2.xlsx", folder);
  const char *paths[] = { many, NULL };

  g_assert_cmpint (g_mkdir (many, 0700), ==, 0);
  for (guint i = 0; i < 1500; i++)
    {
      g_autofree char *link_path = g_strdup_printf ("%s/%03u.xlsx", many, i);
      g_assert_cmpint (link (source, link_path), ==, 0);
    }
  sc_summary_window_add_paths (window, paths);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "progress");
  g_assert_true (gtk_widget_get_sensitive (window->cancel_button));
  g_assert_false (gtk_widget_get_sensitive (window->export_xlsx_button));
  sc_test_ui_screenshot (GTK_WIDGET (window), "summary-progress");
  g_assert_true (sc_summary_window_is_busy (window));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (window->progress_bar), >, 0.0);
  gtk_widget_activate_action (GTK_WIDGET (window), "summary.cancel", NULL);
  wait_idle (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "preview");
  g_assert_cmpuint (shown_colleges (window), ==, N_COLLEGES);
  g_assert_cmpuint (window->paths->len, ==, 1);
}

static void
close_all (ScSummaryWindow *window)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  sc_test_assert_eventually (window == NULL);
}

static void
test_folder_preview_export (void)
{
  ScSummaryWindow *window = open_from_menu ();
  const char *paths[] = { folder, NULL };
  g_autofree char *list = g_build_filename (dir, "колледжи.csv", NULL);
  g_autofree char *subtitle = NULL;
  g_autofree char *period = sc_report_month_format (MONTH);
  g_autofree char *n_colleges = g_strdup_printf (ngettext ("%u college", "%u colleges", N_COLLEGES), N_COLLEGES);
  AdwActionRow *row;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "empty");
  g_assert_false (gtk_widget_get_sensitive (window->export_xlsx_button));   /* nothing to save yet */
  sc_test_ui_screenshot (GTK_WIDGET (window), "summary-empty");

  /* The folder the chooser hands over. */
  sc_summary_window_add_paths (window, paths);
  wait_idle (window);
  assert_preview (window, 2, 0);
  g_assert_nonnull (find_row (window->problems_list, "октябрь.xlsx"));
  row = find_row (window->problems_list, "письмо.xlsx");
  g_assert_nonnull (row);
  g_assert_cmpuint (strlen (adw_action_row_get_subtitle (row)), >, 20);
  subtitle = g_strdup_printf ("%s · %s", period, n_colleges);
  g_assert_true (gtk_widget_get_sensitive (window->export_xlsx_button));
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, subtitle);
  assert_totals_line (window);

  /* The list: one college of four sent nothing. */
  g_assert_true (g_file_set_contents (list, "Наименование;ИНН\r\n"
                                      "Демонстрационный колледж № 2;\r\nДемонстрационный колледж № 3;\r\n"
                                      "Демонстрационный колледж № 4;\r\nКолледж-невидимка;6950000011\r\n", -1, NULL));
  sc_summary_window_set_expected (window, list);
  wait_idle (window);
  assert_preview (window, 2, 1);
  g_assert_nonnull (find_row (window->problems_list, "Колледж-невидимка"));
  g_assert_cmpuint (sc_test_ui_assert_access_keys (GTK_WIDGET (window)), >, 4);
  sc_test_ui_screenshot (GTK_WIDGET (window), "summary-preview");

  check_export (window);

  /* October instead: one college, November's files become problems. */
  sc_summary_window_set_month (window, "2023-10");
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpuint (shown_colleges (window), ==, 1);
  sc_summary_window_set_month (window, MONTH);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpuint (shown_colleges (window), ==, N_COLLEGES);

  check_cancel (window);
  close_all (window);
}

int
main (int    argc,
      char **argv)
{
  int status;

  sc_test_ui_init (&argc, &argv);
  app = sc_test_ui_app_new ();
  make_reports ();

  g_test_add_func ("/sc/ui/summary/folder-preview-export", test_folder_preview_export);

  status = g_test_run ();
  sc_test_ui_app_finish (app);
  sc_test_remove_tree (dir);
  g_free (dir);
  g_free (folder);
  return status;
}

/* test-ui-history.c — a re-import seen in the assistant, then a mark with a
 * past date under a later-dated import event: «Люди», «Обзор», the person
 * dialog and «Отчёты» tell the same status, the history shows both events,
 * and deleting the later one (with Undo) changes all of them alike
 *
 * Dates follow today's: the window works as of the real day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sc-application.h"
#include "sc-date.h"
#include "sc-format.h"
#include "sc-import-assistant.h"
#include "sc-overview-page-private.h"
#include "sc-people-page-private.h"
#include "sc-person-dialog.h"
#include "sc-report-figures.h"
#include "sc-reports-page-private.h"
#include "sc-people-import.h"
#include "sc-status-history.h"
#include "sc-table-reader.h"
#include "sc-test-ui.h"
#include "sc-window.h"

static ScApplication *app;
static char *db_path;
static char *dir;
static char *today;        /* ISO */
static char *this_month;   /* YYYY-MM */
static char *last_month;
static char *mark_day;     /* the 10th of last month: the past date of the mark */

/* ---- the college ---------------------------------------------------------- */

static void
write_file (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* The first list, imported months ago: four students. */
static void
make_college (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;
  g_autofree char *start_month = sc_report_month_add (this_month, -2);
  g_autofree char *start = g_strconcat (start_month, "-01", NULL);
  g_autofree char *joined = g_strconcat (start_month, "-05", NULL);
  g_autofree char *joined_text = sc_date_format_short (joined);
  g_autofree char *first = g_strdup_printf (
      "ФИО;Группа;Телефон;Статус;Дата подключения\n"
      "Петрова Мария Сергеевна;ИС-21;;;\n"
      "Сидоров Олег Петрович;ИС-21;;Подключён;%s\n"
      "Кузнецов Денис Ильич;ИС-22;;Приглашён;\n"
      "Абрамова Ольга Викторовна;ИС-22;;;\n", joined_text);
  g_autofree char *first_path = g_build_filename (dir, "первый-список.csv", NULL);
  g_autoptr(ScTable) table = NULL;
  g_autoptr(ScColumnMap) map = NULL;
  g_autoptr(ScPeopleImport) plan = NULL;
  ScImportOptions options = { .strict = TRUE, .today = start, .file_name = "первый-список.csv" };

  db_path = g_build_filename (dir, "college.sqlite3", NULL);
  db = sc_database_create (db_path, "Колледж связи", &error);
  g_assert_no_error (error);
  write_file ("первый-список.csv", first);
  table = sc_table_read_file (first_path, NULL, &error);
  g_assert_no_error (error);
  map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, &error);
  plan = SC_PEOPLE_IMPORT (sc_import_new (SC_TYPE_PEOPLE_IMPORT, table, map, &options));
  sc_import_plan (SC_IMPORT (plan), db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_import_commit (SC_IMPORT (plan), db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* The registrar's new list: Петрова invited (no date), Кузнецов in
   * ИС-21, Сидоров with a phone, Абрамова twice, Новиков new. */
  write_file ("список-группы.csv",
              "ФИО;Группа;Телефон;Статус;Дата подключения\n"
              "Петрова Мария Сергеевна;ИС-21;;Приглашён;\n"
              "Сидоров Олег Петрович;ИС-21;8 (912) 345-67-89;Подключён;\n"
              "Кузнецов Денис Ильич;ИС-21;;Приглашён;\n"
              "Абрамова Ольга Викторовна;ИС-22;;;\n"
              "Новиков Пётр Андреевич;ИС-22;;;\n"
              "Абрамова Ольга Викторовна;ИС-22;;;\n");
}

/* ---- the window ----------------------------------------------------------- */

/* Pages reload from an idle after a change. */
static void
settle (void)
{
  sc_test_drain ();
}

static gpointer
find_page (ScWindow *window,
           GType     type)
{
  gpointer page = sc_test_ui_find (GTK_WIDGET (window), type, NULL);

  g_assert_nonnull (page);
  return page;
}

/* The row titled @title inside @root, and its subtitle. */
static const char *
row_subtitle (GtkWidget  *root,
              const char *title)
{
  GtkWidget *row = sc_test_ui_find (root, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* Scrolls the scrolled window around @widget so that @widget is at its top. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  double x = 0, y = 0;

  g_assert_true (gtk_widget_translate_coordinates (widget, child, 0, 0, &x, &y));
  gtk_adjustment_set_value (adjustment, y - 12 + gtk_adjustment_get_value (adjustment));
  sc_test_ui_wait_frames (widget, 2);
}

/* ---- what each page says -------------------------------------------------- */

static const ScPersonRecord *
petrova (ScPeoplePage *page)
{
  GListModel *visible = sc_people_page_get_visible (page);

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      const ScPersonRecord *r = sc_person_get_record (sc_people_page_get_person (page, i));
      if (g_strcmp0 (r->last_name, "Петрова") == 0)
        return r;
    }
  g_assert_not_reached ();
}

static char *
of (guint connected,
    guint total)
{
  g_autofree char *a = sc_format_count (connected);
  g_autofree char *b = sc_format_count (total);

  return g_strdup_printf (_("%s of %s"), a, b);
}

static const char *
figure_value (ScReportsPage *page,
              const char    *code)
{
  GtkWidget *row = NULL;
  GtkWidget *stack[64];
  guint n = 0;

  /* The figure's row carries its code; its value label the figure-value class. */
  stack[n++] = GTK_WIDGET (page->figures_box);
  while (n > 0 && row == NULL)
    {
      GtkWidget *w = stack[--n];
      if (g_strcmp0 (g_object_get_data (G_OBJECT (w), "code"), code) == 0)
        row = w;
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL && n < G_N_ELEMENTS (stack);
           c = gtk_widget_get_next_sibling (c))
        stack[n++] = c;
    }
  g_assert_nonnull (row);
  for (n = 0, stack[n++] = row; n > 0;)
    {
      GtkWidget *w = stack[--n];
      if (gtk_widget_has_css_class (w, "figure-value"))
        return gtk_label_get_text (GTK_LABEL (w));
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL && n < G_N_ELEMENTS (stack);
           c = gtk_widget_get_next_sibling (c))
        stack[n++] = c;
    }
  g_assert_not_reached ();
}

static void
assert_report (ScWindow   *window,
               const char *month,
               guint       connected)
{
  ScReportsPage *page;
  g_autofree char *expected = sc_format_count (connected);

  sc_window_set_page (window, "reports");
  page = find_page (window, SC_TYPE_REPORTS_PAGE);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  settle ();
  g_assert_true (sc_reports_page_select_month (page, month));
  settle ();
  g_assert_cmpstr (figure_value (page, "students_connected"), ==, expected);
}

/* Петрова's status today on «Люди» and «Обзор», this month's and last
 * month's report, all by one rule. */
static void
assert_pages (ScWindow *window,
              ScStatus  status_today,
              guint     connected_today,
              guint     connected_last_month)
{
  ScPeoplePage *people = find_page (window, SC_TYPE_PEOPLE_PAGE);
  ScOverviewPage *overview;
  g_autofree char *counts = of (connected_today, 5);

  sc_window_set_page (window, "people");
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  settle ();
  g_assert_cmpint (petrova (people)->status, ==, status_today);
  sc_window_set_page (window, "overview");
  overview = find_page (window, SC_TYPE_OVERVIEW_PAGE);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  settle ();
  g_assert_cmpstr (gtk_label_get_text (overview->students_count_label), ==, counts);
  assert_report (window, this_month, connected_today);
  assert_report (window, last_month, connected_last_month);
  sc_window_set_page (window, "people");
  settle ();
}

/* ---- the test ------------------------------------------------------------- */

static ScImportAssistant *
import_in_assistant (ScPeoplePage *page)
{
  g_autofree char *path = g_build_filename (dir, "список-группы.csv", NULL);
  ScImportAssistant *assistant = sc_people_page_import_file (page, path);
  ScPeopleImport *plan;
  g_autofree char *moved = g_strdup_printf ("%s: ИС-22 → ИС-21", _("Group"));

  sc_test_ui_wait_assistant (assistant);
  plan = SC_PEOPLE_IMPORT (sc_import_assistant_get_plan (assistant));
  g_assert_nonnull (plan);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ADDED), ==, 1);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_UPDATED), ==, 3);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_DUPLICATE), ==, 1);
  /* The preview names who changes and how, who is added, which line repeats. */
  g_assert_nonnull (strstr (row_subtitle (GTK_WIDGET (assistant), "Кузнецов Денис Ильич"), moved));
  g_assert_nonnull (strstr (row_subtitle (GTK_WIDGET (assistant), "Сидоров Олег Петрович"), "+79123456789"));
  g_assert_nonnull (strstr (row_subtitle (GTK_WIDGET (assistant), "Новиков Пётр Андреевич"), "ИС-22"));
  return assistant;
}

static void
commit_assistant (ScImportAssistant *assistant)
{
  g_object_ref (assistant);
  sc_import_assistant_commit (assistant);
  sc_test_ui_assert_freed (GTK_WINDOW (assistant));
  settle ();
}

static ScPersonDialog *
open_petrova (ScPeoplePage *page)
{
  ScPersonDialog *dialog;

  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "петрова");
  g_signal_emit_by_name (page->search_entry, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (sc_people_page_get_visible (page)), ==, 1);
  g_signal_emit_by_name (page->column_view, "activate", 0);
  dialog = SC_PERSON_DIALOG (sc_test_ui_wait_for_window (SC_TYPE_PERSON_DIALOG));
  return dialog;
}

static void
mark_joined (ScPersonDialog *dialog)
{
  GtkWidget *status = sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, _("Status"));
  GtkWidget *since = sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                                      _("Status since (DD.MM.YYYY)"));
  g_autofree char *date = sc_date_format_short (mark_day);

  g_assert_nonnull (status);
  g_assert_nonnull (since);
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), SC_STATUS_JOINED);
  gtk_editable_set_text (GTK_EDITABLE (since), date);
  g_assert_true (sc_person_dialog_save (dialog));
}

static gint64
later_event (ScPersonDialog *dialog)
{
  GPtrArray *events = sc_person_history_get_events (sc_person_dialog_get_history (dialog));
  const ScStatusEvent *first;

  g_assert_cmpuint (events->len, ==, 2);
  first = g_ptr_array_index (events, 0);
  g_assert_cmpstr (first->on_date, ==, today);
  g_assert_cmpint (first->status, ==, SC_STATUS_INVITED);
  g_assert_cmpstr (first->file_name, ==, "список-группы.csv");
  return first->id;
}

static void
test_history (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1200, 800);
  ScPeoplePage *page;
  ScPersonDialog *dialog;
  ScImportAssistant *assistant;
  g_autofree char *today_text = sc_date_format_short (today);
  g_autofree char *mark_text = sc_date_format_short (mark_day);
  g_autofree char *invited_title = g_strdup_printf (_("%s from %s"),
                                                    sc_status_get_label (SC_STATUS_INVITED), today_text);
  g_autofree char *joined_title = g_strdup_printf (_("%s from %s"),
                                                   sc_status_get_label (SC_STATUS_JOINED), mark_text);
  g_autofree char *source = g_strdup_printf (_("from the file «%s»"), "список-группы.csv");
  g_autofree char *notice = NULL;
  g_autofree char *changes_heading = NULL;
  GtkWidget *history;

  g_assert_true (sc_window_open_database (window, db_path));
  sc_window_set_page (window, "people");
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  page = find_page (window, SC_TYPE_PEOPLE_PAGE);

  /* The registrar's list, checked in the assistant, then loaded. */
  assistant = import_in_assistant (page);
  changes_heading = g_strdup_printf (_("Will Change (%s)"), "3");
  scroll_to (sc_test_ui_find (GTK_WIDGET (assistant), GTK_TYPE_LABEL, changes_heading));
  sc_test_ui_screenshot (GTK_WIDGET (assistant), "import-preview-changes");
  commit_assistant (assistant);
  /* Петрова invited today, by the list: everyone says so. */
  assert_pages (window, SC_STATUS_INVITED, 1, 1);

  /* The coordinator enters «Подключён с 10» of last month: saved, but the
   * later event from the list is in force, and the dialog says so. */
  dialog = open_petrova (page);
  mark_joined (dialog);
  settle ();
  notice = g_strdup (sc_person_dialog_get_notice (dialog));
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice, today_text));
  g_assert_nonnull (strstr (notice, source));
  g_assert_nonnull (strstr (notice, sc_status_get_label (SC_STATUS_INVITED)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  history = GTK_WIDGET (sc_person_dialog_get_history (dialog));
  g_assert_nonnull (sc_test_ui_find (history, ADW_TYPE_ACTION_ROW, invited_title));
  g_assert_nonnull (sc_test_ui_find (history, ADW_TYPE_ACTION_ROW, joined_title));
  g_assert_nonnull (strstr (row_subtitle (history, invited_title), source));
  g_assert_nonnull (strstr (row_subtitle (history, joined_title), _("entered by hand")));
  scroll_to (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, _("Status")));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "person-history");
  /* Today she is invited everywhere; last month's report counts her. */
  assert_pages (window, SC_STATUS_INVITED, 1, 2);

  /* The later event was the mistake: deleted, the mark is in force. */
  g_assert_true (gtk_widget_activate_action (history, "history.delete", "x", later_event (dialog)));
  settle ();
  g_assert_null (sc_person_dialog_get_notice (dialog));
  g_assert_cmpuint (sc_person_history_get_events (SC_PERSON_HISTORY (history))->len, ==, 1);
  assert_pages (window, SC_STATUS_JOINED, 2, 2);
  /* …and Undo puts it back. */
  g_assert_true (gtk_widget_activate_action (history, "history.undo", NULL));
  settle ();
  g_assert_nonnull (sc_person_dialog_get_notice (dialog));
  later_event (dialog);
  assert_pages (window, SC_STATUS_INVITED, 1, 2);

  sc_test_ui_close (GTK_WINDOW (dialog));
  sc_test_ui_close (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  sc_test_ui_init (&argc, &argv);
  dir = sc_test_make_dir ("sc-ui-history");
  today = sc_date_today ();
  this_month = g_strndup (today, 7);
  last_month = sc_report_month_add (this_month, -1);
  mark_day = g_strconcat (last_month, "-10", NULL);
  make_college ();
  app = sc_test_ui_app_new ();
  g_test_add_func ("/sc/ui/history/past-mark-and-later-import", test_history);
  status = g_test_run ();
  sc_test_ui_app_finish (app);
  sc_test_remove_tree (dir);
  return status;
}

/* test-ui-reports.c — «Обзор» and «Отчёты»: counts and the order's
 * checklist, a month's report typed, exported, printed, submitted, shown
 * against changed data, and the submission undone
 *
 * The college is built with core calls around today's date: the report
 * is the previous month's, the activity is last week's (written last, so
 * it wins where last week is also one of that month's weeks).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sc-application.h"
#include "sc-chat-store.h"
#include "sc-date.h"
#include "sc-format.h"
#include "sc-overview-page-private.h"
#include "sc-people.h"
#include "sc-reports-page-private.h"
#include "sc-test-ui.h"
#include "sc-activity.h"
#include "sc-window.h"

static ScApplication *app;
static char *db_path;
static char *month;          /* the previous month, YYYY-MM */
static gint64 late_teacher;  /* invited in that month; joins later in the test */

static char *
day_of (const char *in_month,
        int         day)
{
  return g_strdup_printf ("%s-%02d", in_month, day);
}

static gint64
add (ScDatabase *db,
     const char *last,
     ScCategory  category,
     const char *group,
     ScStatus    status)
{
  g_autoptr(ScPersonRecord) r = sc_person_record_new ();
  g_autofree char *on = day_of (month, 5);
  gint64 id;

  g_free (r->last_name), r->last_name = g_strdup (last);
  g_free (r->first_name), r->first_name = g_strdup ("Анна");
  g_free (r->group_code), r->group_code = g_strdup (group);
  r->category = category;
  id = sc_people_save (db, r, NULL);
  g_assert_cmpint (id, >, 0);
  if (status != SC_STATUS_NOT_INVITED)
    g_assert_true (sc_people_set_status (db, &id, 1, status, on, NULL, NULL, NULL));
  return id;
}

static void
misuse (ScDatabase *db,
       gint64      person,
       const char *monday,
       int         messages,
       int         calls)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_activity_set (db, person, monday, messages, calls, SC_ACTIVITY_SOURCE_MANUAL, &error));
  g_assert_no_error (error);
}

static char *
last_monday (void)
{
  g_autofree char *today = sc_date_today ();
  g_autofree char *monday = sc_date_week_monday (today);
  g_autoptr(GDate) date = sc_date_to_gdate (monday);

  g_date_subtract_days (date, 7);
  return sc_date_from_gdate (date);
}

static void
set_profile (ScDatabase *db)
{
  g_autoptr(ScOrganization) organization = sc_organization_load (db, NULL);

  g_free (organization->short_name), organization->short_name = g_strdup ("Колледж связи");
  g_free (organization->head_name), organization->head_name = g_strdup ("Петрова Анна Сергеевна");
  g_free (organization->head_position), organization->head_position = g_strdup ("Директор");
  g_free (organization->coordinator_name), organization->coordinator_name = g_strdup ("Смирнов Олег Викторович");
  g_free (organization->coordinator_position), organization->coordinator_position = g_strdup ("Заместитель директора");
  g_free (organization->order_number), organization->order_number = g_strdup ("45");
  organization->order_date = day_of (month, 2);
  g_assert_true (sc_organization_save (db, organization, NULL));
}

static void
add_group_chat (ScDatabase *db,
                const char *code)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *created = day_of (month, 3);
  gint64 group, chat;

  sqlite3_prepare_v2 (sc_database_get_handle (db), "SELECT id FROM study_group WHERE code = ?1", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  group = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  chat = sc_chat_store_add (db, 0, code, SC_CHAT_KIND_GROUP, NULL);
  g_assert_cmpint (chat, >, 0);
  g_assert_true (sc_chat_store_set_unit (db, chat, SC_CHAT_KIND_GROUP, group, 0, NULL));
  g_assert_true (sc_chat_store_set_status (db, chat, SC_CHAT_STATUS_CREATED, created, "", NULL));
}

/* Teachers: Алексеева, Борисова, Власова joined, Гусева invited; ИС-21
 * has a created chat, ЭК-11 none. Last week two teachers met the norm,
 * Власова did not, Гусева has no record. */
static void
make_college (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-reports");
  g_autofree char *today = sc_date_today ();
  g_autofree char *this_month = g_strndup (today, 7);
  g_autofree char *week = last_monday ();
  g_auto(GStrv) weeks = NULL;
  g_autoptr(ScDatabase) db = NULL;
  gint64 t[3];

  month = sc_report_month_add (this_month, -1);
  weeks = sc_report_month_weeks (month);
  db = sc_test_college_new (dir, "ГБПОУ «Колледж связи»", &db_path);
  set_profile (db);
  t[0] = add (db, "Алексеева", SC_CATEGORY_TEACHER, "", SC_STATUS_JOINED);
  t[1] = add (db, "Борисова", SC_CATEGORY_TEACHER, "", SC_STATUS_JOINED);
  t[2] = add (db, "Власова", SC_CATEGORY_TEACHER, "", SC_STATUS_JOINED);
  late_teacher = add (db, "Гусева", SC_CATEGORY_TEACHER, "", SC_STATUS_INVITED);
  add (db, "Жуков", SC_CATEGORY_STUDENT, "ИС-21", SC_STATUS_JOINED);
  add (db, "Зайцев", SC_CATEGORY_STUDENT, "ИС-21", SC_STATUS_JOINED);
  add (db, "Ильин", SC_CATEGORY_STUDENT, "ИС-21", SC_STATUS_INVITED);
  add (db, "Орлов", SC_CATEGORY_STUDENT, "ЭК-11", SC_STATUS_JOINED);
  add (db, "Павлов", SC_CATEGORY_STUDENT, "ЭК-11", SC_STATUS_NOT_INVITED);
  add_group_chat (db, "ИС-21");
  for (guint w = 0; weeks[w] != NULL; w++)
    for (guint i = 0; i < 3; i++)
      misuse (db, t[i], weeks[w], 12 + (int)i, 1);
  misuse (db, t[0], week, 15, 2);
  misuse (db, t[1], week, 10, 1);
  misuse (db, t[2], week, 3, 0);
}

/* Until nothing is left to do (pages recount when idle), at most 5 s. */
/* Pages reload from an idle after a change. */
static void
settle (void)
{
  sc_test_drain ();
}

static ScWindow *
open_window (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1200, 800);

  g_assert_true (sc_window_open_database (window, db_path));
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  settle ();
  return window;
}

static gpointer
find_page (ScWindow *window,
           GType     type)
{
  gpointer page = sc_test_ui_find (GTK_WIDGET (window), type, NULL);

  g_assert_nonnull (page);
  return page;
}

static char *
counts (guint connected,
        guint active)
{
  g_autofree char *a = g_strdup_printf ("%u", connected);
  g_autofree char *b = g_strdup_printf ("%u", active);

  return g_strdup_printf (_("%s of %s"), a, b);
}

static void
assert_category (GtkLabel   *label,
                 ScDatabase *db,
                 ScCategory  category)
{
  g_autofree char *today = sc_date_today ();
  g_autofree char *expected = NULL;
  guint connected, active;

  g_assert_true (sc_people_count (db, category, today, &connected, &active, NULL));
  expected = counts (connected, active);
  g_assert_cmpstr (gtk_label_get_text (label), ==, expected);
}

static void
test_overview (void)
{
  ScWindow *window = open_window ();
  ScOverviewPage *page = find_page (window, SC_TYPE_OVERVIEW_PAGE);
  ScDatabase *db = sc_window_get_database (window);
  g_autofree char *week = last_monday ();
  g_autofree char *week_text = sc_date_format_week (week);
  g_autofree char *below = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Below the norm last week (%s): %u teacher",
                                                         "Below the norm last week (%s): %u teachers", 2),
                                            week_text, 2);
  g_autoptr(ScOverview) expected = sc_overview_compute (db, NULL, NULL);
  g_autofree char *three_of_four = counts (3, 4);
  g_autofree char *pct = sc_format_percent (75.0);

  g_assert_cmpstr (sc_window_get_page (window), ==, "overview");
  g_assert_cmpstr (gtk_label_get_text (page->college_label), ==, "Колледж связи");
  assert_category (page->teachers_count_label, db, SC_CATEGORY_TEACHER);
  assert_category (page->students_count_label, db, SC_CATEGORY_STUDENT);
  g_assert_cmpstr (gtk_label_get_text (page->teachers_count_label), ==, three_of_four);
  g_assert_cmpstr (gtk_label_get_text (page->teachers_pct_label), ==, pct);

  g_assert_cmpint (sc_overview_page_get_check_state (page, SC_CHECK_COORDINATOR), ==, SC_CHECK_DONE);
  g_assert_cmpint (sc_overview_page_get_check_state (page, SC_CHECK_CHATS), ==, SC_CHECK_MISSING);
  g_assert_cmpint (sc_overview_page_get_check_state (page, SC_CHECK_CONNECTION), ==, SC_CHECK_MISSING);
  g_assert_cmpint (sc_overview_page_get_check_state (page, SC_CHECK_NORM), ==, SC_CHECK_WARNING);
  /* Nothing is submitted; whether the report is overdue or still to come
   * depends on today's date. */
  g_assert_cmpint (sc_overview_page_get_check_state (page, SC_CHECK_REPORT), !=, SC_CHECK_DONE);
  g_assert_cmpint (sc_overview_page_get_check_state (page, SC_CHECK_REPORT), ==,
                   sc_overview_report_state (expected));
  g_assert_cmpstr (sc_overview_page_get_check_text (page, SC_CHECK_NORM), ==, below);
  g_assert_nonnull (strstr (sc_overview_page_get_check_text (page, SC_CHECK_CONNECTION), "3"));
  sc_test_ui_screenshot (GTK_WIDGET (window), "overview");

  /* [Open] leads to the month's report. */
  gtk_widget_activate_action (GTK_WIDGET (page), "overview.open-report", "s", month);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (sc_window_get_page (window), ==, "reports");
  g_assert_cmpstr (sc_reports_page_get_month (find_page (window, SC_TYPE_REPORTS_PAGE)), ==, month);
  sc_test_ui_close (GTK_WINDOW (window));
}

/* ---- the report page ------------------------------------------------------ */

static GtkWidget *
find_figure_row (GtkWidget  *root,
                 const char *code)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (root), "code"), code) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_figure_row (c, code);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_with_class (GtkWidget  *root,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_with_class (c, css_class);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The value shown for @code, and the «Сейчас: …» line or NULL. */
static const char *
figure_text (ScReportsPage  *page,
             const char     *code,
             const char    **now)
{
  GtkWidget *row = find_figure_row (GTK_WIDGET (page->figures_box), code);
  GtkWidget *value, *now_label;

  g_assert_nonnull (row);
  value = find_with_class (row, "figure-value");
  now_label = find_with_class (row, "figure-now");
  g_assert_nonnull (value);
  *now = now_label ? gtk_label_get_text (GTK_LABEL (now_label)) : NULL;
  return gtk_label_get_text (GTK_LABEL (value));
}

static ScReportsPage *
open_reports (ScWindow *window)
{
  ScReportsPage *page;

  /* the page is built when first shown */
  sc_window_set_page (window, "reports");
  page = find_page (window, SC_TYPE_REPORTS_PAGE);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  settle ();
  g_assert_true (sc_reports_page_select_month (page, month));
  g_assert_cmpstr (sc_reports_page_get_month (page), ==, month);
  return page;
}

static void
type_text (GtkTextView *view,
           const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static void
scroll_to_end (GtkWidget *inside)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (inside, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static ScReport *
stored (ScReportsPage *page)
{
  ScReport *report = sc_report_load (sc_page_get_database (SC_PAGE (page)), month, NULL);

  g_assert_nonnull (report);
  return report;
}

/* Whether the month's report in the file has @problems: the page writes
 * what is typed once typing pauses. */
static gboolean
problems_saved (ScReportsPage *page,
                const char    *problems)
{
  g_autoptr(ScReport) report = sc_report_load (sc_page_get_database (SC_PAGE (page)), month, NULL);

  return report != NULL && report->exists && g_strcmp0 (report->problems, problems) == 0;
}

static void
test_draft (void)
{
  ScWindow *window = open_window ();
  ScReportsPage *page = open_reports (window);
  const char *now = NULL;
  g_autoptr(ScReport) report = NULL;
  g_autofree char *sixty = sc_format_percent (60.0);

  g_assert_cmpstr (figure_text (page, "teachers_total", &now), ==, "4");
  g_assert_null (now);
  g_assert_cmpstr (figure_text (page, "teachers_connected", &now), ==, "3");
  g_assert_cmpstr (figure_text (page, "students_connected_pct", &now), ==, sixty);
  g_assert_cmpstr (figure_text (page, "groups_with_chat", &now), ==, "1");
  g_assert_false (gtk_revealer_get_reveal_child (page->changed_revealer));
  /* The signatories come from the profile. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page->head_name_row)), ==, "Петрова Анна Сергеевна");

  /* Typed text is kept once typing pauses. */
  type_text (page->narrative_views[0], "Два педагога без смартфона.");
  type_text (page->narrative_views[1], "Проведено собрание с кураторами групп.");
  gtk_switch_set_active (page->teachers_switch, TRUE);
  sc_test_assert_eventually (problems_saved (page, "Два педагога без смартфона."));
  report = stored (page);
  g_assert_true (report->exists);
  g_assert_cmpstr (report->problems, ==, "Два педагога без смартфона.");
  g_assert_cmpstr (report->measures, ==, "Проведено собрание с кураторами групп.");
  g_assert_true (report->include_teachers);
  g_assert_cmpint (report->status, ==, SC_REPORT_STATUS_DRAFT);
  sc_test_ui_screenshot (GTK_WIDGET (window), "reports-draft");
  scroll_to_end (GTK_WIDGET (page->narrative_box));
  sc_test_ui_screenshot (GTK_WIDGET (window), "reports-draft-fields");

  /* Typing and marking at once: the text is saved first. */
  type_text (page->narrative_views[2], "Примечание.");
  gtk_widget_activate_action (GTK_WIDGET (page), "reports.mark-ready", NULL);
  settle ();
  g_clear_pointer (&report, sc_report_free);
  report = stored (page);
  g_assert_cmpint (report->status, ==, SC_REPORT_STATUS_READY);
  g_assert_cmpstr (report->notes, ==, "Примечание.");
  g_assert_cmpstr (gtk_label_get_text (page->status_label), ==,
                   sc_report_status_get_label (SC_REPORT_STATUS_READY));
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Before export the page names what the document would print blank, and a
 * week without any activity data; filled in, the notice goes. */
static void
test_checks (void)
{
  ScWindow *window = open_window ();
  ScReportsPage *page = open_reports (window);
  ScDatabase *db = sc_page_get_database (SC_PAGE (page));
  g_auto(GStrv) weeks = sc_report_month_weeks (month);
  g_autofree char *week = sc_date_format_week (weeks[1]);
  g_autoptr(ScOrganization) organization = sc_organization_load (db, NULL);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  const char *text;

  g_assert_true (gtk_revealer_get_reveal_child (page->checks_revealer));
  text = gtk_label_get_text (page->checks_label);
  g_assert_nonnull (strstr (text, _("the college's INN")));
  g_assert_nonnull (strstr (text, _("the executor's phone")));
  g_assert_null (strstr (text, _("the head's name")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->checks_button)));
  g_assert_null (strstr (text, week));

  /* A week of the month loses its records: named, not taken for nobody
   * meeting the norm. */
  g_assert_cmpint (sqlite3_prepare_v2 (sc_database_get_handle (db), "DELETE FROM usage_week WHERE week_monday = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, weeks[1], -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sc_database_emit_changed (db, "activity");
  settle ();
  g_assert_nonnull (strstr (gtk_label_get_text (page->checks_label), week));
  sc_test_ui_screenshot (GTK_WIDGET (window), "reports-checks");

  g_free (organization->inn), organization->inn = g_strdup ("7707083893");
  g_free (organization->executor_name), organization->executor_name = g_strdup ("Смирнов Олег Викторович");
  g_free (organization->executor_phone), organization->executor_phone = g_strdup ("89635664264");
  g_assert_true (sc_organization_save (db, organization, &error));
  g_assert_no_error (error);
  settle ();
  g_assert_null (strstr (gtk_label_get_text (page->checks_label), _("the college's INN")));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page->checks_button)));
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  gboolean *done = data;
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_reports_page_export_finish (SC_REPORTS_PAGE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
assert_file_starts (const char *path,
                    const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, magic, strlen (magic)) == 0);
}

static void
export (ScReportsPage  *page,
        ScReportFormat  format,
        const char     *path)
{
  gboolean done = FALSE;

  sc_reports_page_export_async (page, format, path, NULL, export_done_cb, &done);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->spinner)));
  sc_test_assert_eventually (done);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page->spinner)));
}

/* The XLSX read back: the narrative typed and the «Педагоги» sheet asked for. */
static void
assert_workbook (const char *path)
{
  const char *script =
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1])\n"
    "print('|'.join(wb.sheetnames))\n"
    "print('|'.join(str(c) for row in wb['Отчёт'].iter_rows(values_only=True) for c in row if c))\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_EXISTS))
    return;
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, 0, NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "Педагоги"));
  g_assert_nonnull (strstr (out, "Два педагога без смартфона."));
}

static void
test_export_and_print (void)
{
  ScWindow *window = open_window ();
  ScReportsPage *page = open_reports (window);
  g_autofree char *dir = sc_test_make_dir ("sc-ui-export");
  g_autofree char *xlsx = g_build_filename (dir, "Отчёт.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "Отчёт.pdf", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;

  export (page, SC_REPORT_FORMAT_XLSX, xlsx);
  assert_file_starts (xlsx, "PK");
  assert_workbook (xlsx);
  export (page, SC_REPORT_FORMAT_PDF, pdf);
  assert_file_starts (pdf, "%PDF");
  sc_test_ui_screenshot (GTK_WIDGET (window), "reports-exported");

  /* Printing draws the same pages; exported instead of sent to a printer. */
  operation = sc_reports_page_create_print_operation (page);
  g_assert_nonnull (operation);
  gtk_print_operation_set_export_filename (operation, printed);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            GTK_WINDOW (window), NULL), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  assert_file_starts (printed, "%PDF");
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  /* Each button and field of the dialog has an access key of its own. */
  g_assert_cmpuint (sc_test_ui_assert_access_keys (GTK_WIDGET (dialog)), >=, 2);
  sc_test_ui_respond (dialog, response);
  sc_test_drain ();
}

/* The date, then the outgoing number the registry gave the letter. */
static void
submit (ScReportsPage *page,
        const char    *date,
        const char    *number)
{
  GtkWindow *prompt;
  GtkWidget *entry, *number_entry;

  gtk_widget_activate_action (GTK_WIDGET (page), "reports.submit", NULL);
  prompt = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  entry = sc_test_ui_find (GTK_WIDGET (prompt), GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), date);
  number_entry = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (entry));
  g_assert_true (GTK_IS_ENTRY (number_entry));
  gtk_editable_set_text (GTK_EDITABLE (number_entry), number);
  sc_test_ui_screenshot (GTK_WIDGET (prompt), "reports-submit-prompt");
  answer (ADW_MESSAGE_DIALOG (prompt), "apply");
  settle ();
}

static void
test_submit_change_undo (void)
{
  ScWindow *window = open_window ();
  ScReportsPage *page = open_reports (window);
  g_autofree char *this_month = sc_report_month_add (month, 1);
  g_autofree char *sent = day_of (this_month, 3);
  g_autofree char *sent_short = sc_date_format_short (sent);
  g_autofree char *joined = day_of (month, 20);
  g_autofree char *now_text = g_strdup_printf (_("Now: %s"), "4");
  g_autoptr(ScReport) report = NULL;
  const char *now = NULL;
  GtkWidget *undo;
  GtkWindow *prompt;

  submit (page, sent_short, "01-17/247");
  report = stored (page);
  g_assert_cmpint (report->status, ==, SC_REPORT_STATUS_SUBMITTED);
  g_assert_cmpstr (report->submitted_on, ==, sent);
  g_assert_cmpstr (report->outgoing_number, ==, "01-17/247");
  settle ();
  g_assert_cmpstr (gtk_label_get_text (page->status_label), ==,
                   sc_report_status_get_label (SC_REPORT_STATUS_SUBMITTED));
  g_assert_false (gtk_text_view_get_editable (page->narrative_views[0]));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (page->head_name_row)));
  g_assert_false (gtk_revealer_get_reveal_child (page->changed_revealer));

  /* Гусева turns out to have joined in that month: the submitted figure
   * stays, today's shows beside it. */
  g_assert_true (sc_people_set_status (sc_page_get_database (SC_PAGE (page)), &late_teacher, 1,
                                       SC_STATUS_JOINED, joined, NULL, NULL, NULL));
  settle ();
  g_assert_cmpstr (figure_text (page, "teachers_connected", &now), ==, "3");
  g_assert_cmpstr (now, ==, now_text);
  g_assert_cmpstr (figure_text (page, "teachers_total", &now), ==, "4");
  g_assert_null (now);
  g_assert_true (gtk_revealer_get_reveal_child (page->changed_revealer));
  /* connected and its share, covered and its share */
  g_assert_nonnull (strstr (gtk_label_get_text (page->changed_label), "4"));
  sc_test_ui_screenshot (GTK_WIDGET (window), "reports-submitted-changed");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  sc_test_ui_screenshot (GTK_WIDGET (window), "reports-submitted-changed-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Undo the submission from the toast: editable again, today's figures. */
  undo = sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, _("_Undo"));
  g_assert_nonnull (undo);
  g_assert_true (gtk_widget_is_sensitive (undo));
  g_signal_emit_by_name (undo, "clicked");
  settle ();
  g_clear_pointer (&report, sc_report_free);
  report = stored (page);
  g_assert_cmpint (report->status, ==, SC_REPORT_STATUS_READY);
  g_assert_null (report->frozen_figures);
  g_assert_cmpstr (figure_text (page, "teachers_connected", &now), ==, "4");
  g_assert_null (now);
  g_assert_false (gtk_revealer_get_reveal_child (page->changed_revealer));
  g_assert_true (gtk_text_view_get_editable (page->narrative_views[0]));

  /* Submitted again and withdrawn through the dialog. */
  submit (page, sent_short, "01-17/250");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.withdraw", NULL));
  prompt = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  answer (ADW_MESSAGE_DIALOG (prompt), "withdraw");
  settle ();
  g_clear_pointer (&report, sc_report_free);
  report = stored (page);
  g_assert_cmpint (report->status, ==, SC_REPORT_STATUS_READY);
  sc_test_ui_close (GTK_WINDOW (window));
}

/* After the submission and the new event, the overview counts anew. */
static void
test_overview_after (void)
{
  ScWindow *window = open_window ();
  ScOverviewPage *page = find_page (window, SC_TYPE_OVERVIEW_PAGE);
  g_autoptr(ScReport) report = NULL;
  g_autofree char *four_of_four = counts (4, 4);

  g_assert_cmpstr (gtk_label_get_text (page->teachers_count_label), ==, four_of_four);
  g_assert_true (sc_report_submit (sc_window_get_database (window), month, NULL, NULL));
  settle ();
  g_assert_cmpint (sc_overview_page_get_check_state (page, SC_CHECK_REPORT), ==, SC_CHECK_DONE);
  g_assert_cmpstr (gtk_label_get_text (page->report_status_label), ==,
                   sc_report_status_get_label (SC_REPORT_STATUS_SUBMITTED));
  sc_test_ui_screenshot (GTK_WIDGET (window), "overview-submitted");
  sc_test_ui_close (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  sc_test_ui_init (&argc, &argv);
  app = sc_test_ui_app_new ();
  make_college ();

  /* In order: each test goes on from what the one before left. */
  g_test_add_func ("/sc/ui/reports/overview", test_overview);
  g_test_add_func ("/sc/ui/reports/draft", test_draft);
  g_test_add_func ("/sc/ui/reports/checks", test_checks);
  g_test_add_func ("/sc/ui/reports/export-and-print", test_export_and_print);
  g_test_add_func ("/sc/ui/reports/submit-change-undo", test_submit_change_undo);
  g_test_add_func ("/sc/ui/reports/overview-after", test_overview_after);
  status = g_test_run ();
  sc_test_ui_app_finish (app);
  {
    g_autofree char *dir = g_path_get_dirname (db_path);
    sc_test_remove_tree (dir);
  }
  g_free (month);
  g_free (db_path);
  return status;
}

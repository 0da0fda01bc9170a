/* test-ui-new-year.c — the academic year and personal data in the window
 * (issue 20): «Новый учебный год…» with its preview and Undo,
 * «Обезличить выбывших…», «Журнал выгрузок», «О персональных данных»
 *
 * The college (on VK Messenger, its «today» 02.09.2024): the October 2023
 * list of test-academic-year — teachers Андреева, Белов, Волков; ИС-21
 * Гусев, Давыдова; ИС-22 Жаров, Зуева; ПК-23 Ильин — each group with a
 * created chat. The September 2024 list leaves out ИС-21 (two graduates),
 * adds Кириллова, ИС-24 (Лебедев, Морозова) and ПК-24 (Носов). The tests
 * run in order, each on what the one before left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-application.h"
#include "sc-backup.h"
#include "sc-chat-template.h"
#include "sc-export-log.h"
#include "sc-new-year-dialog.h"
#include "sc-organization.h"
#include "sc-organization-window.h"
#include "sc-overview-page-private.h"
#include "sc-people-import.h"
#include "sc-personal-data.h"
#include "sc-platform.h"
#include "sc-report.h"
#include "sc-reports-page-private.h"
#include "sc-table.h"
#include "sc-test-ui.h"
#include "sc-test-util.h"
#include "sc-window.h"

static ScApplication *app;
static char *dir;
static char *db_path;
static char *list_path;

static const char october[] =
  "ФИО;Категория;Группа;Статус;Дата подключения\n"
  "Андреева Анна Андреевна;преподаватель;;Подключён;05.10.2023\n"
  "Белов Борис Борисович;преподаватель;;Приглашён;\n"
  "Волков Виктор Викторович;преподаватель;;Подключён;10.10.2023\n"
  "Гусев Глеб Гордеевич;студент;ИС-21;Подключён;03.10.2023\n"
  "Давыдова Дарья Денисовна;студент;ИС-21;Подключён;04.10.2023\n"
  "Жаров Жан Жанович;студент;ИС-22;Подключён;05.10.2023\n"
  "Зуева Зоя Захаровна;студент;ИС-22;Приглашён;\n"
  "Ильин Илья Ильич;студент;ПК-23;Подключён;06.10.2023";

static const char september[] =
  "ФИО;Категория;Группа;Статус;Дата подключения\n"
  "Андреева Анна Андреевна;преподаватель;;Подключён;05.10.2023\n"
  "Белов Борис Борисович;преподаватель;;Приглашён;\n"
  "Волков Виктор Викторович;преподаватель;;Подключён;10.10.2023\n"
  "Кириллова Ксения Олеговна;преподаватель;;Подключён;03.09.2024\n"
  "Жаров Жан Жанович;студент;ИС-22;Подключён;05.10.2023\n"
  "Зуева Зоя Захаровна;студент;ИС-22;Подключён;03.09.2024\n"
  "Ильин Илья Ильич;студент;ПК-23;Подключён;06.10.2023\n"
  "Лебедев Лев Львович;студент;ИС-24;Приглашён;\n"
  "Морозова Мария Михайловна;студент;ИС-24;;\n"
  "Носов Никита Николаевич;студент;ПК-24;Подключён;02.09.2024\n";

static void
import_october (ScDatabase *db)
{
  g_autoptr(ScTable) table = sc_table_new (SC_TABLE_FORMAT_CSV);
  g_auto(GStrv) lines = g_strsplit (october, "\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScColumnMap) map = NULL;
  g_autoptr(ScImport) import = NULL;
  ScImportOptions options = { .today = "2023-10-02" };

  for (guint i = 0; lines[i] != NULL; i++)
    sc_table_append_row (table, i + 1, g_strsplit (lines[i], ";", -1));
  map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, &error);
  g_assert_no_error (error);
  import = sc_import_new (SC_TYPE_PEOPLE_IMPORT, table, map, &options);
  g_assert_true (sc_import_commit (import, db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
make_college (void)
{
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GPtrArray) chats = NULL;
  g_autoptr(ScOrganization) organization = NULL;
  g_autoptr(GError) error = NULL;
  ScChatTemplateOptions groups = { .groups = TRUE };

  dir = g_dir_make_tmp ("sc-ui-new-year-XXXXXX", NULL);
  db_path = g_build_filename (dir, "college.sqlite3", NULL);
  list_path = sc_test_write_file (dir, "spisok-2024.csv", september);
  db = sc_database_create (db_path, "Колледж связи", NULL);
  g_assert_true (sc_platform_set_first (db, SC_PLATFORM_VK, &error));
  import_october (db);
  chats = sc_chat_template_apply (db, &groups, "2023-10-02", &error);
  g_assert_no_error (error);
  g_assert_true (sc_database_exec (db, "UPDATE chat SET status = 'created', created_on = '2023-10-05'", &error));
  /* June 2024 submitted on time: the graduates were still there. */
  g_assert_true (sc_report_submit (db, "2024-06", "2024-07-04", &error));
  g_assert_no_error (error);
  organization = sc_organization_load (db, &error);
  g_free (organization->demo_today);
  organization->demo_today = g_strdup ("2024-09-02");
  g_assert_true (sc_organization_save (db, organization, &error));
  g_assert_no_error (error);
}

static ScWindow *
open_window (void)
{
  ScWindow *window = sc_test_ui_window_new (app, 1200, 800);

  g_assert_true (sc_window_open_database (window, db_path));
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  return window;
}

static gint64
count (ScWindow   *window,
       const char *sql)
{
  return sc_test_query_int (sc_window_get_database (window), sql);
}

static ScOverviewPage *
overview_page (ScWindow *window)
{
  GtkWidget *page = sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_OVERVIEW_PAGE, NULL);

  g_assert_nonnull (page);
  return SC_OVERVIEW_PAGE (page);
}

static gboolean
year_check_visible (ScWindow *window)
{
  ScOverviewPage *page = overview_page (window);

  return gtk_widget_get_visible (GTK_WIDGET (page->checks[SC_CHECK_YEAR].row));
}

#define N_LEFT "SELECT count (*) FROM person WHERE left_on = '2024-06-30'"
#define N_ARCHIVED "SELECT count (*) FROM chat WHERE status = 'archived' AND archived_on = '2024-09-02'"
#define N_NEW_CHATS "SELECT count (*) FROM chat c JOIN study_group g ON g.id = c.group_id" \
  " WHERE g.code IN ('ИС-24', 'ПК-24') AND c.status = 'planned'"

static ScNewYearDialog *
open_assistant (ScWindow *window)
{
  ScNewYearDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-year", NULL);
  dialog = SC_NEW_YEAR_DIALOG (sc_test_ui_wait_for_window (SC_TYPE_NEW_YEAR_DIALOG));
  sc_test_ui_wait_frames (GTK_WIDGET (dialog), 3);
  return dialog;
}

static void
test_assistant (void)
{
  ScWindow *window = open_window ();
  ScNewYearDialog *dialog;
  GtkWidget *problem, *row;
  ScOverviewPage *page = overview_page (window);

  /* «Обзор» on 02.09.2024: this year's target, and the checklist asks for
   * the new year's list. */
  sc_test_assert_eventually (year_check_visible (window));
  g_assert_cmpint (page->overview->year_state, ==, SC_ACADEMIC_YEAR_NOT_STARTED);
  g_assert_nonnull (strstr (gtk_label_get_text (page->deadline_label), "ноября 2024\u00a0г. — осталось 74 дня"));
  sc_test_ui_screenshot (GTK_WIDGET (window), "new-year-overview-before");

  dialog = open_assistant (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Новый учебный год 2024/25");
  sc_test_ui_assert_access_keys (GTK_WIDGET (dialog));
  /* «Далее» without a file says what to do, and writes nothing. */
  g_assert_false (sc_new_year_dialog_next (dialog));
  problem = sc_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Выберите файл со списком людей нового учебного года.");
  g_assert_nonnull (problem);
  g_assert_true (gtk_widget_get_visible (problem));
  sc_new_year_dialog_set_file (dialog, list_path);
  sc_test_ui_wait_frames (GTK_WIDGET (dialog), 2);
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "new-year-list");

  /* The preview names every step and changes nothing. */
  g_assert_true (sc_new_year_dialog_next (dialog));
  sc_test_ui_wait_frames (GTK_WIDGET (dialog), 3);
  g_assert_cmpint (count (window, N_LEFT), ==, 0);
  g_assert_cmpint (count (window, "SELECT count (*) FROM chat"), ==, 3);
  row = sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "ИС-21 (было 2 студента)");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "чат «Группа ИС-21» уйдёт в архив вместе с историей");
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Группа ИС-24"));
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Группа ПК-24"));
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                     "2 человека, которых нет в списке, выбывают 30.06.2024"));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "new-year-preview");

  /* Done in one go; the checklist's year row is ticked. */
  g_object_ref (dialog);
  g_assert_true (sc_new_year_dialog_apply (dialog));
  sc_test_ui_assert_freed (GTK_WINDOW (dialog));
  g_assert_cmpint (count (window, N_LEFT), ==, 2);
  g_assert_cmpint (count (window, N_ARCHIVED), ==, 1);
  g_assert_cmpint (count (window, N_NEW_CHATS), ==, 2);
  sc_test_assert_eventually (page->overview != NULL && page->overview->year_state == SC_ACADEMIC_YEAR_STARTED);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  sc_test_ui_screenshot (GTK_WIDGET (window), "new-year-done-toast");

  /* «Отменить» puts the file back as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-new-year", NULL));
  g_assert_cmpint (count (window, N_LEFT), ==, 0);
  g_assert_cmpint (count (window, "SELECT count (*) FROM chat WHERE status = 'archived'"), ==, 0);
  g_assert_cmpint (count (window, "SELECT count (*) FROM chat"), ==, 3);
  sc_test_assert_eventually (page->overview != NULL && page->overview->year_state == SC_ACADEMIC_YEAR_NOT_STARTED);

  /* And again, for the tests that follow. */
  dialog = open_assistant (window);
  sc_new_year_dialog_set_file (dialog, list_path);
  g_assert_true (sc_new_year_dialog_next (dialog));
  g_object_ref (dialog);
  g_assert_true (sc_new_year_dialog_apply (dialog));
  sc_test_ui_assert_freed (GTK_WINDOW (dialog));
  g_assert_cmpint (count (window, N_LEFT), ==, 2);
  sc_test_ui_close (GTK_WINDOW (window));
}

static gboolean
file_holds (const char *path,
            const char *text)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return FALSE;
  for (gsize i = 0, n = strlen (text); i + n <= len; i++)
    if (memcmp (contents + i, text, n) == 0)
      return TRUE;
  return FALSE;
}

static guint
n_copies (void)
{
  g_autoptr(GPtrArray) copies = sc_backup_list (db_path, NULL);

  return copies != NULL ? copies->len : 0;
}

static void
test_depersonalize (void)
{
  ScWindow *window = open_window ();
  g_autoptr(GPtrArray) copies = sc_backup_list (db_path, NULL);
  AdwMessageDialog *dialog;
  const char *copy;

  /* Opening made the day's copy: it holds the graduates' names. */
  sc_test_assert_eventually (n_copies () > 0);
  g_clear_pointer (&copies, g_ptr_array_unref);
  copies = sc_backup_list (db_path, NULL);
  copy = ((ScBackup *)g_ptr_array_index (copies, 0))->path;
  g_assert_true (file_holds (copy, "Давыдова"));

  dialog = sc_window_show_depersonalize (window);
  g_assert_nonnull (dialog);
  sc_test_ui_wait_frames (GTK_WIDGET (dialog), 3);
  /* By default who left more than 12 months before 02.09.2024: no one. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "У 0 человек, выбывших до 02.09.2023"));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "erase"));
  sc_depersonalize_dialog_set_date (dialog, "01.07.2024");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "У 2 человек, выбывших до 01.07.2024"));
  {
    /* However many copies the day's work has made (one when opened, one
     * after changes): each still holds the names. */
    g_autoptr(GPtrArray) now = sc_backup_list (db_path, NULL);
    g_autofree char *said = g_strdup_printf ("В %u резервн", now->len);

    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), said));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "их имена останутся"));
  }
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Отменить это нельзя"));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "erase"));
  sc_depersonalize_dialog_set_copies (dialog, TRUE);
  sc_test_ui_wait_frames (GTK_WIDGET (dialog), 2);
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "depersonalize-confirm");
  sc_test_ui_respond (dialog, "erase");

  g_assert_cmpint (count (window, "SELECT count (*) FROM person WHERE depersonalized_on IS NOT NULL"), ==, 2);
  g_assert_false (file_holds (db_path, "Давыдова"));
  g_assert_false (file_holds (copy, "Давыдова"));
  g_assert_true (file_holds (db_path, "Андреева"));
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  sc_test_ui_screenshot (GTK_WIDGET (window), "depersonalize-done");
  sc_test_ui_close (GTK_WINDOW (window));
}

static GtkWidget *
month_row (ScReportsPage *page,
           const char    *month)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (page->months_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "month"), month) == 0)
      return row;
  g_assert_not_reached ();
}

/* «Отчёты» by academic year: past years' months are not overdue, and June's
 * report, submitted before the graduates left on 30.06, shows it drifted. */
static void
test_reports (void)
{
  ScWindow *window = open_window ();
  ScReportsPage *page;
  GtkWidget *june, *drift;

  sc_window_set_page (window, "reports");
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  page = SC_REPORTS_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_REPORTS_PAGE, NULL));
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (page->months_list), GTK_TYPE_LABEL, "Учебный год 2024/25"));
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (page->months_list), GTK_TYPE_LABEL, "Учебный год 2023/24"));
  /* July's report was due on 05.08.2024: last year's, not overdue now. */
  g_assert_null (sc_test_ui_find (month_row (page, "2024-07"), GTK_TYPE_LABEL,
                                  "Просрочен: срок был до 5\u00a0августа 2024\u00a0г."));
  g_assert_nonnull (sc_test_ui_find (month_row (page, "2024-07"), GTK_TYPE_LABEL,
                                     "Срок: до 5\u00a0августа 2024\u00a0г."));
  june = month_row (page, "2024-06");
  drift = g_object_get_data (G_OBJECT (june), "drift-label");
  sc_test_assert_eventually (gtk_widget_get_visible (drift));
  g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (month_row (page, "2024-05")),
                                                             "drift-label")));
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  sc_test_ui_screenshot (GTK_WIDGET (window), "reports-by-year");
  sc_test_ui_close (GTK_WINDOW (window));
}

/* The profile edits this year's target and the months leavers are kept. */
static void
test_profile (void)
{
  ScWindow *window = open_window ();
  GtkWindow *profile;
  GtkWidget *page;
  g_autoptr(ScOrganization) organization = NULL;

  sc_window_show_organization (window);
  profile = g_object_ref (sc_test_ui_wait_for_window (SC_TYPE_ORGANIZATION_WINDOW));
  sc_test_ui_wait_frames (GTK_WIDGET (profile), 3);
  sc_test_ui_type_into (GTK_WIDGET (profile), "Цель 100\u202f% в учебном году 2024/25 (ДД.ММ.ГГГГ)", "20.11.2024");
  g_assert_cmpint (count (window, "SELECT count (*) FROM academic_year WHERE start_on = '2024-09-01'"
                                  " AND target_on = '2024-11-20'"), ==, 1);
  sc_test_ui_type_into (GTK_WIDGET (profile), "Цель 100\u202f% в учебном году 2024/25 (ДД.ММ.ГГГГ)", "20.11.2025");
  g_assert_cmpint (count (window, "SELECT count (*) FROM academic_year WHERE target_on = '2025-11-20'"), ==, 0);
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (profile), GTK_TYPE_LABEL,
                                     "Дата цели учебного года 2024/25 должна лежать внутри него: с 1 сентября по 31 августа."));
  page = gtk_widget_get_ancestor (sc_test_ui_find (GTK_WIDGET (profile), ADW_TYPE_ENTRY_ROW,
                                                   "Цель 100\u202f% в учебном году 2024/25 (ДД.ММ.ГГГГ)"),
                                  ADW_TYPE_PREFERENCES_PAGE);
  g_assert_nonnull (page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (profile), ADW_PREFERENCES_PAGE (page));
  sc_test_ui_wait_frames (GTK_WIDGET (profile), 3);
  sc_test_ui_screenshot (GTK_WIDGET (profile), "profile-year-target");
  gtk_window_close (profile);
  sc_test_ui_assert_freed (profile);
  organization = sc_organization_load (sc_window_get_database (window), NULL);
  g_assert_cmpint (organization->keep_leavers_months, ==, 12);
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_export_log (void)
{
  ScWindow *window = open_window ();
  ScDatabase *db = sc_window_get_database (window);
  g_autofree char *report = g_build_filename (dir, "otchet-2023-11.xlsx", NULL);
  g_autofree char *summary = g_build_filename (dir, "svod-2023-11.pdf", NULL);
  GtkWindow *log;

  g_assert_true (sc_export_log_add (db, SC_EXPORT_REPORT_XLSX, "2023-11", report, TRUE, FALSE, NULL));
  g_assert_true (sc_export_log_add (db, SC_EXPORT_SUMMARY_PDF, "2023-11", summary, FALSE, TRUE, NULL));
  g_assert_true (sc_export_log_add (db, SC_EXPORT_REPORT_PRINT, "2023-12", NULL, TRUE, FALSE, NULL));
  log = g_object_ref (sc_window_show_export_log (window));
  sc_test_ui_wait_frames (GTK_WIDGET (log), 3);
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (log), ADW_TYPE_ACTION_ROW, "Отчёт за ноябрь 2023\u00a0г. (XLSX)"));
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (log), ADW_TYPE_ACTION_ROW, "Свод региона за ноябрь 2023\u00a0г. (PDF)"));
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (log), ADW_TYPE_ACTION_ROW, "Отчёт за декабрь 2023\u00a0г., печать"));
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (log), GTK_TYPE_LABEL, "Без персональных данных"));
  sc_test_ui_screenshot (GTK_WIDGET (log), "export-log");
  gtk_window_close (log);
  sc_test_ui_assert_freed (log);

  log = g_object_ref (sc_window_show_personal_data (window));
  sc_test_ui_wait_frames (GTK_WIDGET (log), 3);
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (log), GTK_TYPE_LABEL, "Что хранит файл"));
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (log), GTK_TYPE_LABEL, "Сеть"));
  sc_test_ui_screenshot (GTK_WIDGET (log), "personal-data");
  gtk_window_close (log);
  sc_test_ui_assert_freed (log);
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
  g_test_add_func ("/sc/ui/new-year/assistant", test_assistant);
  g_test_add_func ("/sc/ui/new-year/depersonalize", test_depersonalize);
  g_test_add_func ("/sc/ui/new-year/export-log", test_export_log);
  g_test_add_func ("/sc/ui/new-year/profile", test_profile);
  g_test_add_func ("/sc/ui/new-year/reports", test_reports);
  status = g_test_run ();
  sc_test_ui_app_finish (app);
  sc_test_remove_tree (dir);
  g_free (dir);
  g_free (db_path);
  g_free (list_path);
  return status;
}

/* test-academic-year.c — a college over two academic years (issue 20)
 *
 * October 2023: three teachers and three groups (ИС-21 in its last year,
 * ИС-22, ПК-23), each group with a created chat (05.10.2023). Every
 * report from September 2023 to July 2024 is submitted. On 02.09.2024
 * «Новый учебный год…» loads the September 2024 list: ИС-21 graduated
 * (Гусев and Давыдова leave on 30.06.2024), two new groups (ИС-24, ПК-24)
 * and a new teacher arrive. Every figure below is worked out by hand from
 * the two lists:
 *
 *   on 15.11.2023 (the 2023/24 target): teachers 3 active, 2 connected
 *     (Андреева 05.10, Волков 10.10); students 5 active (Гусев, Давыдова,
 *     Жаров, Зуева, Ильин), 4 connected (all but Зуева).
 *   August 2024 before the new year: students 5, connected 4; after it
 *     the graduates left on 30.06: students 3 (Жаров, Зуева, Ильин),
 *     connected 2 (Зуева joins only on 03.09.2024); the newcomers count
 *     from 02.09.2024. Groups with a created chat: 3 before, 2 after
 *     (ИС-21 has no student in August any more).
 *   September 2024: teachers 4 (Кириллова arrives), students 6.
 *   The new year archives the chat of ИС-21 on 02.09.2024 and plans the
 *   chats of ИС-24 and ПК-24 (on VK Messenger by hand; on MAX the platform
 *   makes them: expected, not planned by the coordinator).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-academic-year.h"
#include "sc-chat-template.h"
#include "sc-column-map.h"
#include "sc-new-year.h"
#include "sc-overview.h"
#include "sc-people-import.h"
#include "sc-platform.h"
#include "sc-report-figures.h"
#include "sc-report.h"
#include "sc-table.h"
#include "sc-test-util.h"

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
  "Носов Никита Николаевич;студент;ПК-24;Подключён;02.09.2024";

/* September 2023 to August 2024. */
static const char *const months[] = {
  "2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02",
  "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08",
};
/* Submitted before the new year (August's is due on 05.09.2024). */
#define N_SUBMITTED 11
/* Before the graduates' leaving day: their live figures cannot move. */
#define N_BEFORE_LEAVING 9

typedef struct
{
  char       *dir;
  ScDatabase *db;
} Fixture;

static ScImport *
people_import (const char            *text,
               const ScImportOptions *options)
{
  g_autoptr(ScTable) table = sc_table_new (SC_TABLE_FORMAT_CSV);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScColumnMap) map = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    sc_table_append_row (table, i + 1, g_strsplit (lines[i], ";", -1));
  map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, &error);
  g_assert_no_error (error);
  return sc_import_new (SC_TYPE_PEOPLE_IMPORT, table, map, options);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gboolean on_max = GPOINTER_TO_INT (data);
  ScImportOptions options = { .today = "2023-10-02" };
  g_autoptr(ScImport) import = people_import (october, &options);
  ScChatTemplateOptions groups = { .groups = TRUE };
  g_autoptr(GPtrArray) chats = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = sc_test_make_dir ("sc-academic-year");
  f->db = sc_test_college_new (f->dir, "Колледж связи", NULL);
  g_assert_true (sc_platform_set_first (f->db, on_max ? SC_PLATFORM_MAX : SC_PLATFORM_VK, &error));
  g_assert_no_error (error);
  g_assert_true (sc_import_commit (import, f->db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  chats = sc_chat_template_apply (f->db, &groups, "2023-10-02", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chats->len, ==, 3);
  g_assert_true (sc_database_exec (f->db, "UPDATE chat SET status = 'created', created_on = '2023-10-05'",
                                   &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  sc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
month_json (ScDatabase *db,
            const char *month,
            gboolean    as_submitted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReport) report = NULL;
  g_autoptr(ScReportFigures) figures = NULL;

  if (as_submitted)
    {
      report = sc_report_load (db, month, &error);
      g_assert_no_error (error);
      figures = sc_report_load_figures (db, report, &error);
    }
  else
    figures = sc_report_figures_compute (db, month, &error);
  g_assert_no_error (error);
  return sc_report_figures_to_json (figures);
}

static double
figure (ScDatabase *db,
        const char *month,
        const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (db, month, &error);
  const ScFigure *found;

  g_assert_no_error (error);
  found = sc_report_figures_lookup (figures, code);
  g_assert_nonnull (found);
  return found->value;
}

static ScNewYear *
new_year (void)
{
  ScImportOptions options = { .today = "2024-09-02", .full_list = TRUE, .left_on = "2024-06-30" };
  g_autoptr(ScImport) import = people_import (september, &options);

  return sc_new_year_new (import, "2024-09-01", NULL);
}

static gint64
count (ScDatabase *db,
       const char *sql)
{
  return sc_test_query_int (db, sql);
}

static void
test_years (void)
{
  g_autofree char *start = sc_academic_year_start_of ("2024-08-31");
  g_autofree char *start2 = sc_academic_year_start_of ("2024-09-01");
  g_autofree char *coming = sc_academic_year_coming ("2024-07-15");
  g_autofree char *label = sc_academic_year_label ("2024-09-01");
  g_autofree char *target = sc_academic_year_default_target ("2024-09-01");
  g_autofree char *left = sc_academic_year_default_left_on ("2024-09-01");

  g_assert_cmpstr (start, ==, "2023-09-01");
  g_assert_cmpstr (start2, ==, "2024-09-01");
  g_assert_cmpstr (coming, ==, "2024-09-01");
  g_assert_cmpstr (label, ==, "2024/25");
  g_assert_cmpstr (target, ==, "2024-11-15");
  g_assert_cmpstr (left, ==, "2024-06-30");
  g_assert_null (sc_academic_year_start_of ("2024-02-30"));
}

/* Each year its own target; the default 15 November; editable, inside the
 * year only. */
static void
test_targets (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScAcademicYear) past = sc_academic_year_load (f->db, "2024-05-20", &error);
  g_autoptr(ScAcademicYear) year = NULL;
  g_autoptr(ScAcademicYear) again = NULL;
  g_autoptr(ScOverview) overview = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (past->start_on, ==, "2023-09-01");
  g_assert_cmpstr (past->target_on, ==, "2023-11-15");
  g_assert_false (past->target_set);

  g_assert_false (sc_academic_year_set_target (f->db, "2024-09-01", "2025-09-01", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (sc_academic_year_set_target (f->db, "2024-09-01", "2024-11-20", &error));
  g_assert_no_error (error);
  year = sc_academic_year_load (f->db, "2025-03-01", &error);
  g_assert_cmpstr (year->target_on, ==, "2024-11-20");
  g_assert_true (year->target_set);
  again = sc_academic_year_load (f->db, "2023-12-01", &error);
  g_assert_cmpstr (again->target_on, ==, "2023-11-15");

  /* «Обзор» on 10.09.2024: this year's target, 71 days ahead, and last
   * year's result on its own target day. */
  overview = sc_overview_compute (f->db, "2024-09-10", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (overview->year->target_on, ==, "2024-11-20");
  g_assert_cmpint (overview->days_to_deadline, ==, 71);
  g_assert_cmpint (overview->year_state, ==, SC_ACADEMIC_YEAR_NOT_STARTED);
  g_assert_nonnull (overview->past_year);
  g_assert_cmpstr (overview->past_year->target_on, ==, "2023-11-15");
  g_assert_cmpuint (overview->past_teachers_active, ==, 3);
  g_assert_cmpuint (overview->past_teachers_connected, ==, 2);
  g_assert_cmpuint (overview->past_students_active, ==, 5);
  g_assert_cmpuint (overview->past_students_connected, ==, 4);
}

/* A month of a past year is never overdue; August's report, due in
 * September, is this year's business. */
static void
test_overdue (void)
{
  ScReportMonth may = { "2024-05", FALSE, SC_REPORT_STATUS_DRAFT, "2024-06-05", NULL };
  ScReportMonth august = { "2024-08", FALSE, SC_REPORT_STATUS_DRAFT, "2024-09-05", NULL };
  ScReportMonth submitted = { "2024-08", TRUE, SC_REPORT_STATUS_SUBMITTED, "2024-09-05", "2024-09-04" };

  g_assert_true (sc_overview_is_overdue (&may, "2024-06-10"));
  g_assert_false (sc_overview_is_overdue (&may, "2024-09-10"));
  g_assert_true (sc_overview_is_overdue (&august, "2024-09-10"));
  g_assert_false (sc_overview_is_overdue (&august, "2024-09-05"));
  g_assert_false (sc_overview_is_overdue (&submitted, "2024-09-10"));
}

static void
submit_year (ScDatabase *db)
{
  for (guint i = 0; i < N_SUBMITTED; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *due = sc_report_due_date (months[i], 5);

      g_assert_true (sc_report_submit (db, months[i], due, &error));
      g_assert_no_error (error);
    }
}

static void
test_rollover (Fixture       *f,
               gconstpointer  data)
{
  gboolean on_max = GPOINTER_TO_INT (data);
  g_autoptr(ScNewYear) year = new_year ();
  g_autoptr(ScDatabaseSnapshot) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScOverview) overview = NULL;
  char *submitted[G_N_ELEMENTS (months)] = { NULL };
  char *live[G_N_ELEMENTS (months)] = { NULL };
  GPtrArray *emptied, *old_chats, *new_chats;
  gint64 n_chats = count (f->db, "SELECT count (*) FROM chat");

  submit_year (f->db);
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      submitted[i] = month_json (f->db, months[i], TRUE);
      live[i] = month_json (f->db, months[i], FALSE);
    }
  g_assert_cmpfloat (figure (f->db, "2024-08", "students_total"), ==, 5);
  g_assert_cmpfloat (figure (f->db, "2024-08", "students_connected"), ==, 4);
  g_assert_cmpfloat (figure (f->db, "2024-08", "groups_with_chat"), ==, 3);

  /* The preview changes nothing and tells every step. */
  g_assert_true (sc_new_year_plan (year, f->db, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sc_new_year_get_day (year), ==, "2024-09-02");
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM chat"), ==, n_chats);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM person"), ==, 8);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM person WHERE left_on IS NOT NULL"), ==, 0);
  emptied = sc_new_year_get_emptied_groups (year);
  g_assert_cmpuint (emptied->len, ==, 1);
  g_assert_cmpstr (((ScNewYearGroup *)g_ptr_array_index (emptied, 0))->code, ==, "ИС-21");
  g_assert_cmpuint (((ScNewYearGroup *)g_ptr_array_index (emptied, 0))->students_before, ==, 2);
  old_chats = sc_new_year_get_old_chats (year);
  g_assert_cmpuint (old_chats->len, ==, 1);
  g_assert_cmpstr (((ScNewYearChat *)g_ptr_array_index (old_chats, 0))->title, ==, "Группа ИС-21");
  new_chats = sc_new_year_get_new_chats (year);
  g_assert_cmpuint (new_chats->len, ==, 2);
  g_assert_cmpstr (((ScChatTemplateItem *)g_ptr_array_index (new_chats, 0))->title, ==, "Группа ИС-24");
  g_assert_cmpstr (((ScChatTemplateItem *)g_ptr_array_index (new_chats, 1))->title, ==, "Группа ПК-24");

  /* Done, in one transaction. */
  sc_new_year_commit (year, f->db, &undo, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (undo);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM person WHERE left_on = '2024-06-30'"), ==, 2);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM chat c JOIN study_group g ON g.id = c.group_id"
                                 " WHERE g.code = 'ИС-21' AND c.status = 'archived'"
                                 " AND c.archived_on = '2024-09-02'"), ==, 1);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM chat c JOIN study_group g ON g.id = c.group_id"
                                 " WHERE g.code IN ('ИС-24', 'ПК-24') AND c.status = 'planned'"), ==, 2);
  g_assert_cmpint (count (f->db, on_max
                           ? "SELECT count (*) FROM chat WHERE status = 'planned' AND origin = 'platform'"
                           : "SELECT count (*) FROM chat WHERE status = 'planned' AND origin = 'manual'"),
                   ==, 2);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM academic_year WHERE start_on = '2024-09-01'"
                                 " AND started_on = '2024-09-02' AND target_on = '2024-11-15'"), ==, 1);

  /* Every submitted report exactly as it was; the live figures of the
   * months before the leaving day too. */
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_autofree char *now_submitted = month_json (f->db, months[i], TRUE);
      g_autofree char *now_live = month_json (f->db, months[i], FALSE);

      if (i < N_SUBMITTED)
        g_assert_cmpstr (now_submitted, ==, submitted[i]);
      if (i < N_BEFORE_LEAVING)
        g_assert_cmpstr (now_live, ==, live[i]);
    }
  g_assert_cmpfloat (figure (f->db, "2024-08", "students_total"), ==, 3);
  g_assert_cmpfloat (figure (f->db, "2024-08", "students_connected"), ==, 2);
  g_assert_cmpfloat (figure (f->db, "2024-08", "groups_with_chat"), ==, 2);
  g_assert_cmpfloat (figure (f->db, "2024-09", "teachers_total"), ==, 4);
  g_assert_cmpfloat (figure (f->db, "2024-09", "students_total"), ==, 6);

  overview = sc_overview_compute (f->db, "2024-09-10", &error);
  g_assert_no_error (error);
  g_assert_cmpint (overview->year_state, ==, SC_ACADEMIC_YEAR_STARTED);
  g_assert_cmpstr (overview->year_since, ==, "2024-09-02");
  g_assert_cmpuint (overview->past_students_active, ==, 5);
  g_assert_cmpuint (overview->past_students_connected, ==, 4);

  /* Undo puts the file back as it was. */
  g_assert_true (sc_database_snapshot_mark (undo, f->db, &error));
  g_assert_true (sc_database_snapshot_restore (undo, f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM person WHERE left_on IS NOT NULL"), ==, 0);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM chat WHERE status = 'archived'"), ==, 0);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM chat"), ==, n_chats);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM academic_year WHERE started_on IS NOT NULL"), ==, 0);
  g_assert_cmpfloat (figure (f->db, "2024-08", "students_total"), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_free (submitted[i]);
      g_free (live[i]);
    }
}

/* A college that keeps parents' chats: ИС-21's go to the archive with its
 * group chat, and the new groups get both (4 chats). */
static void
test_parents_chats (Fixture       *f,
                    gconstpointer  data)
{
  ScChatTemplateOptions parents = { .groups = TRUE, .parents = TRUE };
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(ScNewYear) year = new_year ();
  g_autoptr(GError) error = NULL;
  GPtrArray *old_chats, *new_chats;

  added = sc_chat_template_apply (f->db, &parents, "2023-10-02", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, 3);
  g_assert_true (sc_database_exec (f->db, "UPDATE chat SET status = 'created', created_on = '2023-10-06'"
                                          " WHERE kind = 'parents'", &error));
  g_assert_true (sc_new_year_commit (year, f->db, NULL, NULL, &error));
  g_assert_no_error (error);
  old_chats = sc_new_year_get_old_chats (year);
  g_assert_cmpuint (old_chats->len, ==, 2);
  g_assert_cmpstr (((ScNewYearChat *)g_ptr_array_index (old_chats, 1))->title, ==, "Родители группы ИС-21");
  new_chats = sc_new_year_get_new_chats (year);
  g_assert_cmpuint (new_chats->len, ==, 4);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM chat WHERE status = 'archived'"
                                 " AND archived_on = '2024-09-02'"), ==, 2);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM chat c JOIN study_group g ON g.id = c.group_id"
                                 " WHERE g.code IN ('ИС-24', 'ПК-24') AND c.kind = 'parents'"), ==, 2);
}

/* Undo is refused once the file changed after the new year. */
static void
test_undo_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(ScNewYear) year = new_year ();
  g_autoptr(ScDatabaseSnapshot) undo = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_new_year_commit (year, f->db, &undo, NULL, &error));
  g_assert_true (sc_database_snapshot_mark (undo, f->db, &error));
  g_assert_true (sc_academic_year_set_target (f->db, "2024-09-01", "2024-12-01", &error));
  g_assert_false (sc_database_snapshot_restore (undo, f->db, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (count (f->db, "SELECT count (*) FROM person WHERE left_on = '2024-06-30'"), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  sc_test_init (&argc, &argv);
  g_test_add_func ("/academic-year/years", test_years);
  g_test_add_func ("/academic-year/overdue", test_overdue);
  g_test_add ("/academic-year/targets", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_targets, fixture_tear_down);
  g_test_add ("/academic-year/rollover-vk", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_rollover, fixture_tear_down);
  g_test_add ("/academic-year/rollover-max", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_rollover, fixture_tear_down);
  g_test_add ("/academic-year/parents-chats", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_parents_chats, fixture_tear_down);
  g_test_add ("/academic-year/undo-refused", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_undo_refused, fixture_tear_down);
  return g_test_run ();
}

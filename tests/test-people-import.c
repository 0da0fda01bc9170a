/* test-people-import.c — loading a list of people into the database
 *
 * Tables are built in memory (cells separated by ';', one row a line,
 * numbered from 1); the assertions read the database back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "sc-database-private.h"
#include "sc-people.h"
#include "sc-report-figures.h"
#include "sc-people-import.h"
#include "sc-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  ScDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sc_test_make_dir ("sc-people-import");
  f->db = sc_test_college_new (f->dir, "Колледж", &f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  sc_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static ScTable *
table_from_text (const char *text)
{
  ScTable *table = sc_table_new (SC_TABLE_FORMAT_CSV);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' || lines[i + 1] != NULL)
      sc_table_append_row (table, i + 1, g_strsplit (lines[i], ";", -1));
  return table;
}

static ScPeopleImport *
plan_text (ScDatabase            *db,
           const char            *text,
           const ScImportOptions *options)
{
  g_autoptr(ScTable) table = table_from_text (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScColumnMap) map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, &error);
  ScImportOptions defaults = { .today = "2023-11-01" };
  ScPeopleImport *plan;

  g_assert_no_error (error);
  plan = SC_PEOPLE_IMPORT (sc_import_new (SC_TYPE_PEOPLE_IMPORT, table, map,
                                          options ? options : &defaults));
  sc_import_plan (SC_IMPORT (plan), db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return plan;
}

/* Plans and commits; returns the committed plan. */
static ScPeopleImport *
import_text (ScDatabase            *db,
             const char            *text,
             const ScImportOptions *options)
{
  ScPeopleImport *plan = plan_text (db, text, options);
  g_autoptr(GError) error = NULL;

  sc_import_commit (SC_IMPORT (plan), db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_import_is_committed (SC_IMPORT (plan)));
  return plan;
}

#define assert_query_int(db, sql, expected) \
  g_assert_cmpint (sc_test_query_int ((db), (sql)), ==, (expected))

#define assert_query_text(db, sql, expected) \
  G_STMT_START { \
    g_autofree char *value_ = sc_test_query_text ((db), (sql)); \
    g_assert_cmpstr (value_, ==, (expected)); \
  } G_STMT_END

static void
assert_counts (ScPeopleImport *plan,
               guint         added,
               guint         updated,
               guint         unchanged,
               guint         duplicates,
               guint         errors)
{
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ADDED), ==, added);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_UPDATED), ==, updated);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_UNCHANGED), ==, unchanged);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_DUPLICATE), ==, duplicates);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ERROR), ==, errors);
}

/* The status of the person named @last on @date (DESIGN.md §4). */
static char *
status_on (ScDatabase *db,
           const char *last,
           const char *date)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT e.status FROM status_event e JOIN person p ON p.id = e.person_id"
      " WHERE p.last_name = ?1 AND e.on_date <= ?2 ORDER BY e.on_date DESC, e.id DESC LIMIT 1",
      NULL);
  char *status = NULL;

  sqlite3_bind_text (stmt, 1, last, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    status = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return status ? status : g_strdup ("not_invited");
}

static const char students[] =
  "Список студентов ГБПОУ «Колледж»\n"
  "по состоянию на 01.11.2023\n"
  "ФИО;Группа;Отделение;Телефон;Статус\n"
  "Иванов Иван Иванович;ИС-21;Информационные технологии;8 (916) 123-45-67;Подключён\n"
  "Петрова Мария Сергеевна;ИС-21;Информационные технологии;;приглашен\n"
  "Ёлкин Пётр;ЭК-22;Экономика;+7 916 000 00 01;\n";

static void
test_first_import (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(ScPeopleImport) plan = plan_text (f->db, students, NULL);
  const ScPeopleImportRow *row;
  g_autoptr(GError) error = NULL;

  /* The plan writes nothing. */
  assert_counts (plan, 3, 0, 0, 0, 0);
  assert_query_int (f->db, "SELECT count(*) FROM person", 0);
  g_assert_cmpuint (sc_people_import_get_n_new_groups (plan), ==, 2);
  g_assert_cmpuint (sc_people_import_get_n_new_departments (plan), ==, 2);

  row = sc_people_import_get_row (plan, 0);
  g_assert_cmpuint (row->line, ==, 4);
  g_assert_cmpstr (row->last_name, ==, "Иванов");
  g_assert_cmpstr (row->first_name, ==, "Иван");
  g_assert_cmpstr (row->patronymic, ==, "Иванович");
  g_assert_cmpstr (row->category, ==, "student");
  g_assert_cmpstr (row->phone, ==, "+79161234567");
  g_assert_cmpstr (row->status, ==, "joined");
  g_assert_cmpstr (row->status_on, ==, "2023-11-01");
  row = sc_people_import_get_row (plan, 2);
  g_assert_cmpstr (row->last_name, ==, "Ёлкин");
  g_assert_cmpstr (row->patronymic, ==, "");

  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_query_int (f->db, "SELECT count(*) FROM person WHERE category = 'student'", 3);
  assert_query_int (f->db, "SELECT count(*) FROM study_group", 2);
  assert_query_int (f->db, "SELECT count(*) FROM department", 2);
  /* Groups are linked to the row's department. */
  assert_query_text (f->db,
                     "SELECT d.name FROM study_group g JOIN department d ON d.id = g.department_id"
                     " WHERE g.code = 'ЭК-22'", "Экономика");
  assert_query_text (f->db, "SELECT g.code FROM person p JOIN study_group g ON g.id = p.group_id"
                            " WHERE p.last_name = 'Петрова'", "ИС-21");
  assert_query_text (f->db, "SELECT phone FROM person WHERE last_name = 'Ёлкин'", "+79160000001");
  /* «ё» is kept as written. */
  assert_query_text (f->db, "SELECT first_name FROM person WHERE last_name = 'Ёлкин'", "Пётр");
  /* Joined and invited make events; an empty status (not invited) does not. */
  assert_query_int (f->db, "SELECT count(*) FROM status_event", 2);
  assert_query_int (f->db, "SELECT count(*) FROM status_event WHERE source = 'import'"
                           " AND on_date = '2023-11-01'", 2);
  {
    g_autofree char *ivanov = status_on (f->db, "Иванов", "2023-11-01");
    g_autofree char *petrova = status_on (f->db, "Петрова", "2023-11-01");
    g_autofree char *before = status_on (f->db, "Иванов", "2023-10-31");
    g_assert_cmpstr (ivanov, ==, "joined");
    g_assert_cmpstr (petrova, ==, "invited");
    g_assert_cmpstr (before, ==, "not_invited");
  }
}

/* Re-importing the same file changes nothing: no person, no event. */
static void
test_reimport_changes_nothing (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(ScPeopleImport) first = import_text (f->db, students, NULL);
  g_autoptr(ScPeopleImport) second = NULL;
  ScImportOptions later = { .today = "2023-11-20" };
  gint64 people = sc_test_query_int (f->db, "SELECT count(*) FROM person");
  gint64 events = sc_test_query_int (f->db, "SELECT count(*) FROM status_event");
  gint64 groups = sc_test_query_int (f->db, "SELECT count(*) FROM study_group");

  g_assert_cmpint (people, ==, 3);
  /* Even on a later day: the statuses on that day are the same. */
  second = import_text (f->db, students, &later);
  assert_counts (second, 0, 0, 3, 0, 0);
  assert_query_int (f->db, "SELECT count(*) FROM person", people);
  assert_query_int (f->db, "SELECT count(*) FROM status_event", events);
  assert_query_int (f->db, "SELECT count(*) FROM study_group", groups);
  g_assert_cmpuint (sc_people_import_get_n_new_groups (second), ==, 0);
}

static void
test_changed_phone_updates (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(ScPeopleImport) first = import_text (f->db, students, NULL);
  g_autoptr(ScPeopleImport) second = NULL;
  g_autofree char *changed = g_strdup (students);
  const ScPeopleImportRow *row;
  char *at = strstr (changed, "8 (916) 123-45-67");

  memcpy (at, "8 (916) 765-43-21", strlen ("8 (916) 765-43-21"));
  second = import_text (f->db, changed, NULL);
  assert_counts (second, 0, 1, 2, 0, 0);
  row = sc_people_import_get_row (second, 0);
  g_assert_cmpint (row->outcome, ==, SC_IMPORT_ROW_UPDATED);
  g_assert_cmpint (row->person_id, >, 0);
  g_assert_nonnull (strstr (row->message, "Phone"));
  assert_query_text (f->db, "SELECT phone FROM person WHERE last_name = 'Иванов'", "+79167654321");
  assert_query_int (f->db, "SELECT count(*) FROM person", 3);
}

/* An empty cell keeps what is stored. */
static void
test_empty_cell_keeps_value (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(ScPeopleImport) first = import_text (f->db,
      "ФИО;Категория;Телефон;Должность\n"
      "Смирнова Ольга Ивановна;педагог;89161112233;Преподаватель\n", NULL);
  g_autoptr(ScPeopleImport) second = import_text (f->db,
      "ФИО;Категория;Телефон;Должность\n"
      "Смирнова Ольга Ивановна;педагог;;Мастер п/о\n", NULL);

  assert_counts (second, 0, 1, 0, 0, 0);
  assert_query_text (f->db, "SELECT phone FROM person", "+79161112233");
  assert_query_text (f->db, "SELECT position FROM person", "Мастер п/о");
}

static void
test_duplicates_count_once (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(ScPeopleImport) plan = import_text (f->db,
      "Фамилия;Имя;Отчество;Группа\n"
      "Кузнецов;Алексей;Петрович;ТМ-31\n"
      "Кузнецов;Алексей;Петрович;ТМ-31\n"
      " кузнецов ;Алексей;Петрович; ТМ-31\n", NULL);
  const ScPeopleImportRow *row;

  assert_counts (plan, 1, 0, 0, 2, 0);
  row = sc_people_import_get_row (plan, 1);
  g_assert_cmpint (row->outcome, ==, SC_IMPORT_ROW_DUPLICATE);
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_cmpstr (row->message, ==, "duplicate of line 2");
  assert_query_int (f->db, "SELECT count(*) FROM person", 1);
}

/* The same person twice with different data is an error, not a guess. */
static void
test_conflicting_rows (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ScPeopleImport) plan = import_text (f->db,
      "ФИО;Группа;Телефон\n"
      "Кузнецов Алексей;ТМ-31;89160000001\n"
      "Кузнецов Алексей;ТМ-31;89160000002\n", NULL);
  const ScPeopleImportRow *row = sc_people_import_get_row (plan, 1);

  assert_counts (plan, 1, 0, 0, 0, 1);
  g_assert_cmpint (row->outcome, ==, SC_IMPORT_ROW_ERROR);
  g_assert_nonnull (strstr (row->message, "line 2"));
  assert_query_text (f->db, "SELECT phone FROM person", "+79160000001");
}

static void
test_namesakes_in_two_groups (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(ScPeopleImport) plan = import_text (f->db,
      "ФИО;Группа\n"
      "Смирнов Андрей Викторович;ИС-21\n"
      "Смирнов Андрей Викторович;ИС-22\n", NULL);
  g_autoptr(ScPeopleImport) again = NULL;

  assert_counts (plan, 2, 0, 0, 0, 0);
  assert_query_int (f->db, "SELECT count(*) FROM person WHERE last_name = 'Смирнов'", 2);
  assert_query_int (f->db, "SELECT count(DISTINCT group_id) FROM person", 2);
  again = import_text (f->db,
      "ФИО;Группа\n"
      "Смирнов Андрей Викторович;ИС-22\n"
      "Смирнов Андрей Викторович;ИС-21\n", NULL);
  assert_counts (again, 0, 0, 2, 0, 0);
}

/* «Приглашён» on 01.11, then «Подключён» dated 20.11: two events, and on
 * 10.11 the person was invited. */
static void
test_status_history (Fixture       *f,
                     gconstpointer  data)
{
  ScImportOptions nov1 = { .today = "2023-11-01" };
  ScImportOptions nov25 = { .today = "2023-11-25" };
  g_autoptr(ScPeopleImport) first = import_text (f->db,
      "ФИО;Категория;Статус\n"
      "Орлова Нина Павловна;Педагог;Приглашён\n", &nov1);
  g_autoptr(ScPeopleImport) second = import_text (f->db,
      "ФИО;Категория;Статус;Дата подключения\n"
      "Орлова Нина Павловна;Педагог;Подключён;20.11.2023\n", &nov25);
  g_autoptr(ScPeopleImport) third = NULL;
  g_autofree char *on_10 = status_on (f->db, "Орлова", "2023-11-10");
  g_autofree char *on_21 = status_on (f->db, "Орлова", "2023-11-21");
  g_autofree char *on_oct = status_on (f->db, "Орлова", "2023-10-31");

  assert_counts (second, 0, 1, 0, 0, 0);
  assert_query_int (f->db, "SELECT count(*) FROM status_event", 2);
  assert_query_text (f->db, "SELECT group_concat (status || '@' || on_date, ' ')"
                            " FROM (SELECT * FROM status_event ORDER BY id)",
                     "invited@2023-11-01 joined@2023-11-20");
  g_assert_cmpstr (on_10, ==, "invited");
  g_assert_cmpstr (on_21, ==, "joined");
  g_assert_cmpstr (on_oct, ==, "not_invited");
  /* The first file again, later: invited on 25.11 differs from joined. It
   * is a new event; the old ones stay. */
  third = import_text (f->db,
      "ФИО;Категория;Статус\n"
      "Орлова Нина Павловна;Педагог;Приглашён\n", &nov25);
  assert_counts (third, 0, 1, 0, 0, 0);
  assert_query_int (f->db, "SELECT count(*) FROM status_event", 3);
  g_clear_pointer (&on_21, g_free);
  on_21 = status_on (f->db, "Орлова", "2023-11-21");
  g_assert_cmpstr (on_21, ==, "joined");
}

/* A status dated before the latest event compares with the status on
 * that earlier date, not with the latest one. */
static void
test_status_before_latest_event (Fixture       *f,
                                 gconstpointer  data)
{
  ScImportOptions nov1 = { .today = "2023-11-01" };
  ScImportOptions nov10 = { .today = "2023-11-10" };
  g_autoptr(ScPeopleImport) invited = import_text (f->db,
      "ФИО;Категория;Статус\nОрлова Нина;Педагог;Приглашён\n", &nov1);
  g_autoptr(ScPeopleImport) joined = import_text (f->db,
      "ФИО;Категория;Статус;Дата подключения\nОрлова Нина;Педагог;Подключён;20.11.2023\n", &nov1);
  g_autoptr(ScPeopleImport) same = import_text (f->db,
      "ФИО;Категория;Статус\nОрлова Нина;Педагог;Приглашён\n", &nov10);
  g_autoptr(ScPeopleImport) declined = import_text (f->db,
      "ФИО;Категория;Статус\nОрлова Нина;Педагог;Отказ\n", &nov10);

  assert_counts (same, 0, 0, 1, 0, 0);
  assert_counts (declined, 0, 1, 0, 0, 0);
  assert_query_text (f->db, "SELECT group_concat (status || '@' || on_date, ' ')"
                            " FROM (SELECT * FROM status_event ORDER BY id)",
                     "invited@2023-11-01 joined@2023-11-20 declined@2023-11-10");
}

static const char staff_list[] =
  "ФИО;Категория;Группа\n"
  "Андреев Борис;студент;ИС-21\n"
  "Борисова Вера;студент;ИС-21\n"
  "Власов Глеб;студент;ИС-22\n"
  "Григорьева Дарья;педагог;\n";

static void
test_full_roster (Fixture       *f,
                  gconstpointer  data)
{
  ScImportOptions full = { .today = "2024-02-01", .full_list = TRUE, .left_on = "2024-01-31" };
  g_autoptr(ScPeopleImport) first = import_text (f->db, staff_list, NULL);
  g_autoptr(ScPeopleImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  const ScPeopleImportLeaver *leaver;

  /* Students only: Власов is absent; the teacher is not a student and stays. */
  plan = plan_text (f->db,
      "ФИО;Категория;Группа\n"
      "Андреев Борис;студент;ИС-21\n"
      "Борисова Вера;студент;ИС-21\n", &full);
  assert_counts (plan, 0, 0, 2, 0, 0);
  g_assert_cmpuint (sc_import_get_n_leavers (SC_IMPORT (plan)), ==, 1);
  leaver = sc_people_import_get_leaver (plan, 0);
  g_assert_cmpstr (leaver->last_name, ==, "Власов");
  g_assert_cmpstr (leaver->group, ==, "ИС-22");
  g_assert_cmpstr (sc_import_get_left_on (SC_IMPORT (plan)), ==, "2024-01-31");
  /* Planned, not written. */
  assert_query_int (f->db, "SELECT count(*) FROM person WHERE left_on IS NOT NULL", 0);

  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_query_int (f->db, "SELECT count(*) FROM person", 4);
  assert_query_text (f->db, "SELECT left_on FROM person WHERE last_name = 'Власов'", "2024-01-31");
  assert_query_int (f->db, "SELECT count(*) FROM person WHERE left_on IS NOT NULL", 1);

  /* The same file again: nobody else leaves, nothing changes. */
  g_clear_object (&plan);
  plan = import_text (f->db,
      "ФИО;Категория;Группа\n"
      "Андреев Борис;студент;ИС-21\n"
      "Борисова Вера;студент;ИС-21\n", &full);
  assert_counts (plan, 0, 0, 2, 0, 0);
  g_assert_cmpuint (sc_import_get_n_leavers (SC_IMPORT (plan)), ==, 0);

  /* In addition mode nobody leaves. */
  g_clear_object (&plan);
  plan = import_text (f->db, "ФИО;Группа\nАндреев Борис;ИС-21\n", NULL);
  g_assert_cmpuint (sc_import_get_n_leavers (SC_IMPORT (plan)), ==, 0);
  assert_query_int (f->db, "SELECT count(*) FROM person WHERE left_on IS NOT NULL", 1);
}

static void
test_strict_commits_nothing (Fixture       *f,
                             gconstpointer  data)
{
  ScImportOptions strict = { .strict = TRUE, .today = "2023-11-01" };
  g_autoptr(ScPeopleImport) plan = plan_text (f->db,
      "ФИО;Категория;Дата подключения\n"
      "Лебедев Иван;педагог;01.11.2023\n"
      "Морозова Анна;педагог;31.02.2023\n"
      "Новиков Олег;педагог;\n", &strict);
  g_autoptr(GError) error = NULL;
  const ScPeopleImportRow *row = sc_people_import_get_row (plan, 1);

  assert_counts (plan, 2, 0, 0, 0, 1);
  g_assert_cmpint (row->outcome, ==, SC_IMPORT_ROW_ERROR);
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_nonnull (strstr (row->message, "31.02.2023"));
  g_assert_false (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_STRICT);
  g_assert_false (sc_import_is_committed (SC_IMPORT (plan)));
  assert_query_int (f->db, "SELECT count(*) FROM person", 0);
  assert_query_int (f->db, "SELECT count(*) FROM status_event", 0);
  assert_query_int (f->db, "SELECT count(*) FROM department", 0);
}

/* Without strict mode the valid rows commit and the bad ones are listed. */
static void
test_errors_are_listed (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ScPeopleImport) plan = import_text (f->db,
      "Реестр\n"
      "Фамилия;Имя;Категория;Статус;Дата выбытия\n"
      ";Иван;педагог;;\n"
      "Павлов;Иван;учитель;;\n"
      "Романов;Иван;педагог;может быть;\n"
      "Соколов;Иван;педагог;;вчера\n"
      "Тихонов;Иван;;;\n"
      "Уваров;Иван; Педагог ;  подключён ;\n"
      ";;;;\n", NULL);
  struct { guint line; const char *word; } expected[] = {
    { 3, "last name" }, { 4, "учитель" }, { 5, "может быть" }, { 6, "вчера" },
    { 7, "category" },
  };

  assert_counts (plan, 1, 0, 0, 0, 5);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ScPeopleImportRow *row = sc_people_import_get_row (plan, i);
      g_assert_cmpint (row->outcome, ==, SC_IMPORT_ROW_ERROR);
      g_assert_cmpuint (row->line, ==, expected[i].line);
      g_assert_nonnull (strstr (row->message, expected[i].word));
    }
  /* The blank row is not silently dropped: a note counts it. */
  g_assert_cmpuint (sc_import_get_n_rows (SC_IMPORT (plan)), ==, 6);
  g_assert_true (g_strv_contains (sc_import_get_notes (SC_IMPORT (plan)),
                                  "1 row without data was skipped."));
  assert_query_int (f->db, "SELECT count(*) FROM person", 1);
  assert_query_text (f->db, "SELECT category FROM person", "teacher");
  assert_query_text (f->db, "SELECT status FROM status_event", "joined");
}

/* A missing category column: a row with a group is a student; without a
 * group, an error that says to add the column. */
static void
test_no_category_column (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(ScPeopleImport) plan = import_text (f->db,
      "ФИО;Группа;№\n"
      "Яковлев Ян;ИС-21;1\n"
      "Юдина Юлия;;2\n", NULL);
  const ScPeopleImportRow *row = sc_people_import_get_row (plan, 1);
  const char * const *notes = sc_import_get_notes (SC_IMPORT (plan));

  assert_counts (plan, 1, 0, 0, 0, 1);
  g_assert_nonnull (strstr (row->message, "«Категория»"));
  assert_query_text (f->db, "SELECT category FROM person", "student");
  g_assert_true (g_strv_contains (notes, "The column “№” is not loaded."));
}

static ScPeopleImport *
import_table (ScDatabase *db,
              ScTable    *table)
{
  g_autoptr(ScColumnMap) map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, NULL);
  ScImportOptions options = { .today = "2023-11-01" };
  g_autoptr(GError) error = NULL;
  g_autoptr(ScPeopleImport) plan = SC_PEOPLE_IMPORT (sc_import_new (SC_TYPE_PEOPLE_IMPORT, table,
                                                                     map, &options));

  sc_import_plan (SC_IMPORT (plan), db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_import_commit (SC_IMPORT (plan), db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&plan);
}

static void
test_sql_names_verbatim (Fixture       *f,
                         gconstpointer  data)
{
  const char *evil = "'); DROP TABLE person;--";
  g_autoptr(ScTable) table = sc_table_new (SC_TABLE_FORMAT_CSV);
  g_autoptr(ScPeopleImport) plan = NULL;
  g_autoptr(ScPeopleImport) again = NULL;
  const char *header[] = { "Фамилия", "Имя", "Категория", "Примечание", NULL };
  const char *row[] = { evil, "Robert\"", "сотрудник", "%s %n", NULL };

  sc_table_append_row (table, 1, g_strdupv ((char **)header));
  sc_table_append_row (table, 2, g_strdupv ((char **)row));
  plan = import_table (f->db, table);
  again = import_table (f->db, table);
  assert_counts (plan, 1, 0, 0, 0, 0);
  assert_counts (again, 0, 0, 1, 0, 0);
  assert_query_text (f->db, "SELECT last_name FROM person", evil);
  assert_query_text (f->db, "SELECT first_name FROM person", "Robert\"");
  assert_query_text (f->db, "SELECT notes FROM person", "%s %n");
}

/* An external id follows a person through renames and group moves; a file
 * giving codes for the first time finds the people already there. */
static void
test_external_id (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ScPeopleImport) first = import_text (f->db,
      "ФИО;Группа\nЗайцева Ирина;ИС-21\nКозлов Кирилл;ИС-21\n", NULL);
  g_autoptr(ScPeopleImport) codes = import_text (f->db,
      "Код;ФИО;Группа\nA-1;Зайцева Ирина;ИС-21\nA-2;Козлов Кирилл;ИС-21\n", NULL);
  g_autoptr(ScPeopleImport) moved = NULL;

  assert_counts (codes, 0, 2, 0, 0, 0);
  assert_query_int (f->db, "SELECT count(*) FROM person WHERE external_id IS NOT NULL", 2);
  moved = import_text (f->db,
      "Код;ФИО;Группа\nA-1;Лисицына Ирина;ИС-31\nA-2;Козлов Кирилл;ИС-21\n", NULL);
  assert_counts (moved, 0, 1, 1, 0, 0);
  g_assert_cmpstr (sc_people_import_get_row (moved, 0)->message, ==,
                   "Full name: Зайцева Ирина → Лисицына Ирина; Group: ИС-21 → ИС-31");
  assert_query_int (f->db, "SELECT count(*) FROM person", 2);
  assert_query_text (f->db, "SELECT p.last_name || ' ' || g.code FROM person p"
                            " JOIN study_group g ON g.id = p.group_id WHERE external_id = 'A-1'",
                     "Лисицына ИС-31");
}

/* A plan made before another connection changed the database is made again
 * inside the commit's transaction: no person twice. */
static void
test_commit_after_concurrent_change (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(ScPeopleImport) plan = plan_text (f->db,
      "ФИО;Группа\nЕгоров Егор;ИС-21\nЖуков Жан;ИС-21\n", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) other = sc_database_open (f->path, &error);
  g_autoptr(ScPeopleImport) by_other = NULL;

  g_assert_no_error (error);
  by_other = import_text (other, "ФИО;Группа\nЕгоров Егор;ИС-21\n", NULL);
  assert_counts (plan, 2, 0, 0, 0, 0);
  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_counts (plan, 1, 0, 1, 0, 0);
  assert_query_int (f->db, "SELECT count(*) FROM person", 2);
  assert_query_int (f->db, "SELECT count(*) FROM study_group", 1);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *steps = user_data;
  g_array_append_val (steps, fraction);
}

static char *
big_people_list (guint n)
{
  GString *text = g_string_new ("ФИО;Группа;Статус\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "Студент%u Имя%u Отчество;Г-%u;%s\n", i, i, i % 40,
                            i % 3 ? "подключён" : "");
  return g_string_free (text, FALSE);
}

#define INDEXES_SQL \
  "SELECT group_concat (sql, ';') FROM (SELECT sql FROM sqlite_schema" \
  " WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)"

static void
test_progress_and_cancel (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *text = big_people_list (3000);
  g_autoptr(ScTable) table = table_from_text (text);
  g_autoptr(ScColumnMap) map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, NULL);
  ScImportOptions options = { .today = "2023-11-01" };
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScPeopleImport) plan = SC_PEOPLE_IMPORT (sc_import_new (SC_TYPE_PEOPLE_IMPORT, table,
                                                                     map, &options));
  /* 3 000 new people into an empty file: the indexes are built after the
   * rows, and come back exactly as they were, also when cancelled. */
  g_autofree char *indexes = sc_test_query_text (f->db, INDEXES_SQL);

  sc_import_plan (SC_IMPORT (plan), f->db, record_progress, steps, NULL, &error);
  g_assert_nonnull (strstr (indexes, "CREATE INDEX person_category ON person (category, left_on)"));
  g_assert_nonnull (strstr (indexes, "CREATE INDEX status_event_person_date"));
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, >, 2);
  for (guint i = 1; i < steps->len; i++)
    g_assert_cmpfloat (g_array_index (steps, double, i), >=, g_array_index (steps, double, i - 1));
  g_assert_cmpfloat (g_array_index (steps, double, steps->len - 1), ==, 1.0);

  /* Cancelled: nothing written, and the plan can still be committed. */
  g_cancellable_cancel (cancellable);
  g_assert_false (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  assert_query_int (f->db, "SELECT count(*) FROM person", 0);
  assert_query_int (f->db, "PRAGMA foreign_keys", 1);
  assert_query_text (f->db, INDEXES_SQL, indexes);
  g_array_set_size (steps, 0);
  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, record_progress, steps, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (g_array_index (steps, double, steps->len - 1), ==, 1.0);
  assert_query_int (f->db, "SELECT count(*) FROM person", 3000);
  assert_query_int (f->db, "SELECT count(*) FROM study_group", 40);
  assert_query_int (f->db, "SELECT count(*) FROM status_event", 2000);
  assert_query_text (f->db, INDEXES_SQL, indexes);
  assert_query_text (f->db, "PRAGMA integrity_check", "ok");
  /* written through a rollback journal (no one else had the file open),
   * and back in the write-ahead log after */
  assert_query_text (f->db, "PRAGMA journal_mode", "wal");
  /* written without checking each row's references: they all hold, and
   * the connection checks them again */
  assert_query_int (f->db, "SELECT count(*) FROM pragma_foreign_key_check", 0);
  assert_query_int (f->db, "PRAGMA foreign_keys", 1);
  /* the indexes answer: the people of a category through person_category */
  assert_query_int (f->db, "SELECT count(*) FROM person INDEXED BY person_category"
                           " WHERE category = 'student' AND left_on IS NULL", 3000);
}

static void
changed_cb (ScDatabase *db,
            const char *what,
            gpointer    user_data)
{
  char **seen = user_data;

  g_free (*seen);
  *seen = g_strdup (what);
}

static void
test_commit_emits_changed (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *seen = NULL;
  gulong id = g_signal_connect (f->db, "changed", G_CALLBACK (changed_cb), &seen);
  g_autoptr(ScPeopleImport) plan = plan_text (f->db, students, NULL);

  g_assert_null (seen);
  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, NULL));
  g_assert_cmpstr (seen, ==, "people");
  g_signal_handler_disconnect (f->db, id);
}

static void
test_mapping_needs_a_name (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(ScTable) table = table_from_text ("ФИО;Группа\nИванов Иван;ИС-21\n");
  g_autoptr(ScColumnMap) map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, NULL);
  ScImportOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(ScPeopleImport) plan = NULL;

  /* The person unloads the name column. */
  sc_column_map_set_field (map, 0, SC_FIELD_NONE);
  plan = SC_PEOPLE_IMPORT (sc_import_new (SC_TYPE_PEOPLE_IMPORT, table, map, &options));
  g_assert_false (sc_import_plan (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_MAPPING);
  /* …or maps it to the last name: the whole cell is the last name. */
  g_clear_error (&error);
  g_clear_object (&plan);
  sc_column_map_set_field (map, 0, SC_FIELD_LAST_NAME);
  plan = SC_PEOPLE_IMPORT (sc_import_new (SC_TYPE_PEOPLE_IMPORT, table, map, &options));
  sc_import_plan (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sc_people_import_get_row (plan, 0)->last_name, ==, "Иванов Иван");
}

static void
assert_figure (ScDatabase *db,
               const char *month,
               const char *code,
               double      expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (db, month, &error);

  g_assert_no_error (error);
  g_test_message ("%s %s = %g", month, code, sc_report_figures_get (figures, code));
  g_assert_cmpfloat (sc_report_figures_get (figures, code), ==, expected);
}

/* A college set up on 3 December still reports November: its first list of people
 * (of each category) is the starting list and counts in every month. */
static void
test_first_people_list_counts (Fixture       *f,
                          gconstpointer  data)
{
  ScImportOptions nov1 = { .today = "2023-11-01" };
  ScImportOptions dec3 = { .today = "2023-12-03" };
  g_autoptr(ScPeopleImport) teachers = import_text (f->db,
      "ФИО;Категория;Статус\nОрлов Олег;педагог;Подключён\n", &nov1);
  g_autoptr(ScPeopleImport) group = import_text (f->db,
      "ФИО;Группа;Статус;Дата подключения\n"
      "Петров Пётр;ИС-21;;\n"
      "Рябова Рита;ИС-21;Подключён;20.11.2023\n", &dec3);

  /* The students' list is their first, though the teachers' came before. */
  assert_figure (f->db, "2023-11", "teachers_total", 1);
  assert_figure (f->db, "2023-11", "students_total", 2);
  assert_figure (f->db, "2023-11", "students_connected", 1);
  assert_figure (f->db, "2023-10", "students_total", 2);
  assert_query_int (f->db, "SELECT count (*) FROM person WHERE counted_from IS NOT NULL", 0);
}

/* People a later list of people adds count from its day, or from the date the file
 * gives their status when earlier: November keeps its figures. */
static void
test_later_people_count_from_import (Fixture       *f,
                                     gconstpointer  data)
{
  ScImportOptions nov1 = { .today = "2023-11-01" };
  ScImportOptions dec3 = { .today = "2023-12-03" };
  g_autoptr(ScPeopleImport) first = import_text (f->db,
      "ФИО;Группа;Статус\nПетров Пётр;ИС-21;\n", &nov1);
  g_autoptr(ScPeopleImport) later = NULL;

  assert_figure (f->db, "2023-11", "students_total", 1);
  later = import_text (f->db,
      "ФИО;Группа;Статус;Дата подключения\n"
      "Петров Пётр;ИС-21;;\n"
      "Сидоров Семён;ИС-21;;\n"
      "Тарасова Таисия;ИС-21;Подключён;25.11.2023\n", &dec3);
  assert_counts (later, 2, 0, 1, 0, 0);
  /* Сидоров from 3 December; Тарасова from 25 November, the file's date. */
  assert_query_text (f->db, "SELECT counted_from FROM person WHERE last_name = 'Сидоров'", "2023-12-03");
  assert_query_text (f->db, "SELECT counted_from FROM person WHERE last_name = 'Тарасова'", "2023-11-25");
  assert_figure (f->db, "2023-11", "students_total", 2);
  assert_figure (f->db, "2023-11", "students_connected", 1);
  assert_figure (f->db, "2023-10", "students_total", 1);
  assert_figure (f->db, "2023-12", "students_total", 3);
}

/* A person whose row names another group moves (dated), and the months
 * before keep the group they were in; namesakes in two groups stay two. */
static void
test_move_is_dated (Fixture       *f,
                    gconstpointer  data)
{
  ScImportOptions nov1 = { .today = "2023-11-01" };
  ScImportOptions dec3 = { .today = "2023-12-03" };
  g_autoptr(ScPeopleImport) first = import_text (f->db,
      "ФИО;Группа\nУльянова Ульяна;ИС-21\nФомин Фёдор;ИС-21\nФомин Фёдор;ИС-22\n", &nov1);
  g_autoptr(ScPeopleImport) moved = import_text (f->db,
      "ФИО;Группа\nУльянова Ульяна;ИС-22\nФомин Фёдор;ИС-21\nФомин Фёдор;ИС-22\n", &dec3);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) november = NULL;
  g_autoptr(ScReportFigures) december = NULL;

  assert_counts (moved, 0, 1, 2, 0, 0);
  g_assert_cmpstr (sc_people_import_get_row (moved, 0)->message, ==, "Group: ИС-21 → ИС-22");
  assert_query_int (f->db, "SELECT count (*) FROM person", 3);
  assert_query_text (f->db, "SELECT on_date FROM person_move", "2023-12-03");
  november = sc_report_figures_compute (f->db, "2023-11", &error);
  december = sc_report_figures_compute (f->db, "2023-12", &error);
  g_assert_no_error (error);
  /* ИС-21: 2 in November (Ульянова and one Фомин), 1 in December. */
  g_assert_cmpint (((ScReportGroupRow *)november->groups->pdata[0])->students, ==, 2);
  g_assert_cmpint (((ScReportGroupRow *)december->groups->pdata[0])->students, ==, 1);
  g_assert_cmpint (((ScReportGroupRow *)december->groups->pdata[1])->students, ==, 2);
}

/* Name, group, phone and e-mail changed in the window: the same list
 * again finds her (by what it read last time) and changes nothing. */
static void
test_window_edits_survive (Fixture       *f,
                           gconstpointer  data)
{
  static const char list[] = "ФИО;Группа;Телефон;E-mail\nХолодова Хельга;ИС-21;89160000001;\n";
  g_autoptr(ScPeopleImport) first = import_text (f->db, list, NULL);
  g_autoptr(ScPeopleImport) again = NULL;
  g_autoptr(GListStore) people = sc_people_load (f->db, "2023-11-01", NULL);
  g_autoptr(ScPerson) person = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_autoptr(ScPersonRecord) r = sc_person_record_copy (sc_person_get_record (person));
  g_autoptr(GError) error = NULL;

  g_free (r->first_name), r->first_name = g_strdup ("Ольга");
  g_free (r->group_code), r->group_code = g_strdup ("ИС-22");
  g_free (r->phone), r->phone = g_strdup ("+79160000002");
  g_free (r->email), r->email = g_strdup ("olga@example.ru");
  g_assert_cmpint (sc_people_save (f->db, r, &error), ==, r->id);
  again = import_text (f->db, list, NULL);
  assert_counts (again, 0, 0, 1, 0, 0);
  assert_query_int (f->db, "SELECT count (*) FROM person", 1);
  assert_query_text (f->db, "SELECT first_name || ' ' || g.code || ' ' || phone || ' ' || email"
                            " FROM person p JOIN study_group g ON g.id = p.group_id",
                     "Ольга ИС-22 +79160000002 olga@example.ru");
}

/* Two namesakes in other groups and a row in a third: no guess. */
static void
test_ambiguous_move (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ScPeopleImport) first = import_text (f->db,
      "ФИО;Группа\nЦветков Цезарь;ИС-21\nЦветков Цезарь;ИС-22\n", NULL);
  g_autoptr(ScPeopleImport) plan = plan_text (f->db, "ФИО;Группа\nЦветков Цезарь;ИС-31\n", NULL);

  assert_counts (plan, 0, 0, 0, 0, 1);
  g_assert_nonnull (strstr (sc_people_import_get_row (plan, 0)->message, "ИС-21, ИС-22"));
  /* A refused row plans no group. */
  g_assert_cmpuint (sc_people_import_get_n_new_groups (plan), ==, 0);
}

/* A version-7 file: Орлова was listed by an import that read her phone as
 * +79000000001 (no column for the department, an empty patronymic and
 * leaving date); the coordinator changed it in the window since. */
static const char fill_v7[] =
  "INSERT INTO study_group (id, code) VALUES (1, 'ИС-21');"
  "INSERT INTO person (id, last_name, first_name, patronymic, category, group_id, phone)"
  "  VALUES (1, 'Орлова', 'Анна', '', 'student', 1, '+79000000002');"
  "INSERT INTO people_import (id, file_name, format, as_of) VALUES (1, 'список.csv', 'csv', '2023-11-01');"
  "INSERT INTO people_import_read (person_id, import_id, last_name, first_name, patronymic, category,"
  "  group_code, department, position, phone, email, external_id, notes, status, status_on, left_on)"
  "  VALUES (1, 1, 'Орлова', 'Анна', '', 'student', 'ИС-21', NULL, NULL, '+79000000001', NULL, NULL,"
  "  NULL, 'joined', NULL, '');";

static void
remove_migration_copies (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "college.sqlite3.v"))
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);
        g_unlink (file);
      }
}

/* Migration 8 keeps each read whole in one text: the upgraded file still
 * knows what the last import read, so the file repeating the old phone
 * leaves the coordinator's one. */
static void
test_read_from_version_7 (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScPeopleImport) plan = NULL;
  sqlite3 *raw = NULL;

  g_clear_object (&f->db);
  g_unlink (f->path);
  g_assert_true (sc_database_create_at_version (f->path, 7, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, fill_v7, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  f->db = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  remove_migration_copies (f->dir);

  assert_query_text (f->db, "SELECT fields FROM people_import_read WHERE person_id = 1",
                     "12:Орлова8:Анна0:7:student7:ИС-21--12:+79000000001---6:joined-0:");
  plan = import_text (f->db, "Фамилия;Имя;Группа;Телефон\nОрлова;Анна;ИС-21;+79000000001\n", NULL);
  assert_counts (plan, 0, 0, 1, 0, 0);
  assert_query_text (f->db, "SELECT phone FROM person", "+79000000002");
}

/* A read stored before its last field existed ends early: the import
 * takes what it has as the base (the file had no such column), and the
 * coordinator's phone stays. */
static void
test_read_without_last_field (Fixture       *f,
                              gconstpointer  data)
{
  static const char list[] = "Фамилия;Имя;Группа;Телефон\nОрлова;Анна;ИС-21;+79000000001\n";
  g_autoptr(ScPeopleImport) first = import_text (f->db, list, NULL);
  g_autoptr(ScPeopleImport) again = NULL;

  /* "12:Орлова8:Анна0:7:student7:ИС-21--12:+79000000001------" without its
   * last two fields, the status's date and the leaving date */
  g_assert_true (sc_database_exec (f->db, "UPDATE people_import_read SET fields ="
                                          " substr (fields, 1, length (fields) - 2);"
                                          "UPDATE person SET phone = '+79000000002'", NULL));
  again = import_text (f->db, list, NULL);
  assert_counts (again, 0, 0, 1, 0, 0);
  assert_query_text (f->db, "SELECT phone FROM person", "+79000000002");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sc/roster/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("first-import", test_first_import);
  ADD ("reimport-changes-nothing", test_reimport_changes_nothing);
  ADD ("changed-phone-updates", test_changed_phone_updates);
  ADD ("empty-cell-keeps-value", test_empty_cell_keeps_value);
  ADD ("duplicates-count-once", test_duplicates_count_once);
  ADD ("conflicting-rows", test_conflicting_rows);
  ADD ("namesakes-in-two-groups", test_namesakes_in_two_groups);
  ADD ("status-history", test_status_history);
  ADD ("status-before-latest-event", test_status_before_latest_event);
  ADD ("full-roster", test_full_roster);
  ADD ("strict-commits-nothing", test_strict_commits_nothing);
  ADD ("errors-are-listed", test_errors_are_listed);
  ADD ("no-category-column", test_no_category_column);
  ADD ("sql-names-verbatim", test_sql_names_verbatim);
  ADD ("external-id", test_external_id);
  ADD ("commit-after-concurrent-change", test_commit_after_concurrent_change);
  ADD ("progress-and-cancel", test_progress_and_cancel);
  ADD ("commit-emits-changed", test_commit_emits_changed);
  ADD ("mapping-needs-a-name", test_mapping_needs_a_name);
  ADD ("first-roster-counts", test_first_people_list_counts);
  ADD ("later-people-count-from-import", test_later_people_count_from_import);
  ADD ("move-is-dated", test_move_is_dated);
  ADD ("window-edits-survive", test_window_edits_survive);
  ADD ("ambiguous-move", test_ambiguous_move);
  ADD ("read-from-version-7", test_read_from_version_7);
  ADD ("read-without-last-field", test_read_without_last_field);
#undef ADD
  return g_test_run ();
}

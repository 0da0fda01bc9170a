/* test-activity-import.c — loading weekly counts: matching by name, every kind
 * of row error, repeats, re-import, strict mode; then "import-usage"
 * through the built program ($SC_PROGRAM)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "sc-database.h"
#include "sc-report-figures.h"
#include "sc-activity.h"
#include "sc-activity-import.h"
#include "sc-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  ScDatabase *db;
  gint64      ivanova;
  gint64      petrov;
  char       *out;
  char       *err;
} Fixture;

static gint64
add_person (ScDatabase *db,
            const char *last,
            const char *first,
            const char *patronymic,
            const char *category,
            const char *left_on)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT INTO person (last_name, first_name, patronymic, category, left_on)"
      " VALUES (?1, ?2, ?3, ?4, ?5)", NULL);

  g_assert_nonnull (stmt);
  sqlite3_bind_text (stmt, 1, last, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, patronymic, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, category, -1, SQLITE_STATIC);
  if (left_on != NULL)
    sqlite3_bind_text (stmt, 5, left_on, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 5);
  g_assert_true (sc_database_step_done (db, stmt, NULL));
  return sqlite3_last_insert_rowid (sc_database_get_handle (db));
}

/* Teachers: Иванова Алёна Сергеевна, Петров Олег Ильич, two «Смирнов
 * Андрей Петрович», Орлова Вера Павловна (left on 15.11.2023); a student
 * Кузнецов Денис; a staff member Сидорова Нина. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sc_test_make_dir ("sc-activity-import");
  f->db = sc_test_college_new (f->dir, "Колледж", &f->path);
  f->ivanova = add_person (f->db, "Иванова", "Алёна", "Сергеевна", "teacher", NULL);
  f->petrov = add_person (f->db, "Петров", "Олег", "Ильич", "teacher", NULL);
  add_person (f->db, "Смирнов", "Андрей", "Петрович", "teacher", NULL);
  add_person (f->db, "Смирнов", "Андрей", "Петрович", "teacher", NULL);
  add_person (f->db, "Орлова", "Вера", "Павловна", "teacher", "2023-11-15");
  add_person (f->db, "Кузнецов", "Денис", "", "student", NULL);
  add_person (f->db, "Сидорова", "Нина", "", "staff", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  sc_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->out);
  g_free (f->err);
}

static ScTable *
table_from_text (const char *text)
{
  ScTable *table = sc_table_new (SC_TABLE_FORMAT_CSV);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      sc_table_append_row (table, i + 1, g_strsplit (lines[i], ";", -1));
  return table;
}

static ScActivityImport *
plan_text (Fixture    *f,
           const char *text,
           gboolean    strict)
{
  g_autoptr(ScTable) table = table_from_text (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScColumnMap) map = sc_import_type_detect_columns (SC_TYPE_ACTIVITY_IMPORT, table, &error);
  ScImportOptions options = { .strict = strict, .today = "2023-12-10" };
  ScActivityImport *plan;

  g_assert_no_error (error);
  plan = SC_ACTIVITY_IMPORT (sc_import_new (SC_TYPE_ACTIVITY_IMPORT, table, map, &options));
  sc_import_plan (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return plan;
}

static const ScActivityImportRow *
row_at_line (ScActivityImport *plan,
             guint        line)
{
  for (guint i = 0; i < sc_import_get_n_rows (SC_IMPORT (plan)); i++)
    if (sc_activity_import_get_row (plan, i)->line == line)
      return sc_activity_import_get_row (plan, i);
  g_assert_not_reached ();
}

static void
assert_counts (ScActivityImport *plan,
               guint        added,
               guint        updated,
               guint        unchanged,
               guint        duplicates,
               guint        errors)
{
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ADDED), ==, added);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_UPDATED), ==, updated);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_UNCHANGED), ==, unchanged);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_DUPLICATE), ==, duplicates);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ERROR), ==, errors);
}

static const char good[] =
  "Активность педагогов, ноябрь 2023;;;\n"
  "ФИО;Неделя;Сообщений;Звонков\n"
  "ИВАНОВА  Алена Сергеевна;29.11.2023;12;1\n"       /* ё = е, case, spaces; a Wednesday */
  "Петров Олег Ильич;2023-11-20;9;2\n"
  "Иванова Алёна Сергеевна;20.11.2023 – 26.11.2023;10;0\n"
  ";;;\n";

static void
test_import_and_reimport (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ScActivityImport) plan = plan_text (f, good, FALSE);
  g_autoptr(ScActivityImport) again = NULL;
  g_autoptr(GError) error = NULL;
  ScActivityRecord record;
  gboolean found = FALSE;

  assert_counts (plan, 3, 0, 0, 0, 0);
  g_assert_cmpstr (row_at_line (plan, 3)->week_monday, ==, "2023-11-27");
  g_assert_cmpint (row_at_line (plan, 3)->person_id, ==, f->ivanova);
  g_assert_cmpstr (row_at_line (plan, 5)->week_monday, ==, "2023-11-20");
  /* Planning wrote nothing. */
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM usage_week"), ==, 0);
  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM usage_week WHERE source = 'import'"), ==, 3);
  g_assert_true (sc_activity_get (f->db, f->ivanova, "2023-11-27", &record, &found, &error));
  g_assert_true (found);
  g_assert_cmpint (record.messages, ==, 12);
  g_assert_cmpint (record.calls, ==, 1);

  again = plan_text (f, good, FALSE);
  assert_counts (again, 0, 0, 3, 0, 0);
  g_assert_true (sc_import_commit (SC_IMPORT (again), f->db, NULL, NULL, NULL, &error));
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM usage_week"), ==, 3);
}

/* 2 500 rows: a bulk load (a rollback journal, references not checked
 * row by row); the file's references hold after, and the connection is
 * back in its usual state. */
static void
test_bulk (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("ФИО;Неделя;Сообщений;Звонков\n");
  g_autoptr(ScActivityImport) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_database_begin (f->db, &error));
  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *last = g_strdup_printf ("Учитель%u", i);

      add_person (f->db, last, "Анна", "Ивановна", "teacher", NULL);
      for (guint w = 0; w < 5; w++)
        g_string_append_printf (text, "%s Анна Ивановна;%02u.10.2023;%u;%u\n", last,
                                2 + 7 * w, 10 + w, w % 2);
    }
  g_assert_true (sc_database_commit (f->db, &error));
  plan = plan_text (f, text->str, FALSE);
  assert_counts (plan, 2500, 0, 0, 0, 0);
  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM usage_week"), ==, 2500);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM usage_week u JOIN person p"
                                             " ON p.id = u.person_id WHERE p.last_name = 'Учитель499'"), ==, 5);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (sc_test_query_int (f->db, "PRAGMA foreign_keys"), ==, 1);
  /* and references are checked again: a week of no one is refused */
  g_assert_false (sc_database_exec (f->db, "INSERT INTO usage_week (person_id, week_monday,"
                                           " messages, calls) VALUES (99999, '2023-11-06', 1, 1)",
                                    NULL));
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(ScActivityImport) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_activity_set (f->db, f->petrov, "2023-11-20", 9, 0, SC_ACTIVITY_SOURCE_MANUAL, &error));
  plan = plan_text (f, "ФИО;Неделя;Сообщений;Звонков\nПетров Олег Ильич;21.11.2023;9;2\n", FALSE);
  assert_counts (plan, 0, 1, 0, 0, 0);
  g_assert_nonnull (strstr (row_at_line (plan, 2)->message, "0 → 2"));
  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT calls FROM usage_week"), ==, 2);
}

static const char bad[] =
  "ФИО;Неделя;Сообщений;Звонков\n"
  "Неизвестный Пётр Петрович;20.11.2023;10;1\n"    /* 2: unknown */
  "Смирнов Андрей Петрович;20.11.2023;10;1\n"      /* 3: namesakes */
  "Иванова Алёна Сергеевна;20.11.2023;десять;1\n"  /* 4: not a number */
  "Иванова Алёна Сергеевна;27.11.2023;-3;1\n"      /* 5: negative */
  "Кузнецов Денис;20.11.2023;10;1\n"               /* 6: a student */
  "Сидорова Нина;20.11.2023;10;1\n"                /* 7: staff */
  "Орлова Вера Павловна;13.11.2023;10;1\n"         /* 8: fine, left on Wednesday 15.11 */
  "Орлова Вера Павловна;06.11.2023;10;1\n"         /* 9: fine, before she left */
  "Петров Олег Ильич;31.11.2023;10;1\n"            /* 10: not a date */
  "Петров Олег Ильич;20.11.2023;2,5;1\n"           /* 11: not whole */
  "Петров Олег Ильич;11.12.2023;10;1\n"            /* 12: the week has not begun */
  "Петров Олег Ильич;06.11.2023;;1\n"              /* 13: empty */
  "Петров Олег Ильич;13.11.2023;15.0;1\n";         /* 14: fine, 15 */

static void
test_row_errors (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ScActivityImport) plan = plan_text (f, bad, FALSE);
  const char *expected[][2] = {
    { "2", "No teacher" }, { "3", "2 teachers" }, { "4", "not a whole number" },
    { "5", "negative" }, { "6", "not a teacher" }, { "7", "not a teacher" },
    { "10", "not a date" }, { "11", "not a whole number" },
    { "12", "not begun" }, { "13", "is empty" },
  };

  assert_counts (plan, 3, 0, 0, 0, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ScActivityImportRow *row = row_at_line (plan, atoi (expected[i][0]));
      g_test_message ("line %u: %s", row->line, row->message);
      g_assert_cmpint (row->outcome, ==, SC_IMPORT_ROW_ERROR);
      g_assert_nonnull (strstr (row->message, expected[i][1]));
      g_assert_cmpint (row->person_id, ==, 0);
    }
  g_assert_cmpint (row_at_line (plan, 14)->messages, ==, 15);
  g_assert_cmpint (row_at_line (plan, 9)->outcome, ==, SC_IMPORT_ROW_ADDED);
  /* She worked on the Monday and Tuesday of that week: no warning. */
  g_assert_cmpint (row_at_line (plan, 8)->outcome, ==, SC_IMPORT_ROW_ADDED);
  g_assert_null (row_at_line (plan, 8)->warning);
}

/* Four more teachers: Анисимов never left; Белова left on Wednesday
 * 15.11.2023, Волков on Monday 06.11.2023 (the first day of that week),
 * Гусева on Saturday 02.12.2023, after the month's last day. */
static const char leavers[] =
  "ФИО;Неделя;Сообщений;Звонков\n"
  "Анисимов Антон Андреевич;30.10.2023;12;1\n"
  "Анисимов Антон Андреевич;06.11.2023;10;1\n"
  "Анисимов Антон Андреевич;13.11.2023;10;1\n"
  "Анисимов Антон Андреевич;20.11.2023;11;2\n"
  "Анисимов Антон Андреевич;27.11.2023;15;1\n"
  "Белова Бэла Борисовна;06.11.2023;20;2\n"        /* 7: before she left */
  "Белова Бэла Борисовна;13.11.2023;12;1\n"        /* 8: the week she left in */
  "Белова Бэла Борисовна;20.11.2023;5;0\n"         /* 9: after: a warning */
  "Волков Виктор Васильевич;30.10.2023;10;1\n"     /* 10: before */
  "Волков Виктор Васильевич;06.11.2023;10;1\n"     /* 11: he left that Monday: a warning */
  "Гусева Галина Геннадьевна;30.10.2023;10;1\n"
  "Гусева Галина Геннадьевна;06.11.2023;10;1\n"
  "Гусева Галина Геннадьевна;13.11.2023;10;1\n"
  "Гусева Галина Геннадьевна;20.11.2023;10;1\n"
  "Гусева Галина Геннадьевна;27.11.2023;10;1\n"  /* 16: the week she left in, 02.12 */
  "Гусева Галина Геннадьевна;04.12.2023;10;1\n";  /* 17: after: a warning */

static void
add_leaver_teachers (Fixture *f)
{
  add_person (f->db, "Анисимов", "Антон", "Андреевич", "teacher", NULL);
  add_person (f->db, "Белова", "Бэла", "Борисовна", "teacher", "2023-11-15");
  add_person (f->db, "Волков", "Виктор", "Васильевич", "teacher", "2023-11-06");
  add_person (f->db, "Гусева", "Галина", "Геннадьевна", "teacher", "2023-12-02");
}

/* Every row of a known teacher is stored, whenever they left; a week
 * that begins after they left is a warning, which strict mode lets
 * through; and the month's figures follow DESIGN.md §5. */
static void
test_leavers (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ScActivityImport) plan = NULL;
  g_autoptr(ScReportFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  const guint warned[] = { 9, 11, 17 };

  add_leaver_teachers (f);
  plan = plan_text (f, leavers, TRUE);
  assert_counts (plan, 16, 0, 0, 0, 0);
  g_assert_cmpuint (sc_import_count_warnings (SC_IMPORT (plan)), ==, G_N_ELEMENTS (warned));
  for (guint i = 0; i < G_N_ELEMENTS (warned); i++)
    {
      const ScActivityImportRow *row = row_at_line (plan, warned[i]);
      g_assert_nonnull (row->warning);
      g_assert_nonnull (strstr (row->warning, "before this week began"));
    }
  g_assert_null (row_at_line (plan, 8)->warning);
  g_assert_null (row_at_line (plan, 16)->warning);
  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM usage_week"), ==, 16);

  /* November 2023, as of 30.11: active teachers are Иванова, Петров, the
   * two Смирновы, Анисимов and Гусева (Орлова, Белова, Волков left) = 6;
   * weeks 30.10, 06.11, 13.11, 20.11, 27.11 = 5. Анисимов and Гусева meet
   * the norm every week: 2 a week, 2 in all weeks, 2 / 6 = 33.3 %.
   * Messages 12+10+10+11+15 + 5·10 = 108, calls 1+1+1+2+1 + 5 = 11;
   * per teacher and week 108 / 30 = 3.6 and 11 / 30 = 0.4. */
  figures = sc_report_figures_compute (f->db, "2023-11", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (sc_report_figures_get (figures, "teachers_total"), ==, 6);
  for (guint i = 0; figures->weeks[i] != NULL; i++)
    {
      g_autofree char *code = g_strdup_printf ("week_%s_teachers_meeting_norm", figures->weeks[i]);
      g_assert_cmpfloat (sc_report_figures_get (figures, code), ==, 2);
    }
  g_assert_cmpfloat (sc_report_figures_get (figures, "teachers_norm_all_weeks"), ==, 2);
  g_assert_cmpfloat (sc_report_figures_get (figures, "teachers_norm_all_weeks_pct"), ==, 33.3);
  g_assert_cmpfloat (sc_report_figures_get (figures, "messages_total"), ==, 108);
  g_assert_cmpfloat (sc_report_figures_get (figures, "calls_total"), ==, 11);
  g_assert_cmpfloat (sc_report_figures_get (figures, "avg_messages_per_teacher_week"), ==, 3.6);
  g_assert_cmpfloat (sc_report_figures_get (figures, "avg_calls_per_teacher_week"), ==, 0.4);
}

static void
test_repeats (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ScActivityImport) plan = plan_text (f,
      "ФИО;Неделя;Сообщений;Звонков\n"
      "Иванова Алёна Сергеевна;20.11.2023;10;1\n"
      "Иванова Алёна Сергеевна;22.11.2023;10;1\n"   /* same week, same counts */
      "Петров Олег Ильич;20.11.2023;10;1\n"
      "Петров Олег Ильич;26.11.2023;11;1\n",        /* same week, other counts */
      FALSE);
  g_autoptr(GError) error = NULL;

  assert_counts (plan, 1, 0, 0, 1, 2);
  g_assert_nonnull (strstr (row_at_line (plan, 3)->message, "2"));
  g_assert_nonnull (strstr (row_at_line (plan, 4)->message, "5"));
  g_assert_nonnull (strstr (row_at_line (plan, 5)->message, "4"));
  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM usage_week"), ==, 1);
}

static void
test_strict (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(ScActivityImport) plan = plan_text (f, bad, TRUE);
  g_autoptr(GError) error = NULL;

  g_assert_false (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_STRICT);
  g_assert_false (sc_import_is_committed (SC_IMPORT (plan)));
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM usage_week"), ==, 0);
}

static void
test_missing_column (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ScTable) table = table_from_text ("ФИО;Неделя;Сообщений\nПетров Олег Ильич;20.11.2023;3\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScColumnMap) map = sc_import_type_detect_columns (SC_TYPE_ACTIVITY_IMPORT, table, &error);
  ScImportOptions options = { 0 };
  g_autoptr(ScActivityImport) plan = NULL;

  g_assert_no_error (error);
  plan = SC_ACTIVITY_IMPORT (sc_import_new (SC_TYPE_ACTIVITY_IMPORT, table, map, &options));
  g_assert_false (sc_import_plan (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_MAPPING);
}

/* ---- the program --------------------------------------------------------- */

/* Runs the program with --db; what it printed is kept in f->out, f->err. */
static int
run (Fixture    *f,
     const char *first,
     ...)
{
  g_auto(ScTestRun) result = { 0 };
  va_list args;

  va_start (args, first);
  sc_test_run_valist (&result, f->path, first, args);
  va_end (args);
  g_free (f->out);
  f->out = g_steal_pointer (&result.out);
  g_free (f->err);
  f->err = g_steal_pointer (&result.err);
  return result.status;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *csv = sc_test_write_file (f->dir, "usage.csv",
      "ФИО,Неделя,Сообщений,Звонков\r\n"
      "Иванова Алёна Сергеевна,20.11.2023,12,1\r\n"
      "Смирнов Андрей Петрович,20.11.2023,10,1\r\n");
  g_autoptr(JsonObject) summary = NULL;
  JsonObject *first_error;

  g_clear_object (&f->db);   /* the program opens the file itself */

  g_assert_cmpint (run (f, "import-usage", csv, "--dry-run", "--json", NULL), ==, 0);
  summary = sc_test_parse_json (f->out);
  g_assert_cmpint (json_object_get_int_member (summary, "added"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "skipped"), ==, 1);
  g_assert_true (json_object_get_boolean_member (summary, "dry_run"));
  g_assert_false (json_object_get_boolean_member (summary, "committed"));
  first_error = json_array_get_object_element (json_object_get_array_member (summary, "errors"), 0);
  g_assert_cmpint (json_object_get_int_member (first_error, "line"), ==, 3);

  /* Strict: exit 1, a one-line reason, nothing saved. */
  g_assert_cmpint (run (f, "import-usage", csv, "--strict", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "strict"));
  g_assert_cmpint (run (f, "import-usage", csv, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "Added: 1"));
  g_assert_nonnull (strstr (f->out, "line 3:"));
  g_assert_cmpint (run (f, "import-usage", csv, "--json", NULL), ==, 0);
  g_clear_pointer (&summary, json_object_unref);
  summary = sc_test_parse_json (f->out);
  g_assert_cmpint (json_object_get_int_member (summary, "unchanged"), ==, 1);
  g_assert_true (json_object_get_boolean_member (summary, "committed"));

  /* Bad activity: 2; an unreadable file: 1. */
  g_assert_cmpint (run (f, "import-usage", NULL), ==, 2);
  g_assert_cmpint (run (f, "import-usage", csv, "--bogus", NULL), ==, 2);
  g_assert_cmpint (run (f, "import-usage", "/nonexistent/usage.csv", NULL), ==, 1);

  f->db = sc_database_open (f->path, NULL);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT messages FROM usage_week"), ==, 12);
}

/* The command line lists the warnings and still loads with --strict. */
static void
test_leavers_cli (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_autoptr(JsonObject) summary = NULL;
  JsonArray *warnings;

  add_leaver_teachers (f);
  csv = sc_test_write_file (f->dir, "leavers.csv", leavers);
  g_clear_object (&f->db);
  g_assert_cmpint (run (f, "import-usage", csv, "--strict", "--json", NULL), ==, 0);
  summary = sc_test_parse_json (f->out);
  g_assert_cmpint (json_object_get_int_member (summary, "added"), ==, 16);
  g_assert_cmpint (json_object_get_int_member (summary, "skipped"), ==, 0);
  g_assert_true (json_object_get_boolean_member (summary, "committed"));
  warnings = json_object_get_array_member (summary, "warnings");
  g_assert_cmpuint (json_array_get_length (warnings), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (warnings, 0), "line"), ==, 9);
  g_assert_cmpint (run (f, "import-usage", csv, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "Warnings (these rows are loaded):"));
  g_assert_nonnull (strstr (f->out, "line 17:"));
  f->db = sc_database_open (f->path, NULL);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM usage_week"), ==, 16);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sc/usage-import/import-and-reimport", test_import_and_reimport);
  ADD ("/sc/usage-import/update", test_update);
  ADD ("/sc/usage-import/bulk", test_bulk);
  ADD ("/sc/usage-import/row-errors", test_row_errors);
  ADD ("/sc/usage-import/repeats", test_repeats);
  ADD ("/sc/usage-import/strict", test_strict);
  ADD ("/sc/usage-import/missing-column", test_missing_column);
  ADD ("/sc/usage-import/cli", test_cli);
  ADD ("/sc/usage-import/leavers", test_leavers);
  ADD ("/sc/usage-import/leavers-cli", test_leavers_cli);
#undef ADD

  return g_test_run ();
}

/* test-demo.c — the demonstration college: the same seed gives the same
 * file, its figures look like a college's, its names are Russian, the
 * default demo replaces only a demo, its people imports, and the verb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sc-demo.h"
#include "sc-organization.h"
#include "sc-report-figures.h"
#include "sc-report.h"
#include "sc-people-import.h"
#include "sc-table-reader.h"
#include "sc-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sc_test_make_dir ("sc-demo");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static ScDatabase *
make_demo (Fixture    *f,
           const char *name,
           guint       n_people,
           guint32     seed)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  ScDemoOptions options;
  ScDatabase *db;

  sc_demo_options_init (&options);
  options.n_people = n_people;
  options.seed = seed;
  db = sc_demo_create (path, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static void
append_table (sqlite3    *handle,
              const char *table,
              GString    *out)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", table);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_string_append_printf (out, "== %s\n", table);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *)sqlite3_column_text (stmt, i);
          g_string_append_printf (out, "%s|", text ? text : "NULL");
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
}

/* Every row of every table, in key order. */
static char *
dump (ScDatabase *db)
{
  sqlite3 *handle = sc_database_get_handle (db);
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " ORDER BY name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >=, 9);
  for (guint i = 0; i < tables->len; i++)
    append_table (handle, g_ptr_array_index (tables, i), out);
  return g_string_free (out, FALSE);
}

static void
test_same_seed_same_file (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ScDatabase) a = make_demo (f, "a.sqlite3", SC_DEMO_DEFAULT_PEOPLE, 1);
  g_autoptr(ScDatabase) b = make_demo (f, "b.sqlite3", SC_DEMO_DEFAULT_PEOPLE, 1);
  g_autoptr(ScDatabase) c = make_demo (f, "c.sqlite3", SC_DEMO_DEFAULT_PEOPLE, 2);
  g_autofree char *dump_a = dump (a);
  g_autofree char *dump_b = dump (b);
  g_autofree char *dump_c = dump (c);

  g_assert_cmpuint (strlen (dump_a), >, 100000);
  g_assert_cmpstr (dump_a, ==, dump_b);
  g_assert_cmpstr (dump_a, !=, dump_c);
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ScDatabase) db = make_demo (f, "demo.sqlite3", SC_DEMO_DEFAULT_PEOPLE, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (db, "2023-11", &error);
  double teachers, students, groups, with_chat, norm;

  g_assert_no_error (error);
  teachers = sc_report_figures_get (figures, "teachers_connected_pct");
  students = sc_report_figures_get (figures, "students_connected_pct");
  groups = sc_report_figures_get (figures, "groups_total");
  with_chat = sc_report_figures_get (figures, "groups_with_chat");
  norm = sc_report_figures_get (figures, "week_2023-11-13_teachers_meeting_norm");
  g_test_message ("teachers %.1f %%, students %.1f %%, groups %g of %g with a chat, %g meet the norm",
                  teachers, students, with_chat, groups, norm);
  g_assert_cmpfloat (teachers, >=, 80);
  g_assert_cmpfloat (teachers, <=, 100);
  g_assert_cmpfloat (students, >=, 60);
  g_assert_cmpfloat (students, <=, 99);
  g_assert_cmpfloat (with_chat, <, groups);
  g_assert_cmpfloat (with_chat, >, groups * 0.7);
  /* about 8 % teachers, most of them meeting the norm, some not */
  g_assert_cmpfloat (sc_report_figures_get (figures, "teachers_total"), >=, 80);
  g_assert_cmpfloat (sc_report_figures_get (figures, "teachers_total"), <=, 110);
  g_assert_cmpfloat (norm, >, sc_report_figures_get (figures, "teachers_total") / 2);
  g_assert_cmpfloat (norm, <, sc_report_figures_get (figures, "teachers_total"));
}

static void
test_people (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(ScDatabase) db = make_demo (f, "demo.sqlite3", SC_DEMO_DEFAULT_PEOPLE, 1);

  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person"), ==, SC_DEMO_DEFAULT_PEOPLE);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE category = 'parent'"), ==, 0);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE category = 'staff'"
                                          " AND position = 'Директор'"), ==, 1);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE category = 'staff'"
                                          " AND position LIKE 'Заместитель директора%'"), >=, 2);
  /* male and female forms, «ё», patronymics of both kinds */
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE last_name LIKE '%ова'"
                                          " AND patronymic LIKE '%вна'"), >, 100);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE last_name LIKE '%ов'"
                                          " AND patronymic LIKE '%вич'"), >, 100);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE patronymic LIKE '%евич'"
                                          " OR patronymic LIKE '%евна'"), >, 50);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE last_name LIKE '%ов'"
                                          " AND patronymic LIKE '%вна'"), ==, 0);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE last_name || first_name"
                                          " || patronymic LIKE '%ё%'"), >, 50);
  /* a few namesakes */
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM (SELECT 1 FROM person GROUP BY last_name,"
                                          " first_name, patronymic HAVING count (*) > 1)"), >=, 2);
  /* every group has a code like «ИС-21», a course and a teacher as curator */
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM study_group g JOIN person c ON c.id = g.curator_id"
                                          " WHERE c.category = 'teacher' AND g.course BETWEEN 1 AND 4"
                                          " AND g.code GLOB '*-2[0-3]'"), ==,
                   sc_test_query_int (db, "SELECT count (*) FROM study_group"));
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM department"), ==, 4);
}

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ScDatabase) db = make_demo (f, "demo.sqlite3", SC_DEMO_DEFAULT_PEOPLE, 1);

  g_assert_cmpint (sc_test_query_int (db, "SELECT min (on_date) >= '2023-10-01' AND max (on_date) <= '2023-12-31'"
                                  " FROM status_event"), ==, 1);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM status_event WHERE status = 'invited'"
                                  " AND on_date < '2023-11-01'"), >, 900);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (DISTINCT substr (on_date, 1, 7)) FROM status_event"
                                  " WHERE status = 'joined'"), ==, 3);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM status_event WHERE status = 'declined'"
                                  " AND reason_code = 'no_smartphone' AND channel = 'sms'"), >, 0);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM status_event WHERE status = 'declined'"
                                  " AND reason_code = 'other' AND reason = 'отказался'"), >, 0);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM status_event WHERE recorded_at NOT LIKE '2023-%'"), ==, 0);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE left_on IS NOT NULL"), >, 5);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE left_on IS NOT NULL AND"
                                  " (category != 'student' OR left_on NOT BETWEEN '2023-11-01' AND '2023-12-31')"), ==, 0);
}

static void
test_profile_chats_activity_reports (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(ScDatabase) db = make_demo (f, "demo.sqlite3", SC_DEMO_DEFAULT_PEOPLE, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScOrganization) organization = sc_organization_load (db, &error);
  g_autoptr(ScReport) november = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (organization->order_number, ==, "45");
  g_assert_cmpstr (organization->order_date, ==, "2023-11-10");
  g_assert_cmpstr (organization->head_position, ==, "Директор");
  g_assert_cmpstr (organization->coordinator_name, !=, "");
  g_assert_true (sc_demo_is_demo (db));
  /* seen as of its own last day of data; editing the profile keeps it */
  g_assert_cmpstr (organization->demo_today, ==, SC_DEMO_TODAY);
  g_free (organization->order_number);
  organization->order_number = g_strdup ("46");
  g_assert_true (sc_organization_save (db, organization, &error));
  g_clear_pointer (&organization, sc_organization_free);
  organization = sc_organization_load (db, &error);
  g_assert_cmpstr (organization->order_number, ==, "46");
  g_assert_cmpstr (organization->demo_today, ==, SC_DEMO_TODAY);

  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM chat WHERE status = 'created'"
                                          " AND invite_link LIKE 'https://sferum.ru/?call_link=%'"
                                          " AND created_on BETWEEN '2023-10-01' AND '2023-12-31'"), >, 30);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM chat WHERE kind = 'group' AND status = 'planned'"), >, 0);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM chat WHERE kind = 'administration'"
                                          " AND admin_person_id IS NOT NULL"), ==, 1);

  /* every teacher, every ISO week from 04.09 to 25.12.2023 */
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM usage_week"), ==,
                   17 * sc_test_query_int (db, "SELECT count (*) FROM person WHERE category = 'teacher'"));
  g_assert_cmpint (sc_test_query_int (db, "SELECT min (week_monday) = '2023-09-04' AND max (week_monday) = '2023-12-25'"
                                          " FROM usage_week"), ==, 1);

  november = sc_report_load (db, "2023-11", &error);
  g_assert_no_error (error);
  g_assert_cmpint (november->status, ==, SC_REPORT_STATUS_SUBMITTED);
  g_assert_cmpstr (november->submitted_on, ==, "2023-12-03");
  g_assert_nonnull (strstr (november->problems, "нет смартфона"));
  g_assert_cmpint (sc_test_query_int (db, "SELECT status = 'draft' FROM report WHERE month = '2023-12'"), ==, 1);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM report WHERE updated_at NOT LIKE '2023-%'"), ==, 0);
}

static void
test_refuses_existing_file (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "taken.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;
  g_autofree char *contents = NULL;
  ScDemoOptions options;

  g_file_set_contents (path, "не трогать", -1, &error);
  g_assert_no_error (error);
  sc_demo_options_init (&options);
  db = sc_demo_create (path, &options, &error);
  g_assert_null (db);
  g_assert_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_EXISTS);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "не трогать");
}

static char *
default_demo_path (void)
{
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = sc_demo_create_default (&error);
  g_assert_no_error (error);
  g_assert_true (sc_demo_is_demo (db));
  return g_strdup (sc_database_get_path (db));
}

static void
test_default_replaces_only_a_demo (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *beside = NULL;
  g_autoptr(ScDatabase) college = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("XDG_DATA_HOME", f->dir, TRUE);
  first = default_demo_path ();
  g_assert_true (g_str_has_prefix (first, f->dir));
  g_assert_true (g_str_has_suffix (first, "/sferum-coordinator/demo.sqlite3"));
  again = default_demo_path ();
  g_assert_cmpstr (again, ==, first);

  /* a real college under the demo's name is kept; the demo goes beside it */
  g_unlink (first);
  college = sc_database_create (first, "ГБПОУ «Настоящий колледж»", &error);
  g_assert_no_error (error);
  g_clear_object (&college);
  beside = default_demo_path ();
  g_assert_true (g_str_has_suffix (beside, "/sferum-coordinator/demo-2.sqlite3"));
  college = sc_database_open (first, &error);
  g_assert_no_error (error);
  g_assert_false (sc_demo_is_demo (college));
}

static void
test_people_list_imports (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->dir, "roster.csv", NULL);
  g_autofree char *path = g_build_filename (f->dir, "college.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_create (path, "Колледж", &error);
  g_autoptr(ScTable) table = NULL;
  g_autoptr(ScColumnMap) map = NULL;
  g_autoptr(ScPeopleImport) plan = NULL;
  ScImportOptions people_list_options = { .today = "2023-12-29" };
  ScDemoOptions options;

  g_assert_no_error (error);
  sc_demo_options_init (&options);
  options.n_people = 500;
  g_assert_true (sc_demo_write_people (&options, csv, "WINDOWS-1251", &error));
  g_assert_no_error (error);
  table = sc_table_read_file (csv, NULL, &error);
  g_assert_no_error (error);
  map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, &error);
  g_assert_no_error (error);
  plan = SC_PEOPLE_IMPORT (sc_import_new (SC_TYPE_PEOPLE_IMPORT, table, map,
                                          &people_list_options));
  sc_import_plan (SC_IMPORT (plan), db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ERROR), ==, 0);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ADDED) +
                    sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_DUPLICATE), ==, 500);
  g_assert_true (sc_import_commit (SC_IMPORT (plan), db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE category = 'teacher'"), ==, 40);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person WHERE last_name = 'Фёдоров'"
                                          " OR last_name LIKE '%ёва'"), >, 0);
}

/* Runs the program's demo verb; returns the exit status. */
static int
run (const char *db_path,
     ...)
{
  g_auto(ScTestRun) result = { 0 };
  va_list args;

  va_start (args, db_path);
  sc_test_run_valist (&result, db_path, "demo", args);
  va_end (args);
  if (result.status != 0)
    g_assert_cmpuint (strlen (result.err), >, 0);
  return result.status;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *a = g_build_filename (f->dir, "a.sqlite3", NULL);
  g_autofree char *b = g_build_filename (f->dir, "b.sqlite3", NULL);
  g_autofree char *c = g_build_filename (f->dir, "c.sqlite3", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "bad.sqlite3", NULL);
  g_autoptr(ScDatabase) db_a = NULL, db_b = NULL, db_c = NULL;
  g_autofree char *dump_a = NULL, *dump_b = NULL, *dump_c = NULL;

  g_assert_cmpint (run (a, "--people", "300", NULL), ==, 0);
  g_assert_cmpint (run (b, "--people", "300", "--seed", "1", NULL), ==, 0);
  g_assert_cmpint (run (c, "--people", "300", "--seed", "7", NULL), ==, 0);
  g_assert_cmpint (run (a, NULL), ==, 1);                     /* exists */
  g_assert_cmpint (run (bad, "--people", "12", NULL), ==, 2); /* too few */
  g_assert_cmpint (run (bad, "--seed", "x", NULL), ==, 2);
  g_assert_cmpint (run (bad, "extra", NULL), ==, 2);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  db_a = sc_database_open (a, NULL);
  db_b = sc_database_open (b, NULL);
  db_c = sc_database_open (c, NULL);
  g_assert_cmpint (sc_test_query_int (db_a, "SELECT count (*) FROM person"), ==, 300);
  dump_a = dump (db_a);
  dump_b = dump (db_b);
  dump_c = dump (db_c);
  g_assert_cmpstr (dump_a, ==, dump_b);
  g_assert_cmpstr (dump_a, !=, dump_c);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sc/demo/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("same-seed-same-file", test_same_seed_same_file);
  ADD ("figures", test_figures);
  ADD ("people", test_people);
  ADD ("history", test_history);
  ADD ("profile-chats-activity-reports", test_profile_chats_activity_reports);
  ADD ("refuses-existing-file", test_refuses_existing_file);
  ADD ("default-replaces-only-a-demo", test_default_replaces_only_a_demo);
  ADD ("roster-imports", test_people_list_imports);
  ADD ("cli", test_cli);
#undef ADD
  return g_test_run ();
}

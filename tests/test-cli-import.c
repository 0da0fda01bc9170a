/* test-cli-import.c — "import-roster" through the built program
 *
 * Runs $SC_PROGRAM on a Windows-1251 semicolon CSV with a title row,
 * checks the exit codes (0 / 1 / 2), the --json summary and the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sc-database.h"
#include "sc-test-util.h"

typedef struct
{
  char *dir;
  char *db;
  char *csv;
  char *out;    /* the last run's stdout and stderr */
  char *err;
} Fixture;

static const char people_list[] =
  "Список студентов ГБПОУ «Колледж» на 01.11.2023;;;;;\r\n"
  "ФИО;Группа;Отделение;Телефон;Статус;№\r\n"
  "Иванов Иван Иванович;ИС-21;Информационные технологии;8 (916) 123-45-67;Подключён;1\r\n"
  "\"Петрова Мария; Сергеевна\";ИС-21;Информационные технологии;;приглашён;2\r\n"
  "Сидоров Олег;;;;;3\r\n"
  "Ёлкин Пётр;ЭК-22;Экономика;;да;4\r\n"
  "Ёлкин Пётр;ЭК-22;Экономика;;да;5\r\n";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ScDatabase) db = NULL;

  f->dir = sc_test_make_dir ("sc-cli-import");
  db = sc_test_college_new (f->dir, "Колледж", &f->db);
  f->csv = sc_test_write_cp1251 (f->dir, "students.csv", people_list);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sc_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->csv);
  g_free (f->out);
  g_free (f->err);
}

/* Runs the program with --db and the arguments (NULL-ended); returns the
 * exit status, and keeps what it printed in f->out and f->err. */
static int
run (Fixture    *f,
     const char *first,
     ...)
{
  g_auto(ScTestRun) result = { 0 };
  va_list args;

  va_start (args, first);
  sc_test_run_valist (&result, f->db, first, args);
  va_end (args);
  g_free (f->out);
  f->out = g_steal_pointer (&result.out);
  g_free (f->err);
  f->err = g_steal_pointer (&result.err);
  return result.status;
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open (f->db, &error);

  g_assert_no_error (error);
  return sc_test_query_int (db, sql);
}

static void
assert_summary (JsonObject *summary,
                gint64      added,
                gint64      updated,
                gint64      unchanged,
                gint64      duplicates,
                gint64      skipped)
{
  g_assert_cmpint (json_object_get_int_member (summary, "added"), ==, added);
  g_assert_cmpint (json_object_get_int_member (summary, "updated"), ==, updated);
  g_assert_cmpint (json_object_get_int_member (summary, "unchanged"), ==, unchanged);
  g_assert_cmpint (json_object_get_int_member (summary, "duplicates"), ==, duplicates);
  g_assert_cmpint (json_object_get_int_member (summary, "skipped"), ==, skipped);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(JsonObject) summary = NULL;
  JsonArray *errors;
  JsonObject *error;

  g_assert_cmpint (run (f, "import-roster", f->csv, "--dry-run", "--json", NULL), ==, 0);
  summary = sc_test_parse_json (f->out);
  assert_summary (summary, 3, 0, 0, 1, 1);
  g_assert_true (json_object_get_boolean_member (summary, "dry_run"));
  g_assert_false (json_object_get_boolean_member (summary, "committed"));
  g_assert_cmpint (json_object_get_int_member (summary, "left"), ==, 0);
  errors = json_object_get_array_member (summary, "errors");
  g_assert_cmpuint (json_array_get_length (errors), ==, 1);
  error = json_array_get_object_element (errors, 0);
  g_assert_cmpint (json_object_get_int_member (error, "line"), ==, 5);
  g_assert_nonnull (strstr (json_object_get_string_member (error, "reason"), "«Категория»"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM person"), ==, 0);
}

static void
test_import_and_reimport (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(JsonObject) first = NULL;
  g_autoptr(JsonObject) second = NULL;

  g_assert_cmpint (run (f, "import-roster", f->csv, "--json", NULL), ==, 0);
  first = sc_test_parse_json (f->out);
  assert_summary (first, 3, 0, 0, 1, 1);
  g_assert_true (json_object_get_boolean_member (first, "committed"));
  g_assert_false (json_object_get_boolean_member (first, "dry_run"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM person"), ==, 3);
  /* The quoted cell with a semicolon, decoded from Windows-1251. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM person WHERE last_name = 'Петрова'"
                             " AND first_name = 'Мария;' AND patronymic = 'Сергеевна'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM person WHERE last_name = 'Ёлкин'"
                             " AND first_name = 'Пётр'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM person WHERE phone = '+79161234567'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM status_event"), ==, 3);

  g_assert_cmpint (run (f, "import-roster", f->csv, "--json", NULL), ==, 0);
  second = sc_test_parse_json (f->out);
  assert_summary (second, 0, 0, 3, 1, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM person"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM status_event"), ==, 3);
}

static void
test_human_output (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_cmpint (run (f, "import-roster", f->csv, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "Added: 3, updated: 0, unchanged: 0, duplicates: 1, errors: 1"));
  g_assert_nonnull (strstr (f->out, "Windows-1251"));
  g_assert_nonnull (strstr (f->out, "«;»"));
  g_assert_nonnull (strstr (f->out, "header on line 2"));
  g_assert_nonnull (strstr (f->out, "«ФИО» → Full name"));
  g_assert_nonnull (strstr (f->out, "«№» → Not loaded"));
  g_assert_nonnull (strstr (f->out, "line 5: "));
}

static void
test_strict (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(JsonObject) summary = NULL;

  g_assert_cmpint (run (f, "import-roster", f->csv, "--strict", "--json", NULL), ==, 1);
  summary = sc_test_parse_json (f->out);
  g_assert_false (json_object_get_boolean_member (summary, "committed"));
  g_assert_nonnull (strstr (f->err, "strict"));
  g_assert_null (strchr (strchr (f->err, '\n') + 1, '\n'));  /* one line */
  g_assert_cmpint (count (f, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM study_group"), ==, 0);
}

static void
test_full_roster (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *fewer = sc_test_write_file (f->dir, "fewer.csv",
                                               "ФИО;Группа\nИванов Иван Иванович;ИС-21\n");
  g_autoptr(JsonObject) summary = NULL;

  g_assert_cmpint (run (f, "import-roster", f->csv, NULL), ==, 0);
  g_assert_cmpint (run (f, "import-roster", fewer, "--full-roster", "--left-on", "31.01.2024",
                        "--json", NULL), ==, 0);
  summary = sc_test_parse_json (f->out);
  g_assert_cmpint (json_object_get_int_member (summary, "left"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM person"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM person WHERE left_on = '2024-01-31'"), ==, 2);
}

/* A workbook as Excel users make it: a title, real date cells, phones as
 * numbers. */
static char *
write_workbook (const char *dir)
{
  char *path = g_build_filename (dir, "teachers.xlsx", NULL);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, NULL);
  lxw_format *date_format = workbook_add_format (workbook);
  lxw_datetime joined = { 2023, 11, 20, 0, 0, 0 };
  const char *header[] = { "Фамилия", "Имя", "Отчество", "Роль", "Телефон", "Статус",
                           "Дата подключения" };

  format_set_num_format (date_format, "dd.mm.yyyy");
  worksheet_write_string (sheet, 0, 0, "Педагогические работники", NULL);
  for (guint col = 0; col < G_N_ELEMENTS (header); col++)
    worksheet_write_string (sheet, 1, col, header[col], NULL);
  worksheet_write_string (sheet, 2, 0, "Орлова", NULL);
  worksheet_write_string (sheet, 2, 1, "Нина", NULL);
  worksheet_write_string (sheet, 2, 2, "Павловна", NULL);
  worksheet_write_string (sheet, 2, 3, "Мастер п/о", NULL);
  worksheet_write_number (sheet, 2, 4, 89161234567.0, NULL);
  worksheet_write_string (sheet, 2, 5, "Подключён", NULL);
  worksheet_write_datetime (sheet, 2, 6, &joined, date_format);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *xlsx = write_workbook (f->dir);
  g_autoptr(JsonObject) summary = NULL;

  g_assert_cmpint (run (f, "import-roster", xlsx, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "XLSX"));
  g_assert_nonnull (strstr (f->out, "header on row 2"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM person WHERE category = 'teacher'"
                             " AND phone = '+79161234567'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM status_event WHERE status = 'joined'"
                             " AND on_date = '2023-11-20'"), ==, 1);
  g_assert_cmpint (run (f, "import-roster", xlsx, "--json", NULL), ==, 0);
  summary = sc_test_parse_json (f->out);
  assert_summary (summary, 0, 0, 1, 0, 0);
}

static void
test_bad_usage (Fixture       *f,
                gconstpointer  data)
{
  g_assert_cmpint (run (f, "import-roster", NULL), ==, 2);
  g_assert_cmpint (run (f, "import-roster", f->csv, f->csv, NULL), ==, 2);
  g_assert_cmpint (run (f, "import-roster", f->csv, "--frobnicate", NULL), ==, 2);
  g_assert_cmpint (run (f, "import-roster", f->csv, "--full-roster", NULL), ==, 2);
  g_assert_cmpint (run (f, "import-roster", f->csv, "--left-on", "31.01.2024", NULL), ==, 2);
  g_assert_cmpint (run (f, "import-roster", f->csv, "--full-roster", "--left-on", "вчера",
                        NULL), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (run (f, "import-roster", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "--full-roster"));
}

static void
test_failed_jobs (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  g_autofree char *headless = sc_test_write_file (f->dir, "headless.csv",
                                                  "Иванов;Иван\nПетров;Пётр\n");
  g_autofree char *not_db = sc_test_write_file (f->dir, "notes.txt", "just some text\n");

  g_assert_cmpint (run (f, "import-roster", missing, NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "missing.csv"));
  g_assert_cmpint (run (f, "import-roster", headless, NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "«Фамилия»"));
  g_assert_nonnull (strstr (f->err, "«ФИО»"));
  g_free (f->db);
  f->db = g_strdup (not_db);
  g_assert_cmpint (run (f, "import-roster", f->csv, NULL), ==, 1);
  g_assert_cmpstr (f->out, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sc/cli/import-roster/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
  ADD ("dry-run", test_dry_run);
  ADD ("import-and-reimport", test_import_and_reimport);
  ADD ("human-output", test_human_output);
  ADD ("strict", test_strict);
  ADD ("full-roster", test_full_roster);
  ADD ("xlsx", test_xlsx);
  ADD ("bad-usage", test_bad_usage);
  ADD ("failed-jobs", test_failed_jobs);
#undef ADD
  return g_test_run ();
}

/* test-report-cli.c — `sferum-coordinator report` as a user runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "sc-report.h"
#include "test-report-fixture.h"

static char *
out_path (Fixture    *f,
          const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *xlsx = out_path (f, "r.xlsx");
  g_auto(ScTestRun) run = { 0 };

  sc_test_run (&run, f->path, "report", "--month", "2023-13", "--xlsx", xlsx, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "2023-13"));
  sc_test_run_clear (&run);
  sc_test_run (&run, f->path, "report", "--month", "ноябрь", "--json", NULL);
  g_assert_cmpint (run.status, ==, 2);
  sc_test_run_clear (&run);
  sc_test_run (&run, f->path, "report", "--xlsx", xlsx, NULL);
  g_assert_cmpint (run.status, ==, 2);
  sc_test_run_clear (&run);
  sc_test_run (&run, f->path, "report", "--month", "2023-11", NULL);
  g_assert_cmpint (run.status, ==, 2);
  sc_test_run_clear (&run);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
}

static JsonObject *
parse_figures (JsonParser *parser,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "month"), ==, "2023-11");
  g_assert_cmpstr (json_object_get_string_member (root, "as_of"), ==, "2023-11-30");
  return json_object_get_object_member (root, "figures");
}

static gint64
count_reports (Fixture *f)
{
  sqlite3_stmt *stmt;
  gint64 n;

  sqlite3_prepare_v2 (sc_database_get_handle (f->db), "SELECT count (*) FROM report", -1, &stmt, NULL);
  sqlite3_step (stmt);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (f->db, "2023-11", &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *xlsx = out_path (f, "ноябрь.xlsx");
  g_autofree char *pdf = out_path (f, "ноябрь.pdf");
  g_autofree char *xlsx_temp = g_strconcat (xlsx, ".tmp", NULL);
  JsonObject *object;
  g_auto(ScTestRun) run = { 0 };

  sc_test_run (&run, f->path, "report", "--month", "2023-11", "--xlsx", xlsx, "--pdf", pdf,
               "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  object = parse_figures (parser, run.out);
  g_assert_cmpuint (json_object_get_size (object), ==, figures->figures->len);
  for (guint i = 0; i < figures->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (figures->figures, i);
      g_assert_cmpfloat (json_object_get_double_member (object, figure->code), ==, figure->value);
    }
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (xlsx_temp, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_reports (f), ==, 0);   /* exporting writes nothing */
  sc_test_run_clear (&run);
}

static void
test_failed_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "missing", "r.xlsx", NULL);
  g_auto(ScTestRun) run = { 0 };

  sc_test_run (&run, f->path, "report", "--month", "2023-11", "--xlsx", xlsx, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "sferum-coordinator: "));
  g_assert_nonnull (strchr (run.err, '\n'));
  g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, strlen (run.err) - 1);   /* one line */
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  sc_test_run_clear (&run);
}

/* A submitted report exports the figures it was submitted with. */
static void
test_frozen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  g_auto(ScTestRun) run = { 0 };

  g_assert_true (sc_report_submit (f->db, "2023-11", "2023-12-04", &error));
  fixture_person (f->db, "Зимин", "Лев", "", "teacher", 0, NULL);
  sc_test_run (&run, f->path, "report", "--month", "2023-11", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  object = parse_figures (parser, run.out);
  g_assert_cmpfloat (json_object_get_double_member (object, "teachers_total"), ==, 5);
  g_assert_true (json_object_get_boolean_member (json_node_get_object (json_parser_get_root (parser)),
                                                 "frozen"));
  sc_test_run_clear (&run);
}

/* Each detail the document would print blank is named on stderr; the file
 * is written all the same. */
static void
test_warnings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScOrganization) organization = sc_organization_load (f->db, &error);
  g_autofree char *xlsx = out_path (f, "r.xlsx");
  g_auto(ScTestRun) run = { 0 };

  sc_test_run (&run, f->path, "report", "--month", "2023-11", "--xlsx", xlsx, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  /* The fixture has signatories but no INN and no executor. */
  g_assert_nonnull (strstr (run.err, "warning: the college's INN is not filled in"));
  g_assert_nonnull (strstr (run.err, "warning: the executor's name is not filled in"));
  g_assert_nonnull (strstr (run.err, "warning: the executor's phone is not filled in"));
  g_assert_null (strstr (run.err, "head's name"));
  g_assert_null (strstr (run.err, "addressee"));
  sc_test_run_clear (&run);

  g_free (organization->inn), organization->inn = g_strdup ("7707083893");
  g_free (organization->executor_name), organization->executor_name = g_strdup ("Смирнов Олег Викторович");
  g_free (organization->executor_phone), organization->executor_phone = g_strdup ("89635664264");
  g_assert_true (sc_organization_save (f->db, organization, &error));
  g_assert_no_error (error);
  sc_test_run (&run, f->path, "report", "--month", "2023-11", "--xlsx", xlsx, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.err, "is not filled in"));
  sc_test_run_clear (&run);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sc/report/cli/usage", Fixture, NULL, fixture_set_up, test_usage, fixture_tear_down);
  g_test_add ("/sc/report/cli/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/sc/report/cli/failed", Fixture, NULL, fixture_set_up, test_failed_export, fixture_tear_down);
  g_test_add ("/sc/report/cli/frozen", Fixture, NULL, fixture_set_up, test_frozen, fixture_tear_down);
  g_test_add ("/sc/report/cli/warnings", Fixture, NULL, fixture_set_up, test_warnings, fixture_tear_down);
  return g_test_run ();
}

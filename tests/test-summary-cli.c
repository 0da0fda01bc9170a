/* test-summary-cli.c — `sferum-coordinator summarize` as a ministry clerk
 * runs it, and `demo --seed` making colleges that can be told apart
 *
 * The colleges' files come from the program itself (`demo --seed S`, then
 * `report --json --xlsx`); the totals expected are worked out here from
 * those JSON figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-demo.h"
#include "sc-organization.h"
#include "test-summary-fixture.h"

#define N_COLLEGES 3

static char *dir;
static char *folder;        /* the three colleges' November reports */
static College *colleges[N_COLLEGES];

static void
summarize (Run               *run,
           const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, "summarize");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);
  run_program (run, (const char *const *)argv->pdata);
}

static char *
out_path (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
assert_usage (const char *const *args)
{
  Run run = { 0 };

  summarize (&run, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "sferum-coordinator summarize: ") ||
                 g_str_has_prefix (run.err, "sferum-coordinator summarize"));
  run_clear (&run);
}

static void
test_usage (void)
{
  g_autofree char *xlsx = out_path ("usage.xlsx");
  const char *const no_month[] = { "--xlsx", xlsx, folder, NULL };
  const char *const bad_month[] = { "--month", "ноябрь", "--xlsx", xlsx, folder, NULL };
  const char *const no_xlsx[] = { "--month", MONTH, folder, NULL };
  const char *const no_files[] = { "--month", MONTH, "--xlsx", xlsx, NULL };
  const char *const unknown[] = { "--month", MONTH, "--xlsx", xlsx, "--db-less", folder, NULL };

  assert_usage (no_month);
  assert_usage (bad_month);
  assert_usage (no_xlsx);
  assert_usage (no_files);
  assert_usage (unknown);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
}

/* The JSON's figures are the colleges' own, added up here. */
static void
test_json (void)
{
  g_autofree char *xlsx = out_path ("json.xlsx");
  const char *const args[] = { "--month", MONTH, "--xlsx", xlsx, "--json", folder, NULL };
  g_autoptr(GHashTable) totals = expected_totals (colleges, N_COLLEGES);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *figures;
  Run run = { 0 };

  summarize (&run, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (root), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (root, "month"), ==, MONTH);
  g_assert_cmpint (json_object_get_int_member (root, "colleges"), ==, N_COLLEGES);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "problems")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "missing")), ==, 0);
  figures = json_object_get_object_member (root, "figures");
  g_assert_cmpuint (json_object_get_size (figures), ==, colleges[0]->codes->len);
  for (guint i = 0; i < colleges[0]->codes->len; i++)
    {
      const char *code = g_ptr_array_index (colleges[0]->codes, i);
      g_assert_cmpfloat (json_object_get_double_member (figures, code), ==, total_of (totals, code));
    }
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  run_clear (&run);
}

/* A folder as it comes by mail: the colleges, a second copy, a report of
 * October, a letter named .xlsx; and a list with a college that sent
 * nothing. Each is one line on stderr; the summary is written, and again
 * into the same folder without reading itself. */
static char *
messy_folder (char **expected)
{
  g_autofree char *messy = g_build_filename (dir, "почта", NULL);
  g_autofree char *october = NULL;
  g_autoptr(College) old = NULL;
  const char *copies[] = { colleges[0]->xlsx, colleges[1]->xlsx, colleges[2]->xlsx, colleges[0]->xlsx };
  const char *names[] = { "1.xlsx", "2.xlsx", "3.xlsx", "1-копия.xlsx" };

  g_mkdir_with_parents (messy, 0700);
  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    {
      g_autofree char *contents = NULL;
      g_autofree char *path = g_build_filename (messy, names[i], NULL);
      gsize len;

      g_assert_true (g_file_get_contents (copies[i], &contents, &len, NULL));
      g_assert_true (g_file_set_contents (path, contents, len, NULL));
    }
  old = college_new (dir, FIRST_SEED, "2023-10");
  october = g_build_filename (messy, "октябрь.xlsx", NULL);
  g_assert_cmpint (g_rename (old->xlsx, october), ==, 0);
  {
    g_autofree char *letter = g_build_filename (messy, "письмо.xlsx", NULL);
    g_assert_true (g_file_set_contents (letter, "см. вложение", -1, NULL));
  }
  *expected = write_expected (dir, "Наименование;ИНН\r\nДемонстрационный колледж № 2;\r\n"
                                   "Демонстрационный колледж № 3;\r\nДемонстрационный колледж № 4;\r\n"
                                   "Колледж, который не прислал;6950000011\r\n");
  return g_steal_pointer (&messy);
}

static guint
count_lines (const char *text,
             const char *needle)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += strstr (lines[i], needle) != NULL ? 1 : 0;
  return n;
}

static void
test_problems (void)
{
  g_autofree char *expected = NULL;
  g_autofree char *messy = messy_folder (&expected);
  g_autofree char *xlsx = g_build_filename (messy, "свод.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (messy, "свод.pdf", NULL);
  const char *const args[] = { "--month", MONTH, "--xlsx", xlsx, "--pdf", pdf, "--expected", expected, messy, NULL };
  const char *const strict[] = { "--month", MONTH, "--xlsx", xlsx, "--pdf", pdf, "--expected", expected,
                                 "--strict", messy, NULL };
  Run run = { 0 };

  summarize (&run, strict);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_nonnull (strstr (run.err, "sferum-coordinator: "));
  run_clear (&run);

  for (guint pass = 0; pass < 2; pass++)   /* the second run finds its own output in the folder */
    {
      summarize (&run, args);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
      g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpuint (count_lines (run.err, "sferum-coordinator summarize: "), ==, 4);
      g_assert_cmpuint (count_lines (run.err, "октябрь.xlsx: "), ==, 1);
      g_assert_cmpuint (count_lines (run.err, "письмо.xlsx: "), ==, 1);
      g_assert_cmpuint (count_lines (run.err, "1.xlsx: ") + count_lines (run.err, "1-копия.xlsx: "), ==, 1);
      g_assert_cmpuint (count_lines (run.err, "Колледж, который не прислал"), ==, 1);
      g_assert_cmpuint (count_lines (run.err, "свод.xlsx"), ==, 0);
      g_assert_cmpuint (count_lines (run.out, xlsx), ==, 1);
      run_clear (&run);
    }
}

/* Nothing that can be counted: nothing is written. */
static void
test_nothing_counted (void)
{
  g_autofree char *empty = g_build_filename (dir, "пусто", NULL);
  g_autofree char *letter = g_build_filename (empty, "письмо.xlsx", NULL);
  g_autofree char *xlsx = out_path ("nothing.xlsx");
  g_autofree char *missing = g_build_filename (dir, "нет-такой-папки", NULL);
  const char *const args[] = { "--month", MONTH, "--xlsx", xlsx, empty, missing, NULL };
  Run run = { 0 };

  g_mkdir_with_parents (empty, 0700);
  g_assert_true (g_file_set_contents (letter, "текст", -1, NULL));
  summarize (&run, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.err, "письмо.xlsx: "), ==, 1);
  g_assert_cmpuint (count_lines (run.err, "нет-такой-папки: "), ==, 1);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  run_clear (&run);
}

/* Each seed its own college: «Демонстрационный колледж № S», a valid ИНН
 * of its own; still a demonstration; the default demo keeps its name. */
static void
test_demo_seed (void)
{
  g_autoptr(GHashTable) inns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *default_db = out_path ("default-demo.sqlite3");
  const char *const demo[] = { "--db", default_db, "demo", "--people", "60", NULL };
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(ScOrganization) organization = NULL;
  g_autoptr(GError) error = NULL;
  Run run = { 0 };

  for (guint i = 0; i < N_COLLEGES; i++)
    {
      g_autoptr(ScDatabase) college = sc_database_open (colleges[i]->db, &error);
      g_autoptr(ScOrganization) own = NULL;
      g_autofree char *name = g_strdup_printf ("Демонстрационный колледж № %u", colleges[i]->seed);

      g_assert_no_error (error);
      own = sc_organization_load (college, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (own->full_name, ==, name);
      g_assert_cmpuint (strlen (own->inn), ==, 10);
      g_assert_true (sc_organization_inn_is_valid (own->inn));
      g_assert_false (g_hash_table_contains (inns, own->inn));
      g_hash_table_add (inns, g_strdup (own->inn));
      g_assert_true (sc_demo_is_demo (college));
    }
  run_program (&run, demo);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  db = sc_database_open (default_db, &error);
  g_assert_no_error (error);
  organization = sc_organization_load (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (organization->full_name, ==, SC_DEMO_COLLEGE_NAME);
  g_assert_cmpstr (organization->inn, ==, "6950123450");
  g_assert_false (g_hash_table_contains (inns, organization->inn));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("sc-summary-cli-XXXXXX", NULL);
  folder = g_build_filename (dir, "ноябрь", NULL);
  g_mkdir_with_parents (folder, 0700);
  for (guint i = 0; i < N_COLLEGES; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *moved = NULL;

      colleges[i] = college_new (dir, FIRST_SEED + i, MONTH);
      name = g_path_get_basename (colleges[i]->xlsx);
      moved = g_build_filename (folder, name, NULL);
      g_assert_cmpint (g_rename (colleges[i]->xlsx, moved), ==, 0);
      g_free (colleges[i]->xlsx);
      colleges[i]->xlsx = g_steal_pointer (&moved);
    }
  g_test_add_func ("/summary-cli/usage", test_usage);
  g_test_add_func ("/summary-cli/json", test_json);
  g_test_add_func ("/summary-cli/problems", test_problems);
  g_test_add_func ("/summary-cli/nothing-counted", test_nothing_counted);
  g_test_add_func ("/summary-cli/demo-seed", test_demo_seed);
  status = g_test_run ();
  for (guint i = 0; i < N_COLLEGES; i++)
    college_free (colleges[i]);
  remove_tree (dir);
  g_free (folder);
  g_free (dir);
  return status;
}

/* test-disk-full.c — an import and an export that run out of room fail
 * cleanly: exit 1, a message that says to free space, the database as it
 * was, no half-written file
 *
 * The child runs under a file size limit (RLIMIT_FSIZE) with SIGXFSZ
 * ignored, so its writes past the limit fail with EFBIG, as they would
 * with ENOSPC on a full disk; tests/test-disk-full.sh does the same on a
 * real full file system where one can be mounted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>

#include "sc-test-util.h"

typedef struct
{
  char *dir;
  char *db;
  char *csv;
} Fixture;

typedef struct
{
  int   status;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { GPOINTER_TO_SIZE (data), GPOINTER_TO_SIZE (data) };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* Runs the program with files limited to @max_bytes (0: no limit). */
static void
run_limited (Run                *run,
             gsize               max_bytes,
             const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *)sc_test_program ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                max_bytes > 0 ? limit_file_size : NULL, GSIZE_TO_POINTER (max_bytes),
                NULL, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = 0;
  if (!g_spawn_check_wait_status (wait_status, &error))
    {
      g_assert_true (error->domain == G_SPAWN_EXIT_ERROR);
      run->status = error->code;
    }
}

/* What the file holds, as SQL: a large import takes the file into a
 * rollback journal and gives it back to the write-ahead log, which
 * rewrites the header's journal-mode and change-counter bytes even when
 * the import itself is rolled back. */
static char *
content_checksum (const char *path)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *argv[] = { "sqlite3", "-readonly", path, ".dump", NULL };

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "INSERT INTO organization"));
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, out, -1);
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

static void
write_people (const char *path,
              const char *prefix,
              guint       n)
{
  g_autoptr(GString) csv = g_string_new ("Фамилия;Имя;Категория;Группа;Статус\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (csv, "%s%u;Иван;%s;ИС-%u;%s\n", prefix, i,
                            i % 40 == 0 ? "педагог" : "студент", i % 100,
                            i % 3 ? "подключён" : "нет");
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
}

static int
count_people (const char *path)
{
  return sc_test_file_query_int (path, "SELECT count(*) FROM person");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *small = NULL;
  g_auto(Run) run = { 0 };

  f->dir = sc_test_make_dir ("sc-full");
  f->db = g_build_filename (f->dir, "college.sqlite3", NULL);
  f->csv = g_build_filename (f->dir, "big.csv", NULL);
  small = g_build_filename (f->dir, "small.csv", NULL);
  write_people (small, "Старожилов", 50);
  write_people (f->csv, "Новиков", 2000);
  run_limited (&run, 0, (const char *[]) { "--db", f->db, "init", "--name", "Колледж", NULL });
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_limited (&run, 0, (const char *[]) { "--db", f->db, "import-roster", small, NULL });
  g_assert_cmpint (run.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sc_test_remove_tree (f->dir);
  g_free (f->csv);
  g_free (f->db);
  g_free (f->dir);
}

/* Exit 1 and one line of reason on stderr. (libxlsxwriter prints its own
 * "[ERROR]" lines, and LeakSanitizer its summary, around it.) */
static void
assert_failed_with (const Run  *run,
                    const char *what_to_do)
{
  g_auto(GStrv) lines = g_strsplit (run->err, "\n", -1);
  const char *reason = NULL;

  g_test_message ("exit %d: %s", run->status, run->err);
  g_assert_cmpint (run->status, ==, 1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "sferum-coordinator: "))
      {
        g_assert_null (reason);
        reason = lines[i];
      }
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, what_to_do));
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *before = content_checksum (f->db);
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };
  gsize limit = file_size (f->db) + 64 * 1024;

  run_limited (&run, limit, (const char *[]) { "--db", f->db, "import-roster", f->csv, NULL });
  assert_failed_with (&run, "Free some space");
  after = content_checksum (f->db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count_people (f->db), ==, 50);
  run_clear (&run);
  run_limited (&run, 0, (const char *[]) { "--db", f->db, "check", NULL });
  g_assert_cmpint (run.status, ==, 0);
  /* with room again, the same import goes through */
  run_clear (&run);
  run_limited (&run, 0, (const char *[]) { "--db", f->db, "import-roster", f->csv, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (count_people (f->db), ==, 2050);
}

static void
assert_no_file (const char *path)
{
  g_autofree char *temp = g_strconcat (path, ".tmp", NULL);

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (temp, G_FILE_TEST_EXISTS));
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "report.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *before = sc_test_file_checksum (f->db);
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };
  sqlite3 *reader = NULL;

  /* Another reader keeps the WAL index open, as the window would, so the
   * limit bites on the export files, not on opening the database. */
  g_assert_cmpint (sqlite3_open (f->db, &reader), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (reader, "SELECT count(*) FROM person", NULL, NULL, NULL), ==, SQLITE_OK);

  run_limited (&run, 8 * 1024, (const char *[]) { "--db", f->db, "report", "--month", "2023-11",
                                                  "--xlsx", xlsx, NULL });
  assert_failed_with (&run, "free space");
  assert_no_file (xlsx);
  run_clear (&run);
  run_limited (&run, 8 * 1024, (const char *[]) { "--db", f->db, "report", "--month", "2023-11",
                                                  "--pdf", pdf, NULL });
  assert_failed_with (&run, "free space");
  assert_no_file (pdf);
  sqlite3_close (reader);

  after = sc_test_file_checksum (f->db);
  g_assert_cmpstr (before, ==, after);
  run_clear (&run);
  run_limited (&run, 0, (const char *[]) { "--db", f->db, "report", "--month", "2023-11",
                                           "--xlsx", xlsx, "--pdf", pdf, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_EXISTS) && g_file_test (pdf, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sc/disk-full/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/sc/disk-full/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  return g_test_run ();
}

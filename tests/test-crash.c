/* test-crash.c — a killed import or export leaves the last committed state
 *
 * Runs `import-roster` of a 20 000-row list, and `report --xlsx --pdf`, as
 * child processes and kills them with SIGKILL at moments spread over a
 * whole run. After each kill: `check` passes, the database holds all of the
 * import or none of it, the data from before is intact, and each export
 * file is either absent or complete.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include <sqlite3.h>

#include "sc-table-reader.h"
#include "sc-test-util.h"

#define N_BASE 60          /* people there before the big import */
/* Rows of the big import. Under AddressSanitizer the program runs three
 * times slower or more: a shorter list keeps the test within a minute,
 * and the kills still spread over a whole run. */
#if defined(__SANITIZE_ADDRESS__)
#define N_BIG 3000
#else
#define N_BIG 20000
#endif
#define N_IMPORT_KILLS 30
#define N_EXPORT_KILLS 24

/* What "all" and "none" of the import look like. */
typedef struct
{
  int people;
  int events;
  int groups;
} Counts;

typedef struct
{
  char   *dir;
  char   *base;       /* college with N_BASE people */
  char   *big_csv;
  char   *base_digest;
  Counts  before;     /* base */
  Counts  after;      /* base with the whole import */
} Fixture;

typedef struct
{
  guint runs;
  guint killed;     /* the kill landed while the program ran */
  guint none;       /* database without the import */
  guint all;        /* database with all of it */
  guint mid_write;  /* none, with written pages in the -wal: killed inside the transaction */
  guint survived;   /* every check passed */
  guint absent;     /* exports: files not there */
  guint complete;   /* exports: complete files */
  guint leftovers;  /* exports: a temporary file left beside */
} Tally;

static GPid
spawn (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  g_ptr_array_add (argv, (char *)sc_test_program ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_async (NULL, (char **)argv->pdata, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

/* Waits for @pid; returns its exit status, or -signal when killed. */
static int
reap (GPid pid)
{
  int status = 0;

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (WIFSIGNALED (status))
    return -WTERMSIG (status);
  return WEXITSTATUS (status);
}

static int
run (const char * const *args)
{
  return reap (spawn (args));
}

/* Runs to the end and returns how long it took, in microseconds. */
static gint64
time_run (const char * const *args)
{
  gint64 start = g_get_monotonic_time ();

  g_assert_cmpint (run (args), ==, 0);
  return g_get_monotonic_time () - start;
}

/* Starts, waits @delay µs, kills; TRUE if the kill found it running. */
static gboolean
run_and_kill (const char * const *args,
              gint64              delay)
{
  GPid pid = spawn (args);

  /* A fixed time on purpose: the kill must land at this moment of the run,
   * whatever the program is doing then. */
  g_usleep (delay);
  kill (pid, SIGKILL);
  return reap (pid) == -SIGKILL;
}

/* Two thirds of the kills spread evenly over an uninterrupted run; the
 * rest fall in its last 30 % and just past it, where the transaction
 * commits and the export files are renamed into place. */
static gint64
kill_delay (gint64 duration,
            guint  i,
            guint  n)
{
  guint n_even = n * 2 / 3;

  if (i < n_even)
    return duration * (i + 0.5) / n_even;
  return duration * (0.7 + 0.35 * (i - n_even + 0.5) / (n - n_even));
}

static goffset
wal_size (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 ? st.st_size : 0;
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
write_people (const char *path,
              const char *prefix,
              guint       n)
{
  g_autoptr(GString) csv = g_string_new ("Фамилия;Имя;Отчество;Категория;Группа;Отделение;Телефон;Статус\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (csv, "%s%u;Иван;Петрович;%s;ИС-%u;Отделение %u;+7 900 %07u;%s\n",
                            prefix, i, i % 40 == 0 ? "педагог" : "студент", i % 200, i % 7, i,
                            i % 3 ? "подключён" : "нет");
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
}

/* What a person would check first: the people and their statuses. */
static char *
digest_of_base (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  char *digest;

  sqlite3_prepare_v2 (db,
      "SELECT group_concat (row, '|') FROM (SELECT p.id || ':' || p.last_name || ':' ||"
      "  p.first_name || ':' || coalesce (g.code, '') || ':' ||"
      "  (SELECT group_concat (status || on_date) FROM status_event WHERE person_id = p.id) AS row"
      "  FROM person p LEFT JOIN study_group g ON g.id = p.group_id WHERE p.id <= ?1 ORDER BY p.id)",
      -1, &stmt, NULL);
  g_assert_nonnull (stmt);
  sqlite3_bind_int (stmt, 1, N_BASE);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                          (const char *)sqlite3_column_text (stmt, 0), -1);
  sqlite3_finalize (stmt);
  return digest;
}

static int
count (sqlite3    *db,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* `check` has just opened the file the way the application does; the
 * counting that follows needs no second integrity check. */
static sqlite3 *
open_plain (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  return db;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

static Counts
count_all (sqlite3 *db)
{
  return (Counts) {
    count (db, "SELECT count(*) FROM person"),
    count (db, "SELECT count(*) FROM status_event"),
    count (db, "SELECT count(*) FROM study_group"),
  };
}

static gboolean
counts_equal (Counts a,
              Counts b)
{
  return a.people == b.people && a.events == b.events && a.groups == b.groups;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *small_csv = NULL;
  g_autoptr(sqlite3) db = NULL;

  f->dir = sc_test_make_dir ("sc-crash");
  f->base = g_build_filename (f->dir, "base.sqlite3", NULL);
  f->big_csv = g_build_filename (f->dir, "big.csv", NULL);
  small_csv = g_build_filename (f->dir, "small.csv", NULL);
  write_people (small_csv, "Старожилов", N_BASE);
  write_people (f->big_csv, "Новиков", N_BIG);
  g_assert_cmpint (run ((const char *[]) { "--db", f->base, "init", "--name", "Колледж связи", NULL }), ==, 0);
  g_assert_cmpint (run ((const char *[]) { "--db", f->base, "import-roster", small_csv, NULL }), ==, 0);
  db = open_plain (f->base);
  f->before = count_all (db);
  g_assert_cmpint (f->before.people, ==, N_BASE);
  f->base_digest = digest_of_base (db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sc_test_remove_tree (f->dir);
  g_free (f->base_digest);
  g_free (f->big_csv);
  g_free (f->base);
  g_free (f->dir);
}

/* After a kill: check passes, all or none of the import, the old rows as
 * they were. Returns TRUE for all, FALSE for none. */
static gboolean
verify_database (Fixture    *f,
                 const char *path)
{
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *digest = NULL;
  Counts now;

  g_assert_cmpint (run ((const char *[]) { "--db", path, "check", NULL }), ==, 0);
  db = open_plain (path);
  now = count_all (db);
  g_assert_true (counts_equal (now, f->before) || counts_equal (now, f->after));
  digest = digest_of_base (db);
  g_assert_cmpstr (digest, ==, f->base_digest);
  return counts_equal (now, f->after);
}

/* Imports the big list into a copy of the base, to the end, and notes
 * what "all of it" looks like. Returns how long the import took. */
static gint64
import_fully (Fixture    *f,
              const char *path)
{
  const char *args[] = { "--db", path, "import-roster", f->big_csv, NULL };
  g_autoptr(sqlite3) db = NULL;
  gint64 duration;

  copy_file (f->base, path);
  duration = time_run (args);
  db = open_plain (path);
  f->after = count_all (db);
  g_assert_cmpint (f->after.people, ==, N_BASE + N_BIG);
  g_assert_cmpint (f->after.events, >, f->before.events);
  g_assert_cmpint (f->after.groups, >, f->before.groups);
  g_clear_pointer (&db, sqlite3_close);
  g_assert_true (verify_database (f, path));
  return duration;
}

static void
test_killed_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *ref = g_build_filename (f->dir, "ref.sqlite3", NULL);
  g_autofree char *path = g_build_filename (f->dir, "run.sqlite3", NULL);
  const char *args[] = { "--db", path, "import-roster", f->big_csv, NULL };
  Tally t = { 0 };
  gint64 duration;

  /* the fastest of three runs (the first one reads the list from a cold
   * cache), and a tenth off: on a machine that gets less busy while the
   * kills run, a kill timed by a slower run would land after the end */
  duration = import_fully (f, ref);
  duration = MIN (duration, import_fully (f, ref));
  duration = MIN (duration, import_fully (f, ref)) * 9 / 10;
  g_test_message ("an uninterrupted import of %d rows takes %.2f s", N_BIG, duration / 1e6);

  for (guint i = 0; i < N_IMPORT_KILLS; i++)
    {
      gint64 delay = kill_delay (duration, i, N_IMPORT_KILLS);
      gboolean all, wrote;

      copy_file (f->base, path);
      t.runs++;
      t.killed += run_and_kill (args, delay);
      wrote = wal_size (path) > 0;
      all = verify_database (f, path);
      t.all += all;
      t.none += !all;
      t.mid_write += wrote && !all;
      t.survived++;
      g_unlink (path);
    }
  g_test_message ("import killed %u times (%u while running): %u kept none (%u of them inside "
                  "the write transaction), %u kept all; %u of %u survived",
                  t.runs, t.killed, t.none, t.mid_write, t.all, t.survived, t.runs);
  g_assert_cmpuint (t.survived, ==, N_IMPORT_KILLS);
  g_assert_cmpuint (t.killed, >, N_IMPORT_KILLS / 2);
}

static gboolean
pdf_is_complete (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL) || len < 1000)
    return FALSE;
  return g_str_has_prefix (contents, "%PDF-") &&
         g_strstr_len (contents + len - 32, 32, "%%EOF") != NULL;
}

static gboolean
xlsx_is_complete (const char *path)
{
  g_autoptr(ScTable) table = sc_table_read_file (path, NULL, NULL);

  /* the first sheet, «Отчёт», opens and has its title and figures */
  return table != NULL && sc_table_get_n_rows (table) > 10;
}

/* Absent, or complete: never half a file. */
static void
verify_export (const char *out,
               Tally      *t,
               gboolean  (*is_complete) (const char *))
{
  g_autofree char *temp = g_strconcat (out, ".tmp", NULL);

  if (!g_file_test (out, G_FILE_TEST_EXISTS))
    t->absent++;
  else
    {
      g_assert_true (is_complete (out));
      t->complete++;
    }
  if (g_file_test (temp, G_FILE_TEST_EXISTS))
    t->leftovers++;
}

static void
test_killed_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "full.sqlite3", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "report.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  const char *args[] = { "--db", db, "report", "--month", "2023-11",
                         "--xlsx", xlsx, "--pdf", pdf, NULL };
  Tally t = { 0 };
  gint64 duration;

  import_fully (f, db);
  duration = time_run (args);
  duration = MIN (duration, time_run (args));
  g_assert_true (xlsx_is_complete (xlsx) && pdf_is_complete (pdf));
  g_test_message ("an uninterrupted export takes %.2f s", duration / 1e6);

  for (guint i = 0; i < N_EXPORT_KILLS; i++)
    {
      gint64 delay = kill_delay (duration, i, N_EXPORT_KILLS);

      g_unlink (xlsx);
      g_unlink (pdf);
      t.runs++;
      t.killed += run_and_kill (args, delay);
      verify_export (xlsx, &t, xlsx_is_complete);
      verify_export (pdf, &t, pdf_is_complete);
      g_assert_true (verify_database (f, db));
      t.survived++;
    }
  g_test_message ("export killed %u times (%u while running): files absent %u, complete %u, "
                  "temporary files left %u; %u of %u survived",
                  t.runs, t.killed, t.absent, t.complete, t.leftovers, t.survived, t.runs);
  g_assert_cmpuint (t.survived, ==, N_EXPORT_KILLS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sc/crash/killed-import", Fixture, NULL, fixture_set_up,
              test_killed_import, fixture_tear_down);
  g_test_add ("/sc/crash/killed-export", Fixture, NULL, fixture_set_up,
              test_killed_export, fixture_tear_down);
  return g_test_run ();
}

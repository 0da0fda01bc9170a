/* test-backup.c — the daily copy, keeping 14, restoring one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "sc-backup.h"
#include "sc-database-private.h"
#include "sc-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  char       *folder;
  ScDatabase *db;
} Fixture;

static void
add_person (ScDatabase *db,
            const char *last_name)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT INTO person (last_name, first_name, category) VALUES (?1, 'Анна', 'teacher')",
      &error);

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, last_name, -1, SQLITE_TRANSIENT);
  g_assert_true (sc_database_step_done (db, stmt, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sc_test_make_dir ("sc-backup");
  f->path = g_build_filename (f->dir, "college.sqlite3", NULL);
  f->folder = g_build_filename (f->dir, "backups", NULL);
  f->db = sc_database_create (f->path, "Колледж связи", &error);
  g_assert_no_error (error);
  add_person (f->db, "Ёлкина");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  sc_test_remove_tree (f->dir);
  g_free (f->folder);
  g_free (f->path);
  g_free (f->dir);
}

static GDateTime *
day (int month,
     int day_of_month)
{
  return g_date_time_new_local (2023, month, day_of_month, 10, 0, 0);
}

/* Counts people in a file without writing to it. */
static int
count_people (const char *path)
{
  return sc_test_file_query_int (path, "SELECT count(*) FROM person");
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
test_daily_copy (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = day (11, 29);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *again = NULL;
  g_autofree char *expected = g_build_filename (f->folder, "college-2023-11-29.sqlite3", NULL);
  g_autofree char *wal = g_strconcat (expected, "-wal", NULL);
  g_autoptr(GPtrArray) list = NULL;
  ScBackup *backup;
  int version = 0;

  g_assert_true (sc_backup_daily (f->db, now, &path, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpuint (mode_of (path), ==, 0600);
  g_assert_cmpuint (mode_of (f->folder), ==, 0700);
  /* one self-contained file that opens and has the data */
  g_assert_true (sc_database_check_copy (path, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, SC_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (count_people (path), ==, 1);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* the day's copy is made once */
  add_person (f->db, "Иванов");
  g_assert_true (sc_backup_daily (f->db, now, &again, &error));
  g_assert_null (again);
  g_assert_cmpint (count_people (path), ==, 1);
  list = sc_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  backup = g_ptr_array_index (list, 0);
  g_assert_cmpstr (backup->date, ==, "2023-11-29");
  g_assert_null (backup->time);
  g_assert_cmpint (backup->size, >, 0);
}

static void
test_keeps_fourteen (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  for (int d = 1; d <= 20; d++)
    {
      g_autoptr(GDateTime) now = day (11, d);
      g_autofree char *name = g_strdup_printf ("Человек %d", d);

      add_person (f->db, name);
      g_assert_true (sc_backup_daily (f->db, now, NULL, &error));
      g_assert_no_error (error);
    }
  list = sc_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, SC_BACKUP_KEEP);
  g_assert_cmpstr (((ScBackup *)list->pdata[0])->date, ==, "2023-11-20");
  g_assert_cmpstr (((ScBackup *)list->pdata[13])->date, ==, "2023-11-07");
  /* each copy holds the data of its day */
  g_assert_cmpint (count_people (((ScBackup *)list->pdata[0])->path), ==, 21);
  g_assert_cmpint (count_people (((ScBackup *)list->pdata[13])->path), ==, 8);
}

static void
test_list_only_this_database (Fixture       *f,
                              gconstpointer  data)
{
  const char *strangers[] = {
    "college-2-2023-11-28.sqlite3",       /* another database's copy */
    ".college-2023-11-27.sqlite3.part",   /* a copy cut short */
    "college-2023-11-31.sqlite3",         /* no such day */
    "college-notes.txt",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GDateTime) now = day (11, 29);

  g_assert_true (sc_backup_daily (f->db, now, NULL, &error));
  for (guint i = 0; i < G_N_ELEMENTS (strangers); i++)
    {
      g_autofree char *path = g_build_filename (f->folder, strangers[i], NULL);
      g_assert_true (g_file_set_contents (path, "x", 1, NULL));
    }
  g_assert_true (sc_backup_rotate (f->path, 0, &error));
  list = sc_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (strangers); i++)
    {
      g_autofree char *path = g_build_filename (f->folder, strangers[i], NULL);
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

static void
test_list_without_folder (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = sc_backup_list (f->path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GDateTime) yesterday = day (11, 28);
  g_autoptr(GDateTime) now = g_date_time_new_local (2023, 11, 29, 15, 30, 12);
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *saved = sc_backup_path_before_restore (f->path, now);
  g_autofree char *expected = g_build_filename (f->folder, "college-2023-11-29-153012.sqlite3", NULL);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(ScDatabase) reopened = NULL;

  g_assert_true (sc_backup_daily (f->db, yesterday, &copy, &error));
  add_person (f->db, "Иванов");
  add_person (f->db, "Петров");
  g_assert_cmpstr (saved, ==, expected);

  g_assert_true (sc_backup_restore (f->db, copy, saved, &error));
  g_assert_no_error (error);
  g_clear_object (&f->db);

  reopened = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_people (f->path), ==, 1);
  /* the file as it was is kept, and listed first */
  g_assert_cmpint (count_people (saved), ==, 3);
  g_assert_cmpuint (mode_of (saved), ==, 0600);
  list = sc_backup_list (f->path, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((ScBackup *)list->pdata[0])->path, ==, saved);
  g_assert_cmpstr (((ScBackup *)list->pdata[0])->time, ==, "15:30:12");
  g_assert_cmpstr (((ScBackup *)list->pdata[1])->path, ==, copy);
  /* the restored file works as before */
  add_person (reopened, "Сидоров");
  g_assert_cmpint (count_people (f->path), ==, 2);
}

static void
test_restore_refuses_bad_copy (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = g_build_filename (f->dir, "college-2023-11-28.sqlite3", NULL);
  g_autofree char *saved = sc_backup_path_before_restore (f->path, NULL);

  g_assert_true (g_file_set_contents (bad, "not a database at all", -1, NULL));
  g_assert_false (sc_backup_restore (f->db, bad, saved, &error));
  g_assert_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_NOT_A_DATABASE);
  g_assert_false (g_file_test (saved, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_people (f->path), ==, 1);
}

static void
test_restore_older_version (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old = g_build_filename (f->dir, "old.sqlite3", NULL);
  g_autofree char *saved = sc_backup_path_before_restore (f->path, NULL);
  g_autoptr(ScDatabase) reopened = NULL;

  g_assert_true (sc_database_create_at_version (old, 1, &error));
  g_assert_no_error (error);
  g_assert_true (sc_backup_restore (f->db, old, saved, &error));
  g_assert_no_error (error);
  g_clear_object (&f->db);
  reopened = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_database_get_schema_version (reopened), ==, SC_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (count_people (f->path), ==, 0);
}

/* Many people after the copy, then a page scribbled over: "damaged". */
static void
damage (Fixture *f)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  for (int i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("Человек %d", i);
      add_person (f->db, name);
    }
  g_clear_object (&f->db);
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8 * 4096);
  memset (contents + len / 2, 0x5a, 4096);
  g_assert_true (g_file_set_contents (f->path, contents, len, NULL));
}

static void
test_restore_damaged_file (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GDateTime) yesterday = day (11, 28);
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *saved = sc_backup_path_before_restore (f->path, NULL);
  g_autofree char *saved_wal = g_strconcat (saved, "-wal", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  g_autofree char *damaged = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(ScDatabase) reopened = NULL;

  g_assert_true (sc_backup_daily (f->db, yesterday, &copy, &error));
  damage (f);
  damaged = sc_test_file_checksum (f->path);
  reopened = sc_database_open (f->path, &error);
  g_assert_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (wal, "left over", -1, NULL));
  g_assert_true (g_file_set_contents (shm, "left over", -1, NULL));

  g_assert_true (sc_backup_restore_file (f->path, copy, saved, &error));
  g_assert_no_error (error);
  /* the damaged file, and its -wal, are kept as they were */
  kept = sc_test_file_checksum (saved);
  g_assert_cmpstr (kept, ==, damaged);
  g_assert_cmpuint (mode_of (saved), ==, 0600);
  g_assert_true (g_file_test (saved_wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  /* the copy is in place and opens */
  reopened = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_people (f->path), ==, 1);
  g_assert_cmpuint (mode_of (f->path), ==, 0600);
}

static void
test_restore_file_refuses_bad_copy (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = g_build_filename (f->dir, "bad.sqlite3", NULL);
  g_autofree char *saved = sc_backup_path_before_restore (f->path, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  damage (f);
  before = sc_test_file_checksum (f->path);
  g_assert_true (g_file_set_contents (bad, "SQLite format 3", -1, NULL));
  g_assert_false (sc_backup_restore_file (f->path, bad, saved, &error));
  g_assert_nonnull (error);
  after = sc_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (saved, G_FILE_TEST_EXISTS));
}

static GDateTime *
at (int day_of_month,
    int hour,
    int minute)
{
  return g_date_time_new_local (2023, 11, day_of_month, hour, minute, 0);
}

static guint
count_kind (GPtrArray    *list,
            ScBackupKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < list->len; i++)
    n += ((ScBackup *)list->pdata[i])->kind == kind;
  return n;
}

/* After changes: a copy at once, then none for an hour (the wait says
 * how long), then one again; a copy by hand any time, and it counts for
 * the hour too. The daily copies are kept apart: 14 of each. */
static void
test_after_changes_hourly (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GDateTime) ten = at (29, 10, 0);
  g_autoptr(GDateTime) half_past = at (29, 10, 30);
  g_autoptr(GDateTime) eleven = at (29, 11, 0);
  g_autoptr(GDateTime) quarter_past = at (29, 11, 15);
  g_autoptr(GDateTime) five_past_noon = at (29, 12, 5);
  g_autofree char *first = NULL, *second = NULL, *third = NULL, *manual = NULL;
  guint wait = 0;

  g_assert_true (sc_backup_daily (f->db, ten, NULL, &error));
  g_assert_true (sc_backup_after_changes (f->db, ten, &first, &wait, &error));
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_true (g_str_has_suffix (first, "college-2023-11-29-100000-changes.sqlite3"));
  g_assert_cmpuint (wait, ==, 0);

  add_person (f->db, "Быков");
  g_assert_true (sc_backup_after_changes (f->db, half_past, &second, &wait, &error));
  g_assert_null (second);
  g_assert_cmpuint (wait, ==, 30 * 60);

  g_assert_true (sc_backup_after_changes (f->db, eleven, &third, &wait, &error));
  g_assert_nonnull (third);
  g_assert_cmpint (count_people (third), ==, 2);
  g_assert_true (sc_backup_write (f->db, SC_BACKUP_MANUAL, quarter_past, &manual, &error));
  g_assert_true (g_str_has_suffix (manual, "college-2023-11-29-111500-manual.sqlite3"));
  g_clear_pointer (&third, g_free);
  g_assert_true (sc_backup_after_changes (f->db, five_past_noon, &third, &wait, &error));
  g_assert_null (third);
  g_assert_cmpuint (wait, ==, 10 * 60);

  list = sc_backup_list (f->path, &error);
  g_assert_cmpuint (list->len, ==, 4);
  g_assert_cmpint (((ScBackup *)list->pdata[0])->kind, ==, SC_BACKUP_MANUAL);
  g_assert_cmpstr (((ScBackup *)list->pdata[0])->time, ==, "11:15:00");
  g_assert_cmpint (((ScBackup *)list->pdata[1])->kind, ==, SC_BACKUP_AFTER_CHANGES);
  g_assert_cmpint (((ScBackup *)list->pdata[3])->kind, ==, SC_BACKUP_DAILY);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* a long day of imports: the day's copy stays among 14 others */
  for (int hour = 0; hour < 20; hour++)
    {
      g_autoptr(GDateTime) when = at (30, hour, 0);
      g_assert_true (sc_backup_after_changes (f->db, when, NULL, NULL, &error));
    }
  list = sc_backup_list (f->path, &error);
  g_assert_cmpuint (count_kind (list, SC_BACKUP_DAILY), ==, 1);
  g_assert_cmpuint (count_kind (list, SC_BACKUP_AFTER_CHANGES) + count_kind (list, SC_BACKUP_MANUAL), ==,
                    SC_BACKUP_KEEP);
  g_assert_cmpstr (((ScBackup *)list->pdata[0])->time, ==, "19:00:00");
}

static void
add_test (const char *path,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  add_test ("/sc/backup/daily-copy", test_daily_copy);
  add_test ("/sc/backup/keeps-fourteen", test_keeps_fourteen);
  add_test ("/sc/backup/list-only-this-database", test_list_only_this_database);
  add_test ("/sc/backup/after-changes-hourly", test_after_changes_hourly);
  add_test ("/sc/backup/list-without-folder", test_list_without_folder);
  add_test ("/sc/backup/restore", test_restore);
  add_test ("/sc/backup/restore-refuses-bad-copy", test_restore_refuses_bad_copy);
  add_test ("/sc/backup/restore-older-version", test_restore_older_version);
  add_test ("/sc/backup/restore-damaged-file", test_restore_damaged_file);
  add_test ("/sc/backup/restore-file-refuses-bad-copy", test_restore_file_refuses_bad_copy);
  return g_test_run ();
}

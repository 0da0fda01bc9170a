/* test-privacy.c — the files that hold personal data are readable by their
 * owner only: the database, its -wal and -shm, the daily copies, the copy
 * made before a migration — whatever the umask
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "sc-backup.h"
#include "sc-database-private.h"
#include "sc-test-util.h"

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
assert_private_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_test_message ("%s: %o", child, mode_of (child));
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          g_assert_cmpuint (mode_of (child), ==, 0700);
          assert_private_files (child);
        }
      else
        g_assert_cmpuint (mode_of (child), ==, 0600);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_file_modes (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-privacy");
  g_autofree char *path = g_build_filename (dir, "college.sqlite3", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;
  mode_t old_umask = umask (0); /* the most careless setting there is */

  g_assert_true (sc_database_create_at_version (path, 1, &error));
  g_assert_no_error (error);
  db = sc_database_open (path, &error);  /* migrates, with a copy first */
  g_assert_no_error (error);
  g_assert_true (sc_database_exec (db,
      "INSERT INTO person (last_name, first_name, category) VALUES ('Ёлкина', 'Анна', 'student')",
      &error));
  g_assert_true (sc_backup_daily (db, NULL, NULL, &error));
  g_assert_no_error (error);

  /* while the database is open, with its -wal and -shm */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (shm, G_FILE_TEST_EXISTS));
  assert_private_files (dir);
  g_clear_object (&db);
  assert_private_files (dir);
  umask (old_umask);
  sc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/privacy/file-modes", test_file_modes);
  return g_test_run ();
}

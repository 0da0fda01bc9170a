/* sc-test-util.c — what the tests share (see sc-test-util.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "sc-test-util.h"

/* ---- the start ------------------------------------------------------------ */

void
sc_test_set_locale (void)
{
  setlocale (LC_ALL, "");
  if (g_getenv ("SC_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SC_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

void
sc_test_init (int    *argc,
              char ***argv)
{
  sc_test_set_locale ();
  g_test_init (argc, argv, NULL);
}

/* ---- folders and files --------------------------------------------------- */

char *
sc_test_make_dir (const char *prefix)
{
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

void
sc_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }
  /* A test may have made the folder read-only on purpose. */
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      sc_test_remove_tree (child);
    }
  g_rmdir (path);
}

static char *
write_bytes (const char *dir,
             const char *name,
             const char *data,
             gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

char *
sc_test_write_file (const char *dir,
                    const char *name,
                    const char *text)
{
  return write_bytes (dir, name, text, -1);
}

char *
sc_test_write_cp1251 (const char *dir,
                      const char *name,
                      const char *utf8)
{
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *data = g_convert (utf8, -1, "WINDOWS-1251", "UTF-8", NULL, &length, &error);

  g_assert_no_error (error);
  return write_bytes (dir, name, data, length);
}

char *
sc_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
}

/* ---- a college file ------------------------------------------------------ */

ScDatabase *
sc_test_college_new (const char  *dir,
                     const char  *name,
                     char       **path)
{
  g_autofree char *file = g_build_filename (dir, "college.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  ScDatabase *db = sc_database_create (file, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  if (path != NULL)
    *path = g_steal_pointer (&file);
  return db;
}

/* ---- values read back ---------------------------------------------------- */

static sqlite3_stmt *
prepare (sqlite3    *handle,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (handle));
  return stmt;
}

static gint64
first_int (sqlite3    *handle,
           const char *sql)
{
  sqlite3_stmt *stmt = prepare (handle, sql);
  gint64 value;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("no row from %s", sql);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

gint64
sc_test_query_int (ScDatabase *db,
                   const char *sql)
{
  return first_int (sc_database_get_handle (db), sql);
}

char *
sc_test_query_text (ScDatabase *db,
                    const char *sql)
{
  sqlite3_stmt *stmt = prepare (sc_database_get_handle (db), sql);
  char *value = NULL;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

gint64
sc_test_file_query_int (const char *path,
                        const char *sql)
{
  sqlite3 *handle = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  value = first_int (handle, sql);
  sqlite3_close (handle);
  return value;
}

/* ---- programs ------------------------------------------------------------ */

void
sc_test_run_clear (ScTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  run->status = 0;
}

const char *
sc_test_program (void)
{
  const char *program = g_getenv ("SC_PROGRAM");

  if (program == NULL)
    g_error ("SC_PROGRAM is not set: run the tests with `meson test`");
  return program;
}

int
sc_test_spawn (ScTestRun          *run,
               const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  sc_test_run_clear (run);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  /* What it printed, for the log of a failing test (a long output cut). */
  g_test_message ("%s: exit %d\nstdout: %.2000s\nstderr: %.2000s", argv[0],
                  WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1, run->out, run->err);
  if (WIFSIGNALED (wait_status))
    g_error ("%s was killed by signal %d", argv[0], WTERMSIG (wait_status));
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  return run->status;
}

int
sc_test_run_valist (ScTestRun  *run,
                    const char *db,
                    const char *first,
                    va_list     args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (char *)sc_test_program ());
  if (db != NULL)
    {
      g_ptr_array_add (argv, "--db");
      g_ptr_array_add (argv, (char *)db);
    }
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  g_ptr_array_add (argv, NULL);
  return sc_test_spawn (run, (const char * const *)argv->pdata);
}

int
sc_test_run (ScTestRun  *run,
             const char *db,
             const char *first,
             ...)
{
  va_list args;
  int status;

  va_start (args, first);
  status = sc_test_run_valist (run, db, first, args);
  va_end (args);
  return status;
}

JsonObject *
sc_test_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  g_assert_nonnull (text);
  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_nonnull (root);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_ref (json_node_get_object (root));
}

gboolean
sc_test_have_python (void)
{
  static int have = -1;

  if (have < 0)
    {
      const char *argv[] = { SC_TEST_PYTHON, "-c", "import openpyxl", NULL };
      int status = -1;

      have = g_file_test (SC_TEST_PYTHON, G_FILE_TEST_IS_EXECUTABLE) &&
             g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                           NULL, NULL, &status, NULL) &&
             g_spawn_check_wait_status (status, NULL);
    }
  if (!have)
    g_test_skip ("needs " SC_TEST_PYTHON " with python3-openpyxl");
  return have;
}

char *
sc_test_python_script (const char *script,
                       const char *path)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, script, NULL);
  const char *argv[] = { SC_TEST_PYTHON, file, path, NULL };
  g_auto(ScTestRun) run = { 0 };

  if (sc_test_spawn (&run, argv) != 0)
    g_error ("%s %s failed:\n%s%s", script, path, run.out, run.err);
  return g_steal_pointer (&run.out);
}

/* ---- waiting ------------------------------------------------------------- */

/* Wakes the loop often while a wait runs, so that a condition no source
 * reports (a file another process writes) is looked at again. */
static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

gboolean
sc_test_wait_step (ScTestWait *wait,
                   guint       timeout_ms)
{
  if (wait->give_up == 0)
    {
      wait->give_up = g_get_monotonic_time () + (gint64)timeout_ms * 1000;
      wait->wake_id = g_timeout_add (10, wake_cb, NULL);
    }
  if (g_get_monotonic_time () >= wait->give_up)
    return FALSE;
  g_main_context_iteration (NULL, TRUE);
  return TRUE;
}

void
sc_test_wait_finish (ScTestWait *wait)
{
  g_clear_handle_id (&wait->wake_id, g_source_remove);
}

gboolean
sc_test_wait_until (ScTestCondition condition,
                    gpointer        data,
                    guint           timeout_ms)
{
  ScTestWait wait = { 0, 0 };
  gboolean met;

  while (!(met = condition (data)) && sc_test_wait_step (&wait, timeout_ms))
    ;
  sc_test_wait_finish (&wait);
  return met;
}

void
sc_test_drain (void)
{
  /* Bounded: something that schedules itself again and again is not a
   * reason to hang; the assertions after the drain will tell. */
  gint64 give_up = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_main_context_iteration (NULL, FALSE) && g_get_monotonic_time () < give_up)
    ;
}

void
sc_test_iterate_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + (gint64)milliseconds * 1000;
  guint wake_id = g_timeout_add (10, wake_cb, NULL);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake_id);
}

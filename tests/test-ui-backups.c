/* test-ui-backups.c — the day's copy on opening, «Резервные копии…» and
 * restoring a copy; the message for each kind of bad database file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "sc-application.h"
#include "sc-backup.h"
#include "sc-backups-dialog.h"
#include "sc-date.h"
#include "sc-test-ui.h"
#include "sc-window.h"

static ScApplication *app;

static void
add_people (ScDatabase *db,
            guint       n)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Иванов-%u", g_random_int ());
      sqlite3_stmt *stmt = sc_database_prepare (db,
          "INSERT INTO person (last_name, first_name, category) VALUES (?1, 'Иван', 'student')",
          &error);
      g_assert_no_error (error);
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      g_assert_true (sc_database_step_done (db, stmt, &error));
    }
}

static int
count_people (const char *path)
{
  return sc_test_file_query_int (path, "SELECT count(*) FROM person");
}

static char *
make_college (const char *dir,
              guint       n_people)
{
  char *path = NULL;
  g_autoptr(ScDatabase) db = sc_test_college_new (dir, "Колледж связи", &path);

  add_people (db, n_people);
  return path;
}

static ScBackup *
find_copy (const char *db_path,
           gboolean    before_restore)
{
  g_autoptr(GPtrArray) list = sc_backup_list (db_path, NULL);

  g_assert_nonnull (list);
  for (guint i = 0; i < list->len; i++)
    {
      ScBackup *backup = g_ptr_array_index (list, i);
      if ((backup->time != NULL) == before_restore)
        return g_ptr_array_steal_index (list, i);
    }
  return NULL;
}

static GtkWindow *
open_backups_dialog (void)
{
  GtkWindow *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (app), "backups", NULL);
  dialog = sc_test_ui_wait_for_window (SC_TYPE_BACKUPS_DIALOG);
  sc_test_ui_wait_frames (GTK_WIDGET (dialog), 3);
  return dialog;
}

static void
click_restore (GtkWindow  *dialog,
               const char *row_title)
{
  GtkWidget *row = sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, row_title);
  GtkWidget *button;

  g_assert_nonnull (row);
  button = sc_test_ui_find (row, GTK_TYPE_BUTTON, _("_Restore…"));
  g_assert_nonnull (button);
  g_assert_nonnull (gtk_widget_get_tooltip_text (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
test_daily_copy_and_restore (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-backups");
  g_autofree char *path = make_college (dir, 2);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *yesterday_iso = g_date_time_format (yesterday, "%Y-%m-%d");
  g_autofree char *yesterday_label = sc_date_format_short (yesterday_iso);
  g_autofree char *heading = g_strdup_printf (_("Restore the Copy of %s?"), yesterday_label);
  g_autoptr(ScBackup) today = NULL;
  g_autoptr(ScBackup) saved = NULL;
  ScWindow *window;
  GtkWindow *dialog, *confirm;
  GStatBuf st;

  /* yesterday's copy has 2 people; today there are 3 when the window opens */
  {
    g_autoptr(ScDatabase) db = sc_database_open (path, NULL);
    g_assert_true (sc_backup_daily (db, yesterday, NULL, NULL));
    add_people (db, 1);
  }
  window = sc_test_ui_window_new (app, 1100, 720);
  g_assert_true (sc_window_open_database (window, path));
  today = find_copy (path, FALSE);
  g_assert_nonnull (today);
  g_assert_cmpstr (today->date, !=, yesterday_iso);
  g_assert_cmpint (count_people (today->path), ==, 3);
  g_assert_cmpint (g_stat (today->path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  add_people (sc_window_get_database (window), 1);

  dialog = g_object_ref (open_backups_dialog ());
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, yesterday_label));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "backups-dialog");
  click_restore (dialog, yesterday_label);
  confirm = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (confirm)), ==, heading);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (confirm)), "college-"));
  sc_test_ui_screenshot (GTK_WIDGET (confirm), "backups-confirm");
  sc_test_ui_respond (ADW_MESSAGE_DIALOG (confirm), "restore");
  sc_test_ui_assert_freed (dialog);

  /* the window shows the restored file; what was there is kept */
  g_assert_null (sc_test_ui_find_window (SC_TYPE_BACKUPS_DIALOG));
  g_assert_nonnull (sc_window_get_database (window));
  g_assert_cmpstr (sc_database_get_path (sc_window_get_database (window)), ==, path);
  g_assert_cmpint (count_people (path), ==, 2);
  saved = find_copy (path, TRUE);
  g_assert_nonnull (saved);
  g_assert_cmpint (count_people (saved->path), ==, 4);
  g_assert_cmpint (g_stat (saved->path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  sc_test_ui_screenshot (GTK_WIDGET (window), "backups-restored");
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

static void
test_cancel_keeps_data (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-backups");
  g_autofree char *path = make_college (dir, 2);
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);
  g_autoptr(ScBackup) today = NULL;
  g_autofree char *label = NULL;
  GtkWindow *dialog, *confirm;

  g_assert_true (sc_window_open_database (window, path));
  add_people (sc_window_get_database (window), 1);
  today = find_copy (path, FALSE);
  label = sc_date_format_short (today->date);
  dialog = open_backups_dialog ();
  click_restore (dialog, label);
  confirm = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  sc_test_ui_respond (ADW_MESSAGE_DIALOG (confirm), "cancel");
  g_assert_cmpint (count_people (path), ==, 3);
  g_assert_null (find_copy (path, TRUE));
  sc_test_ui_close (dialog);
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

static void
test_no_copies (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-backups");
  g_autofree char *path = make_college (dir, 1);
  g_autofree char *folder = sc_backup_folder (path);
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);
  GtkWindow *dialog;
  GtkWidget *status;

  g_assert_true (sc_window_open_database (window, path));
  sc_test_remove_tree (folder);
  dialog = open_backups_dialog ();
  status = sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, _("No Backup Copies Yet"));
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "backups-empty");
  sc_test_ui_close (dialog);
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

/* ---- bad database files ---------------------------------------------------- */

static void scribble (const char *path);

static void
test_restore_damaged (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-backups");
  g_autofree char *path = make_college (dir, 3);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *yesterday_iso = g_date_time_format (yesterday, "%Y-%m-%d");
  g_autofree char *label = sc_date_format_short (yesterday_iso);
  g_autofree char *damaged = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(ScBackup) saved = NULL;
  ScWindow *window;
  GtkWindow *message, *dialog, *confirm;

  {
    g_autoptr(ScDatabase) db = sc_database_open (path, NULL);
    g_assert_true (sc_backup_daily (db, yesterday, NULL, NULL));
    add_people (db, 400);
  }
  scribble (path);
  damaged = sc_test_file_checksum (path);

  window = sc_test_ui_window_new (app, 1100, 720);
  g_assert_false (sc_window_open_database (window, path));
  message = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (message), "backups"));
  sc_test_ui_screenshot (GTK_WIDGET (message), "bad-database-damaged-with-copies");
  sc_test_ui_respond (ADW_MESSAGE_DIALOG (message), "backups");

  dialog = g_object_ref (sc_test_ui_wait_for_window (SC_TYPE_BACKUPS_DIALOG));
  sc_test_ui_wait_frames (GTK_WIDGET (dialog), 3);
  click_restore (dialog, label);
  confirm = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  sc_test_ui_respond (ADW_MESSAGE_DIALOG (confirm), "restore");
  sc_test_ui_assert_freed (dialog);

  /* the copy is open in the window; the damaged file is kept as it was */
  g_assert_nonnull (sc_window_get_database (window));
  g_assert_cmpstr (sc_database_get_path (sc_window_get_database (window)), ==, path);
  g_assert_cmpint (count_people (path), ==, 3);
  saved = find_copy (path, TRUE);
  g_assert_nonnull (saved);
  kept = sc_test_file_checksum (saved->path);
  g_assert_cmpstr (kept, ==, damaged);
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

static void
write_part (const char *path,
            const char *from,
            double      share)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (from, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gsize)(len * share), NULL));
}

static void
scribble (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8 * 4096);
  memset (contents + len / 2, 0x5a, 4096);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
}

static void
set_user_version (const char *path,
                  int         version)
{
  sqlite3 *raw = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode = DELETE; PRAGMA user_version = %d", version);

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
}

typedef enum { NOT_A_DATABASE, TRUNCATED, CORRUPT, NEWER, READ_ONLY_FILE, READ_ONLY_FOLDER, LOCKED } Case;

static const struct
{
  Case        kind;
  const char *name;
  const char *message;   /* untranslated; compared after _() */
} cases[] = {
  { NOT_A_DATABASE, "not-a-database", N_("The file is not a Sferum Coordinator database. Choose another file.") },
  { TRUNCATED, "truncated", N_("The database file is damaged. Restore it from a backup copy; the file has not been changed.") },
  { CORRUPT, "corrupt-page", N_("The database file is damaged. Restore it from a backup copy; the file has not been changed.") },
  { NEWER, "newer-version", N_("The database was made by a newer version of Sferum Coordinator. Update the application to open it.") },
  { READ_ONLY_FILE, "read-only-file", N_("The database cannot be written: the file or its folder is read-only. Copy it to a folder you can write to, or ask your administrator for access.") },
  { READ_ONLY_FOLDER, "read-only-folder", N_("The database cannot be written: the file or its folder is read-only. Copy it to a folder you can write to, or ask your administrator for access.") },
  { LOCKED, "locked", N_("The database is in use by another program, perhaps another window of Sferum Coordinator. Close it and try again.") },
};

/* Makes the bad file for @kind in @dir; a locked file gets *lock, the
 * connection holding the lock. */
static char *
make_bad_file (Case        kind,
               const char *dir,
               const char *good,
               sqlite3   **lock)
{
  g_autofree char *sub = g_build_filename (dir, cases[kind].name, NULL);
  char *path = g_build_filename (sub, "college.sqlite3", NULL);

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  write_part (path, good, kind == TRUNCATED ? 1.0 / 3 : 1.0);
  if (kind == NOT_A_DATABASE)
    g_assert_true (g_file_set_contents (path, "Фамилия;Имя\nИванов;Иван\n", -1, NULL));
  else if (kind == CORRUPT)
    scribble (path);
  else if (kind == NEWER)
    set_user_version (path, 99);
  else if (kind == READ_ONLY_FILE)
    g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  else if (kind == READ_ONLY_FOLDER)
    g_assert_cmpint (g_chmod (sub, 0555), ==, 0);
  else if (kind == LOCKED)
    {
      g_assert_cmpint (sqlite3_open (path, lock), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (*lock, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
    }
  return path;
}

static void
check_refused (ScWindow   *window,
               Case        kind,
               const char *path)
{
  g_autofree char *before = sc_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *heading = g_strdup_printf (_("“%s” Could Not Be Opened"), "college.sqlite3");
  g_autofree char *shot = g_strconcat ("bad-database-", cases[kind].name, NULL);
  ScDatabase *was_open = sc_window_get_database (window);
  GtkWindow *dialog;

  g_test_message ("%s", cases[kind].name);
  g_assert_false (sc_window_open_database (window, path));
  dialog = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, heading);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   _(cases[kind].message));
  if (kind == CORRUPT || kind == LOCKED)
    sc_test_ui_screenshot (GTK_WIDGET (dialog), shot);
  sc_test_ui_respond (ADW_MESSAGE_DIALOG (dialog), "close");
  /* never written to; whatever was open stays open */
  after = sc_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (sc_window_get_database (window) == was_open);
}

static void
test_bad_databases (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-bad");
  g_autofree char *good_dir = g_build_filename (dir, "good", NULL);
  g_autofree char *good = NULL;
  ScWindow *window = sc_test_ui_window_new (app, 1100, 720);

  g_assert_cmpint (g_mkdir (good_dir, 0700), ==, 0);
  good = make_college (good_dir, 400);
  g_assert_true (sc_window_open_database (window, good));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      sqlite3 *lock = NULL;
      g_autofree char *path = make_bad_file (cases[i].kind, dir, good, &lock);

      check_refused (window, cases[i].kind, path);
      if (lock != NULL)
        {
          sqlite3_exec (lock, "ROLLBACK", NULL, NULL, NULL);
          sqlite3_close (lock);
        }
    }
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

/* The file the window starts with is shown at once and checked in a
 * thread; a damaged one is closed again with the usual message, and no
 * copy of it replaces the good ones. */
static void
test_damaged_at_start (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-start");
  g_autofree char *path = make_college (dir, 400);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) copies = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWindow *message;
  ScWindow *window;

  scribble (path);
  before = sc_test_file_checksum (path);
  g_settings_set_string (settings, "last-database", path);
  window = sc_test_ui_window_new (app, 1100, 720);
  message = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), ==,
                   _("The database file is damaged. Restore it from a backup copy; the file has not been changed."));
  g_assert_null (sc_window_get_database (window));
  sc_test_ui_respond (ADW_MESSAGE_DIALOG (message), "close");
  copies = sc_backup_list (path, NULL);
  g_assert_cmpuint (copies->len, ==, 0);
  after = sc_test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);
  g_settings_reset (settings, "last-database");
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

static guint
n_copies (const char *path)
{
  g_autoptr(GPtrArray) copies = sc_backup_list (path, NULL);

  return copies != NULL ? copies->len : 0;
}

/* A sound file at start: open at once, today's copy made once checked. */
static void
test_sound_at_start (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-start");
  g_autofree char *path = make_college (dir, 400);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScWindow *window;

  g_settings_set_string (settings, "last-database", path);
  window = sc_test_ui_window_new (app, 1100, 720);
  g_assert_nonnull (sc_window_get_database (window));
  sc_test_assert_eventually (n_copies (path) > 0);
  g_assert_cmpuint (n_copies (path), ==, 1);
  g_assert_null (sc_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (count_people (path), ==, 400);
  g_settings_reset (settings, "last-database");
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  sc_test_ui_init (&argc, &argv);
  app = sc_test_ui_app_new ();

  g_test_add_func ("/sc/ui/backups/daily-copy-and-restore", test_daily_copy_and_restore);
  g_test_add_func ("/sc/ui/backups/cancel-keeps-data", test_cancel_keeps_data);
  g_test_add_func ("/sc/ui/backups/no-copies", test_no_copies);
  g_test_add_func ("/sc/ui/backups/restore-damaged", test_restore_damaged);
  g_test_add_func ("/sc/ui/database/bad-files", test_bad_databases);
  g_test_add_func ("/sc/ui/database/damaged-at-start", test_damaged_at_start);
  g_test_add_func ("/sc/ui/database/sound-at-start", test_sound_at_start);

  status = g_test_run ();
  sc_test_ui_app_finish (app);
  return status;
}

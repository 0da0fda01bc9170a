/* sc-database.c — one college's SQLite file
 *
 * Opening never overwrites a file it does not understand: every refusal
 * (not a database, another program's database, corrupt, newer, read-only,
 * locked) is a translated GError, and the file is left as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sc-database-private.h"
#include "sc-i18n.h"
#include "sc-schema.h"

#define BUSY_TIMEOUT_MS 3000
#define SQLITE_HEADER "SQLite format 3"

struct _ScDatabase
{
  GObject     parent_instance;
  char       *path;
  sqlite3    *db;
  GHashTable *statements; /* SQL text → sqlite3_stmt, reused */
  int         schema_version;
};

G_DEFINE_FINAL_TYPE (ScDatabase, sc_database, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The details of ScDatabase::changed: what kind of data a write changed. */
static const char *const change_details[] = {
  "organization", "people", "chats", "activity", "reports", "exports", NULL,
};

G_DEFINE_QUARK (sc-database-error-quark, sc_database_error)

static ScDatabaseError
error_code_for_rc (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      return SC_DATABASE_ERROR_NOT_A_DATABASE;
    case SQLITE_CORRUPT:
      return SC_DATABASE_ERROR_CORRUPT;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      return SC_DATABASE_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return SC_DATABASE_ERROR_LOCKED;
    case SQLITE_FULL:
      return SC_DATABASE_ERROR_FULL;
    default:
      return SC_DATABASE_ERROR_FAILED;
    }
}

static const char *
message_for_code (ScDatabaseError code)
{
  switch (code)
    {
    case SC_DATABASE_ERROR_NOT_A_DATABASE:
      return _("The file is not a Sferum Coordinator database. Choose another file.");
    case SC_DATABASE_ERROR_CORRUPT:
      return _("The database file is damaged. Restore it from a backup copy; the file has not been changed.");
    case SC_DATABASE_ERROR_READ_ONLY:
      return _("The database cannot be written: the file or its folder is read-only. Copy it to a folder you can write to, or ask your administrator for access.");
    case SC_DATABASE_ERROR_LOCKED:
      return _("The database is in use by another program, perhaps another window of Sferum Coordinator. Close it and try again.");
    case SC_DATABASE_ERROR_FULL:
      return _("The disk is full. Free some space and try again; nothing was saved.");
    case SC_DATABASE_ERROR_WRITE:
      return _("The database could not be written to the disk: it may be full or failing. Free some space and try again; nothing was saved.");
    case SC_DATABASE_ERROR_TOO_NEW:
      return _("The database was made by a newer version of Sferum Coordinator. Update the application to open it.");
    case SC_DATABASE_ERROR_NOT_FOUND:
    case SC_DATABASE_ERROR_EXISTS:
    case SC_DATABASE_ERROR_FAILED:
    default:
      return _("The database could not be used.");
    }
}

static gboolean
is_out_of_space_errno (int system_errno)
{
  return system_errno == ENOSPC || system_errno == EFBIG
#ifdef EDQUOT
         || system_errno == EDQUOT
#endif
         ;
}

/* SQLite reports a write that ran out of room (ENOSPC, a quota, a file
 * size limit) as a plain I/O error, and the system's errno is not always
 * still there to tell: a failed write is most likely a full disk. */
static ScDatabaseError
error_code_for_io (ScDatabase *self)
{
  switch (sqlite3_extended_errcode (self->db))
    {
    case SQLITE_IOERR_WRITE:
    case SQLITE_IOERR_FSYNC:
    case SQLITE_IOERR_DIR_FSYNC:
    case SQLITE_IOERR_TRUNCATE:
    case SQLITE_IOERR_SHMSIZE:
      return is_out_of_space_errno (sqlite3_system_errno (self->db))
             ? SC_DATABASE_ERROR_FULL : SC_DATABASE_ERROR_WRITE;
    default:
      return SC_DATABASE_ERROR_FAILED;
    }
}

/* Sets @error from an SQLite result code; returns FALSE so callers can
 * `return sc_database_set_error (...)`. */
gboolean
sc_database_set_error (ScDatabase *self,
                       int         rc,
                       GError    **error)
{
  ScDatabaseError code = error_code_for_rc (rc);

  if ((rc & 0xff) == SQLITE_IOERR && self != NULL && self->db != NULL)
    code = error_code_for_io (self);

  if (code == SC_DATABASE_ERROR_FAILED && self != NULL && self->db != NULL)
    g_set_error (error, SC_DATABASE_ERROR, code, "%s (%s)",
                 message_for_code (code), sqlite3_errmsg (self->db));
  else
    g_set_error_literal (error, SC_DATABASE_ERROR, code, message_for_code (code));
  return FALSE;
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
sc_database_finalize (GObject *object)
{
  ScDatabase *self = (ScDatabase *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (sc_database_parent_class)->finalize (object);
}

static void
sc_database_class_init (ScDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_database_finalize;

  /**
   * ScDatabase::changed:
   * @what: the kind of data that changed, also the signal's detail:
   *   "organization", "people", "chats", "activity", "reports" or
   *   "exports" (the export log)
   *
   * Detailed: connect to "changed::people" to hear of people only, to
   * "changed" to hear of everything.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);
  for (guint i = 0; change_details[i] != NULL; i++)
    g_quark_from_static_string (change_details[i]);
}

static void
sc_database_init (ScDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal,
                                            g_free, finalize_statement);
}

char *
sc_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "sferum-coordinator",
                           "college.sqlite3", NULL);
}

const char *
sc_database_get_path (ScDatabase *self)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), NULL);
  return self->path;
}

sqlite3 *
sc_database_get_handle (ScDatabase *self)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), NULL);
  return self->db;
}

int
sc_database_get_schema_version (ScDatabase *self)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), 0);
  return self->schema_version;
}

/* A detail nobody listens to would be a change no page shows: only the
 * known ones are emitted. */
void
sc_database_emit_changed (ScDatabase *self,
                          const char *what)
{
  g_return_if_fail (SC_IS_DATABASE (self));
  g_return_if_fail (what != NULL && g_strv_contains (change_details, what));
  g_signal_emit (self, signals[CHANGED], g_quark_try_string (what), what);
}

/* Returns a prepared statement, reset and with its bindings cleared; the
 * database owns it. */
sqlite3_stmt *
sc_database_prepare (ScDatabase *self,
                     const char *sql,
                     GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sc_database_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

char *
sc_database_column_dup (sqlite3_stmt *stmt,
                        int           column)
{
  const char *text = (const char *)sqlite3_column_text (stmt, column);
  return g_strdup (text ? text : "");
}

char *
sc_database_column_dup_or_null (sqlite3_stmt *stmt,
                                int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;
  return sc_database_column_dup (stmt, column);
}

/* Steps a statement that returns no rows. */
gboolean
sc_database_step_done (ScDatabase   *self,
                       sqlite3_stmt *stmt,
                       GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);
  return sc_database_set_error (self, rc, error);
}

gboolean
sc_database_exec (ScDatabase *self,
                  const char *sql,
                  GError    **error)
{
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return sc_database_set_error (self, rc, error);
  return TRUE;
}

gboolean
sc_database_begin (ScDatabase *self,
                   GError    **error)
{
  return sc_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
sc_database_commit (ScDatabase *self,
                    GError    **error)
{
  if (sc_database_exec (self, "COMMIT", error))
    return TRUE;
  sc_database_rollback (self);
  return FALSE;
}

void
sc_database_rollback (ScDatabase *self)
{
  g_return_if_fail (SC_IS_DATABASE (self));
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
query_int (ScDatabase *self,
           const char *sql,
           int        *out,
           GError    **error)
{
  sqlite3_stmt *stmt;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        *out = sqlite3_column_int (stmt, 0);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (self, rc, error);
  return TRUE;
}

/* Checks the first bytes before SQLite sees the file: SQLite would happily
 * treat an empty or unrelated file as a new database. (Plain POSIX calls,
 * not GFile: GIO's first use loads its modules.) */
static gboolean
check_header (const char *path,
              GError    **error)
{
  char header[100] = { 0 };
  GStatBuf st;
  gssize got = -1;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved = errno;

  if (fd >= 0 && fstat (fd, &st) == 0 && S_ISDIR (st.st_mode))
    saved = EISDIR;
  else if (fd >= 0)
    {
      while ((got = read (fd, header, sizeof header)) < 0 && errno == EINTR)
        ;
      saved = errno;
    }
  if (fd >= 0)
    g_close (fd, NULL);
  if (got < 0)
    {
      if (saved == ENOENT)
        g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_NOT_FOUND,
                     _("The file “%s” does not exist."), path);
      else if (saved == EISDIR)
        g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_NOT_A_DATABASE,
                     _("“%s” is a folder, not a database file."), path);
      else
        g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_READ_ONLY,
                     _("The file “%s” cannot be read: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (got < (gssize)sizeof header || memcmp (header, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    {
      g_set_error_literal (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_NOT_A_DATABASE,
                           message_for_code (SC_DATABASE_ERROR_NOT_A_DATABASE));
      return FALSE;
    }
  return TRUE;
}

/* A file or folder without write bits counts as read-only even for an
 * administrator, for whom access() always says yes: the user marked it so. */
static gboolean
is_writable (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return FALSE;
  return (st.st_mode & S_IWUSR) != 0 && g_access (path, W_OK) == 0;
}

static gboolean
check_writable (const char *path,
                GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (is_writable (path) && is_writable (dir))
    return TRUE;
  g_set_error_literal (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_READ_ONLY,
                       message_for_code (SC_DATABASE_ERROR_READ_ONLY));
  return FALSE;
}

static gboolean
check_integrity (ScDatabase *self,
                 GError    **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;
  int rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_OK)
    return sc_database_set_error (self, rc, error);
  if (!ok)
    return sc_database_set_error (self, SQLITE_CORRUPT, error);
  return TRUE;
}

static gboolean
check_identity (ScDatabase *self,
                GError    **error)
{
  int app_id = 0, version = 0, n_tables = 0;

  if (!query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "PRAGMA user_version", &version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    return FALSE;
  if (app_id != SC_DATABASE_APPLICATION_ID && (app_id != 0 || n_tables > 0))
    return sc_database_set_error (self, SQLITE_NOTADB, error);
  if (version > SC_DATABASE_SCHEMA_VERSION)
    {
      g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_TOO_NEW,
                   "%s", message_for_code (SC_DATABASE_ERROR_TOO_NEW));
      return FALSE;
    }
  self->schema_version = version;
  return TRUE;
}

/* Probes for a write lock so a locked or read-only file is refused now, not
 * at the first edit. */
static gboolean
probe_write (ScDatabase *self,
             GError    **error)
{
  if (!sc_database_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  sc_database_rollback (self);
  return TRUE;
}

static char *
backup_path_for (const char *path,
                 int         version)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  return g_strdup_printf ("%s.v%d-%s.bak", path, version, stamp);
}

/* Copies every page of @source's main database over @dest's, in one step. */
int
sc_database_copy_pages (sqlite3 *dest,
                        sqlite3 *source)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  int rc;

  if (backup == NULL)
    return sqlite3_errcode (dest);
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The connection's state: another connection's commit changes the
 * data version, this connection's writes the total of changes. */
gboolean
sc_database_read_change_state (ScDatabase  *self,
                               gint64      *data_version,
                               gint64      *total_changes,
                               GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (self, "PRAGMA data_version", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *data_version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (self, rc, error);
  *total_changes = sqlite3_total_changes64 (self->db);
  return TRUE;
}

gboolean
sc_database_backup_to (ScDatabase *self,
                       const char *dest_path,
                       GError    **error)
{
  sqlite3 *dest = NULL;
  int rc, fd;

  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);

  /* Created 0600 before SQLite writes a byte of personal data into it. */
  fd = g_open (dest_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_READ_ONLY,
                   _("The backup copy “%s” could not be written: %s"),
                   dest_path, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);

  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sc_database_copy_pages (dest, self->db);
  /* A copy is one self-contained file, without -wal and -shm beside it. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK && is_out_of_space_errno (sqlite3_system_errno (dest)))
    rc = SQLITE_FULL;
  sqlite3_close_v2 (dest);
  if (rc != SQLITE_OK)
    {
      g_unlink (dest_path);
      return sc_database_set_error (self, rc, error);
    }
  return TRUE;
}

/* Replaces the whole content of the open database with that of the copy at
 * @copy_path, in one write transaction: a crash leaves either. Check the
 * copy first (sc_database_check_copy), and open the file again afterwards so
 * an older copy is migrated. */
gboolean
sc_database_restore_from (ScDatabase *self,
                          const char *copy_path,
                          GError    **error)
{
  sqlite3 *source = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (copy_path != NULL, FALSE);

  rc = sqlite3_open_v2 (copy_path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      g_hash_table_remove_all (self->statements);
      rc = sc_database_copy_pages (self->db, source);
    }
  sqlite3_close_v2 (source);
  if (rc != SQLITE_OK)
    return sc_database_set_error (self, rc, error);
  return TRUE;
}

/* Inside the migration's transaction: a rebuilt table must leave every
 * reference whole (step 10 of SQLite's twelve-step ALTER). */
static gboolean
check_foreign_keys (ScDatabase *self,
                    GError    **error)
{
  int n_broken = 0;

  if (!query_int (self, "SELECT count (*) FROM pragma_foreign_key_check", &n_broken, error))
    return FALSE;
  if (n_broken > 0)
    return sc_database_set_error (self, SQLITE_CONSTRAINT, error);
  return TRUE;
}

/* Foreign keys are off while a migration runs: rebuilding a table drops
 * the old one, which must not cascade to the rows that point at it. */
static gboolean
apply_migration (ScDatabase *self,
                 int         to_version,
                 GError    **error)
{
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", to_version);
  g_autofree char *set_app_id = g_strdup_printf ("PRAGMA application_id = %d",
                                                 SC_DATABASE_APPLICATION_ID);
  gboolean ok;

  if (!sc_database_exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  ok = sc_database_begin (self, error);
  if (ok && !(sc_database_exec (self, sc_schema_migrations[to_version - 1], error) &&
              check_foreign_keys (self, error) &&
              sc_database_exec (self, set_version, error) &&
              sc_database_exec (self, set_app_id, error) &&
              sc_database_commit (self, error)))
    {
      sc_database_rollback (self);
      ok = FALSE;
    }
  if (!sc_database_exec (self, "PRAGMA foreign_keys = ON", ok ? error : NULL))
    return FALSE;
  if (ok)
    self->schema_version = to_version;
  return ok;
}

static gboolean
migrate_to (ScDatabase *self,
            int         target,
            GError    **error)
{
  if (self->schema_version > 0 && self->schema_version < target)
    {
      g_autofree char *backup = backup_path_for (self->path, self->schema_version);
      if (!sc_database_backup_to (self, backup, error))
        return FALSE;
      g_message ("Saved a copy of the old database as %s", backup);
    }
  while (self->schema_version < target)
    if (!apply_migration (self, self->schema_version + 1, error))
      return FALSE;
  return TRUE;
}

static void
restrict_permissions (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      if (g_file_test (file, G_FILE_TEST_EXISTS))
        g_chmod (file, 0600);
    }
}

static gboolean
configure_connection (ScDatabase *self,
                      GError    **error)
{
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 0);
  return sc_database_exec (self, "PRAGMA foreign_keys = ON", error) &&
         sc_database_exec (self, "PRAGMA journal_mode = WAL", error) &&
         sc_database_exec (self, "PRAGMA synchronous = NORMAL", error);
}

static ScDatabase *
open_connection (const char *path,
                 int         flags,
                 GError    **error)
{
  g_autoptr(ScDatabase) self = g_object_new (SC_TYPE_DATABASE, NULL);
  int rc;

  self->path = g_strdup (path);
  /* One thread at a time uses a connection (a worker opens its own, or
   * takes one no one else is using, sc-import-task.h), so SQLite need not
   * lock it on every call: its mutex was 5 % of a 50 000-person import. */
  rc = sqlite3_open_v2 (path, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      sc_database_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * sc_database_set_large_cache:
 *
 * A page cache that holds a large college whole (64 MB at most, taken only
 * as pages are read) while @large, so a big import does not spill to the
 * WAL mid-transaction as it does with SQLite's default 2 MB; back to the
 * default after, so reading a college does not fill 64 MB of memory that
 * is allocated page by page (that made the window's first read of a
 * 50 000-person file twice as slow).
 */
void
sc_database_set_large_cache (ScDatabase *self,
                             gboolean    large)
{
  g_return_if_fail (SC_IS_DATABASE (self));

  sqlite3_exec (self->db, large ? "PRAGMA cache_size = -65536" : "PRAGMA cache_size = -2000",
                NULL, NULL, NULL);
}

/* The journal mode a PRAGMA journal_mode statement left: "wal",
 * "delete"; NULL when it failed. */
static char *
set_journal_mode (ScDatabase *self,
                  const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *mode = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    mode = sc_database_column_dup_or_null (stmt, 0);
  sqlite3_finalize (stmt);
  return mode;
}

/**
 * sc_database_take_for_bulk_write:
 *
 * Before a large write, outside a transaction: when no other connection
 * has the file open, switches it from the write-ahead log to a rollback
 * journal and returns %TRUE. The log writes every page twice (into the log,
 * then back into the file when it is checkpointed); the journal only keeps
 * the pages a transaction changes, and new pages need none. A 50 000-person
 * import took 0.05 s less this way. When someone else has the file open
 * (the window, while the command line imports), it fails at once, not
 * after the busy timeout, and the write goes through the log as always.
 * sc_database_release_bulk_write() switches back.
 */
gboolean
sc_database_take_for_bulk_write (ScDatabase *self)
{
  g_autofree char *mode = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sqlite3_get_autocommit (self->db), FALSE);

  sqlite3_busy_timeout (self->db, 0);
  mode = set_journal_mode (self, "PRAGMA journal_mode = DELETE");
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  return g_strcmp0 (mode, "delete") == 0;
}

/* Back to the write-ahead log; if another connection opened the file in
 * between, that one's own open switches it back. */
void
sc_database_release_bulk_write (ScDatabase *self)
{
  g_autofree char *mode = NULL;

  g_return_if_fail (SC_IS_DATABASE (self));

  mode = set_journal_mode (self, "PRAGMA journal_mode = WAL");
  if (g_strcmp0 (mode, "wal") != 0)
    g_debug ("The file stays in journal mode %s until it is opened again", mode);
}

/* @check: run PRAGMA quick_check now; a file that needs migrating is
 * checked anyway. */
static ScDatabase *
open_at_version (const char *path,
                 int         target,
                 int         flags,
                 gboolean    check,
                 GError    **error)
{
  g_autoptr(ScDatabase) self = open_connection (path, flags, error);

  if (self == NULL)
    return NULL;
  if (!check_identity (self, error) ||
      ((check || self->schema_version != target) && !check_integrity (self, error)) ||
      !probe_write (self, error) ||
      !configure_connection (self, error) ||
      !migrate_to (self, target, error))
    return NULL;
  restrict_permissions (path);
  return g_steal_pointer (&self);
}

ScDatabase *
sc_database_open (const char *path,
                  GError    **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  if (!check_header (path, error) || !check_writable (path, error))
    return NULL;
  return open_at_version (path, SC_DATABASE_SCHEMA_VERSION, SQLITE_OPEN_READWRITE, TRUE, error);
}

/**
 * sc_database_open_unchecked:
 *
 * Opens @path like sc_database_open() but without reading every page
 * through PRAGMA quick_check (a file that needs migrating is still checked
 * first): for a second connection to a file already checked, or for the
 * window, which shows the file at once and checks it with
 * sc_database_verify_async() meanwhile.
 */
ScDatabase *
sc_database_open_unchecked (const char *path,
                            GError    **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  if (!check_header (path, error) || !check_writable (path, error))
    return NULL;
  return open_at_version (path, SC_DATABASE_SCHEMA_VERSION, SQLITE_OPEN_READWRITE, FALSE, error);
}

static void
verify_thread (GTask        *task,
               gpointer      source,
               gpointer      path,
               GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) reader = open_connection (path, SQLITE_OPEN_READONLY, &error);

  if (reader == NULL || !check_integrity (reader, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * sc_database_verify_async:
 *
 * Runs PRAGMA quick_check on @self's file in a thread, on a read-only
 * connection of its own.
 */
void
sc_database_verify_async (ScDatabase          *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (SC_IS_DATABASE (self));

  g_task_set_source_tag (task, sc_database_verify_async);
  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, verify_thread);
}

/* FALSE with SC_DATABASE_ERROR_CORRUPT (or why the file could not be
 * read) when the check failed. */
gboolean
sc_database_verify_finish (ScDatabase    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Checks, without writing to it, that @path is a sound copy of a college
 * database this application can open; *out_version gets its schema version. */
gboolean
sc_database_check_copy (const char *path,
                        int        *out_version,
                        GError    **error)
{
  g_autoptr(ScDatabase) copy = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!check_header (path, error))
    return FALSE;
  copy = open_connection (path, SQLITE_OPEN_READONLY, error);
  if (copy == NULL || !check_identity (copy, error) || !check_integrity (copy, error))
    return FALSE;
  if (copy->schema_version < 1)
    return sc_database_set_error (copy, SQLITE_NOTADB, error);
  if (out_version != NULL)
    *out_version = copy->schema_version;
  return TRUE;
}

/* Creates the file 0600 and empty, failing if anything is already there. */
static gboolean
create_empty_file (const char *path,
                   GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_READ_ONLY,
                   _("The folder “%s” could not be created: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      if (saved_errno == EEXIST)
        g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_EXISTS,
                     _("The file “%s” already exists. Open it, or choose another name."), path);
      else
        g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_READ_ONLY,
                     _("The file “%s” could not be created: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);
  return TRUE;
}

static gboolean
insert_organization (ScDatabase *self,
                     const char *name,
                     GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (self,
      "INSERT INTO organization (id, full_name, short_name) VALUES (1, ?1, ?1)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (!sc_database_step_done (self, stmt, error))
    return FALSE;
  /* A college that starts now starts in MAX (DESIGN.md §4); migration 8
   * put the files made before on the platform of their time. */
  return sc_database_exec (self,
      "UPDATE platform_history SET platform = 'max' WHERE from_date IS NULL", error);
}

gboolean
sc_database_create_at_version (const char *path,
                               int         version,
                               GError    **error)
{
  g_autoptr(ScDatabase) self = NULL;

  if (!create_empty_file (path, error))
    return FALSE;
  self = open_at_version (path, version, SQLITE_OPEN_READWRITE, TRUE, error);
  if (self == NULL)
    {
      g_unlink (path);
      return FALSE;
    }
  return TRUE;
}

ScDatabase *
sc_database_create (const char *path,
                    const char *college_name,
                    GError    **error)
{
  g_autoptr(ScDatabase) self = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (college_name != NULL, NULL);

  name = g_strstrip (g_strdup (college_name));
  if (*name == '\0')
    {
      g_set_error_literal (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_FAILED,
                           _("Enter the name of the college."));
      return NULL;
    }
  if (!create_empty_file (path, error))
    return NULL;
  self = open_at_version (path, SC_DATABASE_SCHEMA_VERSION, SQLITE_OPEN_READWRITE, TRUE, error);
  if (self == NULL || !insert_organization (self, name, error))
    {
      g_clear_object (&self);
      g_unlink (path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

static void
append_rows (ScDatabase *self,
             const char *sql,
             GString    *out,
             gboolean   *ok,
             const char *good)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      *ok = FALSE;
      g_string_append_printf (out, "%s\n", sqlite3_errmsg (self->db));
      return;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *text = (const char *)sqlite3_column_text (stmt, 0);
      if (good != NULL && g_strcmp0 (text, good) == 0)
        continue;
      *ok = FALSE;
      if (n++ < 20)
        g_string_append_printf (out, "  %s\n", text ? text : "");
    }
  sqlite3_finalize (stmt);
}

/* Full integrity and foreign-key check. Returns a report for a person;
 * @ok tells whether everything passed. */
char *
sc_database_check (ScDatabase *self,
                   gboolean   *ok,
                   GError    **error)
{
  GString *out = g_string_new (NULL);
  gboolean integrity_ok = TRUE, keys_ok = TRUE;

  g_return_val_if_fail (SC_IS_DATABASE (self), NULL);

  append_rows (self, "PRAGMA integrity_check", out, &integrity_ok, "ok");
  append_rows (self,
               "SELECT \"table\" || ' row ' || rowid || ' → ' || parent FROM pragma_foreign_key_check",
               out, &keys_ok, NULL);
  g_string_prepend (out, "\n");
  g_string_prepend (out, keys_ok ? _("Links between records: ok")
                                 : _("Links between records: broken"));
  g_string_prepend (out, "\n");
  g_string_prepend (out, integrity_ok ? _("Integrity: ok") : _("Integrity: damaged"));
  g_string_prepend (out, "\n");
  {
    g_autofree char *line = g_strdup_printf (_("Schema version: %d (this application: %d)"),
                                             self->schema_version, SC_DATABASE_SCHEMA_VERSION);
    g_string_prepend (out, line);
  }
  *ok = integrity_ok && keys_ok;
  return g_string_free (out, FALSE);
}

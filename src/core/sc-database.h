/* sc-database.h — one college's SQLite file
 *
 * Threads: a connection is used by one thread at a time (it may move from
 * one to another); a thread that works alongside the window opens its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define SC_DATABASE_SCHEMA_VERSION 9
/* "SCO1": marks the file as ours, so another program's SQLite file is refused. */
#define SC_DATABASE_APPLICATION_ID 0x53434F31

#define SC_DATABASE_ERROR (sc_database_error_quark ())

typedef enum
{
  SC_DATABASE_ERROR_NOT_FOUND,
  SC_DATABASE_ERROR_EXISTS,
  SC_DATABASE_ERROR_NOT_A_DATABASE,
  SC_DATABASE_ERROR_CORRUPT,
  SC_DATABASE_ERROR_TOO_NEW,
  SC_DATABASE_ERROR_READ_ONLY,
  SC_DATABASE_ERROR_LOCKED,
  SC_DATABASE_ERROR_FULL,
  SC_DATABASE_ERROR_FAILED,
  SC_DATABASE_ERROR_WRITE,     /* a write failed: most likely a full disk */
} ScDatabaseError;

#define SC_TYPE_DATABASE (sc_database_get_type ())
G_DECLARE_FINAL_TYPE (ScDatabase, sc_database, SC, DATABASE, GObject)

GQuark        sc_database_error_quark     (void);
char         *sc_database_default_path    (void);

ScDatabase   *sc_database_create          (const char   *path,
                                           const char   *college_name,
                                           GError      **error);
ScDatabase   *sc_database_open            (const char   *path,
                                           GError      **error);
ScDatabase   *sc_database_open_unchecked  (const char   *path,
                                           GError      **error);
void          sc_database_verify_async    (ScDatabase          *self,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean      sc_database_verify_finish   (ScDatabase   *self,
                                           GAsyncResult *result,
                                           GError      **error);
const char   *sc_database_get_path        (ScDatabase   *self);
void          sc_database_set_large_cache (ScDatabase   *self,
                                           gboolean      large);
gboolean      sc_database_take_for_bulk_write    (ScDatabase *self);
void          sc_database_release_bulk_write     (ScDatabase *self);
sqlite3      *sc_database_get_handle      (ScDatabase   *self);
int           sc_database_get_schema_version (ScDatabase *self);

sqlite3_stmt *sc_database_prepare         (ScDatabase   *self,
                                           const char   *sql,
                                           GError      **error);
gboolean      sc_database_exec            (ScDatabase   *self,
                                           const char   *sql,
                                           GError      **error);
gboolean      sc_database_step_done       (ScDatabase   *self,
                                           sqlite3_stmt *stmt,
                                           GError      **error);
gboolean      sc_database_begin           (ScDatabase   *self,
                                           GError      **error);
gboolean      sc_database_commit          (ScDatabase   *self,
                                           GError      **error);
void          sc_database_rollback        (ScDatabase   *self);
gboolean      sc_database_backup_to       (ScDatabase   *self,
                                           const char   *dest_path,
                                           GError      **error);
gboolean      sc_database_restore_from    (ScDatabase   *self,
                                           const char   *copy_path,
                                           GError      **error);
gboolean      sc_database_check_copy      (const char   *path,
                                           int          *out_version,
                                           GError      **error);
char         *sc_database_check           (ScDatabase   *self,
                                           gboolean     *ok,
                                           GError      **error);
/* Emits ScDatabase::changed with @what as its detail: "organization",
 * "people", "chats", "activity" or "reports" (any other is refused). */
void          sc_database_emit_changed    (ScDatabase   *self,
                                           const char   *what);

/* A text column as a new string: "" (or NULL with _or_null) for SQL NULL. */
char         *sc_database_column_dup      (sqlite3_stmt *stmt,
                                           int           column);
char         *sc_database_column_dup_or_null (sqlite3_stmt *stmt,
                                              int           column);

gboolean      sc_database_set_error       (ScDatabase   *self,
                                           int           rc,
                                           GError      **error);

G_END_DECLS

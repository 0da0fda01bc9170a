/* sc-backup.h — daily copies of a college database and restoring one
 *
 * Copies live in a "backups" folder beside the database, named after it:
 * college.sqlite3 → backups/college-2023-11-29.sqlite3 (the day's copy) and
 * backups/college-2023-11-29-153012.sqlite3 (the file as it was before a
 * copy was restored). Every copy is written with SQLite's backup API, so it
 * is consistent even while the database is in use, and is mode 0600.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

/* How many copies of one database the daily backup keeps. */
#define SC_BACKUP_KEEP 14

typedef struct
{
  char    *path;
  char    *date;    /* YYYY-MM-DD, the day the copy was made */
  char    *time;    /* HH:MM:SS for a copy made before a restore, else NULL */
  goffset  size;    /* bytes */
} ScBackup;

void       sc_backup_free         (ScBackup    *backup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScBackup, sc_backup_free)

char      *sc_backup_folder       (const char  *db_path);
/* The copies of @db_path, newest first (an array of ScBackup). A missing
 * folder is an empty list. */
GPtrArray *sc_backup_list         (const char  *db_path,
                                   GError     **error);
/* Makes the day's copy unless one exists for @now's date (NULL: now), then
 * deletes the oldest copies beyond SC_BACKUP_KEEP. *out_path (may be NULL)
 * gets the new copy's path, or NULL when the day already had one. */
gboolean   sc_backup_daily        (ScDatabase  *db,
                                   GDateTime   *now,
                                   char       **out_path,
                                   GError     **error);
/* Deletes the oldest copies of @db_path beyond @keep. */
gboolean   sc_backup_rotate       (const char  *db_path,
                                   guint        keep,
                                   GError     **error);
/* Where sc_backup_restore() will keep the current file, for telling the
 * user before they confirm. */
char      *sc_backup_path_before_restore (const char *db_path,
                                          GDateTime  *now);
/* Checks @backup_path, saves the current database as @save_current_to,
 * then replaces the database's content with the copy's in one
 * transaction. Open the file again afterwards (an older copy is migrated
 * on opening). */
gboolean   sc_backup_restore      (ScDatabase  *db,
                                   const char  *backup_path,
                                   const char  *save_current_to,
                                   GError     **error);

/* For a database file that cannot be opened (damaged): checks
 * @backup_path, keeps the current file as @save_current_to, then puts the
 * copy in its place (written beside it, then renamed over it, with the
 * old -wal and -shm removed). Nothing may have the file open. */
gboolean   sc_backup_restore_file (const char  *db_path,
                                   const char  *backup_path,
                                   const char  *save_current_to,
                                   GError     **error);

G_END_DECLS

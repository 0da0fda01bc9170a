/* sc-backup.h — daily copies of a college database and restoring one
 *
 * Copies live in a "backups" folder beside the database, named after it:
 * college.sqlite3 → backups/college-2023-11-29.sqlite3 (the day's copy),
 * backups/college-2023-11-29-153012.sqlite3 (the file as it was before a
 * copy was restored), backups/college-2023-11-29-153012-changes.sqlite3 (a
 * copy after the day's work: an import, a submitted report…, at most one
 * an hour) and backups/college-2023-11-29-153012-manual.sqlite3 (made with
 * «Сделать копию сейчас»). Every copy is written with SQLite's backup API, so it
 * is consistent even while the database is in use, and is mode 0600.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

/* How many daily copies of one database are kept, and how many of the
 * others (after changes, by hand, before a restore). */
#define SC_BACKUP_KEEP 14
/* A copy after changes is made at most this often. */
#define SC_BACKUP_CHANGES_INTERVAL (60 * 60)

typedef enum
{
  SC_BACKUP_DAILY,          /* the first opening of a day */
  SC_BACKUP_BEFORE_RESTORE, /* the file as it was before a copy was restored */
  SC_BACKUP_AFTER_CHANGES,  /* after an import, a submission or other work */
  SC_BACKUP_MANUAL,         /* «Сделать копию сейчас» */
} ScBackupKind;

typedef struct
{
  char         *path;
  char         *date;    /* YYYY-MM-DD, the day the copy was made */
  char         *time;    /* HH:MM:SS, NULL for the daily copy */
  goffset       size;    /* bytes */
  ScBackupKind  kind;
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
/* A copy after changes, unless one (or a copy by hand) was made less than
 * SC_BACKUP_CHANGES_INTERVAL before @now (NULL: now); then *out_path is
 * NULL and *wait (may be NULL) gets the seconds until one may be made. */
gboolean   sc_backup_after_changes (ScDatabase *db,
                                    GDateTime  *now,
                                    char      **out_path,
                                    guint      *wait,
                                    GError    **error);
/* A copy of @kind (SC_BACKUP_AFTER_CHANGES or SC_BACKUP_MANUAL) made at
 * @now (NULL: now), whatever copies there are. */
gboolean   sc_backup_write        (ScDatabase   *db,
                                   ScBackupKind  kind,
                                   GDateTime    *now,
                                   char        **out_path,
                                   GError      **error);
/* Deletes the oldest daily copies of @db_path beyond @keep, and the
 * oldest of the other copies beyond @keep. */
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

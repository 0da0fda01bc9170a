/* sc-database-snapshot.c — a whole college file held in memory
 *
 * SQLite's backup API copies every page of the file into an in-memory
 * database, and back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-database"

#include "config.h"

#include "sc-database-private.h"
#include "sc-database-snapshot.h"
#include "sc-i18n.h"

struct _ScDatabaseSnapshot
{
  sqlite3 *memory;
  gint64   data_version;   /* of the undoing connection, once marked */
  gint64   total_changes;
  gboolean marked;
};

ScDatabaseSnapshot *
sc_database_snapshot_take (ScDatabase  *db,
                           GError     **error)
{
  ScDatabaseSnapshot *snapshot;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  snapshot = g_new0 (ScDatabaseSnapshot, 1);
  rc = sqlite3_open_v2 (":memory:", &snapshot->memory,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL);
  if (rc == SQLITE_OK)
    rc = sc_database_copy_pages (snapshot->memory, sc_database_get_handle (db));
  if (rc != SQLITE_OK)
    {
      sc_database_set_error (db, rc, error);
      sc_database_snapshot_free (snapshot);
      return NULL;
    }
  return snapshot;
}

gboolean
sc_database_snapshot_mark (ScDatabaseSnapshot  *snapshot,
                           ScDatabase          *db,
                           GError             **error)
{
  g_return_val_if_fail (snapshot != NULL && SC_IS_DATABASE (db), FALSE);

  snapshot->marked = sc_database_read_change_state (db, &snapshot->data_version, &snapshot->total_changes, error);
  return snapshot->marked;
}

static void
emit_all (ScDatabase *db)
{
  const char *const kinds[] = { "organization", "people", "chats", "activity", "reports", "exports" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    sc_database_emit_changed (db, kinds[i]);
}

gboolean
sc_database_snapshot_restore (ScDatabaseSnapshot  *snapshot,
                              ScDatabase          *db,
                              GError             **error)
{
  gint64 data_version = 0, total_changes = 0;
  int rc;

  g_return_val_if_fail (snapshot != NULL && SC_IS_DATABASE (db), FALSE);

  if (!sc_database_read_change_state (db, &data_version, &total_changes, error))
    return FALSE;
  if (!snapshot->marked || data_version != snapshot->data_version ||
      total_changes != snapshot->total_changes)
    {
      g_set_error_literal (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_FAILED,
                           _("The college was changed since, so this can no longer be undone. Today's backup copy (main menu → Backup Copies) holds the college as it was when first opened today."));
      return FALSE;
    }
  rc = sc_database_copy_pages (sc_database_get_handle (db), snapshot->memory);
  if (rc != SQLITE_OK)
    return sc_database_set_error (db, rc, error);
  snapshot->marked = FALSE;
  emit_all (db);
  return TRUE;
}

void
sc_database_snapshot_free (ScDatabaseSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  sqlite3_close_v2 (snapshot->memory);
  g_free (snapshot);
}

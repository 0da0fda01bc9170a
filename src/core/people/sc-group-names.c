/* sc-group-names.c — the codes of the college's study groups by id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chat"

#include "config.h"

#include "sc-group-names.h"

GHashTable *
sc_group_names_load (ScDatabase  *db,
                     GError     **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  stmt = sc_database_prepare (db, "SELECT id, code FROM study_group", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);
      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (names, id, g_strdup ((const char *)sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&names);
}

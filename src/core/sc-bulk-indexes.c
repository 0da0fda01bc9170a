/* sc-bulk-indexes.c — writing many rows faster by building indexes after
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-database"

#include "config.h"

#include "sc-bulk-indexes.h"

static const char list_sql[] =
  "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1"
  " AND sql IS NOT NULL ORDER BY name";

/* Appends the CREATE statements of @table's indexes to @sql and their
 * names to @names. */
static gboolean
list_indexes (ScDatabase *db,
              const char *table,
              GPtrArray  *names,
              GPtrArray  *sql,
              GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, list_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (names, sc_database_column_dup (stmt, 0));
      g_ptr_array_add (sql, sc_database_column_dup (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

static gboolean
drop_index (ScDatabase *db,
            const char *name,
            GError    **error)
{
  /* Names come from the file's own schema; quoted as identifiers. */
  g_autoptr(GString) sql = g_string_new ("DROP INDEX \"");

  for (const char *c = name; *c; c++)
    {
      if (*c == '"')
        g_string_append_c (sql, '"');
      g_string_append_c (sql, *c);
    }
  g_string_append_c (sql, '"');
  return sc_database_exec (db, sql->str, error);
}

GPtrArray *
sc_bulk_indexes_drop (ScDatabase         *db,
                      const char * const *tables,
                      GError            **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sql = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  for (guint i = 0; tables[i] != NULL; i++)
    if (!list_indexes (db, tables[i], names, sql, error))
      return NULL;
  for (guint i = 0; i < names->len; i++)
    if (!drop_index (db, names->pdata[i], error))
      return NULL;
  return g_steal_pointer (&sql);
}

gboolean
sc_bulk_indexes_restore (ScDatabase *db,
                         GPtrArray  *dropped,
                         GError    **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  for (guint i = 0; i < dropped->len; i++)
    if (!sc_database_exec (db, dropped->pdata[i], error))
      return FALSE;
  return TRUE;
}

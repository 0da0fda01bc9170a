/* sc-activity-week.c — one week's teachers with their counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-activity"

#include "config.h"

#include <string.h>

#include "sc-person-name.h"
#include "sc-activity-teacher.h"
#include "sc-activity-week.h"

/* ?1 Monday, ?2 Sunday: the teachers active on the Sunday, with their week. */
#define WEEK_TEACHERS \
  " FROM person p LEFT JOIN usage_week u ON u.person_id = p.id AND u.week_monday = ?1" \
  " WHERE p.category = 'teacher' AND (p.left_on IS NULL OR p.left_on > ?2)"

static const char week_sql[] =
  "SELECT p.id, p.last_name, p.first_name, p.patronymic,"
  " coalesce (d.name, gd.name, ''),"
  " u.person_id IS NOT NULL, coalesce (u.messages, 0), coalesce (u.calls, 0)"
  " FROM person p LEFT JOIN usage_week u ON u.person_id = p.id AND u.week_monday = ?1"
  " LEFT JOIN department d ON d.id = p.department_id"
  " LEFT JOIN study_group g ON g.id = p.group_id"
  " LEFT JOIN department gd ON gd.id = g.department_id"
  " WHERE p.category = 'teacher' AND (p.left_on IS NULL OR p.left_on > ?2)";

/* ?3 norm messages, ?4 norm calls. */
static const char summary_sql[] =
  "SELECT count (*), coalesce (sum (coalesce (u.messages, 0) >= ?3"
  " AND coalesce (u.calls, 0) >= ?4), 0)" WEEK_TEACHERS;

static const char counts_sql[] =
  "SELECT p.id, coalesce (u.messages, 0), coalesce (u.calls, 0)" WEEK_TEACHERS
  " AND u.person_id IS NOT NULL";

/* ---- the week ------------------------------------------------------------ */

typedef struct
{
  gint64 id;   /* the key of a table of Counts */
  int    messages;
  int    calls;
} Counts;

static const char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  const char *text = (const char *)sqlite3_column_text (stmt, col);
  return text != NULL ? text : "";
}

static ScActivityTeacher *
teacher_from_row (sqlite3_stmt         *stmt,
                  const ScActivityNorm *norm)
{
  g_autofree char *name = sc_person_name_join (column_text (stmt, 1), column_text (stmt, 2),
                                               column_text (stmt, 3));

  return sc_activity_teacher_new (sqlite3_column_int64 (stmt, 0), name, column_text (stmt, 4),
                                  sqlite3_column_int (stmt, 5) != 0, sqlite3_column_int (stmt, 6),
                                  sqlite3_column_int (stmt, 7), norm);
}

static int
compare_teachers (gconstpointer a,
                  gconstpointer b)
{
  return sc_activity_teacher_compare (*(ScActivityTeacher *const *)a, *(ScActivityTeacher *const *)b);
}

static sqlite3_stmt *
prepare_week (ScDatabase *db,
              const char *sql,
              const char *monday,
              GError    **error)
{
  g_autofree char *sunday = NULL;
  sqlite3_stmt *stmt;

  if (!sc_activity_check_week (monday, error))
    return NULL;
  sunday = sc_activity_week_sunday (monday);
  if ((stmt = sc_database_prepare (db, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, monday, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sunday, -1, SQLITE_TRANSIENT);
  return stmt;
}

static gboolean
finish (ScDatabase   *db,
        sqlite3_stmt *stmt,
        int           rc,
        GError      **error)
{
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || sc_database_set_error (db, rc, error);
}

GListStore *
sc_activity_week_load (ScDatabase *db,
                    const char *monday,
                    GError    **error)
{
  g_autoptr(GPtrArray) teachers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) store = g_list_store_new (SC_TYPE_ACTIVITY_TEACHER);
  ScActivityNorm norm;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  if (!sc_activity_norm_load (db, &norm, error) ||
      (stmt = prepare_week (db, week_sql, monday, error)) == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (teachers, teacher_from_row (stmt, &norm));
  if (!finish (db, stmt, rc, error))
    return NULL;
  g_ptr_array_sort (teachers, compare_teachers);
  g_list_store_splice (store, 0, 0, teachers->pdata, teachers->len);
  return g_steal_pointer (&store);
}

static void
update_all (GListStore        *store,
            GHashTable        *records,
            const ScActivityNorm *norm)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScActivityTeacher) teacher = g_list_model_get_item (G_LIST_MODEL (store), i);
      gint64 id = sc_activity_teacher_get_id (teacher);
      const Counts *counts = g_hash_table_lookup (records, &id);

      sc_activity_teacher_update (teacher, counts != NULL, counts ? counts->messages : 0,
                               counts ? counts->calls : 0, norm);
    }
}

gboolean
sc_activity_week_refresh (GListStore *store,
                       ScDatabase *db,
                       const char *monday,
                       GError    **error)
{
  g_autoptr(GHashTable) records = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  ScActivityNorm norm;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (G_IS_LIST_STORE (store) && SC_IS_DATABASE (db), FALSE);

  if (!sc_activity_norm_load (db, &norm, error) ||
      (stmt = prepare_week (db, counts_sql, monday, error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Counts *counts = g_new (Counts, 1);
      counts->id = sqlite3_column_int64 (stmt, 0);
      counts->messages = sqlite3_column_int (stmt, 1);
      counts->calls = sqlite3_column_int (stmt, 2);
      g_hash_table_insert (records, &counts->id, counts);
    }
  if (!finish (db, stmt, rc, error))
    return FALSE;
  update_all (store, records, &norm);
  return TRUE;
}

void
sc_activity_week_count (GListModel *model,
                     guint      *met,
                     guint      *total)
{
  guint n = g_list_model_get_n_items (model);

  *met = 0;
  *total = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScActivityTeacher) teacher = g_list_model_get_item (model, i);
      *met += sc_activity_teacher_get_mark (teacher) == SC_ACTIVITY_MET ? 1 : 0;
    }
}

gboolean
sc_activity_week_summary (ScDatabase        *db,
                       const char        *monday,
                       const ScActivityNorm *norm,
                       guint             *met,
                       guint             *total,
                       GError           **error)
{
  sqlite3_stmt *stmt = prepare_week (db, summary_sql, monday, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 3, norm->messages);
  sqlite3_bind_int (stmt, 4, norm->calls);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *total = sqlite3_column_int (stmt, 0);
      *met = sqlite3_column_int (stmt, 1);
      rc = sqlite3_step (stmt);
    }
  return finish (db, stmt, rc, error);
}

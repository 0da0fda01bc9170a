/* sc-people.c — reading and changing the people of a college
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people"

#include "config.h"

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-people.h"
#include "sc-status-rule.h"

/* The event that gives a person's status on ?1 (sc-status-rule.h). */
#define STATUS_EVENT_ON_DATE SC_SQL_STATUS_EVENT_ON ("p.id", "?1")
#define ACTIVE_ON_DATE SC_SQL_ACTIVE_ON ("p", "?1")

static const char load_sql[] =
  "SELECT p.id, p.last_name, p.first_name, p.patronymic, p.category, "
  "       coalesce (g.code, ''), coalesce (d.name, gd.name, ''), p.position, p.phone, "
  "       p.email, p.notes, p.left_on, e.status, e.on_date, " ACTIVE_ON_DATE ", "
  "       " SC_SQL_NEEDS_MOVE_WITH ("p.id", "e.status", "?1") ", e.reason_code, e.reason, e.channel "
  "FROM person p "
  "LEFT JOIN study_group g ON g.id = p.group_id "
  "LEFT JOIN department d ON d.id = p.department_id "
  "LEFT JOIN department gd ON gd.id = g.department_id "
  "LEFT JOIN status_event e ON e.id = " STATUS_EVENT_ON_DATE;

void
sc_unit_progress_free (ScUnitProgress *progress)
{
  if (progress == NULL)
    return;
  g_free (progress->name);
  g_free (progress->curator);
  g_free (progress);
}

double
sc_unit_progress_pct (const ScUnitProgress *progress)
{
  if (progress->active == 0)
    return 0.0;
  return 100.0 * progress->connected / progress->active;
}

static ScPersonRecord *
record_from_row (sqlite3_stmt *stmt,
                 const char   *on_date)
{
  ScPersonRecord *r = g_new0 (ScPersonRecord, 1);

  r->id = sqlite3_column_int64 (stmt, 0);
  r->last_name = sc_database_column_dup (stmt, 1);
  r->first_name = sc_database_column_dup (stmt, 2);
  r->patronymic = sc_database_column_dup (stmt, 3);
  if (!sc_category_from_code ((const char *)sqlite3_column_text (stmt, 4), &r->category))
    r->category = SC_CATEGORY_STAFF;
  r->group_code = sc_database_column_dup (stmt, 5);
  r->department = sc_database_column_dup (stmt, 6);
  r->position = sc_database_column_dup (stmt, 7);
  r->phone = sc_database_column_dup (stmt, 8);
  r->email = sc_database_column_dup (stmt, 9);
  r->notes = sc_database_column_dup (stmt, 10);
  r->left_on = sc_database_column_dup_or_null (stmt, 11);
  r->active = sqlite3_column_int (stmt, 14) != 0;
  if (!sc_status_from_code ((const char *)sqlite3_column_text (stmt, 12), &r->status))
    r->status = SC_STATUS_NOT_INVITED;
  r->status_date = sc_database_column_dup_or_null (stmt, 13);
  r->needs_move = r->active && sqlite3_column_int (stmt, 15) != 0;
  if (r->status == SC_STATUS_DECLINED)
    {
      sc_decline_reason_from_code ((const char *)sqlite3_column_text (stmt, 16), &r->reason);
      r->reason_text = sc_database_column_dup (stmt, 17);
      sc_channel_from_code ((const char *)sqlite3_column_text (stmt, 18), &r->channel);
    }
  else
    r->reason_text = g_strdup ("");
  return r;
}

GPtrArray *
sc_people_read (ScDatabase *db,
                const char *on_date,
                GError    **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  stmt = sc_database_prepare (db, load_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, on_date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, sc_person_new (record_from_row (stmt, on_date)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&items);
}

GListStore *
sc_people_load (ScDatabase *db,
                const char *on_date,
                GError    **error)
{
  g_autoptr(GPtrArray) items = sc_people_read (db, on_date, error);
  GListStore *store;

  if (items == NULL)
    return NULL;
  store = g_list_store_new (SC_TYPE_PERSON);
  /* One splice, one items-changed signal, however many people. */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return store;
}

/* Finds a row by its unique text column or inserts it. 0 for "". */
static gint64
find_or_create (ScDatabase *db,
                const char *select_sql,
                const char *insert_sql,
                const char *value,
                GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (value == NULL || *value == '\0')
    return 0;
  if ((stmt = sc_database_prepare (db, select_sql, error)) == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id > 0)
    return id;
  if ((stmt = sc_database_prepare (db, insert_sql, error)) == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  if (!sc_database_step_done (db, stmt, error))
    return -1;
  return sqlite3_last_insert_rowid (sc_database_get_handle (db));
}

static gboolean
link_group_to_department (ScDatabase *db,
                          gint64      group_id,
                          gint64      department_id,
                          GError    **error)
{
  sqlite3_stmt *stmt;

  if (group_id <= 0 || department_id <= 0)
    return TRUE;
  stmt = sc_database_prepare (db,
      "UPDATE study_group SET department_id = ?2 WHERE id = ?1 AND department_id IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_int64 (stmt, 2, department_id);
  return sc_database_step_done (db, stmt, error);
}

static void
bind_nullable_id (sqlite3_stmt *stmt,
                  int           col,
                  gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, col, id);
  else
    sqlite3_bind_null (stmt, col);
}

static gboolean
write_person (ScDatabase           *db,
              const ScPersonRecord *r,
              gint64                group_id,
              gint64                department_id,
              gint64               *id,
              GError              **error)
{
  const char *texts[] = { r->last_name, r->first_name, r->patronymic, r->position,
                          r->phone, r->email, r->notes };
  sqlite3_stmt *stmt = sc_database_prepare (db, r->id > 0
      ? "UPDATE person SET last_name = ?1, first_name = ?2, patronymic = ?3, position = ?4, "
        "phone = ?5, email = ?6, notes = ?7, category = ?8, group_id = ?9, "
        "department_id = ?10, left_on = ?11 WHERE id = ?12"
      : "INSERT INTO person (last_name, first_name, patronymic, position, phone, email, notes, "
        "category, group_id, department_id, left_on) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    sqlite3_bind_text (stmt, i + 1, texts[i] ? texts[i] : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, sc_category_to_code (r->category), -1, SQLITE_STATIC);
  bind_nullable_id (stmt, 9, group_id);
  bind_nullable_id (stmt, 10, department_id);
  if (r->left_on != NULL)
    sqlite3_bind_text (stmt, 11, r->left_on, -1, SQLITE_TRANSIENT);
  if (r->id > 0)
    sqlite3_bind_int64 (stmt, 12, r->id);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  *id = r->id > 0 ? r->id : sqlite3_last_insert_rowid (sc_database_get_handle (db));
  return TRUE;
}

static gboolean
read_units (ScDatabase *db,
            gint64      id,
            gint64     *group_id,
            gint64     *department_id,
            GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT group_id, department_id FROM person WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *group_id = sqlite3_column_int64 (stmt, 0);
      *department_id = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE || sc_database_set_error (db, rc, error);
}

/* A new group or department is a move from today: the months that have
 * passed keep the group the person was in then (sc-status-rule.h). */
static gboolean
record_move (ScDatabase *db,
             gint64      id,
             gint64      from_group,
             gint64      to_group,
             gint64      from_department,
             gint64      to_department,
             GError    **error)
{
  g_autofree char *today = sc_date_today ();
  sqlite3_stmt *stmt;

  if (from_group == to_group && from_department == to_department)
    return TRUE;
  stmt = sc_database_prepare (db,
      "INSERT INTO person_move (person_id, on_date, from_group_id, to_group_id,"
      " from_department_id, to_department_id, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'manual')",
      error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  bind_nullable_id (stmt, 3, from_group);
  bind_nullable_id (stmt, 4, to_group);
  bind_nullable_id (stmt, 5, from_department);
  bind_nullable_id (stmt, 6, to_department);
  return sc_database_step_done (db, stmt, error);
}

static gboolean
save_in_transaction (ScDatabase           *db,
                     const ScPersonRecord *r,
                     gint64               *id,
                     GError              **error)
{
  gint64 department_id, group_id, old_group = 0, old_department = 0;

  department_id = find_or_create (db, "SELECT id FROM department WHERE name = ?1",
                                  "INSERT INTO department (name) VALUES (?1)",
                                  r->department, error);
  if (department_id < 0)
    return FALSE;
  group_id = find_or_create (db, "SELECT id FROM study_group WHERE code = ?1",
                             "INSERT INTO study_group (code) VALUES (?1)",
                             r->group_code, error);
  if (group_id < 0 || !link_group_to_department (db, group_id, department_id, error))
    return FALSE;
  if (r->id > 0 && !read_units (db, r->id, &old_group, &old_department, error))
    return FALSE;
  return write_person (db, r, group_id, department_id, id, error) &&
         (r->id == 0 || record_move (db, r->id, old_group, group_id, old_department,
                                     department_id, error));
}

static gboolean
is_blank (const char *text)
{
  while (text != NULL && g_ascii_isspace (*text))
    text++;
  return text == NULL || *text == '\0';
}

gint64
sc_people_save (ScDatabase           *db,
                const ScPersonRecord *record,
                GError              **error)
{
  gint64 id = 0;

  g_return_val_if_fail (SC_IS_DATABASE (db), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (is_blank (record->last_name))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Enter the person's last name."));
      return 0;
    }
  if (!sc_database_begin (db, error))
    return 0;
  if (!save_in_transaction (db, record, &id, error) || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return 0;
    }
  sc_database_emit_changed (db, "people");
  return id;
}

/* A mark differs from the status in force when the status does, or, for
 * a refusal, when its reason, words or channel do. */
static gboolean
status_differs (ScDatabase           *db,
                gint64                person_id,
                const ScStatusChange *change,
                GError              **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT coalesce (e.status, 'not_invited'), e.reason_code, coalesce (e.reason, ''), e.channel"
      " FROM (SELECT 1) LEFT JOIN status_event e ON e.id = " SC_SQL_STATUS_EVENT_ON ("?2", "?1"),
      error);
  gboolean differs = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, change->on_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, person_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      differs = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0),
                           sc_status_to_code (change->status)) != 0;
      if (!differs && change->status == SC_STATUS_DECLINED)
        differs = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 1),
                             sc_decline_reason_to_code (change->reason)) != 0 ||
                  g_strcmp0 ((const char *)sqlite3_column_text (stmt, 2),
                             change->reason_text ? change->reason_text : "") != 0 ||
                  g_strcmp0 ((const char *)sqlite3_column_text (stmt, 3),
                             sc_channel_to_code (change->channel)) != 0;
    }
  sqlite3_reset (stmt);
  return differs;
}

static gboolean
insert_event (ScDatabase           *db,
              gint64                person_id,
              const ScStatusChange *change,
              GArray               *events,
              GError              **error)
{
  gboolean declined = change->status == SC_STATUS_DECLINED;
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT INTO status_event (person_id, status, on_date, reason, reason_code, channel, source) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'manual')", error);
  gint64 id;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, sc_status_to_code (change->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, change->on_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, declined && change->reason_text ? change->reason_text : "", -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, declined ? sc_decline_reason_to_code (change->reason) : NULL, -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, declined ? sc_channel_to_code (change->channel) : NULL, -1,
                     SQLITE_STATIC);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (sc_database_get_handle (db));
  g_array_append_val (events, id);
  return TRUE;
}

static gboolean
check_change (const ScStatusChange *change,
              GError              **error)
{
  g_autofree char *text = g_strstrip (g_strdup (change->reason_text ? change->reason_text : ""));

  if (!sc_date_is_valid_iso (change->on_date))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Enter the date the status holds from as DD.MM.YYYY."));
      return FALSE;
    }
  if (change->status == SC_STATUS_DECLINED && change->reason == SC_DECLINE_REASON_OTHER &&
      *text == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The reason is “other”: write it in a few words."));
      return FALSE;
    }
  return TRUE;
}

gboolean
sc_people_change_status (ScDatabase           *db,
                         const gint64         *ids,
                         guint                 n_ids,
                         const ScStatusChange *change,
                         GArray              **out_events,
                         GError              **error)
{
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (change != NULL && change->on_date != NULL, FALSE);

  if (!check_change (change, error) || !sc_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < n_ids && local_error == NULL; i++)
    if (status_differs (db, ids[i], change, &local_error))
      insert_event (db, ids[i], change, events, &local_error);
  if (local_error != NULL || !sc_database_commit (db, &local_error))
    {
      sc_database_rollback (db);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  sc_database_emit_changed (db, "people");
  if (out_events != NULL)
    *out_events = g_steal_pointer (&events);
  return TRUE;
}

gboolean
sc_people_set_status (ScDatabase   *db,
                      const gint64 *ids,
                      guint         n_ids,
                      ScStatus      status,
                      const char   *on_date,
                      const char   *reason,
                      GArray      **out_events,
                      GError      **error)
{
  ScStatusChange change = { status, on_date, SC_DECLINE_REASON_NONE, reason, SC_CHANNEL_NONE };

  return sc_people_change_status (db, ids, n_ids, &change, out_events, error);
}

/* Undo of sc_people_set_status(): the events it added are withdrawn. */
gboolean
sc_people_remove_events (ScDatabase *db,
                         GArray     *events,
                         GError    **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if (!sc_database_begin (db, error))
    return FALSE;
  for (guint i = 0; ok && i < events->len; i++)
    {
      ok = (stmt = sc_database_prepare (db, "DELETE FROM status_event WHERE id = ?1", error)) != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, g_array_index (events, gint64, i));
          ok = sc_database_step_done (db, stmt, error);
        }
    }
  if (!ok || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  sc_database_emit_changed (db, "people");
  return TRUE;
}

static gboolean
read_left_on (ScDatabase *db,
              gint64      id,
              GPtrArray  *previous,
              GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, "SELECT left_on FROM person WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  g_ptr_array_add (previous, sqlite3_step (stmt) == SQLITE_ROW
                             ? sc_database_column_dup_or_null (stmt, 0) : NULL);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
write_left_on (ScDatabase *db,
               gint64      id,
               const char *left_on,
               GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, "UPDATE person SET left_on = ?2 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (left_on != NULL)
    sqlite3_bind_text (stmt, 2, left_on, -1, SQLITE_TRANSIENT);
  return sc_database_step_done (db, stmt, error);
}

/* @values: one left_on a person (GPtrArray of char *), or NULL: @left_on for all. */
static gboolean
apply_left (ScDatabase   *db,
            const gint64 *ids,
            guint         n_ids,
            const char   *left_on,
            GPtrArray    *values,
            GPtrArray    *previous,
            GError      **error)
{
  gboolean ok = sc_database_begin (db, error);

  for (guint i = 0; ok && i < n_ids; i++)
    {
      const char *value = values ? g_ptr_array_index (values, i) : left_on;
      ok = (previous == NULL || read_left_on (db, ids[i], previous, error)) &&
           write_left_on (db, ids[i], value, error);
    }
  if (!ok || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  sc_database_emit_changed (db, "people");
  return TRUE;
}

gboolean
sc_people_set_left (ScDatabase   *db,
                    const gint64 *ids,
                    guint         n_ids,
                    const char   *left_on,
                    GPtrArray   **out_previous,
                    GError      **error)
{
  g_autoptr(GPtrArray) previous = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if (!apply_left (db, ids, n_ids, left_on, NULL, previous, error))
    return FALSE;
  if (out_previous != NULL)
    *out_previous = g_steal_pointer (&previous);
  return TRUE;
}

gboolean
sc_people_restore_left (ScDatabase   *db,
                        const gint64 *ids,
                        guint         n_ids,
                        GPtrArray    *previous,
                        GError      **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (previous != NULL && previous->len == n_ids, FALSE);

  return apply_left (db, ids, n_ids, NULL, previous, NULL, error);
}

static const char progress_sql[] =
  "WITH member AS ("
  "  SELECT p.id, p.category, p.group_id, coalesce (p.department_id, g.department_id) AS dep, "
  "         e.status = 'joined' AS joined "
  "  FROM person p LEFT JOIN study_group g ON g.id = p.group_id "
  "  LEFT JOIN status_event e ON e.id = " STATUS_EVENT_ON_DATE
  "  WHERE " ACTIVE_ON_DATE " AND p.category IN ('teacher', 'student')) "
  "SELECT 0, g.id, g.code, coalesce (c.last_name || ' ' || c.first_name || ' ' || c.patronymic, ''), "
  "       count (*), total (m.joined) "
  "FROM member m JOIN study_group g ON g.id = m.group_id LEFT JOIN person c ON c.id = g.curator_id "
  "WHERE m.category = 'student' GROUP BY g.id "
  "UNION ALL "
  "SELECT 1, d.id, d.name, '', count (*), total (m.joined) "
  "FROM member m JOIN department d ON d.id = m.dep GROUP BY d.id";

static gint
compare_progress (gconstpointer a,
                  gconstpointer b)
{
  const ScUnitProgress *pa = *(ScUnitProgress **)a, *pb = *(ScUnitProgress **)b;
  double da = sc_unit_progress_pct (pa), db = sc_unit_progress_pct (pb);

  if (da != db)
    return da < db ? -1 : 1;
  if (pa->kind != pb->kind)
    return pa->kind == SC_UNIT_DEPARTMENT ? -1 : 1;
  return g_utf8_collate (pa->name, pb->name);
}

GPtrArray *
sc_people_progress (ScDatabase *db,
                    const char *on_date,
                    GError    **error)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_unit_progress_free);
  sqlite3_stmt *stmt = sc_database_prepare (db, progress_sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, on_date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScUnitProgress *u = g_new0 (ScUnitProgress, 1);
      u->kind = sqlite3_column_int (stmt, 0) ? SC_UNIT_DEPARTMENT : SC_UNIT_GROUP;
      u->id = sqlite3_column_int64 (stmt, 1);
      u->name = sc_database_column_dup (stmt, 2);
      u->curator = g_strstrip (sc_database_column_dup (stmt, 3));
      u->active = sqlite3_column_int (stmt, 4);
      u->connected = (guint)sqlite3_column_double (stmt, 5);
      g_ptr_array_add (units, u);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  g_ptr_array_sort (units, compare_progress);
  return g_steal_pointer (&units);
}

gboolean
sc_people_count (ScDatabase *db,
                 ScCategory  category,
                 const char *on_date,
                 guint      *connected,
                 guint      *active,
                 GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT count (*), total (e.status = 'joined') FROM person p "
      "LEFT JOIN status_event e ON e.id = " STATUS_EVENT_ON_DATE
      " WHERE " ACTIVE_ON_DATE " AND p.category = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, on_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sc_category_to_code (category), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *active = sqlite3_column_int (stmt, 0);
      *connected = (guint)sqlite3_column_double (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

gint64
sc_people_size_hint (ScDatabase *db,
                        GError    **error)
{
  /* The largest id, read from one page: count (*) read the whole table
   * (half a megabyte of cache for 50 000 people) to decide how to read it. */
  sqlite3_stmt *stmt = sc_database_prepare (db, "SELECT coalesce (max (id), 0) FROM person", error);
  gint64 n = -1;
  int rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      sc_database_set_error (db, rc, error);
      return -1;
    }
  return n;
}

gboolean
sc_people_tally (ScDatabase    *db,
                 ScCategory     category,
                 const char    *on_date,
                 ScPeopleTally *tally,
                 GError       **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT count (*), total (e.status = 'joined'), total (e.status = 'declined'),"
      " total (e.status = 'declined' AND e.channel IS NOT NULL),"
      " total (" SC_SQL_NEEDS_MOVE_WITH ("p.id", "e.status", "?1") ") FROM person p "
      "LEFT JOIN status_event e ON e.id = " STATUS_EVENT_ON_DATE
      " WHERE " ACTIVE_ON_DATE " AND p.category = ?2", error);
  int rc;

  g_return_val_if_fail (tally != NULL, FALSE);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, on_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sc_category_to_code (category), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      tally->active = sqlite3_column_int (stmt, 0);
      tally->connected = (guint)sqlite3_column_double (stmt, 1);
      tally->declined = (guint)sqlite3_column_double (stmt, 2);
      tally->alternative = (guint)sqlite3_column_double (stmt, 3);
      tally->needs_move = (guint)sqlite3_column_double (stmt, 4);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

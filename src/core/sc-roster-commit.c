/* sc-roster-commit.c — writing a roster plan in one transaction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"


#include "sc-bulk-indexes.h"
#include "sc-roster-import-private.h"

static const char insert_department_sql[] =
  "INSERT INTO department (name) VALUES (?1)";
static const char insert_group_sql[] =
  "INSERT INTO study_group (code, department_id) VALUES (?1, ?2)";
static const char link_group_sql[] =
  "UPDATE study_group SET department_id = ?2 WHERE id = ?1 AND department_id IS NULL";
static const char insert_person_sql[] =
  "INSERT INTO person (last_name, first_name, patronymic, category, group_id,"
  "  department_id, position, phone, email, external_id, left_on, notes)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
static const char update_person_sql[] =
  "UPDATE person SET last_name = ?1, first_name = ?2, patronymic = ?3, category = ?4,"
  "  group_id = ?5, department_id = ?6, position = ?7, phone = ?8, email = ?9,"
  "  external_id = ?10, left_on = ?11, notes = ?12"
  " WHERE id = ?13";
static const char insert_event_sql[] =
  "INSERT INTO status_event (person_id, status, on_date, source, recorded_at)"
  " VALUES (?1, ?2, ?3, 'import', ?4)";
static const char leave_sql[] =
  "UPDATE person SET left_on = ?2 WHERE id = ?1";

typedef struct
{
  sqlite3_stmt *insert_person;
  sqlite3_stmt *update_person;
  sqlite3_stmt *insert_event;
  char         *recorded_at;   /* one time for the whole import, as the default would */
} Statements;

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

/* NOT NULL text columns take "" rather than NULL. */
static void
bind_required (sqlite3_stmt *stmt,
               int           index,
               const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_STATIC);
}

/* A planned unit's id becomes the database's once it is inserted. */
static gint64
real_id (GPtrArray *planned,
         gint64     id)
{
  ScRosterUnit *unit;

  if (id >= 0)
    return id;
  unit = g_ptr_array_index (planned, -id - 1);
  return unit->id;
}

static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         GPtrArray    *planned,
         gint64        id)
{
  id = real_id (planned, id);
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
insert_units (ScDatabase    *db,
              ScRosterIndex *index,
              GError       **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; i < index->new_departments->len; i++)
    {
      ScRosterUnit *unit = index->new_departments->pdata[i];

      if ((stmt = sc_database_prepare (db, insert_department_sql, error)) == NULL)
        return FALSE;
      bind_required (stmt, 1, unit->name);
      if (!sc_database_step_done (db, stmt, error))
        return FALSE;
      unit->id = sqlite3_last_insert_rowid (sc_database_get_handle (db));
    }
  for (guint i = 0; i < index->new_groups->len; i++)
    {
      ScRosterUnit *unit = index->new_groups->pdata[i];

      if ((stmt = sc_database_prepare (db, insert_group_sql, error)) == NULL)
        return FALSE;
      bind_required (stmt, 1, unit->name);
      bind_id (stmt, 2, index->new_departments, unit->department_id);
      if (!sc_database_step_done (db, stmt, error))
        return FALSE;
      unit->id = sqlite3_last_insert_rowid (sc_database_get_handle (db));
    }
  return TRUE;
}

static gboolean
link_groups (ScDatabase    *db,
             ScRosterIndex *index,
             GError       **error)
{
  for (guint i = 0; i < index->units->len; i++)
    {
      ScRosterUnit *unit = index->units->pdata[i];
      sqlite3_stmt *stmt;

      if (!unit->link)
        continue;
      if ((stmt = sc_database_prepare (db, link_group_sql, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, unit->id);
      bind_id (stmt, 2, index->new_departments, unit->department_id);
      if (!sc_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_person (sqlite3_stmt   *stmt,
             ScRosterIndex  *index,
             ScRosterPerson *person)
{
  bind_required (stmt, 1, person->last_name);
  bind_required (stmt, 2, person->first_name);
  bind_required (stmt, 3, person->patronymic);
  bind_required (stmt, 4, person->category);
  bind_id (stmt, 5, index->new_groups, person->group_id);
  bind_id (stmt, 6, index->new_departments, person->department_id);
  bind_required (stmt, 7, person->position);
  bind_required (stmt, 8, person->phone);
  bind_required (stmt, 9, person->email);
  bind_text (stmt, 10, person->external_id);
  bind_text (stmt, 11, person->left_on);
  bind_required (stmt, 12, person->notes);
}

static gboolean
write_person (ScDatabase      *db,
              ScRosterIndex   *index,
              Statements      *statements,
              ScRosterPlanRow *row,
              GError         **error)
{
  ScRosterPerson *person = row->person;
  sqlite3_stmt *stmt = row->pub.outcome == SC_ROSTER_ADDED ? statements->insert_person
                                                          : statements->update_person;

  bind_person (stmt, index, person);
  if (row->pub.outcome == SC_ROSTER_UPDATED)
    sqlite3_bind_int64 (stmt, 13, person->id);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  if (row->pub.outcome == SC_ROSTER_ADDED)
    person->id = row->pub.person_id = sqlite3_last_insert_rowid (sc_database_get_handle (db));
  return TRUE;
}

static gboolean
write_event (ScDatabase      *db,
             Statements      *statements,
             ScRosterPlanRow *row,
             GError         **error)
{
  sqlite3_stmt *stmt = statements->insert_event;

  sqlite3_bind_int64 (stmt, 1, row->person->id);
  bind_required (stmt, 2, row->pub.status);
  bind_required (stmt, 3, row->pub.status_on);
  sqlite3_bind_text (stmt, 4, statements->recorded_at, -1, SQLITE_STATIC);
  return sc_database_step_done (db, stmt, error);
}

static gboolean
prepare_statements (ScDatabase *db,
                    Statements *statements,
                    GError    **error)
{
  statements->insert_person = sc_database_prepare (db, insert_person_sql, error);
  if (statements->insert_person == NULL)
    return FALSE;
  statements->update_person = sc_database_prepare (db, update_person_sql, error);
  if (statements->update_person == NULL)
    return FALSE;
  statements->insert_event = sc_database_prepare (db, insert_event_sql, error);
  return statements->insert_event != NULL;
}

static gboolean
write_rows (ScRosterPlan     *plan,
            ScDatabase       *db,
            ScImportProgress *progress,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *recorded_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
  Statements statements = { .recorded_at = recorded_at };
  guint n = plan->rows->len;

  if (!prepare_statements (db, &statements, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      ScRosterPlanRow *row = &g_array_index (plan->rows, ScRosterPlanRow, i);
      ScRosterOutcome outcome = row->pub.outcome;

      if (!sc_import_progress_check (progress, i, n, cancellable, error))
        return FALSE;
      if ((outcome == SC_ROSTER_ADDED || outcome == SC_ROSTER_UPDATED) &&
          !write_person (db, plan->index, &statements, row, error))
        return FALSE;
      if (row->event && !write_event (db, &statements, row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_leavers (ScRosterPlan *plan,
               ScDatabase   *db,
               GError      **error)
{
  for (guint i = 0; i < plan->leaver_people->len; i++)
    {
      ScRosterPerson *person = plan->leaver_people->pdata[i];
      sqlite3_stmt *stmt = sc_database_prepare (db, leave_sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, person->id);
      bind_required (stmt, 2, plan->left_on);
      if (!sc_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* At least this many new people, and no fewer than are there already:
 * the indexes are built after the rows (sc-bulk-indexes.h). */
#define BULK_MIN_ADDED 2000

static gboolean
is_bulk (ScRosterPlan *plan,
         ScDatabase   *db,
         gboolean     *bulk,
         GError      **error)
{
  sqlite3_stmt *stmt;
  guint added = plan->counts[SC_ROSTER_ADDED];

  *bulk = FALSE;
  if (added < BULK_MIN_ADDED)
    return TRUE;
  stmt = sc_database_prepare (db, "SELECT count (*) FROM person", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return sc_database_step_done (db, stmt, error);
  *bulk = (gint64)added >= sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Inside the caller's transaction. */
gboolean
sc_roster_plan_write (ScRosterPlan     *plan,
                      ScDatabase       *db,
                      ScImportProgress *progress,
                      GCancellable     *cancellable,
                      GError          **error)
{
  static const char *const tables[] = { "person", "status_event", NULL };
  g_autoptr(GPtrArray) dropped = NULL;
  gboolean bulk;

  if (!is_bulk (plan, db, &bulk, error) ||
      (bulk && (dropped = sc_bulk_indexes_drop (db, tables, error)) == NULL))
    return FALSE;
  return insert_units (db, plan->index, error) &&
         link_groups (db, plan->index, error) &&
         write_rows (plan, db, progress, cancellable, error) &&
         write_leavers (plan, db, error) &&
         (dropped == NULL || sc_bulk_indexes_restore (db, dropped, error));
}

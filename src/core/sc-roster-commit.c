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
/* New people and their status events go in batches of rows per statement:
 * one statement of 64 rows runs a third faster than 64 of one row. The
 * people get their ids here (after the largest there is, as SQLite would
 * give them), so their events can name them. */
#define BATCH_ROWS 64
static const char insert_people_head[] =
  "INSERT INTO person (id, last_name, first_name, patronymic, category, group_id,"
  "  department_id, position, phone, email, external_id, left_on, notes) VALUES ";
static const char insert_people_values[] = "(?,?,?,?,?,?,?,?,?,?,?,?,?)";
#define PERSON_PARAMS 13
static const char insert_events_head[] =
  "INSERT INTO status_event (person_id, status, on_date, source, recorded_at) VALUES ";
static const char insert_events_values[] = "(?,?,?,'import',?)";
#define EVENT_PARAMS 4
static const char update_person_sql[] =
  "UPDATE person SET last_name = ?2, first_name = ?3, patronymic = ?4, category = ?5,"
  "  group_id = ?6, department_id = ?7, position = ?8, phone = ?9, email = ?10,"
  "  external_id = ?11, left_on = ?12, notes = ?13"
  " WHERE id = ?1";
static const char next_id_sql[] =
  "SELECT coalesce (max (id), 0) + 1 FROM person";
static const char leave_sql[] =
  "UPDATE person SET left_on = ?2 WHERE id = ?1";

/* Rows waiting to be written in one statement. */
typedef struct
{
  const char      *head;       /* "INSERT INTO … VALUES " */
  const char      *values;     /* one row's "(?,…)" */
  guint            n_params;   /* per row */
  ScRosterPlanRow *rows[BATCH_ROWS];
  guint            n_rows;
  sqlite3_stmt    *full;       /* the statement for BATCH_ROWS rows, once made */
} Batch;

typedef struct
{
  ScDatabase    *db;
  ScRosterIndex *index;
  char          *recorded_at;  /* one time for the whole import, as the default would */
  Batch          people;
  Batch          events;
} Writer;

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

/* The 13 values of @person at parameters @base + 1 … @base + 13, its id
 * first. */
static void
bind_person (sqlite3_stmt   *stmt,
             int             base,
             ScRosterIndex  *index,
             ScRosterPerson *person)
{
  sqlite3_bind_int64 (stmt, base + 1, person->id);
  bind_required (stmt, base + 2, person->last_name);
  bind_required (stmt, base + 3, person->first_name);
  bind_required (stmt, base + 4, person->patronymic);
  bind_required (stmt, base + 5, person->category);
  bind_id (stmt, base + 6, index->new_groups, person->group_id);
  bind_id (stmt, base + 7, index->new_departments, person->department_id);
  bind_required (stmt, base + 8, person->position);
  bind_required (stmt, base + 9, person->phone);
  bind_required (stmt, base + 10, person->email);
  bind_text (stmt, base + 11, person->external_id);
  bind_text (stmt, base + 12, person->left_on);
  bind_required (stmt, base + 13, person->notes);
}

static void
bind_event (sqlite3_stmt    *stmt,
            int              base,
            Writer          *writer,
            ScRosterPlanRow *row)
{
  sqlite3_bind_int64 (stmt, base + 1, row->person->id);
  bind_required (stmt, base + 2, row->pub.status);
  bind_required (stmt, base + 3, row->pub.status_on);
  sqlite3_bind_text (stmt, base + 4, writer->recorded_at, -1, SQLITE_STATIC);
}

/* The statement for @n rows of @batch: a full batch's is kept with the
 * connection's, the last shorter one made for once. */
static sqlite3_stmt *
batch_statement (Writer  *writer,
                 Batch   *batch,
                 GError **error)
{
  g_autoptr(GString) sql = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (batch->n_rows == BATCH_ROWS && batch->full != NULL)
    return batch->full;
  sql = g_string_new (batch->head);
  for (guint i = 0; i < batch->n_rows; i++)
    {
      if (i > 0)
        g_string_append_c (sql, ',');
      g_string_append (sql, batch->values);
    }
  if (batch->n_rows == BATCH_ROWS)
    return batch->full = sc_database_prepare (writer->db, sql->str, error);
  rc = sqlite3_prepare_v2 (sc_database_get_handle (writer->db), sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    sc_database_set_error (writer->db, rc, error);
  return stmt;
}

static gboolean
flush (Writer  *writer,
       Batch   *batch,
       GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (batch->n_rows == 0)
    return TRUE;
  stmt = batch_statement (writer, batch, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < batch->n_rows; i++)
    {
      int base = (int)(i * batch->n_params);

      if (batch == &writer->people)
        bind_person (stmt, base, writer->index, batch->rows[i]->person);
      else
        bind_event (stmt, base, writer, batch->rows[i]);
    }
  ok = sc_database_step_done (writer->db, stmt, error);
  if (batch->n_rows < BATCH_ROWS)
    sqlite3_finalize (stmt);
  batch->n_rows = 0;
  return ok;
}

static gboolean
add_to_batch (Writer           *writer,
              Batch            *batch,
              ScRosterPlanRow  *row,
              GError          **error)
{
  batch->rows[batch->n_rows++] = row;
  return batch->n_rows < BATCH_ROWS || flush (writer, batch, error);
}

static gboolean
update_person (Writer          *writer,
               ScRosterPlanRow *row,
               GError         **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (writer->db, update_person_sql, error);

  if (stmt == NULL)
    return FALSE;
  bind_person (stmt, 0, writer->index, row->person);
  return sc_database_step_done (writer->db, stmt, error);
}

static gboolean
next_person_id (ScDatabase *db,
                gint64     *id,
                GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, next_id_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || sc_database_set_error (db, rc, error);
}

/* People first (the events name them), then the events. */
static gboolean
write_people (ScRosterPlan     *plan,
              Writer           *writer,
              ScImportProgress *progress,
              GCancellable     *cancellable,
              GError          **error)
{
  guint n = plan->rows->len;
  gint64 next_id = 0;

  if (!next_person_id (writer->db, &next_id, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      ScRosterPlanRow *row = &g_array_index (plan->rows, ScRosterPlanRow, i);

      if (!sc_import_progress_check (progress, i, 2 * n, cancellable, error))
        return FALSE;
      if (row->pub.outcome == SC_ROSTER_ADDED)
        {
          row->person->id = row->pub.person_id = next_id++;
          if (!add_to_batch (writer, &writer->people, row, error))
            return FALSE;
        }
      else if (row->pub.outcome == SC_ROSTER_UPDATED && !update_person (writer, row, error))
        return FALSE;
    }
  return flush (writer, &writer->people, error);
}

static gboolean
write_events (ScRosterPlan     *plan,
              Writer           *writer,
              ScImportProgress *progress,
              GCancellable     *cancellable,
              GError          **error)
{
  guint n = plan->rows->len;

  for (guint i = 0; i < n; i++)
    {
      ScRosterPlanRow *row = &g_array_index (plan->rows, ScRosterPlanRow, i);

      if (!sc_import_progress_check (progress, n + i, 2 * n, cancellable, error))
        return FALSE;
      if (row->event && !add_to_batch (writer, &writer->events, row, error))
        return FALSE;
    }
  return flush (writer, &writer->events, error);
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
  Writer writer = {
    db, plan->index, recorded_at,
    { insert_people_head, insert_people_values, PERSON_PARAMS, { NULL }, 0, NULL },
    { insert_events_head, insert_events_values, EVENT_PARAMS, { NULL }, 0, NULL },
  };

  return write_people (plan, &writer, progress, cancellable, error) &&
         write_events (plan, &writer, progress, cancellable, error);
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

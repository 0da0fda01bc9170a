/* sc-people-import-commit.c — writing a list of people plan in one transaction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <string.h>

#include "sc-bulk-indexes.h"
#include "sc-enums.h"
#include "sc-people-import-private.h"

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
  "  department_id, position, phone, email, external_id, left_on, notes, counted_from) VALUES ";
static const char insert_people_values[] = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
#define PERSON_PARAMS 14
static const char insert_events_head[] =
  "INSERT INTO status_event (person_id, status, on_date, source, recorded_at, import_id) VALUES ";
static const char insert_events_values[] = "(?,?,?,'import',?,?)";
#define EVENT_PARAMS 5
/* What each listed person's row read, the next import's base, as one text
 * (sc-people-import-read.c). */
static const char insert_reads_head[] =
  "INSERT OR REPLACE INTO people_import_read (person_id, import_id, fields) VALUES ";
static const char insert_reads_values[] = "(?,?,?)";
#define READ_PARAMS 3
static const char insert_import_sql[] =
  "INSERT INTO people_import (file_name, format, as_of, full_roster, recorded_at)"
  " VALUES (?1, ?2, ?3, ?4, ?5)";
static const char insert_move_sql[] =
  "INSERT INTO person_move (person_id, on_date, from_group_id, to_group_id,"
  "  from_department_id, to_department_id, source, import_id, recorded_at)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'import', ?7, ?8)";
static const char insert_start_sql[] =
  "INSERT OR IGNORE INTO people_import_start (category, import_id) VALUES (?1, ?2)";
static const char leave_read_sql[] =
  "UPDATE people_import_read SET fields = ?2, import_id = ?3 WHERE person_id = ?1";
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
  ScPeopleImportPlanRow *rows[BATCH_ROWS];
  guint            n_rows;
  sqlite3_stmt    *full;       /* the statement for BATCH_ROWS rows, once made */
} Batch;

typedef struct
{
  ScPeopleImport  *plan;
  ScDatabase    *db;
  ScPeopleImportIndex *index;
  char          *recorded_at;  /* one time for the whole import, as the default would */
  gint64         import_id;
  Batch          people;
  Batch          events;
  Batch          reads;
  GString       *scratch;
  GStringChunk  *packed;       /* the reads of the batch being written */
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
  ScPeopleImportUnit *unit;

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
              ScPeopleImportIndex *index,
              GError       **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; i < index->new_departments->len; i++)
    {
      ScPeopleImportUnit *unit = index->new_departments->pdata[i];

      if ((stmt = sc_database_prepare (db, insert_department_sql, error)) == NULL)
        return FALSE;
      bind_required (stmt, 1, unit->name);
      if (!sc_database_step_done (db, stmt, error))
        return FALSE;
      unit->id = sqlite3_last_insert_rowid (sc_database_get_handle (db));
    }
  for (guint i = 0; i < index->new_groups->len; i++)
    {
      ScPeopleImportUnit *unit = index->new_groups->pdata[i];

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
             ScPeopleImportIndex *index,
             GError       **error)
{
  for (guint i = 0; i < index->units->len; i++)
    {
      ScPeopleImportUnit *unit = index->units->pdata[i];
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

/* The 14 values of @person at parameters @base + 1 … @base + 14, its id
 * first. */
static void
bind_person (sqlite3_stmt   *stmt,
             int             base,
             ScPeopleImportIndex  *index,
             ScPeopleImportPerson *person)
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
  bind_text (stmt, base + 14, person->counted_from);
}

static void
bind_event (sqlite3_stmt    *stmt,
            int              base,
            Writer          *writer,
            ScPeopleImportPlanRow *row)
{
  sqlite3_bind_int64 (stmt, base + 1, row->person->id);
  bind_required (stmt, base + 2, row->pub.status);
  bind_required (stmt, base + 3, row->pub.status_on);
  sqlite3_bind_text (stmt, base + 4, writer->recorded_at, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, base + 5, writer->import_id);
}

/* Packed in @writer's chunk, which holds them until the batch is written. */
static void
bind_packed (sqlite3_stmt       *stmt,
             int                 index,
             Writer             *writer,
             const char * const *values)
{
  const char *packed;

  g_string_truncate (writer->scratch, 0);
  sc_people_import_read_pack (writer->scratch, values);
  packed = g_string_chunk_insert_len (writer->packed, writer->scratch->str,
                                      (gssize)writer->scratch->len);
  sqlite3_bind_text (stmt, index, packed, (int)writer->scratch->len, SQLITE_STATIC);
}

static void
bind_read (sqlite3_stmt    *stmt,
           int              base,
           Writer          *writer,
           ScPeopleImportPlanRow *row)
{
  const char *values[SC_READ_N_FIELDS];

  for (guint f = 0; f < SC_READ_N_FIELDS; f++)
    values[f] = sc_people_import_read_value (writer->plan, row, f);
  sqlite3_bind_int64 (stmt, base + 1, row->person->id);
  sqlite3_bind_int64 (stmt, base + 2, writer->import_id);
  bind_packed (stmt, base + 3, writer, values);
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
      else if (batch == &writer->events)
        bind_event (stmt, base, writer, batch->rows[i]);
      else
        bind_read (stmt, base, writer, batch->rows[i]);
    }
  ok = sc_database_step_done (writer->db, stmt, error);
  if (batch->n_rows < BATCH_ROWS)
    sqlite3_finalize (stmt);
  batch->n_rows = 0;
  g_string_chunk_clear (writer->packed);
  return ok;
}

static gboolean
add_to_batch (Writer           *writer,
              Batch            *batch,
              ScPeopleImportPlanRow  *row,
              GError          **error)
{
  batch->rows[batch->n_rows++] = row;
  return batch->n_rows < BATCH_ROWS || flush (writer, batch, error);
}

static gboolean
update_person (Writer          *writer,
               ScPeopleImportPlanRow *row,
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
write_people (ScPeopleImport     *plan,
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
      ScPeopleImportPlanRow *row = &g_array_index (plan->rows, ScPeopleImportPlanRow, i);

      if (!sc_import_progress_check (progress, i, 2 * n, cancellable, error))
        return FALSE;
      if (row->pub.outcome == SC_IMPORT_ROW_ADDED)
        {
          row->person->id = row->pub.person_id = next_id++;
          if (!add_to_batch (writer, &writer->people, row, error))
            return FALSE;
        }
      else if (row->pub.outcome == SC_IMPORT_ROW_UPDATED && !update_person (writer, row, error))
        return FALSE;
    }
  return flush (writer, &writer->people, error);
}

/* Moves are few: one statement each. */
static gboolean
write_move (Writer           *writer,
            ScPeopleImportPlanRow  *row,
            GError          **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (writer->db, insert_move_sql, error);
  ScPeopleImportIndex *index = writer->index;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->person->id);
  bind_required (stmt, 2, sc_import_get_today (SC_IMPORT (writer->plan)));
  bind_id (stmt, 3, index->new_groups, row->from_group_id);
  bind_id (stmt, 4, index->new_groups, row->person->group_id);
  bind_id (stmt, 5, index->new_departments, row->from_department_id);
  bind_id (stmt, 6, index->new_departments, row->person->department_id);
  sqlite3_bind_int64 (stmt, 7, writer->import_id);
  sqlite3_bind_text (stmt, 8, writer->recorded_at, -1, SQLITE_STATIC);
  return sc_database_step_done (writer->db, stmt, error);
}

/* The events, moves and reads of the rows, once everyone has an id. */
static gboolean
write_events (ScPeopleImport     *plan,
              Writer           *writer,
              ScImportProgress *progress,
              GCancellable     *cancellable,
              GError          **error)
{
  guint n = plan->rows->len;

  for (guint i = 0; i < n; i++)
    {
      ScPeopleImportPlanRow *row = &g_array_index (plan->rows, ScPeopleImportPlanRow, i);

      if (!sc_import_progress_check (progress, n + i, 2 * n, cancellable, error))
        return FALSE;
      if ((row->event && !add_to_batch (writer, &writer->events, row, error)) ||
          (row->move && !write_move (writer, row, error)) ||
          (row->write_read && !add_to_batch (writer, &writer->reads, row, error)))
        return FALSE;
    }
  return flush (writer, &writer->events, error) && flush (writer, &writer->reads, error);
}

static const char *
format_code (ScTable *table)
{
  return sc_table_get_format (table) == SC_TABLE_FORMAT_XLSX ? "xlsx" : "csv";
}

/* The import itself, which the events, moves and reads name. */
static gboolean
write_import (ScPeopleImport *plan,
              Writer       *writer,
              GError      **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (writer->db, insert_import_sql, error);
  ScImport *import = SC_IMPORT (plan);

  if (stmt == NULL)
    return FALSE;
  bind_required (stmt, 1, sc_import_get_file_name (import));
  sqlite3_bind_text (stmt, 2, format_code (sc_import_get_table (import)), -1, SQLITE_STATIC);
  bind_required (stmt, 3, sc_import_get_today (import));
  sqlite3_bind_int (stmt, 4, sc_import_is_full_list (import));
  sqlite3_bind_text (stmt, 5, writer->recorded_at, -1, SQLITE_STATIC);
  if (!sc_database_step_done (writer->db, stmt, error))
    return FALSE;
  writer->import_id = sqlite3_last_insert_rowid (sc_database_get_handle (writer->db));
  return TRUE;
}

/* The categories whose first list of people this is (sc-people-import.h). */
static gboolean
write_starts (ScPeopleImport *plan,
              Writer       *writer,
              GError      **error)
{
  for (ScCategory c = 0; c < SC_N_CATEGORIES; c++)
    {
      sqlite3_stmt *stmt;

      if (!(plan->starting & (1u << c)))
        continue;
      if ((stmt = sc_database_prepare (writer->db, insert_start_sql, error)) == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, sc_category_to_code (c), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, writer->import_id);
      if (!sc_database_step_done (writer->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
leave (Writer       *writer,
       gint64        person_id,
       const char   *left_on,
       GError      **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (writer->db, leave_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  bind_required (stmt, 2, left_on);
  return sc_database_step_done (writer->db, stmt, error);
}

/* The person's last read, as the index loaded it, but for the leaving
 * date. */
static gboolean
leave_read (Writer                   *writer,
            const ScPeopleImportPerson *person,
            const char               *left_on,
            GError                  **error)
{
  const char *values[SC_READ_N_FIELDS];
  sqlite3_stmt *stmt;
  gboolean ok;

  if (person->read == NULL)
    return TRUE;
  if ((stmt = sc_database_prepare (writer->db, leave_read_sql, error)) == NULL)
    return FALSE;
  memcpy (values, person->read->values, sizeof values);
  values[SC_READ_LEFT_ON] = left_on;
  sqlite3_bind_int64 (stmt, 1, person->id);
  bind_packed (stmt, 2, writer, values);
  sqlite3_bind_int64 (stmt, 3, writer->import_id);
  ok = sc_database_step_done (writer->db, stmt, error);
  g_string_chunk_clear (writer->packed);
  return ok;
}

/* A full list of people that leaves someone out read them as gone: a later one
 * listing them again brings them back. */
static gboolean
write_leavers (ScPeopleImport *plan,
               Writer       *writer,
               GError      **error)
{
  const char *left_on = sc_import_get_left_on (SC_IMPORT (plan));

  for (guint i = 0; i < plan->leaver_people->len; i++)
    {
      ScPeopleImportPerson *person = plan->leaver_people->pdata[i];

      if (!leave (writer, person->id, left_on, error) ||
          !leave_read (writer, person, left_on, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_rows (ScPeopleImport     *plan,
            ScDatabase       *db,
            ScImportProgress *progress,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *recorded_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GStringChunk) packed = g_string_chunk_new (16 * 1024);
  Writer writer = {
    plan, db, plan->index, recorded_at, 0,
    { insert_people_head, insert_people_values, PERSON_PARAMS, { NULL }, 0, NULL },
    { insert_events_head, insert_events_values, EVENT_PARAMS, { NULL }, 0, NULL },
    { insert_reads_head, insert_reads_values, READ_PARAMS, { NULL }, 0, NULL },
    scratch, packed,
  };

  if (!plan->writes)
    return TRUE;
  return write_import (plan, &writer, error) &&
         write_people (plan, &writer, progress, cancellable, error) &&
         write_events (plan, &writer, progress, cancellable, error) &&
         write_leavers (plan, &writer, error) &&
         write_starts (plan, &writer, error);
}

/* At least this many new people, and no fewer than are there already:
 * the indexes are built after the rows (sc-bulk-indexes.h). */
#define BULK_MIN_ADDED 2000

static gboolean
is_bulk (ScPeopleImport *plan,
         ScDatabase   *db,
         gboolean     *bulk,
         GError      **error)
{
  sqlite3_stmt *stmt;
  guint added = sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ADDED);

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

gboolean
sc_people_import_write (ScImport         *import,
                        ScDatabase       *db,
                        ScImportProgress *progress,
                        GCancellable     *cancellable,
                        GError          **error)
{
  static const char *const tables[] = { "person", "status_event", NULL };
  ScPeopleImport *plan = SC_PEOPLE_IMPORT (import);
  g_autoptr(GPtrArray) dropped = NULL;
  gboolean bulk;

  if (!is_bulk (plan, db, &bulk, error) ||
      (bulk && (dropped = sc_bulk_indexes_drop (db, tables, error)) == NULL))
    return FALSE;
  return insert_units (db, plan->index, error) &&
         link_groups (db, plan->index, error) &&
         write_rows (plan, db, progress, cancellable, error) &&
         (dropped == NULL || sc_bulk_indexes_restore (db, dropped, error));
}

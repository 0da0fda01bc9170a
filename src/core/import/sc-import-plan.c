/* sc-import-plan.c — the life of an import plan, shared by the imports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include "sc-i18n.h"
#include "sc-import-plan.h"

#define PROGRESS_EVERY 512
/* Planning takes this share of a commit's progress when it must be redone. */
#define REPLAN_SHARE 0.3
/* From this many rows an import is written as a bulk load: through a
 * rollback journal when no one else has the file open
 * (sc_database_take_for_bulk_write()), and without SQLite checking each
 * row's references one by one (see bulk_commit()). */
#define BULK_ROWS 2000

void
sc_import_progress_report (ScImportProgress *progress,
                           guint             done,
                           guint             total)
{
  if (progress == NULL || progress->func == NULL)
    return;
  progress->func (progress->start + progress->span * (total > 0 ? (double)done / total : 1.0),
                  progress->data);
}

gboolean
sc_import_progress_check (ScImportProgress *progress,
                          guint             done,
                          guint             total,
                          GCancellable     *cancellable,
                          GError          **error)
{
  if (done % PROGRESS_EVERY != 0)
    return TRUE;
  sc_import_progress_report (progress, done, total);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* The connection's state: another connection's commit changes the first,
 * this connection's writes the second. */
static gboolean
snapshot (ScDatabase *db,
          gint64     *data_version,
          gint64     *total_changes,
          GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, "PRAGMA data_version", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *data_version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (db, rc, error);
  *total_changes = sqlite3_total_changes64 (sc_database_get_handle (db));
  return TRUE;
}

/* Plans inside the caller's transaction and remembers the database's state. */
static gboolean
plan_on (ScImportPlanState *state,
         gpointer           plan,
         ScDatabase        *db,
         ScImportProgress  *progress,
         GCancellable      *cancellable,
         GError           **error)
{
  state->ops->reset (plan);
  state->stale = FALSE;
  if (!snapshot (db, &state->data_version, &state->total_changes, error))
    return FALSE;
  g_set_object (&state->db, db);
  if (state->ops->build (plan, db, progress, cancellable, error))
    return TRUE;
  state->stale = TRUE;
  return FALSE;
}

gboolean
sc_import_plan_make (ScImportPlanState    *state,
                     gpointer              plan,
                     ScDatabase           *db,
                     ScImportProgressFunc  progress,
                     gpointer              user_data,
                     GCancellable         *cancellable,
                     GError              **error)
{
  ScImportProgress range = { progress, user_data, 0.0, 1.0 };
  gboolean ok;

  /* One read transaction: the plan sees one state of the database. */
  if (!sc_database_exec (db, "BEGIN", error))
    return FALSE;
  ok = plan_on (state, plan, db, &range, cancellable, error);
  sc_database_rollback (db);
  return ok;
}

/* Inside the write transaction: plan again unless nothing changed. */
static gboolean
ensure_current (ScImportPlanState *state,
                gpointer           plan,
                ScDatabase        *db,
                ScImportProgress  *progress,
                GCancellable      *cancellable,
                GError           **error)
{
  gint64 data_version = 0, total_changes = 0;
  ScImportProgress replan = { progress->func, progress->data, 0.0, REPLAN_SHARE };

  if (!snapshot (db, &data_version, &total_changes, error))
    return FALSE;
  if (db == state->db && !state->stale && data_version == state->data_version &&
      total_changes == state->total_changes)
    return TRUE;
  g_debug ("The database changed since the import was planned; planning again");
  if (!plan_on (state, plan, db, &replan, cancellable, error))
    return FALSE;
  progress->start = REPLAN_SHARE;
  progress->span = 1.0 - REPLAN_SHARE;
  return TRUE;
}

static gboolean
check_strict (ScImportPlanState *state,
              gpointer           plan,
              GError           **error)
{
  guint n_errors = state->ops->count_errors (plan);

  if (!state->strict || n_errors == 0)
    return TRUE;
  g_set_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_STRICT,
               g_dngettext (GETTEXT_PACKAGE,
                            "%u row has an error; in strict mode nothing was loaded. Correct the file and import it again.",
                            "%u rows have errors; in strict mode nothing was loaded. Correct the file and import it again.",
                            n_errors), n_errors);
  return FALSE;
}

static gboolean
commit_in_transaction (ScImportPlanState  *state,
                       gpointer            plan,
                       ScDatabase         *db,
                       ScImportProgress   *range,
                       GCancellable       *cancellable,
                       GError            **error)
{
  if (!sc_database_begin (db, error))
    return FALSE;
  if (!ensure_current (state, plan, db, range, cancellable, error) ||
      !check_strict (state, plan, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  if (!state->ops->write (plan, db, range, cancellable, error) ||
      !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      state->stale = TRUE;
      return FALSE;
    }
  return TRUE;
}

/* A bulk load with foreign keys off: every id an import writes is one it
 * read or inserted itself inside the same write transaction (a group, a
 * department, the person a status event is for), so no reference can be
 * dangling; checking each row anyway opened a cursor on each parent table
 * per row, 7 % of a 50 000-person import. The tests check the file's
 * references after such imports. The pragma only works outside a
 * transaction, and is set back whatever happens. */
static gboolean
bulk_commit (ScImportPlanState *state,
             gpointer           plan,
             ScDatabase        *db,
             ScImportProgress  *range,
             GCancellable      *cancellable,
             GError           **error)
{
  gboolean alone = sc_database_take_for_bulk_write (db);
  gboolean ok;

  ok = sc_database_exec (db, "PRAGMA foreign_keys = OFF", error) &&
       commit_in_transaction (state, plan, db, range, cancellable, error);
  if (!sc_database_exec (db, "PRAGMA foreign_keys = ON", ok ? error : NULL))
    ok = FALSE;
  if (alone)
    sc_database_release_bulk_write (db);
  return ok;
}

gboolean
sc_import_plan_commit (ScImportPlanState    *state,
                       gpointer              plan,
                       ScDatabase           *db,
                       ScImportProgressFunc  progress,
                       gpointer              user_data,
                       GCancellable         *cancellable,
                       GError              **error)
{
  ScImportProgress range = { progress, user_data, 0.0, 1.0 };
  gboolean ok;

  sc_database_set_large_cache (db, TRUE);
  if (state->n_rows >= BULK_ROWS)
    ok = bulk_commit (state, plan, db, &range, cancellable, error);
  else
    ok = commit_in_transaction (state, plan, db, &range, cancellable, error);
  sc_database_set_large_cache (db, FALSE);
  if (!ok)
    return FALSE;
  state->committed = TRUE;
  sc_import_progress_report (&range, 1, 1);
  sc_database_emit_changed (db, state->ops->changed);
  return TRUE;
}

void
sc_import_plan_state_clear (ScImportPlanState *state)
{
  g_clear_object (&state->db);
}

gboolean
sc_import_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F && c != 0xFEFF)
        return FALSE;
    }
  return TRUE;
}

void
sc_import_add_note (GPtrArray *notes,
                    char      *note)
{
  g_ptr_array_insert (notes, notes->len - 1, note);
}

void
sc_import_note_unloaded (const ScColumnMap *map,
                         GPtrArray         *notes)
{
  guint n = sc_column_map_get_n_columns (map);

  for (guint col = 0; col < n; col++)
    {
      const char *name = sc_column_map_get_header (map, col);
      if (sc_column_map_get_field (map, col) == SC_FIELD_NONE && *name != '\0')
        sc_import_add_note (notes, g_strdup_printf (_("The column “%s” is not loaded."), name));
    }
}

void
sc_import_note_blank_rows (GPtrArray *notes,
                           guint      n_blank)
{
  if (n_blank > 0)
    sc_import_add_note (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u row without data was skipped.",
                                                             "%u rows without data were skipped.",
                                                             n_blank), n_blank));
}

/* sc-import-plan.c — the life of an import's plan, the same for every
 * import: planned in one read transaction, committed in one write
 * transaction that plans again when the database changed in between
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <string.h>

#include "sc-date.h"
#include "sc-database-private.h"
#include "sc-i18n.h"
#include "sc-import-private.h"

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

/* ---- planning ------------------------------------------------------------ */

static void
reset (ScImport *self)
{
  ScImportPrivate *priv = sc_import_get_private (self);

  memset (priv->counts, 0, sizeof priv->counts);
  priv->n_warnings = 0;
  g_ptr_array_set_size (priv->notes, 0);
  g_ptr_array_add (priv->notes, NULL);
  SC_IMPORT_GET_CLASS (self)->reset (self);
}

/* Table row @r by field; FALSE when it is blank: no loaded column has
 * anything in it. */
static gboolean
read_cells (ScImportPrivate *priv,
            guint            r,
            ScImportCells   *cells)
{
  gboolean blank = TRUE;

  cells->line = sc_table_get_line (priv->table, r);
  for (guint f = 0; f < SC_N_FIELDS; f++)
    {
      int col = priv->columns[f];

      cells->cells[f] = col >= 0 ? sc_table_get_cell (priv->table, r, col) : NULL;
      if (blank && f != SC_FIELD_NONE && cells->cells[f] != NULL)
        blank = sc_import_is_blank (cells->cells[f]);
    }
  return !blank;
}

static void
note_blank_rows (ScImport *self,
                 guint     n_blank)
{
  if (n_blank > 0)
    sc_import_add_note (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u row without data was skipped.",
                                                            "%u rows without data were skipped.",
                                                            n_blank), n_blank));
}

/* The data rows below the header, the first half of planning. */
static gboolean
add_rows (ScImport         *self,
          ScImportProgress *progress,
          GCancellable     *cancellable,
          GError          **error)
{
  ScImportPrivate *priv = sc_import_get_private (self);
  ScImportClass *klass = SC_IMPORT_GET_CLASS (self);
  guint n_rows = sc_table_get_n_rows (priv->table);
  guint first = sc_column_map_get_header_row (priv->map) + 1, n_blank = 0;

  for (guint r = first; r < n_rows; r++)
    {
      ScImportCells cells;

      if (!sc_import_progress_check (progress, r - first, 2 * (n_rows - first), cancellable, error))
        return FALSE;
      if (read_cells (priv, r, &cells))
        klass->add_row (self, &cells);
      else
        n_blank++;
    }
  note_blank_rows (self, n_blank);
  return TRUE;
}

/* The counts of each outcome, and of the rows loaded with a warning. */
static void
count_outcomes (ScImport *self)
{
  ScImportPrivate *priv = sc_import_get_private (self);
  ScImportClass *klass = SC_IMPORT_GET_CLASS (self);
  guint n = klass->get_n_rows (self);

  for (guint i = 0; i < n; i++)
    {
      ScImportRow row;

      klass->get_row (self, i, &row);
      priv->counts[row.outcome]++;
      priv->n_warnings += row.warning != NULL && row.outcome != SC_IMPORT_ROW_ERROR &&
                          row.outcome != SC_IMPORT_ROW_DUPLICATE;
    }
}

static gboolean
build (ScImport         *self,
       ScDatabase       *db,
       ScImportProgress *progress,
       GCancellable     *cancellable,
       GError          **error)
{
  ScImportClass *klass = SC_IMPORT_GET_CLASS (self);

  sc_import_note_unloaded (self);
  if (!klass->load (self, db, error) ||
      !add_rows (self, progress, cancellable, error) ||
      !klass->resolve (self, db, progress, cancellable, error))
    return FALSE;
  count_outcomes (self);
  if (klass->finish != NULL)
    klass->finish (self);
  sc_import_progress_report (progress, 1, 1);
  return TRUE;
}

/* Plans inside the caller's transaction and remembers the database's state. */
static gboolean
plan_on (ScImport         *self,
         ScDatabase       *db,
         ScImportProgress *progress,
         GCancellable     *cancellable,
         GError          **error)
{
  ScImportPrivate *priv = sc_import_get_private (self);

  reset (self);
  priv->stale = FALSE;
  if (!sc_database_read_change_state (db, &priv->data_version, &priv->total_changes, error))
    return FALSE;
  g_set_object (&priv->db, db);
  if (build (self, db, progress, cancellable, error))
    return TRUE;
  priv->stale = TRUE;
  return FALSE;
}

static gboolean
check_options (ScImport  *self,
               GError   **error)
{
  ScImportPrivate *priv = sc_import_get_private (self);

  if (!SC_IMPORT_GET_CLASS (self)->check_columns (self, error))
    return FALSE;
  if (!sc_date_is_valid_iso (priv->today) || !sc_date_is_valid_iso (priv->left_on))
    {
      g_set_error_literal (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_FAILED,
                           _("The import date is not a valid date."));
      return FALSE;
    }
  return TRUE;
}

gboolean
sc_import_plan (ScImport             *self,
                ScDatabase           *db,
                ScImportProgressFunc  progress,
                gpointer              user_data,
                GCancellable         *cancellable,
                GError              **error)
{
  ScImportProgress range = { progress, user_data, 0.0, 1.0 };
  gboolean ok;

  g_return_val_if_fail (SC_IS_IMPORT (self) && SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (!sc_import_get_private (self)->committed, FALSE);

  if (!check_options (self, error))
    return FALSE;
  /* One read transaction: the plan sees one state of the database. */
  if (!sc_database_exec (db, "BEGIN", error))
    return FALSE;
  ok = plan_on (self, db, &range, cancellable, error);
  sc_database_rollback (db);
  return ok;
}

/* ---- committing ---------------------------------------------------------- */

/* Inside the write transaction: plan again unless nothing changed. */
static gboolean
ensure_current (ScImport         *self,
                ScDatabase       *db,
                ScImportProgress *progress,
                GCancellable     *cancellable,
                GError          **error)
{
  ScImportPrivate *priv = sc_import_get_private (self);
  gint64 data_version = 0, total_changes = 0;
  ScImportProgress replan = { progress->func, progress->data, 0.0, REPLAN_SHARE };

  if (!sc_database_read_change_state (db, &data_version, &total_changes, error))
    return FALSE;
  if (db == priv->db && !priv->stale && data_version == priv->data_version &&
      total_changes == priv->total_changes)
    return TRUE;
  g_debug ("The database changed since the import was planned; planning again");
  if (!plan_on (self, db, &replan, cancellable, error))
    return FALSE;
  progress->start = REPLAN_SHARE;
  progress->span = 1.0 - REPLAN_SHARE;
  return TRUE;
}

static gboolean
check_strict (ScImport  *self,
              GError   **error)
{
  ScImportPrivate *priv = sc_import_get_private (self);
  guint n_errors = priv->counts[SC_IMPORT_ROW_ERROR];

  if (!priv->strict || n_errors == 0)
    return TRUE;
  g_set_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_STRICT,
               g_dngettext (GETTEXT_PACKAGE,
                            "%u row has an error; in strict mode nothing was loaded. Correct the file and import it again.",
                            "%u rows have errors; in strict mode nothing was loaded. Correct the file and import it again.",
                            n_errors), n_errors);
  return FALSE;
}

static gboolean
commit_in_transaction (ScImport         *self,
                       ScDatabase       *db,
                       ScImportProgress *range,
                       GCancellable     *cancellable,
                       GError          **error)
{
  if (!sc_database_begin (db, error))
    return FALSE;
  if (!ensure_current (self, db, range, cancellable, error) || !check_strict (self, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  if (!SC_IMPORT_GET_CLASS (self)->write (self, db, range, cancellable, error) ||
      !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      sc_import_get_private (self)->stale = TRUE;
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
 * transaction, and is set back whatever happens.
 *
 * Through the write-ahead log (someone else has the file open) the
 * transaction's pages stay in a large cache: spilling them to the log
 * mid-transaction wrote 43 % more. Through a rollback journal they need
 * not: a new page is written once whenever it leaves the cache, and a
 * changed one after its original is in the journal. The default cache
 * there kept a 50 000-person import 17 MB smaller (56 MB instead of 73)
 * for the same time. */
static gboolean
bulk_commit (ScImport         *self,
             ScDatabase       *db,
             ScImportProgress *range,
             GCancellable     *cancellable,
             GError          **error)
{
  gboolean alone = sc_database_take_for_bulk_write (db);
  gboolean ok;

  sc_database_set_large_cache (db, !alone);
  ok = sc_database_exec (db, "PRAGMA foreign_keys = OFF", error) &&
       commit_in_transaction (self, db, range, cancellable, error);
  if (!sc_database_exec (db, "PRAGMA foreign_keys = ON", ok ? error : NULL))
    ok = FALSE;
  if (alone)
    sc_database_release_bulk_write (db);
  return ok;
}

gboolean
sc_import_commit (ScImport             *self,
                  ScDatabase           *db,
                  ScImportProgressFunc  progress,
                  gpointer              user_data,
                  GCancellable         *cancellable,
                  GError              **error)
{
  ScImportProgress range = { progress, user_data, 0.0, 1.0 };
  ScImportPrivate *priv;
  gboolean ok;

  g_return_val_if_fail (SC_IS_IMPORT (self) && SC_IS_DATABASE (db), FALSE);
  priv = sc_import_get_private (self);
  g_return_val_if_fail (!priv->committed, FALSE);

  /* Never planned: what sc_import_plan() would refuse, commit refuses. */
  if (priv->db == NULL && !check_options (self, error))
    return FALSE;
  if (sc_table_get_n_rows (priv->table) >= BULK_ROWS)
    ok = bulk_commit (self, db, &range, cancellable, error);
  else
    {
      sc_database_set_large_cache (db, TRUE);
      ok = commit_in_transaction (self, db, &range, cancellable, error);
    }
  sc_database_set_large_cache (db, FALSE);
  if (!ok)
    return FALSE;
  priv->committed = TRUE;
  sc_import_progress_report (&range, 1, 1);
  sc_import_emit_changed (self, db);
  return TRUE;
}

/* The new year's assistant writes a list of people together with the
 * year's chats, in its own transaction: the same steps as
 * commit_in_transaction () without the BEGIN and the COMMIT. Rolled back
 * or not, the next use plans again first. */
gboolean
sc_import_write_within (ScImport      *self,
                        ScDatabase    *db,
                        GCancellable  *cancellable,
                        GError       **error)
{
  ScImportProgress range = { NULL, NULL, 0.0, 1.0 };
  ScImportPrivate *priv;
  gboolean ok;

  g_return_val_if_fail (SC_IS_IMPORT (self) && SC_IS_DATABASE (db), FALSE);
  priv = sc_import_get_private (self);
  g_return_val_if_fail (!priv->committed, FALSE);
  g_return_val_if_fail (!sqlite3_get_autocommit (sc_database_get_handle (db)), FALSE);

  if (priv->db == NULL && !check_options (self, error))
    return FALSE;
  ok = ensure_current (self, db, &range, cancellable, error) && check_strict (self, error) &&
       SC_IMPORT_GET_CLASS (self)->write (self, db, &range, cancellable, error);
  priv->stale = TRUE;
  return ok;
}

void
sc_import_emit_changed (ScImport   *self,
                        ScDatabase *db)
{
  g_return_if_fail (SC_IS_IMPORT (self) && SC_IS_DATABASE (db));
  sc_database_emit_changed (db, SC_IMPORT_GET_CLASS (self)->changed);
}

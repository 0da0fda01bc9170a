/* sc-roster-import.c — loading a list of people: the plan's life and its
 * accessors (the planning itself is in sc-roster-plan.c, the writing in
 * sc-roster-commit.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sc-date.h"
#include "sc-roster-import-private.h"

/* Planning takes this share of a commit's progress when it must be redone. */
#define REPLAN_SHARE 0.3

static const ScField roster_fields[] = {
  SC_FIELD_LAST_NAME, SC_FIELD_FIRST_NAME, SC_FIELD_PATRONYMIC, SC_FIELD_FULL_NAME,
  SC_FIELD_CATEGORY, SC_FIELD_GROUP, SC_FIELD_DEPARTMENT, SC_FIELD_POSITION,
  SC_FIELD_PHONE, SC_FIELD_EMAIL, SC_FIELD_STATUS, SC_FIELD_JOINED_ON, SC_FIELD_LEFT_ON,
  SC_FIELD_EXTERNAL_ID, SC_FIELD_NOTES, SC_FIELD_NONE
};

const ScField *
sc_roster_fields (void)
{
  return roster_fields;
}

ScColumnMap *
sc_roster_detect_columns (const ScTable *table,
                          GError       **error)
{
  return sc_column_map_detect (table, roster_fields, error);
}

/* Empties the plan for planning again. */
static void
plan_reset (ScRosterPlan *plan)
{
  g_array_set_size (plan->rows, 0);
  g_array_set_size (plan->leavers, 0);
  g_ptr_array_set_size (plan->leaver_people, 0);
  g_ptr_array_set_size (plan->notes, 0);
  g_ptr_array_add (plan->notes, NULL);
  memset (plan->counts, 0, sizeof plan->counts);
  g_clear_pointer (&plan->index, sc_roster_index_free);
  g_hash_table_remove_all (plan->categories);
  g_hash_table_remove_all (plan->statuses);
  g_hash_table_remove_all (plan->dates);
  g_string_chunk_clear (plan->strings);
  plan->stale = FALSE;
}

static ScRosterPlan *
plan_alloc (ScTable               *table,
            const ScColumnMap     *map,
            const ScRosterOptions *options)
{
  ScRosterPlan *plan = g_new0 (ScRosterPlan, 1);

  g_atomic_ref_count_init (&plan->ref_count);
  plan->table = sc_table_ref (table);
  plan->map = sc_column_map_copy (map);
  for (guint f = 0; f < SC_N_FIELDS; f++)
    plan->columns[f] = sc_column_map_find (map, f);
  plan->mode = options->mode;
  plan->strict = options->strict;
  plan->today = options->today != NULL ? g_strdup (options->today) : sc_date_today ();
  plan->left_on = g_strdup (options->left_on != NULL ? options->left_on : plan->today);
  plan->strings = g_string_chunk_new (64 * 1024);
  plan->scratch = g_string_new (NULL);
  plan->categories = g_hash_table_new (g_str_hash, g_str_equal);
  plan->statuses = g_hash_table_new (g_str_hash, g_str_equal);
  plan->dates = g_hash_table_new (g_str_hash, g_str_equal);
  plan->rows = g_array_new (FALSE, TRUE, sizeof (ScRosterPlanRow));
  plan->leavers = g_array_new (FALSE, TRUE, sizeof (ScRosterLeaver));
  plan->leaver_people = g_ptr_array_new ();
  plan->notes = g_ptr_array_new_with_free_func (g_free);
  plan_reset (plan);
  return plan;
}

static gboolean
check_options (const ScColumnMap     *map,
               const ScRosterOptions *options,
               GError               **error)
{
  if (sc_column_map_find (map, SC_FIELD_LAST_NAME) < 0 &&
      sc_column_map_find (map, SC_FIELD_FULL_NAME) < 0)
    {
      g_set_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_MAPPING,
                   _("No column holds the last name. Load a column as “%s” or “%s”."),
                   sc_field_get_label (SC_FIELD_LAST_NAME), sc_field_get_label (SC_FIELD_FULL_NAME));
      return FALSE;
    }
  if ((options->today != NULL && !sc_date_is_valid_iso (options->today)) ||
      (options->left_on != NULL && !sc_date_is_valid_iso (options->left_on)))
    {
      g_set_error_literal (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_FAILED,
                           _("The import date is not a valid date."));
      return FALSE;
    }
  return TRUE;
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
plan_on (ScRosterPlan     *plan,
         ScDatabase       *db,
         ScRosterProgress *progress,
         GCancellable     *cancellable,
         GError          **error)
{
  plan_reset (plan);
  if (!snapshot (db, &plan->data_version, &plan->total_changes, error))
    return FALSE;
  g_set_object (&plan->db, db);
  if (sc_roster_plan_build (plan, db, progress, cancellable, error))
    return TRUE;
  plan->stale = TRUE;
  return FALSE;
}

ScRosterPlan *
sc_roster_plan_new (ScDatabase            *db,
                    ScTable               *table,
                    const ScColumnMap     *map,
                    const ScRosterOptions *options,
                    ScImportProgressFunc   progress,
                    gpointer               user_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  g_autoptr(ScRosterPlan) plan = NULL;
  ScRosterProgress range = { progress, user_data, 0.0, 1.0 };
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (table != NULL && map != NULL && options != NULL, NULL);

  if (!check_options (map, options, error))
    return NULL;
  plan = plan_alloc (table, map, options);
  /* One read transaction: the plan sees one state of the database. */
  if (!sc_database_exec (db, "BEGIN", error))
    return NULL;
  ok = plan_on (plan, db, &range, cancellable, error);
  sc_database_rollback (db);
  return ok ? g_steal_pointer (&plan) : NULL;
}

/* Inside the write transaction: plan again unless nothing changed. */
static gboolean
ensure_current (ScRosterPlan     *plan,
                ScDatabase       *db,
                ScRosterProgress *progress,
                GCancellable     *cancellable,
                GError          **error)
{
  gint64 data_version = 0, total_changes = 0;
  ScRosterProgress replan = { progress->func, progress->data, 0.0, REPLAN_SHARE };

  if (!snapshot (db, &data_version, &total_changes, error))
    return FALSE;
  if (db == plan->db && !plan->stale && data_version == plan->data_version &&
      total_changes == plan->total_changes)
    return TRUE;
  g_debug ("The database changed since the import was planned; planning again");
  if (!plan_on (plan, db, &replan, cancellable, error))
    return FALSE;
  progress->start = REPLAN_SHARE;
  progress->span = 1.0 - REPLAN_SHARE;
  return TRUE;
}

static gboolean
check_strict (ScRosterPlan *plan,
              GError      **error)
{
  guint n_errors = plan->counts[SC_ROSTER_ERROR];

  if (!plan->strict || n_errors == 0)
    return TRUE;
  g_set_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_STRICT,
               g_dngettext (GETTEXT_PACKAGE,
                            "%u row has an error; in strict mode nothing was loaded. Correct the file and import it again.",
                            "%u rows have errors; in strict mode nothing was loaded. Correct the file and import it again.",
                            n_errors), n_errors);
  return FALSE;
}

gboolean
sc_roster_plan_commit (ScRosterPlan         *plan,
                       ScDatabase           *db,
                       ScImportProgressFunc  progress,
                       gpointer              user_data,
                       GCancellable         *cancellable,
                       GError              **error)
{
  ScRosterProgress range = { progress, user_data, 0.0, 1.0 };

  g_return_val_if_fail (plan != NULL && SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (!plan->committed, FALSE);

  if (!sc_database_begin (db, error))
    return FALSE;
  if (!ensure_current (plan, db, &range, cancellable, error) ||
      !check_strict (plan, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  if (!sc_roster_plan_write (plan, db, &range, cancellable, error) ||
      !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      plan->stale = TRUE;
      return FALSE;
    }
  plan->committed = TRUE;
  sc_roster_progress_report (&range, 1, 1);
  sc_database_emit_changed (db, "people");
  return TRUE;
}

ScRosterPlan *
sc_roster_plan_ref (ScRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_atomic_ref_count_inc (&plan->ref_count);
  return plan;
}

void
sc_roster_plan_unref (ScRosterPlan *plan)
{
  g_return_if_fail (plan != NULL);
  if (!g_atomic_ref_count_dec (&plan->ref_count))
    return;
  g_array_unref (plan->rows);
  g_array_unref (plan->leavers);
  g_ptr_array_unref (plan->leaver_people);
  g_ptr_array_unref (plan->notes);
  g_clear_pointer (&plan->index, sc_roster_index_free);
  g_hash_table_unref (plan->categories);
  g_hash_table_unref (plan->statuses);
  g_hash_table_unref (plan->dates);
  g_string_chunk_free (plan->strings);
  g_string_free (plan->scratch, TRUE);
  g_clear_object (&plan->db);
  sc_table_unref (plan->table);
  sc_column_map_free (plan->map);
  g_free (plan->today);
  g_free (plan->left_on);
  g_free (plan);
}

gboolean
sc_roster_plan_is_committed (const ScRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, FALSE);
  return plan->committed;
}

const ScColumnMap *
sc_roster_plan_get_column_map (const ScRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->map;
}

ScTable *
sc_roster_plan_get_table (const ScRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->table;
}

guint
sc_roster_plan_get_n_rows (const ScRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->rows->len;
}

const ScRosterRow *
sc_roster_plan_get_row (const ScRosterPlan *plan,
                        guint               index)
{
  g_return_val_if_fail (plan != NULL && index < plan->rows->len, NULL);
  return &g_array_index (plan->rows, ScRosterPlanRow, index).pub;
}

guint
sc_roster_plan_count (const ScRosterPlan *plan,
                      ScRosterOutcome     outcome)
{
  g_return_val_if_fail (plan != NULL && outcome < SC_ROSTER_N_OUTCOMES, 0);
  return plan->counts[outcome];
}

guint
sc_roster_plan_get_n_leavers (const ScRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->leavers->len;
}

const ScRosterLeaver *
sc_roster_plan_get_leaver (const ScRosterPlan *plan,
                           guint               index)
{
  g_return_val_if_fail (plan != NULL && index < plan->leavers->len, NULL);
  return &g_array_index (plan->leavers, ScRosterLeaver, index);
}

const char *
sc_roster_plan_get_left_on (const ScRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->left_on;
}

guint
sc_roster_plan_get_n_new_groups (const ScRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->index->new_groups->len;
}

guint
sc_roster_plan_get_n_new_departments (const ScRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->index->new_departments->len;
}

const char * const *
sc_roster_plan_get_notes (const ScRosterPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return (const char * const *)plan->notes->pdata;
}

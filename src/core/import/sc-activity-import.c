/* sc-activity-import.c — loading weekly counts: the plan's life, its writing
 * and its accessors (the planning of rows is in sc-activity-import-plan.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <string.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-activity-import-private.h"
#include "sc-activity.h"

static const ScField activity_fields[] = {
  SC_FIELD_FULL_NAME, SC_FIELD_LAST_NAME, SC_FIELD_FIRST_NAME, SC_FIELD_PATRONYMIC,
  SC_FIELD_WEEK, SC_FIELD_MESSAGES, SC_FIELD_CALLS, SC_FIELD_NONE
};

const ScField *
sc_activity_import_fields (void)
{
  return activity_fields;
}

ScColumnMap *
sc_activity_import_detect_columns (const ScTable *table,
                         GError       **error)
{
  return sc_column_map_detect (table, activity_fields, error);
}

static void
plan_reset (gpointer data)
{
  ScActivityImport *plan = data;

  g_array_set_size (plan->rows, 0);
  g_ptr_array_set_size (plan->notes, 0);
  g_ptr_array_add (plan->notes, NULL);
  memset (plan->counts, 0, sizeof plan->counts);
  g_hash_table_remove_all (plan->people);
  g_ptr_array_set_size (plan->persons, 0);
  g_hash_table_remove_all (plan->names);
  g_hash_table_remove_all (plan->weeks);
  g_hash_table_remove_all (plan->seen);
  g_string_chunk_clear (plan->strings);
}

static gboolean
plan_build (gpointer          plan,
            ScDatabase       *db,
            ScImportProgress *progress,
            GCancellable     *cancellable,
            GError          **error)
{
  return sc_activity_import_build (plan, db, progress, cancellable, error);
}

static gboolean
plan_write (gpointer          data,
            ScDatabase       *db,
            ScImportProgress *progress,
            GCancellable     *cancellable,
            GError          **error)
{
  ScActivityImport *plan = data;
  guint n = plan->rows->len;

  for (guint i = 0; i < n; i++)
    {
      const ScActivityImportRow *row = &g_array_index (plan->rows, ScActivityImportRow, i);

      if (!sc_import_progress_check (progress, i, n, cancellable, error))
        return FALSE;
      if ((row->outcome == SC_ACTIVITY_IMPORT_ADDED || row->outcome == SC_ACTIVITY_IMPORT_UPDATED) &&
          !sc_activity_write_week (db, row->person_id, row->week_monday, row->messages,
                                row->calls, SC_ACTIVITY_SOURCE_IMPORT, error))
        return FALSE;
    }
  return TRUE;
}

static guint
count_errors (gpointer plan)
{
  return ((ScActivityImport *)plan)->counts[SC_ACTIVITY_IMPORT_ERROR];
}

static const ScImportPlanOps activity_ops = {
  plan_reset, plan_build, plan_write, count_errors, "activity"
};

static ScActivityImport *
plan_alloc (ScTable              *table,
            const ScColumnMap    *map,
            const ScActivityImportOptions *options)
{
  ScActivityImport *plan = g_new0 (ScActivityImport, 1);

  g_atomic_ref_count_init (&plan->ref_count);
  plan->state.ops = &activity_ops;
  plan->state.strict = options->strict;
  plan->state.n_rows = sc_table_get_n_rows (table);
  plan->table = sc_table_ref (table);
  plan->map = sc_column_map_copy (map);
  for (guint f = 0; f < SC_N_FIELDS; f++)
    plan->columns[f] = sc_column_map_find (map, f);
  plan->today = options->today != NULL ? g_strdup (options->today) : sc_date_today ();
  plan->strings = g_string_chunk_new (16 * 1024);
  plan->scratch = g_string_new (NULL);
  plan->rows = g_array_new (FALSE, TRUE, sizeof (ScActivityImportRow));
  plan->notes = g_ptr_array_new_with_free_func (g_free);
  plan->persons = g_ptr_array_new_with_free_func (g_free);
  plan->people = g_hash_table_new (g_str_hash, g_str_equal);
  plan->names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  plan->weeks = g_hash_table_new (g_str_hash, g_str_equal);
  plan->seen = g_hash_table_new (g_str_hash, g_str_equal);
  plan_reset (plan);
  return plan;
}

/* The field a column must hold, or an error naming it. */
static gboolean
check_column (const ScColumnMap *map,
              ScField            field,
              ScField            or_field,
              GError           **error)
{
  if (sc_column_map_find (map, field) >= 0 ||
      (or_field != SC_FIELD_NONE && sc_column_map_find (map, or_field) >= 0))
    return TRUE;
  g_set_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_MAPPING,
               _("No column holds “%s”. Load a column as “%s”."),
               sc_field_get_label (field), sc_field_get_label (field));
  return FALSE;
}

static gboolean
check_options (const ScColumnMap    *map,
               const ScActivityImportOptions *options,
               GError              **error)
{
  if (!check_column (map, SC_FIELD_FULL_NAME, SC_FIELD_LAST_NAME, error) ||
      !check_column (map, SC_FIELD_WEEK, SC_FIELD_NONE, error) ||
      !check_column (map, SC_FIELD_MESSAGES, SC_FIELD_NONE, error) ||
      !check_column (map, SC_FIELD_CALLS, SC_FIELD_NONE, error))
    return FALSE;
  if (options->today != NULL && !sc_date_is_valid_iso (options->today))
    {
      g_set_error_literal (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_FAILED,
                           _("The import date is not a valid date."));
      return FALSE;
    }
  return TRUE;
}

ScActivityImport *
sc_activity_import_new (ScDatabase           *db,
                   ScTable              *table,
                   const ScColumnMap    *map,
                   const ScActivityImportOptions *options,
                   ScImportProgressFunc  progress,
                   gpointer              user_data,
                   GCancellable         *cancellable,
                   GError              **error)
{
  g_autoptr(ScActivityImport) plan = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (table != NULL && map != NULL && options != NULL, NULL);

  if (!check_options (map, options, error))
    return NULL;
  plan = plan_alloc (table, map, options);
  if (!sc_import_plan_make (&plan->state, plan, db, progress, user_data, cancellable, error))
    return NULL;
  return g_steal_pointer (&plan);
}

gboolean
sc_activity_import_commit (ScActivityImport          *plan,
                      ScDatabase           *db,
                      ScImportProgressFunc  progress,
                      gpointer              user_data,
                      GCancellable         *cancellable,
                      GError              **error)
{
  g_return_val_if_fail (plan != NULL && SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (!plan->state.committed, FALSE);

  return sc_import_plan_commit (&plan->state, plan, db, progress, user_data, cancellable, error);
}

ScActivityImport *
sc_activity_import_ref (ScActivityImport *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_atomic_ref_count_inc (&plan->ref_count);
  return plan;
}

void
sc_activity_import_unref (ScActivityImport *plan)
{
  g_return_if_fail (plan != NULL);
  if (!g_atomic_ref_count_dec (&plan->ref_count))
    return;
  g_array_unref (plan->rows);
  g_ptr_array_unref (plan->notes);
  g_hash_table_unref (plan->people);
  g_ptr_array_unref (plan->persons);
  g_hash_table_unref (plan->names);
  g_hash_table_unref (plan->weeks);
  g_hash_table_unref (plan->seen);
  g_string_chunk_free (plan->strings);
  g_string_free (plan->scratch, TRUE);
  sc_import_plan_state_clear (&plan->state);
  sc_table_unref (plan->table);
  sc_column_map_free (plan->map);
  g_free (plan->today);
  g_free (plan);
}

gboolean
sc_activity_import_is_committed (const ScActivityImport *plan)
{
  g_return_val_if_fail (plan != NULL, FALSE);
  return plan->state.committed;
}

const ScColumnMap *
sc_activity_import_get_column_map (const ScActivityImport *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->map;
}

ScTable *
sc_activity_import_get_table (const ScActivityImport *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->table;
}

guint
sc_activity_import_get_n_rows (const ScActivityImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->rows->len;
}

const ScActivityImportRow *
sc_activity_import_get_row (const ScActivityImport *plan,
                       guint              index)
{
  g_return_val_if_fail (plan != NULL && index < plan->rows->len, NULL);
  return &g_array_index (plan->rows, ScActivityImportRow, index);
}

guint
sc_activity_import_count (const ScActivityImport *plan,
                     ScActivityImportOutcome     outcome)
{
  g_return_val_if_fail (plan != NULL && outcome < SC_ACTIVITY_IMPORT_N_OUTCOMES, 0);
  return plan->counts[outcome];
}

guint
sc_activity_import_count_warnings (const ScActivityImport *plan)
{
  guint n = 0;

  g_return_val_if_fail (plan != NULL, 0);
  for (guint i = 0; i < plan->rows->len; i++)
    {
      const ScActivityImportRow *row = &g_array_index (plan->rows, ScActivityImportRow, i);
      n += row->warning != NULL && row->outcome != SC_ACTIVITY_IMPORT_ERROR && row->outcome != SC_ACTIVITY_IMPORT_DUPLICATE;
    }
  return n;
}

const char * const *
sc_activity_import_get_notes (const ScActivityImport *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return (const char * const *)plan->notes->pdata;
}

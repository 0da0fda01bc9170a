/* sc-people-import.c — loading a list of people: the plan's life and its
 * accessors (the planning itself is in sc-people-import-plan.c, the writing in
 * sc-people-import-commit.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <string.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-people-import-private.h"

static const ScField people_list_fields[] = {
  SC_FIELD_LAST_NAME, SC_FIELD_FIRST_NAME, SC_FIELD_PATRONYMIC, SC_FIELD_FULL_NAME,
  SC_FIELD_CATEGORY, SC_FIELD_GROUP, SC_FIELD_DEPARTMENT, SC_FIELD_POSITION,
  SC_FIELD_PHONE, SC_FIELD_EMAIL, SC_FIELD_STATUS, SC_FIELD_JOINED_ON, SC_FIELD_LEFT_ON,
  SC_FIELD_EXTERNAL_ID, SC_FIELD_NOTES, SC_FIELD_NONE
};

const ScField *
sc_people_import_fields (void)
{
  return people_list_fields;
}

ScColumnMap *
sc_people_import_detect_columns (const ScTable *table,
                          GError       **error)
{
  return sc_column_map_detect (table, people_list_fields, error);
}

/* Empties the plan for planning again. */
static void
plan_reset (gpointer data)
{
  ScPeopleImport *plan = data;

  g_array_set_size (plan->rows, 0);
  g_array_set_size (plan->changes, 0);
  plan->started = plan->starting = 0;
  plan->writes = FALSE;
  g_array_set_size (plan->leavers, 0);
  g_ptr_array_set_size (plan->leaver_people, 0);
  g_ptr_array_set_size (plan->notes, 0);
  g_ptr_array_add (plan->notes, NULL);
  memset (plan->counts, 0, sizeof plan->counts);
  g_clear_pointer (&plan->index, sc_people_import_index_free);
  g_hash_table_remove_all (plan->categories);
  g_hash_table_remove_all (plan->statuses);
  g_hash_table_remove_all (plan->dates);
  g_string_chunk_clear (plan->strings);
}

static gboolean
plan_build (gpointer          plan,
            ScDatabase       *db,
            ScImportProgress *progress,
            GCancellable     *cancellable,
            GError          **error)
{
  return sc_people_import_build (plan, db, progress, cancellable, error);
}

static gboolean
plan_write (gpointer          plan,
            ScDatabase       *db,
            ScImportProgress *progress,
            GCancellable     *cancellable,
            GError          **error)
{
  return sc_people_import_write (plan, db, progress, cancellable, error);
}

static guint
count_errors (gpointer plan)
{
  return ((ScPeopleImport *)plan)->counts[SC_PEOPLE_IMPORT_ERROR];
}

static const ScImportPlanOps people_list_ops = {
  plan_reset, plan_build, plan_write, count_errors, "people"
};

static ScPeopleImport *
plan_alloc (ScTable               *table,
            const ScColumnMap     *map,
            const ScPeopleImportOptions *options)
{
  ScPeopleImport *plan = g_new0 (ScPeopleImport, 1);

  g_atomic_ref_count_init (&plan->ref_count);
  plan->table = sc_table_ref (table);
  plan->map = sc_column_map_copy (map);
  for (guint f = 0; f < SC_N_FIELDS; f++)
    plan->columns[f] = sc_column_map_find (map, f);
  plan->state.ops = &people_list_ops;
  plan->state.strict = options->strict;
  plan->state.n_rows = sc_table_get_n_rows (table);
  plan->mode = options->mode;
  plan->today = options->today != NULL ? g_strdup (options->today) : sc_date_today ();
  plan->left_on = g_strdup (options->left_on != NULL ? options->left_on : plan->today);
  plan->strings = g_string_chunk_new (64 * 1024);
  plan->scratch = g_string_new (NULL);
  plan->problems = g_string_new (NULL);
  plan->categories = g_hash_table_new (g_str_hash, g_str_equal);
  plan->statuses = g_hash_table_new (g_str_hash, g_str_equal);
  plan->dates = g_hash_table_new (g_str_hash, g_str_equal);
  plan->rows = g_array_new (FALSE, TRUE, sizeof (ScPeopleImportPlanRow));
  plan->changes = g_array_new (FALSE, TRUE, sizeof (ScPeopleImportChange));
  plan->file_name = g_strdup (options->file_name != NULL ? options->file_name : "");
  plan->leavers = g_array_new (FALSE, TRUE, sizeof (ScPeopleImportLeaver));
  plan->leaver_people = g_ptr_array_new ();
  plan->notes = g_ptr_array_new_with_free_func (g_free);
  plan_reset (plan);
  return plan;
}

static gboolean
check_options (const ScColumnMap     *map,
               const ScPeopleImportOptions *options,
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

ScPeopleImport *
sc_people_import_new (ScDatabase            *db,
                    ScTable               *table,
                    const ScColumnMap     *map,
                    const ScPeopleImportOptions *options,
                    ScImportProgressFunc   progress,
                    gpointer               user_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  g_autoptr(ScPeopleImport) plan = NULL;

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
sc_people_import_commit (ScPeopleImport         *plan,
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

ScPeopleImport *
sc_people_import_ref (ScPeopleImport *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_atomic_ref_count_inc (&plan->ref_count);
  return plan;
}

void
sc_people_import_unref (ScPeopleImport *plan)
{
  g_return_if_fail (plan != NULL);
  if (!g_atomic_ref_count_dec (&plan->ref_count))
    return;
  g_array_unref (plan->rows);
  g_array_unref (plan->changes);
  g_free (plan->file_name);
  g_array_unref (plan->leavers);
  g_ptr_array_unref (plan->leaver_people);
  g_ptr_array_unref (plan->notes);
  g_clear_pointer (&plan->index, sc_people_import_index_free);
  g_hash_table_unref (plan->categories);
  g_hash_table_unref (plan->statuses);
  g_hash_table_unref (plan->dates);
  g_string_chunk_free (plan->strings);
  g_string_free (plan->scratch, TRUE);
  g_string_free (plan->problems, TRUE);
  sc_import_plan_state_clear (&plan->state);
  sc_table_unref (plan->table);
  sc_column_map_free (plan->map);
  g_free (plan->today);
  g_free (plan->left_on);
  g_free (plan);
}

gboolean
sc_people_import_is_committed (const ScPeopleImport *plan)
{
  g_return_val_if_fail (plan != NULL, FALSE);
  return plan->state.committed;
}

const ScColumnMap *
sc_people_import_get_column_map (const ScPeopleImport *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->map;
}

ScTable *
sc_people_import_get_table (const ScPeopleImport *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->table;
}

guint
sc_people_import_get_n_rows (const ScPeopleImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->rows->len;
}

const ScPeopleImportRow *
sc_people_import_get_row (const ScPeopleImport *plan,
                        guint               index)
{
  g_return_val_if_fail (plan != NULL && index < plan->rows->len, NULL);
  return &g_array_index (plan->rows, ScPeopleImportPlanRow, index).pub;
}

guint
sc_people_import_count (const ScPeopleImport *plan,
                      ScPeopleImportOutcome     outcome)
{
  g_return_val_if_fail (plan != NULL && outcome < SC_PEOPLE_IMPORT_N_OUTCOMES, 0);
  return plan->counts[outcome];
}

const ScPeopleImportChange *
sc_people_import_get_change (const ScPeopleImport *plan,
                           guint               row,
                           guint               index)
{
  const ScPeopleImportPlanRow *r;

  g_return_val_if_fail (plan != NULL && row < plan->rows->len, NULL);
  r = &g_array_index (plan->rows, ScPeopleImportPlanRow, row);
  g_return_val_if_fail (index < r->pub.n_changes, NULL);
  return &g_array_index (plan->changes, ScPeopleImportChange, r->first_change + index);
}

char *
sc_people_import_describe_changes (const ScPeopleImport *plan,
                                 guint               row)
{
  const ScPeopleImportRow *pub = sc_people_import_get_row (plan, row);
  GString *text = g_string_new (NULL);

  for (guint i = 0; pub != NULL && i < pub->n_changes; i++)
    {
      g_autofree char *change = sc_people_import_change_format (sc_people_import_get_change (plan, row, i));

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, change);
    }
  return g_string_free (text, FALSE);
}

guint
sc_people_import_get_n_leavers (const ScPeopleImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->leavers->len;
}

const ScPeopleImportLeaver *
sc_people_import_get_leaver (const ScPeopleImport *plan,
                           guint               index)
{
  g_return_val_if_fail (plan != NULL && index < plan->leavers->len, NULL);
  return &g_array_index (plan->leavers, ScPeopleImportLeaver, index);
}

const char *
sc_people_import_get_left_on (const ScPeopleImport *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->left_on;
}

guint
sc_people_import_get_n_new_groups (const ScPeopleImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->index->new_groups->len;
}

guint
sc_people_import_get_n_new_departments (const ScPeopleImport *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->index->new_departments->len;
}

const char * const *
sc_people_import_get_notes (const ScPeopleImport *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return (const char * const *)plan->notes->pdata;
}

/* sc-activity-import.c — loading weekly counts: the import's life, its
 * writing and how its plan reads (the planning of rows is in
 * sc-activity-import-plan.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-activity-import-private.h"
#include "sc-activity.h"

G_DEFINE_FINAL_TYPE (ScActivityImport, sc_activity_import, SC_TYPE_IMPORT)

static const ScField activity_fields[] = {
  SC_FIELD_FULL_NAME, SC_FIELD_LAST_NAME, SC_FIELD_FIRST_NAME, SC_FIELD_PATRONYMIC,
  SC_FIELD_WEEK, SC_FIELD_MESSAGES, SC_FIELD_CALLS, SC_FIELD_NONE
};

static const ScActivityImportRow *
plan_row (ScActivityImport *self,
          guint             index)
{
  return &g_array_index (self->rows, ScActivityImportRow, index);
}

/* ---- ScImport ------------------------------------------------------------ */

/* The field a column must hold, or an error naming it. */
static gboolean
check_column (ScImport  *import,
              ScField    field,
              ScField    or_field,
              GError   **error)
{
  if (sc_import_get_column (import, field) >= 0 ||
      (or_field != SC_FIELD_NONE && sc_import_get_column (import, or_field) >= 0))
    return TRUE;
  g_set_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_MAPPING,
               _("No column holds “%s”. Load a column as “%s”."),
               sc_field_get_label (field), sc_field_get_label (field));
  return FALSE;
}

static gboolean
check_columns (ScImport  *import,
               GError   **error)
{
  return check_column (import, SC_FIELD_FULL_NAME, SC_FIELD_LAST_NAME, error) &&
         check_column (import, SC_FIELD_WEEK, SC_FIELD_NONE, error) &&
         check_column (import, SC_FIELD_MESSAGES, SC_FIELD_NONE, error) &&
         check_column (import, SC_FIELD_CALLS, SC_FIELD_NONE, error);
}

static void
reset (ScImport *import)
{
  ScActivityImport *self = SC_ACTIVITY_IMPORT (import);

  g_array_set_size (self->rows, 0);
  g_hash_table_remove_all (self->people);
  g_ptr_array_set_size (self->persons, 0);
  g_hash_table_remove_all (self->names);
  g_hash_table_remove_all (self->weeks);
  g_hash_table_remove_all (self->seen);
  g_string_chunk_clear (self->strings);
}

static gboolean
write_rows (ScImport         *import,
            ScDatabase       *db,
            ScImportProgress *progress,
            GCancellable     *cancellable,
            GError          **error)
{
  ScActivityImport *self = SC_ACTIVITY_IMPORT (import);
  guint n = self->rows->len;

  for (guint i = 0; i < n; i++)
    {
      const ScActivityImportRow *row = plan_row (self, i);

      if (!sc_import_progress_check (progress, i, n, cancellable, error))
        return FALSE;
      if ((row->outcome == SC_IMPORT_ROW_ADDED || row->outcome == SC_IMPORT_ROW_UPDATED) &&
          !sc_activity_write_week (db, row->person_id, row->week_monday, row->messages,
                                   row->calls, SC_ACTIVITY_SOURCE_IMPORT, error))
        return FALSE;
    }
  return TRUE;
}

static guint
get_n_rows (ScImport *import)
{
  return SC_ACTIVITY_IMPORT (import)->rows->len;
}

/* Asked of every row: the import is an activity import, no cast needs
 * checking. */
static void
get_row (ScImport    *import,
         guint        index,
         ScImportRow *row)
{
  const ScActivityImportRow *r = plan_row ((ScActivityImport *)import, index);

  *row = (ScImportRow) { r->line, r->outcome, r->message, r->warning };
}

/* «27 ноября – 3 декабря 2023 · сообщений: 15 · звонков: 2» */
static void
describe_row (ScImport  *import,
              guint      index,
              char     **title,
              char     **details)
{
  const ScActivityImportRow *row = plan_row (SC_ACTIVITY_IMPORT (import), index);
  g_autofree char *week = row->week_monday ? sc_date_format_week (row->week_monday) : g_strdup ("");

  *title = g_strdup (row->name);
  if (row->outcome == SC_IMPORT_ROW_UPDATED || row->outcome == SC_IMPORT_ROW_DUPLICATE)
    /* Translators: a week's row of the activity import: the week, then what changes */
    *details = g_strdup_printf (_("%s · %s"), week, row->message);
  else
    /* Translators: a week's row of the activity import: the week, then the counts */
    *details = g_strdup_printf (_("%s · messages: %d · calls: %d"), week, row->messages, row->calls);
}

static char *
describe_loaded (ScImport   *import,
                 const char *counts)
{
  return g_strdup_printf (_("Activity loaded: %s"), counts);
}

/* ---- GObject ------------------------------------------------------------- */

static void
sc_activity_import_finalize (GObject *object)
{
  ScActivityImport *self = SC_ACTIVITY_IMPORT (object);

  g_array_unref (self->rows);
  g_hash_table_unref (self->people);
  g_ptr_array_unref (self->persons);
  g_hash_table_unref (self->names);
  g_hash_table_unref (self->weeks);
  g_hash_table_unref (self->seen);
  g_string_chunk_free (self->strings);
  g_string_free (self->scratch, TRUE);
  G_OBJECT_CLASS (sc_activity_import_parent_class)->finalize (object);
}

static void
sc_activity_import_class_init (ScActivityImportClass *klass)
{
  ScImportClass *import_class = SC_IMPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sc_activity_import_finalize;
  import_class->title = N_("Import Weekly Activity");
  import_class->changed = "activity";
  import_class->fields = activity_fields;
  import_class->check_columns = check_columns;
  import_class->reset = reset;
  import_class->load = sc_activity_import_load;
  import_class->add_row = sc_activity_import_add_row;
  import_class->resolve = sc_activity_import_resolve;
  import_class->write = write_rows;
  import_class->get_n_rows = get_n_rows;
  import_class->get_row = get_row;
  import_class->describe_row = describe_row;
  import_class->describe_loaded = describe_loaded;
}

static void
sc_activity_import_init (ScActivityImport *self)
{
  self->strings = g_string_chunk_new (16 * 1024);
  self->scratch = g_string_new (NULL);
  self->rows = g_array_new (FALSE, TRUE, sizeof (ScActivityImportRow));
  self->persons = g_ptr_array_new_with_free_func (g_free);
  self->people = g_hash_table_new (g_str_hash, g_str_equal);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->weeks = g_hash_table_new (g_str_hash, g_str_equal);
  self->seen = g_hash_table_new (g_str_hash, g_str_equal);
}

/* ---- public -------------------------------------------------------------- */

const ScActivityImportRow *
sc_activity_import_get_row (ScActivityImport *self,
                            guint             index)
{
  g_return_val_if_fail (SC_IS_ACTIVITY_IMPORT (self) && index < self->rows->len, NULL);
  return plan_row (self, index);
}

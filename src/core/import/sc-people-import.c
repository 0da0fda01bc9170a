/* sc-people-import.c — loading a list of people: the import's life and how
 * its plan reads (the planning itself is in sc-people-import-plan.c, the
 * merge in sc-people-import-merge.c, the writing in sc-people-import-commit.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <string.h>

#include "sc-date.h"
#include "sc-enums.h"
#include "sc-i18n.h"
#include "sc-people-import-private.h"

G_DEFINE_FINAL_TYPE (ScPeopleImport, sc_people_import, SC_TYPE_IMPORT)

static const ScField people_fields[] = {
  SC_FIELD_LAST_NAME, SC_FIELD_FIRST_NAME, SC_FIELD_PATRONYMIC, SC_FIELD_FULL_NAME,
  SC_FIELD_CATEGORY, SC_FIELD_GROUP, SC_FIELD_DEPARTMENT, SC_FIELD_POSITION,
  SC_FIELD_PHONE, SC_FIELD_EMAIL, SC_FIELD_STATUS, SC_FIELD_JOINED_ON, SC_FIELD_LEFT_ON,
  SC_FIELD_EXTERNAL_ID, SC_FIELD_NOTES, SC_FIELD_NONE
};

static ScPeopleImportPlanRow *
plan_row (ScPeopleImport *self,
          guint           index)
{
  return &g_array_index (self->rows, ScPeopleImportPlanRow, index);
}

static char *
full_name (const char *last,
           const char *first,
           const char *patronymic)
{
  char *name = g_strjoin (" ", last, first, patronymic, NULL);

  return g_strstrip (name);
}

/* «Студент · ИС-21 · Подключён с 01.11.2023 · +79123456789» */
static char *
describe_details (const ScPeopleImportRow *row)
{
  GString *s = g_string_new (NULL);
  ScCategory category;
  ScStatus status;

  if (row->category && sc_category_from_code (row->category, &category))
    g_string_append (s, sc_category_get_label (category));
  if (row->group && *row->group)
    g_string_append_printf (s, " · %s", row->group);
  else if (row->department && *row->department)
    g_string_append_printf (s, " · %s", row->department);
  /* Not invited is what nobody recorded: no event, no date to show. */
  if (row->status && sc_status_from_code (row->status, &status) && status != SC_STATUS_NOT_INVITED)
    {
      g_autofree char *since = sc_date_format_short (row->status_on);
      /* Translators: a status and the date it holds from: «Подключён с 20.11.2023» */
      g_string_append_printf (s, _(" · %s from %s"), sc_status_get_label (status), since);
    }
  if (row->phone && *row->phone)
    g_string_append_printf (s, " · %s", row->phone);
  return g_string_free (s, FALSE);
}

/* ---- ScImport ------------------------------------------------------------ */

static gboolean
check_columns (ScImport  *import,
               GError   **error)
{
  if (sc_import_get_column (import, SC_FIELD_LAST_NAME) >= 0 ||
      sc_import_get_column (import, SC_FIELD_FULL_NAME) >= 0)
    return TRUE;
  g_set_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_MAPPING,
               _("No column holds the last name. Load a column as “%s” or “%s”."),
               sc_field_get_label (SC_FIELD_LAST_NAME), sc_field_get_label (SC_FIELD_FULL_NAME));
  return FALSE;
}

static void
reset (ScImport *import)
{
  ScPeopleImport *self = SC_PEOPLE_IMPORT (import);

  g_array_set_size (self->rows, 0);
  g_array_set_size (self->changes, 0);
  self->started = self->starting = 0;
  self->writes = FALSE;
  g_array_set_size (self->leavers, 0);
  g_ptr_array_set_size (self->leaver_people, 0);
  g_clear_pointer (&self->index, sc_people_import_index_free);
  g_hash_table_remove_all (self->categories);
  g_hash_table_remove_all (self->statuses);
  g_hash_table_remove_all (self->dates);
  g_string_chunk_clear (self->strings);
}

static guint
get_n_rows (ScImport *import)
{
  return SC_PEOPLE_IMPORT (import)->rows->len;
}

/* Asked of every row: the import is a people import, no cast needs
 * checking. */
static void
get_row (ScImport    *import,
         guint        index,
         ScImportRow *row)
{
  const ScPeopleImportRow *pub = &plan_row ((ScPeopleImport *)import, index)->pub;

  *row = (ScImportRow) { pub->line, pub->outcome, pub->message, NULL };
}

static void
describe_row (ScImport  *import,
              guint      index,
              char     **title,
              char     **details)
{
  ScPeopleImport *self = SC_PEOPLE_IMPORT (import);
  const ScPeopleImportRow *row = &plan_row (self, index)->pub;

  *title = full_name (row->last_name, row->first_name, row->patronymic);
  if (row->outcome == SC_IMPORT_ROW_UPDATED)
    *details = sc_people_import_describe_changes (self, index);
  else if (row->outcome == SC_IMPORT_ROW_DUPLICATE)
    /* Translators: a row of an import that repeats an earlier one */
    *details = g_strdup_printf (_("the same as line %u: loaded once"), row->same_as_line);
  else
    *details = describe_details (row);
}

static char *
describe_loaded (ScImport   *import,
                 const char *counts)
{
  return g_strdup_printf (_("List loaded: %s"), counts);
}

static guint
get_n_leavers (ScImport *import)
{
  return SC_PEOPLE_IMPORT (import)->leavers->len;
}

static void
describe_leaver (ScImport  *import,
                 guint      index,
                 char     **title,
                 char     **details)
{
  const ScPeopleImportLeaver *leaver = sc_people_import_get_leaver (SC_PEOPLE_IMPORT (import),
                                                                    index);

  *title = full_name (leaver->last_name, leaver->first_name, leaver->patronymic);
  *details = g_strdup (leaver->group);
}

/* ---- GObject ------------------------------------------------------------- */

static void
sc_people_import_finalize (GObject *object)
{
  ScPeopleImport *self = SC_PEOPLE_IMPORT (object);

  g_array_unref (self->rows);
  g_array_unref (self->changes);
  g_array_unref (self->leavers);
  g_ptr_array_unref (self->leaver_people);
  g_clear_pointer (&self->index, sc_people_import_index_free);
  g_hash_table_unref (self->categories);
  g_hash_table_unref (self->statuses);
  g_hash_table_unref (self->dates);
  g_string_chunk_free (self->strings);
  g_string_free (self->scratch, TRUE);
  g_string_free (self->problems, TRUE);
  G_OBJECT_CLASS (sc_people_import_parent_class)->finalize (object);
}

static void
sc_people_import_class_init (ScPeopleImportClass *klass)
{
  ScImportClass *import_class = SC_IMPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sc_people_import_finalize;
  import_class->title = N_("Import People");
  import_class->changed = "people";
  import_class->has_full_list = TRUE;
  import_class->fields = people_fields;
  import_class->check_columns = check_columns;
  import_class->reset = reset;
  import_class->load = sc_people_import_load;
  import_class->add_row = sc_people_import_add_row;
  import_class->resolve = sc_people_import_resolve;
  import_class->finish = sc_people_import_finish;
  import_class->write = sc_people_import_write;
  import_class->get_n_rows = get_n_rows;
  import_class->get_row = get_row;
  import_class->describe_row = describe_row;
  import_class->describe_loaded = describe_loaded;
  import_class->get_n_leavers = get_n_leavers;
  import_class->describe_leaver = describe_leaver;
}

static void
sc_people_import_init (ScPeopleImport *self)
{
  self->strings = g_string_chunk_new (64 * 1024);
  self->scratch = g_string_new (NULL);
  self->problems = g_string_new (NULL);
  self->categories = g_hash_table_new (g_str_hash, g_str_equal);
  self->statuses = g_hash_table_new (g_str_hash, g_str_equal);
  self->dates = g_hash_table_new (g_str_hash, g_str_equal);
  self->rows = g_array_new (FALSE, TRUE, sizeof (ScPeopleImportPlanRow));
  self->changes = g_array_new (FALSE, TRUE, sizeof (ScPeopleImportChange));
  self->leavers = g_array_new (FALSE, TRUE, sizeof (ScPeopleImportLeaver));
  self->leaver_people = g_ptr_array_new ();
}

/* ---- public -------------------------------------------------------------- */

const ScPeopleImportRow *
sc_people_import_get_row (ScPeopleImport *self,
                          guint           index)
{
  g_return_val_if_fail (SC_IS_PEOPLE_IMPORT (self) && index < self->rows->len, NULL);
  return &plan_row (self, index)->pub;
}

const ScPeopleImportChange *
sc_people_import_get_change (ScPeopleImport *self,
                             guint           row,
                             guint           index)
{
  const ScPeopleImportPlanRow *r;

  g_return_val_if_fail (SC_IS_PEOPLE_IMPORT (self) && row < self->rows->len, NULL);
  r = plan_row (self, row);
  g_return_val_if_fail (index < r->pub.n_changes, NULL);
  return &g_array_index (self->changes, ScPeopleImportChange, r->first_change + index);
}

char *
sc_people_import_describe_changes (ScPeopleImport *self,
                                   guint           row)
{
  const ScPeopleImportRow *pub = sc_people_import_get_row (self, row);
  GString *text = g_string_new (NULL);

  for (guint i = 0; pub != NULL && i < pub->n_changes; i++)
    {
      g_autofree char *change = sc_people_import_change_format (sc_people_import_get_change (self, row, i));

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, change);
    }
  return g_string_free (text, FALSE);
}

const ScPeopleImportLeaver *
sc_people_import_get_leaver (ScPeopleImport *self,
                             guint           index)
{
  g_return_val_if_fail (SC_IS_PEOPLE_IMPORT (self) && index < self->leavers->len, NULL);
  return &g_array_index (self->leavers, ScPeopleImportLeaver, index);
}

guint
sc_people_import_get_n_new_groups (ScPeopleImport *self)
{
  g_return_val_if_fail (SC_IS_PEOPLE_IMPORT (self), 0);
  return self->index != NULL ? self->index->new_groups->len : 0;
}

guint
sc_people_import_get_n_new_departments (ScPeopleImport *self)
{
  g_return_val_if_fail (SC_IS_PEOPLE_IMPORT (self), 0);
  return self->index != NULL ? self->index->new_departments->len : 0;
}

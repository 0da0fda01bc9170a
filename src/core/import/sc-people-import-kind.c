/* sc-people-import-kind.c — the list of people as an ScImportKind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include "sc-date.h"
#include "sc-enums.h"
#include "sc-i18n.h"
#include "sc-import-kind.h"
#include "sc-people-import.h"

G_STATIC_ASSERT ((int)SC_PEOPLE_IMPORT_ADDED == (int)SC_IMPORT_ROW_ADDED);
G_STATIC_ASSERT ((int)SC_PEOPLE_IMPORT_DUPLICATE == (int)SC_IMPORT_ROW_DUPLICATE);
G_STATIC_ASSERT ((int)SC_PEOPLE_IMPORT_ERROR == (int)SC_IMPORT_ROW_ERROR);
G_STATIC_ASSERT ((int)SC_PEOPLE_IMPORT_N_OUTCOMES == (int)SC_IMPORT_ROW_N_OUTCOMES);

static char *
describe_loaded (const char *counts)
{
  return g_strdup_printf (_("List loaded: %s"), counts);
}

static gpointer
plan_new (ScDatabase            *db,
          ScTable               *table,
          const ScColumnMap     *map,
          const ScImportChoices *choices,
          ScImportProgressFunc   progress,
          gpointer               user_data,
          GCancellable          *cancellable,
          GError               **error)
{
  ScPeopleImportOptions options = {
    choices->full_list ? SC_PEOPLE_IMPORT_MODE_FULL : SC_PEOPLE_IMPORT_MODE_ADDITION,
    choices->strict, NULL, choices->left_on, choices->file_name
  };

  return sc_people_import_new (db, table, map, &options, progress, user_data, cancellable, error);
}

static gboolean
plan_commit (gpointer              plan,
             ScDatabase           *db,
             ScImportProgressFunc  progress,
             gpointer              user_data,
             GCancellable         *cancellable,
             GError              **error)
{
  return sc_people_import_commit (plan, db, progress, user_data, cancellable, error);
}

static gpointer
plan_ref (gpointer plan)
{
  return sc_people_import_ref (plan);
}

static void
plan_unref (gpointer plan)
{
  sc_people_import_unref (plan);
}

static guint
count (gpointer        plan,
       ScImportOutcome outcome)
{
  return sc_people_import_count (plan, (ScPeopleImportOutcome)outcome);
}

static guint
n_rows (gpointer plan)
{
  return sc_people_import_get_n_rows (plan);
}

static void
get_row (gpointer         plan,
         guint            index,
         ScImportRowInfo *info)
{
  const ScPeopleImportRow *row = sc_people_import_get_row (plan, index);

  info->line = row->line;
  info->outcome = (ScImportOutcome)row->outcome;
  info->message = row->message;
  info->warning = NULL;
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

static void
describe_row (gpointer   plan,
              guint      index,
              char     **title,
              char     **details)
{
  const ScPeopleImportRow *row = sc_people_import_get_row (plan, index);

  *title = full_name (row->last_name, row->first_name, row->patronymic);
  if (row->outcome == SC_PEOPLE_IMPORT_UPDATED)
    *details = sc_people_import_describe_changes (plan, index);
  else if (row->outcome == SC_PEOPLE_IMPORT_DUPLICATE)
    /* Translators: a row of an import that repeats an earlier one */
    *details = g_strdup_printf (_("the same as line %u: loaded once"), row->same_as_line);
  else
    *details = describe_details (row);
}

static const char * const *
notes (gpointer plan)
{
  return sc_people_import_get_notes (plan);
}

static guint
n_leavers (gpointer plan)
{
  return sc_people_import_get_n_leavers (plan);
}

static void
describe_leaver (gpointer   plan,
                 guint      index,
                 char     **title,
                 char     **details)
{
  const ScPeopleImportLeaver *leaver = sc_people_import_get_leaver (plan, index);

  *title = full_name (leaver->last_name, leaver->first_name, leaver->patronymic);
  *details = g_strdup (leaver->group);
}

static const ScImportKind people_list_kind = {
  N_("Import People"), "people", TRUE,
  sc_people_import_fields, describe_loaded, plan_new, plan_commit, plan_ref, plan_unref,
  count, n_rows, get_row, describe_row, notes, n_leavers, describe_leaver
};

const ScImportKind *
sc_people_import_kind (void)
{
  return &people_list_kind;
}

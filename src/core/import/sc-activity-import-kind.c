/* sc-activity-import-kind.c — teachers' weekly counts as an ScImportKind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-import-kind.h"
#include "sc-activity-import.h"

G_STATIC_ASSERT ((int)SC_ACTIVITY_IMPORT_ADDED == (int)SC_IMPORT_ROW_ADDED);
G_STATIC_ASSERT ((int)SC_ACTIVITY_IMPORT_DUPLICATE == (int)SC_IMPORT_ROW_DUPLICATE);
G_STATIC_ASSERT ((int)SC_ACTIVITY_IMPORT_ERROR == (int)SC_IMPORT_ROW_ERROR);
G_STATIC_ASSERT ((int)SC_ACTIVITY_IMPORT_N_OUTCOMES == (int)SC_IMPORT_ROW_N_OUTCOMES);

static char *
describe_loaded (const char *counts)
{
  return g_strdup_printf (_("Activity loaded: %s"), counts);
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
  ScActivityImportOptions options = { choices->strict, NULL };

  return sc_activity_import_new (db, table, map, &options, progress, user_data, cancellable, error);
}

static gboolean
plan_commit (gpointer              plan,
             ScDatabase           *db,
             ScImportProgressFunc  progress,
             gpointer              user_data,
             GCancellable         *cancellable,
             GError              **error)
{
  return sc_activity_import_commit (plan, db, progress, user_data, cancellable, error);
}

static gpointer
plan_ref (gpointer plan)
{
  return sc_activity_import_ref (plan);
}

static void
plan_unref (gpointer plan)
{
  sc_activity_import_unref (plan);
}

static guint
count (gpointer        plan,
       ScImportOutcome outcome)
{
  return sc_activity_import_count (plan, (ScActivityImportOutcome)outcome);
}

static guint
n_rows (gpointer plan)
{
  return sc_activity_import_get_n_rows (plan);
}

static void
get_row (gpointer         plan,
         guint            index,
         ScImportRowInfo *info)
{
  const ScActivityImportRow *row = sc_activity_import_get_row (plan, index);

  *info = (ScImportRowInfo) { row->line, (ScImportOutcome)row->outcome, row->message, row->warning };
}

/* «27 ноября – 3 декабря 2023 · сообщений: 15 · звонков: 2» */
static void
describe_row (gpointer   plan,
              guint      index,
              char     **title,
              char     **details)
{
  const ScActivityImportRow *row = sc_activity_import_get_row (plan, index);
  g_autofree char *week = row->week_monday ? sc_date_format_week (row->week_monday) : g_strdup ("");

  *title = g_strdup (row->name);
  if (row->outcome == SC_ACTIVITY_IMPORT_UPDATED || row->outcome == SC_ACTIVITY_IMPORT_DUPLICATE)
    /* Translators: a week's row of the activity import: the week, then what changes */
    *details = g_strdup_printf (_("%s · %s"), week, row->message);
  else
    /* Translators: a week's row of the activity import: the week, then the counts */
    *details = g_strdup_printf (_("%s · messages: %d · calls: %d"), week, row->messages, row->calls);
}

static const char * const *
notes (gpointer plan)
{
  return sc_activity_import_get_notes (plan);
}

static const ScImportKind activity_kind = {
  N_("Import Weekly Activity"), "activity", FALSE,
  sc_activity_import_fields, describe_loaded, plan_new, plan_commit, plan_ref, plan_unref,
  count, n_rows, get_row, describe_row, notes, NULL, NULL
};

const ScImportKind *
sc_activity_import_kind (void)
{
  return &activity_kind;
}

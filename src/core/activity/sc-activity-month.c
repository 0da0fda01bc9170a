/* sc-activity-month.c — the norm check over a month and the weekly trend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-activity"

#include "config.h"

#include <string.h>

#include "sc-collate.h"
#include "sc-date.h"
#include "sc-format.h"
#include "sc-i18n.h"
#include "sc-person-name.h"
#include "sc-report-figures.h"
#include "sc-activity-month.h"
#include "sc-activity-week.h"

static const char teachers_sql[] =
  "SELECT id, last_name, first_name, patronymic FROM person"
  " WHERE category = 'teacher' AND (left_on IS NULL OR left_on > ?1)";

static void
month_row_free (gpointer data)
{
  ScActivityMonthRow *row = data;

  g_free (row->name);
  g_free (row->marks);
  g_free (row->messages);
  g_free (row->calls);
  g_free (row);
}

void
sc_activity_month_free (ScActivityMonth *month)
{
  if (month == NULL)
    return;
  g_free (month->month);
  g_free (month->as_of);
  g_strfreev (month->weeks);
  g_clear_pointer (&month->rows, g_ptr_array_unref);
  g_free (month->week_met);
  g_free (month);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  const char *text = (const char *)sqlite3_column_text (stmt, col);
  return text != NULL ? text : "";
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const ScActivityMonthRow *x = *(ScActivityMonthRow *const *)a;
  const ScActivityMonthRow *y = *(ScActivityMonthRow *const *)b;

  return sc_collate_compare (x->name, y->name);
}

static ScActivityMonthRow *
month_row_new (sqlite3_stmt *stmt,
               guint         n_weeks)
{
  ScActivityMonthRow *row = g_new0 (ScActivityMonthRow, 1);

  row->person_id = sqlite3_column_int64 (stmt, 0);
  row->name = sc_person_name_join (column_text (stmt, 1), column_text (stmt, 2),
                                   column_text (stmt, 3));
  row->marks = g_new0 (ScActivityMark, n_weeks);
  row->messages = g_new0 (int, n_weeks);
  row->calls = g_new0 (int, n_weeks);
  return row;
}

/* The teachers active on the month's last day, each with no data yet. */
static gboolean
load_teachers (ScDatabase   *db,
               ScActivityMonth *month,
               GHashTable   *by_id,
               GError      **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, teachers_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, month->as_of, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScActivityMonthRow *row = month_row_new (stmt, month->n_weeks);
      g_ptr_array_add (month->rows, row);
      g_hash_table_insert (by_id, &row->person_id, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  g_ptr_array_sort (month->rows, compare_rows);
  return TRUE;
}

static guint
week_index (const ScActivityMonth *month,
            const char         *monday)
{
  guint i = 0;

  while (i < month->n_weeks && strcmp (month->weeks[i], monday) != 0)
    i++;
  return i;
}

static void
apply_records (ScActivityMonth *month,
               GHashTable   *by_id,
               GArray       *records)
{
  for (guint r = 0; r < records->len; r++)
    {
      const ScActivityRecord *record = &g_array_index (records, ScActivityRecord, r);
      ScActivityMonthRow *row = g_hash_table_lookup (by_id, &record->person_id);
      guint i = week_index (month, record->week_monday);

      if (row == NULL || i >= month->n_weeks)
        continue;
      row->messages[i] = record->messages;
      row->calls[i] = record->calls;
      row->marks[i] = sc_activity_norm_mark (&month->norm, TRUE, record->messages, record->calls);
    }
}

/* No record is 0 and 0, which meets no norm but 0 and 0. */
static void
count_norm (ScActivityMonth *month)
{
  for (guint t = 0; t < month->rows->len; t++)
    {
      ScActivityMonthRow *row = g_ptr_array_index (month->rows, t);

      row->all_weeks = month->n_weeks > 0;
      for (guint i = 0; i < month->n_weeks; i++)
        {
          gboolean met = sc_activity_norm_is_met (&month->norm, row->messages[i], row->calls[i]);
          month->week_met[i] += met ? 1 : 0;
          row->all_weeks = row->all_weeks && met;
        }
      month->all_weeks += row->all_weeks ? 1 : 0;
    }
}

ScActivityMonth *
sc_activity_month_compute (ScDatabase  *db,
                        const char  *month_text,
                        GError     **error)
{
  g_autoptr(ScActivityMonth) month = g_new0 (ScActivityMonth, 1);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) records = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  if (!sc_report_month_is_valid (month_text))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a month: write it as YYYY-MM."), month_text);
      return NULL;
    }
  month->month = g_strdup (month_text);
  month->as_of = sc_report_month_last_day (month_text);
  month->weeks = sc_report_month_weeks (month_text);
  month->n_weeks = g_strv_length (month->weeks);
  month->week_met = g_new0 (guint, month->n_weeks);
  month->rows = g_ptr_array_new_with_free_func (month_row_free);
  if (!sc_activity_norm_load (db, &month->norm, error) ||
      !load_teachers (db, month, by_id, error) ||
      (records = sc_activity_read_range (db, month->weeks[0], month->weeks[month->n_weeks - 1],
                                      error)) == NULL)
    return NULL;
  apply_records (month, by_id, records);
  count_norm (month);
  return g_steal_pointer (&month);
}

static char *
add_weeks (const char *monday,
           int         n)
{
  g_autoptr(GDate) date = sc_date_to_gdate (monday);

  if (n < 0)
    g_date_subtract_days (date, 7 * (guint)-n);
  else
    g_date_add_days (date, 7 * (guint)n);
  return sc_date_from_gdate (date);
}

GArray *
sc_activity_trend (ScDatabase *db,
                const char *last_monday,
                guint       n_weeks,
                GError    **error)
{
  g_autoptr(GArray) shares = g_array_new (FALSE, TRUE, sizeof (ScActivityWeekShare));
  ScActivityNorm norm;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  if (!sc_activity_check_week (last_monday, error) || !sc_activity_norm_load (db, &norm, error))
    return NULL;
  for (guint i = 0; i < n_weeks; i++)
    {
      g_autofree char *monday = add_weeks (last_monday, (int)i - (int)n_weeks + 1);
      ScActivityWeekShare share = { { 0 } };

      g_strlcpy (share.monday, monday, sizeof share.monday);
      if (!sc_activity_week_summary (db, monday, &norm, &share.met, &share.total, error))
        return NULL;
      g_array_append_val (shares, share);
    }
  return g_steal_pointer (&shares);
}

double
sc_activity_week_share_pct (const ScActivityWeekShare *share)
{
  return sc_percent (share->met, share->total);
}

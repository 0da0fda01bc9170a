/* sc-activity.c — storing and reading teachers' weeks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-activity"

#include "config.h"

#include <string.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-organization.h"
#include "sc-activity.h"

static const char upsert_sql[] =
  "INSERT INTO usage_week (person_id, week_monday, messages, calls, source)"
  " VALUES (?1, ?2, ?3, ?4, ?5)"
  " ON CONFLICT (person_id, week_monday) DO UPDATE SET"
  " messages = excluded.messages, calls = excluded.calls, source = excluded.source";
static const char delete_sql[] =
  "DELETE FROM usage_week WHERE person_id = ?1 AND week_monday = ?2";
static const char category_sql[] =
  "SELECT category FROM person WHERE id = ?1";
static const char range_sql[] =
  "SELECT person_id, week_monday, messages, calls, source FROM usage_week"
  " WHERE week_monday BETWEEN ?1 AND ?2 ORDER BY week_monday, person_id";
static const char weeks_sql[] =
  "SELECT DISTINCT week_monday FROM usage_week"
  " WHERE week_monday BETWEEN ?1 AND ?2 ORDER BY week_monday";
static const char get_sql[] =
  "SELECT person_id, week_monday, messages, calls, source FROM usage_week"
  " WHERE person_id = ?1 AND week_monday = ?2";

const char *
sc_activity_mark_get_label (ScActivityMark mark)
{
  switch (mark)
    {
    case SC_ACTIVITY_MET: return C_("norm", "Met");
    case SC_ACTIVITY_BELOW: return C_("norm", "Below the norm");
    case SC_ACTIVITY_NO_DATA:
    default: return C_("norm", "No data");
    }
}

gboolean
sc_activity_norm_load (ScDatabase  *db,
                    ScActivityNorm *norm,
                    GError     **error)
{
  g_autoptr(ScOrganization) organization = sc_organization_load (db, error);

  if (organization == NULL)
    return FALSE;
  norm->messages = organization->norm_messages;
  norm->calls = organization->norm_calls;
  return TRUE;
}

gboolean
sc_activity_norm_is_met (const ScActivityNorm *norm,
                      int                messages,
                      int                calls)
{
  return messages >= norm->messages && calls >= norm->calls;
}

ScActivityMark
sc_activity_norm_mark (const ScActivityNorm *norm,
                    gboolean           has_record,
                    int                messages,
                    int                calls)
{
  if (!has_record)
    return SC_ACTIVITY_NO_DATA;
  return sc_activity_norm_is_met (norm, messages, calls) ? SC_ACTIVITY_MET : SC_ACTIVITY_BELOW;
}

gboolean
sc_activity_is_monday (const char *iso)
{
  g_autoptr(GDate) date = iso != NULL ? sc_date_to_gdate (iso) : NULL;

  return date != NULL && g_date_get_weekday (date) == G_DATE_MONDAY;
}

char *
sc_activity_week_sunday (const char *monday)
{
  g_autoptr(GDate) date = sc_date_to_gdate (monday);

  if (date == NULL)
    return NULL;
  g_date_add_days (date, 6);
  return sc_date_from_gdate (date);
}

gboolean
sc_activity_check_week (const char *monday,
                     GError    **error)
{
  if (sc_activity_is_monday (monday))
    return TRUE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("A week is named by its Monday; choose the week again."));
  return FALSE;
}

static gboolean
check_counts (int      messages,
              int      calls,
              GError **error)
{
  if (messages >= 0 && calls >= 0 && messages <= SC_ACTIVITY_MAX_COUNT && calls <= SC_ACTIVITY_MAX_COUNT)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("Messages and calls are whole numbers from 0 to %d."), SC_ACTIVITY_MAX_COUNT);
  return FALSE;
}

static gboolean
check_teacher (ScDatabase *db,
               gint64      person_id,
               GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, category_sql, error);
  gboolean teacher;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  teacher = rc == SQLITE_ROW &&
            g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "teacher") == 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  if (!teacher)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                         _("Activity is recorded for teachers only."));
  return teacher;
}

gboolean
sc_activity_write_week (ScDatabase    *db,
                     gint64         person_id,
                     const char    *monday,
                     int            messages,
                     int            calls,
                     ScActivitySource  source,
                     GError       **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, upsert_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, monday, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, messages);
  sqlite3_bind_int (stmt, 4, calls);
  sqlite3_bind_text (stmt, 5, sc_activity_source_to_code (source), -1, SQLITE_STATIC);
  return sc_database_step_done (db, stmt, error);
}

gboolean
sc_activity_set (ScDatabase    *db,
              gint64         person_id,
              const char    *monday,
              int            messages,
              int            calls,
              ScActivitySource  source,
              GError       **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if (!sc_activity_check_week (monday, error) || !check_counts (messages, calls, error))
    return FALSE;
  if (!sc_database_begin (db, error))
    return FALSE;
  if (!check_teacher (db, person_id, error) ||
      !sc_activity_write_week (db, person_id, monday, messages, calls, source, error) ||
      !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  sc_database_emit_changed (db, "activity");
  return TRUE;
}

gboolean
sc_activity_clear (ScDatabase *db,
                gint64      person_id,
                const char *monday,
                GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if (!sc_activity_check_week (monday, error) ||
      (stmt = sc_database_prepare (db, delete_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, monday, -1, SQLITE_TRANSIENT);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  sc_database_emit_changed (db, "activity");
  return TRUE;
}

static void
record_from_row (sqlite3_stmt  *stmt,
                 ScActivityRecord *record)
{
  const char *monday = (const char *)sqlite3_column_text (stmt, 1);

  record->person_id = sqlite3_column_int64 (stmt, 0);
  g_strlcpy (record->week_monday, monday != NULL ? monday : "", sizeof record->week_monday);
  record->messages = sqlite3_column_int (stmt, 2);
  record->calls = sqlite3_column_int (stmt, 3);
  record->source = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 4), "import") == 0
                   ? SC_ACTIVITY_SOURCE_IMPORT : SC_ACTIVITY_SOURCE_MANUAL;
}

GArray *
sc_activity_read_range (ScDatabase *db,
                     const char *first_monday,
                     const char *last_monday,
                     GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, range_sql, error);
  g_autoptr(GArray) records = g_array_new (FALSE, TRUE, sizeof (ScActivityRecord));
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, first_monday, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_monday, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScActivityRecord record;
      record_from_row (stmt, &record);
      g_array_append_val (records, record);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

GPtrArray *
sc_activity_list_weeks (ScDatabase *db,
                        const char *first_monday,
                        const char *last_monday,
                        GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, weeks_sql, error);
  g_autoptr(GPtrArray) weeks = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, first_monday, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_monday, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (weeks, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&weeks);
}

gboolean
sc_activity_get (ScDatabase    *db,
              gint64         person_id,
              const char    *monday,
              ScActivityRecord *record,
              gboolean      *found,
              GError       **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, get_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, monday, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  *found = rc == SQLITE_ROW;
  if (*found)
    record_from_row (stmt, record);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

/* sc-academic-year.c — the college's academic years and their 100 % targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-academic-year"

#include "config.h"

#include <stdio.h>

#include "sc-academic-year.h"
#include "sc-date.h"
#include "sc-i18n.h"

/* How far back the list of years goes, whatever old dates the data hold. */
#define MAX_YEARS 20

static int
start_year (const char *start_on)
{
  int year = 0;

  if (start_on == NULL || sscanf (start_on, "%4d", &year) != 1)
    return 0;
  return year;
}

char *
sc_academic_year_start_of (const char *date)
{
  g_autoptr(GDate) day = sc_date_to_gdate (date);
  int year;

  if (day == NULL)
    return NULL;
  year = g_date_get_year (day);
  if (g_date_get_month (day) < G_DATE_SEPTEMBER)
    year--;
  return g_strdup_printf ("%04d-09-01", year);
}

char *
sc_academic_year_coming (const char *today)
{
  g_autoptr(GDate) day = sc_date_to_gdate (today);

  if (day == NULL)
    return NULL;
  /* In July and August the coordinator prepares the year that begins on
   * 1 September; from September to June the one under way. */
  if (g_date_get_month (day) == G_DATE_JULY || g_date_get_month (day) == G_DATE_AUGUST)
    return g_strdup_printf ("%04d-09-01", g_date_get_year (day));
  return sc_academic_year_start_of (today);
}

char *
sc_academic_year_label (const char *start_on)
{
  int year = start_year (start_on);

  return g_strdup_printf ("%d/%02d", year, (year + 1) % 100);
}

char *
sc_academic_year_title (const char *start_on)
{
  g_autofree char *label = sc_academic_year_label (start_on);

  /* Translators: «Учебный год 2024/25» */
  return g_strdup_printf (_("Academic year %s"), label);
}

char *
sc_academic_year_default_target (const char *start_on)
{
  return g_strdup_printf ("%04d-11-15", start_year (start_on));
}

char *
sc_academic_year_default_left_on (const char *start_on)
{
  return g_strdup_printf ("%04d-06-30", start_year (start_on));
}

static char *
end_of (const char *start_on)
{
  return g_strdup_printf ("%04d-08-31", start_year (start_on) + 1);
}

gboolean
sc_academic_year_contains (const char *start_on,
                           const char *date)
{
  g_autofree char *start = sc_academic_year_start_of (date);

  return start != NULL && g_strcmp0 (start, start_on) == 0;
}

ScAcademicYear *
sc_academic_year_new (const char *start_on)
{
  ScAcademicYear *year = g_new0 (ScAcademicYear, 1);

  year->start_on = g_strdup (start_on);
  year->end_on = end_of (start_on);
  year->target_on = sc_academic_year_default_target (start_on);
  return year;
}

void
sc_academic_year_free (ScAcademicYear *year)
{
  if (year == NULL)
    return;
  g_free (year->start_on);
  g_free (year->end_on);
  g_free (year->target_on);
  g_free (year->started_on);
  g_free (year);
}

/* Fills @year from its row, when there is one. */
static gboolean
read_row (ScDatabase     *db,
          ScAcademicYear *year,
          GError        **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT target_on, started_on FROM academic_year WHERE start_on = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, year->start_on, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sc_date_is_valid_iso ((const char *)sqlite3_column_text (stmt, 0)))
    {
      g_free (year->target_on);
      year->target_on = sc_database_column_dup (stmt, 0);
      year->target_set = TRUE;
    }
  if (rc == SQLITE_ROW)
    year->started_on = sc_database_column_dup_or_null (stmt, 1);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

ScAcademicYear *
sc_academic_year_load (ScDatabase  *db,
                       const char  *date,
                       GError     **error)
{
  g_autofree char *start = NULL;
  g_autoptr(ScAcademicYear) year = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  start = sc_academic_year_start_of (date);
  g_return_val_if_fail (start != NULL, NULL);

  year = sc_academic_year_new (start);
  if (!read_row (db, year, error))
    return NULL;
  return g_steal_pointer (&year);
}

/* The earliest and latest dates that tell which years the college lived:
 * its lists, its statuses, its reports and the targets set. */
#define SQL_SPAN \
  "SELECT min (d), max (d) FROM (" \
  " SELECT min (as_of) AS d FROM people_import" \
  " UNION ALL SELECT min (on_date) FROM status_event" \
  " UNION ALL SELECT min (month) || '-01' FROM report" \
  " UNION ALL SELECT min (start_on) FROM academic_year" \
  " UNION ALL SELECT max (start_on) FROM academic_year)"

static gboolean
query_span (ScDatabase  *db,
            char       **first,
            char       **last,
            GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, SQL_SPAN, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *first = sc_database_column_dup_or_null (stmt, 0);
      *last = sc_database_column_dup_or_null (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

static char *
clamp_start (const char *date,
             const char *fallback)
{
  char *start = sc_academic_year_start_of (date);

  return start != NULL ? start : g_strdup (fallback);
}

GPtrArray *
sc_academic_year_list (ScDatabase  *db,
                       const char  *today,
                       GError     **error)
{
  g_autofree char *now = today ? g_strdup (today) : sc_date_today ();
  g_autofree char *current = sc_academic_year_start_of (now);
  g_autofree char *first_date = NULL, *last_date = NULL;
  g_autofree char *first = NULL, *last = NULL;
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_academic_year_free);
  int from, to;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (current != NULL, NULL);

  if (!query_span (db, &first_date, &last_date, error))
    return NULL;
  first = clamp_start (first_date, current);
  last = clamp_start (last_date, current);
  to = MAX (start_year (current), start_year (last));
  from = CLAMP (start_year (first), to - MAX_YEARS + 1, to);
  for (int y = to; y >= from; y--)
    {
      g_autofree char *start = g_strdup_printf ("%04d-09-01", y);
      ScAcademicYear *year = sc_academic_year_new (start);

      g_ptr_array_add (years, year);
      if (!read_row (db, year, error))
        return NULL;
    }
  return g_steal_pointer (&years);
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, message);
  return FALSE;
}

static gboolean
check_target (const char  *start_on,
              const char  *target_on,
              GError     **error)
{
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;

  if (!sc_date_is_valid_iso (target_on))
    return invalid (error, _("The target date is not a valid date. Write it as DD.MM.YYYY."));
  if (sc_academic_year_contains (start_on, target_on))
    return TRUE;
  label = sc_academic_year_label (start_on);
  message = g_strdup_printf (_("The target of the academic year %s must fall within it: from 1 September to 31 August."),
                             label);
  return invalid (error, message);
}

static gboolean
upsert (ScDatabase  *db,
        const char  *start_on,
        const char  *target_on,
        GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT INTO academic_year (start_on, target_on) VALUES (?1, ?2)"
      " ON CONFLICT (start_on) DO UPDATE SET target_on = excluded.target_on", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, start_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, target_on, -1, SQLITE_TRANSIENT);
  return sc_database_step_done (db, stmt, error);
}

gboolean
sc_academic_year_set_target (ScDatabase  *db,
                             const char  *start_on,
                             const char  *target_on,
                             GError     **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (start_on != NULL, FALSE);

  if (!check_target (start_on, target_on, error) || !sc_database_begin (db, error))
    return FALSE;
  if (!upsert (db, start_on, target_on, error) || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  sc_database_emit_changed (db, "organization");
  return TRUE;
}

gboolean
sc_academic_year_record_start (ScDatabase  *db,
                               const char  *start_on,
                               const char  *target_on,
                               const char  *started_on,
                               gint64       import_id,
                               GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (sc_date_is_valid_iso (started_on), FALSE);

  if (!check_target (start_on, target_on, error) || !upsert (db, start_on, target_on, error))
    return FALSE;
  stmt = sc_database_prepare (db,
      "UPDATE academic_year SET started_on = ?2, import_id = ?3 WHERE start_on = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, start_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, started_on, -1, SQLITE_TRANSIENT);
  if (import_id > 0)
    sqlite3_bind_int64 (stmt, 3, import_id);
  return sc_database_step_done (db, stmt, error);
}

/* Columns: a list loaded before the year (the college lived a year
 * before), and the day of the first full list loaded in it. */
#define SQL_LISTS \
  "SELECT EXISTS (SELECT 1 FROM people_import WHERE as_of < ?1)," \
  " (SELECT min (as_of) FROM people_import WHERE full_roster = 1" \
  "  AND as_of >= ?1 AND as_of <= ?2)"

gboolean
sc_academic_year_get_state (ScDatabase           *db,
                            const ScAcademicYear *year,
                            ScAcademicYearState  *state,
                            char                **since,
                            GError              **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *full_list_on = NULL;
  gboolean earlier = FALSE;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (db) && year != NULL && state != NULL, FALSE);

  if ((stmt = sc_database_prepare (db, SQL_LISTS, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, year->start_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, year->end_on, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      earlier = sqlite3_column_int (stmt, 0) != 0;
      full_list_on = sc_database_column_dup_or_null (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (db, rc, error);
  if (year->started_on != NULL || full_list_on != NULL)
    *state = SC_ACADEMIC_YEAR_STARTED;
  else
    *state = earlier ? SC_ACADEMIC_YEAR_NOT_STARTED : SC_ACADEMIC_YEAR_FIRST;
  if (since != NULL)
    *since = g_strdup (year->started_on ? year->started_on : full_list_on);
  return TRUE;
}

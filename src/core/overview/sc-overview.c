/* sc-overview.c — what the «Обзор» page shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-overview"

#include "config.h"

#include "sc-chat-coverage.h"
#include "sc-date.h"
#include "sc-overview.h"
#include "sc-people.h"
#include "sc-activity-week.h"
#include "sc-activity.h"

void
sc_overview_free (ScOverview *overview)
{
  if (overview == NULL)
    return;
  g_free (overview->today);
  g_clear_pointer (&overview->organization, sc_organization_free);
  g_clear_pointer (&overview->report, sc_report_month_free);
  g_clear_pointer (&overview->judged_report, sc_report_month_free);
  g_free (overview->last_week);
  g_free (overview);
}

int
sc_overview_days_between (const char *from,
                          const char *to)
{
  g_autoptr(GDate) a = sc_date_to_gdate (from);
  g_autoptr(GDate) b = sc_date_to_gdate (to);

  if (a == NULL || b == NULL)
    return 0;
  return g_date_days_between (a, b);
}

gboolean
sc_overview_is_overdue (const ScReportMonth *month,
                        const char          *today)
{
  g_return_val_if_fail (month != NULL, FALSE);
  return month->status != SC_REPORT_STATUS_SUBMITTED &&
         g_strcmp0 (month->due_date, today) < 0;
}

static ScReportMonth *
month_copy (const ScReportMonth *month)
{
  ScReportMonth *copy = g_memdup2 (month, sizeof *month);

  copy->month = g_strdup (month->month);
  copy->due_date = g_strdup (month->due_date);
  copy->submitted_on = g_strdup (month->submitted_on);
  return copy;
}

static const ScReportMonth *
find_month (GPtrArray  *months,
            const char *month)
{
  for (guint i = 0; i < months->len; i++)
    {
      const ScReportMonth *entry = g_ptr_array_index (months, i);
      if (g_strcmp0 (entry->month, month) == 0)
        return entry;
    }
  return NULL;
}

/* The box shows the previous month's report; a college whose data start
 * this month has none, and sees this month's instead. */
static void
pick_reports (ScOverview *o,
              GPtrArray  *months)
{
  g_autofree char *this_month = g_strndup (o->today, 7);
  g_autofree char *previous = sc_report_month_add (this_month, -1);
  g_autofree char *before = sc_report_month_add (this_month, -2);
  const ScReportMonth *prev = find_month (months, previous);
  const ScReportMonth *shown = prev ? prev : find_month (months, this_month);
  const ScReportMonth *judged = NULL;

  if (shown != NULL)
    {
      o->report = month_copy (shown);
      o->days_to_due = sc_overview_days_between (o->today, shown->due_date);
    }
  if (prev != NULL && (prev->status == SC_REPORT_STATUS_SUBMITTED ||
                       sc_overview_is_overdue (prev, o->today)))
    judged = prev;
  else
    judged = find_month (months, before);
  if (judged != NULL)
    o->judged_report = month_copy (judged);
}

/* The activity page's own count (sc-activity-week.h), and whether anything
 * was recorded that week at all. */
static gboolean
count_week (ScDatabase  *db,
            ScOverview  *o,
            GError     **error)
{
  ScActivityNorm norm = { o->organization->norm_messages, o->organization->norm_calls };
  g_autoptr(GArray) records = NULL;

  if (!sc_activity_week_summary (db, o->last_week, &norm, &o->week_met, &o->week_teachers, error))
    return FALSE;
  records = sc_activity_read_range (db, o->last_week, o->last_week, error);
  if (records == NULL)
    return FALSE;
  o->week_records = records->len;
  return TRUE;
}

static char *
previous_monday (const char *today)
{
  g_autofree char *monday = sc_date_week_monday (today);
  g_autoptr(GDate) date = sc_date_to_gdate (monday);

  g_date_subtract_days (date, 7);
  return sc_date_from_gdate (date);
}

static gboolean
count_chats (ScDatabase  *db,
             ScOverview  *o,
             GError     **error)
{
  return sc_chat_coverage_count_groups (db, o->today, &o->groups_without_chat,
                                        &o->groups_without_created_chat, error);
}

static gboolean
count_everything (ScDatabase  *db,
                  ScOverview  *o,
                  GError     **error)
{
  g_autoptr(GPtrArray) months = NULL;

  ScPeopleTally teachers = { 0 }, students = { 0 };

  if (!sc_people_tally (db, SC_CATEGORY_TEACHER, o->today, &teachers, error) ||
      !sc_people_tally (db, SC_CATEGORY_STUDENT, o->today, &students, error) ||
      (months = sc_report_list_months (db, o->today, error)) == NULL)
    return FALSE;
  o->teachers_connected = teachers.connected;
  o->teachers_active = teachers.active;
  o->teachers_covered = teachers.connected + teachers.alternative;
  o->students_connected = students.connected;
  o->students_active = students.active;
  o->students_covered = students.connected + students.alternative;
  o->needs_move = teachers.needs_move + students.needs_move;
  pick_reports (o, months);
  return count_chats (db, o, error) && count_week (db, o, error);
}

/* Reads in one snapshot, like the report's figures. */
ScOverview *
sc_overview_compute (ScDatabase  *db,
                     const char  *today,
                     GError     **error)
{
  g_autoptr(ScOverview) o = g_new0 (ScOverview, 1);
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (today == NULL || sc_date_is_valid_iso (today), NULL);
  o->today = today ? g_strdup (today) : sc_date_today ();
  o->last_week = previous_monday (o->today);
  o->organization = sc_organization_load (db, error);
  if (o->organization == NULL || !sc_database_exec (db, "SAVEPOINT sc_overview", error))
    return NULL;
  o->days_to_deadline = sc_overview_days_between (o->today, o->organization->full_connection_deadline);
  ok = count_everything (db, o, error);
  if (!ok)
    sc_database_exec (db, "ROLLBACK TO sc_overview", NULL);
  sc_database_exec (db, "RELEASE sc_overview", NULL);
  return ok ? g_steal_pointer (&o) : NULL;
}

guint
sc_overview_people_missing (const ScOverview *o)
{
  return (o->teachers_active - o->teachers_connected) +
         (o->students_active - o->students_connected);
}

ScCheckState
sc_overview_coordinator_state (const ScOverview *o)
{
  const ScOrganization *p = o->organization;

  if (*p->coordinator_name == '\0')
    return SC_CHECK_MISSING;
  if (*p->order_number == '\0' || p->order_date == NULL)
    return SC_CHECK_WARNING;
  return SC_CHECK_DONE;
}

ScCheckState
sc_overview_chats_state (const ScOverview *o)
{
  if (o->groups_without_chat > 0)
    return SC_CHECK_MISSING;
  return o->groups_without_created_chat > 0 ? SC_CHECK_WARNING : SC_CHECK_DONE;
}

ScCheckState
sc_overview_connection_state (const ScOverview *o)
{
  if (o->teachers_active + o->students_active == 0 || sc_overview_people_missing (o) > 0)
    return SC_CHECK_MISSING;
  return SC_CHECK_DONE;
}

/* No report to judge yet (a new college): the one in the box is pending. */
ScCheckState
sc_overview_report_state (const ScOverview *o)
{
  if (o->judged_report == NULL)
    return SC_CHECK_WARNING;
  return o->judged_report->status == SC_REPORT_STATUS_SUBMITTED ? SC_CHECK_DONE : SC_CHECK_MISSING;
}

ScCheckState
sc_overview_norm_state (const ScOverview *o)
{
  if (o->week_teachers > 0 && o->week_records > 0 && o->week_met == o->week_teachers)
    return SC_CHECK_DONE;
  return SC_CHECK_WARNING;
}

/* sc-overview.h — what the «Обзор» page shows: progress to 100 %, the
 * report due next, and the points of the regional order as a checklist
 *
 * Everything is counted on one day (@today): connection as of that day,
 * the report of the month before it, teachers' activity in the ISO week
 * before it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"
#include "sc-organization.h"
#include "sc-report.h"

G_BEGIN_DECLS

typedef enum
{
  SC_CHECK_DONE,      /* ✔ the point is met */
  SC_CHECK_MISSING,   /* ✘ not met: something to do */
  SC_CHECK_WARNING,   /* ⚠ needs attention, or no data to judge */
} ScCheckState;

typedef struct
{
  char          *today;                /* YYYY-MM-DD */
  ScOrganization  *organization;

  /* Active and connected people today (DESIGN.md §5 rules). */
  guint          teachers_connected;
  guint          teachers_active;
  guint          students_connected;
  guint          students_active;
  /* Covered: connected, or declined with another channel (DESIGN.md §5);
   * and, after the switch to MAX, who still needs to move. */
  guint          teachers_covered;
  guint          students_covered;
  guint          needs_move;
  int            days_to_deadline;     /* to the profile's 100 % deadline; < 0 once passed */

  /* The previous month's report, due this month. */
  ScReportMonth *report;
  int            days_to_due;          /* < 0 when the due date has passed */
  /* The report the checklist judges: the previous month's once it is
   * submitted or due, else the month before (when the data reach back
   * that far); NULL when there is none yet. */
  ScReportMonth *judged_report;

  /* Chats today (sc-chat-coverage.h). */
  guint          groups_without_chat;
  guint          groups_without_created_chat;

  /* The ISO week before @today's week. */
  char          *last_week;            /* its Monday */
  guint          week_teachers;        /* active on its Sunday */
  guint          week_met;             /* of those, met the norm */
  guint          week_records;         /* activity rows of that week: 0 means no data */
} ScOverview;

ScOverview   *sc_overview_compute           (ScDatabase       *db,
                                             const char       *today,
                                             GError          **error);
void          sc_overview_free              (ScOverview       *overview);

guint         sc_overview_people_missing    (const ScOverview *overview);

ScCheckState  sc_overview_coordinator_state (const ScOverview *overview);
ScCheckState  sc_overview_chats_state       (const ScOverview *overview);
ScCheckState  sc_overview_connection_state  (const ScOverview *overview);
ScCheckState  sc_overview_report_state      (const ScOverview *overview);
ScCheckState  sc_overview_norm_state        (const ScOverview *overview);

/* Whole days from @from to @to (both YYYY-MM-DD); 0 when either is invalid. */
int           sc_overview_days_between      (const char       *from,
                                             const char       *to);
/* A report not submitted by its due date. */
gboolean      sc_overview_is_overdue        (const ScReportMonth *month,
                                             const char          *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScOverview, sc_overview_free)

G_END_DECLS

/* sc-activity-month.h — the norm check over a month and the weekly trend
 *
 * A month is its ISO weeks whose Thursday falls in it
 * (sc_report_month_weeks) and, like the monthly report, the teachers
 * active on its last day: a teacher who left during the month is in
 * neither the grid nor the counts, so these figures are the report's
 * (week_…_teachers_meeting_norm, teachers_norm_all_weeks).
 *
 * The trend is per week, each week with its own teachers (those active on
 * its Sunday, as the week grid shows them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-activity.h"

G_BEGIN_DECLS

typedef struct
{
  gint64       person_id;
  char        *name;
  ScActivityMark *marks;        /* one a week of the month */
  int         *messages;
  int         *calls;
  gboolean     all_weeks;    /* met the norm in every week */
} ScActivityMonthRow;

typedef struct
{
  char        *month;        /* YYYY-MM */
  char        *as_of;        /* its last day */
  GStrv        weeks;        /* Mondays */
  guint        n_weeks;
  ScActivityNorm  norm;
  GPtrArray   *rows;         /* ScActivityMonthRow, in Russian order */
  guint       *week_met;     /* teachers who met the norm, a week */
  guint        all_weeks;    /* teachers who met it in every week */
} ScActivityMonth;

typedef struct
{
  char   monday[11];
  guint  met;
  guint  total;              /* teachers active on the week's Sunday */
} ScActivityWeekShare;

ScActivityMonth *sc_activity_month_compute (ScDatabase   *db,
                                      const char   *month,
                                      GError      **error);
void          sc_activity_month_free    (ScActivityMonth *month);

/* The @n_weeks weeks ending with the one starting on @last_monday, oldest
 * first: an array of ScActivityWeekShare. */
GArray       *sc_activity_trend         (ScDatabase   *db,
                                      const char   *last_monday,
                                      guint         n_weeks,
                                      GError      **error);
/* round(100 · met / total, 1); 0 with no teachers. */
double        sc_activity_week_share_pct (const ScActivityWeekShare *share);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScActivityMonth, sc_activity_month_free)

G_END_DECLS

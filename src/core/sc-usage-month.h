/* sc-usage-month.h — the norm check over a month and the weekly trend
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

#include "sc-usage.h"

G_BEGIN_DECLS

typedef struct
{
  gint64       person_id;
  char        *name;
  ScUsageMark *marks;        /* one a week of the month */
  int         *messages;
  int         *calls;
  gboolean     all_weeks;    /* met the norm in every week */
} ScUsageMonthRow;

typedef struct
{
  char        *month;        /* YYYY-MM */
  char        *as_of;        /* its last day */
  GStrv        weeks;        /* Mondays */
  guint        n_weeks;
  ScUsageNorm  norm;
  GPtrArray   *rows;         /* ScUsageMonthRow, in Russian order */
  guint       *week_met;     /* teachers who met the norm, a week */
  guint        all_weeks;    /* teachers who met it in every week */
} ScUsageMonth;

typedef struct
{
  char   monday[11];
  guint  met;
  guint  total;              /* teachers active on the week's Sunday */
} ScUsageWeekShare;

ScUsageMonth *sc_usage_month_compute (ScDatabase   *db,
                                      const char   *month,
                                      GError      **error);
void          sc_usage_month_free    (ScUsageMonth *month);

/* The @n_weeks weeks ending with the one starting on @last_monday, oldest
 * first: an array of ScUsageWeekShare. */
GArray       *sc_usage_trend         (ScDatabase   *db,
                                      const char   *last_monday,
                                      guint         n_weeks,
                                      GError      **error);
/* round(100 · met / total, 1); 0 with no teachers. */
double        sc_usage_week_share_pct (const ScUsageWeekShare *share);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScUsageMonth, sc_usage_month_free)

G_END_DECLS

/* sc-activity-trend.h — the weekly share of teachers meeting the norm, as
 * bars over the last weeks, with Russian axis labels in the theme's colours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-activity-month.h"

G_BEGIN_DECLS

#define SC_ACTIVITY_TREND_WEEKS 16

#define SC_TYPE_ACTIVITY_TREND (sc_activity_trend_get_type ())
G_DECLARE_FINAL_TYPE (ScActivityTrend, sc_activity_trend, SC, ACTIVITY_TREND, GtkWidget)

/* Takes @shares (ScActivityWeekShare, oldest first); @current is highlighted. */
void sc_activity_trend_set_weeks (ScActivityTrend *self,
                                  GArray          *shares,
                                  const char      *current);

G_END_DECLS

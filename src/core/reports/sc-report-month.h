/* sc-report-month.h — report months as "YYYY-MM"
 *
 * A report month M is a text "YYYY-MM"; its as-of date is its last day, and
 * its weeks are the ISO weeks (Monday to Sunday) whose Thursday falls in M
 * (DESIGN.md §5): 2023-11 has the Mondays 30.10, 06.11, 13.11, 20.11, 27.11.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* FALSE unless @month is "YYYY-MM" with a year 1900–2200. */
gboolean     sc_report_month_parse        (const char *month,
                                           int        *year,
                                           int        *month_number);
gboolean     sc_report_month_is_valid     (const char *month);
/* "2023-11" → "2023-11-30" */
char        *sc_report_month_last_day     (const char *month);
/* The Mondays (YYYY-MM-DD) of the month's ISO weeks. */
GStrv        sc_report_month_weeks        (const char *month);
/* «ноябрь 2023» (lower case, nominative); «» for a bad month. */
char        *sc_report_month_format       (const char *month);
char        *sc_report_month_add          (const char *month,
                                           int         n_months);

G_END_DECLS

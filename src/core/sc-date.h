/* sc-date.h — calendar dates as the app stores and shows them
 *
 * Stored: ISO 8601 "YYYY-MM-DD". Shown: "05.12.2023" in tables,
 * "5 December 2023" (translated) in prose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SC_DATE_OK,          /* a real date (or nothing, where nothing is asked for) */
  SC_DATE_EMPTY,       /* nothing typed */
  SC_DATE_BAD_FORM,    /* not DD.MM.YYYY or another form sc_date_parse() reads */
  SC_DATE_NO_SUCH_DAY, /* the right form, but no such day: 31.02.2023 */
} ScDateProblem;

gboolean  sc_date_is_valid_iso     (const char *iso);
/* What is wrong with @text typed as a date; *iso (may be NULL) gets the
 * date when SC_DATE_OK and @text is not empty, else NULL. */
ScDateProblem sc_date_check        (const char *text,
                                    char      **iso);
/* A few words for the field's side: «такой даты нет». NULL for SC_DATE_OK. */
const char *sc_date_problem_describe (ScDateProblem problem);
char     *sc_date_parse            (const char *text);
char     *sc_date_from_serial      (double      serial);
/* Local today, or the day sc_date_set_today() fixed. */
char     *sc_date_today            (void);
void      sc_date_set_today        (const char *iso);
char     *sc_date_format_short     (const char *iso);
char     *sc_date_format_long      (const char *iso);
GDate    *sc_date_to_gdate         (const char *iso);
char     *sc_date_from_gdate       (const GDate *date);
char     *sc_date_week_monday      (const char *iso);

/* Nominative month name ("November"; in Russian lower case «ноябрь»). */
const char *sc_date_month_name     (GDateMonth  month);
/* "27 November – 3 December 2023" for the ISO week starting on @monday. */
char     *sc_date_format_week      (const char *monday);

G_END_DECLS

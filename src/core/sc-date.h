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

gboolean  sc_date_is_valid_iso     (const char *iso);
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

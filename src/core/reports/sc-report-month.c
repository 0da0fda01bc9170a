/* sc-report-month.c — report months as "YYYY-MM": parsing, the last day,
 * the ISO weeks that belong to a month, arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-report-month.h"

gboolean
sc_report_month_parse (const char *month,
                       int        *year,
                       int        *month_number)
{
  int y, m;

  if (month == NULL || strlen (month) != 7 || month[4] != '-')
    return FALSE;
  for (int i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (month[i]))
      return FALSE;
  y = atoi (month);
  m = atoi (month + 5);
  if (y < 1900 || y > 2200 || m < 1 || m > 12)
    return FALSE;
  if (year != NULL)
    *year = y;
  if (month_number != NULL)
    *month_number = m;
  return TRUE;
}

gboolean
sc_report_month_is_valid (const char *month)
{
  return sc_report_month_parse (month, NULL, NULL);
}

char *
sc_report_month_last_day (const char *month)
{
  int y, m;

  if (!sc_report_month_parse (month, &y, &m))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, g_date_get_days_in_month (m, y));
}

/* ISO weeks (Monday to Sunday) whose Thursday falls in the month. */
GStrv
sc_report_month_weeks (const char *month)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int y, m;
  GDate day;

  if (!sc_report_month_parse (month, &y, &m))
    return NULL;
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, m, y);
  g_date_add_days (&day, (G_DATE_THURSDAY - g_date_get_weekday (&day) + 7) % 7);
  while ((int)g_date_get_month (&day) == m)
    {
      GDate monday = day;
      g_autofree char *iso = NULL;

      g_date_subtract_days (&monday, 3);
      iso = sc_date_from_gdate (&monday);
      g_strv_builder_add (builder, iso);
      g_date_add_days (&day, 7);
    }
  return g_strv_builder_end (builder);
}

/* "November 2023" (in Russian «ноябрь 2023»). */
char *
sc_report_month_format (const char *month)
{
  int y, m;

  if (!sc_report_month_parse (month, &y, &m))
    return g_strdup ("");
  /* Translators: a month and its year, "November 2023"; the month is nominative. */
  return g_strdup_printf (_("%s %d"), sc_date_month_name (m), y);
}

char *
sc_report_month_add (const char *month,
                     int         n_months)
{
  int y, m, index;

  if (!sc_report_month_parse (month, &y, &m))
    return NULL;
  index = y * 12 + (m - 1) + n_months;
  return g_strdup_printf ("%04d-%02d", index / 12, index % 12 + 1);
}

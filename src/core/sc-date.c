/* sc-date.c — calendar dates as the app stores and shows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-date"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sc-date.h"
#include "sc-i18n.h"

static gboolean
make_date (int    day,
           int    month,
           int    year,
           GDate *out)
{
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (out, day, month, year);
  return TRUE;
}

GDate *
sc_date_to_gdate (const char *iso)
{
  int y, m, d, n = 0;
  GDate date;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 ||
      n != 10 || iso[10] != '\0')
    return NULL;
  g_date_clear (&date, 1);
  if (!make_date (d, m, y, &date))
    return NULL;
  return g_date_copy (&date);
}

gboolean
sc_date_is_valid_iso (const char *iso)
{
  g_autoptr(GDate) date = sc_date_to_gdate (iso);
  return date != NULL;
}

char *
sc_date_from_gdate (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* Accepts what Russian spreadsheets hold: "5.12.2023", "05.12.2023",
 * "05.12.23", "05/12/2023", "2023-12-05", with or without a time after it. */
char *
sc_date_parse (const char *text)
{
  g_autofree char *copy = NULL;
  int a, b, c, n = 0;
  GDate date;
  char *space;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if ((space = strpbrk (copy, " T")) != NULL)
    *space = '\0';
  g_date_clear (&date, 1);
  if (sscanf (copy, "%4d-%2d-%2d%n", &a, &b, &c, &n) == 3 && copy[n] == '\0' && n >= 8)
    return make_date (c, b, a, &date) ? sc_date_from_gdate (&date) : NULL;
  if ((sscanf (copy, "%2d.%2d.%4d%n", &a, &b, &c, &n) == 3 ||
       sscanf (copy, "%2d/%2d/%4d%n", &a, &b, &c, &n) == 3) && copy[n] == '\0')
    {
      if (n <= 8 && c < 100) /* two-digit year: "05.12.23" */
        c += 2000;
      return make_date (a, b, c, &date) ? sc_date_from_gdate (&date) : NULL;
    }
  return NULL;
}

/* Three numbers split by dots, slashes or dashes: the form of a date,
 * whatever the numbers. */
static gboolean
has_date_form (const char *text)
{
  int a, b, c, n = 0;

  return (sscanf (text, "%d.%d.%d%n", &a, &b, &c, &n) == 3 ||
          sscanf (text, "%d/%d/%d%n", &a, &b, &c, &n) == 3 ||
          sscanf (text, "%d-%d-%d%n", &a, &b, &c, &n) == 3) && text[n] == '\0';
}

ScDateProblem
sc_date_check (const char *text,
               char      **iso)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *parsed = NULL;

  if (iso != NULL)
    *iso = NULL;
  if (*copy == '\0')
    return SC_DATE_EMPTY;
  parsed = sc_date_parse (copy);
  if (parsed != NULL)
    {
      if (iso != NULL)
        *iso = g_steal_pointer (&parsed);
      return SC_DATE_OK;
    }
  return has_date_form (copy) ? SC_DATE_NO_SUCH_DAY : SC_DATE_BAD_FORM;
}

const char *
sc_date_problem_describe (ScDateProblem problem)
{
  switch (problem)
    {
    case SC_DATE_EMPTY:
      return _("enter a date");
    case SC_DATE_BAD_FORM:
      return _("type it as DD.MM.YYYY");
    case SC_DATE_NO_SUCH_DAY:
      return _("there is no such date");
    case SC_DATE_OK:
    default:
      return NULL;
    }
}

/* Spreadsheet serial day numbers count from 1899-12-30 (Excel's 1900 leap
 * year bug included, as every writer does). */
char *
sc_date_from_serial (double serial)
{
  GDate date;

  if (!(serial >= 1.0 && serial < 2958466.0))
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 30, G_DATE_DECEMBER, 1899);
  g_date_add_days (&date, (guint)serial);
  return sc_date_from_gdate (&date);
}

static char *today_override;
G_LOCK_DEFINE_STATIC (today_override);

/* The window sets the demonstration college's own day while that file is
 * open (its data are of 2023), and NULL for any other file. */
void
sc_date_set_today (const char *iso)
{
  g_return_if_fail (iso == NULL || sc_date_is_valid_iso (iso));

  G_LOCK (today_override);
  g_free (today_override);
  today_override = g_strdup (iso);
  G_UNLOCK (today_override);
}

char *
sc_date_today (void)
{
  g_autoptr(GDateTime) now = NULL;
  char *today;

  G_LOCK (today_override);
  today = g_strdup (today_override);
  G_UNLOCK (today_override);
  if (today != NULL)
    return today;
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

char *
sc_date_format_short (const char *iso)
{
  g_autoptr(GDate) date = sc_date_to_gdate (iso);

  if (date == NULL)
    return g_strdup ("");
  return g_strdup_printf ("%02d.%02d.%04d", g_date_get_day (date),
                          g_date_get_month (date), g_date_get_year (date));
}

static const char *
month_genitive (GDateMonth month)
{
  switch (month)
    {
    case G_DATE_JANUARY: return C_("date", "January");
    case G_DATE_FEBRUARY: return C_("date", "February");
    case G_DATE_MARCH: return C_("date", "March");
    case G_DATE_APRIL: return C_("date", "April");
    case G_DATE_MAY: return C_("date", "May");
    case G_DATE_JUNE: return C_("date", "June");
    case G_DATE_JULY: return C_("date", "July");
    case G_DATE_AUGUST: return C_("date", "August");
    case G_DATE_SEPTEMBER: return C_("date", "September");
    case G_DATE_OCTOBER: return C_("date", "October");
    case G_DATE_NOVEMBER: return C_("date", "November");
    case G_DATE_DECEMBER: return C_("date", "December");
    case G_DATE_BAD_MONTH:
    default: return "";
    }
}

char *
sc_date_format_long (const char *iso)
{
  g_autoptr(GDate) date = sc_date_to_gdate (iso);

  if (date == NULL)
    return g_strdup ("");
  /* Translators: a date in prose: day, month (genitive), year. Keep the day
   * with its month and the year with «г.» by no-break spaces (U+00A0). */
  return g_strdup_printf (_("%d %s %d"), g_date_get_day (date),
                          month_genitive (g_date_get_month (date)),
                          g_date_get_year (date));
}

/* The Monday of the ISO week that holds @iso. */
char *
sc_date_week_monday (const char *iso)
{
  g_autoptr(GDate) date = sc_date_to_gdate (iso);

  if (date == NULL)
    return NULL;
  g_date_subtract_days (date, g_date_get_weekday (date) - G_DATE_MONDAY);
  return sc_date_from_gdate (date);
}

const char *
sc_date_month_name (GDateMonth month)
{
  switch (month)
    {
    case G_DATE_JANUARY: return C_("month", "January");
    case G_DATE_FEBRUARY: return C_("month", "February");
    case G_DATE_MARCH: return C_("month", "March");
    case G_DATE_APRIL: return C_("month", "April");
    case G_DATE_MAY: return C_("month", "May");
    case G_DATE_JUNE: return C_("month", "June");
    case G_DATE_JULY: return C_("month", "July");
    case G_DATE_AUGUST: return C_("month", "August");
    case G_DATE_SEPTEMBER: return C_("month", "September");
    case G_DATE_OCTOBER: return C_("month", "October");
    case G_DATE_NOVEMBER: return C_("month", "November");
    case G_DATE_DECEMBER: return C_("month", "December");
    case G_DATE_BAD_MONTH:
    default: return "";
    }
}

char *
sc_date_format_week (const char *monday)
{
  g_autoptr(GDate) a = sc_date_to_gdate (monday);
  g_autoptr(GDate) b = NULL;

  if (a == NULL)
    return g_strdup ("");
  b = g_date_copy (a);
  g_date_add_days (b, 6);
  if (g_date_get_year (a) != g_date_get_year (b))
    /* Translators: a week across New Year: "25 December 2023 – 1 January 2024". */
    return g_strdup_printf (_("%d %s %d – %d %s %d"),
                            g_date_get_day (a), month_genitive (g_date_get_month (a)),
                            g_date_get_year (a), g_date_get_day (b),
                            month_genitive (g_date_get_month (b)), g_date_get_year (b));
  if (g_date_get_month (a) != g_date_get_month (b))
    /* Translators: a week across two months: "27 November – 3 December 2023". */
    return g_strdup_printf (_("%d %s – %d %s %d"),
                            g_date_get_day (a), month_genitive (g_date_get_month (a)),
                            g_date_get_day (b), month_genitive (g_date_get_month (b)),
                            g_date_get_year (b));
  /* Translators: a week within one month: "6–12 November 2023". */
  return g_strdup_printf (_("%d–%d %s %d"), g_date_get_day (a), g_date_get_day (b),
                          month_genitive (g_date_get_month (b)), g_date_get_year (b));
}

/* sc-activity-page-period.c — which week or month the page shows: the
 * calendar on its title, the latest week with counts, and the weeks a file
 * just brought in
 *
 * Reaching November 2023 took 37 clicks on «‹»: the title is a button that
 * opens a calendar whose marked days are the weeks that have counts, with
 * a button to the latest of them; an import shows its own weeks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-activity-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "sc-activity-import.h"
#include "sc-activity-page-private.h"
#include "sc-date.h"
#include "sc-report-month.h"
#include "sc-text.h"

static gboolean
is_month_view (ScActivityPage *self)
{
  return gtk_toggle_button_get_active (self->month_button);
}

char *
sc_activity_page_month_of_week (const char *monday)
{
  g_autoptr(GDate) thursday = sc_date_to_gdate (monday);

  g_date_add_days (thursday, 3);
  return g_strdup_printf ("%04d-%02d", g_date_get_year (thursday), g_date_get_month (thursday));
}

char *
sc_activity_page_period_text (ScActivityPage *self,
                              const char     *monday)
{
  g_autofree char *month = NULL;
  g_autofree char *lower = NULL;

  if (!is_month_view (self))
    return sc_date_format_week (monday);
  month = sc_activity_page_month_of_week (monday);
  lower = sc_report_month_format (month);
  /* A heading: «Ноябрь 2023», though «за ноябрь» keeps the lower case. */
  return sc_text_capitalize (lower);
}

/* The day the calendar has chosen, ISO. */
static char *
chosen_day (ScActivityPage *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);

  return g_date_time_format (date, "%Y-%m-%d");
}

/* The week to show for @day: its own, or in the month view the first week
 * of its month (the one with the month's first Thursday). */
static char *
week_for_day (ScActivityPage *self,
              const char     *day)
{
  g_autoptr(GDate) date = sc_date_to_gdate (day);
  g_autofree char *thursday = NULL;

  if (date == NULL)
    return NULL;
  if (!is_month_view (self))
    return sc_date_week_monday (day);
  g_date_set_day (date, 1);
  g_date_add_days (date, (G_DATE_THURSDAY - g_date_get_weekday (date) + 7) % 7);
  thursday = sc_date_from_gdate (date);
  return sc_date_week_monday (thursday);
}

/* GTK 4.8 shows a day as marked (:checked) only when it lays out a month,
 * which it has done before "notify::month" reaches us: the day labels of
 * the month shown take the marks just made. */
static void
show_marks (GtkWidget   *widget,
            GtkCalendar *calendar)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "day-number"))
        {
          int day = atoi (gtk_label_get_text (GTK_LABEL (child)));
          gboolean marked = !gtk_widget_has_css_class (child, "other-month") && day >= 1 &&
                            day <= 31 && gtk_calendar_get_day_is_marked (calendar, day);

          if (marked)
            gtk_widget_set_state_flags (child, GTK_STATE_FLAG_CHECKED, FALSE);
          else
            gtk_widget_unset_state_flags (child, GTK_STATE_FLAG_CHECKED);
        }
      show_marks (child, calendar);
    }
}

/* Marks the days of the shown month that lie in a week with counts. */
static void
mark_weeks (ScActivityPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GDate) first = NULL;
  g_autoptr(GDate) last = NULL;
  g_autoptr(GPtrArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_iso = NULL, *from = NULL, *to = NULL;
  int year, month;

  gtk_calendar_clear_marks (self->calendar);
  if (database == NULL)
    return;
  g_object_get (self->calendar, "year", &year, "month", &month, NULL);
  first = g_date_new_dmy (1, month + 1, year);
  last = g_date_new_dmy (g_date_get_days_in_month (month + 1, year), month + 1, year);
  first_iso = sc_date_from_gdate (first);
  from = sc_date_week_monday (first_iso);
  to = sc_date_from_gdate (last);
  weeks = sc_activity_list_weeks (database, from, to, &error);
  if (weeks == NULL)
    {
      g_warning ("Cannot read the weeks with counts: %s", error->message);
      return;
    }
  for (guint i = 0; i < weeks->len; i++)
    {
      g_autoptr(GDate) day = sc_date_to_gdate (g_ptr_array_index (weeks, i));

      for (int d = 0; d < 7; d++, g_date_add_days (day, 1))
        if (g_date_compare (day, first) >= 0 && g_date_compare (day, last) <= 0)
          gtk_calendar_mark_day (self->calendar, g_date_get_day (day));
    }
  show_marks (GTK_WIDGET (self->calendar), self->calendar);
}

/* The calendar moved to another month or day: its marks and what
 * «Показать» will show. */
static void
calendar_changed_cb (ScActivityPage *self)
{
  g_autofree char *day = chosen_day (self);
  g_autofree char *monday = week_for_day (self, day);
  g_autofree char *period = monday ? sc_activity_page_period_text (self, monday) : NULL;
  g_autofree char *text = NULL;

  mark_weeks (self);
  /* Translators: a button under the calendar: «Показать: 13–19 ноября 2023». */
  text = g_strdup_printf (_("Show %s"), period ? period : "");
  gtk_label_set_text (self->show_chosen_label, text);
}

/* The latest week any teacher has counts for, or NULL. */
static char *
latest_week (ScActivityPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GPtrArray) weeks = NULL;
  g_autoptr(GError) error = NULL;

  if (database == NULL)
    return NULL;
  weeks = sc_activity_list_weeks (database, "0001-01-01", "9999-12-31", &error);
  if (weeks == NULL)
    {
      g_warning ("Cannot read the weeks with counts: %s", error->message);
      return NULL;
    }
  return weeks->len > 0 ? g_strdup (g_ptr_array_index (weeks, weeks->len - 1)) : NULL;
}

/* Opened: the calendar on the period shown, the latest counts named. */
static void
period_popover_show_cb (ScActivityPage *self)
{
  g_autoptr(GDate) date = sc_date_to_gdate (self->monday);
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *latest = latest_week (self);

  if (is_month_view (self))
    {
      g_autofree char *month = sc_activity_page_month_of_week (self->monday);
      g_autofree char *first = g_strconcat (month, "-01", NULL);

      g_clear_pointer (&date, g_date_free);
      date = sc_date_to_gdate (first);
    }
  day = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                               12, 0, 0);
  gtk_calendar_select_day (self->calendar, day);
  calendar_changed_cb (self);
  g_free (self->latest_monday);
  self->latest_monday = g_steal_pointer (&latest);
  gtk_widget_set_visible (GTK_WIDGET (self->latest_button), self->latest_monday != NULL);
  if (self->latest_monday != NULL)
    {
      g_autofree char *period = sc_activity_page_period_text (self, self->latest_monday);
      /* Translators: «Последние данные: 20–26 ноября 2023». */
      g_autofree char *text = g_strdup_printf (_("Latest counts: %s"), period);
      gtk_label_set_text (self->latest_label, text);
    }
}

static gboolean
week_has_counts (ScActivityPage *self)
{
  guint n = self->store ? g_list_model_get_n_items (G_LIST_MODEL (self->store)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScActivityTeacher) teacher = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      if (sc_activity_teacher_has_record (teacher))
        return TRUE;
    }
  return FALSE;
}

void
sc_activity_page_update_no_data (ScActivityPage *self)
{
  g_autofree char *latest = NULL;
  g_autofree char *period = NULL;
  g_autofree char *text = NULL;

  /* «Нет данных» in every row read as a failed import: say where they are. */
  if (week_has_counts (self) || (latest = latest_week (self)) == NULL)
    {
      gtk_revealer_set_reveal_child (self->no_data_revealer, FALSE);
      return;
    }
  period = sc_date_format_week (latest);
  text = g_strdup_printf (_("Latest counts: %s"), period);
  gtk_label_set_text (self->no_data_latest_label, text);
  g_free (self->latest_monday);
  self->latest_monday = g_steal_pointer (&latest);
  gtk_revealer_set_reveal_child (self->no_data_revealer, TRUE);
}

static void
show_chosen_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  ScActivityPage *self = SC_ACTIVITY_PAGE (widget);
  g_autofree char *day = chosen_day (self);
  g_autofree char *monday = week_for_day (self, day);

  gtk_popover_popdown (self->period_popover);
  if (monday != NULL)
    sc_activity_page_set_week (self, monday);
}

static void
show_latest_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  ScActivityPage *self = SC_ACTIVITY_PAGE (widget);

  gtk_popover_popdown (self->period_popover);
  if (self->latest_monday != NULL)
    sc_activity_page_set_week (self, self->latest_monday);
}

void
sc_activity_page_show_loaded (ScActivityPage *self,
                              ScImport       *import)
{
  const char *latest = NULL;
  guint n;

  g_return_if_fail (SC_IS_ACTIVITY_IMPORT (import));

  n = sc_import_get_n_rows (import);
  for (guint i = 0; i < n; i++)
    {
      const ScActivityImportRow *row = sc_activity_import_get_row (SC_ACTIVITY_IMPORT (import), i);

      if (row->outcome != SC_IMPORT_ROW_ERROR && row->week_monday != NULL &&
          (latest == NULL || strcmp (row->week_monday, latest) > 0))
        latest = row->week_monday;
    }
  if (latest != NULL)
    sc_activity_page_set_week (self, latest);
}

void
sc_activity_page_class_init_period (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, period_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_changed_cb);
  gtk_widget_class_install_action (widget_class, "activity.show-chosen", NULL, show_chosen_activated);
  gtk_widget_class_install_action (widget_class, "activity.show-latest", NULL, show_latest_activated);
}

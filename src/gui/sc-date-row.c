/* sc-date-row.c — a date typed or picked in a calendar, checked as typed
 *
 * The problem is named beside the field, where the coordinator looks, and
 * for what it is: «31.02.2023» is in the right form, there is just no such
 * day. GtkCalendar in a GtkPopover: AdwEntryRow has no date mode in
 * libadwaita 1.2.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date-row.h"

struct _ScDateRow
{
  AdwEntryRow    parent_instance;

  gboolean       optional;
  ScDateProblem  problem;
  GtkLabel      *problem_label;
  GtkMenuButton *calendar_button;
};

G_DEFINE_FINAL_TYPE (ScDateRow, sc_date_row, ADW_TYPE_ENTRY_ROW)

enum { PROP_0, PROP_OPTIONAL, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* The calendar popover */

static GDateTime *
date_time_of (const char *iso)
{
  g_autoptr(GDate) date = sc_date_to_gdate (iso);

  if (date == NULL)
    return NULL;
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 12, 0, 0);
}

static void
popover_shown_cb (GtkPopover *popover)
{
  GtkEditable *editable = g_object_get_data (G_OBJECT (popover), "editable");
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  g_autofree char *typed = NULL;
  g_autofree char *today = sc_date_today ();
  g_autoptr(GDateTime) shown = NULL;

  sc_date_check (gtk_editable_get_text (editable), &typed);
  shown = date_time_of (typed ? typed : today);
  g_object_set_data (G_OBJECT (calendar), "setting", GINT_TO_POINTER (TRUE));
  gtk_calendar_select_day (calendar, shown);
  g_object_set_data (G_OBJECT (calendar), "setting", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (calendar));
}

static void
day_selected_cb (GtkCalendar *calendar,
                 GtkPopover  *popover)
{
  GtkEditable *editable = g_object_get_data (G_OBJECT (popover), "editable");
  g_autoptr(GDateTime) chosen = NULL;
  g_autofree char *text = NULL;

  if (g_object_get_data (G_OBJECT (calendar), "setting") != NULL)
    return;
  chosen = gtk_calendar_get_date (calendar);
  text = g_date_time_format (chosen, "%d.%m.%Y");
  gtk_editable_set_text (editable, text);
  gtk_editable_set_position (editable, -1);
  gtk_popover_popdown (popover);
}

GtkWidget *
sc_date_calendar_popover_new (GtkEditable *editable)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Calendar"), -1);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  g_object_set_data (G_OBJECT (popover), "editable", editable);
  g_signal_connect (popover, "show", G_CALLBACK (popover_shown_cb), NULL);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (day_selected_cb), popover);
  return popover;
}

/* The row */

static void
show_problem (ScDateRow *self)
{
  g_autofree char *iso = NULL;
  ScDateProblem problem = sc_date_check (gtk_editable_get_text (GTK_EDITABLE (self)), &iso);
  const char *text;

  if (problem == SC_DATE_EMPTY && self->optional)
    problem = SC_DATE_OK;
  self->problem = problem;
  text = sc_date_problem_describe (problem);
  gtk_label_set_text (self->problem_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), text != NULL);
  if (text != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID,
                               text != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text ? text : "", -1);
}

static void
text_changed_cb (ScDateRow *self)
{
  show_problem (self);
}

static void
sc_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ScDateRow *self = SC_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_OPTIONAL:
      g_value_set_boolean (value, self->optional);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_date_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ScDateRow *self = SC_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_OPTIONAL:
      sc_date_row_set_optional (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_date_row_class_init (ScDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sc_date_row_get_property;
  object_class->set_property = sc_date_row_set_property;

  properties[PROP_OPTIONAL] =
    g_param_spec_boolean ("optional", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_date_row_init (ScDateRow *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *button = gtk_menu_button_new ();

  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (label, FALSE);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), sc_date_calendar_popover_new (GTK_EDITABLE (self)));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Pick the date in a calendar"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pick the date in a calendar"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), label);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), button);
  self->problem_label = GTK_LABEL (label);
  self->calendar_button = GTK_MENU_BUTTON (button);
  self->problem = SC_DATE_EMPTY;
  g_signal_connect (self, "changed", G_CALLBACK (text_changed_cb), NULL);
}

GtkWidget *
sc_date_row_new (void)
{
  return g_object_new (SC_TYPE_DATE_ROW, NULL);
}

void
sc_date_row_set_optional (ScDateRow *self,
                          gboolean   optional)
{
  g_return_if_fail (SC_IS_DATE_ROW (self));

  optional = !!optional;
  if (self->optional == optional)
    return;
  self->optional = optional;
  show_problem (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPTIONAL]);
}

gboolean
sc_date_row_get_optional (ScDateRow *self)
{
  g_return_val_if_fail (SC_IS_DATE_ROW (self), FALSE);
  return self->optional;
}

char *
sc_date_row_get_date (ScDateRow *self)
{
  char *iso = NULL;

  g_return_val_if_fail (SC_IS_DATE_ROW (self), NULL);
  sc_date_check (gtk_editable_get_text (GTK_EDITABLE (self)), &iso);
  return iso;
}

void
sc_date_row_set_date (ScDateRow  *self,
                      const char *iso)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (SC_IS_DATE_ROW (self));
  shown = iso ? sc_date_format_short (iso) : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self), shown ? shown : "");
  show_problem (self);
}

ScDateProblem
sc_date_row_get_problem (ScDateRow *self)
{
  g_return_val_if_fail (SC_IS_DATE_ROW (self), SC_DATE_BAD_FORM);
  return self->problem;
}

const char *
sc_date_row_get_problem_text (ScDateRow *self)
{
  g_return_val_if_fail (SC_IS_DATE_ROW (self), NULL);
  return sc_date_problem_describe (self->problem);
}

GtkMenuButton *
sc_date_row_get_calendar_button (ScDateRow *self)
{
  g_return_val_if_fail (SC_IS_DATE_ROW (self), NULL);
  return self->calendar_button;
}

/* sc-overview-checklist.c — «Выполнение приказа»: the points of the
 * regional order, each ✔ met, ✘ not met or ⚠ needing attention, with a
 * way to the page that fixes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-format.h"
#include "sc-overview-page-private.h"

/* What a row says and where its button leads (NULL: no button). */
typedef struct
{
  ScCheckState  state;
  char         *text;
  const char   *action;
  GVariant     *target;
} Check;

static void
check_clear (Check *check)
{
  g_free (check->text);
  g_clear_pointer (&check->target, g_variant_unref);
}

static void
show_page (Check      *check,
           const char *page)
{
  check->action = "win.show-page";
  check->target = g_variant_ref_sink (g_variant_new_string (page));
}

static void
check_coordinator (const ScOverview *o,
                   Check            *check)
{
  const ScOrganization *p = o->organization;
  g_autofree char *date = sc_date_format_short (p->order_date);

  check->state = sc_overview_coordinator_state (o);
  if (check->state == SC_CHECK_DONE)
    check->text = g_strdup_printf (_("Coordinator: %s — appointment order No. %s of %s"),
                                   p->coordinator_name, p->order_number, date);
  else if (check->state == SC_CHECK_WARNING)
    check->text = g_strdup_printf (_("Coordinator: %s. Enter the number and date of the appointment order."),
                                   p->coordinator_name);
  else
    check->text = g_strdup (_("No coordinator is appointed yet: fill in the organization profile."));
  if (check->state != SC_CHECK_DONE)
    check->action = "app.organization";
}

static void
check_chats (const ScOverview *o,
             Check            *check)
{
  guint without = o->groups_without_chat, uncreated = o->groups_without_created_chat;

  check->state = sc_overview_chats_state (o);
  if (check->state == SC_CHECK_MISSING)
    check->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Chat structure: %u group has no chat",
                                                "Chat structure: %u groups have no chat", without),
                                   without);
  else if (check->state == SC_CHECK_WARNING)
    check->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Chat structure: the chat of %u group is planned but not created yet",
                                                "Chat structure: the chats of %u groups are planned but not created yet",
                                                uncreated), uncreated);
  else
    check->text = g_strdup (_("Chat structure: every group with students has a chat"));
  if (check->state != SC_CHECK_DONE)
    show_page (check, "chats");
}

static void
check_connection (const ScOverview *o,
                  Check            *check)
{
  guint missing = sc_overview_people_missing (o);
  g_autofree char *n = sc_format_count (missing);
  g_autofree char *total = sc_format_count (o->teachers_active + o->students_active);

  check->state = sc_overview_connection_state (o);
  if (o->teachers_active + o->students_active == 0)
    check->text = g_strdup (_("The list of teachers and students is empty: import it first"));
  else if (check->state == SC_CHECK_MISSING)
    check->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not 100 %% connected: %s person is missing",
                                                "Not 100 %% connected: %s people are missing", missing), n);
  else
    check->text = g_strdup_printf (_("100 %% connected: all %s teachers and students"), total);
  if (check->state != SC_CHECK_DONE)
    show_page (check, "people");
}

static void
check_report (const ScOverview *o,
              Check            *check)
{
  const ScReportMonth *report = o->judged_report ? o->judged_report : o->report;
  g_autofree char *period = sc_report_format_period (report->month);
  g_autofree char *due = sc_date_format_long (report->due_date);
  g_autofree char *submitted = sc_date_format_short (report->submitted_on);

  check->state = sc_overview_report_state (o);
  if (check->state == SC_CHECK_DONE)
    check->text = g_strdup_printf (_("The report %s was submitted on %s"), period, submitted);
  else if (check->state == SC_CHECK_MISSING)
    check->text = g_strdup_printf (_("The report %s was not submitted: it was due on %s"), period, due);
  else
    check->text = g_strdup_printf (_("The report %s is to be submitted by %s"), period, due);
  check->action = "overview.open-report";
  check->target = g_variant_ref_sink (g_variant_new_string (report->month));
}

static void
check_norm (const ScOverview *o,
            Check            *check)
{
  g_autofree char *week = sc_date_format_week (o->last_week);
  guint below = o->week_teachers - o->week_met;

  check->state = sc_overview_norm_state (o);
  if (o->week_teachers == 0)
    check->text = g_strdup (_("No teachers in the list to check against the norm"));
  else if (o->week_records == 0)
    check->text = g_strdup_printf (_("No activity recorded for last week (%s): enter it on the Activity page"),
                                   week);
  else if (below > 0)
    check->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Below the norm last week (%s): %u teacher",
                                                "Below the norm last week (%s): %u teachers", below),
                                   week, below);
  else
    check->text = g_strdup_printf (_("Every teacher met the norm last week (%s)"), week);
  if (check->state != SC_CHECK_DONE)
    show_page (check, o->week_teachers == 0 ? "people" : "activity");
}

static void
set_icon (GtkImage     *icon,
          ScCheckState  state)
{
  static const struct { const char *icon, *css, *label; } looks[] = {
    [SC_CHECK_DONE] = { "object-select-symbolic", "success", N_("Met") },
    [SC_CHECK_MISSING] = { "window-close-symbolic", "error", N_("Not met") },
    [SC_CHECK_WARNING] = { "dialog-warning-symbolic", "warning", N_("Needs attention") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (icon), looks[i].css);
  gtk_image_set_from_icon_name (icon, looks[state].icon);
  gtk_widget_add_css_class (GTK_WIDGET (icon), looks[state].css);
  gtk_widget_set_tooltip_text (GTK_WIDGET (icon), _(looks[state].label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(looks[state].label), -1);
}

static void
show_check (ScCheckRow  *row,
            const Check *check)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), check->text);
  set_icon (row->icon, check->state);
  g_object_set_data (G_OBJECT (row->row), "check-state", GUINT_TO_POINTER (check->state));
  /* Name last: the target must match the action the moment it is named. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row->button), NULL);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row->button), check->target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row->button), check->action);
  gtk_widget_set_visible (GTK_WIDGET (row->button), check->action != NULL);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row->row), check->action != NULL);
}

void
sc_overview_checklist_update (ScOverviewPage *self)
{
  void (*checks[SC_N_CHECKS]) (const ScOverview *, Check *) = {
    [SC_CHECK_COORDINATOR] = check_coordinator,
    [SC_CHECK_CHATS] = check_chats,
    [SC_CHECK_CONNECTION] = check_connection,
    [SC_CHECK_REPORT] = check_report,
    [SC_CHECK_NORM] = check_norm,
  };

  for (guint i = 0; i < SC_N_CHECKS; i++)
    {
      Check check = { 0 };
      checks[i] (self->overview, &check);
      show_check (&self->checks[i], &check);
      check_clear (&check);
    }
  /* A region that does not ask for the norm: no point to check. */
  gtk_widget_set_visible (GTK_WIDGET (self->checks[SC_CHECK_NORM].row),
                          self->overview->organization->norm_enabled);
}

void
sc_overview_checklist_build (ScOverviewPage *self)
{
  for (guint i = 0; i < SC_N_CHECKS; i++)
    {
      ScCheckRow *row = &self->checks[i];

      row->row = ADW_ACTION_ROW (adw_action_row_new ());
      row->icon = GTK_IMAGE (gtk_image_new ());
      row->button = GTK_BUTTON (gtk_button_new_with_label (_("Go to ›")));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
      gtk_widget_set_valign (GTK_WIDGET (row->button), GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (GTK_WIDGET (row->button), "flat");
      adw_action_row_add_prefix (row->row, GTK_WIDGET (row->icon));
      adw_action_row_add_suffix (row->row, GTK_WIDGET (row->button));
      adw_action_row_set_activatable_widget (row->row, GTK_WIDGET (row->button));
      gtk_list_box_append (self->checklist, GTK_WIDGET (row->row));
    }
}

const char *
sc_overview_page_get_check_text (ScOverviewPage *self,
                                 ScCheckPoint    point)
{
  g_return_val_if_fail (point < SC_N_CHECKS, NULL);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->checks[point].row));
}

ScCheckState
sc_overview_page_get_check_state (ScOverviewPage *self,
                                  ScCheckPoint    point)
{
  g_return_val_if_fail (point < SC_N_CHECKS, SC_CHECK_WARNING);
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (self->checks[point].row), "check-state"));
}

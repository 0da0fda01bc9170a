/* sc-overview-page.c — «Обзор»: progress to 100 %, the report due next
 *
 * Everything is counted for today. The page recounts when the database
 * changes while it is shown; changes made while another page is shown
 * are counted once the overview is shown again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-format.h"
#include "sc-overview-page-private.h"
#include "sc-reports-page.h"

G_DEFINE_FINAL_TYPE (ScOverviewPage, sc_overview_page, SC_TYPE_PAGE)

static void
show_category (GtkLabel    *count_label,
               GtkLevelBar *bar,
               GtkLabel    *pct_label,
               guint        connected,
               guint        active)
{
  g_autofree char *n_connected = sc_format_count (connected);
  g_autofree char *n_active = sc_format_count (active);
  g_autofree char *pct = sc_format_percent (sc_percent (connected, active));
  /* Translators: connected of active people, "91 of 94". */
  g_autofree char *counts = g_strdup_printf (_("%s of %s"), n_connected, n_active);
  g_autofree char *described = g_strdup_printf ("%s, %s", counts, pct);

  gtk_label_set_text (count_label, counts);
  gtk_label_set_text (pct_label, pct);
  gtk_level_bar_set_value (bar, sc_percent (connected, active));
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, described, -1);
}

static char *
describe_deadline (const ScOverview *o)
{
  g_autofree char *date = sc_date_format_long (o->organization->full_connection_deadline);
  int days = o->days_to_deadline;

  if (sc_overview_connection_state (o) == SC_CHECK_DONE)
    return g_strdup_printf (_("Deadline for 100 %%: %s — met"), date);
  if (days < 0)
    return g_strdup_printf (_("Deadline for 100 %%: %s — passed"), date);
  if (days == 0)
    return g_strdup_printf (_("Deadline for 100 %%: %s — today"), date);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deadline for 100 %%: %s — %d day left",
                                       "Deadline for 100 %%: %s — %d days left", days),
                          date, days);
}

static char *
describe_covered (guint covered,
                  guint active)
{
  g_autofree char *n_covered = sc_format_count (covered);
  g_autofree char *n_active = sc_format_count (active);
  g_autofree char *pct = sc_format_percent (sc_percent (covered, active));

  /* Translators: "93 of 94 (98,9 %)" */
  return g_strdup_printf (_("%s of %s (%s)"), n_covered, n_active, pct);
}

/* Coverage beside connection, once someone who declined gets another
 * channel; and who still needs to move to MAX. */
static void
show_coverage (ScOverviewPage *self)
{
  const ScOverview *o = self->overview;
  GString *text = g_string_new (NULL);

  if (o->teachers_covered != o->teachers_connected || o->students_covered != o->students_connected)
    {
      g_autofree char *teachers = describe_covered (o->teachers_covered, o->teachers_active);
      g_autofree char *students = describe_covered (o->students_covered, o->students_active);
      /* Translators: «Охвачено (подключены или другой канал): педагоги 93 из 94 (98,9 %), студенты …» */
      g_string_append_printf (text, _("Covered (connected or another channel): teachers %s, students %s"),
                              teachers, students);
    }
  if (o->needs_move > 0)
    {
      g_autofree char *count = sc_format_count (o->needs_move);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: «Нужен переход: 23 — подключены в VK Мессенджере, в MAX ещё не отмечены» */
      g_string_append_printf (text, _("%s: %s — joined on the previous platform, not yet on this one"),
                              sc_status_needs_move_label (), count);
    }
  gtk_label_set_text (self->coverage_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->coverage_label), text->len > 0);
  g_string_free (text, TRUE);
}

static void
show_connection (ScOverviewPage *self)
{
  const ScOverview *o = self->overview;
  g_autofree char *deadline = describe_deadline (o);

  show_coverage (self);

  show_category (self->teachers_count_label, self->teachers_bar, self->teachers_pct_label,
                 o->teachers_connected, o->teachers_active);
  show_category (self->students_count_label, self->students_bar, self->students_pct_label,
                 o->students_connected, o->students_active);
  gtk_label_set_text (self->deadline_label, deadline);
  if (o->days_to_deadline < 0 && sc_overview_connection_state (o) != SC_CHECK_DONE)
    gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "error");
}

static char *
describe_due (const ScReportMonth *report,
              int                  days)
{
  g_autofree char *date = sc_date_format_long (report->due_date);

  if (report->status == SC_REPORT_STATUS_SUBMITTED)
    {
      g_autofree char *submitted = sc_date_format_short (report->submitted_on);
      return g_strdup_printf (_("Submitted on %s"), submitted);
    }
  if (days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due by %s, %d day left",
                                         "Due by %s, %d days left", days), date, days);
  if (days == 0)
    return g_strdup_printf (_("Due today, %s"), date);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due by %s — %d day overdue",
                                       "Due by %s — %d days overdue", -days), date, -days);
}

static void
set_status_class (GtkWidget   *label,
                  const char  *name,
                  gboolean     on)
{
  if (on)
    gtk_widget_add_css_class (label, name);
  else
    gtk_widget_remove_css_class (label, name);
}

static void
show_report (ScOverviewPage *self)
{
  const ScReportMonth *report = self->overview->report;
  g_autofree char *period = NULL;
  g_autofree char *title = NULL;
  g_autofree char *due = NULL;
  gboolean overdue;

  if (report == NULL) /* the list of months always holds this month */
    return;
  period = sc_report_format_period (report->month);
  /* Translators: %s is a period, "for November 2023". */
  title = g_strdup_printf (_("Report %s"), period);
  due = describe_due (report, self->overview->days_to_due);
  overdue = sc_overview_is_overdue (report, self->overview->today);
  gtk_label_set_text (self->report_title_label, title);
  gtk_label_set_text (self->report_due_label, due);
  set_status_class (GTK_WIDGET (self->report_due_label), "error", overdue);
  gtk_label_set_text (self->report_status_label, sc_report_status_get_label (report->status));
  set_status_class (GTK_WIDGET (self->report_status_label), "status-submitted",
                    report->status == SC_REPORT_STATUS_SUBMITTED);
  set_status_class (GTK_WIDGET (self->report_status_label), "status-ready",
                    report->status == SC_REPORT_STATUS_READY);
  set_status_class (GTK_WIDGET (self->report_status_label), "overdue", overdue);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->report_button), "s", report->month);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->report_button), "overview.open-report");
}

static void
show_header (ScOverviewPage *self)
{
  const ScOrganization *organization = self->overview->organization;
  g_autofree char *date = sc_date_format_long (self->overview->today);
  g_autofree char *today = organization->demo_today != NULL
    ? g_strdup_printf (_("A made-up college, shown as of %s"), date)
    : g_strdup_printf (_("As of today, %s"), date);

  gtk_label_set_text (self->college_label, *organization->short_name ? organization->short_name : organization->full_name);
  gtk_label_set_text (self->today_label, today);
}

static void
sc_overview_page_reload (ScPage *page)
{
  ScOverviewPage *self = SC_OVERVIEW_PAGE (page);
  ScDatabase *database = sc_page_get_database (page);
  g_autoptr(GError) error = NULL;

  if (database == NULL)
    return;
  g_clear_pointer (&self->overview, sc_overview_free);
  self->overview = sc_overview_compute (database, NULL, &error);
  if (self->overview == NULL)
    {
      g_warning ("The overview could not be counted: %s", error->message);
      gtk_label_set_text (self->today_label, error->message);
      return;
    }
  show_header (self);
  show_connection (self);
  show_report (self);
  sc_overview_checklist_update (self);
}

static void
open_report_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  gtk_widget_activate_action_variant (widget, "win.open-report", param);
}

static void
sc_overview_page_dispose (GObject *object)
{
  ScOverviewPage *self = SC_OVERVIEW_PAGE (object);

  g_clear_pointer (&self->overview, sc_overview_free);
  G_OBJECT_CLASS (sc_overview_page_parent_class)->dispose (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, college_label);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, today_label);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, teachers_count_label);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, teachers_bar);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, teachers_pct_label);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, students_count_label);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, students_bar);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, students_pct_label);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, report_title_label);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, report_due_label);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, report_status_label);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, report_button);
  gtk_widget_class_bind_template_child (widget_class, ScOverviewPage, checklist);
}

static void
sc_overview_page_class_init (ScOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPageClass *page_class = SC_PAGE_CLASS (klass);

  object_class->dispose = sc_overview_page_dispose;
  /* Shown first, counted right after: a switch to the page does not
   * wait, and several changes in a row (an import, a bulk edit) are
   * counted once. */
  page_class->reload_when = SC_PAGE_RELOAD_AFTER_FRAME;
  page_class->reload = sc_overview_page_reload;
  bind_template (widget_class);
  gtk_widget_class_install_action (widget_class, "overview.open-report", "s", open_report_activated);
}

static void
sc_overview_page_init (ScOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sc_overview_checklist_build (self);
  /* Everything it counts: people, chats, activity, reports, the profile. */
  sc_page_reload_on (SC_PAGE (self), NULL);
}

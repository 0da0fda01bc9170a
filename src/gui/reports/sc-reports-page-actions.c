/* sc-reports-page-actions.c — a report's status: draft ↔ ready →
 * submitted (with its date), and back by Undo or by withdrawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-reports-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-date-prompt.h"
#include "sc-reports-page-private.h"

static void
set_status (ScReportsPage  *self,
            ScReportStatus  status)
{
  g_autoptr(GError) error = NULL;

  if (self->report == NULL || !sc_reports_page_save_now (self))
    return;
  if (!sc_report_set_status (sc_page_get_database (SC_PAGE (self)), self->month, status, &error))
    sc_page_show_error (SC_PAGE (self), error);
}

static void
mark_ready_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  set_status (SC_REPORTS_PAGE (widget), SC_REPORT_STATUS_READY);
}

static void
mark_draft_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  set_status (SC_REPORTS_PAGE (widget), SC_REPORT_STATUS_DRAFT);
}

typedef struct
{
  ScReportsPage *self;
  char          *month;
} Submission;

static void
submission_free (gpointer data)
{
  Submission *s = data;

  g_object_unref (s->self);
  g_free (s->month);
  g_free (s);
}

static void
offer_undo (ScReportsPage *self,
            const char    *month)
{
  g_autofree char *period = sc_report_format_period (month);
  g_autofree char *title = g_strdup_printf (_("The report %s is marked as submitted"), period);

  g_free (self->undo_month);
  self->undo_month = g_strdup (month);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.undo", TRUE);
  sc_page_offer_undo (SC_PAGE (self), title, "reports.undo");
}

static void
submission_date_chosen (const char *date,
                        const char *reason,
                        gpointer    data)
{
  Submission *s = data;
  ScDatabase *database = sc_page_get_database (SC_PAGE (s->self));
  g_autoptr(GError) error = NULL;

  if (database == NULL)
    return;
  if (!sc_report_submit_numbered (database, s->month, date, reason, &error))
    sc_page_show_error (SC_PAGE (s->self), error);
  else
    offer_undo (s->self, s->month);
}

/* Submitting a month that is not over freezes figures that would still
 * change: say so. */
static const char *
submission_body (const char *month)
{
  g_autofree char *today = sc_date_today ();
  g_autofree char *last_day = sc_report_month_last_day (month);

  if (g_strcmp0 (today, last_day) <= 0)
    return _("The month is not over yet: the figures frozen now will miss what happens until its last day. Enter the outgoing number and date the letter to the ministry was registered with.");
  return _("Enter the outgoing number and date the letter to the ministry was registered with. The figures are frozen as they are now: later changes to the data will show next to them, and the report cannot be edited until the submission is withdrawn.");
}

static void
submit_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ScReportsPage *self = SC_REPORTS_PAGE (widget);
  Submission *s;
  g_autofree char *period = NULL;
  g_autofree char *heading = NULL;

  if (self->report == NULL || !sc_reports_page_save_now (self))
    return;
  s = g_new0 (Submission, 1);
  s->self = g_object_ref (self);
  s->month = g_strdup (self->month);
  period = sc_report_format_period (s->month);
  heading = g_strdup_printf (_("Mark the Report %s as Submitted?"), period);
  sc_date_prompt_with_text (widget, heading, submission_body (s->month), _("_Mark Submitted"),
                            _("_Outgoing number"), self->report->outgoing_number,
                            submission_date_chosen, s, submission_free);
}

static void
withdraw (ScReportsPage *self,
          const char    *month,
          const char    *done_message)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (database == NULL)
    return;
  if (!sc_report_withdraw (database, month, &error))
    sc_page_show_error (SC_PAGE (self), error);
  else if (done_message != NULL)
    sc_page_toast (SC_PAGE (self), done_message);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  ScReportsPage *self = SC_REPORTS_PAGE (widget);
  g_autofree char *month = g_steal_pointer (&self->undo_month);

  gtk_widget_action_set_enabled (widget, "reports.undo", FALSE);
  if (month != NULL)
    withdraw (self, month, _("Submission undone: the report is “Ready” again"));
}

static void
withdraw_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Submission       *s)
{
  if (g_strcmp0 (response, "withdraw") == 0)
    withdraw (s->self, s->month, NULL);
}

static void
withdraw_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ScReportsPage *self = SC_REPORTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *period = sc_report_format_period (self->month);
  g_autofree char *heading = g_strdup_printf (_("Withdraw the Submission of the Report %s?"), period);
  AdwMessageDialog *dialog;
  Submission *s;

  if (self->report == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
      _("The report becomes “Ready” and can be edited again. The figures it was sent with are dropped and counted anew from today's data.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "withdraw", _("_Withdraw"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "withdraw", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  s = g_new0 (Submission, 1);
  s->self = g_object_ref (self);
  s->month = g_strdup (self->month);
  g_signal_connect_data (dialog, "response", G_CALLBACK (withdraw_response_cb), s,
                         (GClosureNotify)(void (*)(void))submission_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sc_reports_page_update_actions (ScReportsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean loaded = self->report != NULL;
  ScReportStatus status = loaded ? self->report->status : SC_REPORT_STATUS_DRAFT;

  gtk_widget_set_visible (GTK_WIDGET (self->draft_button), loaded && status == SC_REPORT_STATUS_READY);
  gtk_widget_set_visible (GTK_WIDGET (self->ready_button), loaded && status == SC_REPORT_STATUS_DRAFT);
  gtk_widget_set_visible (GTK_WIDGET (self->submit_button), loaded && status != SC_REPORT_STATUS_SUBMITTED);
  gtk_widget_set_visible (GTK_WIDGET (self->withdraw_button), loaded && status == SC_REPORT_STATUS_SUBMITTED);
  gtk_widget_action_set_enabled (widget, "reports.mark-ready", loaded && status == SC_REPORT_STATUS_DRAFT);
  gtk_widget_action_set_enabled (widget, "reports.mark-draft", loaded && status == SC_REPORT_STATUS_READY);
  gtk_widget_action_set_enabled (widget, "reports.submit", loaded && status != SC_REPORT_STATUS_SUBMITTED);
  gtk_widget_action_set_enabled (widget, "reports.withdraw", loaded && status == SC_REPORT_STATUS_SUBMITTED);
  gtk_widget_action_set_enabled (widget, "reports.export-xlsx", loaded);
  gtk_widget_action_set_enabled (widget, "reports.export-pdf", loaded);
  gtk_widget_action_set_enabled (widget, "reports.print", loaded);
  gtk_widget_action_set_enabled (widget, "reports.undo", self->undo_month != NULL);
}

void
sc_reports_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reports.mark-ready", NULL, mark_ready_activated);
  gtk_widget_class_install_action (widget_class, "reports.mark-draft", NULL, mark_draft_activated);
  gtk_widget_class_install_action (widget_class, "reports.submit", NULL, submit_activated);
  gtk_widget_class_install_action (widget_class, "reports.withdraw", NULL, withdraw_activated);
  gtk_widget_class_install_action (widget_class, "reports.undo", NULL, undo_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "reports.undo", NULL);
}

/* sc-summary-window-export.c — saving the summary shown as XLSX or PDF, in
 * a worker thread
 *
 * While a file is written the summary is not changed: the month, the
 * files and the list wait (their actions are off) until it is saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-save-chooser.h"
#include "sc-summary-pdf.h"
#include "sc-summary-window-private.h"
#include "sc-summary-xlsx.h"

typedef struct
{
  ScSummaryFormat  format;
  char            *path;
  ScSummary       *summary;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->path);
  g_clear_object (&job->summary);
  g_free (job);
}

void
sc_summary_window_update_actions (ScSummaryWindow *self)
{
  gboolean busy = self->cancellable != NULL || self->n_exports > 0;
  gboolean ready = self->summary != NULL && sc_summary_get_codes (self->summary) != NULL &&
                   g_list_model_get_n_items (sc_summary_get_colleges (self->summary)) > 0;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "summary.add-files", !busy);
  gtk_widget_action_set_enabled (widget, "summary.add-folder", !busy);
  gtk_widget_action_set_enabled (widget, "summary.choose-expected", !busy);
  gtk_widget_action_set_enabled (widget, "summary.clear", !busy);
  gtk_widget_action_set_enabled (widget, "summary.cancel", self->cancellable != NULL);
  gtk_widget_action_set_enabled (widget, "summary.export-xlsx", ready && !busy);
  gtk_widget_action_set_enabled (widget, "summary.export-pdf", ready && !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->month_dropdown), !busy);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;
  gboolean ok;

  if (job->format == SC_SUMMARY_FORMAT_XLSX)
    ok = sc_summary_xlsx_save (job->summary, job->path, &error);
  else
    ok = sc_summary_pdf_save (job->summary, job->path, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  ScSummaryWindow *self = SC_SUMMARY_WINDOW (source);
  g_autoptr(GTask) outer = data;
  Job *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  self->n_exports--;
  sc_summary_window_update_actions (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      g_task_return_error (outer, error);
      return;
    }
  {
    g_autofree char *name = g_path_get_basename (job->path);
    g_autofree char *title = g_strdup_printf (_("Summary saved: %s"), name);

    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
  }
  g_task_return_boolean (outer, TRUE);
}

void
sc_summary_window_export_async (ScSummaryWindow     *self,
                                ScSummaryFormat      format,
                                const char          *path,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  Job *job;

  g_return_if_fail (SC_IS_SUMMARY_WINDOW (self) && path != NULL);
  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, sc_summary_window_export_async);
  if (self->summary == NULL || sc_summary_get_codes (self->summary) == NULL || self->cancellable != NULL)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_PENDING, "%s",
                               _("Choose the colleges' reports first: there is no summary to save."));
      return;
    }
  job = g_new0 (Job, 1);
  job->format = format;
  job->path = g_strdup (path);
  job->summary = g_object_ref (self->summary);
  self->n_exports++;
  sc_summary_window_update_actions (self);
  inner = g_task_new (self, cancellable, export_done_cb, g_steal_pointer (&outer));
  g_task_set_task_data (inner, job, job_free);
  g_task_run_in_thread (inner, export_thread);
}

gboolean
sc_summary_window_export_finish (ScSummaryWindow  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- choosing the file ---------------------------------------------------- */

static char *
with_extension (const char *path,
                const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, extension))
    return g_strdup (path);
  return g_strconcat (path, extension, NULL);
}

static void
save_xlsx (gpointer    owner,
           const char *chosen)
{
  g_autofree char *path = with_extension (chosen, ".xlsx");

  sc_summary_window_export_async (owner, SC_SUMMARY_FORMAT_XLSX, path, NULL, NULL, NULL);
}

static void
save_pdf (gpointer    owner,
          const char *chosen)
{
  g_autofree char *path = with_extension (chosen, ".pdf");

  sc_summary_window_export_async (owner, SC_SUMMARY_FORMAT_PDF, path, NULL, NULL, NULL);
}

void
sc_summary_window_ask_export (ScSummaryWindow *self,
                              ScSummaryFormat  format)
{
  gboolean xlsx = format == SC_SUMMARY_FORMAT_XLSX;
  g_autofree char *name = NULL;

  if (self->summary == NULL || sc_summary_get_month (self->summary) == NULL)
    return;
  name = sc_summary_file_name (self->summary, xlsx ? "xlsx" : "pdf");
  sc_save_chooser_ask (GTK_WIDGET (self), &self->save_chooser,
                       xlsx ? _("Save the Summary as XLSX") : _("Save the Summary as PDF"),
                       name, xlsx ? save_xlsx : save_pdf, self);
}

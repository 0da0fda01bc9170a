/* sc-reports-page-export.c — the shown report as XLSX or PDF (in a worker
 * thread), and printed through GtkPrintOperation
 *
 * The worker gets its own copies of the report and the profile, and a
 * reference to the figures on screen, so what is saved is what is shown
 * even if the page reloads meanwhile. The database is never touched from
 * the thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-reports-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-export-log.h"
#include "sc-report-pdf.h"
#include "sc-report-text.h"
#include "sc-report-xlsx.h"
#include "sc-reports-page-private.h"

typedef struct
{
  ScReportFormat   format;
  char            *path;
  ScReport        *report;
  ScOrganization    *organization;
  ScReportFigures *figures;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->path);
  g_clear_pointer (&job->report, sc_report_free);
  g_clear_pointer (&job->organization, sc_organization_free);
  g_clear_pointer (&job->figures, sc_report_figures_unref);
  g_free (job);
}

/* The report as it is on screen; NULL with @error set when there is none. */
static Job *
job_new (ScReportsPage  *self,
         GError        **error)
{
  g_autoptr(ScOrganization) organization = NULL;
  Job *job;

  if (self->report == NULL || self->figures == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("Choose a month first: there is no report to save."));
      return NULL;
    }
  sc_reports_page_save_now (self);
  organization = sc_organization_load (sc_page_get_database (SC_PAGE (self)), error);
  if (organization == NULL)
    return NULL;
  job = g_new0 (Job, 1);
  job->report = sc_reports_page_current (self);
  job->organization = g_steal_pointer (&organization);
  job->figures = sc_report_figures_ref (self->figures);
  return job;
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

  if (job->format == SC_REPORT_FORMAT_XLSX)
    ok = sc_report_xlsx_save (job->path, job->report, job->organization, job->figures, &error);
  else
    ok = sc_report_pdf_save (job->path, job->report, job->organization, job->figures, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
set_busy (ScReportsPage *self,
          int            delta)
{
  self->n_exports += delta;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->n_exports > 0);
  gtk_spinner_set_spinning (self->spinner, self->n_exports > 0);
}

static void
open_folder_clicked_cb (AdwToast      *toast,
                        ScReportsPage *self)
{
  const char *path = g_object_get_data (G_OBJECT (toast), "path");

  gtk_widget_activate_action (GTK_WIDGET (self), "reports.open-folder", "s", path);
}

/* The toast's button calls back: the page's actions are out of its reach. */
static void
toast_saved (ScReportsPage *self,
             const char    *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *title = g_strdup_printf (_("Report saved: %s"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("Open _Folder"));
  g_object_set_data_full (G_OBJECT (toast), "path", g_strdup (path), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_folder_clicked_cb), self, 0);
  sc_page_add_toast (SC_PAGE (self), toast);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  ScReportsPage *self = SC_REPORTS_PAGE (source);
  g_autoptr(GTask) outer = data;
  Job *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  set_busy (self, -1);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        sc_page_show_error (SC_PAGE (self), error);
      g_task_return_error (outer, error);
      return;
    }
  /* A report names its signatories, curators and chat administrators. */
  if (!sc_export_log_add (sc_page_get_database (SC_PAGE (self)),
                          job->format == SC_REPORT_FORMAT_XLSX ? SC_EXPORT_REPORT_XLSX : SC_EXPORT_REPORT_PDF,
                          job->report->month, job->path, TRUE, FALSE, &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      g_task_return_error (outer, error);
      return;
    }
  toast_saved (self, job->path);
  g_task_return_boolean (outer, TRUE);
}

void
sc_reports_page_export_async (ScReportsPage       *self,
                              ScReportFormat       format,
                              const char          *path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  GError *error = NULL;
  Job *job;

  g_return_if_fail (SC_IS_REPORTS_PAGE (self));
  g_return_if_fail (path != NULL);
  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, sc_reports_page_export_async);
  job = job_new (self, &error);
  if (job == NULL)
    {
      sc_page_show_error (SC_PAGE (self), error);
      g_task_return_error (outer, error);
      return;
    }
  job->format = format;
  job->path = g_strdup (path);
  set_busy (self, +1);
  inner = g_task_new (self, cancellable, export_done_cb, g_steal_pointer (&outer));
  g_task_set_task_data (inner, job, job_free);
  g_task_run_in_thread (inner, export_thread);
}

gboolean
sc_reports_page_export_finish (ScReportsPage  *self,
                               GAsyncResult   *result,
                               GError        **error)
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
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     ScReportsPage   *self)
{
  ScReportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "format"));
  const char *extension = format == SC_REPORT_FORMAT_XLSX ? ".xlsx" : ".pdf";

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *chosen = file ? g_file_get_path (file) : NULL;
      g_autofree char *path = chosen ? with_extension (chosen, extension) : NULL;

      if (path != NULL)
        {
          g_free (self->last_folder);
          self->last_folder = g_path_get_dirname (path);
          sc_reports_page_export_async (self, format, path, self->cancellable, NULL, NULL);
        }
    }
  g_clear_object (&self->chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            ScReportFormat  format)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (format == SC_REPORT_FORMAT_XLSX)
    {
      gtk_file_filter_set_name (filter, _("Excel workbooks (XLSX)"));
      gtk_file_filter_add_suffix (filter, "xlsx");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
set_folder (GtkFileChooser *chooser,
            const char     *folder)
{
  g_autoptr(GFile) file = NULL;

  if (folder == NULL)
    folder = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    return;
  file = g_file_new_for_path (folder);
  gtk_file_chooser_set_current_folder (chooser, file, NULL);
}

static void
choose_file (ScReportsPage  *self,
             ScReportFormat  format)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean xlsx = format == SC_REPORT_FORMAT_XLSX;
  g_autoptr(ScOrganization) organization = NULL;
  g_autofree char *name = NULL;

  if (self->chooser != NULL || self->report == NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (xlsx ? _("Save the Report as XLSX") : _("Save the Report as PDF"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  organization = sc_organization_load (sc_page_get_database (SC_PAGE (self)), NULL);
  name = organization != NULL ? sc_report_file_name (organization, self->month, xlsx ? "xlsx" : "pdf")
                         : g_strdup_printf ("%s.%s", self->month, xlsx ? "xlsx" : "pdf");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  set_folder (GTK_FILE_CHOOSER (self->chooser), self->last_folder);
  add_filter (GTK_FILE_CHOOSER (self->chooser), format);
  g_object_set_data (G_OBJECT (self->chooser), "format", GINT_TO_POINTER (format));
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_xlsx_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  choose_file (SC_REPORTS_PAGE (widget), SC_REPORT_FORMAT_XLSX);
}

static void
export_pdf_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  choose_file (SC_REPORTS_PAGE (widget), SC_REPORT_FORMAT_PDF);
}

static void
open_folder_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  g_autofree char *folder = g_path_get_dirname (g_variant_get_string (param, NULL));
  g_autofree char *uri = g_filename_to_uri (folder, NULL, NULL);
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_autoptr(GError) error = NULL;

  if (uri == NULL || !g_app_info_launch_default_for_uri (uri, G_APP_LAUNCH_CONTEXT (context), &error))
    {
      g_autofree char *text = g_strdup_printf (_("The report is in the folder %s"), folder);
      sc_page_toast (SC_PAGE (widget), text);
    }
}

/* ---- printing ----------------------------------------------------------- */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  /* A page past the last draws nothing and still counts the pages. */
  int n_pages = sc_report_pdf_render (gtk_print_context_get_cairo_context (context),
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context),
                                      G_MAXINT, job->report, job->organization, job->figures);

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              Job               *job)
{
  sc_report_pdf_render (gtk_print_context_get_cairo_context (context),
                        gtk_print_context_get_width (context),
                        gtk_print_context_get_height (context),
                        page_nr, job->report, job->organization, job->figures);
}

GtkPrintOperation *
sc_reports_page_create_print_operation (ScReportsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *period = NULL;
  g_autofree char *title = NULL;
  GtkPrintOperation *operation;
  Job *job;

  g_return_val_if_fail (SC_IS_REPORTS_PAGE (self), NULL);
  job = job_new (self, &error);
  if (job == NULL)
    return NULL;
  period = sc_report_format_period (self->month);
  title = g_strdup_printf (_("Report %s"), period);
  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, title);
  g_object_set_data_full (G_OBJECT (operation), "job", job, job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  return operation;
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               ScReportsPage           *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_autoptr(ScReport) report = sc_reports_page_current (self);
      ScDatabase *database = sc_page_get_database (SC_PAGE (self));

      /* Paper leaves no file, but it leaves the building: logged. */
      if (report != NULL && database != NULL &&
          !sc_export_log_add (database, SC_EXPORT_REPORT_PRINT, report->month, NULL, TRUE, FALSE, &error))
        sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    sc_page_show_error (SC_PAGE (self), error);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  ScReportsPage *self = SC_REPORTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkPrintOperation) operation = sc_reports_page_create_print_operation (self);
  g_autoptr(GError) error = NULL;

  if (operation == NULL)
    return;
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  /* Kept until the next print: the dialog and the job may outlive this call. */
  g_set_object (&self->print_operation, operation);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    sc_page_show_error (SC_PAGE (self), error);
}

void
sc_reports_page_install_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reports.export-xlsx", NULL, export_xlsx_activated);
  gtk_widget_class_install_action (widget_class, "reports.export-pdf", NULL, export_pdf_activated);
  gtk_widget_class_install_action (widget_class, "reports.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "reports.open-folder", "s", open_folder_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "reports.export-xlsx", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "reports.print", NULL);
}

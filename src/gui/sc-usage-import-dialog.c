/* sc-usage-import-dialog.c — importing weekly counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-activity-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-table-reader.h"
#include "sc-usage-import-dialog.h"
#include "sc-window.h"

struct _ScUsageImportDialog
{
  AdwWindow      parent_instance;

  ScDatabase    *database;     /* the window's */
  ScDatabase    *worker_db;    /* the second connection the threads use */
  char          *file;
  ScUsagePlan   *plan;
  GCancellable  *cancellable;
  gboolean       busy;
  gint           permille;     /* progress, written by the worker thread */
  guint          progress_id;

  GtkButton     *cancel_button;
  GtkButton     *load_button;
  GtkStack      *stack;
  GtkLabel      *progress_label;
  GtkProgressBar *progress_bar;
  GtkLabel      *file_label;
  GtkLabel      *counts_label;
  GtkLabel      *notes_label;
  GtkLabel      *errors_title;
  GtkListBox    *errors_list;
  AdwStatusPage *failed_page;
};

G_DEFINE_FINAL_TYPE (ScUsageImportDialog, sc_usage_import_dialog, ADW_TYPE_WINDOW)

/* ---- the worker thread --------------------------------------------------- */

typedef struct
{
  char        *db_path;
  char        *file;
  ScDatabase  *db;
  ScUsagePlan *plan;
  gint        *permille;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_free (job->file);
  g_clear_object (&job->db);
  g_clear_pointer (&job->plan, sc_usage_plan_unref);
  g_free (job);
}

static void
report_progress (double   fraction,
                 gpointer data)
{
  g_atomic_int_set ((gint *)data, (gint)(fraction * 1000));
}

static ScUsagePlan *
plan_file (Job          *job,
           GCancellable *cancellable,
           GError      **error)
{
  g_autoptr(ScTable) table = NULL;
  g_autoptr(ScColumnMap) map = NULL;
  ScUsageOptions options = { FALSE, NULL };

  if (job->db == NULL && (job->db = sc_database_open (job->db_path, error)) == NULL)
    return NULL;
  if ((table = sc_table_read_file (job->file, cancellable, error)) == NULL ||
      (map = sc_usage_detect_columns (table, error)) == NULL)
    return NULL;
  return sc_usage_plan_new (job->db, table, map, &options, report_progress, job->permille,
                            cancellable, error);
}

static void
plan_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;

  job->plan = plan_file (job, cancellable, &error);
  if (job->plan == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
commit_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;

  if (sc_usage_plan_commit (job->plan, job->db, report_progress, job->permille, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* ---- the window side ----------------------------------------------------- */

static gboolean
progress_tick_cb (gpointer data)
{
  ScUsageImportDialog *self = data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
set_busy (ScUsageImportDialog *self,
          gboolean             busy,
          const char          *what)
{
  self->busy = busy;
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (busy)
    {
      g_atomic_int_set (&self->permille, 0);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_label_set_text (self->progress_label, what);
      gtk_stack_set_visible_child_name (self->stack, "progress");
      self->progress_id = g_timeout_add (100, progress_tick_cb, self);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->load_button), !busy && self->plan != NULL);
}

static void
show_failure (ScUsageImportDialog *self,
              const GError        *error)
{
  adw_status_page_set_description (self->failed_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "failed");
  gtk_button_set_label (self->cancel_button, _("_Close"));
}

static char *
describe_file (ScUsagePlan *plan)
{
  ScTable *table = sc_usage_plan_get_table (plan);
  const ScColumnMap *map = sc_usage_plan_get_column_map (plan);
  const char *delimiter;

  if (sc_table_get_format (table) == SC_TABLE_FORMAT_XLSX)
    return g_strdup_printf (_("XLSX, first sheet; header on row %u."),
                            sc_column_map_get_header_line (map));
  switch (sc_table_get_delimiter (table))
    {
    case ';': delimiter = "«;»"; break;
    case ',': delimiter = "«,»"; break;
    case '\t': delimiter = _("tab"); break;
    default: delimiter = "—"; break;
    }
  return g_strdup_printf (_("CSV, encoding %s, delimiter %s; header on line %u."),
                          sc_table_get_encoding (table) ? sc_table_get_encoding (table) : "UTF-8",
                          delimiter, sc_column_map_get_header_line (map));
}

static char *
describe_counts (ScUsagePlan *plan)
{
  g_autofree char *added = sc_format_count (sc_usage_plan_count (plan, SC_USAGE_ADDED));
  g_autofree char *updated = sc_format_count (sc_usage_plan_count (plan, SC_USAGE_UPDATED));
  g_autofree char *unchanged = sc_format_count (sc_usage_plan_count (plan, SC_USAGE_UNCHANGED));
  g_autofree char *repeats = sc_format_count (sc_usage_plan_count (plan, SC_USAGE_DUPLICATE));
  g_autofree char *errors = sc_format_count (sc_usage_plan_count (plan, SC_USAGE_ERROR));

  return g_strdup_printf (_("Add %s · Update %s · Unchanged %s · Repeated %s · Errors %s"),
                          added, updated, unchanged, repeats, errors);
}

static void
fill_errors (ScUsageImportDialog *self)
{
  guint n = sc_usage_plan_get_n_rows (self->plan);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->errors_list))) != NULL)
    gtk_list_box_remove (self->errors_list, child);
  for (guint i = 0; i < n; i++)
    {
      const ScUsageRow *row = sc_usage_plan_get_row (self->plan, i);
      g_autofree char *title = NULL;
      GtkWidget *item;

      if (row->outcome != SC_USAGE_ERROR)
        continue;
      title = g_strdup_printf (_("Line %u"), row->line);
      item = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (item), row->message);
      gtk_list_box_append (self->errors_list, item);
    }
}

static void
show_preview (ScUsageImportDialog *self)
{
  g_autofree char *file = describe_file (self->plan);
  g_autofree char *counts = describe_counts (self->plan);
  g_autofree char *notes = g_strjoinv ("\n", (char **)sc_usage_plan_get_notes (self->plan));
  gboolean errors = sc_usage_plan_count (self->plan, SC_USAGE_ERROR) > 0;

  gtk_label_set_text (self->file_label, file);
  gtk_label_set_text (self->counts_label, counts);
  gtk_label_set_text (self->notes_label, notes);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), *notes != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->errors_title), errors);
  gtk_widget_set_visible (GTK_WIDGET (self->errors_list), errors);
  fill_errors (self);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

static void
planned_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(ScUsageImportDialog) self = data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_busy (self, FALSE, NULL);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_failure (self, error);
      return;
    }
  self->plan = g_steal_pointer (&job->plan);
  g_set_object (&self->worker_db, job->db);
  set_busy (self, FALSE, NULL);
  show_preview (self);
}

static GTask *
new_task (ScUsageImportDialog *self,
          GAsyncReadyCallback  callback)
{
  GTask *task = g_task_new (NULL, self->cancellable, callback, g_object_ref (self));
  Job *job = g_new0 (Job, 1);

  job->db_path = g_strdup (sc_database_get_path (self->database));
  job->file = g_strdup (self->file);
  job->db = self->worker_db != NULL ? g_object_ref (self->worker_db) : NULL;
  job->plan = self->plan != NULL ? sc_usage_plan_ref (self->plan) : NULL;
  job->permille = &self->permille;
  g_task_set_task_data (task, job, job_free);
  return task;
}

static void
start_planning (ScUsageImportDialog *self)
{
  g_autoptr(GTask) task = new_task (self, planned_cb);

  set_busy (self, TRUE, _("Checking the file…"));
  g_task_run_in_thread (task, plan_thread);
}

static void
add_toast (ScUsageImportDialog *self,
           AdwToast            *toast)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (SC_IS_WINDOW (parent))
    sc_window_add_toast (SC_WINDOW (parent), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
committed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(ScUsageImportDialog) self = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  ScUsagePlan *plan = self->plan;

  set_busy (self, FALSE, NULL);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        add_toast (self, adw_toast_new (error->message));
      show_preview (self);
      return;
    }
  /* The window's connection did not write: tell its pages. */
  sc_database_emit_changed (self->database, "activity");
  title = g_strdup_printf (_("Activity loaded: added %u, updated %u, unchanged %u, errors %u"),
                           sc_usage_plan_count (plan, SC_USAGE_ADDED),
                           sc_usage_plan_count (plan, SC_USAGE_UPDATED),
                           sc_usage_plan_count (plan, SC_USAGE_UNCHANGED),
                           sc_usage_plan_count (plan, SC_USAGE_ERROR));
  add_toast (self, adw_toast_new (title));
  gtk_window_close (GTK_WINDOW (self));
}

void
sc_usage_import_dialog_apply (ScUsageImportDialog *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SC_IS_USAGE_IMPORT_DIALOG (self));

  if (self->busy || self->plan == NULL || sc_usage_plan_is_committed (self->plan))
    return;
  task = new_task (self, committed_cb);
  set_busy (self, TRUE, _("Loading…"));
  g_task_run_in_thread (task, commit_thread);
}

static void
cancel_clicked_cb (ScUsageImportDialog *self)
{
  if (self->busy)
    {
      g_cancellable_cancel (self->cancellable);
      g_set_object (&self->cancellable, g_cancellable_new ());
      if (self->plan != NULL)
        return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
sc_usage_import_dialog_dispose (GObject *object)
{
  ScUsageImportDialog *self = SC_USAGE_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->worker_db);
  g_clear_pointer (&self->plan, sc_usage_plan_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_USAGE_IMPORT_DIALOG);
  G_OBJECT_CLASS (sc_usage_import_dialog_parent_class)->dispose (object);
}

static void
sc_usage_import_dialog_finalize (GObject *object)
{
  g_free (SC_USAGE_IMPORT_DIALOG (object)->file);
  G_OBJECT_CLASS (sc_usage_import_dialog_parent_class)->finalize (object);
}

static void
sc_usage_import_dialog_class_init (ScUsageImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_usage_import_dialog_dispose;
  object_class->finalize = sc_usage_import_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-usage-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ScUsageImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, ScUsageImportDialog, load_button);
  gtk_widget_class_bind_template_child (widget_class, ScUsageImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ScUsageImportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ScUsageImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ScUsageImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, ScUsageImportDialog, counts_label);
  gtk_widget_class_bind_template_child (widget_class, ScUsageImportDialog, notes_label);
  gtk_widget_class_bind_template_child (widget_class, ScUsageImportDialog, errors_title);
  gtk_widget_class_bind_template_child (widget_class, ScUsageImportDialog, errors_list);
  gtk_widget_class_bind_template_child (widget_class, ScUsageImportDialog, failed_page);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, sc_usage_import_dialog_apply);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_usage_import_dialog_init (ScUsageImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

ScUsageImportDialog *
sc_usage_import_dialog_new (ScDatabase *database,
                            const char *file)
{
  ScUsageImportDialog *self;

  g_return_val_if_fail (SC_IS_DATABASE (database) && file != NULL, NULL);

  self = g_object_new (SC_TYPE_USAGE_IMPORT_DIALOG, NULL);
  self->database = g_object_ref (database);
  self->file = g_strdup (file);
  start_planning (self);
  return self;
}

ScUsagePlan *
sc_usage_import_dialog_get_plan (ScUsageImportDialog *self)
{
  g_return_val_if_fail (SC_IS_USAGE_IMPORT_DIALOG (self), NULL);
  return self->plan;
}

gboolean
sc_usage_import_dialog_is_busy (ScUsageImportDialog *self)
{
  g_return_val_if_fail (SC_IS_USAGE_IMPORT_DIALOG (self), FALSE);
  return self->busy;
}

/* sc-summary-window.c — «Сводный отчёт по колледжам»: choosing the files,
 * reading them off the main thread with progress and Cancel
 *
 * The window keeps the paths chosen so far and makes the summary again
 * from all of them whenever a file, a folder or the list of colleges is
 * added: reading 45 reports takes a fraction of a second, and a summary
 * made again from scratch cannot drift from what the command line makes.
 * Cancelling keeps the summary shown before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-report-figures.h"
#include "sc-summary-task.h"
#include "sc-summary-window-private.h"

G_DEFINE_FINAL_TYPE (ScSummaryWindow, sc_summary_window, ADW_TYPE_WINDOW)

static void rebuild (ScSummaryWindow *self);

/* ---- the paths -------------------------------------------------------------- */

static gboolean
has_path (GPtrArray  *paths,
          const char *path)
{
  return g_ptr_array_find_with_equal_func (paths, path, g_str_equal, NULL);
}

static GPtrArray *
copy_paths (GPtrArray *paths)
{
  return g_ptr_array_copy (paths, (GCopyFunc)(void (*) (void))g_strdup, NULL);
}

void
sc_summary_window_add_paths (ScSummaryWindow   *self,
                             const char *const *paths)
{
  gboolean added = FALSE;

  g_return_if_fail (SC_IS_SUMMARY_WINDOW (self));
  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      g_autofree char *canonical = g_canonicalize_filename (paths[i], NULL);

      if (has_path (self->paths, canonical))
        continue;
      g_ptr_array_add (self->paths, g_steal_pointer (&canonical));
      added = TRUE;
    }
  if (added)
    rebuild (self);
}

void
sc_summary_window_set_expected (ScSummaryWindow *self,
                                const char      *path)
{
  g_return_if_fail (SC_IS_SUMMARY_WINDOW (self));
  g_free (self->expected_path);
  self->expected_path = g_strdup (path);
  if (self->paths->len > 0)
    rebuild (self);
}

void
sc_summary_window_set_month (ScSummaryWindow *self,
                             const char      *month)
{
  g_return_if_fail (SC_IS_SUMMARY_WINDOW (self));
  g_return_if_fail (month == NULL || sc_report_month_is_valid (month));
  g_free (self->month);
  self->month = g_strdup (month);
  if (self->summary != NULL && self->n_exports == 0)
    {
      sc_summary_set_month (self->summary, month);
      sc_summary_window_show_summary (self);
    }
}

gboolean
sc_summary_window_is_busy (ScSummaryWindow *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_WINDOW (self), FALSE);
  return self->cancellable != NULL;
}

void
sc_summary_window_cancel (ScSummaryWindow *self)
{
  g_return_if_fail (SC_IS_SUMMARY_WINDOW (self));
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

ScSummary *
sc_summary_window_get_summary (ScSummaryWindow *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_WINDOW (self), NULL);
  return self->summary;
}

/* ---- reading ---------------------------------------------------------------- */

static void
progress_cb (guint    done,
             guint    total,
             gpointer data)
{
  ScSummaryWindow *self = data;
  g_autofree char *text = g_strdup_printf (ngettext ("Read %u of %u file", "Read %u of %u files", total),
                                           done, total);

  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double)done / total : 0);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
show_page (ScSummaryWindow *self)
{
  const char *page = self->summary != NULL ? "preview" : "empty";

  gtk_stack_set_visible_child_name (self->stack, self->cancellable != NULL ? "progress" : page);
  sc_summary_window_update_actions (self);
}

/* The summary shown goes on with the paths it was made from. */
static void
keep_shown (ScSummaryWindow *self)
{
  g_ptr_array_unref (self->paths);
  self->paths = copy_paths (self->shown_paths);
  g_free (self->expected_path);
  self->expected_path = g_strdup (self->shown_expected);
}

/* A reading the window still waits for: a later one replaces it. */
typedef struct
{
  ScSummaryWindow *self;
  GCancellable    *cancellable;
} Pending;

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->self);
  g_object_unref (pending->cancellable);
  g_free (pending);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pending, pending_free)

static void
build_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(Pending) pending = data;
  ScSummaryWindow *self = pending->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScSummary) summary = sc_summary_build_finish (result, &error);

  if (pending->cancellable != self->cancellable || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  g_clear_object (&self->cancellable);
  if (summary == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      keep_shown (self);
      show_page (self);
      return;
    }
  g_set_object (&self->summary, summary);
  g_ptr_array_unref (self->shown_paths);
  self->shown_paths = copy_paths (self->paths);
  g_free (self->shown_expected);
  self->shown_expected = g_strdup (self->expected_path);
  sc_summary_window_show_summary (self);
  show_page (self);
}

static void
rebuild (ScSummaryWindow *self)
{
  ScSummaryRequest request = { 0 };
  Pending *pending;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  pending = g_new (Pending, 1);
  *pending = (Pending) { g_object_ref (self), g_object_ref (self->cancellable) };
  g_ptr_array_add (self->paths, NULL);
  request.paths = (GStrv)self->paths->pdata;
  request.expected_path = self->expected_path;
  request.month = self->month;
  progress_cb (0, 0, self);
  gtk_progress_bar_set_text (self->progress_bar, _("Listing the files…"));
  sc_summary_build_async (&request, progress_cb, self, self->cancellable, build_done_cb, pending);
  g_ptr_array_remove_index (self->paths, self->paths->len - 1);
  show_page (self);
}

/* ---- choosing --------------------------------------------------------------- */

static void
add_chosen_files (ScSummaryWindow *self,
                  GtkFileChooser  *chooser)
{
  g_autoptr(GListModel) files = gtk_file_chooser_get_files (chooser);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      char *path = g_file_get_path (file);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  if (paths->len > 0)
    {
      g_free (self->last_folder);
      self->last_folder = g_path_get_dirname (g_ptr_array_index (paths, 0));
    }
  g_ptr_array_add (paths, NULL);
  sc_summary_window_add_paths (self, (const char *const *)paths->pdata);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     ScSummaryWindow *self)
{
  gboolean expected = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "expected"));

  if (response == GTK_RESPONSE_ACCEPT && expected)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        sc_summary_window_set_expected (self, path);
    }
  else if (response == GTK_RESPONSE_ACCEPT)
    add_chosen_files (self, GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *const *suffixes)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
ask (ScSummaryWindow      *self,
     const char           *title,
     GtkFileChooserAction  action,
     gboolean              expected)
{
  const char *const workbooks[] = { "xlsx", NULL };
  const char *const lists[] = { "csv", "txt", "xlsx", NULL };
  GtkFileChooser *chooser;

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, _("_Open"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (self->chooser);
  gtk_file_chooser_set_select_multiple (chooser, action == GTK_FILE_CHOOSER_ACTION_OPEN && !expected);
  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    add_filter (chooser, expected ? _("Lists (CSV, XLSX)") : _("Excel workbooks (XLSX)"),
                expected ? lists : workbooks);
  if (self->last_folder != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (self->last_folder);
      gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }
  g_object_set_data (G_OBJECT (self->chooser), "expected", GINT_TO_POINTER (expected));
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
action_cb (GtkWidget  *widget,
           const char *name,
           GVariant   *param)
{
  ScSummaryWindow *self = SC_SUMMARY_WINDOW (widget);

  if (g_str_equal (name, "summary.add-files"))
    ask (self, _("Colleges' Reports"), GTK_FILE_CHOOSER_ACTION_OPEN, FALSE);
  else if (g_str_equal (name, "summary.add-folder"))
    ask (self, _("Folder of the Colleges' Reports"), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, FALSE);
  else if (g_str_equal (name, "summary.choose-expected"))
    ask (self, _("List of the Colleges"), GTK_FILE_CHOOSER_ACTION_OPEN, TRUE);
  else if (g_str_equal (name, "summary.cancel"))
    sc_summary_window_cancel (self);
  else if (g_str_equal (name, "summary.export-xlsx"))
    sc_summary_window_ask_export (self, SC_SUMMARY_FORMAT_XLSX);
  else if (g_str_equal (name, "summary.export-pdf"))
    sc_summary_window_ask_export (self, SC_SUMMARY_FORMAT_PDF);
  else if (g_str_equal (name, "summary.clear"))
    {
      sc_summary_window_cancel (self);
      g_clear_object (&self->cancellable);   /* its answer is not waited for */
      g_ptr_array_set_size (self->paths, 0);
      g_ptr_array_set_size (self->shown_paths, 0);
      g_clear_pointer (&self->month, g_free);
      g_clear_object (&self->summary);
      show_page (self);
    }
}

/* ---- the month -------------------------------------------------------------- */

static void
month_selected_cb (GtkDropDown     *dropdown,
                   GParamSpec      *pspec,
                   ScSummaryWindow *self)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);
  const char *month;

  if (self->updating_months || item == NULL)
    return;
  month = g_object_get_data (G_OBJECT (item), "month");
  if (month != NULL && g_strcmp0 (month, sc_summary_get_month (self->summary)) != 0)
    sc_summary_window_set_month (self, month);
}

/* ---- the window ------------------------------------------------------------- */

static gboolean
close_request_cb (GtkWindow *window)
{
  ScSummaryWindow *self = SC_SUMMARY_WINDOW (window);

  sc_summary_window_cancel (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  if (self->save_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_chooser));
  return FALSE;
}

static void
sc_summary_window_dispose (GObject *object)
{
  ScSummaryWindow *self = SC_SUMMARY_WINDOW (object);

  sc_summary_window_cancel (self);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->chooser);
  g_clear_object (&self->save_chooser);
  g_clear_object (&self->summary);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_SUMMARY_WINDOW);
  G_OBJECT_CLASS (sc_summary_window_parent_class)->dispose (object);
}

static void
sc_summary_window_finalize (GObject *object)
{
  ScSummaryWindow *self = SC_SUMMARY_WINDOW (object);

  g_ptr_array_unref (self->paths);
  g_ptr_array_unref (self->shown_paths);
  g_free (self->expected_path);
  g_free (self->shown_expected);
  g_free (self->month);
  g_free (self->last_folder);
  G_OBJECT_CLASS (sc_summary_window_parent_class)->finalize (object);
}

static void
sc_summary_window_class_init (ScSummaryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const char *const actions[] = {
    "summary.add-files", "summary.add-folder", "summary.choose-expected", "summary.cancel",
    "summary.export-xlsx", "summary.export-pdf", "summary.clear",
  };

  object_class->dispose = sc_summary_window_dispose;
  object_class->finalize = sc_summary_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = close_request_cb;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-summary-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, export_xlsx_button);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, expected_label);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, problems_box);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, problems_heading);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, problems_list);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, colleges_view);
  gtk_widget_class_bind_template_child (widget_class, ScSummaryWindow, totals_label);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "summary.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "summary.add-files", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "summary.export-xlsx", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
sc_summary_window_init (ScSummaryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->paths = g_ptr_array_new_with_free_func (g_free);
  self->shown_paths = g_ptr_array_new_with_free_func (g_free);
  sc_summary_window_setup_columns (self);
  g_signal_connect (self->month_dropdown, "notify::selected", G_CALLBACK (month_selected_cb), self);
  show_page (self);
}

ScSummaryWindow *
sc_summary_window_new (GtkApplication *application)
{
  return g_object_new (SC_TYPE_SUMMARY_WINDOW, "application", application, NULL);
}

/* sc-import-assistant.c — check a file, then load it: any kind of import
 *
 * Every check and the load run in a worker thread (sc-import-task.h); a
 * change of a column or an option cancels the check under way and starts
 * another, with the preview dimmed and a progress bar above it. Nothing is
 * written until «Загрузить», and then in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-date-row.h"
#include "sc-import-assistant.h"
#include "sc-import-columns.h"
#include "sc-import-counts.h"
#include "sc-import-rows.h"
#include "sc-import-task.h"
#include "sc-window.h"

#define MAX_LEAVER_ROWS 200

struct _ScImportAssistant
{
  AdwWindow           parent_instance;

  ScDatabase         *database;   /* the window's */
  GType               import_type;
  char               *file_path;
  ScImportPreview    *preview;
  GCancellable       *cancellable;
  GPtrArray          *leaver_rows;
  gboolean            busy;

  AdwWindowTitle     *window_title;
  GtkButton          *import_button;
  GtkSpinner         *spinner;
  GtkStack           *stack;
  AdwStatusPage      *working_page;
  GtkProgressBar     *progress_bar;
  GtkProgressBar     *check_bar;
  AdwStatusPage      *error_page;
  GtkLabel           *problem_label;
  ScImportCounts     *counts;
  ScImportColumns    *columns;
  ScImportRows       *rows;
  AdwComboRow        *mode_row;
  ScDateRow          *left_on_row;
  AdwExpanderRow     *leavers_row;
  GtkSwitch          *strict_switch;
};

G_DEFINE_FINAL_TYPE (ScImportAssistant, sc_import_assistant, ADW_TYPE_WINDOW)

enum { LOADED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
can_import (ScImportAssistant *self)
{
  return !self->busy && self->preview != NULL && self->preview->plan != NULL &&
         !(gtk_widget_get_visible (GTK_WIDGET (self->left_on_row)) &&
           sc_date_row_get_problem (self->left_on_row) != SC_DATE_OK);
}

static void
set_busy (ScImportAssistant *self,
          gboolean           busy)
{
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_progress_bar_set_fraction (self->check_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->check_bar), busy && self->preview != NULL);
  /* The counts and rows are the last check's until this one is done. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->counts), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rows), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), can_import (self));
}

static void
progress_cb (double   fraction,
             gpointer data)
{
  ScImportAssistant *self = data;

  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  gtk_progress_bar_set_fraction (self->check_bar, CLAMP (fraction, 0.0, 1.0));
}

static void
show_error (ScImportAssistant *self,
            const GError      *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
}

/* What stops the load, above the counts; NULL: nothing. */
static void
show_problem (ScImportAssistant *self,
              const char        *problem)
{
  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
}

static void
clear_leavers (ScImportAssistant *self)
{
  for (guint i = 0; i < self->leaver_rows->len; i++)
    adw_expander_row_remove (self->leavers_row, g_ptr_array_index (self->leaver_rows, i));
  g_ptr_array_set_size (self->leaver_rows, 0);
}

static void
show_leavers (ScImportAssistant *self)
{
  ScImport *plan = self->preview->plan;
  guint n = plan != NULL ? sc_import_get_n_leavers (plan) : 0;
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u person will be marked as left", "%u people will be marked as left", n), n);

  clear_leavers (self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->leavers_row), title);
  gtk_widget_set_visible (GTK_WIDGET (self->leavers_row),
                          plan != NULL && adw_combo_row_get_selected (self->mode_row) == 1);
  for (guint i = 0; i < n && i < MAX_LEAVER_ROWS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *name = NULL;
      g_autofree char *group = NULL;

      sc_import_describe_leaver (plan, i, &name, &group);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), group);
      adw_expander_row_add_row (self->leavers_row, row);
      g_ptr_array_add (self->leaver_rows, row);
    }
}

static void
show_preview (ScImportAssistant *self,
              const char        *problem)
{
  ScImportPreview *preview = self->preview;

  sc_import_columns_show (self->columns, sc_import_type_get_fields (self->import_type),
                          preview->table, preview->map);
  sc_import_rows_show (self->rows, preview->plan);
  show_leavers (self);
  show_problem (self, problem ? problem : preview->problem ? preview->problem->message : NULL);
  sc_import_counts_show (self->counts, preview->plan);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), can_import (self));
}

static void
plan_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(ScImportAssistant) self = data;
  g_autoptr(GError) error = NULL;
  ScImportPreview *preview = sc_import_task_plan_finish (result, &error);

  /* A cancelled check was replaced by a newer one, or the window closed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (preview == NULL)
    {
      show_error (self, error);
      return;
    }
  g_clear_pointer (&self->preview, sc_import_preview_free);
  self->preview = preview;
  show_preview (self, NULL);
}

/* The person's choices; FALSE when the leaving date cannot be read. */
static gboolean
read_options (ScImportAssistant *self,
              ScImportOptions   *options,
              char             **left_on)
{
  gboolean full = sc_import_type_has_full_list (self->import_type) &&
                  adw_combo_row_get_selected (self->mode_row) == 1;

  *left_on = full ? sc_date_row_get_date (self->left_on_row) : NULL;
  *options = (ScImportOptions) {
    .strict = gtk_switch_get_active (self->strict_switch), .full_list = full, .left_on = *left_on
  };
  gtk_widget_set_visible (GTK_WIDGET (self->left_on_row), full);
  /* The row says beside itself what is wrong with the date. */
  return !full || sc_date_row_get_problem (self->left_on_row) == SC_DATE_OK;
}

static void
renew_cancellable (ScImportAssistant *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

static void
start_plan (ScImportAssistant *self)
{
  ScImportPreview *preview = self->preview;
  /* A connection still in use by a check being cancelled is not shared. */
  ScDatabase *reuse = preview != NULL && !self->busy ? preview->db : NULL;
  g_autofree char *left_on = NULL;
  ScImportOptions options;

  if (!read_options (self, &options, &left_on))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
      return;
    }
  renew_cancellable (self);
  set_busy (self, TRUE);
  sc_import_task_plan_async (self->import_type, sc_database_get_path (self->database), reuse,
                             self->file_path, preview ? preview->table : NULL,
                             preview ? sc_import_columns_get_map (self->columns) : NULL,
                             &options, progress_cb, self, self->cancellable,
                             plan_done_cb, g_object_ref (self));
}

static void
options_changed_cb (ScImportAssistant *self)
{
  if (self->preview != NULL)
    start_plan (self);
}

/* Who is marked as left depends on it: the choice is explained under it. */
static void
explain_mode (ScImportAssistant *self)
{
  gboolean full = adw_combo_row_get_selected (self->mode_row) == 1;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->mode_row),
                               full ? _("Everyone at the college is in the file: whoever is missing from it will be marked as left")
                                    : _("New people are added and the listed ones updated; no one is marked as left"));
}

static void
mode_changed_cb (ScImportAssistant *self)
{
  explain_mode (self);
  options_changed_cb (self);
}

static void
announce (ScImportAssistant *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *text = sc_import_describe_loaded (self->preview->plan);

  if (SC_IS_WINDOW (parent))
    sc_window_add_toast (SC_WINDOW (parent), adw_toast_new (text));
}

static void
commit_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(ScImportAssistant) self = data;
  g_autoptr(GError) error = NULL;

  if (!sc_import_task_commit_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);
      show_preview (self, error->message);
      return;
    }
  set_busy (self, FALSE);
  /* The worker wrote through its own connection: tell the window's. */
  sc_import_emit_changed (self->preview->plan, self->database);
  announce (self);
  g_signal_emit (self, signals[LOADED], 0, self->preview->plan);
  gtk_window_close (GTK_WINDOW (self));
}

void
sc_import_assistant_commit (ScImportAssistant *self)
{
  g_return_if_fail (SC_IS_IMPORT_ASSISTANT (self));

  if (!can_import (self))
    return;
  adw_status_page_set_title (self->working_page, _("Loading…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "working");
  renew_cancellable (self);
  set_busy (self, TRUE);
  sc_import_task_commit_async (self->preview, progress_cb, self, self->cancellable,
                               commit_done_cb, g_object_ref (self));
}

/* «…и ещё 952 — Показать все» under a group: the count's whole list. */
static void
show_all_cb (ScImportAssistant *self,
             guint              outcome)
{
  gtk_menu_button_popup (sc_import_counts_get_button (self->counts, outcome));
}

static void
import_clicked_cb (ScImportAssistant *self)
{
  sc_import_assistant_commit (self);
}

static void
cancel_clicked_cb (ScImportAssistant *self)
{
  /* A load being cancelled rolls back: nothing is half-written. */
  g_cancellable_cancel (self->cancellable);
  gtk_window_close (GTK_WINDOW (self));
}

static void
sc_import_assistant_dispose (GObject *object)
{
  ScImportAssistant *self = SC_IMPORT_ASSISTANT (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_pointer (&self->preview, sc_import_preview_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_IMPORT_ASSISTANT);
  G_OBJECT_CLASS (sc_import_assistant_parent_class)->dispose (object);
}

static void
sc_import_assistant_finalize (GObject *object)
{
  ScImportAssistant *self = SC_IMPORT_ASSISTANT (object);

  g_ptr_array_unref (self->leaver_rows);
  g_free (self->file_path);
  G_OBJECT_CLASS (sc_import_assistant_parent_class)->finalize (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, window_title);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, import_button);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, spinner);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, stack);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, working_page);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, check_bar);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, error_page);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, problem_label);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, counts);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, columns);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, rows);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, mode_row);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, left_on_row);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, leavers_row);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, strict_switch);
}

static void
sc_import_assistant_class_init (ScImportAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_import_assistant_dispose;
  object_class->finalize = sc_import_assistant_finalize;

  g_type_ensure (SC_TYPE_DATE_ROW);
  g_type_ensure (SC_TYPE_IMPORT_COLUMNS);
  g_type_ensure (SC_TYPE_IMPORT_COUNTS);
  g_type_ensure (SC_TYPE_IMPORT_ROWS);
  gtk_widget_class_set_template_from_resource (widget_class,
      "/org/sferumcoord/Coordinator/sc-import-assistant.ui");
  bind_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_all_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SC_TYPE_IMPORT);
}

static void
sc_import_assistant_init (ScImportAssistant *self)
{
  self->leaver_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  explain_mode (self);
}

ScImportAssistant *
sc_import_assistant_new (ScDatabase *database,
                         GType       import_type,
                         const char *file_path)
{
  ScImportAssistant *self;
  const char *title;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (g_type_is_a (import_type, SC_TYPE_IMPORT) && file_path != NULL, NULL);

  title = sc_import_type_get_title (import_type);
  self = g_object_new (SC_TYPE_IMPORT_ASSISTANT, "title", title, NULL);
  name = g_path_get_basename (file_path);
  self->database = g_object_ref (database);
  self->import_type = import_type;
  self->file_path = g_strdup (file_path);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_widget_set_visible (GTK_WIDGET (self->mode_row),
                          sc_import_type_has_full_list (import_type));
  start_plan (self);
  return self;
}

ScImportAssistant *
sc_import_assistant_open (ScDatabase *database,
                          GType       import_type,
                          const char *file_path,
                          GtkWidget  *from)
{
  ScImportAssistant *self = sc_import_assistant_new (database, import_type, file_path);
  GtkRoot *root = from ? gtk_widget_get_root (from) : NULL;

  gtk_window_set_transient_for (GTK_WINDOW (self), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

gboolean
sc_import_assistant_is_busy (ScImportAssistant *self)
{
  g_return_val_if_fail (SC_IS_IMPORT_ASSISTANT (self), FALSE);
  return self->busy;
}

ScImport *
sc_import_assistant_get_plan (ScImportAssistant *self)
{
  g_return_val_if_fail (SC_IS_IMPORT_ASSISTANT (self), NULL);
  return self->preview ? self->preview->plan : NULL;
}

const char *
sc_import_assistant_get_problem (ScImportAssistant *self)
{
  g_return_val_if_fail (SC_IS_IMPORT_ASSISTANT (self), NULL);
  return self->preview && self->preview->problem ? self->preview->problem->message : NULL;
}

void
sc_import_assistant_set_column (ScImportAssistant *self,
                                guint              column,
                                ScField            field)
{
  g_return_if_fail (SC_IS_IMPORT_ASSISTANT (self));
  g_return_if_fail (self->preview != NULL);
  sc_import_columns_set_column (self->columns, column, field);
}

/* sc-import-assistant.c — «Загрузка списка людей»: check, then load
 *
 * The file is read and planned in a worker thread on its own connection;
 * the preview shows the detected encoding, delimiter and header, a choice
 * per column, the counts, every error with its line and the first rows as
 * they will be stored. Nothing is written until «Загрузить», and then in
 * one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-enums.h"
#include "sc-format.h"
#include "sc-import-assistant.h"
#include "sc-roster-task.h"

#define MAX_ERROR_ROWS 200
#define MAX_SAMPLE_ROWS 10

struct _ScImportAssistant
{
  AdwWindow         parent_instance;

  ScDatabase       *database;
  char             *file_path;
  ScRosterPreview  *preview;
  GCancellable     *cancellable;
  GPtrArray        *added_rows;   /* rows put into groups, removed on refresh */
  GPtrArray        *column_rows;
  gboolean          syncing;
  gboolean          busy;
  gboolean          committed;
  char             *summary;

  AdwWindowTitle   *window_title;
  GtkButton        *import_button;
  GtkSpinner       *spinner;
  GtkStack         *stack;
  AdwStatusPage    *working_page;
  GtkProgressBar   *progress_bar;
  AdwStatusPage    *error_page;
  GtkLabel         *counts_label;
  AdwActionRow     *format_row;
  AdwActionRow     *header_row;
  AdwPreferencesGroup *columns_group;
  AdwComboRow      *mode_row;
  AdwEntryRow      *left_on_row;
  AdwExpanderRow   *leavers_row;
  GtkSwitch        *strict_switch;
  AdwPreferencesGroup *errors_group;
  AdwPreferencesGroup *rows_group;
};

G_DEFINE_FINAL_TYPE (ScImportAssistant, sc_import_assistant, ADW_TYPE_WINDOW)

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void start_plan (ScImportAssistant *self);

static void
set_busy (ScImportAssistant *self,
          gboolean           busy)
{
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), !busy && self->preview != NULL);
}

static void
progress_cb (double   fraction,
             gpointer data)
{
  ScImportAssistant *self = data;

  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
}

static void
show_error (ScImportAssistant *self,
            const GError      *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
}

static void
add_row (ScImportAssistant   *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_object_set_data (G_OBJECT (row), "group", group);
  g_ptr_array_add (self->added_rows, row);
}

static void
add_leaver_row (ScImportAssistant *self,
                GtkWidget         *row)
{
  adw_expander_row_add_row (self->leavers_row, row);
  g_object_set_data (G_OBJECT (row), "expander", self->leavers_row);
  g_ptr_array_add (self->added_rows, row);
}

static void
clear_rows (ScImportAssistant *self)
{
  for (guint i = 0; i < self->added_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->added_rows, i);
      gpointer group = g_object_get_data (G_OBJECT (row), "group");

      if (group != NULL)
        adw_preferences_group_remove (group, row);
      else
        adw_expander_row_remove (g_object_get_data (G_OBJECT (row), "expander"), row);
    }
  g_ptr_array_set_size (self->added_rows, 0);
}

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static const char *
delimiter_name (char delimiter)
{
  switch (delimiter)
    {
    case ';': return _("semicolon");
    case ',': return _("comma");
    case '\t': return _("tab");
    default: return "";
    }
}

static void
show_file_facts (ScImportAssistant *self)
{
  ScTable *table = self->preview->table;
  g_autofree char *format = NULL;
  g_autofree char *header = g_strdup_printf (_("Line %u"),
                                             sc_column_map_get_header_line (self->preview->map));

  if (sc_table_get_format (table) == SC_TABLE_FORMAT_XLSX)
    format = g_strdup (_("Excel workbook (first sheet)"));
  else
    format = g_strdup_printf (_("CSV, %s, separated by %s"), sc_table_get_encoding (table),
                              delimiter_name (sc_table_get_delimiter (table)));
  adw_action_row_set_subtitle (self->format_row, format);
  adw_action_row_set_subtitle (self->header_row, header);
}

static void
show_counts (ScImportAssistant *self)
{
  ScRosterPlan *plan = self->preview->plan;
  g_autofree char *added = sc_format_count (sc_roster_plan_count (plan, SC_ROSTER_ADDED));
  g_autofree char *updated = sc_format_count (sc_roster_plan_count (plan, SC_ROSTER_UPDATED));
  g_autofree char *same = sc_format_count (sc_roster_plan_count (plan, SC_ROSTER_UNCHANGED));
  g_autofree char *dups = sc_format_count (sc_roster_plan_count (plan, SC_ROSTER_DUPLICATE));
  g_autofree char *errors = sc_format_count (sc_roster_plan_count (plan, SC_ROSTER_ERROR));

  g_free (self->summary);
  /* Translators: the import preview's counts */
  self->summary = g_strdup_printf (_("Add %s · Update %s · Unchanged %s · Repeated %s · Errors %s"),
                                   added, updated, same, dups, errors);
  gtk_label_set_text (self->counts_label, self->summary);
}

static void
show_notes (ScImportAssistant *self)
{
  const char * const *notes = sc_roster_plan_get_notes (self->preview->plan);

  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    add_row (self, self->errors_group, text_row (notes[i], NULL));
}

static void
show_errors (ScImportAssistant *self)
{
  ScRosterPlan *plan = self->preview->plan;
  guint shown = 0, total = sc_roster_plan_count (plan, SC_ROSTER_ERROR);

  for (guint i = 0; i < sc_roster_plan_get_n_rows (plan) && shown < MAX_ERROR_ROWS; i++)
    {
      const ScRosterRow *row = sc_roster_plan_get_row (plan, i);
      g_autofree char *title = NULL;
      if (row->outcome != SC_ROSTER_ERROR)
        continue;
      title = g_strdup_printf (_("Line %u"), row->line);
      add_row (self, self->errors_group, text_row (title, row->message));
      shown++;
    }
  if (total > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "…and %u more",
                                                            "…and %u more", total - shown),
                                               total - shown);
      add_row (self, self->errors_group, text_row (more, NULL));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->errors_group), total > 0 ||
                          sc_roster_plan_get_notes (plan)[0] != NULL);
}

static char *
describe_row (const ScRosterRow *row)
{
  GString *s = g_string_new (NULL);
  ScCategory category;
  ScStatus status;

  if (row->category && sc_category_from_code (row->category, &category))
    g_string_append (s, sc_category_get_label (category));
  if (row->group && *row->group)
    g_string_append_printf (s, " · %s", row->group);
  else if (row->department && *row->department)
    g_string_append_printf (s, " · %s", row->department);
  if (row->status && sc_status_from_code (row->status, &status))
    {
      g_autofree char *since = sc_date_format_short (row->status_on);
      g_string_append_printf (s, " · %s %s", sc_status_get_label (status), since);
    }
  if (row->phone && *row->phone)
    g_string_append_printf (s, " · %s", row->phone);
  return g_string_free (s, FALSE);
}

static void
show_sample (ScImportAssistant *self)
{
  ScRosterPlan *plan = self->preview->plan;
  guint shown = 0;

  for (guint i = 0; i < sc_roster_plan_get_n_rows (plan) && shown < MAX_SAMPLE_ROWS; i++)
    {
      const ScRosterRow *row = sc_roster_plan_get_row (plan, i);
      g_autofree char *name = NULL;
      g_autofree char *details = NULL;
      if (row->outcome == SC_ROSTER_ERROR || row->outcome == SC_ROSTER_DUPLICATE)
        continue;
      name = g_strjoin (" ", row->last_name, row->first_name, row->patronymic, NULL);
      details = describe_row (row);
      add_row (self, self->rows_group, text_row (g_strstrip (name), details));
      shown++;
    }
}

static void
show_leavers (ScImportAssistant *self)
{
  ScRosterPlan *plan = self->preview->plan;
  guint n = sc_roster_plan_get_n_leavers (plan);
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u person will be marked as left", "%u people will be marked as left", n), n);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->leavers_row), title);
  gtk_widget_set_visible (GTK_WIDGET (self->leavers_row), adw_combo_row_get_selected (self->mode_row) == 1);
  for (guint i = 0; i < n && i < MAX_ERROR_ROWS; i++)
    {
      const ScRosterLeaver *l = sc_roster_plan_get_leaver (plan, i);
      g_autofree char *name = g_strjoin (" ", l->last_name, l->first_name, l->patronymic, NULL);
      add_leaver_row (self, text_row (g_strstrip (name), l->group));
    }
}

static void
column_changed_cb (AdwComboRow       *row,
                   GParamSpec        *pspec,
                   ScImportAssistant *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  guint selected = adw_combo_row_get_selected (row);
  const ScField *fields = sc_roster_fields ();

  if (self->syncing || self->preview == NULL)
    return;
  sc_column_map_set_field (self->preview->map, column, selected == 0 ? SC_FIELD_NONE : fields[selected - 1]);
  start_plan (self);
}

static guint
field_index (ScField field)
{
  const ScField *fields = sc_roster_fields ();

  for (guint i = 0; fields[i] != SC_FIELD_NONE; i++)
    if (fields[i] == field)
      return i + 1;
  return 0;
}

static GtkStringList *
field_choices (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  const ScField *fields = sc_roster_fields ();

  gtk_string_list_append (list, _("Not loaded"));
  for (guint i = 0; fields[i] != SC_FIELD_NONE; i++)
    gtk_string_list_append (list, sc_field_get_label (fields[i]));
  return list;
}

static void
build_column_rows (ScImportAssistant *self)
{
  const ScColumnMap *map = self->preview->map;

  for (guint col = 0; col < sc_column_map_get_n_columns (map); col++)
    {
      GtkWidget *row = adw_combo_row_new ();
      g_autoptr(GtkStringList) choices = field_choices ();
      const char *header = sc_column_map_get_header (map, col);
      g_autofree char *fallback = g_strdup_printf (_("Column %u"), col + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *header ? header : fallback);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (col));
      g_signal_connect (row, "notify::selected", G_CALLBACK (column_changed_cb), self);
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->column_rows, row);
    }
}

static void
sync_column_rows (ScImportAssistant *self)
{
  self->syncing = TRUE;
  for (guint col = 0; col < self->column_rows->len; col++)
    adw_combo_row_set_selected (g_ptr_array_index (self->column_rows, col),
                                field_index (sc_column_map_get_field (self->preview->map, col)));
  self->syncing = FALSE;
}

static void
show_preview (ScImportAssistant *self)
{
  clear_rows (self);
  if (self->column_rows->len == 0)
    build_column_rows (self);
  sync_column_rows (self);
  show_file_facts (self);
  show_counts (self);
  show_notes (self);
  show_errors (self);
  show_sample (self);
  show_leavers (self);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

static void
plan_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(ScImportAssistant) self = data;
  g_autoptr(GError) error = NULL;
  ScRosterPreview *preview = sc_roster_task_plan_finish (result, &error);

  set_busy (self, FALSE);
  if (preview == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }
  g_clear_pointer (&self->preview, sc_roster_preview_free);
  self->preview = preview;
  show_preview (self);
  set_busy (self, FALSE);
}

static gboolean
read_options (ScImportAssistant *self,
              ScRosterOptions   *options,
              char             **left_on)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->left_on_row));
  gboolean full = adw_combo_row_get_selected (self->mode_row) == 1;

  *options = (ScRosterOptions) { full ? SC_ROSTER_MODE_FULL : SC_ROSTER_MODE_ADDITION,
                                 gtk_switch_get_active (self->strict_switch), NULL, NULL };
  *left_on = full && *text ? sc_date_parse (text) : NULL;
  options->left_on = *left_on;
  if (full && *text && *left_on == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->left_on_row), "error");
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->left_on_row), "error");
  return TRUE;
}

static void
start_plan (ScImportAssistant *self)
{
  ScRosterOptions options;
  g_autofree char *left_on = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->left_on_row), adw_combo_row_get_selected (self->mode_row) == 1);
  if (!read_options (self, &options, &left_on))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
      return;
    }
  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());
  g_object_unref (self->cancellable); /* g_set_object took a reference */
  set_busy (self, TRUE);
  sc_roster_task_plan_async (sc_database_get_path (self->database), self->file_path,
                             self->preview ? self->preview->table : NULL,
                             self->preview ? self->preview->map : NULL,
                             &options, progress_cb, self, self->cancellable,
                             plan_done_cb, g_object_ref (self));
}

static void
options_changed_cb (ScImportAssistant *self)
{
  if (self->preview != NULL && !self->syncing)
    start_plan (self);
}

static void
commit_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(ScImportAssistant) self = data;
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);
  if (!sc_roster_task_commit_finish (result, &error))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
      show_error (self, error);
      return;
    }
  self->committed = TRUE;
  /* The worker wrote through its own connection: tell the window's. */
  sc_database_emit_changed (self->database, "people");
  g_signal_emit (self, signals[FINISHED], 0, self->summary);
  gtk_window_close (GTK_WINDOW (self));
}

void
sc_import_assistant_commit (ScImportAssistant *self)
{
  g_return_if_fail (SC_IS_IMPORT_ASSISTANT (self));

  if (self->busy || self->preview == NULL)
    return;
  adw_status_page_set_title (self->working_page, _("Loading…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "working");
  set_busy (self, TRUE);
  g_set_object (&self->cancellable, g_cancellable_new ());
  g_object_unref (self->cancellable);
  sc_roster_task_commit_async (sc_database_get_path (self->database), self->preview->plan,
                               progress_cb, self, self->cancellable,
                               commit_done_cb, g_object_ref (self));
}

static void
import_clicked_cb (ScImportAssistant *self)
{
  sc_import_assistant_commit (self);
}

static void
cancel_clicked_cb (ScImportAssistant *self)
{
  /* A commit being cancelled rolls back: nothing is half-written. */
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
  g_clear_pointer (&self->preview, sc_roster_preview_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_IMPORT_ASSISTANT);
  G_OBJECT_CLASS (sc_import_assistant_parent_class)->dispose (object);
}

static void
sc_import_assistant_finalize (GObject *object)
{
  ScImportAssistant *self = SC_IMPORT_ASSISTANT (object);

  g_ptr_array_unref (self->added_rows);
  g_ptr_array_unref (self->column_rows);
  g_free (self->file_path);
  g_free (self->summary);
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
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, error_page);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, counts_label);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, format_row);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, header_row);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, columns_group);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, mode_row);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, left_on_row);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, leavers_row);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, strict_switch);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, errors_group);
  gtk_widget_class_bind_template_child (widget_class, ScImportAssistant, rows_group);
}

static void
sc_import_assistant_class_init (ScImportAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_import_assistant_dispose;
  object_class->finalize = sc_import_assistant_finalize;

  /**
   * ScImportAssistant::finished:
   * @summary: the counts, for a toast
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
      "/org/sferumcoord/Coordinator/sc-import-assistant.ui");
  bind_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_import_assistant_init (ScImportAssistant *self)
{
  self->added_rows = g_ptr_array_new ();
  self->column_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScImportAssistant *
sc_import_assistant_new (ScDatabase *database,
                         const char *file_path)
{
  ScImportAssistant *self = g_object_new (SC_TYPE_IMPORT_ASSISTANT, NULL);
  g_autofree char *name = g_path_get_basename (file_path);

  self->database = g_object_ref (database);
  self->file_path = g_strdup (file_path);
  adw_window_title_set_subtitle (self->window_title, name);
  start_plan (self);
  return self;
}

gboolean
sc_import_assistant_is_busy (ScImportAssistant *self)
{
  g_return_val_if_fail (SC_IS_IMPORT_ASSISTANT (self), FALSE);
  return self->busy;
}

ScRosterPlan *
sc_import_assistant_get_plan (ScImportAssistant *self)
{
  g_return_val_if_fail (SC_IS_IMPORT_ASSISTANT (self), NULL);
  return self->preview ? self->preview->plan : NULL;
}

void
sc_import_assistant_set_column (ScImportAssistant *self,
                                guint              column,
                                ScField            field)
{
  g_return_if_fail (SC_IS_IMPORT_ASSISTANT (self));
  g_return_if_fail (self->preview != NULL && column < self->column_rows->len);
  adw_combo_row_set_selected (g_ptr_array_index (self->column_rows, column), field_index (field));
}

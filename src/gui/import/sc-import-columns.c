/* sc-import-columns.c — the file as read, and what each of its columns holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-import-columns.h"

#define N_EXAMPLES 3
#define MAX_EXAMPLE_CHARS 40

struct _ScImportColumns
{
  AdwBin               parent_instance;

  const ScField       *fields;
  ScTable             *table;
  ScColumnMap         *map;
  GPtrArray           *rows;     /* AdwComboRow, one per column */
  gboolean             syncing;

  AdwActionRow        *format_row;
  AdwActionRow        *header_row;
  AdwPreferencesGroup *columns_group;
};

G_DEFINE_FINAL_TYPE (ScImportColumns, sc_import_columns, ADW_TYPE_BIN)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

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
show_file_facts (ScImportColumns *self)
{
  g_autofree char *format = NULL;
  g_autofree char *header = g_strdup_printf (_("Line %u"), sc_column_map_get_header_line (self->map));
  const char *encoding = sc_table_get_encoding (self->table);

  if (sc_table_get_format (self->table) == SC_TABLE_FORMAT_XLSX)
    format = g_strdup (_("Excel workbook (first sheet)"));
  else
    format = g_strdup_printf (_("CSV, %s, separated by %s"), encoding ? encoding : "UTF-8",
                              delimiter_name (sc_table_get_delimiter (self->table)));
  adw_action_row_set_subtitle (self->format_row, format);
  adw_action_row_set_subtitle (self->header_row, header);
}

static guint
field_index (ScImportColumns *self,
             ScField          field)
{
  for (guint i = 0; self->fields[i] != SC_FIELD_NONE; i++)
    if (self->fields[i] == field)
      return i + 1;
  return 0;
}

static void
sync_rows (ScImportColumns *self)
{
  self->syncing = TRUE;
  for (guint col = 0; col < self->rows->len; col++)
    adw_combo_row_set_selected (g_ptr_array_index (self->rows, col),
                                field_index (self, sc_column_map_get_field (self->map, col)));
  self->syncing = FALSE;
}

static void
column_changed_cb (AdwComboRow     *row,
                   GParamSpec      *pspec,
                   ScImportColumns *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  guint selected = adw_combo_row_get_selected (row);

  if (self->syncing || self->map == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  sc_column_map_set_field (self->map, column, selected == 0 ? SC_FIELD_NONE : self->fields[selected - 1]);
  /* The field may have left another column. */
  sync_rows (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static GListModel *
field_choices (ScImportColumns *self)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("Not loaded"));
  for (guint i = 0; self->fields[i] != SC_FIELD_NONE; i++)
    gtk_string_list_append (list, sc_field_get_label (self->fields[i]));
  return G_LIST_MODEL (list);
}

static char *
shorten (char *value)
{
  char *shorter;

  if (g_utf8_strlen (value, -1) <= MAX_EXAMPLE_CHARS)
    return value;
  *g_utf8_offset_to_pointer (value, MAX_EXAMPLE_CHARS - 1) = '\0';
  shorter = g_strconcat (value, "…", NULL);
  g_free (value);
  return shorter;
}

/* «Например: Белов Игорь Сергеевич; Иванов Пётр Ильич» from the rows under
 * the header. */
static char *
describe_examples (ScImportColumns *self,
                   guint            column)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  guint n_rows = sc_table_get_n_rows (self->table);
  g_autofree char *joined = NULL;

  for (guint r = sc_column_map_get_header_row (self->map) + 1; r < n_rows && values->len < N_EXAMPLES; r++)
    {
      g_autofree char *value = g_strstrip (g_strdup (sc_table_get_cell (self->table, r, column)));
      if (*value == '\0')
        continue;
      g_ptr_array_add (values, shorten (g_steal_pointer (&value)));
    }
  if (values->len == 0)
    return g_strdup (_("No values under the header"));
  g_ptr_array_add (values, NULL);
  joined = g_strjoinv ("; ", (char **)values->pdata);
  return g_strdup_printf (_("For example: %s"), joined);
}

static GtkWidget *
column_row_new (ScImportColumns *self,
                guint            column)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GListModel) choices = field_choices (self);
  const char *header = sc_column_map_get_header (self->map, column);
  g_autofree char *title = *header ? g_strdup (header) : g_strdup_printf (_("Column %u"), column + 1);
  g_autofree char *label = g_strdup_printf (_("What the column “%s” holds"), title);
  g_autofree char *examples = describe_examples (self, column);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), examples);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), choices);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, examples, -1);
  g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (column));
  g_signal_connect (row, "notify::selected", G_CALLBACK (column_changed_cb), self);
  return row;
}

static void
build_rows (ScImportColumns *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  for (guint col = 0; col < sc_column_map_get_n_columns (self->map); col++)
    {
      GtkWidget *row = column_row_new (self, col);

      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
sc_import_columns_finalize (GObject *object)
{
  ScImportColumns *self = SC_IMPORT_COLUMNS (object);

  g_clear_pointer (&self->table, sc_table_unref);
  g_clear_pointer (&self->map, sc_column_map_free);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (sc_import_columns_parent_class)->finalize (object);
}

static void
sc_import_columns_class_init (ScImportColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sc_import_columns_finalize;

  /**
   * ScImportColumns::changed:
   *
   * The person chose another field for a column.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
      "/org/sferumcoord/Coordinator/sc-import-columns.ui");
  gtk_widget_class_bind_template_child (widget_class, ScImportColumns, format_row);
  gtk_widget_class_bind_template_child (widget_class, ScImportColumns, header_row);
  gtk_widget_class_bind_template_child (widget_class, ScImportColumns, columns_group);
}

static void
sc_import_columns_init (ScImportColumns *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScImportColumns *
sc_import_columns_new (void)
{
  return g_object_new (SC_TYPE_IMPORT_COLUMNS, NULL);
}

void
sc_import_columns_show (ScImportColumns   *self,
                        const ScField     *fields,
                        ScTable           *table,
                        const ScColumnMap *map)
{
  gboolean same_file;

  g_return_if_fail (SC_IS_IMPORT_COLUMNS (self));
  g_return_if_fail (fields != NULL && table != NULL && map != NULL);

  same_file = self->table == table && self->fields == fields && self->map != NULL &&
              sc_column_map_get_header_row (self->map) == sc_column_map_get_header_row (map);
  self->fields = fields;
  if (self->table != table)
    {
      g_clear_pointer (&self->table, sc_table_unref);
      self->table = sc_table_ref (table);
    }
  g_clear_pointer (&self->map, sc_column_map_free);
  self->map = sc_column_map_copy (map);
  if (!same_file)
    build_rows (self);
  show_file_facts (self);
  sync_rows (self);
}

const ScColumnMap *
sc_import_columns_get_map (ScImportColumns *self)
{
  g_return_val_if_fail (SC_IS_IMPORT_COLUMNS (self), NULL);
  return self->map;
}

void
sc_import_columns_set_column (ScImportColumns *self,
                              guint            column,
                              ScField          field)
{
  g_return_if_fail (SC_IS_IMPORT_COLUMNS (self));
  g_return_if_fail (column < self->rows->len);
  adw_combo_row_set_selected (g_ptr_array_index (self->rows, column), field_index (self, field));
}

/* sc-a11y.c — names for screen readers where GTK 4.8 gives none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-a11y.h"

void
sc_a11y_name_drop_down (GtkDropDown *drop_down,
                        const char  *label)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void
sc_a11y_name_menu_button (GtkMenuButton *button)
{
  const char *label;
  GString *plain;

  g_return_if_fail (GTK_IS_MENU_BUTTON (button));

  label = gtk_menu_button_get_label (button);
  plain = g_string_new (label ? label : "");
  if (gtk_menu_button_get_use_underline (button))
    g_string_replace (plain, "_", "", 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, plain->str, -1);
  g_string_free (plain, TRUE);
}

/* GtkColumnView 4.8: its first child is the header row, holding one title
 * widget a column, in the columns' order. */
void
sc_a11y_name_column_headers (GtkColumnView *view)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (view));
  GListModel *columns = gtk_column_view_get_columns (view);
  GtkWidget *title;
  guint i = 0;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  if (header == NULL || GTK_IS_LIST_VIEW (header))
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Column headers"), -1);
  for (title = gtk_widget_get_first_child (header); title != NULL && i < g_list_model_get_n_items (columns);
       title = gtk_widget_get_next_sibling (title), i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *text = gtk_column_view_column_get_title (column);

      gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL, text ? text : "", -1);
    }
}

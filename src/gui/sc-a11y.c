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
  sc_a11y_name_menu_button_as (button, plain->str);
  g_string_free (plain, TRUE);
}

/* GTK 4.8's menu button is a group around a toggle button: a screen
 * reader meets the inner button, so it gets the name too. */
void
sc_a11y_name_menu_button_as (GtkMenuButton *button,
                             const char    *label)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (button)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
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

static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  in_list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  if (in_list)
    {
      /* the popup marks the current choice, as libadwaita's own list does */
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");
      g_object_bind_property (item, "selected", check, "visible", G_BINDING_SYNC_CREATE);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_list_item_set_child (item, box);
}

/* GTK 4.8 names no list item: the widget holding the choice (the one a
 * reader meets, inside the row and in its popup) takes the choice's text. */
static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *row = gtk_widget_get_parent (box);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static GtkListItemFactory *
choice_factory (gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), NULL);
  return factory;
}

/* libadwaita 1.2 shows the current choice in a list view of its own: its
 * one item needs the name as much as the popup's. */
void
sc_a11y_name_combo_row_choices (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) current = choice_factory (FALSE);
  g_autoptr(GtkListItemFactory) list = choice_factory (TRUE);

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  adw_combo_row_set_factory (row, current);
  adw_combo_row_set_list_factory (row, list);
}

/* sc-people-page-cells.c — the table's cells, made in C
 *
 * Signal factories rather than GtkBuilderListItemFactory: a search that
 * changes which 40 rows are on screen replaces their cells, and parsing a
 * template for each of ~240 cells made every keystroke over 50 000 people
 * cost a tenth of a second. A person never changes once loaded (a change
 * reloads the list), so each cell is filled once when bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-page"

#include "config.h"

#include "sc-people-page-private.h"
#include "sc-status-badge.h"

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

/* @property: the ScPerson string property the column shows. */
static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               const char               *property)
{
  g_autofree char *text = NULL;

  g_object_get (gtk_list_item_get_item (item), property, &text, NULL);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

static void
setup_badge_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  gtk_list_item_set_child (item, g_object_new (SC_TYPE_STATUS_BADGE, NULL));
}

static void
bind_badge_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  sc_status_badge_set_person (SC_STATUS_BADGE (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static void
set_label_factory (GtkColumnViewColumn *column,
                   const char          *property)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), (gpointer)property);
  gtk_column_view_column_set_factory (column, factory);
}

void
sc_people_page_setup_cells (ScPeoplePage *self)
{
  g_autoptr(GtkListItemFactory) badges = gtk_signal_list_item_factory_new ();

  set_label_factory (self->name_column, "full-name");
  set_label_factory (self->category_column, "category-label");
  set_label_factory (self->unit_column, "unit");
  set_label_factory (self->date_column, "connected-on");
  set_label_factory (self->phone_column, "phone");
  g_signal_connect (badges, "setup", G_CALLBACK (setup_badge_cb), NULL);
  g_signal_connect (badges, "bind", G_CALLBACK (bind_badge_cb), NULL);
  gtk_column_view_column_set_factory (self->status_column, badges);
}

/* sc-import-counts.c — an import's counts, each a button to the rows behind it
 *
 * The list a count opens is a GtkListView over the indices of its rows in
 * the plan (as strings in a GtkStringList): a row is described only when
 * it scrolls into view, so «Обновить 50 000» opens at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import-assistant"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "sc-format.h"
#include "sc-import-counts.h"

/* The order the counts are told in. */
static const ScImportOutcome order[] = {
  SC_IMPORT_ROW_ADDED, SC_IMPORT_ROW_UPDATED, SC_IMPORT_ROW_UNCHANGED,
  SC_IMPORT_ROW_DUPLICATE, SC_IMPORT_ROW_ERROR,
};

struct _ScImportCounts
{
  AdwBin          parent_instance;

  ScImport       *plan;
  GtkWidget      *box;
  GtkMenuButton  *buttons[SC_IMPORT_ROW_N_OUTCOMES];
  GtkStringList  *lists[SC_IMPORT_ROW_N_OUTCOMES];  /* made when opened */
};

G_DEFINE_FINAL_TYPE (ScImportCounts, sc_import_counts, ADW_TYPE_BIN)

/* «Обновить 1 152»: what pressing «Загрузить» will do. */
static char *
count_label (ScImportOutcome outcome,
             const char     *count)
{
  switch (outcome)
    {
    /* Translators: the import preview's counts, one a button: what pressing Import will do */
    case SC_IMPORT_ROW_ADDED: return g_strdup_printf (_("Add %s"), count);
    case SC_IMPORT_ROW_UPDATED: return g_strdup_printf (_("Update %s"), count);
    case SC_IMPORT_ROW_UNCHANGED: return g_strdup_printf (_("Unchanged %s"), count);
    case SC_IMPORT_ROW_DUPLICATE: return g_strdup_printf (_("Repeated %s"), count);
    case SC_IMPORT_ROW_ERROR: return g_strdup_printf (_("Errors %s"), count);
    case SC_IMPORT_ROW_N_OUTCOMES:
    default: g_return_val_if_reached (NULL);
    }
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  /* A list of changes is read whole. */
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (details), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ScImportCounts           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *details = gtk_widget_get_next_sibling (title);
  guint index = (guint)atoi (gtk_string_object_get_string (gtk_list_item_get_item (item)));
  g_autofree char *who = NULL, *what = NULL, *line = NULL;
  ScImportRow row;

  if (self->plan == NULL || index >= sc_import_get_n_rows (self->plan))
    return;
  sc_import_get_row (self->plan, index, &row);
  if (row.outcome == SC_IMPORT_ROW_ERROR)
    {
      who = g_strdup_printf (_("Line %u"), row.line);
      line = g_strdup (row.message);
    }
  else
    {
      sc_import_describe_row (self->plan, index, &who, &what);
      /* Translators: under a person in the import preview: the file's line, then what it does */
      line = what && *what ? g_strdup_printf (_("Line %u · %s"), row.line, what)
                           : g_strdup_printf (_("Line %u"), row.line);
    }
  gtk_label_set_text (GTK_LABEL (title), who);
  gtk_label_set_text (GTK_LABEL (details), line);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, who,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, line, -1);
}

/* The indices of the rows of @outcome, as strings. */
static GtkStringList *
rows_of (ScImport        *plan,
         ScImportOutcome  outcome)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  guint n = sc_import_get_n_rows (plan);

  for (guint i = 0; i < n; i++)
    {
      ScImportRow row;
      char index[16];

      sc_import_get_row (plan, i, &row);
      if (row.outcome != outcome)
        continue;
      g_snprintf (index, sizeof index, "%u", i);
      gtk_string_list_append (list, index);
    }
  return list;
}

static GtkWidget *
make_list (ScImportCounts  *self,
           ScImportOutcome  outcome)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view;

  g_clear_object (&self->lists[outcome]);
  self->lists[outcome] = rows_of (self->plan, outcome);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), self);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                              G_LIST_MODEL (g_object_ref (self->lists[outcome])))), factory);
  gtk_list_view_set_show_separators (GTK_LIST_VIEW (view), TRUE);
  gtk_widget_add_css_class (view, "import-count-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_menu_button_get_label (self->buttons[outcome]), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* Not min-content-width: a scrolled window that never scrolls sideways
   * takes its child's minimum, and wrapping labels ask for one word. */
  gtk_widget_set_size_request (view, 460, -1);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  return scrolled;
}

/* Opened: the list of the rows behind the count, as the plan is now. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       data)
{
  ScImportCounts *self = data;
  ScImportOutcome outcome = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "outcome"));
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  if (self->plan == NULL)
    return;
  if (popover == NULL)
    {
      popover = GTK_POPOVER (gtk_popover_new ());
      gtk_menu_button_set_popover (button, GTK_WIDGET (popover));
    }
  gtk_popover_set_child (popover, make_list (self, outcome));
}

static void
sc_import_counts_dispose (GObject *object)
{
  ScImportCounts *self = SC_IMPORT_COUNTS (object);

  for (guint i = 0; i < SC_IMPORT_ROW_N_OUTCOMES; i++)
    g_clear_object (&self->lists[i]);
  g_clear_object (&self->plan);
  G_OBJECT_CLASS (sc_import_counts_parent_class)->dispose (object);
}

static void
sc_import_counts_class_init (ScImportCountsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sc_import_counts_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "importcounts");
}

static void
sc_import_counts_init (ScImportCounts *self)
{
  /* A row, not a GtkFlowBox: the flow box lines its cells up in columns as
   * wide as the widest, and five counts no longer fit the assistant. */
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      GtkWidget *button = gtk_menu_button_new ();

      g_object_set_data (G_OBJECT (button), "outcome", GUINT_TO_POINTER (order[i]));
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_popup_cb, self, NULL);
      gtk_widget_set_tooltip_text (button, _("Show these rows"));
      gtk_box_append (GTK_BOX (self->box), button);
      self->buttons[order[i]] = GTK_MENU_BUTTON (button);
    }
  adw_bin_set_child (ADW_BIN (self), self->box);
}

ScImportCounts *
sc_import_counts_new (void)
{
  return g_object_new (SC_TYPE_IMPORT_COUNTS, NULL);
}

void
sc_import_counts_show (ScImportCounts *self,
                       ScImport       *plan)
{
  g_return_if_fail (SC_IS_IMPORT_COUNTS (self));
  g_return_if_fail (plan == NULL || SC_IS_IMPORT (plan));

  g_set_object (&self->plan, plan);
  gtk_widget_set_visible (GTK_WIDGET (self), plan != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      GtkMenuButton *button = self->buttons[order[i]];
      guint n = plan != NULL ? sc_import_count (plan, order[i]) : 0;
      g_autofree char *count = sc_format_count (n);
      g_autofree char *label = count_label (order[i], count);
      GtkPopover *popover = gtk_menu_button_get_popover (button);

      /* The old list told the old plan's rows. */
      if (popover != NULL)
        {
          gtk_popover_popdown (popover);
          gtk_popover_set_child (popover, NULL);
        }
      g_clear_object (&self->lists[order[i]]);
      gtk_menu_button_set_label (button, label);
      gtk_widget_set_sensitive (GTK_WIDGET (button), n > 0);
    }
}

GtkMenuButton *
sc_import_counts_get_button (ScImportCounts  *self,
                             ScImportOutcome  outcome)
{
  g_return_val_if_fail (SC_IS_IMPORT_COUNTS (self), NULL);
  g_return_val_if_fail (outcome < SC_IMPORT_ROW_N_OUTCOMES, NULL);
  return self->buttons[outcome];
}

GListModel *
sc_import_counts_get_list (ScImportCounts  *self,
                           ScImportOutcome  outcome)
{
  g_return_val_if_fail (SC_IS_IMPORT_COUNTS (self), NULL);
  g_return_val_if_fail (outcome < SC_IMPORT_ROW_N_OUTCOMES, NULL);
  return self->lists[outcome] ? G_LIST_MODEL (self->lists[outcome]) : NULL;
}

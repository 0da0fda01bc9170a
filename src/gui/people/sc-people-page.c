/* sc-people-page.c — «Люди»: who is connected, who is missing
 *
 * A GtkColumnView over an ScPeopleList: everyone loaded, sorted by the
 * view's sorter, filtered here, selected per person. The sidebar shows
 * progress per group and department, worst first; a click narrows the
 * table to that unit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-a11y.h"
#include "sc-date.h"
#include "sc-date-prompt.h"
#include "sc-decline-prompt.h"
#include "sc-format.h"
#include "sc-people.h"
#include "sc-people-page-private.h"
#include "sc-person-dialog.h"
#include "sc-status-badge.h"
#include "sc-text.h"

G_DEFINE_FINAL_TYPE (ScPeoplePage, sc_people_page, SC_TYPE_PAGE)

enum {
  STATUS_FILTER_ACTIVE,
  STATUS_FILTER_NOT_INVITED,
  STATUS_FILTER_INVITED,
  STATUS_FILTER_JOINED,
  STATUS_FILTER_DECLINED,
  STATUS_FILTER_NEEDS_MOVE,
  STATUS_FILTER_NOT_CONNECTED,
  STATUS_FILTER_LEFT,
  STATUS_FILTER_EVERYONE,
};

static gboolean
matches_status (const ScPersonRecord *r,
                guint                 filter)
{
  switch (filter)
    {
    case STATUS_FILTER_EVERYONE:
      return TRUE;
    case STATUS_FILTER_LEFT:
      return !r->active;
    case STATUS_FILTER_NOT_CONNECTED:
      return r->active && r->status != SC_STATUS_JOINED;
    case STATUS_FILTER_NEEDS_MOVE:
      return r->active && r->needs_move;
    case STATUS_FILTER_NOT_INVITED:
    case STATUS_FILTER_INVITED:
    case STATUS_FILTER_JOINED:
    case STATUS_FILTER_DECLINED:
      /* One who needs to move shows as that, not as «Не приглашён». */
      return r->active && !r->needs_move && r->status == filter - STATUS_FILTER_NOT_INVITED;
    case STATUS_FILTER_ACTIVE:
    default:
      return r->active;
    }
}

static gboolean
matches_unit (ScPeoplePage         *self,
              const ScPersonRecord *r)
{
  if (self->unit_name == NULL)
    return TRUE;
  if (self->unit_kind == SC_UNIT_GROUP)
    return g_strcmp0 (r->group_code, self->unit_name) == 0;
  return g_strcmp0 (r->department, self->unit_name) == 0;
}

/* The criteria besides the search, which the list matches itself; for
 * each of 50 000 people, so the drop-downs were read beforehand. */
gboolean
sc_people_page_filter_person (ScPerson *person,
                              gpointer  user_data)
{
  ScPeoplePage *self = user_data;
  const ScPersonRecord *r = sc_person_get_record (person);

  if (self->category_filter > 0 && r->category != self->category_filter - 1)
    return FALSE;
  return matches_status (r, self->status_filter) && matches_unit (self, r);
}

/* Counts grouped as on the rest of the page: «1 200», not «1200». */
static char *
selection_text (guint n,
                guint n_hidden)
{
  g_autofree char *n_text = sc_format_count (n);
  g_autofree char *hidden_text = sc_format_count (n_hidden);

  if (n_hidden == 0)
    return g_strdup_printf (_("Selected: %s"), n_text);
  /* Translators: "Selected: 5, 2 of them not shown" (hidden by the search or filters) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Selected: %s, %s of them not shown",
                                       "Selected: %s, %s of them not shown", n_hidden),
                          n_text, hidden_text);
}

/* «Shown: N of M» and «Selected: N», and what the selection enables. */
void
sc_people_page_update_counts (ScPeoplePage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  guint total = sc_people_list_get_n_people (self->people);
  guint n_hidden = 0;
  guint n = sc_people_list_get_n_selected (self->people, &n_hidden);
  g_autofree char *n_shown = sc_format_count (shown);
  g_autofree char *n_total = sc_format_count (total);
  g_autofree char *text = sc_people_page_is_loading (self) && total == 0
                          ? g_strdup (_("Loading the people…"))
                          : g_strdup_printf (_("Shown: %s of %s"), n_shown, n_total);
  g_autofree char *selected = selection_text (n, n_hidden);

  gtk_label_set_text (self->count_label, text);
  gtk_label_set_text (self->selection_label, selected);
  gtk_action_bar_set_revealed (self->action_bar, n > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.set-status", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.mark-left", n > 0);
}

/* What a new search or filter finds is read from the top; the rows stay
 * where they are otherwise, so a scrolled table would show the middle. */
static void
scroll_to_top (ScPeoplePage *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));

  if (adjustment != NULL && gtk_adjustment_get_value (adjustment) > 0)
    gtk_adjustment_set_value (adjustment, 0);
}

static void
search_changed_cb (ScPeoplePage *self)
{
  g_autofree char *folded = sc_text_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  sc_people_list_set_search (self->people, folded);
  sc_people_page_update_counts (self);
  scroll_to_top (self);
}

static void
filters_changed_cb (ScPeoplePage *self)
{
  self->category_filter = gtk_drop_down_get_selected (self->category_dropdown);
  self->status_filter = gtk_drop_down_get_selected (self->status_dropdown);
  sc_people_list_refilter (self->people, GTK_FILTER_CHANGE_DIFFERENT);
  sc_people_page_update_counts (self);
  scroll_to_top (self);
}

static void
unit_selected_cb (ScPeoplePage  *self,
                  GtkListBoxRow *row)
{
  g_autofree char *text = NULL;

  g_clear_pointer (&self->unit_name, g_free);
  if (row != NULL)
    {
      self->unit_name = g_strdup (g_object_get_data (G_OBJECT (row), "unit-name"));
      self->unit_kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "unit-kind"));
      text = g_strdup_printf (self->unit_kind == SC_UNIT_GROUP ? _("Group %s") : _("Department: %s"),
                              self->unit_name);
      gtk_label_set_text (self->unit_label, text);
    }
  gtk_revealer_set_reveal_child (self->unit_revealer, row != NULL);
  /* Folded, the sidebar lies over the table: the choice made, it goes. */
  if (row != NULL && adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  filters_changed_cb (self);
}

/* The sidebar's «Нужен переход»: the table shows them. */
static void
totals_row_activated_cb (ScPeoplePage  *self,
                         GtkListBoxRow *row)
{
  if (g_object_get_data (G_OBJECT (row), "needs-move") != NULL)
    gtk_drop_down_set_selected (self->status_dropdown, STATUS_FILTER_NEEDS_MOVE);
}

static void
clear_unit_cb (ScPeoplePage *self)
{
  gtk_list_box_unselect_all (self->units_list);
}

/* Everyone selected, those a search hides too: the label says how many. */
static GArray *
selected_ids (ScPeoplePage *self)
{
  g_autoptr(GPtrArray) people = sc_people_list_get_selected (self->people);
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), people->len);

  for (guint i = 0; i < people->len; i++)
    {
      gint64 id = sc_person_get_id (people->pdata[i]);
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
offer_undo (ScPeoplePage *self,
            const char   *title,
            ScPeopleUndo *undo)
{
  g_clear_pointer (&self->undo, sc_people_undo_free);
  self->undo = undo;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.undo", TRUE);
  sc_page_offer_undo (SC_PAGE (self), title, "people.undo");
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (widget);
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;
  ScPeopleUndo *undo = g_steal_pointer (&self->undo);

  gtk_widget_action_set_enabled (widget, "people.undo", FALSE);
  if (undo == NULL || database == NULL)
    return;
  if (!sc_people_undo_apply (undo, database, &error))
    sc_page_show_error (SC_PAGE (self), error);
  else
    sc_page_toast (SC_PAGE (self), _("Change undone"));
  sc_people_undo_free (undo);
}

typedef struct
{
  ScPeoplePage *self;
  GArray       *ids;
  ScStatus      status;
} BulkChange;

static void
bulk_change_free (gpointer data)
{
  BulkChange *change = data;

  g_object_unref (change->self);
  g_array_unref (change->ids);
  g_free (change);
}

static void
status_date_chosen (const char *date,
                    const char *reason,
                    gpointer    data)
{
  BulkChange *change = data;
  ScPeoplePage *self = change->self;
  g_autoptr(GError) error = NULL;
  GArray *events = NULL;
  g_autofree char *title = NULL;

  if (!sc_people_set_status (sc_page_get_database (SC_PAGE (self)), (gint64 *)change->ids->data,
                             change->ids->len, change->status, date, reason, &events, &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Status changed for %u person",
                                        "Status changed for %u people", events->len),
                           events->len);
  offer_undo (self, title, sc_people_undo_new_events (events));
}

static void
decline_chosen (const ScStatusChange *decline,
                gpointer              data)
{
  BulkChange *change = data;
  ScPeoplePage *self = change->self;
  g_autoptr(GError) error = NULL;
  GArray *events = NULL;
  g_autofree char *title = NULL;

  if (!sc_people_change_status (sc_page_get_database (SC_PAGE (self)), (gint64 *)change->ids->data,
                                change->ids->len, decline, &events, &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Status changed for %u person",
                                        "Status changed for %u people", events->len),
                           events->len);
  offer_undo (self, title, sc_people_undo_new_events (events));
}

static void
set_status_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (widget);
  BulkChange *change = g_new0 (BulkChange, 1);
  g_autofree char *heading = NULL;

  change->self = g_object_ref (self);
  change->ids = selected_ids (self);
  if (!sc_status_from_code (g_variant_get_string (param, NULL), &change->status) ||
      change->ids->len == 0)
    {
      bulk_change_free (change);
      return;
    }
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mark %u person as “%s”?",
                                          "Mark %u people as “%s”?", change->ids->len),
                             change->ids->len, sc_status_get_label (change->status));
  if (change->status == SC_STATUS_DECLINED)
    sc_decline_prompt (widget, heading, decline_chosen, change, bulk_change_free);
  else
    sc_date_prompt (widget, heading, _("The status is recorded from this date; the earlier history is kept."),
                    _("_Mark"), FALSE, status_date_chosen, change, bulk_change_free);
}

static void
left_date_chosen (const char *date,
                  const char *reason,
                  gpointer    data)
{
  BulkChange *change = data;
  ScPeoplePage *self = change->self;
  g_autoptr(GError) error = NULL;
  GPtrArray *previous = NULL;
  g_autofree char *title = NULL;

  if (!sc_people_set_left (sc_page_get_database (SC_PAGE (self)), (gint64 *)change->ids->data,
                           change->ids->len, date, &previous, &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person marked as left",
                                        "%u people marked as left", change->ids->len),
                           change->ids->len);
  offer_undo (self, title, sc_people_undo_new_left (change->ids, previous));
}

static void
mark_left_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (widget);
  BulkChange *change = g_new0 (BulkChange, 1);
  g_autofree char *heading = NULL;

  change->self = g_object_ref (self);
  change->ids = selected_ids (self);
  if (change->ids->len == 0)
    {
      bulk_change_free (change);
      return;
    }
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mark %u person as left?",
                                          "Mark %u people as left?", change->ids->len),
                             change->ids->len);
  sc_date_prompt (widget, heading,
                  _("From this date they no longer count towards 100 %. Nobody is deleted: they stay in the list under “Left”."),
                  _("_Mark as Left"), FALSE, left_date_chosen, change, bulk_change_free);
}

static void
open_person_dialog (ScPeoplePage *self,
                    ScPerson     *person)
{
  ScPersonDialog *dialog = sc_person_dialog_new (sc_page_get_database (SC_PAGE (self)),
                                                 person ? sc_person_get_record (person) : NULL);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  if (sc_page_get_database (SC_PAGE (widget)) != NULL)
    open_person_dialog (SC_PEOPLE_PAGE (widget), NULL);
}

static void
row_activated_cb (ScPeoplePage *self,
                  guint         position)
{
  ScPerson *person = sc_people_list_get_person (self->people, position);

  if (person != NULL)
    open_person_dialog (self, person);
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  sc_people_page_focus_search (SC_PEOPLE_PAGE (widget));
}

/* A new file: the last change's undo, the search and the filters belonged
 * to the old one («Показано: 0 из 1 200» in a college nobody searched). */
static void
sc_people_page_leave_database (ScPage *page)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (page);

  g_clear_pointer (&self->undo, sc_people_undo_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.undo", FALSE);
  sc_people_page_cancel_load (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, STATUS_FILTER_ACTIVE);
  gtk_list_box_unselect_all (self->units_list);
  self->show_all_units = FALSE;
}

static void
sc_people_page_dispose (GObject *object)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->undo, sc_people_undo_free);
  sc_people_page_cancel_load (self);
  G_OBJECT_CLASS (sc_people_page_parent_class)->dispose (object);
}

static void
sc_people_page_finalize (GObject *object)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (object);

  g_free (self->unit_name);
  g_clear_pointer (&self->unit_keys, g_hash_table_unref);
  G_OBJECT_CLASS (sc_people_page_parent_class)->finalize (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, stack);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, flap);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, load_spinner);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, loading_box);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, totals_list);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, units_list);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, import_button);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, unit_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, unit_label);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, column_view);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, name_column);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, category_column);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, unit_column);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, status_column);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, date_column);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, phone_column);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, action_bar);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, selection_label);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_unit_cb);
  gtk_widget_class_bind_template_callback (widget_class, totals_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
sc_people_page_class_init (ScPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPageClass *page_class = SC_PAGE_CLASS (klass);

  object_class->dispose = sc_people_page_dispose;
  object_class->finalize = sc_people_page_finalize;
  /* The list is read when the page is on screen: a window that opens on
   * another page does not load 50 000 people it does not show. */
  page_class->reload_when = SC_PAGE_RELOAD_NOW;
  page_class->reload = sc_people_page_reload;
  page_class->leave_database = sc_people_page_leave_database;

  g_type_ensure (SC_TYPE_PERSON);
  g_type_ensure (SC_TYPE_PERSON_ROW);
  g_type_ensure (SC_TYPE_STATUS_BADGE);
  bind_template (widget_class);

  gtk_widget_class_install_action (widget_class, "people.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "people.import", NULL, sc_people_page_choose_import);
  gtk_widget_class_install_action (widget_class, "people.set-status", "s", set_status_activated);
  gtk_widget_class_install_action (widget_class, "people.mark-left", NULL, mark_left_activated);
  gtk_widget_class_install_action (widget_class, "people.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "people.focus-search", NULL, focus_search_activated);
  gtk_widget_class_install_action (widget_class, "people.export-missing", NULL,
                                   sc_people_page_export_missing);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "people.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "people.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "people.focus-search", NULL);
}

static void
sc_people_page_init (ScPeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sc_people_page_setup_cells (self);
  sc_people_page_setup_ctrl_click (self);
  sc_a11y_name_drop_down (self->category_dropdown, _("Category"));
  sc_a11y_name_column_headers (self->column_view);
  sc_a11y_name_drop_down (self->status_dropdown, _("Status"));
  sc_people_page_setup_models (self);
  g_signal_connect_swapped (self->people, "selection-changed",
                            G_CALLBACK (sc_people_page_update_counts), self);
  sc_people_page_update_counts (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.undo", FALSE);
  sc_page_reload_on (SC_PAGE (self), "people");
}

/* The rows shown: ScPersonRow items. */
GListModel *
sc_people_page_get_visible (ScPeoplePage *self)
{
  g_return_val_if_fail (SC_IS_PEOPLE_PAGE (self), NULL);
  return G_LIST_MODEL (self->people);
}

/* The person shown at @position (transfer none), NULL past the end. */
ScPerson *
sc_people_page_get_person (ScPeoplePage *self,
                           guint         position)
{
  g_return_val_if_fail (SC_IS_PEOPLE_PAGE (self), NULL);
  return sc_people_list_get_person (self->people, position);
}

GtkSelectionModel *
sc_people_page_get_selection (ScPeoplePage *self)
{
  g_return_val_if_fail (SC_IS_PEOPLE_PAGE (self), NULL);
  return GTK_SELECTION_MODEL (self->people);
}

void
sc_people_page_focus_search (ScPeoplePage *self)
{
  g_return_if_fail (SC_IS_PEOPLE_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

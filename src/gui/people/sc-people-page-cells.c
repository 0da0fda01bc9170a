/* sc-people-page-cells.c — the table's cells, made in C
 *
 * Signal factories rather than GtkBuilderListItemFactory: parsing a
 * template for each of ~240 cells made every keystroke over 50 000 people
 * cost a tenth of a second. The items are ScPersonRow: a search or a sort
 * puts another person in a row, and its cells follow "notify::person".
 * The view keeps ~200 rows bound; GtkInscription, sized by its font and
 * not its text, spares measuring each new text at the next frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-page"

#include "config.h"

#include "sc-format.h"
#include "sc-people-page-private.h"
#include "sc-status-badge.h"

/* The ScPerson string property a cell shows, kept on its inscription. */
static GQuark property_quark;
/* The GtkListItem a cell's widget shows, for Ctrl+click. */
static GQuark item_quark;

/* How wide a column likes to be, in characters of its cells' font: its
 * natural width. Narrower, long names end in «…» down to the width of the
 * column's title; no column is wider than the window needs. */
static int
natural_chars (const char *property)
{
  static const struct { const char *property; int chars; } widths[] = {
    { "full-name", 34 },      /* «Константинопольская Александра Вячеславовна» ends in «…» */
    { "category-label", 10 }, /* «Сотрудник» */
    { "unit", 14 },           /* «ИС-21», «Сфера обслуживания» */
    { "connected-on", 10 },   /* «05.12.2023» */
    { "phone", 16 },          /* «+7 912 345-67-89» */
  };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    if (g_str_equal (widths[i].property, property))
      return widths[i].chars;
  return 10;
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                const char               *property)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), natural_chars (property));
  /* On a narrow window the other columns give way first: a name cut to
   * «Абрамов В…» tells the coordinator nothing. */
  if (g_str_equal (property, "full-name"))
    gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), 16);
  g_object_set_qdata (G_OBJECT (label), property_quark, (gpointer)property);
  g_object_set_qdata (G_OBJECT (label), item_quark, item);
  gtk_list_item_set_child (item, label);
}

/* The row is read as «Белова Анна Игоревна, Студент, ИС-21, Подключён»,
 * not GTK 4.8's "GtkListItemWidget": the name cell's row says it. */
static void
name_row (GtkWidget *cell_child,
          ScPerson  *person)
{
  GtkWidget *cell = gtk_widget_get_parent (cell_child);
  GtkWidget *row = cell ? gtk_widget_get_parent (cell) : NULL;
  const ScPersonRecord *r = sc_person_get_record (person);
  g_autofree char *category = NULL, *unit = NULL, *status = NULL, *name = NULL;

  if (row == NULL)
    return;
  g_object_get (person, "category-label", &category, "unit", &unit, NULL);
  if (r->active)
    status = g_strdup (sc_status_get_label (r->status));
  else
    g_object_get (person, "left", &status, NULL);
  name = unit && *unit ? g_strdup_printf ("%s, %s, %s, %s", sc_person_get_full_name (person), category, unit, status)
               : g_strdup_printf ("%s, %s, %s", sc_person_get_full_name (person), category, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
show_in_label (ScPersonRow    *row,
               GParamSpec     *pspec,
               GtkInscription *label)
{
  ScPerson *person = sc_person_row_get_person (row);
  g_autofree char *text = NULL;

  const char *property = g_object_get_qdata (G_OBJECT (label), property_quark);

  if (person != NULL)
    g_object_get (person, property, &text, NULL);
  /* «+7 (963) 566-42-64», however it was typed or imported */
  if (text != NULL && g_str_equal (property, "phone"))
    {
      char *shown = sc_format_phone (text);
      g_free (text);
      text = shown;
    }
  gtk_inscription_set_text (label, text ? text : "");
  if (person != NULL && g_str_equal (property, "full-name"))
    name_row (GTK_WIDGET (label), person);
}

typedef void (*ShowFunc) (ScPersonRow *row, GParamSpec *pspec, gpointer cell);

/* @show puts the row's person in the cell, now and whenever the row gets
 * another person. */
static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         ShowFunc                  show)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  ScPersonRow *row = gtk_list_item_get_item (item);

  show (row, NULL, cell);
  g_signal_connect (row, "notify::person", G_CALLBACK (show), cell);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           ShowFunc                  show)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), show,
                                        gtk_list_item_get_child (item));
}

static void
setup_badge_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *badge = g_object_new (SC_TYPE_STATUS_BADGE, NULL);

  g_object_set_qdata (G_OBJECT (badge), item_quark, item);
  gtk_list_item_set_child (item, badge);
}

static void
show_in_badge (ScPersonRow   *row,
               GParamSpec    *pspec,
               ScStatusBadge *badge)
{
  sc_status_badge_set_person (badge, sc_person_row_get_person (row));
}

static void
unbind_badge_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  unbind_cb (factory, item, (ShowFunc)show_in_badge);
  sc_status_badge_set_person (SC_STATUS_BADGE (gtk_list_item_get_child (item)), NULL);
}

static void
set_label_factory (GtkColumnViewColumn *column,
                   const char          *property)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), (gpointer)property);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), (gpointer)show_in_label);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), (gpointer)show_in_label);
  gtk_column_view_column_set_factory (column, factory);
}

void
sc_people_page_setup_cells (ScPeoplePage *self)
{
  g_autoptr(GtkListItemFactory) badges = gtk_signal_list_item_factory_new ();

  if (property_quark == 0)
    property_quark = g_quark_from_static_string ("sc-person-property");
  if (item_quark == 0)
    item_quark = g_quark_from_static_string ("sc-list-item");
  set_label_factory (self->name_column, "full-name");
  set_label_factory (self->category_column, "category-label");
  set_label_factory (self->unit_column, "unit");
  set_label_factory (self->date_column, "connected-on");
  set_label_factory (self->phone_column, "phone");
  g_signal_connect (badges, "setup", G_CALLBACK (setup_badge_cb), NULL);
  g_signal_connect (badges, "bind", G_CALLBACK (bind_cb), (gpointer)show_in_badge);
  g_signal_connect (badges, "unbind", G_CALLBACK (unbind_badge_cb), NULL);
  gtk_column_view_column_set_factory (self->status_column, badges);
}

/* The row under (x, y) of the view, G_MAXUINT for none. */
guint
sc_people_page_row_at (ScPeoplePage *self,
                       double        x,
                       double        y)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self->column_view), x, y, GTK_PICK_DEFAULT);

  for (; widget != NULL && widget != GTK_WIDGET (self->column_view); widget = gtk_widget_get_parent (widget))
    {
      GtkListItem *item = g_object_get_qdata (G_OBJECT (widget), item_quark);

      if (item != NULL)
        return gtk_list_item_get_position (item);
    }
  return G_MAXUINT;
}

/* Ctrl+click adds a row to the selection or takes it out. GTK 4.8 hands
 * the click to both the cell and the row, which toggle it twice: the
 * view handles it first and keeps it. */
static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            ScPeoplePage    *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  GtkSelectionModel *model = GTK_SELECTION_MODEL (self->people);
  guint position;

  if (!(state & GDK_CONTROL_MASK) || (state & GDK_SHIFT_MASK) || n_press != 1 ||
      (position = sc_people_page_row_at (self, x, y)) == G_MAXUINT)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (gtk_selection_model_is_selected (model, position))
    gtk_selection_model_unselect_item (model, position);
  else
    gtk_selection_model_select_item (model, position, FALSE);
}

void
sc_people_page_setup_ctrl_click (ScPeoplePage *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (click));
}

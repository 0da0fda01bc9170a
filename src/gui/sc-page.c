/* sc-page.c — the base of the window's five pages
 *
 * Modelled on Sysprof's SysprofSection: the window hands every page its
 * database through one property, and the page follows that database's
 * "changed" signal through a GSignalGroup, so that its connections move
 * with the database from one file to the next. A change while the page is
 * hidden only marks it stale: a large college is not read again for a
 * page nobody looks at, and the page reads it once it is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-page.h"

typedef struct
{
  ScDatabase   *database;
  GSignalGroup *database_signals;
  guint         reload_id;  /* a reload waiting for the main loop */
  gboolean      stale;      /* the page shows older data than the database holds */
} ScPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ScPage, sc_page, ADW_TYPE_BIN)

enum { PROP_0, PROP_DATABASE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static gboolean
reload_idle_cb (gpointer data)
{
  ScPage *self = data;
  ScPagePrivate *priv = sc_page_get_instance_private (self);

  priv->reload_id = 0;
  sc_page_reload (self);
  return G_SOURCE_REMOVE;
}

/* GDK draws a frame at GDK_PRIORITY_REDRAW, between these two. */
static void
reload_later (ScPage *self,
              int     priority)
{
  ScPagePrivate *priv = sc_page_get_instance_private (self);

  if (priv->reload_id == 0)
    priv->reload_id = g_idle_add_full (priority, reload_idle_cb, self, NULL);
}

static void
database_changed_cb (ScPage *self)
{
  sc_page_mark_stale (self);
}

static void
toast_undo_clicked_cb (AdwToast *toast,
                       ScPage   *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), g_object_get_data (G_OBJECT (toast), "undo-action"),
                              NULL);
}

static void
sc_page_map (GtkWidget *widget)
{
  ScPage *self = SC_PAGE (widget);
  ScPagePrivate *priv = sc_page_get_instance_private (self);

  GTK_WIDGET_CLASS (sc_page_parent_class)->map (widget);
  if (!priv->stale || priv->reload_id != 0)
    return;
  if (SC_PAGE_GET_CLASS (self)->reload_when == SC_PAGE_RELOAD_AFTER_FRAME)
    reload_later (self, G_PRIORITY_DEFAULT_IDLE);
  else
    sc_page_reload (self);
}

/* A page hidden before its reload ran stays stale: it reads when shown. */
static void
sc_page_unmap (GtkWidget *widget)
{
  ScPagePrivate *priv = sc_page_get_instance_private (SC_PAGE (widget));

  g_clear_handle_id (&priv->reload_id, g_source_remove);
  GTK_WIDGET_CLASS (sc_page_parent_class)->unmap (widget);
}

static void
sc_page_dispose (GObject *object)
{
  ScPagePrivate *priv = sc_page_get_instance_private (SC_PAGE (object));

  g_clear_handle_id (&priv->reload_id, g_source_remove);
  if (priv->database_signals != NULL)
    g_signal_group_set_target (priv->database_signals, NULL);
  g_clear_object (&priv->database_signals);
  g_clear_object (&priv->database);
  G_OBJECT_CLASS (sc_page_parent_class)->dispose (object);
}

static void
sc_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  ScPage *self = SC_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, sc_page_get_database (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  ScPage *self = SC_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      sc_page_set_database (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_page_class_init (ScPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_page_dispose;
  object_class->get_property = sc_page_get_property;
  object_class->set_property = sc_page_set_property;
  widget_class->map = sc_page_map;
  widget_class->unmap = sc_page_unmap;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, SC_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_page_init (ScPage *self)
{
  ScPagePrivate *priv = sc_page_get_instance_private (self);

  priv->database_signals = g_signal_group_new (SC_TYPE_DATABASE);
}

ScDatabase *
sc_page_get_database (ScPage *self)
{
  ScPagePrivate *priv = sc_page_get_instance_private (self);

  g_return_val_if_fail (SC_IS_PAGE (self), NULL);
  return priv->database;
}

/* Without a database the page empties at once, shown or not: a closed
 * college's people do not stay in memory. */
void
sc_page_set_database (ScPage     *self,
                      ScDatabase *database)
{
  ScPagePrivate *priv = sc_page_get_instance_private (self);

  g_return_if_fail (SC_IS_PAGE (self));
  g_return_if_fail (database == NULL || SC_IS_DATABASE (database));

  if (priv->database == database)
    return;
  if (SC_PAGE_GET_CLASS (self)->leave_database != NULL)
    SC_PAGE_GET_CLASS (self)->leave_database (self);
  g_set_object (&priv->database, database);
  g_signal_group_set_target (priv->database_signals, database);
  if (database == NULL)
    sc_page_reload (self);
  else
    sc_page_mark_stale (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

GSignalGroup *
sc_page_get_database_signals (ScPage *self)
{
  ScPagePrivate *priv = sc_page_get_instance_private (self);

  g_return_val_if_fail (SC_IS_PAGE (self), NULL);
  return priv->database_signals;
}

void
sc_page_reload_on (ScPage     *self,
                   const char *what)
{
  ScPagePrivate *priv = sc_page_get_instance_private (self);
  g_autofree char *signal = what ? g_strconcat ("changed::", what, NULL) : g_strdup ("changed");

  g_return_if_fail (SC_IS_PAGE (self));
  g_signal_group_connect_object (priv->database_signals, signal, G_CALLBACK (database_changed_cb),
                                 self, G_CONNECT_SWAPPED);
}

void
sc_page_mark_stale (ScPage *self)
{
  ScPagePrivate *priv = sc_page_get_instance_private (self);

  g_return_if_fail (SC_IS_PAGE (self));

  priv->stale = TRUE;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  switch (SC_PAGE_GET_CLASS (self)->reload_when)
    {
    case SC_PAGE_RELOAD_BEFORE_FRAME:
      reload_later (self, G_PRIORITY_HIGH_IDLE);
      break;
    case SC_PAGE_RELOAD_AFTER_FRAME:
      reload_later (self, G_PRIORITY_DEFAULT_IDLE);
      break;
    case SC_PAGE_RELOAD_NOW:
    default:
      sc_page_reload (self);
    }
}

gboolean
sc_page_get_stale (ScPage *self)
{
  ScPagePrivate *priv = sc_page_get_instance_private (self);

  g_return_val_if_fail (SC_IS_PAGE (self), FALSE);
  return priv->stale;
}

void
sc_page_reload (ScPage *self)
{
  ScPagePrivate *priv = sc_page_get_instance_private (self);

  g_return_if_fail (SC_IS_PAGE (self));

  g_clear_handle_id (&priv->reload_id, g_source_remove);
  priv->stale = FALSE;
  SC_PAGE_GET_CLASS (self)->reload (self);
}

void
sc_page_add_toast (ScPage   *self,
                   AdwToast *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (SC_IS_PAGE (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

void
sc_page_toast (ScPage     *self,
               const char *text)
{
  sc_page_add_toast (self, adw_toast_new (text));
}

void
sc_page_show_error (ScPage       *self,
                    const GError *error)
{
  sc_page_add_toast (self, adw_toast_new (error->message));
}

/* The toast lives in the window's overlay, outside the page, where the
 * page's actions cannot be reached: the button calls back instead. */
void
sc_page_offer_undo (ScPage     *self,
                    const char *title,
                    const char *undo_action)
{
  AdwToast *toast = adw_toast_new (title);

  g_return_if_fail (SC_IS_PAGE (self));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "undo-action", g_strdup (undo_action), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_undo_clicked_cb), self, 0);
  sc_page_add_toast (self, toast);
}

void
sc_page_plain_flow_box (GtkFlowBox *box)
{
  g_return_if_fail (GTK_IS_FLOW_BOX (box));

  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (box)); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *control = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (cell));

      gtk_widget_set_focusable (cell, FALSE);
      /* A menu button's arrow beside its text, not at the cell's far end. */
      if (control != NULL)
        gtk_widget_set_halign (control, GTK_ALIGN_START);
    }
}

static GtkLabel *
find_title (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "title"))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *title = find_title (child);
      if (title != NULL)
        return title;
    }
  return NULL;
}

void
sc_page_keep_title_words (AdwActionRow *row)
{
  GtkLabel *title;

  g_return_if_fail (ADW_IS_ACTION_ROW (row));

  title = find_title (GTK_WIDGET (row));
  if (title != NULL)
    gtk_label_set_wrap_mode (title, PANGO_WRAP_WORD);
}

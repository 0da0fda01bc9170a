/* sc-welcome-page.c — first run: create a college, open a file or the demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-welcome-page.h"

struct _ScWelcomePage
{
  AdwBin       parent_instance;
  char        *target_path; /* NULL: the default file */
  AdwEntryRow *name_row;
  GtkLabel    *path_label;
  GtkButton   *create_button;
};

G_DEFINE_FINAL_TYPE (ScWelcomePage, sc_welcome_page, ADW_TYPE_BIN)

enum { CREATE_REQUESTED, OPEN_REQUESTED, DEMO_REQUESTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static char *
get_name (ScWelcomePage *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

static void
name_changed_cb (ScWelcomePage *self)
{
  g_autofree char *name = get_name (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), *name != '\0');
}

static void
create_clicked_cb (ScWelcomePage *self)
{
  g_autofree char *name = get_name (self);

  if (*name == '\0')
    return;
  g_signal_emit (self, signals[CREATE_REQUESTED], 0, name);
}

static void
open_clicked_cb (ScWelcomePage *self)
{
  g_signal_emit (self, signals[OPEN_REQUESTED], 0);
}

static void
demo_clicked_cb (ScWelcomePage *self)
{
  g_signal_emit (self, signals[DEMO_REQUESTED], 0);
}

static void
update_path_label (ScWelcomePage *self)
{
  g_autofree char *fallback = sc_database_default_path ();
  g_autofree char *text = g_strdup_printf (_("The college will be kept in %s"),
                                           self->target_path ? self->target_path : fallback);
  gtk_label_set_text (self->path_label, text);
}

static void
sc_welcome_page_finalize (GObject *object)
{
  ScWelcomePage *self = SC_WELCOME_PAGE (object);

  g_clear_pointer (&self->target_path, g_free);
  G_OBJECT_CLASS (sc_welcome_page_parent_class)->finalize (object);
}

static void
sc_welcome_page_class_init (ScWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sc_welcome_page_finalize;

  signals[CREATE_REQUESTED] = g_signal_new ("create-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[OPEN_REQUESTED] = g_signal_new ("open-requested", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  signals[DEMO_REQUESTED] = g_signal_new ("demo-requested", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScWelcomePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomePage, path_label);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomePage, create_button);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, demo_clicked_cb);
}

static void
sc_welcome_page_init (ScWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_path_label (self);
}

/* Where "Create" puts the file when the window was started with --db. */
void
sc_welcome_page_set_target_path (ScWelcomePage *self,
                                 const char    *path)
{
  g_return_if_fail (SC_IS_WELCOME_PAGE (self));
  g_free (self->target_path);
  self->target_path = g_strdup (path);
  update_path_label (self);
}

const char *
sc_welcome_page_get_target_path (ScWelcomePage *self)
{
  g_return_val_if_fail (SC_IS_WELCOME_PAGE (self), NULL);
  return self->target_path;
}

void
sc_welcome_page_focus_name (ScWelcomePage *self)
{
  g_return_if_fail (SC_IS_WELCOME_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

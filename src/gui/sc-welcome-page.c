/* sc-welcome-page.c — first run: create a college, open a file or the demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-recent-colleges.h"
#include "sc-welcome-page.h"

struct _ScWelcomePage
{
  AdwBin       parent_instance;
  char        *target_path; /* NULL: the default file */
  AdwEntryRow *name_row;
  GtkLabel    *path_label;
  GtkButton   *create_button;
  GtkWidget   *recent_group;
  GtkListBox  *recent_list;
};

G_DEFINE_FINAL_TYPE (ScWelcomePage, sc_welcome_page, ADW_TYPE_BIN)

/* The main menu lists all of SC_RECENT_COLLEGES_MAX. */
#define SC_WELCOME_PAGE_MAX_RECENT 4

enum { CREATE_REQUESTED, OPEN_REQUESTED, DEMO_REQUESTED, RECENT_REQUESTED, N_SIGNALS };
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
recent_activated_cb (ScWelcomePage *self,
                     GtkListBoxRow *row)
{
  g_signal_emit (self, signals[RECENT_REQUESTED], 0, g_object_get_data (G_OBJECT (row), "path"));
}

/* «Колледж связи», «Открыт 07.12.2023 · /home/…/college.sqlite3». */
static GtkWidget *
recent_row (const ScRecentCollege *college)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *opened = sc_recent_college_format_opened (college);
  g_autofree char *where = g_filename_display_name (college->path);
  g_autofree char *subtitle = g_strdup_printf (_("Opened %s · %s"), opened, where);
  g_autofree char *name = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 *college->name ? college->name : _("Unnamed college"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  name = g_strdup_printf ("%s, %s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (row), "path", g_strdup (college->path), g_free);
  return row;
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
  signals[RECENT_REQUESTED] = g_signal_new ("recent-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScWelcomePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomePage, path_label);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomePage, create_button);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, ScWelcomePage, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, recent_activated_cb);
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

void
sc_welcome_page_set_recent (ScWelcomePage *self,
                            GPtrArray     *colleges)
{
  GtkWidget *child;

  g_return_if_fail (SC_IS_WELCOME_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  /* A few: the form to create a college stays in view. */
  for (guint i = 0; colleges != NULL && i < colleges->len && i < SC_WELCOME_PAGE_MAX_RECENT; i++)
    gtk_list_box_append (self->recent_list, recent_row (g_ptr_array_index (colleges, i)));
  gtk_widget_set_visible (self->recent_group, colleges != NULL && colleges->len > 0);
}

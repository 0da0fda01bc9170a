/* sc-save-chooser.c — asking where to save an export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-save-chooser.h"

typedef struct
{
  GtkFileChooserNative **slot;
  ScSaveFunc             save;
  gpointer               owner;
} Ask;

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             Ask             *ask)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      if (path != NULL)
        ask->save (ask->owner, path);
    }
  g_clear_object (ask->slot);
}

void
sc_save_chooser_ask (GtkWidget             *widget,
                     GtkFileChooserNative **slot,
                     const char            *title,
                     const char            *name,
                     ScSaveFunc             save,
                     gpointer               owner)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  Ask *ask;

  g_return_if_fail (slot != NULL && save != NULL);

  if (*slot != NULL)
    return;
  *slot = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (*slot), name);
  ask = g_new (Ask, 1);
  *ask = (Ask) { slot, save, owner };
  g_signal_connect_data (*slot, "response", G_CALLBACK (response_cb), ask,
                         (GClosureNotify)(void (*) (void))g_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (*slot));
}

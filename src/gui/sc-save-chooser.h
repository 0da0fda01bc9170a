/* sc-save-chooser.h — asking where to save an export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*ScSaveFunc) (gpointer owner, const char *path);

/* Shows a save dialog titled @title suggesting @name, transient for
 * @widget's window. *@slot holds it while it is open (asking again then
 * does nothing) and is cleared when it closes; @save gets the chosen path.
 * The owner destroys *@slot when it goes away first. */
void sc_save_chooser_ask (GtkWidget             *widget,
                          GtkFileChooserNative **slot,
                          const char            *title,
                          const char            *name,
                          ScSaveFunc             save,
                          gpointer               owner);

G_END_DECLS

/* sc-people-page-import.c — «Импорт…» (Ctrl+I) on the «Люди» page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-import-assistant.h"
#include "sc-people-import.h"
#include "sc-people-page-private.h"

ScImportAssistant *
sc_people_page_import_file (ScPeoplePage *self,
                            const char   *path)
{
  ScDatabase *database;

  g_return_val_if_fail (SC_IS_PEOPLE_PAGE (self), NULL);
  database = sc_page_get_database (SC_PAGE (self));
  g_return_val_if_fail (database != NULL, NULL);

  return sc_import_assistant_open (database, SC_TYPE_PEOPLE_IMPORT, path, GTK_WIDGET (self));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     ScPeoplePage    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      if (path != NULL)
        sc_people_page_import_file (self, path);
    }
  g_clear_object (&self->chooser);
}

void
sc_people_page_choose_import (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (sc_page_get_database (SC_PAGE (self)) == NULL || self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Import a List of People"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV, XLSX)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* sc-people-page-export.c — «Экспорт не подключённых…»
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-missing-xlsx.h"
#include "sc-people-page-private.h"
#include "sc-window.h"

static void
toast (ScPeoplePage *self,
       const char   *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (SC_IS_WINDOW (root))
    sc_window_add_toast (SC_WINDOW (root), adw_toast_new (text));
}

int
sc_people_page_write_missing (ScPeoplePage *self,
                              const char   *path)
{
  g_autofree char *today = sc_date_today ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int n = sc_missing_xlsx_write (self->database, today, path, &error);

  if (n < 0)
    {
      toast (self, error->message);
      return n;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved the list: %d person not connected",
                                       "Saved the list: %d people not connected", n), n);
  toast (self, text);
  return n;
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
        sc_people_page_write_missing (self, path);
    }
  g_clear_object (&self->chooser);
}

void
sc_people_page_export_missing (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *today = sc_date_today ();
  g_autofree char *date = sc_date_format_short (today);
  g_autofree char *name = NULL;

  if (self->database == NULL || self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export Not Connected"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: file name; %s is a date like 29.11.2026 */
  name = g_strdup_printf (_("Not connected %s.xlsx"), date);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

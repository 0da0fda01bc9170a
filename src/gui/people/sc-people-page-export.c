/* sc-people-page-export.c — «Экспорт не подключённых…»
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-export-log.h"
#include "sc-missing-xlsx.h"
#include "sc-people-page-private.h"
#include "sc-save-chooser.h"

int
sc_people_page_write_missing (ScPeoplePage *self,
                              const char   *path)
{
  g_autofree char *today = sc_date_today ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  int n = sc_missing_xlsx_write (database, today, path, &error);

  /* Names and phones: personal data. */
  if (n < 0 || !sc_export_log_add (database, SC_EXPORT_MISSING, NULL, path, TRUE, FALSE, &error))
    {
      n = -1;
      sc_page_show_error (SC_PAGE (self), error);
      return n;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved the list: %d person not connected",
                                       "Saved the list: %d people not connected", n), n);
  sc_page_toast (SC_PAGE (self), text);
  return n;
}

static void
save_missing (gpointer    page,
              const char *path)
{
  sc_people_page_write_missing (page, path);
}

void
sc_people_page_export_missing (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (widget);
  g_autofree char *today = sc_date_today ();
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(ScOrganization) organization = NULL;
  g_autofree char *name = NULL;

  if (database == NULL)
    return;
  organization = sc_organization_load (database, NULL);
  name = organization != NULL ? sc_missing_xlsx_file_name (organization, today) : g_strdup ("missing.xlsx");
  sc_save_chooser_ask (widget, &self->chooser, _("Export Not Connected"), name, save_missing, self);
}

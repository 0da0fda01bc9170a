/* sc-chats-page-export.c — «Экспорт плана…»: the chat plan as XLSX
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chats-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-chat-xlsx.h"
#include "sc-chats-page-private.h"
#include "sc-save-chooser.h"
#include "sc-date.h"
#include "sc-export-log.h"

gboolean
sc_chats_page_write_plan (ScChatsPage *self,
                          const char  *path)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autofree char *today = sc_date_today ();
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SC_IS_CHATS_PAGE (self), FALSE);

  if (database == NULL)
    return FALSE;
  /* The plan names every member: logged as personal data. */
  if (!sc_chat_xlsx_write (database, path, today, &error) ||
      !sc_export_log_add (database, SC_EXPORT_CHAT_PLAN, NULL, path, TRUE, FALSE, &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return FALSE;
    }
  text = g_strdup_printf (_("Chat plan saved: %s"), name);
  sc_page_toast (SC_PAGE (self), text);
  return TRUE;
}

static void
save_plan (gpointer    page,
           const char *path)
{
  sc_chats_page_write_plan (page, path);
}

void
sc_chats_page_export_plan (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  ScChatsPage *self = SC_CHATS_PAGE (widget);
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autofree char *today = sc_date_today ();
  g_autoptr(ScOrganization) organization = NULL;
  g_autofree char *name = NULL;

  if (database == NULL || self->chooser != NULL)
    return;
  sc_chats_page_save_edits (self);
  organization = sc_organization_load (database, NULL);
  name = organization != NULL ? sc_chat_xlsx_file_name (organization, today) : g_strdup ("plan.xlsx");
  sc_save_chooser_ask (widget, &self->chooser, _("Export Chat Plan"), name, save_plan, self);
}

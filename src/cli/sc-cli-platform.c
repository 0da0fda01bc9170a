/* sc-cli-platform.c — the verb "platform": the college's messenger platform
 *
 *   platform                       prints the history, one entry a line
 *   platform max --from DD.MM.YYYY records the move to MAX (archives the
 *                                  VK Messenger chats on that day)
 *   platform vk                    the college started on VK Messenger
 *                                  (a college made by init starts on MAX)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-cli-verbs.h"
#include "sc-database.h"
#include "sc-date.h"
#include "sc-platform.h"

static int
misuse (const char *message)
{
  g_printerr ("sferum-coordinator platform: %s\n", message);
  return SC_CLI_USAGE;
}

/* «VK Мессенджер (Сферум) — с начала», «MAX — с 01.12.2023» */
static void
print_history (GPtrArray *history)
{
  for (guint i = 0; i < history->len; i++)
    {
      const ScPlatformEntry *entry = g_ptr_array_index (history, i);
      g_autofree char *date = entry->from_date ? sc_date_format_short (entry->from_date) : NULL;

      if (date == NULL)
        /* Translators: the first platform of the college: «VK Мессенджер (Сферум) — с начала» */
        g_print (_("%s (%s) — from the start\n"), sc_platform_get_label (entry->platform),
                 sc_platform_to_string (entry->platform));
      else
        g_print (_("%s (%s) — from %s\n"), sc_platform_get_label (entry->platform),
                 sc_platform_to_string (entry->platform), date);
    }
}

static int
record (ScDatabase *db,
        ScPlatform  platform,
        const char *from)
{
  g_autoptr(GError) error = NULL;
  ScPlatformSwitchResult result = { 0 };

  if (from == NULL)
    return sc_platform_set_first (db, platform, &error) ? SC_CLI_OK : sc_cli_fail (error->message);
  if (!sc_platform_switch (db, platform, from, NULL, 0, &result, &error))
    return sc_cli_fail (error->message);
  if (result.n_archived > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u chat of the previous platform archived\n",
                          "%u chats of the previous platform archived\n", result.n_archived),
             result.n_archived);
  return SC_CLI_OK;
}

int
sc_cli_verb_platform (const ScCliInvocation *inv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *from = NULL;
  g_autofree char *iso = NULL;
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  ScPlatform platform = SC_PLATFORM_MAX;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The day the college moved to the platform"),
      N_("DD.MM.YYYY") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &args, NULL, NULL },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, _("[vk|max]"),
      _("Print the college's messenger platforms, or record the move to one: "
        "“platform max --from 01.09.2025”; “platform vk” says the college started on VK Messenger."),
      entries);

  if (status >= 0)
    return status;
  if (args != NULL && (g_strv_length (args) != 1 || !sc_platform_from_string (args[0], &platform)))
    return misuse (_("the platform is vk or max"));
  if (args == NULL && from != NULL)
    return misuse (_("say which platform: platform max --from 01.09.2025"));
  if (from != NULL && (iso = sc_date_parse (from)) == NULL)
    return misuse (_("--from needs a date such as 01.09.2025"));
  db = sc_database_open (inv->db_path, &error);
  if (db == NULL)
    return sc_cli_fail (error->message);
  if (args != NULL && (status = record (db, platform, iso)) != SC_CLI_OK)
    return status;
  if ((history = sc_platform_history_load (db, &error)) == NULL)
    return sc_cli_fail (error->message);
  print_history (history);
  return SC_CLI_OK;
}

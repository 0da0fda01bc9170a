/* sc-cli-database.c — the verbs "init" and "check"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-cli-verbs.h"
#include "sc-database.h"

int
sc_cli_verb_init (const ScCliInvocation *inv)
{
  g_autofree char *name = NULL;
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Full name of the college"), N_("TEXT") },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, NULL, _("Create a new college database."), entries);

  if (status >= 0)
    return status;
  if (name == NULL)
    {
      g_printerr ("%s\n", _("sferum-coordinator init: --name is required"));
      return SC_CLI_USAGE;
    }
  db = sc_database_create (inv->db_path, name, &error);
  if (db == NULL)
    return sc_cli_fail (error->message);
  g_print (_("Created %s\n"), sc_database_get_path (db));
  return SC_CLI_OK;
}

int
sc_cli_verb_check (const ScCliInvocation *inv)
{
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  gboolean ok = FALSE;
  GOptionEntry entries[] = { { NULL } };
  int status = sc_cli_parse_options (inv, NULL,
                                     _("Check the database's integrity and schema version."),
                                     entries);

  if (status >= 0)
    return status;
  db = sc_database_open (inv->db_path, &error);
  if (db == NULL)
    return sc_cli_fail (error->message);
  report = sc_database_check (db, &ok, &error);
  if (report == NULL)
    return sc_cli_fail (error->message);
  g_print ("%s", report);
  return ok ? SC_CLI_OK : sc_cli_fail (_("the database has problems; restore it from a backup copy"));
}

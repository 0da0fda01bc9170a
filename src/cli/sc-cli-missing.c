/* sc-cli-missing.c — the verb "export-missing": who is not connected yet,
 * as the curators' lists the window exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-cli-verbs.h"
#include "sc-database.h"
#include "sc-date.h"
#include "sc-export-log.h"
#include "sc-missing-xlsx.h"
#include "sc-organization.h"

static int
export_missing (const ScCliInvocation *inv,
                const char            *xlsx,
                const char            *group)
{
  g_autoptr(GError) error = NULL;
  /* Only reads, like "report". */
  g_autoptr(ScDatabase) db = sc_database_open_unchecked (inv->db_path, &error);
  g_autoptr(ScOrganization) organization = NULL;
  g_autofree char *today = sc_date_today ();
  int n;

  if (db == NULL || (organization = sc_organization_load (db, &error)) == NULL)
    return sc_cli_fail (error->message);
  /* The demonstration college lives on its own day, as in the window. */
  n = sc_missing_xlsx_write_group (db, organization->demo_today ? organization->demo_today : today,
                                   group, xlsx, &error);
  /* Names and phones: personal data. */
  if (n < 0 || !sc_export_log_add (db, SC_EXPORT_MISSING, group, xlsx, TRUE, TRUE, &error))
    return sc_cli_fail (error->message);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Saved %s: %d person not connected\n",
                        "Saved %s: %d people not connected\n", n), xlsx, n);
  return SC_CLI_OK;
}

int
sc_cli_verb_export_missing (const ScCliInvocation *inv)
{
  g_autofree char *xlsx = NULL;
  g_autofree char *group = NULL;
  GOptionEntry entries[] = {
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("The workbook to write"), N_("FILE") },
    { "group", 0, 0, G_OPTION_ARG_STRING, &group, N_("Only this group's list, for example ИС-21"), N_("NAME") },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, NULL,
                                     _("Save the lists of who is not connected today: a sheet per group with its curator, and one of teachers."),
                                     entries);

  if (status >= 0)
    return status;
  if (xlsx == NULL)
    {
      g_printerr ("sferum-coordinator export-missing: %s\n", _("--xlsx FILE is required"));
      return SC_CLI_USAGE;
    }
  return export_missing (inv, xlsx, group);
}

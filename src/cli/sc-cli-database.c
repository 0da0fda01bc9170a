/* sc-cli-database.c — the verbs "init" and "check"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-cli-verbs.h"
#include "sc-database.h"
#include "sc-organization.h"

static int
misuse (const char *message)
{
  g_printerr ("sferum-coordinator init: %s\n", message);
  return SC_CLI_USAGE;
}

static int
check_init_options (const char *name,
                    const char *inn)
{
  if (name == NULL)
    return misuse (_("--name is required"));
  if (inn != NULL && !sc_organization_inn_is_valid (inn))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a valid INN: it has 10 digits (12 for a person) and a right check digit"),
                                                  inn);
      return misuse (message);
    }
  return -1;
}

/* The signatories and the ИНН the report prints, given at creation. */
static gboolean
save_details (ScDatabase  *db,
              const char  *inn,
              const char  *head,
              const char  *coordinator,
              GError     **error)
{
  g_autoptr(ScOrganization) organization = sc_organization_load (db, error);

  if (organization == NULL)
    return FALSE;
  if (inn != NULL)
    g_free (organization->inn), organization->inn = g_strdup (inn);
  if (head != NULL)
    g_free (organization->head_name), organization->head_name = g_strstrip (g_strdup (head));
  if (coordinator != NULL)
    g_free (organization->coordinator_name), organization->coordinator_name = g_strstrip (g_strdup (coordinator));
  return sc_organization_save (db, organization, error);
}

int
sc_cli_verb_init (const ScCliInvocation *inv)
{
  g_autofree char *name = NULL;
  g_autofree char *inn = NULL;
  g_autofree char *head = NULL;
  g_autofree char *coordinator = NULL;
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Full name of the college"), N_("TEXT") },
    { "inn", 0, 0, G_OPTION_ARG_STRING, &inn, N_("The college's INN (10 digits)"), N_("NUMBER") },
    { "head", 0, 0, G_OPTION_ARG_STRING, &head, N_("Full name of the head, who signs the report"), N_("NAME") },
    { "coordinator", 0, 0, G_OPTION_ARG_STRING, &coordinator, N_("Full name of the Sferum coordinator"), N_("NAME") },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, NULL, _("Create a new college database."), entries);

  if (status < 0)
    status = check_init_options (name, inn);
  if (status >= 0)
    return status;
  db = sc_database_create (inv->db_path, name, &error);
  if (db == NULL)
    return sc_cli_fail (error->message);
  if ((inn != NULL || head != NULL || coordinator != NULL) &&
      !save_details (db, inn, head, coordinator, &error))
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

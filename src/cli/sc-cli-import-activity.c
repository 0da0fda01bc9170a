/* sc-cli-import-activity.c — the verb "import-usage": teachers' weekly counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-activity-import.h"
#include "sc-cli-import-common.h"

int
sc_cli_verb_import_activity (const ScCliInvocation *inv)
{
  g_auto(ScCliImportArgs) args = { { 0 } };
  int status = sc_cli_import_parse_args (inv,
                                         _("Load teachers' weekly messages and calls from a CSV or XLSX file."),
                                         NULL, &args);

  if (status >= 0)
    return status;
  return sc_cli_import_run (inv->db_path, SC_TYPE_ACTIVITY_IMPORT, &args, NULL);
}

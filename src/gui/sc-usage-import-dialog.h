/* sc-usage-import-dialog.h — importing weekly counts: check the file, show
 * what will change, load it
 *
 * Planning and loading run in a GTask thread on a second connection to the
 * same college file (WAL lets it write while the window reads), with a
 * progress bar and Cancel; the window stays responsive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-database.h"
#include "sc-usage-import.h"

G_BEGIN_DECLS

#define SC_TYPE_USAGE_IMPORT_DIALOG (sc_usage_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ScUsageImportDialog, sc_usage_import_dialog, SC, USAGE_IMPORT_DIALOG, AdwWindow)

/* Starts checking @file at once. */
ScUsageImportDialog *sc_usage_import_dialog_new      (ScDatabase          *database,
                                                      const char          *file);
/* The checked plan, NULL while checking or after a failure. */
ScUsagePlan         *sc_usage_import_dialog_get_plan (ScUsageImportDialog *self);
gboolean             sc_usage_import_dialog_is_busy  (ScUsageImportDialog *self);
/* What [Load] does: commit the plan, then a toast and close. */
void                 sc_usage_import_dialog_apply    (ScUsageImportDialog *self);

G_END_DECLS

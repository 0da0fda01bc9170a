/* sc-backups-dialog.h — the list of backup copies, and restoring one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-window.h"

G_BEGIN_DECLS

#define SC_TYPE_BACKUPS_DIALOG (sc_backups_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ScBackupsDialog, sc_backups_dialog, SC, BACKUPS_DIALOG, AdwWindow)

/* Lists the copies of the database at @db_path (open in @window, or one
 * that could not be opened); restoring one opens it in @window. */
ScBackupsDialog *sc_backups_dialog_new (ScWindow   *window,
                                        const char *db_path);

G_END_DECLS

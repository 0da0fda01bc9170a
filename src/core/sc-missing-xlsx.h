/* sc-missing-xlsx.h — lists of who is not connected yet, for the curators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

/* One sheet per group (its curator named at the top) with the active
 * students not connected on @on_date, and one sheet of teachers. The file
 * appears only when complete. Returns the number of people listed, -1 on
 * error. */
int sc_missing_xlsx_write (ScDatabase  *db,
                           const char  *on_date,
                           const char  *path,
                           GError     **error);

G_END_DECLS

/* sc-table-csv.h — the CSV half of sc-table-reader (internal)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-table.h"

G_BEGIN_DECLS

/* Decodes (UTF-8 with or without BOM, else Windows-1251), finds the
 * delimiter and splits @bytes into rows. Errors in SC_TABLE_READER_ERROR. */
ScTable *sc_table_csv_read (GBytes       *bytes,
                      GCancellable *cancellable,
                      GError      **error);

G_END_DECLS

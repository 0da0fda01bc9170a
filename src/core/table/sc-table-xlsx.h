/* sc-table-xlsx.h — the XLSX half of sc-table-reader (internal)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-table.h"

G_BEGIN_DECLS

/* Reads the first worksheet of the zip in @bytes. Errors in
 * SC_TABLE_READER_ERROR. */
ScTable *sc_table_xlsx_read (GBytes       *bytes,
                       GCancellable *cancellable,
                       GError      **error);

/* The sheet called @sheet_name, hidden or not; NULL reads the first. */
ScTable *sc_table_xlsx_read_sheet (GBytes       *bytes,
                             const char   *sheet_name,
                             GCancellable *cancellable,
                             GError      **error);

G_END_DECLS

/* sc-table-xlsx-sheet.h — the cells of one XLSX worksheet as text (internal to
 * the XLSX reader)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-table-reader-private.h"
#include "sc-table.h"
#include "sc-table-xlsx-package.h"
#include "sc-table-xlsx-styles.h"

G_BEGIN_DECLS

#define SC_TABLE_XLSX_MAX_COLUMNS SC_TABLE_READER_MAX_COLUMNS
#define SC_TABLE_XLSX_MAX_ROWS 1048576

typedef struct
{
  GPtrArray          *strings;   /* shared strings */
  const ScTableXlsxStyles *styles;
  gboolean            date1904;
} ScTableXlsxSheetContext;

/* Rows keep the sheet's row numbers; empty rows are left out; a cell sits
 * in the column its reference names, gaps filled with "". */
ScTable *sc_table_xlsx_sheet_read        (ScTableXlsxPackage            *package,
                                    const char               *part,
                                    const ScTableXlsxSheetContext *context,
                                    GCancellable             *cancellable,
                                    GError                  **error);

/* "5" for 5.0, "0.1" for 0.1000000000000001, the text itself if it is not
 * a number. */
char    *sc_table_xlsx_format_number     (const char               *text);
/* "C5" → 2; -1 if @ref is not a cell reference within Excel's columns. */
int      sc_table_xlsx_column_from_ref   (const char               *ref);

G_END_DECLS

/* sc-table-xlsx-workbook.h — which parts of an XLSX hold the first sheet, the
 * shared strings and the styles (internal to the XLSX reader)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-table-xlsx-package.h"

G_BEGIN_DECLS

typedef struct
{
  char     *sheet_part;    /* "xl/worksheets/sheet1.xml" */
  char     *strings_part;  /* NULL when the workbook has none */
  char     *styles_part;   /* NULL when the workbook has none */
  gboolean  date1904;      /* serial day 0 is 1904-01-01 (old Mac Excel) */
} ScTableXlsxWorkbook;

ScTableXlsxWorkbook *sc_table_xlsx_workbook_read (ScTableXlsxPackage  *package,
                                       GError        **error);
/* The sheet called @sheet_name (visible or not); NULL, the first. */
ScTableXlsxWorkbook *sc_table_xlsx_workbook_read_sheet (ScTableXlsxPackage *package,
                                             const char    *sheet_name,
                                             GError       **error);
void            sc_table_xlsx_workbook_free (ScTableXlsxWorkbook *workbook);

/* "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml" → the zip entry
 * name "xl/worksheets/sheet1.xml"; NULL if it climbs out of the zip. */
char           *sc_table_xlsx_resolve_target (const char    *base_dir,
                                        const char    *target);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScTableXlsxWorkbook, sc_table_xlsx_workbook_free)

G_END_DECLS

/* sc-table-xlsx.c — the first worksheet of an XLSX file
 *
 * Debian 12 has no C library that reads XLSX, so this is a small one on
 * minizip and GMarkup (DESIGN.md §2): find the first sheet, read the shared
 * strings and the date styles it needs, then stream the sheet's rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-table-xlsx"

#include "config.h"

#include "sc-table-reader.h"
#include "sc-table-xlsx-package.h"
#include "sc-table-xlsx.h"
#include "sc-table-xlsx-sheet.h"
#include "sc-table-xlsx-strings.h"
#include "sc-table-xlsx-styles.h"
#include "sc-table-xlsx-workbook.h"

ScTable *
sc_table_xlsx_read (GBytes       *bytes,
              GCancellable *cancellable,
              GError      **error)
{
  return sc_table_xlsx_read_sheet (bytes, NULL, cancellable, error);
}

ScTable *
sc_table_xlsx_read_sheet (GBytes       *bytes,
                    const char   *sheet_name,
                    GCancellable *cancellable,
                    GError      **error)
{
  g_autoptr(ScTableXlsxPackage) package = NULL;
  g_autoptr(ScTableXlsxWorkbook) workbook = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autoptr(ScTableXlsxStyles) styles = NULL;
  ScTableXlsxSheetContext context;

  package = sc_table_xlsx_package_open (bytes, error);
  if (package == NULL)
    return NULL;
  workbook = sc_table_xlsx_workbook_read_sheet (package, sheet_name, error);
  if (workbook == NULL)
    return NULL;
  strings = sc_table_xlsx_strings_read (package, workbook->strings_part, error);
  if (strings == NULL)
    return NULL;
  styles = sc_table_xlsx_styles_read (package, workbook->styles_part, error);
  if (styles == NULL)
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  context = (ScTableXlsxSheetContext) { strings, styles, workbook->date1904 };
  return sc_table_xlsx_sheet_read (package, workbook->sheet_part, &context,
                             cancellable, error);
}

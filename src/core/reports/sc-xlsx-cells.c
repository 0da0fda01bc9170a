/* sc-xlsx-cells.c — cells the report's and the regional summary's
 * workbooks write the same way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-report-text.h"
#include "sc-xlsx-cells.h"

void
sc_xlsx_merge_text (lxw_worksheet *ws,
                    lxw_row_t      row,
                    lxw_col_t      first,
                    lxw_col_t      last,
                    const char    *text,
                    lxw_format    *format)
{
  g_autofree char *glued = sc_report_glue (text);

  if (first == last)
    worksheet_write_string (ws, row, first, glued, format);
  else
    worksheet_merge_range (ws, row, first, row, last, glued, format);
}

void
sc_xlsx_write_headers (lxw_worksheet     *ws,
                       lxw_row_t          row,
                       const char *const *headers,
                       lxw_format        *format)
{
  for (lxw_col_t col = 0; headers[col] != NULL; col++)
    worksheet_write_string (ws, row, col, headers[col], format);
}

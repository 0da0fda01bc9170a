/* sc-xlsx-cells.h — cells the report's and the regional summary's
 * workbooks write the same way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/* @text over columns @first … @last of @row (one cell when they are the
 * same), its units kept together (sc_report_glue ()). */
void sc_xlsx_merge_text    (lxw_worksheet     *ws,
                            lxw_row_t          row,
                            lxw_col_t          first,
                            lxw_col_t          last,
                            const char        *text,
                            lxw_format        *format);
/* @headers (NULL-terminated) from column 0 of @row on. */
void sc_xlsx_write_headers (lxw_worksheet     *ws,
                            lxw_row_t          row,
                            const char *const *headers,
                            lxw_format        *format);

G_END_DECLS

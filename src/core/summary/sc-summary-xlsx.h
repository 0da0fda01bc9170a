/* sc-summary-xlsx.h — the regional summary as an XLSX workbook
 *
 * Sheets «Свод» (a row per college, worst first, then the totals),
 * «Не прислали», «Проблемы» and «Данные» (the region's totals in the
 * layout of a college's report, so that summaries can be summarised
 * again). A4 landscape, a title line and page numbers on every printed
 * sheet; Russian whatever the locale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-summary.h"

G_BEGIN_DECLS

/* Writes @path atomically (a temporary file renamed over it). */
gboolean sc_summary_xlsx_save (ScSummary   *summary,
                               const char  *path,
                               GError     **error);

/* «Свод Сферум — 2023-11.xlsx»: a file name for the month's summary, in
 * the documents' language. */
char    *sc_summary_file_name (ScSummary   *summary,
                               const char  *extension);

G_END_DECLS

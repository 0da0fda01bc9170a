/* sc-summary-pdf.h — the regional summary's «Свод» as an A4 landscape PDF
 *
 * The table of the XLSX «Свод» sheet: a row per college, worst first,
 * then the totals; its headings repeated on every page, «Страница 1 из 3»
 * at the foot, the colleges that sent nothing named under the table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-summary.h"

G_BEGIN_DECLS

/* Writes @path atomically. */
gboolean sc_summary_pdf_save (ScSummary   *summary,
                              const char  *path,
                              GError     **error);

G_END_DECLS

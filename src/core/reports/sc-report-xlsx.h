/* sc-report-xlsx.h — the monthly report as an XLSX workbook (DESIGN.md §7)
 *
 * Sheets «Отчёт» (the document to sign and send), «Группы», «Чаты»,
 * «Педагоги» (only when the report includes teachers) and «Данные» (one
 * row per figure: code, value). Numbers and dates are real cells with
 * number formats; formulas carry their cached values. No student's name
 * is written anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-organization.h"
#include "sc-report-figures.h"
#include "sc-report.h"

G_BEGIN_DECLS

/* Writes @path atomically (a temporary file renamed over it). */
gboolean sc_report_xlsx_save (const char            *path,
                              const ScReport        *report,
                              const ScOrganization    *organization,
                              const ScReportFigures *figures,
                              GError               **error);

G_END_DECLS

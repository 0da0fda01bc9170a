/* sc-report-pdf.h — the monthly report as a print-ready A4 document
 *
 * The same content as the XLSX «Отчёт» sheet: heading, the figure table,
 * the narrative and the signature block, over as many pages as it takes.
 * Numbers with a decimal comma («96,8 %»).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "sc-organization.h"
#include "sc-report-figures.h"
#include "sc-report.h"

G_BEGIN_DECLS

#define SC_REPORT_PDF_ALL_PAGES (-1)

/* Draws on @cr, whose units are points, a page of @width × @height.
 * With SC_REPORT_PDF_ALL_PAGES every page is drawn, cairo_show_page()
 * after each (a PDF surface); with a page number only that page is drawn
 * (GtkPrintOperation's draw-page). Returns the number of pages. */
int      sc_report_pdf_render (cairo_t               *cr,
                               double                 width,
                               double                 height,
                               int                    page,
                               const ScReport        *report,
                               const ScOrganization    *organization,
                               const ScReportFigures *figures);

/* Writes an A4 PDF to @path atomically. */
gboolean sc_report_pdf_save   (const char            *path,
                               const ScReport        *report,
                               const ScOrganization    *organization,
                               const ScReportFigures *figures,
                               GError               **error);

G_END_DECLS

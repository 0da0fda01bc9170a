/* sc-reports-page.h — «Отчёты»: monthly reports to the ministry, drafted,
 * exported, printed and marked as submitted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-page.h"
#include "sc-report.h"

G_BEGIN_DECLS

#define SC_TYPE_REPORTS_PAGE (sc_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (ScReportsPage, sc_reports_page, SC, REPORTS_PAGE, ScPage)

/* Shows the report of @month (YYYY-MM) when the list holds it. */
gboolean    sc_reports_page_select_month  (ScReportsPage       *self,
                                           const char          *month);
const char *sc_reports_page_get_month     (ScReportsPage       *self);

/* Saves the shown report as it is on screen, in a worker thread; the page
 * shows a spinner meanwhile and a toast when done. */
void        sc_reports_page_export_async  (ScReportsPage       *self,
                                           ScReportFormat       format,
                                           const char          *path,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean    sc_reports_page_export_finish (ScReportsPage       *self,
                                           GAsyncResult        *result,
                                           GError             **error);
/* A print operation for the shown report: A4, drawn like the PDF. */
GtkPrintOperation *sc_reports_page_create_print_operation (ScReportsPage *self);

G_END_DECLS

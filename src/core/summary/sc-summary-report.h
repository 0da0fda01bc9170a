/* sc-summary-report.h — one college's report, read back from the «Данные»
 * sheet of the workbook this program wrote
 *
 * Reading checks the sheet as a program must, since the files come by
 * e-mail from 45 colleges: every refusal is an ScSummaryReason that names
 * what is wrong and what to do. A file that is read may still carry notes
 * (unknown codes it ignores, shares that disagree with their counts: the
 * counts win); they are listed with the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-summary-codes.h"
#include "sc-summary-reason.h"

G_BEGIN_DECLS

#define SC_SUMMARY_DATA_SHEET "Данные"

#define SC_TYPE_SUMMARY_REPORT (sc_summary_report_get_type ())
G_DECLARE_FINAL_TYPE (ScSummaryReport, sc_summary_report, SC, SUMMARY_REPORT, GObject)

/* The report in the file at @path, or NULL with *@refusal saying why.
 * Cancelling gives NULL with @error set (G_IO_ERROR_CANCELLED) and no
 * refusal. */
ScSummaryReport *sc_summary_report_read       (const char       *path,
                                               GCancellable     *cancellable,
                                               ScSummaryReason **refusal,
                                               GError          **error);
/* The same from the file's bytes (the fuzzer reads this way). */
ScSummaryReport *sc_summary_report_read_bytes (GBytes           *bytes,
                                               const char       *path,
                                               GCancellable     *cancellable,
                                               ScSummaryReason **refusal,
                                               GError          **error);

const char      *sc_summary_report_get_path   (ScSummaryReport  *self);
/* The file's name without its folder. */
const char      *sc_summary_report_get_file_name (ScSummaryReport *self);
const char      *sc_summary_report_get_month  (ScSummaryReport  *self);
const char      *sc_summary_report_get_as_of  (ScSummaryReport  *self);
const char      *sc_summary_report_get_name   (ScSummaryReport  *self);
/* "" when the report has none (or one that is not a valid ИНН). */
const char      *sc_summary_report_get_inn    (ScSummaryReport  *self);
const char      *sc_summary_report_get_platform (ScSummaryReport *self);
/* 1 for a college; a regional summary, the colleges it sums. */
guint            sc_summary_report_get_colleges (ScSummaryReport *self);
gboolean         sc_summary_report_is_summary (ScSummaryReport  *self);
ScSummaryCodes  *sc_summary_report_get_codes  (ScSummaryReport  *self);
/* One value a code of get_codes (); shares worked out from the counts. */
const double    *sc_summary_report_get_values (ScSummaryReport  *self);
double           sc_summary_report_get_value  (ScSummaryReport  *self,
                                               const char       *code);
/* ScSummaryReason: what is listed although the file counts. */
GPtrArray       *sc_summary_report_get_notes  (ScSummaryReport  *self);
/* For sorting two files of one college: the later one wins. */
gint64           sc_summary_report_get_modified (ScSummaryReport *self);
void             sc_summary_report_set_modified (ScSummaryReport *self,
                                                 gint64           modified);

/* Folded, letters and digits only: how names are matched («ГБПОУ "Тверской
 * колледж"» is «ГБПОУ «Тверской колледж»»). */
char            *sc_summary_name_key          (const char       *name);

G_END_DECLS

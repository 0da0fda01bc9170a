/* sc-summary.h — the regional summary: the colleges' monthly reports added
 * up (DESIGN.md §7, issue 16)
 *
 * Files are read one by one (sc_summary_add_file ()); each report keeps
 * only its identity and figures, so memory grows with the figures, not
 * with the files. Choosing the month (sc_summary_set_month ()) then
 * decides what counts:
 *   - a report of another month is listed and left out;
 *   - two reports of one college (the same ИНН, else the same name) — the
 *     later as_of wins (then the later file), the other is listed naming
 *     the one that counts;
 *   - a regional summary among colleges' reports is left out (a college
 *     would count twice); summaries alone are summed as colleges;
 *   - a college on the expected list with no report counted is missing.
 * The totals sum every count and work every share and average out again
 * from the summed counts (sc-summary-codes.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-summary-codes.h"
#include "sc-summary-expected.h"
#include "sc-summary-problem.h"
#include "sc-summary-report.h"

G_BEGIN_DECLS

#define SC_TYPE_SUMMARY (sc_summary_get_type ())
G_DECLARE_FINAL_TYPE (ScSummary, sc_summary, SC, SUMMARY, GObject)

ScSummary      *sc_summary_new            (void);

/* The summary's name: its documents' title and the organization_name of
 * its «Данные»; NULL gives «Сводный отчёт по колледжам» (translated when
 * it is written). */
void            sc_summary_set_title      (ScSummary          *self,
                                           const char         *title);
/* NULL when none was set. */
const char     *sc_summary_get_title      (ScSummary          *self);
/* The set title, else the default one in the language of the moment. */
char           *sc_summary_dup_title      (ScSummary          *self);

/* The files to read for @paths: a folder's .xlsx files by name (not its
 * subfolders, Excel's "~$" lock files or hidden files), a file as given.
 * A path that is neither, or a folder with no workbook, is a problem of
 * the summary. Paths in @skip (the summary's own output) are left out. */
GPtrArray      *sc_summary_list_files     (ScSummary          *self,
                                           const char *const  *paths,
                                           const char *const  *skip);
/* Reads one file; FALSE only when cancelled. */
gboolean        sc_summary_add_file       (ScSummary          *self,
                                           const char         *path,
                                           GCancellable       *cancellable,
                                           GError            **error);
/* Takes @expected (ScSummaryExpected), or NULL for no list. */
void            sc_summary_set_expected   (ScSummary          *self,
                                           GPtrArray          *expected);
gboolean        sc_summary_has_expected   (ScSummary          *self);

/* NULL: the month most of the reports are for. */
void            sc_summary_set_month      (ScSummary          *self,
                                           const char         *month);
/* NULL until a month is set and some report was read or the month given. */
const char     *sc_summary_get_month      (ScSummary          *self);
/* The months of the reports read, newest first. */
GStrv           sc_summary_list_months    (ScSummary          *self);

/* ScSummaryReport, worst first by the students' connection share. */
GListModel     *sc_summary_get_colleges   (ScSummary          *self);
/* ScSummaryProblem, by file name. */
GListModel     *sc_summary_get_problems   (ScSummary          *self);
/* ScSummaryExpected: the colleges on the list whose report is not counted. */
GPtrArray      *sc_summary_get_missing    (ScSummary          *self);
/* Colleges in the summary: a summary counts the colleges it sums. */
guint           sc_summary_get_n_colleges (ScSummary          *self);
guint           sc_summary_get_n_files    (ScSummary          *self);
/* Problems, refused or not, and missing colleges: what --strict refuses. */
gboolean        sc_summary_has_problems   (ScSummary          *self);
guint           sc_summary_count_refused  (ScSummary          *self);
/* NULL without a month. */
ScSummaryCodes *sc_summary_get_codes      (ScSummary          *self);
const double   *sc_summary_get_totals     (ScSummary          *self);
double          sc_summary_get_total      (ScSummary          *self,
                                           const char         *code);
/* The platform every counted report names, "" when they differ. */
const char     *sc_summary_get_platform   (ScSummary          *self);

/* {"month": …, "colleges": N, "figures": {code: value, …},
 *  "problems": [{"file": …, "reason": …}, …], "missing": [names…]} */
char           *sc_summary_to_json        (ScSummary          *self);

G_END_DECLS

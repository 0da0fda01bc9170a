/* sc-summary-problem.h — a file the regional summary refused, or counts
 * with a remark, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sc-summary-reason.h"

G_BEGIN_DECLS

#define SC_TYPE_SUMMARY_PROBLEM (sc_summary_problem_get_type ())
G_DECLARE_FINAL_TYPE (ScSummaryProblem, sc_summary_problem, SC, SUMMARY_PROBLEM, GObject)

/* Takes @reason. @counted: the file's figures are in the summary all the
 * same (the problem is a remark, not a refusal). */
ScSummaryProblem      *sc_summary_problem_new        (const char       *path,
                                                      ScSummaryReason  *reason,
                                                      gboolean          counted);
const char            *sc_summary_problem_get_path   (ScSummaryProblem *self);
/* The file's name without its folder. */
const char            *sc_summary_problem_get_file_name (ScSummaryProblem *self);
const ScSummaryReason *sc_summary_problem_get_reason (ScSummaryProblem *self);
/* The reason in the language of the moment (sc-summary-reason.h). */
char                  *sc_summary_problem_dup_text   (ScSummaryProblem *self);
gboolean               sc_summary_problem_get_counted (ScSummaryProblem *self);

G_END_DECLS

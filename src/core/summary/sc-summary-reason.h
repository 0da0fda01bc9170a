/* sc-summary-reason.h — why a file is left out of the regional summary, or
 * what is wrong with one it counts, translated when it is shown
 *
 * The same reason is printed on the command line (the user's language),
 * shown in the window, and written into the summary's «Проблемы» sheet
 * (Russian whatever the locale, inside a document scope): it keeps its
 * English message and its arguments and is put into words by
 * sc_summary_reason_format () in the scope of the caller.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ScSummaryReason ScSummaryReason;

/* @msgid is marked with N_() and static; its %s (or %1$s …) take the
 * arguments, at most four, ended by NULL. An argument made by
 * sc_summary_reason_figure () becomes the figure's label in the language
 * of the moment. */
ScSummaryReason *sc_summary_reason_new     (const char            *msgid,
                                            ...) G_GNUC_NULL_TERMINATED;
ScSummaryReason *sc_summary_reason_copy    (const ScSummaryReason *reason);
void             sc_summary_reason_free    (ScSummaryReason       *reason);
char            *sc_summary_reason_figure  (const char            *code);
const char      *sc_summary_reason_get_msgid (const ScSummaryReason *reason);
char            *sc_summary_reason_format  (const ScSummaryReason *reason);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSummaryReason, sc_summary_reason_free)

G_END_DECLS

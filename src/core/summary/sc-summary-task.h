/* sc-summary-task.h — a regional summary made off the main thread
 *
 * Lists the folders, reads every file, reads the expected list and
 * chooses the month in a worker thread; the window shows the progress and
 * may cancel. Progress is delivered in the caller's main context, and not
 * after the job is cancelled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-summary.h"

G_BEGIN_DECLS

/* @done of @total files read. */
typedef void (*ScSummaryProgressFunc) (guint    done,
                                       guint    total,
                                       gpointer user_data);

typedef struct
{
  GStrv  paths;          /* files and folders */
  char  *expected_path;  /* NULL: no list */
  char  *month;          /* NULL: the month most reports are for */
  char  *title;          /* NULL: the default title */
} ScSummaryRequest;

void       sc_summary_request_clear (ScSummaryRequest       *request);

/* Fails only when cancelled or when the expected list cannot be read;
 * every file's problem is in the summary. */
void       sc_summary_build_async   (const ScSummaryRequest *request,
                                     ScSummaryProgressFunc   progress,
                                     gpointer                progress_data,
                                     GCancellable           *cancellable,
                                     GAsyncReadyCallback     callback,
                                     gpointer                user_data);
ScSummary *sc_summary_build_finish  (GAsyncResult           *result,
                                     GError                **error);
/* The same on this thread (the command line); @skip are paths not to read. */
ScSummary *sc_summary_build         (const ScSummaryRequest *request,
                                     const char *const      *skip,
                                     ScSummaryProgressFunc   progress,
                                     gpointer                progress_data,
                                     GCancellable           *cancellable,
                                     GError                **error);

G_END_DECLS

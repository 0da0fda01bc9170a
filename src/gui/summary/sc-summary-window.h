/* sc-summary-window.h — «Сводный отчёт по колледжам»: the regional summary
 * in the window (issue 16)
 *
 * Opened from the main menu, with or without a college open: it needs no
 * college database. Choose the colleges' report files or a folder; the
 * files are read in a worker thread with progress and a Cancel button;
 * the preview lists the problems above a table of the colleges and the
 * totals; the summary is saved as XLSX and PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-summary.h"

G_BEGIN_DECLS

typedef enum
{
  SC_SUMMARY_FORMAT_XLSX,
  SC_SUMMARY_FORMAT_PDF,
} ScSummaryFormat;

#define SC_TYPE_SUMMARY_WINDOW (sc_summary_window_get_type ())
G_DECLARE_FINAL_TYPE (ScSummaryWindow, sc_summary_window, SC, SUMMARY_WINDOW, AdwWindow)

ScSummaryWindow *sc_summary_window_new          (GtkApplication  *application);

/* What the file choosers hand over: files and folders to add; the summary
 * is made again from all the paths chosen so far. */
void             sc_summary_window_add_paths    (ScSummaryWindow *self,
                                                 const char *const *paths);
/* The list of the colleges expected to report, or NULL for none. */
void             sc_summary_window_set_expected (ScSummaryWindow *self,
                                                 const char      *path);
void             sc_summary_window_set_month    (ScSummaryWindow *self,
                                                 const char      *month);
/* TRUE while the files are read. */
gboolean         sc_summary_window_is_busy      (ScSummaryWindow *self);
void             sc_summary_window_cancel       (ScSummaryWindow *self);
/* The summary shown, or NULL. */
ScSummary       *sc_summary_window_get_summary  (ScSummaryWindow *self);

void             sc_summary_window_export_async (ScSummaryWindow *self,
                                                 ScSummaryFormat  format,
                                                 const char      *path,
                                                 GCancellable    *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer         user_data);
gboolean         sc_summary_window_export_finish (ScSummaryWindow *self,
                                                 GAsyncResult    *result,
                                                 GError         **error);

G_END_DECLS

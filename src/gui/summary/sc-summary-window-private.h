/* sc-summary-window-private.h — the summary window's parts, shared by its
 * files: sc-summary-window.c (choosing, reading, progress),
 * sc-summary-window-preview.c (problems, table, totals) and
 * sc-summary-window-export.c (saving)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-summary-window.h"

G_BEGIN_DECLS

struct _ScSummaryWindow
{
  AdwWindow             parent_instance;

  GPtrArray            *paths;          /* char *: files and folders chosen */
  GPtrArray            *shown_paths;    /* the paths of the summary shown */
  char                 *expected_path;
  char                 *shown_expected; /* the list of the summary shown */
  char                 *month;          /* chosen, or NULL: the most frequent */
  ScSummary            *summary;
  GCancellable         *cancellable;    /* of the reading under way */
  GtkFileChooserNative *chooser;
  GtkFileChooserNative *save_chooser;
  char                 *last_folder;
  guint                 n_exports;
  gboolean              updating_months;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  GtkProgressBar       *progress_bar;
  GtkWidget            *cancel_button;
  GtkWidget            *export_xlsx_button;
  GtkDropDown          *month_dropdown;
  GtkLabel             *expected_label;
  GtkWidget            *problems_box;
  GtkLabel             *problems_heading;
  GtkListBox           *problems_list;
  GtkColumnView        *colleges_view;
  GtkLabel             *totals_label;
};

/* sc-summary-window-preview.c */
void sc_summary_window_setup_columns (ScSummaryWindow *self);
void sc_summary_window_show_summary  (ScSummaryWindow *self);

/* sc-summary-window-export.c */
void sc_summary_window_ask_export    (ScSummaryWindow *self,
                                      ScSummaryFormat  format);
void sc_summary_window_update_actions (ScSummaryWindow *self);

G_END_DECLS

/* sc-reports-page-private.h — the page's parts shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-report.h"
#include "sc-reports-page.h"

G_BEGIN_DECLS

struct _ScReportsPage
{
  ScPage                 parent_instance;

  GPtrArray             *months;       /* ScReportMonth, newest first */
  char                  *month;        /* the selected one */
  ScReport              *report;       /* as loaded, texts as last saved */
  ScReportFigures       *figures;      /* the report's: frozen once submitted; shared with exports */
  GPtrArray             *now;          /* today's ScFigure list, for a submitted report */
  GStrv                  changed;      /* codes that differ from today's */
  char                  *undo_month;   /* the submission a toast can undo */
  char                  *last_folder;
  GtkFileChooserNative  *chooser;
  GtkPrintOperation     *print_operation;
  GCancellable          *cancellable;
  GCancellable          *drift_cancellable;
  guint                  n_exports;
  guint                  save_id;
  gboolean               loading;      /* filling the fields: not an edit */
  gboolean               saving;       /* our own write: no reload */

  GtkFlowBox            *actions_box;  /* the buttons: two rows on a narrow window */
  GtkListBox            *months_list;
  GtkRevealer           *changed_revealer;
  GtkLabel              *changed_label;
  GtkRevealer           *checks_revealer;
  GtkLabel              *checks_label;
  GtkButton             *checks_button;
  GtkLabel              *title_label;
  GtkLabel              *status_label;
  GtkLabel              *subtitle_label;
  GtkSpinner            *spinner;
  GtkButton             *draft_button;
  GtkButton             *ready_button;
  GtkButton             *submit_button;
  GtkButton             *withdraw_button;
  GtkBox                *figures_box;
  GtkBox                *narrative_box;
  GtkTextView           *narrative_views[SC_REPORT_N_NARRATIVE];
  GtkWidget             *read_only_notice; /* shown over a submitted report's text */
  AdwEntryRow           *head_name_row;
  AdwEntryRow           *head_position_row;
  AdwEntryRow           *coordinator_name_row;
  AdwEntryRow           *coordinator_position_row;
  GtkSwitch             *teachers_switch;
};

/* sc-reports-page-years.c */
void       sc_reports_page_group_by_year (ScReportsPage *self);
void       sc_reports_page_check_drift   (ScReportsPage *self);
GtkWidget *sc_reports_page_drift_label   (void);

/* sc-reports-page-detail.c */
void      sc_reports_page_build_fields  (ScReportsPage *self);
void      sc_reports_page_load_detail   (ScReportsPage *self);
void      sc_reports_page_field_changed (ScReportsPage *self);
/* Writes what is typed now; FALSE (and a toast) when it failed. */
gboolean  sc_reports_page_save_now      (ScReportsPage *self);
/* The shown report with the texts on screen. */
ScReport *sc_reports_page_current       (ScReportsPage *self);
/* sc-reports-page-figures.c */
void      sc_reports_page_show_figures  (ScReportsPage *self);
/* What the document would print blank, and weeks without data, named
 * before export. */
void      sc_reports_page_show_checks   (ScReportsPage *self);
/* sc-reports-page-actions.c */
void      sc_reports_page_install_actions (GtkWidgetClass *widget_class);
void      sc_reports_page_update_actions  (ScReportsPage  *self);
/* sc-reports-page-export.c */
void      sc_reports_page_install_export_actions (GtkWidgetClass *widget_class);

G_END_DECLS

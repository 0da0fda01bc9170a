/* sc-overview-page-private.h — the page's parts shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-enums.h"
#include "sc-overview.h"
#include "sc-overview-page.h"

G_BEGIN_DECLS

typedef enum
{
  SC_CHECK_COORDINATOR,
  SC_CHECK_CHATS,
  SC_CHECK_CONNECTION,
  SC_CHECK_REPORT,
  SC_CHECK_NORM,
  SC_N_CHECKS,
} ScCheckPoint;

typedef struct
{
  AdwActionRow *row;
  GtkImage     *icon;
  GtkButton    *button;
} ScCheckRow;

struct _ScOverviewPage
{
  ScPage         parent_instance;

  ScOverview    *overview;
  ScCheckRow     checks[SC_N_CHECKS];

  GtkLabel      *college_label;
  GtkLabel      *today_label;
  GtkLabel      *teachers_count_label;
  GtkLevelBar   *teachers_bar;
  GtkLabel      *teachers_pct_label;
  GtkLabel      *students_count_label;
  GtkLevelBar   *students_bar;
  GtkLabel      *students_pct_label;
  GtkLabel      *coverage_label;
  GtkLabel      *deadline_label;
  GtkLabel      *report_title_label;
  GtkLabel      *report_due_label;
  GtkLabel      *report_status_label;
  GtkButton     *report_button;
  GtkListBox    *checklist;
};

/* sc-overview-checklist.c */
void sc_overview_checklist_build  (ScOverviewPage *self);
void sc_overview_checklist_update (ScOverviewPage *self);
/* Tests read what a row says. */
const char *sc_overview_page_get_check_text  (ScOverviewPage *self,
                                              ScCheckPoint    point);
ScCheckState sc_overview_page_get_check_state (ScOverviewPage *self,
                                               ScCheckPoint    point);

G_END_DECLS

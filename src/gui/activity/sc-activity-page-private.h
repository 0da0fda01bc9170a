/* sc-activity-page-private.h — the page's parts shared by its files and
 * its test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-activity-heatmap.h"
#include "sc-activity-page.h"
#include "sc-activity-trend.h"
#include "sc-count-entry.h"
#include "sc-activity-week.h"

G_BEGIN_DECLS

struct _ScActivityPage
{
  ScPage                 parent_instance;

  char                  *monday;      /* the week shown */
  GListStore            *store;       /* ScActivityTeacher of that week */
  GtkFilterListModel    *filter_model;
  GtkCustomFilter       *filter;
  GtkFileChooserNative  *chooser;

  GtkStack              *stack;
  GtkStack              *view_stack;
  GtkLabel              *period_label;
  GtkLabel              *norm_label;
  GtkToggleButton       *week_button;
  GtkToggleButton       *month_button;
  GtkToggleButton       *below_button;
  GtkColumnView         *column_view;
  GtkLabel              *week_footer;
  GtkLabel              *month_summary;
  ScActivityHeatmap     *heatmap;
  ScActivityTrend       *trend;
};

/* sc-activity-page-week.c: the grid's cells */
void sc_activity_page_set_count (GtkWidget    *widget,
                                 const char   *action_name,
                                 GVariant     *param);
void sc_activity_page_move      (GtkWidget    *widget,
                                 const char   *action_name,
                                 GVariant     *param);
void sc_activity_page_update_footer (ScActivityPage *self);
/* The cell of @field in row @position, if it is on screen. */
ScCountEntry *sc_activity_page_find_cell (ScActivityPage *self,
                                          guint           position,
                                          const char     *field);

/* sc-activity-page.c: what «Импорт…» does once a file is chosen */
struct _ScImportAssistant *sc_activity_page_import_file (ScActivityPage *self,
                                                         const char     *path);

G_END_DECLS

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
#include "sc-import.h"
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
  char                  *latest_monday; /* the latest week with counts, when the calendar opened */
  GtkMenuButton         *period_button;
  GtkLabel              *period_label;
  GtkPopover            *period_popover;
  GtkCalendar           *calendar;
  GtkLabel              *show_chosen_label;
  GtkButton             *latest_button;
  GtkLabel              *latest_label;
  GtkLabel              *norm_label;
  GtkRevealer           *no_data_revealer;
  GtkLabel              *no_data_latest_label;
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

/* sc-activity-page-period.c: the calendar on the title */
void  sc_activity_page_class_init_period (GtkWidgetClass *widget_class);
/* «2023-11» for the month of the week of @monday (its Thursday's). */
char *sc_activity_page_month_of_week     (const char     *monday);
/* The title: «13–19 ноября 2023», or «Ноябрь 2023» in the month view. */
char *sc_activity_page_period_text       (ScActivityPage *self,
                                          const char     *monday);
/* Under a week nobody has counts for: the way to the latest week that has. */
void  sc_activity_page_update_no_data    (ScActivityPage *self);
/* After an import of @import (an ScActivityImport): its latest week. */
void  sc_activity_page_show_loaded       (ScActivityPage *self,
                                          ScImport       *import);

/* sc-activity-page.c: what «Импорт…» does once a file is chosen */
struct _ScImportAssistant *sc_activity_page_import_file (ScActivityPage *self,
                                                         const char     *path);

G_END_DECLS

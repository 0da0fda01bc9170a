/* sc-people-page-private.h — the page's parts shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-people.h"
#include "sc-people-list.h"
#include "sc-people-page.h"
#include "sc-people-undo.h"

G_BEGIN_DECLS

/* A college this large is read in a worker (sc-people-page-load.c). */
#define SC_PEOPLE_PAGE_WORKER_PEOPLE 5000

/* The sidebar's figures: teachers, then students. */
typedef struct
{
  ScPeopleTally tally[2];
  gboolean      ok[2];
} ScPeopleTotals;

/* Groups and departments in the sidebar before «Show all». */
#define SC_PEOPLE_PAGE_MAX_UNITS 50

struct _ScPeoplePage
{
  ScPage                 parent_instance;

  ScPeopleList          *people;      /* the table's model and selection; the view holds it */
  guint                  category_filter; /* the drop-downs' choices the filter last applied */
  guint                  status_filter;
  guint                  n_needs_move; /* shown in the sidebar: teachers and students */
  GHashTable            *unit_keys;   /* group or department → collation key, for sorting */
  char                  *unit_name;   /* the group or department the table is narrowed to */
  ScUnitKind             unit_kind;
  gboolean               show_all_units;
  ScPeopleUndo          *undo;
  GtkFileChooserNative  *chooser;
  GCancellable          *load_cancellable; /* while a worker reads the people */

  GtkStack              *stack;
  AdwFlap               *flap;        /* the sidebar, folded away on a narrow window */
  GtkListBox            *totals_list;
  GtkListBox            *units_list;
  GtkSearchEntry        *search_entry;
  GtkDropDown           *category_dropdown;
  GtkDropDown           *status_dropdown;
  GtkButton             *import_button;
  GtkRevealer           *unit_revealer;
  GtkLabel              *unit_label;
  GtkColumnView         *column_view;
  GtkColumnViewColumn   *name_column;
  GtkColumnViewColumn   *category_column;
  GtkColumnViewColumn   *unit_column;
  GtkColumnViewColumn   *status_column;
  GtkColumnViewColumn   *date_column;
  GtkColumnViewColumn   *phone_column;
  GtkActionBar          *action_bar;
  GtkLabel              *selection_label;
  GtkLabel              *count_label;
  GtkSpinner            *load_spinner;
  GtkWidget             *loading_box; /* over the empty table on a first read */
};

/* sc-people-page.c */
gboolean sc_people_page_filter_person (ScPerson     *person,
                                       gpointer      self);
void     sc_people_page_update_counts (ScPeoplePage *self);
/* sc-people-page-cells.c */
void sc_people_page_setup_cells    (ScPeoplePage *self);
void sc_people_page_setup_ctrl_click (ScPeoplePage *self);
guint sc_people_page_row_at        (ScPeoplePage *self,
                                    double        x,
                                    double        y);
/* sc-people-page-models.c */
void sc_people_page_setup_models   (ScPeoplePage *self);
/* ScPage::reload */
void sc_people_page_reload         (ScPage       *page);
/* Any thread: the sidebar's figures on @today. */
void sc_people_page_read_totals    (ScDatabase           *database,
                                    const char           *today,
                                    ScPeopleTotals       *totals);
/* The people read (transfer full, in name order; NULL: nobody), the
 * sidebar's figures and units (NULL: none): on screen. */
void sc_people_page_show_loaded    (ScPeoplePage         *self,
                                    GPtrArray            *people,
                                    const ScPeopleTotals *totals,
                                    GPtrArray            *units);
/* sc-people-page-load.c: FALSE when the college is small enough to read
 * at once; else the worker is started (a previous one cancelled). */
gboolean sc_people_page_load_in_worker (ScPeoplePage *self,
                                        ScDatabase   *database,
                                        const char   *today);
void     sc_people_page_cancel_load    (ScPeoplePage *self);
/* TRUE while the rows are on their way. */
gboolean sc_people_page_is_loading     (ScPeoplePage *self);
/* sc-people-page-import.c; tests call import_file instead of the chooser */
struct _ScImportAssistant *sc_people_page_import_file (ScPeoplePage *self,
                                                       const char   *path);
void sc_people_page_choose_import  (GtkWidget    *widget,
                                    const char   *action_name,
                                    GVariant     *param);
/* sc-people-page-export.c; tests call write_missing instead of the chooser */
int  sc_people_page_write_missing  (ScPeoplePage *self,
                                    const char   *path);
void sc_people_page_export_missing (GtkWidget    *widget,
                                    const char   *action_name,
                                    GVariant     *param);

G_END_DECLS

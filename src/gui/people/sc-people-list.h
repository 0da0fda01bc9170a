/* sc-people-list.h — the «Люди» table's model: everyone loaded, sorted by
 * the column view's sorter, filtered, and who is selected
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-person.h"
#include "sc-person-row.h"

G_BEGIN_DECLS

#define SC_TYPE_PEOPLE_LIST (sc_people_list_get_type ())
G_DECLARE_FINAL_TYPE (ScPeopleList, sc_people_list, SC, PEOPLE_LIST, GObject)

/* TRUE when @person is to be shown. */
typedef gboolean (*ScPeopleListFilter) (ScPerson *person,
                                        gpointer  user_data);

/* @sorter: the order (usually the column view's sorter); NULL: by name. */
ScPeopleList *sc_people_list_new            (GtkSorter          *sorter);
/* @user_data is not owned; call sc_people_list_refilter () when the
 * filter's criteria change. */
void          sc_people_list_set_filter     (ScPeopleList       *self,
                                             ScPeopleListFilter  filter,
                                             gpointer            user_data);
/* Everyone to show, ScPerson items in any order (@people is copied); the
 * selection is cleared. NULL: nobody. */
void          sc_people_list_set_people     (ScPeopleList       *self,
                                             GListModel         *people);
/* The same for @people (ScPerson, transfer full) already put in name order
 * by sc_people_list_sort_by_key (): what a worker thread reads and sorts
 * hands over here without another pass. */
void          sc_people_list_take_sorted    (ScPeopleList       *self,
                                             GPtrArray          *people);
/* Puts @people (ScPerson) in the order the list keeps them: any thread. */
void          sc_people_list_sort_by_key    (GPtrArray          *people);
/* @folded: what to search for, folded by sc_text_fold (); words apart
 * by spaces, all of them found in a person's search text. NULL or "":
 * everyone. Re-filters as needed. */
void          sc_people_list_set_search     (ScPeopleList       *self,
                                             const char         *folded);
/* After the filter's criteria changed: MORE_STRICT re-checks only those
 * shown, LESS_STRICT only those hidden. */
void          sc_people_list_refilter       (ScPeopleList       *self,
                                             GtkFilterChange     change);
guint         sc_people_list_get_n_people   (ScPeopleList       *self);
/* The person shown at @position (transfer none), NULL past the end. */
ScPerson     *sc_people_list_get_person     (ScPeopleList       *self,
                                             guint               position);
/* Everyone selected, shown or hidden by the filter, in the table's order. */
GPtrArray    *sc_people_list_get_selected   (ScPeopleList       *self);
/* How many are selected; *n_hidden: how many of them the filter hides. */
guint         sc_people_list_get_n_selected (ScPeopleList       *self,
                                             guint              *n_hidden);

G_END_DECLS

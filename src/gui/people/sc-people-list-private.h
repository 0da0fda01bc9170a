/* sc-people-list-private.h — the «Люди» table's model: its parts shared by
 * its files (sc-people-list.c: rows and people, -sort.c, -search.c,
 * -selection.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-people-list.h"

G_BEGIN_DECLS

/* Per person, in ScPeopleList.flags */
enum {
  SC_PEOPLE_LIST_SHOWN    = 1 << 0,
  SC_PEOPLE_LIST_SELECTED = 1 << 1,
};

struct _ScPeopleList
{
  GObject             parent_instance;

  GPtrArray          *people;     /* ScPerson, by name (their ICU keys) */
  const char        **texts;      /* their search texts: no trip through each person;
                                     NULL until the first search */
  guint              *order;      /* indices into people, in the sorter's order */
  guint              *visible;    /* those shown, in that order */
  guint               n_visible;
  guint8             *flags;      /* per person: SHOWN, SELECTED */
  guint               n_selected;
  GtkSorter          *sorter;
  ScPeopleListFilter  filter;
  gpointer            filter_data;
  char               *search;     /* folded, as last set */
  char              **words;      /* its words, none empty; NULL: no search */
  GPtrArray          *trail;      /* Step: what shorter searches showed, shortest first */
  GHashTable         *rows;       /* position → ScPersonRow handed out; weak */
};

static inline ScPerson *
sc_people_list_person_at (ScPeopleList *self,
                          guint         position)
{
  return self->people->pdata[self->visible[position]];
}

/* sc-people-list.c: after the people shown changed, the rows take their
 * new people and the view hears of it. @had_selection: someone was
 * selected before, rows may have to show it no more. */
void sc_people_list_publish        (ScPeopleList               *self,
                                    guint                       old_n,
                                    gboolean                    had_selection);
/* sc-people-list-sort.c: @sorter NULL: by name, nothing to watch. */
void sc_people_list_watch_sorter   (ScPeopleList               *self,
                                    GtkSorter                  *sorter);
void sc_people_list_unwatch_sorter (ScPeopleList               *self);
/* order from people, by the sorter */
void sc_people_list_sort           (ScPeopleList               *self);
/* sc-people-list-search.c */
void sc_people_list_init_search    (ScPeopleList               *self);
/* Anything but the search changed: the narrower searches' memory goes. */
void sc_people_list_forget_trail   (ScPeopleList               *self);
/* visible from order: everyone passing the search and the filter;
 * @keep_shown: those shown stay without a look. */
void sc_people_list_widen          (ScPeopleList               *self,
                                    gboolean                    keep_shown);
/* sc-people-list-selection.c */
void sc_people_list_selection_init (GtkSelectionModelInterface *iface);

G_END_DECLS

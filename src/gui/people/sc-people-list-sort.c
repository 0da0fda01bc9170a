/* sc-people-list-sort.c — the «Люди» table's model: its order, by the
 * column view's sorter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-list"

#include "config.h"

#include "sc-people-list-private.h"

static int
compare_people (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  ScPeopleList *self = data;
  guint ia = *(const guint *)a, ib = *(const guint *)b;
  int c = gtk_sorter_compare (self->sorter, self->people->pdata[ia], self->people->pdata[ib]);

  if (c != GTK_ORDERING_EQUAL)
    return c;
  /* Equals stay in name order. */
  return ia < ib ? -1 : ia > ib;
}

/* The usual order is by name, the order people are kept in: checking
 * that takes one pass instead of a sort. */
void
sc_people_list_sort (ScPeopleList *self)
{
  guint n = self->people->len;
  gboolean sorted = TRUE;

  for (guint i = 0; i < n; i++)
    self->order[i] = i;
  if (self->sorter == NULL)
    return;
  for (guint i = 1; sorted && i < n; i++)
    sorted = compare_people (&self->order[i - 1], &self->order[i], self) < 0;
  if (!sorted)
    g_qsort_with_data (self->order, n, sizeof (guint), compare_people, self);
}

/* Those shown stay shown, in the new order. */
static void
collect_shown (ScPeopleList *self)
{
  guint n = 0;

  for (guint i = 0; i < self->people->len; i++)
    if (self->flags[self->order[i]] & SC_PEOPLE_LIST_SHOWN)
      self->visible[n++] = self->order[i];
  self->n_visible = n;
}

static void
sorter_changed_cb (ScPeopleList *self)
{
  sc_people_list_forget_trail (self);
  sc_people_list_sort (self);
  collect_shown (self);
  sc_people_list_publish (self, self->n_visible, FALSE);
}

void
sc_people_list_watch_sorter (ScPeopleList *self,
                             GtkSorter    *sorter)
{
  if (sorter == NULL)
    return;
  self->sorter = g_object_ref (sorter);
  g_signal_connect_swapped (sorter, "changed", G_CALLBACK (sorter_changed_cb), self);
}

void
sc_people_list_unwatch_sorter (ScPeopleList *self)
{
  if (self->sorter != NULL)
    g_signal_handlers_disconnect_by_func (self->sorter, sorter_changed_cb, self);
  g_clear_object (&self->sorter);
}

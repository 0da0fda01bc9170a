/* sc-people-list-selection.c — the «Люди» table's model: GtkSelectionModel,
 * who is selected, kept per person so that a search hides them selected
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-list"

#include "config.h"

#include "sc-people-list-private.h"

/* Visible positions whose selection changed: first > last when none. */
typedef struct
{
  guint first;
  guint last;
} Span;

#define SPAN_NONE { G_MAXUINT, 0 }

static void
mark (ScPeopleList *self,
      guint         position,
      gboolean      selected,
      Span         *span)
{
  guint8 *flags = &self->flags[self->visible[position]];

  if (!!(*flags & SC_PEOPLE_LIST_SELECTED) == !!selected)
    return;
  *flags ^= SC_PEOPLE_LIST_SELECTED;
  if (selected)
    self->n_selected++;
  else
    self->n_selected--;
  span->first = MIN (span->first, position);
  span->last = MAX (span->last, position);
}

/* Everyone, the hidden too: what a click on one row means. */
static void
unselect_everyone (ScPeopleList *self,
                   Span         *span)
{
  if (self->n_selected == 0)
    return;
  for (guint i = 0; i < self->n_visible; i++)
    mark (self, i, FALSE, span);
  for (guint i = 0; i < self->people->len; i++)
    self->flags[i] &= ~SC_PEOPLE_LIST_SELECTED;
  self->n_selected = 0;
}

static gboolean
emit_span (ScPeopleList *self,
           const Span   *span)
{
  if (span->first <= span->last)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), span->first,
                                           span->last - span->first + 1);
  return TRUE;
}

static gboolean
mark_range (ScPeopleList *self,
            guint         position,
            guint         n_items,
            gboolean      selected,
            gboolean      unselect_rest)
{
  Span span = SPAN_NONE;
  guint end = position + MIN (n_items, self->n_visible - MIN (position, self->n_visible));

  if (unselect_rest)
    unselect_everyone (self, &span);
  for (guint i = position; i < end; i++)
    mark (self, i, selected, &span);
  return emit_span (self, &span);
}

/* GtkSelectionModel */

static gboolean
sc_people_list_is_selected (GtkSelectionModel *model,
                            guint              position)
{
  ScPeopleList *self = SC_PEOPLE_LIST (model);

  return position < self->n_visible
         && (self->flags[self->visible[position]] & SC_PEOPLE_LIST_SELECTED);
}

static GtkBitset *
sc_people_list_get_selection_in_range (GtkSelectionModel *model,
                                       guint              position,
                                       guint              n_items)
{
  ScPeopleList *self = SC_PEOPLE_LIST (model);
  GtkBitset *selected = gtk_bitset_new_empty ();
  guint end = position + MIN (n_items, self->n_visible - MIN (position, self->n_visible));
  guint run = 0;

  if (self->n_selected == 0)
    return selected;
  for (guint i = position; i <= end; i++)
    {
      gboolean on = i < end && (self->flags[self->visible[i]] & SC_PEOPLE_LIST_SELECTED);

      if (on)
        run++;
      else if (run > 0)
        {
          gtk_bitset_add_range (selected, i - run, run);
          run = 0;
        }
    }
  return selected;
}

static gboolean
sc_people_list_select_item (GtkSelectionModel *model,
                            guint              position,
                            gboolean           unselect_rest)
{
  return mark_range (SC_PEOPLE_LIST (model), position, 1, TRUE, unselect_rest);
}

static gboolean
sc_people_list_unselect_item (GtkSelectionModel *model,
                              guint              position)
{
  return mark_range (SC_PEOPLE_LIST (model), position, 1, FALSE, FALSE);
}

static gboolean
sc_people_list_select_range (GtkSelectionModel *model,
                             guint              position,
                             guint              n_items,
                             gboolean           unselect_rest)
{
  return mark_range (SC_PEOPLE_LIST (model), position, n_items, TRUE, unselect_rest);
}

static gboolean
sc_people_list_unselect_range (GtkSelectionModel *model,
                               guint              position,
                               guint              n_items)
{
  return mark_range (SC_PEOPLE_LIST (model), position, n_items, FALSE, FALSE);
}

/* All those shown: Ctrl+A does not reach people a search hides. */
static gboolean
sc_people_list_select_all (GtkSelectionModel *model)
{
  return mark_range (SC_PEOPLE_LIST (model), 0, G_MAXUINT, TRUE, FALSE);
}

static gboolean
sc_people_list_unselect_all (GtkSelectionModel *model)
{
  ScPeopleList *self = SC_PEOPLE_LIST (model);
  Span span = SPAN_NONE;

  unselect_everyone (self, &span);
  return emit_span (self, &span);
}

static gboolean
sc_people_list_set_selection (GtkSelectionModel *model,
                              GtkBitset         *selected,
                              GtkBitset         *mask)
{
  ScPeopleList *self = SC_PEOPLE_LIST (model);
  Span span = SPAN_NONE;
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, mask, &position);
       ok && position < self->n_visible;
       ok = gtk_bitset_iter_next (&iter, &position))
    mark (self, position, gtk_bitset_contains (selected, position), &span);
  return emit_span (self, &span);
}

void
sc_people_list_selection_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = sc_people_list_is_selected;
  iface->get_selection_in_range = sc_people_list_get_selection_in_range;
  iface->select_item = sc_people_list_select_item;
  iface->unselect_item = sc_people_list_unselect_item;
  iface->select_range = sc_people_list_select_range;
  iface->unselect_range = sc_people_list_unselect_range;
  iface->select_all = sc_people_list_select_all;
  iface->unselect_all = sc_people_list_unselect_all;
  iface->set_selection = sc_people_list_set_selection;
}

/* Public API */

GPtrArray *
sc_people_list_get_selected (ScPeopleList *self)
{
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SC_IS_PEOPLE_LIST (self), selected);

  for (guint i = 0; i < self->people->len && selected->len < self->n_selected; i++)
    if (self->flags[self->order[i]] & SC_PEOPLE_LIST_SELECTED)
      g_ptr_array_add (selected, g_object_ref (self->people->pdata[self->order[i]]));
  return selected;
}

guint
sc_people_list_get_n_selected (ScPeopleList *self,
                               guint        *n_hidden)
{
  guint shown = 0;

  g_return_val_if_fail (SC_IS_PEOPLE_LIST (self), 0);

  for (guint i = 0; i < self->n_visible && shown < self->n_selected; i++)
    shown += (self->flags[self->visible[i]] & SC_PEOPLE_LIST_SELECTED) != 0;
  if (n_hidden != NULL)
    *n_hidden = self->n_selected - shown;
  return self->n_selected;
}

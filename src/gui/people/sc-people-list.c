/* sc-people-list.c — the «Люди» table's model: everyone loaded, sorted by
 * the column view's sorter, filtered, and who is selected
 *
 * One model instead of store → sort → filter → multi selection: a
 * keystroke in the search is a loop over plain arrays, and the table's
 * items are rows that stay in place while other people move into them
 * (sc-person-row.c), so GTK 4.8 rebinds the rows on screen instead of
 * building new ones. items-changed only reports the change in the count.
 *
 * The selection belongs to the people, not to the positions: someone
 * selected stays selected while a search hides them.
 *
 * This file: the object, its rows and the people it is given; sorting in
 * sc-people-list-sort.c, the search and the filter in
 * sc-people-list-search.c, GtkSelectionModel in sc-people-list-selection.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-list"

#include "config.h"

#include <string.h>

#include "sc-people-list-private.h"

static void sc_people_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScPeopleList, sc_people_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      sc_people_list_model_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL,
                                                      sc_people_list_selection_init))

/* The rows */

static gboolean
is_row (gpointer key,
        gpointer value,
        gpointer row)
{
  return value == row;
}

static void
row_gone_cb (gpointer  data,
             GObject  *row)
{
  ScPeopleList *self = data;

  g_hash_table_foreach_remove (self->rows, is_row, row);
}

/* Rows past the end are forgotten; the others show whoever is now at
 * their position, changed after the walk (held meanwhile) since the
 * cells' notify handlers may reach back. */
static void
update_rows (ScPeopleList *self)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &row))
    if (GPOINTER_TO_UINT (key) < self->n_visible)
      {
        g_ptr_array_add (kept, key);
        g_ptr_array_add (kept, g_object_ref (row));
      }
    else
      {
        g_object_weak_unref (row, row_gone_cb, self);
        g_hash_table_iter_remove (&iter);
      }
  for (guint i = 0; i < kept->len; i += 2)
    {
      guint position = GPOINTER_TO_UINT (kept->pdata[i]);

      sc_person_row_set_person (kept->pdata[i + 1], sc_people_list_person_at (self, position));
      g_object_unref (kept->pdata[i + 1]);
    }
}

static void
forget_rows (ScPeopleList *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    g_object_weak_unref (row, row_gone_cb, self);
  g_hash_table_remove_all (self->rows);
}

/* The view hears only of the change in the count. */
void
sc_people_list_publish (ScPeopleList *self,
                        guint         old_n,
                        gboolean      had_selection)
{
  guint common = MIN (old_n, self->n_visible);

  update_rows (self);
  if (old_n != self->n_visible)
    g_list_model_items_changed (G_LIST_MODEL (self), common, old_n - common,
                                self->n_visible - common);
  if ((had_selection || self->n_selected > 0) && common > 0)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), 0, common);
}

/* GListModel */

static GType
sc_people_list_get_item_type (GListModel *model)
{
  return SC_TYPE_PERSON_ROW;
}

static guint
sc_people_list_get_n_items (GListModel *model)
{
  return SC_PEOPLE_LIST (model)->n_visible;
}

static gpointer
sc_people_list_get_item (GListModel *model,
                         guint       position)
{
  ScPeopleList *self = SC_PEOPLE_LIST (model);
  ScPersonRow *row;

  if (position >= self->n_visible)
    return NULL;
  row = g_hash_table_lookup (self->rows, GUINT_TO_POINTER (position));
  if (row != NULL)
    return g_object_ref (row);
  row = sc_person_row_new (sc_people_list_person_at (self, position));
  g_object_weak_ref (G_OBJECT (row), row_gone_cb, self);
  g_hash_table_insert (self->rows, GUINT_TO_POINTER (position), row);
  return row;
}

static void
sc_people_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sc_people_list_get_item_type;
  iface->get_n_items = sc_people_list_get_n_items;
  iface->get_item = sc_people_list_get_item;
}

/* GObject */

static void
sc_people_list_dispose (GObject *object)
{
  ScPeopleList *self = SC_PEOPLE_LIST (object);

  forget_rows (self);
  sc_people_list_unwatch_sorter (self);
  G_OBJECT_CLASS (sc_people_list_parent_class)->dispose (object);
}

static void
sc_people_list_finalize (GObject *object)
{
  ScPeopleList *self = SC_PEOPLE_LIST (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_free);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->trail, g_ptr_array_unref);
  g_clear_pointer (&self->order, g_free);
  g_clear_pointer (&self->visible, g_free);
  g_clear_pointer (&self->flags, g_free);
  G_OBJECT_CLASS (sc_people_list_parent_class)->finalize (object);
}

static void
sc_people_list_class_init (ScPeopleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sc_people_list_dispose;
  object_class->finalize = sc_people_list_finalize;
}

static void
sc_people_list_init (ScPeopleList *self)
{
  self->people = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_hash_table_new (NULL, NULL);
  sc_people_list_init_search (self);
}

/* The people */

static int
compare_sort_keys (gconstpointer a,
                   gconstpointer b)
{
  return strcmp (sc_person_get_sort_key (*(ScPerson **)a), sc_person_get_sort_key (*(ScPerson **)b));
}

/* Per person arrays for @n people, nobody selected. */
static void
make_arrays (ScPeopleList *self,
             guint         n)
{
  /* Made by the first search (sc-people-list-search.c). */
  g_clear_pointer (&self->texts, g_free);
  g_free (self->order);
  g_free (self->visible);
  g_free (self->flags);
  self->order = g_new (guint, MAX (n, 1));
  self->visible = g_new (guint, MAX (n, 1));
  self->flags = g_new0 (guint8, MAX (n, 1));
  self->n_selected = 0;
}

static void
take_people (ScPeopleList *self,
             GListModel   *people)
{
  guint n = people != NULL ? g_list_model_get_n_items (people) : 0;

  g_ptr_array_unref (self->people);
  self->people = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->people, g_list_model_get_item (people, i));
  g_ptr_array_sort (self->people, compare_sort_keys);
  make_arrays (self, n);
}

/* Public API (the search's and the selection's in their files) */

ScPeopleList *
sc_people_list_new (GtkSorter *sorter)
{
  ScPeopleList *self = g_object_new (SC_TYPE_PEOPLE_LIST, NULL);

  g_return_val_if_fail (sorter == NULL || GTK_IS_SORTER (sorter), self);

  sc_people_list_watch_sorter (self, sorter);
  return self;
}

void
sc_people_list_set_people (ScPeopleList *self,
                           GListModel   *people)
{
  guint old_n;
  gboolean had_selection;

  g_return_if_fail (SC_IS_PEOPLE_LIST (self));
  g_return_if_fail (people == NULL || G_IS_LIST_MODEL (people));

  old_n = self->n_visible;
  had_selection = self->n_selected > 0;
  sc_people_list_forget_trail (self);
  take_people (self, people);
  sc_people_list_sort (self);
  sc_people_list_widen (self, FALSE);
  sc_people_list_publish (self, old_n, had_selection);
}

void
sc_people_list_take_sorted (ScPeopleList *self,
                            GPtrArray    *people)
{
  guint old_n;
  gboolean had_selection;

  g_return_if_fail (SC_IS_PEOPLE_LIST (self));
  g_return_if_fail (people != NULL);

  old_n = self->n_visible;
  had_selection = self->n_selected > 0;
  sc_people_list_forget_trail (self);
  g_ptr_array_unref (self->people);
  self->people = people;
  g_ptr_array_set_free_func (self->people, g_object_unref);
  make_arrays (self, people->len);
  sc_people_list_sort (self);
  sc_people_list_widen (self, FALSE);
  sc_people_list_publish (self, old_n, had_selection);
}

void
sc_people_list_sort_by_key (GPtrArray *people)
{
  sc_person_sort_by_name (people);
}

guint
sc_people_list_get_n_people (ScPeopleList *self)
{
  g_return_val_if_fail (SC_IS_PEOPLE_LIST (self), 0);
  return self->people->len;
}

ScPerson *
sc_people_list_get_person (ScPeopleList *self,
                           guint         position)
{
  g_return_val_if_fail (SC_IS_PEOPLE_LIST (self), NULL);
  return position < self->n_visible ? sc_people_list_person_at (self, position) : NULL;
}

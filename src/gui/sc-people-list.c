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
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-list"

#include "config.h"

#include <string.h>

#include "sc-people-list.h"

enum {
  SHOWN    = 1 << 0,
  SELECTED = 1 << 1,
};

struct _ScPeopleList
{
  GObject             parent_instance;

  GPtrArray          *people;     /* ScPerson, by name (their ICU keys) */
  const char        **texts;      /* their search texts: no trip through each person */
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

static void sc_people_list_model_init     (GListModelInterface        *iface);
static void sc_people_list_selection_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScPeopleList, sc_people_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      sc_people_list_model_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL,
                                                      sc_people_list_selection_init))

/* Visible positions whose selection changed: first > last when none. */
typedef struct
{
  guint first;
  guint last;
} Span;

#define SPAN_NONE { G_MAXUINT, 0 }

static ScPerson *
person_at (ScPeopleList *self,
           guint         position)
{
  return self->people->pdata[self->visible[position]];
}

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
      sc_person_row_set_person (kept->pdata[i + 1],
                                person_at (self, GPOINTER_TO_UINT (kept->pdata[i])));
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

/* After the people shown changed: the rows take their new people, and
 * the view hears only of the change in the count. @had_selection: someone
 * was selected before, rows may have to show it no more. */
static void
publish (ScPeopleList *self,
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

/* Sorting */

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
static void
sort (ScPeopleList *self)
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

static void
collect_shown (ScPeopleList *self)
{
  guint n = 0;

  for (guint i = 0; i < self->people->len; i++)
    if (self->flags[self->order[i]] & SHOWN)
      self->visible[n++] = self->order[i];
  self->n_visible = n;
}

static void
sorter_changed_cb (ScPeopleList *self)
{
  g_ptr_array_set_size (self->trail, 0);
  sort (self);
  collect_shown (self);
  publish (self, self->n_visible, FALSE);
}

/* Filtering */

/* The search first: a keystroke reads 50 000 texts, not 50 000 people. */
static gboolean
passes (ScPeopleList *self,
        guint         index)
{
  for (char **word = self->words; word != NULL && *word != NULL; word++)
    if (strstr (self->texts[index], *word) == NULL)
      return FALSE;
  return self->filter == NULL || self->filter (self->people->pdata[index], self->filter_data);
}

/* Typing on only narrows what a search matches and erasing only widens
 * it: only those shown, or only those hidden, need a look. */
static GtkFilterChange
search_change (const char *before,
               const char *now)
{
  if (g_str_has_prefix (now, before))
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (g_str_has_prefix (before, now))
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

static char **
split_words (const char *folded)
{
  g_auto(GStrv) split = g_strsplit (folded, " ", -1);
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();

  for (guint i = 0; split[i] != NULL; i++)
    if (*split[i] != '\0')
      g_strv_builder_add (words, split[i]);
  return g_strv_builder_end (words);
}

/* A stricter filter: only those shown can drop out. */
static void
narrow (ScPeopleList *self)
{
  guint n = 0;

  for (guint i = 0; i < self->n_visible; i++)
    {
      guint index = self->visible[i];

      if (passes (self, index))
        self->visible[n++] = index;
      else
        self->flags[index] &= ~SHOWN;
    }
  self->n_visible = n;
}

/* @keep_shown: a less strict filter, those shown stay. */
static void
widen (ScPeopleList *self,
       gboolean      keep_shown)
{
  guint n = 0;

  for (guint i = 0; i < self->people->len; i++)
    {
      guint index = self->order[i];
      gboolean shown = (keep_shown && (self->flags[index] & SHOWN)) || passes (self, index);

      if (shown)
        {
          self->flags[index] |= SHOWN;
          self->visible[n++] = index;
        }
      else
        self->flags[index] &= ~SHOWN;
    }
  self->n_visible = n;
}

/* The trail: what each search showed while typing narrowed it, so that
 * erasing goes back to it instead of searching everyone hidden again.
 * Valid while only the search changes: anything else clears it. */

typedef struct
{
  char  *search;
  guint *visible;
  guint  n_visible;
} Step;

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->search);
  g_free (step->visible);
  g_free (step);
}

static void
push_step (ScPeopleList *self)
{
  Step *step = g_new (Step, 1);

  step->search = g_strdup (self->search);
  step->visible = g_memdup2 (self->visible, self->n_visible * sizeof (guint));
  step->n_visible = self->n_visible;
  g_ptr_array_add (self->trail, step);
}

/* A shorter search: those shown now are among those it showed. */
static void
restore_step (ScPeopleList *self,
              const Step   *step)
{
  if (step->n_visible > 0)
    memcpy (self->visible, step->visible, step->n_visible * sizeof (guint));
  self->n_visible = step->n_visible;
  for (guint i = 0; i < self->n_visible; i++)
    self->flags[self->visible[i]] |= SHOWN;
}

/* Back to @search, a prefix of the current one: TRUE when the trail
 * had it. Steps for longer searches are dropped on the way. */
static gboolean
retrace (ScPeopleList *self,
         const char   *search)
{
  size_t length = strlen (search);

  while (self->trail->len > 0)
    {
      Step *step = g_ptr_array_index (self->trail, self->trail->len - 1);
      size_t step_length = strlen (step->search);

      if (step_length < length)
        return FALSE;
      if (step_length == length)
        restore_step (self, step);
      g_ptr_array_remove_index (self->trail, self->trail->len - 1);
      if (step_length == length)
        return TRUE;
    }
  return FALSE;
}

static void
filter_now (ScPeopleList    *self,
            GtkFilterChange  change)
{
  guint old_n = self->n_visible;

  if (change == GTK_FILTER_CHANGE_MORE_STRICT)
    narrow (self);
  else
    widen (self, change == GTK_FILTER_CHANGE_LESS_STRICT);
  publish (self, old_n, FALSE);
}

/* Selecting */

static void
mark (ScPeopleList *self,
      guint         position,
      gboolean      selected,
      Span         *span)
{
  guint8 *flags = &self->flags[self->visible[position]];

  if (!!(*flags & SELECTED) == !!selected)
    return;
  *flags ^= SELECTED;
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
    self->flags[i] &= ~SELECTED;
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
  row = sc_person_row_new (person_at (self, position));
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

/* GtkSelectionModel */

static gboolean
sc_people_list_is_selected (GtkSelectionModel *model,
                            guint              position)
{
  ScPeopleList *self = SC_PEOPLE_LIST (model);

  return position < self->n_visible && (self->flags[self->visible[position]] & SELECTED);
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
      gboolean on = i < end && (self->flags[self->visible[i]] & SELECTED);

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

static void
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

/* GObject */

static void
sc_people_list_dispose (GObject *object)
{
  ScPeopleList *self = SC_PEOPLE_LIST (object);

  forget_rows (self);
  if (self->sorter != NULL)
    g_signal_handlers_disconnect_by_func (self->sorter, sorter_changed_cb, self);
  g_clear_object (&self->sorter);
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
  self->search = g_strdup ("");
  self->trail = g_ptr_array_new_with_free_func (step_free);
}

/* Public API */

ScPeopleList *
sc_people_list_new (GtkSorter *sorter)
{
  ScPeopleList *self = g_object_new (SC_TYPE_PEOPLE_LIST, NULL);

  g_return_val_if_fail (sorter == NULL || GTK_IS_SORTER (sorter), self);

  if (sorter != NULL)
    {
      self->sorter = g_object_ref (sorter);
      g_signal_connect_swapped (sorter, "changed", G_CALLBACK (sorter_changed_cb), self);
    }
  return self;
}

void
sc_people_list_set_filter (ScPeopleList       *self,
                           ScPeopleListFilter  filter,
                           gpointer            user_data)
{
  g_return_if_fail (SC_IS_PEOPLE_LIST (self));

  self->filter = filter;
  self->filter_data = user_data;
}

static int
compare_sort_keys (gconstpointer a,
                   gconstpointer b)
{
  return strcmp (sc_person_get_sort_key (*(ScPerson **)a), sc_person_get_sort_key (*(ScPerson **)b));
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
  g_free (self->texts);
  self->texts = g_new (const char *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->texts[i] = sc_person_get_search_text (self->people->pdata[i]);
  g_free (self->order);
  g_free (self->visible);
  g_free (self->flags);
  self->order = g_new (guint, MAX (n, 1));
  self->visible = g_new (guint, MAX (n, 1));
  self->flags = g_new0 (guint8, MAX (n, 1));
  self->n_selected = 0;
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
  g_ptr_array_set_size (self->trail, 0);
  take_people (self, people);
  sort (self);
  widen (self, FALSE);
  publish (self, old_n, had_selection);
}

void
sc_people_list_refilter (ScPeopleList    *self,
                         GtkFilterChange  change)
{
  g_return_if_fail (SC_IS_PEOPLE_LIST (self));

  g_ptr_array_set_size (self->trail, 0);
  filter_now (self, change);
}

void
sc_people_list_set_search (ScPeopleList *self,
                           const char   *folded)
{
  GtkFilterChange change;
  guint old_n;

  g_return_if_fail (SC_IS_PEOPLE_LIST (self));

  if (folded == NULL)
    folded = "";
  if (g_str_equal (folded, self->search))
    return;
  change = search_change (self->search, folded);
  if (change == GTK_FILTER_CHANGE_MORE_STRICT)
    push_step (self);
  else if (change == GTK_FILTER_CHANGE_DIFFERENT)
    g_ptr_array_set_size (self->trail, 0);
  g_free (self->search);
  self->search = g_strdup (folded);
  g_clear_pointer (&self->words, g_strfreev);
  self->words = split_words (folded);
  old_n = self->n_visible;
  if (change == GTK_FILTER_CHANGE_LESS_STRICT && retrace (self, folded))
    publish (self, old_n, FALSE);
  else
    filter_now (self, change);
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
  return position < self->n_visible ? person_at (self, position) : NULL;
}

GPtrArray *
sc_people_list_get_selected (ScPeopleList *self)
{
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SC_IS_PEOPLE_LIST (self), selected);

  for (guint i = 0; i < self->people->len && selected->len < self->n_selected; i++)
    if (self->flags[self->order[i]] & SELECTED)
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
    shown += (self->flags[self->visible[i]] & SELECTED) != 0;
  if (n_hidden != NULL)
    *n_hidden = self->n_selected - shown;
  return self->n_selected;
}

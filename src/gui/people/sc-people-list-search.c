/* sc-people-list-search.c — the «Люди» table's model: who is shown, by
 * the folded-text search and the page's filter, with the memory of what
 * narrower searches showed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-list"

#include "config.h"

#include <string.h>

#include "sc-people-list-private.h"

/* The search texts are made at the first search: a list nobody searches
 * does not hold 50 000 of them (5 MB). */
static void
ensure_texts (ScPeopleList *self)
{
  guint n = self->people->len;

  if (self->texts != NULL || self->words == NULL || self->words[0] == NULL)
    return;
  self->texts = g_new (const char *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->texts[i] = sc_person_get_search_text (self->people->pdata[i]);
}

/* The search first: a keystroke reads 50 000 texts, not 50 000 people. */
static gboolean
passes (ScPeopleList *self,
        guint         index)
{
  ensure_texts (self);
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
        self->flags[index] &= ~SC_PEOPLE_LIST_SHOWN;
    }
  self->n_visible = n;
}

/* @keep_shown: a less strict filter, those shown stay. */
void
sc_people_list_widen (ScPeopleList *self,
                      gboolean      keep_shown)
{
  guint n = 0;

  for (guint i = 0; i < self->people->len; i++)
    {
      guint index = self->order[i];
      gboolean shown = (keep_shown && (self->flags[index] & SC_PEOPLE_LIST_SHOWN))
                       || passes (self, index);

      if (shown)
        {
          self->flags[index] |= SC_PEOPLE_LIST_SHOWN;
          self->visible[n++] = index;
        }
      else
        self->flags[index] &= ~SC_PEOPLE_LIST_SHOWN;
    }
  self->n_visible = n;
}

static void
filter_now (ScPeopleList    *self,
            GtkFilterChange  change)
{
  guint old_n = self->n_visible;

  if (change == GTK_FILTER_CHANGE_MORE_STRICT)
    narrow (self);
  else
    sc_people_list_widen (self, change == GTK_FILTER_CHANGE_LESS_STRICT);
  sc_people_list_publish (self, old_n, FALSE);
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
    self->flags[self->visible[i]] |= SC_PEOPLE_LIST_SHOWN;
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

void
sc_people_list_forget_trail (ScPeopleList *self)
{
  g_ptr_array_set_size (self->trail, 0);
}

void
sc_people_list_init_search (ScPeopleList *self)
{
  self->search = g_strdup ("");
  self->trail = g_ptr_array_new_with_free_func (step_free);
}

/* Public API */

void
sc_people_list_set_filter (ScPeopleList       *self,
                           ScPeopleListFilter  filter,
                           gpointer            user_data)
{
  g_return_if_fail (SC_IS_PEOPLE_LIST (self));

  self->filter = filter;
  self->filter_data = user_data;
}

void
sc_people_list_refilter (ScPeopleList    *self,
                         GtkFilterChange  change)
{
  g_return_if_fail (SC_IS_PEOPLE_LIST (self));

  sc_people_list_forget_trail (self);
  filter_now (self, change);
}

/* Typing on remembers what the shorter search showed; another search
 * altogether forgets all that. */
static void
take_search (ScPeopleList    *self,
             const char      *folded,
             GtkFilterChange  change)
{
  if (change == GTK_FILTER_CHANGE_MORE_STRICT)
    push_step (self);
  else if (change == GTK_FILTER_CHANGE_DIFFERENT)
    sc_people_list_forget_trail (self);
  g_free (self->search);
  self->search = g_strdup (folded);
  g_clear_pointer (&self->words, g_strfreev);
  self->words = split_words (folded);
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
  take_search (self, folded, change);
  old_n = self->n_visible;
  if (change == GTK_FILTER_CHANGE_LESS_STRICT && retrace (self, folded))
    sc_people_list_publish (self, old_n, FALSE);
  else
    filter_now (self, change);
}

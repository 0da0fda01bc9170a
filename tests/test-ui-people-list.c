/* test-ui-people-list.c — the «Люди» table's model: filtering, sorting,
 * the selection per person, and that what it tells the view (items-changed,
 * selection-changed) keeps a mirror of it right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-people-list.h"
#include "sc-test-ui.h"
#include "sc-text.h"

typedef struct
{
  ScPeopleList *list;
  GListStore   *people;
  GPtrArray    *rows;      /* the mirror: what a view holds, from the signals alone */
  GArray       *selected;  /* the mirror of is_selected (gboolean) */
  const char   *word;      /* the filter: folded text to find, or NULL */
  int           category;  /* the filter: ScCategory, or -1 for any */
  guint         n_items_changed;
} Fixture;

/* Given in no order; the list keeps them by name (ICU "ru": Ё with Е). */
static const struct
{
  const char *last;
  const char *first;
  ScCategory  category;
} people[] = {
  { "Жуков", "Илья", SC_CATEGORY_STUDENT },
  { "Ковалёва", "Анна", SC_CATEGORY_STUDENT },
  { "Абрамов", "Олег", SC_CATEGORY_TEACHER },
  { "Смирнова", "Ольга", SC_CATEGORY_STUDENT },
  { "Ёлкина", "Алёна", SC_CATEGORY_TEACHER },
  { "Егорова", "Мария", SC_CATEGORY_STUDENT },
  { "Кузнецов", "Денис", SC_CATEGORY_STUDENT },
  { "Ковалев", "Иван", SC_CATEGORY_TEACHER },
  { "Орлов", "Глеб", SC_CATEGORY_STUDENT },
  { "Иванов", "Пётр", SC_CATEGORY_STUDENT },
};

static const char *const by_name[] = {
  "Абрамов Олег", "Егорова Мария", "Ёлкина Алёна", "Жуков Илья", "Иванов Пётр",
  "Ковалев Иван", "Ковалёва Анна", "Кузнецов Денис", "Орлов Глеб", "Смирнова Ольга", NULL,
};

static GListStore *
make_people (void)
{
  GListStore *store = g_list_store_new (SC_TYPE_PERSON);

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      ScPersonRecord *r = sc_person_record_new ();
      g_autoptr(ScPerson) person = NULL;

      g_free (r->last_name), r->last_name = g_strdup (people[i].last);
      g_free (r->first_name), r->first_name = g_strdup (people[i].first);
      r->category = people[i].category;
      r->id = i + 1;
      person = sc_person_new (r);
      g_list_store_append (store, person);
    }
  return store;
}

static gboolean
filter_person (ScPerson *person,
               gpointer  data)
{
  Fixture *f = data;

  if (f->category >= 0 && (int)sc_person_get_record (person)->category != f->category)
    return FALSE;
  return f->word == NULL || strstr (sc_person_get_search_text (person), f->word) != NULL;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  g_assert_cmpuint (position + removed, <=, f->rows->len);
  g_assert_cmpuint (removed + added, >, 0);
  f->n_items_changed++;
  g_ptr_array_remove_range (f->rows, position, removed);
  g_array_remove_range (f->selected, position, removed);
  for (guint i = 0; i < added; i++)
    {
      gboolean on = gtk_selection_model_is_selected (GTK_SELECTION_MODEL (model), position + i);
      g_ptr_array_insert (f->rows, position + i, g_list_model_get_item (model, position + i));
      g_array_insert_val (f->selected, position + i, on);
    }
}

static void
selection_changed_cb (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      Fixture           *f)
{
  g_assert_cmpuint (n_items, >, 0);
  g_assert_cmpuint (position + n_items, <=, f->selected->len);
  for (guint i = position; i < position + n_items; i++)
    g_array_index (f->selected, gboolean, i) = gtk_selection_model_is_selected (model, i);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->list = sc_people_list_new ((GtkSorter *)data);
  f->people = make_people ();
  f->rows = g_ptr_array_new_with_free_func (g_object_unref);
  f->selected = g_array_new (FALSE, FALSE, sizeof (gboolean));
  f->category = -1;
  sc_people_list_set_filter (f->list, filter_person, f);
  g_signal_connect (f->list, "items-changed", G_CALLBACK (items_changed_cb), f);
  g_signal_connect (f->list, "selection-changed", G_CALLBACK (selection_changed_cb), f);
  sc_people_list_set_people (f->list, G_LIST_MODEL (f->people));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_ptr_array_unref (f->rows);
  g_array_unref (f->selected);
  g_assert_finalize_object (f->list);
  g_object_unref (f->people);
}

/* The model, and the mirror built from its signals, show @names. */
static void
assert_shown (Fixture           *f,
              const char *const *names)
{
  guint n = g_strv_length ((char **)names);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, n);
  g_assert_cmpuint (f->rows->len, ==, n);
  g_assert_null (sc_people_list_get_person (f->list, n));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScPersonRow) row = g_list_model_get_item (G_LIST_MODEL (f->list), i);

      g_assert_cmpstr (sc_person_get_full_name (sc_people_list_get_person (f->list, i)), ==, names[i]);
      /* The same row object as the view holds, now showing whoever is there. */
      g_assert_true (row == f->rows->pdata[i]);
      g_assert_true (sc_person_row_get_person (row) == sc_people_list_get_person (f->list, i));
      g_assert_cmpint (g_array_index (f->selected, gboolean, i), ==,
                       gtk_selection_model_is_selected (GTK_SELECTION_MODEL (f->list), i));
    }
}

static void
refilter (Fixture         *f,
          const char      *word,
          int              category,
          GtkFilterChange  change)
{
  f->word = word;
  f->category = category;
  sc_people_list_refilter (f->list, change);
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  const char *const kov[] = { "Ковалев Иван", "Ковалёва Анна", NULL };
  const char *const kova[] = { "Ковалёва Анна", NULL };
  const char *const k[] = { "Ёлкина Алёна", "Жуков Илья", "Ковалев Иван", "Ковалёва Анна",
                            "Кузнецов Денис", NULL };
  const char *const k_students[] = { "Жуков Илья", "Ковалёва Анна", "Кузнецов Денис", NULL };
  const char *const teachers[] = { "Абрамов Олег", "Ёлкина Алёна", "Ковалев Иван", NULL };
  const char *const none[] = { NULL };

  assert_shown (f, by_name);
  g_assert_cmpuint (sc_people_list_get_n_people (f->list), ==, G_N_ELEMENTS (people));

  /* Typing narrows, erasing widens: as the page tells it. */
  refilter (f, "к", -1, GTK_FILTER_CHANGE_DIFFERENT);
  assert_shown (f, k);
  refilter (f, "кова", -1, GTK_FILTER_CHANGE_MORE_STRICT);
  assert_shown (f, kov);
  refilter (f, "ковалева", -1, GTK_FILTER_CHANGE_MORE_STRICT);
  assert_shown (f, kova);
  refilter (f, "ковалевах", -1, GTK_FILTER_CHANGE_MORE_STRICT);
  assert_shown (f, none);
  refilter (f, "кова", -1, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (f, kov);
  refilter (f, "к", -1, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (f, k);
  refilter (f, "к", SC_CATEGORY_STUDENT, GTK_FILTER_CHANGE_DIFFERENT);
  assert_shown (f, k_students);
  refilter (f, NULL, SC_CATEGORY_TEACHER, GTK_FILTER_CHANGE_DIFFERENT);
  assert_shown (f, teachers);
  refilter (f, "к", -1, GTK_FILTER_CHANGE_DIFFERENT);
  refilter (f, "ку", -1, GTK_FILTER_CHANGE_MORE_STRICT);
  refilter (f, "к", -1, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (f, k);
  refilter (f, "к", -1, GTK_FILTER_CHANGE_MORE_STRICT); /* nothing changes */
  assert_shown (f, k);
  refilter (f, "кова", -1, GTK_FILTER_CHANGE_MORE_STRICT);
  assert_shown (f, kov);
  refilter (f, NULL, -1, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (f, by_name);
}

static guint position_of     (Fixture    *f,
                              const char *name);
static void  assert_selected (Fixture    *f,
                              const char *names,
                              guint       n_hidden);

static int
category_of (const char *full_name)
{
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", people[i].last, people[i].first);
      if (g_str_equal (name, full_name))
        return people[i].category;
    }
  g_assert_not_reached ();
}

/* The names, in name order, whose folded form holds every word of @folded. */
static GStrv
names_with (const char *folded,
            int         category)
{
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; by_name[i] != NULL; i++)
    {
      g_autofree char *name = sc_text_fold (by_name[i]);
      gboolean found = TRUE;

      for (guint w = 0; words[w] != NULL; w++)
        found = found && strstr (name, words[w]) != NULL;
      if (found && (category < 0 || category_of (by_name[i]) == category))
        g_strv_builder_add (names, by_name[i]);
    }
  return g_strv_builder_end (names);
}

static void
search_for (Fixture    *f,
            const char *folded)
{
  g_auto(GStrv) expected = names_with (folded, f->category);

  sc_people_list_set_search (f->list, folded);
  assert_shown (f, (const char *const *)expected);
}

/* The list's own search: as typed, erased, pasted over, with the other
 * criteria changed half way. */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  const char *typed[] = { "к", "ко", "ков", "кова", "ковал", "ковале", "ковалев", "ковалева",
                          "ковалевах" };
  guint n = G_N_ELEMENTS (typed);

  for (guint i = 0; i < n; i++)
    search_for (f, typed[i]);
  for (guint i = n - 1; i-- > 0;)
    search_for (f, typed[i]);
  search_for (f, "");

  /* Erased at once; two words; a word with a space after it. */
  search_for (f, "ко");
  search_for (f, "ковале");
  search_for (f, "");
  search_for (f, "ковал");
  search_for (f, "ковал иван");
  search_for (f, "ковал ");
  search_for (f, "ковал");
  search_for (f, "иван");
  search_for (f, "ив");

  /* The category changes while a search is typed: erasing then
   * looks again rather than going back to what was shown before. */
  search_for (f, "к");
  search_for (f, "ко");
  refilter (f, NULL, SC_CATEGORY_TEACHER, GTK_FILTER_CHANGE_DIFFERENT);
  search_for (f, "ко");
  search_for (f, "к");
  search_for (f, "");
  refilter (f, NULL, -1, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (f, by_name);

  /* Those selected stay so through it all. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (f->list), position_of (f, "Жуков Илья"), TRUE);
  search_for (f, "к");
  search_for (f, "кова");
  search_for (f, "к");
  search_for (f, "");
  assert_selected (f, "Жуков Илья", 0);
}

static void
count_notify (guint *n)
{
  (*n)++;
}

/* Rows stay the same objects: a search only changes who is in them, and
 * items-changed only the count. */
static void
test_rows_stay (Fixture       *f,
                gconstpointer  data)
{
  const char *const kov[] = { "Ковалев Иван", "Ковалёва Анна", NULL };
  ScPersonRow *first = f->rows->pdata[0];
  ScPersonRow *gone = NULL;
  guint n_notified = 0;

  g_signal_connect_swapped (first, "notify::person", G_CALLBACK (count_notify), &n_notified);
  f->n_items_changed = 0;
  refilter (f, "кова", -1, GTK_FILTER_CHANGE_DIFFERENT);
  assert_shown (f, kov);
  g_assert_true (f->rows->pdata[0] == first);
  g_assert_cmpuint (n_notified, ==, 1);
  g_assert_cmpuint (f->n_items_changed, ==, 1);
  refilter (f, NULL, -1, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (f, by_name);
  g_assert_cmpuint (n_notified, ==, 2);

  /* A row nobody holds is let go, and made again when asked for. */
  g_ptr_array_set_size (f->rows, 0);
  g_array_set_size (f->selected, 0);
  g_signal_handlers_disconnect_by_data (f->list, f);
  gone = g_list_model_get_item (G_LIST_MODEL (f->list), 9);
  g_object_add_weak_pointer (G_OBJECT (gone), (gpointer *)&gone);
  g_object_unref (gone);
  g_assert_null (gone);
  {
    g_autoptr(ScPersonRow) again = g_list_model_get_item (G_LIST_MODEL (f->list), 9);
    g_assert_cmpstr (sc_person_get_full_name (sc_person_row_get_person (again)), ==, "Смирнова Ольга");
  }
}

static int
teachers_first (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  int ca = sc_person_get_record ((ScPerson *)a)->category;
  int cb = sc_person_get_record ((ScPerson *)b)->category;
  gboolean *inverted = data;
  int c = *inverted ? cb - ca : ca - cb;

  return c < 0 ? GTK_ORDERING_SMALLER : c > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
test_sort (void)
{
  static gboolean inverted = FALSE;
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (teachers_first, &inverted, NULL));
  Fixture f = { 0 };
  const char *const teachers_then_students[] = {
    "Абрамов Олег", "Ёлкина Алёна", "Ковалев Иван",
    "Егорова Мария", "Жуков Илья", "Иванов Пётр", "Ковалёва Анна", "Кузнецов Денис",
    "Орлов Глеб", "Смирнова Ольга", NULL,
  };
  const char *const students_then_teachers[] = {
    "Егорова Мария", "Жуков Илья", "Иванов Пётр", "Ковалёва Анна", "Кузнецов Денис",
    "Орлов Глеб", "Смирнова Ольга", "Абрамов Олег", "Ёлкина Алёна", "Ковалев Иван", NULL,
  };
  const char *const kov_students_first[] = { "Ковалёва Анна", "Ковалев Иван", NULL };
  const char *const kov_teachers_first[] = { "Ковалев Иван", "Ковалёва Анна", NULL };

  /* Equals stay in name order. */
  fixture_set_up (&f, sorter);
  assert_shown (&f, teachers_then_students);
  f.n_items_changed = 0;
  inverted = TRUE;
  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_INVERTED);
  assert_shown (&f, students_then_teachers);
  g_assert_cmpuint (f.n_items_changed, ==, 0); /* the count did not change */
  refilter (&f, "кова", -1, GTK_FILTER_CHANGE_MORE_STRICT);
  assert_shown (&f, kov_students_first);
  inverted = FALSE;
  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_INVERTED);
  assert_shown (&f, kov_teachers_first); /* re-sorted, still filtered */
  refilter (&f, NULL, -1, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (&f, teachers_then_students);
  fixture_tear_down (&f, sorter);
}

static guint
position_of (Fixture    *f,
             const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->list)); i++)
    if (g_str_equal (sc_person_get_full_name (sc_people_list_get_person (f->list, i)), name))
      return i;
  g_assert_not_reached ();
}

static char *
selected_names (Fixture *f)
{
  g_autoptr(GPtrArray) selected = sc_people_list_get_selected (f->list);
  GString *names = g_string_new ("");

  for (guint i = 0; i < selected->len; i++)
    g_string_append_printf (names, "%s%s", i ? ";" : "", sc_person_get_full_name (selected->pdata[i]));
  return g_string_free (names, FALSE);
}

static void
assert_selected (Fixture    *f,
                 const char *names,
                 guint       n_hidden)
{
  g_autofree char *got = selected_names (f);
  guint hidden = G_MAXUINT;
  guint n = sc_people_list_get_n_selected (f->list, &hidden);

  g_auto(GStrv) split = g_strsplit (names, ";", -1);

  g_assert_cmpstr (got, ==, names);
  g_assert_cmpuint (n, ==, *names ? g_strv_length (split) : 0);
  g_assert_cmpuint (hidden, ==, n_hidden);
}

static void
test_selection_survives_filter (Fixture       *f,
                                gconstpointer  data)
{
  GtkSelectionModel *model = GTK_SELECTION_MODEL (f->list);
  const char *const kov[] = { "Ковалев Иван", "Ковалёва Анна", NULL };

  gtk_selection_model_select_item (model, position_of (f, "Жуков Илья"), TRUE);
  gtk_selection_model_select_item (model, position_of (f, "Ковалёва Анна"), FALSE);
  assert_shown (f, by_name);
  assert_selected (f, "Жуков Илья;Ковалёва Анна", 0);

  /* A search hides Жуков: still selected, and counted as hidden. */
  refilter (f, "кова", -1, GTK_FILTER_CHANGE_DIFFERENT);
  assert_shown (f, kov);
  g_assert_false (gtk_selection_model_is_selected (model, 0));
  g_assert_true (gtk_selection_model_is_selected (model, 1));
  assert_selected (f, "Жуков Илья;Ковалёва Анна", 1);
  {
    g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (model);
    g_assert_cmpuint (gtk_bitset_get_size (set), ==, 1);
    g_assert_true (gtk_bitset_contains (set, 1));
  }

  /* Ctrl+A reaches only those shown. */
  gtk_selection_model_select_all (model);
  assert_shown (f, kov);
  assert_selected (f, "Жуков Илья;Ковалев Иван;Ковалёва Анна", 1);
  gtk_selection_model_unselect_item (model, 0);

  /* Shown again: selected again, at the new position. */
  refilter (f, NULL, -1, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (f, by_name);
  g_assert_true (gtk_selection_model_is_selected (model, position_of (f, "Жуков Илья")));
  g_assert_true (gtk_selection_model_is_selected (model, position_of (f, "Ковалёва Анна")));
  g_assert_false (gtk_selection_model_is_selected (model, position_of (f, "Ковалев Иван")));
  assert_selected (f, "Жуков Илья;Ковалёва Анна", 0);

  /* A click on one row drops everyone else, the hidden too. */
  refilter (f, "кова", -1, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_selection_model_select_item (model, 0, TRUE);
  assert_selected (f, "Ковалев Иван", 0);
  refilter (f, NULL, -1, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (f, by_name);
  assert_selected (f, "Ковалев Иван", 0);

  /* unselect_all: nobody, shown or hidden. */
  gtk_selection_model_select_item (model, 0, FALSE);
  refilter (f, "кова", -1, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_selection_model_unselect_all (model);
  refilter (f, NULL, -1, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (f, by_name);
  assert_selected (f, "", 0);
}

static void
test_selection_ranges (Fixture       *f,
                       gconstpointer  data)
{
  GtkSelectionModel *model = GTK_SELECTION_MODEL (f->list);
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = gtk_bitset_new_range (0, 6);

  gtk_selection_model_select_range (model, 2, 3, FALSE);
  assert_shown (f, by_name);
  assert_selected (f, "Ёлкина Алёна;Жуков Илья;Иванов Пётр", 0);
  gtk_selection_model_select_range (model, 8, 100, TRUE); /* past the end: up to it */
  assert_shown (f, by_name);
  assert_selected (f, "Орлов Глеб;Смирнова Ольга", 0);
  gtk_selection_model_select_range (model, 0, 2, FALSE);
  gtk_selection_model_unselect_range (model, 1, 8);
  assert_shown (f, by_name);
  assert_selected (f, "Абрамов Олег;Смирнова Ольга", 0);
  {
    g_autoptr(GtkBitset) in_range = gtk_selection_model_get_selection_in_range (model, 1, 9);
    g_assert_cmpuint (gtk_bitset_get_size (in_range), ==, 1);
    g_assert_true (gtk_bitset_contains (in_range, 9));
  }

  /* set_selection: within the mask as given, outside it untouched. */
  gtk_bitset_add (selected, 1);
  gtk_bitset_add (selected, 3);
  gtk_bitset_add (selected, 7); /* outside the mask: ignored */
  gtk_selection_model_set_selection (model, selected, mask);
  assert_shown (f, by_name);
  assert_selected (f, "Егорова Мария;Жуков Илья;Смирнова Ольга", 0);
}

/* A reload (new objects for the same people, one more) clears the
 * selection and keeps the rows. */
static void
test_reload (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GListStore) again = make_people ();
  ScPersonRecord *r = sc_person_record_new ();
  g_autoptr(ScPerson) added = NULL;
  ScPersonRow *first = f->rows->pdata[0];
  const char *const kov[] = { "Ковалев Иван", "Ковалёва Анна", "Коваль Ян", NULL };
  const char *names[G_N_ELEMENTS (by_name) + 1] = { "Абрамов Олег", "Егорова Мария", "Ёлкина Алёна",
    "Жуков Илья", "Иванов Пётр", "Ковалев Иван", "Ковалёва Анна", "Коваль Ян", "Кузнецов Денис",
    "Орлов Глеб", "Смирнова Ольга", NULL };

  gtk_selection_model_select_range (GTK_SELECTION_MODEL (f->list), 0, 3, TRUE);
  g_free (r->last_name), r->last_name = g_strdup ("Коваль");
  g_free (r->first_name), r->first_name = g_strdup ("Ян");
  added = sc_person_new (r);
  g_list_store_append (again, added);
  sc_people_list_set_people (f->list, G_LIST_MODEL (again));
  assert_shown (f, names);
  g_assert_true (f->rows->pdata[0] == first);
  assert_selected (f, "", 0);
  refilter (f, "ковал", -1, GTK_FILTER_CHANGE_MORE_STRICT);
  assert_shown (f, kov);
  sc_people_list_set_people (f->list, NULL);
  assert_shown (f, (const char *const[]){ NULL });
  g_assert_cmpuint (sc_people_list_get_n_people (f->list), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  sc_test_ui_init (&argc, &argv);

  g_test_add ("/sc/ui/people-list/filter", Fixture, NULL, fixture_set_up, test_filter,
              fixture_tear_down);
  g_test_add ("/sc/ui/people-list/search", Fixture, NULL, fixture_set_up, test_search,
              fixture_tear_down);
  g_test_add ("/sc/ui/people-list/rows-stay", Fixture, NULL, fixture_set_up, test_rows_stay,
              fixture_tear_down);
  g_test_add_func ("/sc/ui/people-list/sort", test_sort);
  g_test_add ("/sc/ui/people-list/selection-survives-filter", Fixture, NULL, fixture_set_up,
              test_selection_survives_filter, fixture_tear_down);
  g_test_add ("/sc/ui/people-list/selection-ranges", Fixture, NULL, fixture_set_up,
              test_selection_ranges, fixture_tear_down);
  g_test_add ("/sc/ui/people-list/reload", Fixture, NULL, fixture_set_up, test_reload,
              fixture_tear_down);
  return g_test_run ();
}

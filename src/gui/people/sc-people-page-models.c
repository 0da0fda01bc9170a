/* sc-people-page-models.c — the table's model, its sorters and the progress sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-date.h"
#include "sc-format.h"
#include "sc-people-page-private.h"

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  guint rank_a = sc_person_get_name_rank ((ScPerson *)a);
  guint rank_b = sc_person_get_name_rank ((ScPerson *)b);
  /* Those read together were ranked when sorted: no key is kept for them. */
  int c = rank_a > 0 && rank_b > 0
          ? (rank_a > rank_b) - (rank_a < rank_b)
          : strcmp (sc_person_get_sort_key ((ScPerson *)a), sc_person_get_sort_key ((ScPerson *)b));

  if (c != 0)
    return c < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return GTK_ORDERING_EQUAL;
}

static int
ordering (int c)
{
  return c < 0 ? GTK_ORDERING_SMALLER : c > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_categories (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  return ordering ((int)sc_person_get_record ((ScPerson *)a)->category -
                   (int)sc_person_get_record ((ScPerson *)b)->category);
}

/* The collation key of a person's group or department, made once per
 * unit: sorting 50 000 people by g_utf8_collate () took half a second. */
static const char *
unit_key (GHashTable    *keys,
          ScPerson      *person)
{
  const ScPersonRecord *r = sc_person_get_record (person);
  const char *unit = *r->group_code ? r->group_code : r->department;
  char *key = g_hash_table_lookup (keys, unit);

  if (key == NULL)
    {
      key = g_utf8_collate_key (unit, -1);
      g_hash_table_insert (keys, g_strdup (unit), key);
    }
  return key;
}

static int
compare_units (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  ScPeoplePage *self = data;

  return ordering (strcmp (unit_key (self->unit_keys, (ScPerson *)a),
                           unit_key (self->unit_keys, (ScPerson *)b)));
}

static int
compare_statuses (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  const ScPersonRecord *ra = sc_person_get_record ((ScPerson *)a);
  const ScPersonRecord *rb = sc_person_get_record ((ScPerson *)b);

  if (ra->active != rb->active)
    return ra->active ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return ordering ((int)ra->status - (int)rb->status);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const ScPersonRecord *ra = sc_person_get_record ((ScPerson *)a);
  const ScPersonRecord *rb = sc_person_get_record ((ScPerson *)b);
  const char *da = ra->status == SC_STATUS_JOINED ? ra->status_date : NULL;
  const char *db = rb->status == SC_STATUS_JOINED ? rb->status_date : NULL;

  return ordering (g_strcmp0 (da, db));
}

static void
set_sorter (GtkColumnViewColumn *column,
            GCompareDataFunc     func,
            gpointer             data)
{
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (func, data, NULL));
  gtk_column_view_column_set_sorter (column, sorter);
}

void
sc_people_page_setup_models (ScPeoplePage *self)
{
  self->unit_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  set_sorter (self->name_column, compare_names, NULL);
  set_sorter (self->category_column, compare_categories, NULL);
  set_sorter (self->unit_column, compare_units, self);
  set_sorter (self->status_column, compare_statuses, NULL);
  set_sorter (self->date_column, compare_dates, NULL);
  /* Sort before the model is set: GTK 4.8 keeps a stale scroll otherwise. */
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);

  self->people = sc_people_list_new (gtk_column_view_get_sorter (self->column_view));
  sc_people_list_set_filter (self->people, sc_people_page_filter_person, self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->people));
  g_object_unref (self->people); /* the view holds it */
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
progress_row (const char *title,
              const char *extra,
              guint       connected,
              guint       active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 100);
  g_autofree char *pct = sc_format_percent (sc_percent (connected, active));
  g_autofree char *n_connected = sc_format_count (connected);
  g_autofree char *n_active = sc_format_count (active);
  /* Translators: "91 of 94 · 96,8 %" */
  g_autofree char *counts = g_strdup_printf (_("%s of %s · %s"), n_connected, n_active, pct);
  g_autofree char *subtitle = extra && *extra ? g_strdup_printf ("%s\n%s", counts, extra)
                                              : g_strdup (counts);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), sc_percent (connected, active));
  gtk_level_bar_set_mode (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_MODE_CONTINUOUS);
  gtk_widget_set_size_request (bar, 64, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, counts, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  gtk_widget_add_css_class (row, "unit-progress");
  return row;
}

/* «Нужен переход · 23»: after the switch of platform, those who joined
 * the old one and are not marked in the new one; a click shows them. */
static GtkWidget *
needs_move_row (guint n)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *count = sc_format_count (n);
  GtkWidget *label = gtk_label_new (count);
  g_autofree char *spoken = g_strdup_printf (_("%s: %s — joined on the previous platform, not yet on this one"),
                                             sc_status_needs_move_label (), count);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sc_status_needs_move_label ());
  /* read whole, with its count: the title alone says nothing of how many */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Joined on the previous platform, not yet marked joined on this one"));
  gtk_widget_add_css_class (label, "status-needs-move");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "needs-move", GINT_TO_POINTER (TRUE));
  return row;
}

void
sc_people_page_read_totals (ScDatabase     *database,
                            const char     *today,
                            ScPeopleTotals *totals)
{
  const ScCategory categories[] = { SC_CATEGORY_TEACHER, SC_CATEGORY_STUDENT };

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    totals->ok[i] = sc_people_tally (database, categories[i], today, &totals->tally[i], NULL);
}

static void
fill_totals (ScPeoplePage         *self,
             const ScPeopleTotals *totals)
{
  const ScCategory categories[] = { SC_CATEGORY_TEACHER, SC_CATEGORY_STUDENT };
  guint needs_move = 0;

  clear_list (self->totals_list);
  for (guint i = 0; totals != NULL && i < G_N_ELEMENTS (categories); i++)
    {
      if (!totals->ok[i])
        continue;
      gtk_list_box_append (self->totals_list,
                           progress_row (sc_category_get_plural (categories[i]), NULL,
                                         totals->tally[i].connected, totals->tally[i].active));
      needs_move += totals->tally[i].needs_move;
    }
  self->n_needs_move = needs_move;
  if (needs_move > 0)
    gtk_list_box_append (self->totals_list, needs_move_row (needs_move));
}

static char *
unit_extra (const ScUnitProgress *unit)
{
  if (unit->kind == SC_UNIT_DEPARTMENT)
    return g_strdup (_("Department"));
  if (*unit->curator)
    return g_strdup_printf (_("Curator: %s"), unit->curator);
  return g_strdup (_("No curator"));
}

static void
append_unit (ScPeoplePage         *self,
             const ScUnitProgress *unit)
{
  g_autofree char *extra = unit_extra (unit);
  GtkWidget *row = progress_row (unit->name, extra, unit->connected, unit->active);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "unit-name", g_strdup (unit->name), g_free);
  g_object_set_data (G_OBJECT (row), "unit-kind", GUINT_TO_POINTER (unit->kind));
  gtk_list_box_append (self->units_list, row);
  if (self->unit_name && unit->kind == self->unit_kind && g_str_equal (unit->name, self->unit_name))
    gtk_list_box_select_row (self->units_list, GTK_LIST_BOX_ROW (row));
}

static void
show_all_units_cb (ScPeoplePage *self)
{
  self->show_all_units = TRUE;
  sc_page_reload (SC_PAGE (self));
}

/* «Show all 1 904 groups and departments»: the rest on demand. */
static void
append_show_all (ScPeoplePage *self,
                 guint         n_units)
{
  g_autofree char *count = sc_format_count (n_units);
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "Show All %s Group and Department",
                                                         "Show All %s Groups and Departments",
                                                         n_units), count);
  GtkWidget *button = gtk_button_new_with_label (label);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (show_all_units_cb), self);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), button);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (self->units_list, row);
}

/* A large college has thousands of groups: the sidebar starts with the
 * worst ones (and the one the table is narrowed to), since a list box
 * makes and measures every row, even on another page. */
static void
fill_units (ScPeoplePage *self,
            GPtrArray    *units)
{
  guint n = units ? units->len : 0;
  guint shown = self->show_all_units || n <= SC_PEOPLE_PAGE_MAX_UNITS + 10 ? n : SC_PEOPLE_PAGE_MAX_UNITS;

  g_signal_handlers_block_matched (self->units_list, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  clear_list (self->units_list);
  for (guint i = 0; i < n; i++)
    {
      const ScUnitProgress *unit = g_ptr_array_index (units, i);
      gboolean narrowed_to = self->unit_name && unit->kind == self->unit_kind &&
                             g_str_equal (unit->name, self->unit_name);

      if (i < shown || narrowed_to)
        append_unit (self, unit);
    }
  if (shown < n)
    append_show_all (self, n);
  g_signal_handlers_unblock_matched (self->units_list, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

void
sc_people_page_show_loaded (ScPeoplePage         *self,
                            GPtrArray            *people,
                            const ScPeopleTotals *totals,
                            GPtrArray            *units)
{
  sc_people_list_take_sorted (self->people, people ? people : g_ptr_array_new ());
  gtk_stack_set_visible_child_name (self->stack,
                                    sc_people_list_get_n_people (self->people) > 0 ? "list" : "empty");
  fill_totals (self, totals);
  fill_units (self, units);
  gtk_spinner_set_spinning (self->load_spinner, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->load_spinner), FALSE);
  gtk_widget_set_visible (self->loading_box, FALSE);
  sc_people_page_update_counts (self);
}

void
sc_people_page_reload (ScPage *page)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (page);
  ScDatabase *database = sc_page_get_database (page);
  g_autofree char *today = sc_date_today ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;
  GPtrArray *people;
  ScPeopleTotals totals = { 0 };

  if (database != NULL && sc_people_page_load_in_worker (self, database, today))
    {
      /* Shown at once: what is there stays until the rows arrive. */
      if (sc_people_list_get_n_people (self->people) == 0)
        {
          gtk_stack_set_visible_child_name (self->stack, "list");
          gtk_widget_set_visible (self->loading_box, TRUE);
        }
      gtk_widget_set_visible (GTK_WIDGET (self->load_spinner), TRUE);
      gtk_spinner_set_spinning (self->load_spinner, TRUE);
      sc_people_page_update_counts (self);
      return;
    }
  sc_people_page_cancel_load (self);
  people = database != NULL ? sc_people_read (database, today, &error) : NULL;
  if (error != NULL)
    g_warning ("People could not be read: %s", error->message);
  if (people == NULL)
    people = g_ptr_array_new_with_free_func (g_object_unref);
  sc_people_list_sort_by_key (people);
  if (database != NULL)
    {
      sc_people_page_read_totals (database, today, &totals);
      units = sc_people_progress (database, today, NULL);
    }
  sc_people_page_show_loaded (self, people, database ? &totals : NULL, units);
}

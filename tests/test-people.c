/* test-people.c — people, dated statuses, leaving, progress, Russian order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sc-collate.h"
#include "sc-people.h"
#include "sc-test-util.h"

typedef struct
{
  char       *dir;
  ScDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sc_test_make_dir ("sc-people");
  f->db = sc_test_college_new (f->dir, "Колледж", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  sc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
add (Fixture    *f,
     const char *last,
     const char *first,
     ScCategory  category,
     const char *group,
     const char *department)
{
  g_autoptr(ScPersonRecord) r = sc_person_record_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_free (r->last_name), r->last_name = g_strdup (last);
  g_free (r->first_name), r->first_name = g_strdup (first);
  r->category = category;
  g_free (r->group_code), r->group_code = g_strdup (group ? group : "");
  g_free (r->department), r->department = g_strdup (department ? department : "");
  id = sc_people_save (f->db, r, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
set_status (Fixture    *f,
            gint64      id,
            ScStatus    status,
            const char *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_people_set_status (f->db, &id, 1, status, date, NULL, NULL, &error));
  g_assert_no_error (error);
}

static ScPerson *
find (GListModel *model,
      gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScPerson) p = g_list_model_get_item (model, i);
      if (sc_person_get_id (p) == id)
        return p; /* the model keeps it alive */
    }
  g_assert_not_reached ();
}

static ScStatus
status_on (Fixture    *f,
           gint64      id,
           const char *date)
{
  g_autoptr(GListStore) people = sc_people_load (f->db, date, NULL);
  return sc_person_get_record (find (G_LIST_MODEL (people), id))->status;
}

static int
count_rows (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = sc_database_prepare (f->db, sql, NULL);
  int n;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
test_save_creates_units (Fixture       *f,
                         gconstpointer  data)
{
  gint64 id = add (f, "Иванов", "Иван", SC_CATEGORY_STUDENT, "ИС-21", "Информационные технологии");
  g_autoptr(GListStore) people = sc_people_load (f->db, "2023-11-30", NULL);
  const ScPersonRecord *r = sc_person_get_record (find (G_LIST_MODEL (people), id));

  add (f, "Петров", "Пётр", SC_CATEGORY_STUDENT, "ИС-21", NULL);
  g_assert_cmpstr (r->group_code, ==, "ИС-21");
  g_assert_cmpstr (r->department, ==, "Информационные технологии");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM study_group"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM study_group g JOIN department d ON d.id = g.department_id"), ==, 1);
  g_assert_cmpint (r->status, ==, SC_STATUS_NOT_INVITED);
}

static void
test_save_needs_last_name (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(ScPersonRecord) r = sc_person_record_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sc_people_save (f->db, r, &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM person"), ==, 0);
}

static void
test_status_history (Fixture       *f,
                     gconstpointer  data)
{
  gint64 id = add (f, "Сидорова", "Анна", SC_CATEGORY_TEACHER, NULL, NULL);

  set_status (f, id, SC_STATUS_INVITED, "2023-11-01");
  set_status (f, id, SC_STATUS_JOINED, "2023-12-02");
  g_assert_cmpint (status_on (f, id, "2023-10-31"), ==, SC_STATUS_NOT_INVITED);
  g_assert_cmpint (status_on (f, id, "2023-11-30"), ==, SC_STATUS_INVITED);
  g_assert_cmpint (status_on (f, id, "2023-12-02"), ==, SC_STATUS_JOINED);
  /* The same status again on a later date adds nothing. */
  set_status (f, id, SC_STATUS_JOINED, "2023-12-10");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM status_event"), ==, 2);
}

static void
test_status_undo (Fixture       *f,
                  gconstpointer  data)
{
  gint64 ids[3];
  g_autoptr(GArray) events = NULL;

  ids[0] = add (f, "А", "", SC_CATEGORY_STUDENT, "Т-11", NULL);
  ids[1] = add (f, "Б", "", SC_CATEGORY_STUDENT, "Т-11", NULL);
  ids[2] = add (f, "В", "", SC_CATEGORY_STUDENT, "Т-11", NULL);
  set_status (f, ids[0], SC_STATUS_JOINED, "2023-11-01");
  g_assert_true (sc_people_set_status (f->db, ids, 3, SC_STATUS_JOINED, "2023-11-20", NULL, &events, NULL));
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_cmpint (status_on (f, ids[2], "2023-11-20"), ==, SC_STATUS_JOINED);
  g_assert_true (sc_people_remove_events (f->db, events, NULL));
  g_assert_cmpint (status_on (f, ids[2], "2023-11-20"), ==, SC_STATUS_NOT_INVITED);
  g_assert_cmpint (status_on (f, ids[0], "2023-11-20"), ==, SC_STATUS_JOINED);
}

static void
test_left_and_undo (Fixture       *f,
                    gconstpointer  data)
{
  gint64 ids[2];
  g_autoptr(GPtrArray) previous = NULL;
  g_autoptr(GListStore) people = NULL;

  ids[0] = add (f, "Выпускник", "", SC_CATEGORY_STUDENT, "Т-41", NULL);
  ids[1] = add (f, "Второй", "", SC_CATEGORY_STUDENT, "Т-41", NULL);
  g_assert_true (sc_people_set_left (f->db, ids, 1, "2023-06-30", NULL, NULL));
  g_assert_true (sc_people_set_left (f->db, ids, 2, "2023-12-01", &previous, NULL));
  g_assert_cmpstr (g_ptr_array_index (previous, 0), ==, "2023-06-30");
  g_assert_null (g_ptr_array_index (previous, 1));

  people = sc_people_load (f->db, "2023-11-30", NULL);
  /* Leaving on 1 December: still active on 30 November. */
  g_assert_true (sc_person_is_active (find (G_LIST_MODEL (people), ids[1])));
  g_clear_object (&people);
  people = sc_people_load (f->db, "2023-12-01", NULL);
  g_assert_false (sc_person_is_active (find (G_LIST_MODEL (people), ids[1])));

  g_assert_true (sc_people_restore_left (f->db, ids, 2, previous, NULL));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM person WHERE left_on = '2023-06-30'"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM person WHERE left_on IS NULL"), ==, 1);
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) units = NULL;
  const ScUnitProgress *worst;
  guint connected = 0, active = 0;

  set_status (f, add (f, "А", "", SC_CATEGORY_STUDENT, "ИС-21", "ИТ"), SC_STATUS_JOINED, "2023-11-01");
  add (f, "Б", "", SC_CATEGORY_STUDENT, "ИС-21", "ИТ");
  set_status (f, add (f, "В", "", SC_CATEGORY_STUDENT, "Э-11", "Экономика"), SC_STATUS_JOINED, "2023-11-01");
  set_status (f, add (f, "Г", "", SC_CATEGORY_TEACHER, NULL, "ИТ"), SC_STATUS_JOINED, "2023-11-01");
  add (f, "Родитель", "", SC_CATEGORY_PARENT, "ИС-21", NULL);

  units = sc_people_progress (f->db, "2023-11-30", NULL);
  g_assert_cmpuint (units->len, ==, 4);
  worst = g_ptr_array_index (units, 0);
  g_assert_cmpstr (worst->name, ==, "ИС-21");
  g_assert_cmpuint (worst->active, ==, 2);
  g_assert_cmpuint (worst->connected, ==, 1);

  g_assert_true (sc_people_count (f->db, SC_CATEGORY_STUDENT, "2023-11-30", &connected, &active, NULL));
  g_assert_cmpuint (active, ==, 3);
  g_assert_cmpuint (connected, ==, 2);
  g_assert_true (sc_people_count (f->db, SC_CATEGORY_STUDENT, "2023-10-31", &connected, &active, NULL));
  g_assert_cmpuint (connected, ==, 0);
}

static void
test_hostile_names_verbatim (Fixture       *f,
                             gconstpointer  data)
{
  add (f, "'); DROP TABLE person;--", "Robert", SC_CATEGORY_STUDENT, "Х-1\"", NULL);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM person WHERE last_name = '''); DROP TABLE person;--'"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM study_group WHERE code = 'Х-1\"'"), ==, 1);
}

static int
compare_names (const void *a,
               const void *b)
{
  return sc_collate_compare (*(const char **)a, *(const char **)b);
}

static void
test_russian_order (void)
{
  const char *names[] = { "Жуков", "ёлкин", "Елисеев", "Ёлкина", "егоров", "Яковлев", "Абрамов" };
  const char *expected[] = { "Абрамов", "егоров", "Елисеев", "ёлкин", "Ёлкина", "Жуков", "Яковлев" };

  qsort (names, G_N_ELEMENTS (names), sizeof (char *), compare_names);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (names[i], ==, expected[i]);
}

/* The order «Люди» is read in: by full name as Russian sorts it, each
 * person told its place; the keys are made again only when asked for. */
static void
test_sort_by_name (void)
{
  const char *last[] = { "Жуков", "ёлкин", "Елисеев", "Ёлкина", "егоров", "Яковлев", "Абрамов" };
  const char *expected[] = { "Абрамов Ян", "егоров Ян", "Елисеев Ян", "ёлкин Ян", "Ёлкина Ян",
                             "Жуков Ян", "Яковлев Ян" };
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (last); i++)
    {
      ScPersonRecord *r = sc_person_record_new ();

      g_free (r->last_name), r->last_name = g_strdup (last[i]);
      g_free (r->first_name), r->first_name = g_strdup ("Ян");
      g_ptr_array_add (people, sc_person_new (r));
    }
  g_assert_cmpuint (sc_person_get_name_rank (people->pdata[0]), ==, 0);
  sc_person_sort_by_name (people);
  for (guint i = 0; i < people->len; i++)
    {
      g_assert_cmpstr (sc_person_get_full_name (people->pdata[i]), ==, expected[i]);
      g_assert_cmpuint (sc_person_get_name_rank (people->pdata[i]), ==, i + 1);
    }
  /* Keys made on demand agree with the ranks. */
  g_assert_cmpint (strcmp (sc_person_get_sort_key (people->pdata[3]),
                           sc_person_get_sort_key (people->pdata[4])), <, 0);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ADD ("/sc/people/save-creates-units", test_save_creates_units);
  ADD ("/sc/people/save-needs-last-name", test_save_needs_last_name);
  ADD ("/sc/people/status-history", test_status_history);
  ADD ("/sc/people/status-undo", test_status_undo);
  ADD ("/sc/people/left-and-undo", test_left_and_undo);
  ADD ("/sc/people/progress", test_progress);
  ADD ("/sc/people/hostile-names", test_hostile_names_verbatim);
  g_test_add_func ("/sc/collate/russian-order", test_russian_order);
  g_test_add_func ("/sc/people/sort-by-name", test_sort_by_name);
  return g_test_run ();
}

/* test-ui-pages.c — what the five pages share (ScPage): a page hidden
 * during a change shows it once it is shown again, and a page hears only
 * the kinds of change it shows (ScDatabase::changed's details)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-activity-page-private.h"
#include "sc-application.h"
#include "sc-chats-page-private.h"
#include "sc-date.h"
#include "sc-overview-page-private.h"
#include "sc-people.h"
#include "sc-people-page-private.h"
#include "sc-reports-page-private.h"
#include "sc-test-ui.h"
#include "sc-window.h"

static ScApplication *app;

typedef struct
{
  char           *path;
  char           *this_month;
  ScWindow       *window;
  ScOverviewPage *overview;
  ScPeoplePage   *people;
  ScChatsPage    *chats;
  ScActivityPage *activity;
  ScReportsPage  *reports;
} Fixture;

static void
add_teacher (ScDatabase *db,
             const char *last_name)
{
  g_autoptr(ScPersonRecord) r = sc_person_record_new ();
  g_autoptr(GError) error = NULL;

  g_free (r->last_name), r->last_name = g_strdup (last_name);
  g_free (r->first_name), r->first_name = g_strdup ("Анна");
  g_free (r->department), r->department = g_strdup ("Информационные технологии");
  r->category = SC_CATEGORY_TEACHER;
  g_assert_cmpint (sc_people_save (db, r, &error), >, 0);
  g_assert_no_error (error);
}

static gboolean
keep_awake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done says so, five seconds at most (a timer
 * wakes the loop to look at the clock); FALSE if it never did. */
static gboolean
wait_until (gboolean (*done) (gpointer data),
            gpointer   data)
{
  gint64 give_up = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  guint timer = g_timeout_add (20, keep_awake_cb, NULL);

  while (!done (data) && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timer);
  return done (data);
}

static gboolean
is_fresh (gpointer page)
{
  return !sc_page_get_stale (SC_PAGE (page));
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* Until @page has read what changed (the overview and the reports read
 * after the frame that shows them). */
static void
wait_fresh (gpointer page)
{
  g_assert_true (wait_until (is_fresh, page));
}

static gpointer
show (Fixture    *f,
      const char *name,
      GType       type)
{
  gpointer page;

  sc_window_set_page (f->window, name);
  page = sc_test_ui_find (GTK_WIDGET (f->window), type, NULL);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  wait_fresh (page);
  return page;
}

/* «0 из N»: nobody connected of @active on an overview's line. */
static void
assert_none_of (GtkLabel *label,
                guint     active)
{
  g_autofree char *n = g_strdup_printf ("%u", active);
  g_autofree char *expected = g_strdup_printf (_("%s of %s"), "0", n);

  g_assert_cmpstr (gtk_label_get_text (label), ==, expected);
}

/* The number of teachers on the report shown (its figures, as drawn). */
static double
report_teachers (ScReportsPage *page)
{
  GPtrArray *figures = page->figures->figures;

  for (guint i = 0; i < figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (figures, i);
      if (g_str_equal (figure->code, "teachers_total"))
        return figure->value;
    }
  g_assert_not_reached ();
}

static guint
people_shown (Fixture *f)
{
  return g_list_model_get_n_items (sc_people_page_get_visible (f->people));
}

/* A college without anybody, in the tests' own data folder (each test
 * its own file); every page built once, by showing it. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static guint n_colleges;
  g_autofree char *name = g_strdup_printf ("college-%u.sqlite3", ++n_colleges);
  g_autoptr(ScDatabase) db = NULL;
  g_autofree char *today = sc_date_today ();

  f->path = g_build_filename (g_get_user_data_dir (), name, NULL);
  db = sc_database_create (f->path, "Колледж связи", NULL);
  g_assert_nonnull (db);
  g_clear_object (&db);
  f->this_month = g_strndup (today, 7);

  f->window = sc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (sc_window_open_database (f->window, f->path));
  f->people = show (f, "people", SC_TYPE_PEOPLE_PAGE);
  f->chats = show (f, "chats", SC_TYPE_CHATS_PAGE);
  f->activity = show (f, "activity", SC_TYPE_ACTIVITY_PAGE);
  f->reports = show (f, "reports", SC_TYPE_REPORTS_PAGE);
  g_assert_true (sc_reports_page_select_month (f->reports, f->this_month));
  f->overview = show (f, "overview", SC_TYPE_OVERVIEW_PAGE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ScWindow *window = f->window;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (wait_until (is_gone, &window));
  g_free (f->path);
  g_free (f->this_month);
}

/* A teacher is added while the overview is shown: the four hidden pages
 * do not read it (a large college is not read for pages nobody looks
 * at), and each shows it once it is shown. Then the same for the
 * overview, hidden behind «Люди». */
static void
test_hidden_page_reads_when_shown (Fixture       *f,
                                   gconstpointer  data)
{
  ScDatabase *db = sc_window_get_database (f->window);

  g_assert_cmpuint (people_shown (f), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->chats->empty_people_label)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->activity->stack), ==, "empty");
  g_assert_cmpfloat (report_teachers (f->reports), ==, 0);

  add_teacher (db, "Сидорова");
  sc_test_ui_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_true (sc_page_get_stale (SC_PAGE (f->people)));
  g_assert_true (sc_page_get_stale (SC_PAGE (f->chats)));
  g_assert_true (sc_page_get_stale (SC_PAGE (f->activity)));
  g_assert_true (sc_page_get_stale (SC_PAGE (f->reports)));
  g_assert_cmpuint (people_shown (f), ==, 0);
  g_assert_cmpfloat (report_teachers (f->reports), ==, 0);
  assert_none_of (f->overview->teachers_count_label, 1);   /* shown: read at once */

  show (f, "people", SC_TYPE_PEOPLE_PAGE);
  g_assert_cmpuint (people_shown (f), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->people->stack), ==, "list");
  show (f, "chats", SC_TYPE_CHATS_PAGE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->chats->empty_people_label)));
  show (f, "activity", SC_TYPE_ACTIVITY_PAGE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->activity->stack), ==, "activity");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->activity->store)), ==, 1);
  show (f, "reports", SC_TYPE_REPORTS_PAGE);
  g_assert_cmpstr (sc_reports_page_get_month (f->reports), ==, f->this_month);
  g_assert_cmpfloat (report_teachers (f->reports), ==, 1);

  show (f, "people", SC_TYPE_PEOPLE_PAGE);
  add_teacher (db, "Петрова");
  sc_test_ui_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_cmpuint (people_shown (f), ==, 2);   /* shown: read at once */
  g_assert_true (sc_page_get_stale (SC_PAGE (f->overview)));
  assert_none_of (f->overview->teachers_count_label, 1);
  show (f, "overview", SC_TYPE_OVERVIEW_PAGE);
  assert_none_of (f->overview->teachers_count_label, 2);
  assert_none_of (f->overview->students_count_label, 0);
}

/* Teachers are added through another connection (as an import's worker
 * writes): the window's database says nothing until told what changed.
 * «Люди» reads people only; «Активность» people and the profile (its
 * norm), its own counts in place; the overview and «Отчёты» everything. */
static void
test_page_hears_its_changes (Fixture       *f,
                             gconstpointer  data)
{
  ScDatabase *db = sc_window_get_database (f->window);
  g_autoptr(ScDatabase) other = sc_database_open (f->path, NULL);

  g_assert_nonnull (other);
  show (f, "people", SC_TYPE_PEOPLE_PAGE);
  add_teacher (other, "Сидорова");
  sc_database_emit_changed (db, "chats");
  sc_database_emit_changed (db, "reports");
  sc_test_ui_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_false (sc_page_get_stale (SC_PAGE (f->people)));
  g_assert_cmpuint (people_shown (f), ==, 0);
  g_assert_false (sc_page_get_stale (SC_PAGE (f->activity)));
  g_assert_true (sc_page_get_stale (SC_PAGE (f->overview)));
  g_assert_true (sc_page_get_stale (SC_PAGE (f->reports)));

  sc_database_emit_changed (db, "people");
  g_assert_cmpuint (people_shown (f), ==, 1);   /* shown: read at once */
  g_assert_true (sc_page_get_stale (SC_PAGE (f->activity)));
  show (f, "activity", SC_TYPE_ACTIVITY_PAGE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->activity->store)), ==, 1);

  show (f, "people", SC_TYPE_PEOPLE_PAGE);
  add_teacher (other, "Петрова");
  sc_database_emit_changed (db, "activity");
  sc_database_emit_changed (db, "organization");
  sc_test_ui_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_false (sc_page_get_stale (SC_PAGE (f->people)));
  g_assert_cmpuint (people_shown (f), ==, 1);
  g_assert_true (sc_page_get_stale (SC_PAGE (f->activity)));
  show (f, "activity", SC_TYPE_ACTIVITY_PAGE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->activity->store)), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  sc_test_ui_init (&argc, &argv);
  app = sc_application_new ();
  /* Tests run side by side on one session bus: each is its own instance. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add ("/sc/ui/pages/hidden-page-reads-when-shown", Fixture, NULL,
              fixture_set_up, test_hidden_page_reads_when_shown, fixture_tear_down);
  g_test_add ("/sc/ui/pages/page-hears-its-changes", Fixture, NULL,
              fixture_set_up, test_page_hears_its_changes, fixture_tear_down);
  return g_test_run ();
}

/* test-activity.c — teachers' weeks: storing, the norm at its boundaries, the
 * month of a week, leavers, and agreement with the monthly report
 *
 * The report fixture (test-report-fixture.h) is reused: its teachers were
 * chosen for the boundaries (exactly 10 and 1, 9 messages, 10 and no call,
 * no record, leavers mid-month and on the month's last day).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-report-figures.h"
#include "sc-activity.h"
#include "sc-activity-month.h"
#include "sc-activity-week.h"
#include "test-report-fixture.h"

static ScActivityTeacher *
find_teacher (GListModel *week,
              const char *name)
{
  guint n = g_list_model_get_n_items (week);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScActivityTeacher) teacher = g_list_model_get_item (week, i);
      if (g_str_has_prefix (sc_activity_teacher_get_name (teacher), name))
        return teacher;
    }
  return NULL;
}

static ScActivityMark
week_mark (Fixture    *f,
           const char *monday,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) week = sc_activity_week_load (f->db, monday, &error);
  ScActivityTeacher *teacher;

  g_assert_no_error (error);
  teacher = find_teacher (G_LIST_MODEL (week), name);
  g_assert_nonnull (teacher);
  return sc_activity_teacher_get_mark (teacher);
}

static void
test_norm_boundaries (Fixture       *f,
                      gconstpointer  data)
{
  ScActivityNorm norm = { 10, 1 };

  g_assert_true (sc_activity_norm_is_met (&norm, 10, 1));
  g_assert_false (sc_activity_norm_is_met (&norm, 9, 1));
  g_assert_false (sc_activity_norm_is_met (&norm, 10, 0));
  g_assert_cmpint (sc_activity_norm_mark (&norm, FALSE, 0, 0), ==, SC_ACTIVITY_NO_DATA);
  g_assert_cmpint (sc_activity_norm_mark (&norm, TRUE, 0, 0), ==, SC_ACTIVITY_BELOW);

  /* The same, read back from the database. */
  g_assert_cmpint (week_mark (f, "2023-10-30", "Борисова"), ==, SC_ACTIVITY_MET);     /* 10 and 1 */
  g_assert_cmpint (week_mark (f, "2023-11-06", "Борисова"), ==, SC_ACTIVITY_BELOW);   /* 9 and 3 */
  g_assert_cmpint (week_mark (f, "2023-12-11", "Алексеев"), ==, SC_ACTIVITY_BELOW);   /* 10 and 0 */
  g_assert_cmpint (week_mark (f, "2023-11-06", "Жуков"), ==, SC_ACTIVITY_NO_DATA);
  g_assert_cmpint (week_mark (f, "2023-10-30", "Григорьева"), ==, SC_ACTIVITY_BELOW); /* 0 and 0 */
}

static void
test_week_list (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) week = sc_activity_week_load (f->db, "2023-11-13", &error);
  ScActivityNorm norm = { 10, 1 };
  guint met = 0, total = 0;
  const char *expected[] = { "Алексеев", "Борисова", "Васильев", "Григорьева", "Дмитриев", "Жуков" };

  g_assert_no_error (error);
  /* Егорова left on 15.11, before that week's Sunday (19.11): not listed.
   * Staff and parents never are. Russian order. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (week)), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ScActivityTeacher) teacher = g_list_model_get_item (G_LIST_MODEL (week), i);
      g_assert_true (g_str_has_prefix (sc_activity_teacher_get_name (teacher), expected[i]));
    }
  sc_activity_week_count (G_LIST_MODEL (week), &met, &total);
  g_assert_cmpuint (met, ==, 4);   /* Алексеев, Борисова, Васильев, Дмитриев */
  g_assert_cmpuint (total, ==, 6);
  g_assert_true (sc_activity_week_summary (f->db, "2023-11-13", &norm, &met, &total, &error));
  g_assert_cmpuint (met, ==, 4);
  g_assert_cmpuint (total, ==, 6);

  /* The week before she left she is there, with her 40 and 4. */
  g_assert_cmpint (week_mark (f, "2023-11-06", "Егорова"), ==, SC_ACTIVITY_MET);
  /* A week is named by its Monday. */
  g_assert_false (sc_activity_week_load (f->db, "2023-11-14", &error) != NULL);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
count_activity (ScDatabase *db,
                const char *what,
                guint      *changed)
{
  if (g_strcmp0 (what, "activity") == 0)
    (*changed)++;
}

static void
test_set_and_clear (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) week = NULL;
  ScActivityTeacher *zhukov;
  guint changed = 0;
  ScActivityRecord record;
  gboolean found = FALSE;

  week = sc_activity_week_load (f->db, "2023-11-20", &error);
  g_assert_no_error (error);
  zhukov = find_teacher (G_LIST_MODEL (week), "Жуков");
  g_signal_connect (f->db, "changed", G_CALLBACK (count_activity), &changed);

  g_assert_true (sc_activity_set (f->db, sc_activity_teacher_get_id (zhukov), "2023-11-20", 15, 2,
                               SC_ACTIVITY_SOURCE_MANUAL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (sc_activity_week_refresh (week, f->db, "2023-11-20", &error));
  g_assert_cmpint (sc_activity_teacher_get_mark (zhukov), ==, SC_ACTIVITY_MET);
  g_assert_cmpint (sc_activity_teacher_get_messages (zhukov), ==, 15);

  /* Upsert: the same week again replaces it. */
  g_assert_true (sc_activity_set (f->db, sc_activity_teacher_get_id (zhukov), "2023-11-20", 3, 0,
                               SC_ACTIVITY_SOURCE_IMPORT, &error));
  g_assert_true (sc_activity_get (f->db, sc_activity_teacher_get_id (zhukov), "2023-11-20",
                               &record, &found, &error));
  g_assert_true (found);
  g_assert_cmpint (record.messages, ==, 3);
  g_assert_cmpint (record.source, ==, SC_ACTIVITY_SOURCE_IMPORT);

  g_assert_true (sc_activity_clear (f->db, sc_activity_teacher_get_id (zhukov), "2023-11-20", &error));
  g_assert_true (sc_activity_week_refresh (week, f->db, "2023-11-20", &error));
  g_assert_cmpint (sc_activity_teacher_get_mark (zhukov), ==, SC_ACTIVITY_NO_DATA);
  g_assert_cmpuint (changed, ==, 3);

  /* Refused: negative counts, a Tuesday, a student or staff member. */
  g_assert_false (sc_activity_set (f->db, sc_activity_teacher_get_id (zhukov), "2023-11-20", -1, 0,
                                SC_ACTIVITY_SOURCE_MANUAL, &error));
  g_clear_error (&error);
  g_assert_false (sc_activity_set (f->db, sc_activity_teacher_get_id (zhukov), "2023-11-21", 1, 0,
                                SC_ACTIVITY_SOURCE_MANUAL, &error));
  g_clear_error (&error);
  g_assert_false (sc_activity_set (f->db, fixture_person (f->db, "Завхозов", "Ян", "", "staff", 0, NULL),
                                "2023-11-20", 1, 1, SC_ACTIVITY_SOURCE_MANUAL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpuint (changed, ==, 3);
}

/* The weeks the calendar marks: those with any record, each once. */
static void
test_list_weeks (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) week = sc_activity_week_load (f->db, "2023-11-20", &error);
  gint64 zhukov = sc_activity_teacher_get_id (find_teacher (G_LIST_MODEL (week), "Жуков"));
  g_autoptr(ScActivityTeacher) first = g_list_model_get_item (G_LIST_MODEL (week), 0);
  gint64 other = sc_activity_teacher_get_id (first);
  g_autoptr(GPtrArray) weeks = NULL;

  g_assert_cmpint (other, !=, zhukov);
  /* Two teachers in the first week, one in the third; none in the second. */
  g_assert_true (sc_activity_set (f->db, zhukov, "2030-01-07", 1, 0, SC_ACTIVITY_SOURCE_MANUAL, &error));
  g_assert_true (sc_activity_set (f->db, other, "2030-01-07", 2, 0, SC_ACTIVITY_SOURCE_MANUAL, &error));
  g_assert_true (sc_activity_set (f->db, zhukov, "2030-01-21", 3, 1, SC_ACTIVITY_SOURCE_IMPORT, &error));
  g_assert_no_error (error);

  weeks = sc_activity_list_weeks (f->db, "2030-01-01", "2030-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (weeks, 0), ==, "2030-01-07");
  g_assert_cmpstr (g_ptr_array_index (weeks, 1), ==, "2030-01-21");
  g_clear_pointer (&weeks, g_ptr_array_unref);

  /* The range's ends are Mondays included. */
  weeks = sc_activity_list_weeks (f->db, "2030-01-08", "2030-01-21", &error);
  g_assert_cmpuint (weeks->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (weeks, 0), ==, "2030-01-21");
}

static void
test_month_of_week (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScActivityMonth) november = sc_activity_month_compute (f->db, "2023-11", &error);
  g_autoptr(ScActivityMonth) october = NULL;

  g_assert_no_error (error);
  /* 30.10–05.11 has its Thursday on 2 November; 27.11–03.12 on 30 November. */
  g_assert_cmpuint (november->n_weeks, ==, 5);
  g_assert_cmpstr (november->weeks[0], ==, "2023-10-30");
  g_assert_cmpstr (november->weeks[4], ==, "2023-11-27");
  october = sc_activity_month_compute (f->db, "2023-10", &error);
  g_assert_cmpstr (october->weeks[g_strv_length (october->weeks) - 1], ==, "2023-10-23");
}

static const ScActivityMonthRow *
find_row (const ScActivityMonth *month,
          const char         *name)
{
  for (guint i = 0; i < month->rows->len; i++)
    {
      const ScActivityMonthRow *row = g_ptr_array_index (month->rows, i);
      if (g_str_has_prefix (row->name, name))
        return row;
    }
  return NULL;
}

static void
test_month_leavers (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScActivityMonth) month = sc_activity_month_compute (f->db, "2023-11", &error);
  const ScActivityMonthRow *row;

  g_assert_no_error (error);
  /* Егорова (left 15.11) and Дмитриев (left 30.11) are not November's
   * teachers; Григорьева (left 01.12) is. */
  g_assert_null (find_row (month, "Егорова"));
  g_assert_null (find_row (month, "Дмитриев"));
  g_assert_nonnull (find_row (month, "Григорьева"));
  g_assert_cmpuint (month->rows->len, ==, 5);
  row = find_row (month, "Борисова");
  g_assert_cmpint (row->marks[0], ==, SC_ACTIVITY_MET);
  g_assert_cmpint (row->marks[1], ==, SC_ACTIVITY_BELOW);
  g_assert_false (row->all_weeks);
  row = find_row (month, "Жуков");
  g_assert_cmpint (row->marks[2], ==, SC_ACTIVITY_NO_DATA);
  g_assert_true (find_row (month, "Алексеев")->all_weeks);
  g_assert_cmpuint (month->all_weeks, ==, 2);
}

/* The page's month and the report must say the same. */
static void
assert_agrees (Fixture    *f,
               const char *month_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScActivityMonth) month = sc_activity_month_compute (f->db, month_text, &error);
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (f->db, month_text, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (month->n_weeks, ==, g_strv_length (figures->weeks));
  g_assert_cmpuint (month->rows->len, ==, (guint)sc_report_figures_get (figures, "teachers_total"));
  for (guint i = 0; i < month->n_weeks; i++)
    {
      g_autofree char *code = g_strdup_printf ("week_%s_teachers_meeting_norm", month->weeks[i]);
      g_test_message ("%s: %u", code, month->week_met[i]);
      g_assert_cmpstr (month->weeks[i], ==, figures->weeks[i]);
      g_assert_cmpfloat (month->week_met[i], ==, sc_report_figures_get (figures, code));
    }
  g_assert_cmpfloat (month->all_weeks, ==, sc_report_figures_get (figures, "teachers_norm_all_weeks"));
  for (guint t = 0; t < month->rows->len; t++)
    {
      const ScActivityMonthRow *row = g_ptr_array_index (month->rows, t);
      const ScReportTeacherRow *other = g_ptr_array_index (figures->teachers, t);

      g_assert_cmpstr (row->name, ==, other->name);
      for (guint i = 0; i < month->n_weeks; i++)
        {
          g_assert_cmpint (row->marks[i] == SC_ACTIVITY_MET, ==, other->met[i]);
          g_assert_cmpint (row->marks[i] != SC_ACTIVITY_NO_DATA, ==, other->has_record[i]);
        }
    }
}

static void
test_agrees_with_report (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScOrganization) organization = NULL;

  assert_agrees (f, "2023-11");
  assert_agrees (f, "2023-12");
  /* Other norms count the same way on both sides. */
  organization = sc_organization_load (f->db, &error);
  organization->norm_messages = 12;
  organization->norm_calls = 2;
  g_assert_true (sc_organization_save (f->db, organization, &error));
  assert_agrees (f, "2023-11");
}

static void
test_trend (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) trend = sc_activity_trend (f->db, "2023-11-27", 6, &error);
  const ScActivityWeekShare *share;

  g_assert_no_error (error);
  g_assert_cmpuint (trend->len, ==, 6);
  share = &g_array_index (trend, ScActivityWeekShare, 0);
  g_assert_cmpstr (share->monday, ==, "2023-10-23");
  g_assert_cmpuint (share->met, ==, 1);        /* Алексеев's 50 and 5 */
  g_assert_cmpuint (share->total, ==, 7);
  share = &g_array_index (trend, ScActivityWeekShare, 2);
  g_assert_cmpstr (share->monday, ==, "2023-11-06");
  g_assert_cmpuint (share->met, ==, 4);        /* T1 T3 T5 T6; Борисова had 9 */
  g_assert_cmpuint (share->total, ==, 7);
  g_assert_cmpfloat_with_epsilon (sc_activity_week_share_pct (share), 57.1, 1e-9);
  share = &g_array_index (trend, ScActivityWeekShare, 5);
  g_assert_cmpuint (share->total, ==, 4);      /* Григорьева and Дмитриев left during it */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sc/usage/norm-boundaries", test_norm_boundaries);
  ADD ("/sc/usage/week-list", test_week_list);
  ADD ("/sc/usage/set-and-clear", test_set_and_clear);
  ADD ("/sc/usage/list-weeks", test_list_weeks);
  ADD ("/sc/usage/month-of-week", test_month_of_week);
  ADD ("/sc/usage/month-leavers", test_month_leavers);
  ADD ("/sc/usage/agrees-with-report", test_agrees_with_report);
  ADD ("/sc/usage/trend", test_trend);
#undef ADD

  return g_test_run ();
}

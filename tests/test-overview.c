/* test-overview.c — the «Обзор» figures and the order's checklist states
 *
 * The college of test-report-fixture.h, looked at on chosen days.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-overview.h"
#include "sc-people.h"
#include "test-report-fixture.h"

static ScOverview *
compute (Fixture    *f,
         const char *today)
{
  g_autoptr(GError) error = NULL;
  ScOverview *o = sc_overview_compute (f->db, today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (o);
  return o;
}

/* On 03.12.2023 T4, T5, T6 have left; T2 joined on 02.12. Students:
 * Морозов, Павлова, Романов have left; Ковалёв is invited, Новикова
 * declined. */
static void
test_connection (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ScOverview) o = compute (f, "2023-12-03");
  guint connected, active;

  g_assert_cmpuint (o->teachers_active, ==, 4);
  g_assert_cmpuint (o->teachers_connected, ==, 4);
  g_assert_cmpuint (o->students_active, ==, 6);
  g_assert_cmpuint (o->students_connected, ==, 4);
  g_assert_true (sc_people_count (f->db, SC_CATEGORY_STUDENT, "2023-12-03", &connected, &active, NULL));
  g_assert_cmpuint (o->students_connected, ==, connected);
  g_assert_cmpuint (o->students_active, ==, active);
  g_assert_cmpuint (sc_overview_people_missing (o), ==, 2);
  g_assert_cmpint (sc_overview_connection_state (o), ==, SC_CHECK_MISSING);
  /* The default deadline, 15.11.2023, passed 18 days before. */
  g_assert_cmpint (o->days_to_deadline, ==, -18);
}

static void
test_connection_complete (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ScOverview) before = compute (f, "2023-10-02");
  g_autoptr(ScOverview) empty = NULL;
  g_autofree char *dir = sc_test_make_dir ("sc-overview");
  g_autofree char *path = g_build_filename (dir, "empty.sqlite3", NULL);
  g_autoptr(ScDatabase) db = sc_database_create (path, "Пустой колледж", NULL);

  /* On 02.10 T2 (invited), T3 (no status yet), Ильин (invited) and four
   * students without any status were missing. */
  g_assert_cmpuint (sc_overview_people_missing (before), ==, 7);
  g_assert_cmpint (before->days_to_deadline, ==, 44);
  /* Nobody at all is not "100 %". */
  empty = sc_overview_compute (db, "2023-10-02", NULL);
  g_assert_cmpuint (sc_overview_people_missing (empty), ==, 0);
  g_assert_cmpint (sc_overview_connection_state (empty), ==, SC_CHECK_MISSING);
  g_assert_null (empty->judged_report);
  g_assert_cmpstr (empty->report->month, ==, "2023-10");   /* no data before: this month's */
  g_clear_object (&db);
  sc_test_remove_tree (dir);
}

static void
test_reports (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ScOverview) early = compute (f, "2023-12-03");
  g_autoptr(ScOverview) submitted = NULL;
  g_autoptr(ScOverview) late = NULL;
  g_autoptr(ScOverview) done = NULL;

  /* November's report is due on 05.12: two days left; the checklist
   * judges October's, which was never submitted. */
  g_assert_cmpstr (early->report->month, ==, "2023-11");
  g_assert_cmpstr (early->report->due_date, ==, "2023-12-05");
  g_assert_cmpint (early->days_to_due, ==, 2);
  g_assert_cmpstr (early->judged_report->month, ==, "2023-10");
  g_assert_cmpint (sc_overview_report_state (early), ==, SC_CHECK_MISSING);

  g_assert_true (sc_report_submit (f->db, "2023-10", "2023-11-03", NULL));
  submitted = compute (f, "2023-12-03");
  g_assert_cmpint (sc_overview_report_state (submitted), ==, SC_CHECK_DONE);
  g_assert_cmpstr (submitted->judged_report->submitted_on, ==, "2023-11-03");

  /* After the 5th, November's is judged: overdue. */
  late = compute (f, "2023-12-06");
  g_assert_cmpstr (late->judged_report->month, ==, "2023-11");
  g_assert_cmpint (late->days_to_due, ==, -1);
  g_assert_true (sc_overview_is_overdue (late->report, late->today));
  g_assert_cmpint (sc_overview_report_state (late), ==, SC_CHECK_MISSING);

  g_assert_true (sc_report_submit (f->db, "2023-11", "2023-12-06", NULL));
  done = compute (f, "2023-12-06");
  g_assert_false (sc_overview_is_overdue (done->report, done->today));
  g_assert_cmpint (sc_overview_report_state (done), ==, SC_CHECK_DONE);
}

/* Groups with active students on 03.12: ИС-21 and ИС-22 (created chats),
 * ЭК-11 (planned only); ЭК-12 has nobody left. */
static void
test_chats (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ScOverview) o = compute (f, "2023-12-03");
  g_autoptr(ScOverview) before = compute (f, "2023-12-02");

  g_assert_cmpuint (o->groups_without_chat, ==, 0);
  g_assert_cmpuint (o->groups_without_created_chat, ==, 1);
  g_assert_cmpint (sc_overview_chats_state (o), ==, SC_CHECK_WARNING);
  /* ИС-22's chat was created on 03.12. */
  g_assert_cmpuint (before->groups_without_created_chat, ==, 2);

  fixture_group (f->db, "ЭК-13", 1);
  fixture_person (f->db, "Сидоров", "Ян", "", "student", 5, NULL);
  g_clear_pointer (&o, sc_overview_free);
  o = compute (f, "2023-12-03");
  g_assert_cmpuint (o->groups_without_chat, ==, 1);
  g_assert_cmpint (sc_overview_chats_state (o), ==, SC_CHECK_MISSING);
}

/* Last week of 03.12.2023 is 20–26 November: T1, T2, T3 and T5 met the
 * norm; T4 (leaves on 01.12) and T7 have no records; T6 had left. */
static void
test_norm (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(ScOverview) o = compute (f, "2023-12-03");
  g_autoptr(ScOverview) monday = compute (f, "2023-12-04");
  g_autoptr(ScOverview) no_data = compute (f, "2024-01-20");

  g_assert_cmpstr (o->last_week, ==, "2023-11-20");
  g_assert_cmpuint (o->week_teachers, ==, 6);
  g_assert_cmpuint (o->week_met, ==, 4);
  g_assert_cmpuint (o->week_records, ==, 4);
  g_assert_cmpint (sc_overview_norm_state (o), ==, SC_CHECK_WARNING);

  /* On Monday 04.12 last week is 27.11–03.12: T1, T2, T3 of 4 active. */
  g_assert_cmpstr (monday->last_week, ==, "2023-11-27");
  g_assert_cmpuint (monday->week_teachers, ==, 4);
  g_assert_cmpuint (monday->week_met, ==, 3);

  g_assert_cmpuint (no_data->week_records, ==, 0);
  g_assert_cmpint (sc_overview_norm_state (no_data), ==, SC_CHECK_WARNING);

  fixture_usage (f->db, 7, "2023-11-27", 10, 1);   /* T7 is person 7 */
  g_clear_pointer (&monday, sc_overview_free);
  monday = compute (f, "2023-12-04");
  g_assert_cmpuint (monday->week_met, ==, 4);
  g_assert_cmpint (sc_overview_norm_state (monday), ==, SC_CHECK_DONE);
}

static void
test_coordinator (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ScOverview) o = compute (f, "2023-12-03");
  g_autoptr(ScOrganization) organization = sc_organization_load (f->db, NULL);

  g_assert_cmpint (sc_overview_coordinator_state (o), ==, SC_CHECK_DONE);
  g_free (organization->order_number);
  organization->order_number = g_strdup ("");
  g_assert_true (sc_organization_save (f->db, organization, NULL));
  g_clear_pointer (&o, sc_overview_free);
  o = compute (f, "2023-12-03");
  g_assert_cmpint (sc_overview_coordinator_state (o), ==, SC_CHECK_WARNING);

  g_free (organization->coordinator_name);
  organization->coordinator_name = g_strdup ("");
  g_assert_true (sc_organization_save (f->db, organization, NULL));
  g_clear_pointer (&o, sc_overview_free);
  o = compute (f, "2023-12-03");
  g_assert_cmpint (sc_overview_coordinator_state (o), ==, SC_CHECK_MISSING);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sc/overview/connection", Fixture, NULL, fixture_set_up, test_connection, fixture_tear_down);
  g_test_add ("/sc/overview/connection-complete", Fixture, NULL, fixture_set_up,
              test_connection_complete, fixture_tear_down);
  g_test_add ("/sc/overview/reports", Fixture, NULL, fixture_set_up, test_reports, fixture_tear_down);
  g_test_add ("/sc/overview/chats", Fixture, NULL, fixture_set_up, test_chats, fixture_tear_down);
  g_test_add ("/sc/overview/norm", Fixture, NULL, fixture_set_up, test_norm, fixture_tear_down);
  g_test_add ("/sc/overview/coordinator", Fixture, NULL, fixture_set_up, test_coordinator, fixture_tear_down);
  return g_test_run ();
}

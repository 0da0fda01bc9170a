/* test-report-lifecycle.c — drafts, narrative, submitting freezes, the diff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-report.h"
#include "test-report-fixture.h"

static void
count_changed_cb (ScDatabase *db,
                  const char *what,
                  int        *count)
{
  if (g_strcmp0 (what, "reports") == 0)
    (*count)++;
}

static void
test_draft (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReport) unsaved = sc_report_load (f->db, "2023-11", &error);
  g_autoptr(ScReport) draft = NULL;
  g_autoptr(ScReport) again = NULL;
  int changed = 0;

  g_signal_connect (f->db, "changed", G_CALLBACK (count_changed_cb), &changed);
  g_assert_no_error (error);
  g_assert_false (unsaved->exists);
  g_assert_cmpstr (unsaved->head_name, ==, "Петрова Анна Сергеевна");

  draft = sc_report_get_or_create (f->db, "2023-11", &error);
  g_assert_no_error (error);
  g_assert_true (draft->exists);
  g_assert_cmpint (draft->status, ==, SC_REPORT_STATUS_DRAFT);
  g_assert_cmpstr (draft->coordinator_name, ==, "Смирнов Олег Викторович");
  g_assert_cmpstr (draft->coordinator_position, ==, "Заместитель директора по УВР");
  g_assert_false (draft->include_teachers);
  g_assert_cmpint (changed, ==, 1);

  g_free (draft->problems);
  draft->problems = g_strdup ("Два педагога без смартфона.");
  g_free (draft->head_name);
  draft->head_name = g_strdup ("Кузнецова Ирина Львовна");
  draft->include_teachers = TRUE;
  g_assert_true (sc_report_save (f->db, draft, &error));
  g_assert_no_error (error);
  g_assert_cmpint (changed, ==, 2);

  again = sc_report_get_or_create (f->db, "2023-11", &error);
  g_assert_cmpint (changed, ==, 2);   /* it existed: nothing written */
  g_assert_cmpstr (again->problems, ==, "Два педагога без смартфона.");
  g_assert_cmpstr (again->head_name, ==, "Кузнецова Ирина Львовна");
  g_assert_true (again->include_teachers);

  g_assert_true (sc_report_set_status (f->db, "2023-11", SC_REPORT_STATUS_READY, &error));
  g_clear_pointer (&again, sc_report_free);
  again = sc_report_load (f->db, "2023-11", &error);
  g_assert_cmpint (again->status, ==, SC_REPORT_STATUS_READY);
  g_assert_null (sc_report_get_or_create (f->db, "ноябрь", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_due_dates (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *nov = sc_report_due_date ("2023-11", 5);
  g_autofree char *dec = sc_report_due_date ("2023-12", 5);
  g_autofree char *late = sc_report_due_date ("2023-01", 28);

  g_assert_cmpstr (nov, ==, "2023-12-05");
  g_assert_cmpstr (dec, ==, "2024-01-05");
  g_assert_cmpstr (late, ==, "2023-02-28");
}

static void
assert_same_values (GPtrArray *a,
                    GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      ScFigure *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);
      g_assert_cmpstr (x->code, ==, y->code);
      g_assert_cmpfloat (x->value, ==, y->value);
    }
}

/* T2 turns out to have joined on 20.11 (a corrected history), a teacher
 * is added who has no status at all, and the norm of messages changes. */
static void
change_data (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScOrganization) organization = sc_organization_load (f->db, &error);

  fixture_event (f->db, f->t2, "joined", "2023-11-20");
  fixture_person (f->db, "Зимин", "Лев", "", "teacher", 0, NULL);
  organization->norm_messages = 12;
  g_assert_true (sc_organization_save (f->db, organization, &error));
}

static void
test_submit_freezes (Fixture       *f,
                     gconstpointer  data)
{
  const char *expected[] = {
    "teachers_total", "teachers_connected", "teachers_connected_pct",
    "teachers_covered", "teachers_covered_pct",  /* T2 connected: covered too */
    "week_2023-10-30_teachers_meeting_norm",   /* T2's 10 messages < 12 */
    "week_2023-11-27_teachers_meeting_norm",   /* T2's 11 messages < 12 */
    "teachers_norm_all_weeks_pct", "avg_messages_per_teacher_week",
    "avg_calls_per_teacher_week", NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) before = sc_report_figures_compute (f->db, "2023-11", &error);
  g_autoptr(ScReportFigures) frozen = NULL;
  g_autoptr(ScReportFigures) now = NULL;
  g_autoptr(ScReport) report = NULL;
  g_auto(GStrv) changed = NULL;

  g_assert_true (sc_report_submit (f->db, "2023-11", "2023-12-04", &error));
  g_assert_no_error (error);
  report = sc_report_load (f->db, "2023-11", &error);
  g_assert_cmpint (report->status, ==, SC_REPORT_STATUS_SUBMITTED);
  g_assert_cmpstr (report->submitted_on, ==, "2023-12-04");
  g_assert_nonnull (report->frozen_figures);
  changed = sc_report_changed_since_submission (f->db, report, &error);
  g_assert_cmpuint (g_strv_length (changed), ==, 0);
  g_clear_pointer (&changed, g_strfreev);

  change_data (f);
  frozen = sc_report_load_figures (f->db, report, &error);
  g_assert_no_error (error);
  g_assert_true (frozen->frozen);
  g_assert_cmpint (frozen->norm_messages, ==, 10);   /* the norm it was counted with */
  assert_same_values (frozen->figures, before->figures);
  now = sc_report_figures_compute (f->db, "2023-11", &error);
  g_assert_cmpfloat (sc_report_figures_get (now, "teachers_total"), ==, 6);
  g_assert_cmpfloat (sc_report_figures_get (now, "teachers_connected_pct"), ==, 83.3);
  g_assert_cmpfloat (sc_report_figures_get (now, "avg_messages_per_teacher_week"), ==, 9.2);
  changed = sc_report_changed_since_submission (f->db, report, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (changed, expected);
}

static void
test_submitted_is_read_only (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReport) report = NULL;

  g_assert_true (sc_report_submit (f->db, "2023-11", NULL, &error));
  report = sc_report_load (f->db, "2023-11", &error);
  g_assert_nonnull (report->submitted_on);
  g_free (report->notes);
  report->notes = g_strdup ("поздняя правка");
  g_assert_false (sc_report_save (f->db, report, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (sc_report_set_status (f->db, "2023-11", SC_REPORT_STATUS_DRAFT, &error));
  g_clear_error (&error);
  g_assert_false (sc_report_submit (f->db, "2023-11", NULL, &error));
  g_clear_error (&error);
  g_clear_pointer (&report, sc_report_free);
  report = sc_report_load (f->db, "2023-11", &error);
  g_assert_cmpstr (report->notes, ==, "");

  g_assert_true (sc_report_withdraw (f->db, "2023-11", &error));
  g_clear_pointer (&report, sc_report_free);
  report = sc_report_load (f->db, "2023-11", &error);
  g_assert_cmpint (report->status, ==, SC_REPORT_STATUS_READY);
  g_assert_null (report->frozen_figures);
  g_assert_null (report->submitted_on);
}

static void
test_months (Fixture       *f,
             gconstpointer  data)
{
  const char *months[] = { "2024-01", "2023-12", "2023-11", "2023-10" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  ScReportMonth *entry;

  g_assert_true (sc_report_submit (f->db, "2023-11", "2023-12-04", &error));
  list = sc_report_list_months (f->db, "2024-01-15", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (months));
  for (guint i = 0; i < list->len; i++)
    g_assert_cmpstr (((ScReportMonth *)g_ptr_array_index (list, i))->month, ==, months[i]);
  entry = g_ptr_array_index (list, 2);
  g_assert_true (entry->exists);
  g_assert_cmpint (entry->status, ==, SC_REPORT_STATUS_SUBMITTED);
  g_assert_cmpstr (entry->due_date, ==, "2023-12-05");
  g_assert_cmpstr (entry->submitted_on, ==, "2023-12-04");
  entry = g_ptr_array_index (list, 1);
  g_assert_false (entry->exists);
  g_assert_cmpstr (entry->due_date, ==, "2024-01-05");
}

static void
test_months_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sc_test_make_dir ("sc-report");
  g_autofree char *path = g_build_filename (dir, "empty.sqlite3", NULL);
  g_autoptr(ScDatabase) db = sc_database_create (path, "Пустой колледж", &error);
  g_autoptr(GPtrArray) list = NULL;

  g_assert_no_error (error);
  list = sc_report_list_months (db, "2024-03-02", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((ScReportMonth *)g_ptr_array_index (list, 0))->month, ==, "2024-03");
  g_clear_object (&db);
  sc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sc/report/lifecycle/draft", Fixture, NULL, fixture_set_up, test_draft, fixture_tear_down);
  g_test_add ("/sc/report/lifecycle/due-dates", Fixture, NULL, fixture_set_up, test_due_dates, fixture_tear_down);
  g_test_add ("/sc/report/lifecycle/submit-freezes", Fixture, NULL, fixture_set_up, test_submit_freezes, fixture_tear_down);
  g_test_add ("/sc/report/lifecycle/submitted-read-only", Fixture, NULL, fixture_set_up, test_submitted_is_read_only, fixture_tear_down);
  g_test_add ("/sc/report/lifecycle/months", Fixture, NULL, fixture_set_up, test_months, fixture_tear_down);
  g_test_add_func ("/sc/report/lifecycle/months-empty", test_months_empty);
  return g_test_run ();
}

/* test-report-figures.c — every figure of DESIGN.md §5 for two months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-report-figures.h"
#include "sc-report-text.h"
#include "test-report-fixture.h"

typedef struct
{
  const char *code;
  double      value;
} Expected;

/* As of 30.11.2023 (see test-report-fixture.h for who is who). */
static const Expected november[] = {
  { "teachers_total", 5 },              /* T1 T2 T3 T4 T7 */
  { "teachers_connected", 4 },          /* not T2 (joined 02.12) */
  { "teachers_connected_pct", 80.0 },
  { "students_total", 7 },
  { "students_connected", 4 },          /* Зайцев, Ильин, Морозов, Орлов */
  { "students_connected_pct", 57.1 },
  { "teachers_declined", 0 },           /* T3 declined 05.10, joined 10.11 */
  { "teachers_alternative", 0 },
  { "teachers_covered", 4 },            /* the connected, nobody else */
  { "teachers_covered_pct", 80.0 },
  { "students_declined", 1 },           /* Новикова, 03.11, no other channel */
  { "students_alternative", 0 },
  { "students_covered", 4 },
  { "students_covered_pct", 57.1 },
  { "groups_total", 3 },                /* not ЭК-12 */
  { "groups_with_chat", 1 },            /* ИС-21; ИС-22's chat is from 03.12 */
  { "week_2023-10-30_teachers_meeting_norm", 3 },  /* T2 with exactly 10 and 1 */
  { "week_2023-11-06_teachers_meeting_norm", 2 },  /* T2 with 9 messages */
  { "week_2023-11-13_teachers_meeting_norm", 3 },
  { "week_2023-11-20_teachers_meeting_norm", 3 },
  { "week_2023-11-27_teachers_meeting_norm", 3 },
  { "teachers_norm_all_weeks", 2 },     /* T1 and T3 */
  { "teachers_norm_all_weeks_pct", 40.0 },
  { "messages_total", 275 },            /* 60 + 65 + 150 */
  { "calls_total", 33 },                /* 10 + 8 + 15 */
  { "avg_messages_per_teacher_week", 11.0 },  /* 275 / 25 */
  { "avg_calls_per_teacher_week", 1.3 },      /* 33 / 25 = 1.32 */
};

/* As of 31.12.2023. */
static const Expected december[] = {
  { "teachers_total", 4 },              /* T4 left on 01.12 */
  { "teachers_connected", 4 },
  { "teachers_connected_pct", 100.0 },
  { "students_total", 6 },              /* Морозов left on 01.12 */
  { "students_connected", 4 },          /* Лебедев joined 02.12 */
  { "students_connected_pct", 66.7 },
  { "teachers_declined", 0 },
  { "teachers_alternative", 0 },
  { "teachers_covered", 4 },
  { "teachers_covered_pct", 100.0 },
  { "students_declined", 1 },           /* Новикова */
  { "students_alternative", 0 },
  { "students_covered", 4 },
  { "students_covered_pct", 66.7 },
  { "groups_total", 3 },
  { "groups_with_chat", 2 },
  { "week_2023-12-04_teachers_meeting_norm", 2 },
  { "week_2023-12-11_teachers_meeting_norm", 0 },  /* 10 messages, no call */
  { "week_2023-12-18_teachers_meeting_norm", 0 },  /* 9 messages */
  { "week_2023-12-25_teachers_meeting_norm", 0 },  /* no records */
  { "teachers_norm_all_weeks", 0 },
  { "teachers_norm_all_weeks_pct", 0.0 },
  { "messages_total", 39 },
  { "calls_total", 3 },
  { "avg_messages_per_teacher_week", 2.4 },   /* 39 / 16 = 2.4375 */
  { "avg_calls_per_teacher_week", 0.2 },      /* 3 / 16 = 0.1875 */
};

static void
assert_figures (const ScReportFigures *figures,
                const Expected        *expected,
                guint                  n)
{
  g_assert_cmpuint (figures->figures->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const ScFigure *figure = g_ptr_array_index (figures->figures, i);
      g_test_message ("%s = %g (expected %g)", figure->code, figure->value, expected[i].value);
      g_assert_cmpstr (figure->code, ==, expected[i].code);
      g_assert_cmpfloat_with_epsilon (figure->value, expected[i].value, 1e-9);
      g_assert_nonnull (figure->label);
      g_assert_cmpstr (figure->label, !=, figure->code);
    }
}

static void
test_november (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (f->db, "2023-11", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (figures->as_of, ==, "2023-11-30");
  g_assert_cmpuint (g_strv_length (figures->weeks), ==, 5);
  g_assert_false (figures->frozen);
  assert_figures (figures, november, G_N_ELEMENTS (november));
  g_assert_true (sc_figure_is_percent (sc_report_figures_lookup (figures, "students_connected_pct")));
  g_assert_true (sc_figure_is_integer (sc_report_figures_lookup (figures, "messages_total")));
  g_assert_false (sc_figure_is_integer (sc_report_figures_lookup (figures, "avg_calls_per_teacher_week")));
}

static void
test_december (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (f->db, "2023-12", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (figures->as_of, ==, "2023-12-31");
  assert_figures (figures, december, G_N_ELEMENTS (december));
}

static void
test_groups (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (f->db, "2023-11", &error);
  const char *codes[] = { "ИС-21", "ИС-22", "ЭК-11" };
  const int students[] = { 4, 2, 1 }, connected[] = { 2, 1, 1 };
  const double pct[] = { 50.0, 50.0, 100.0 };
  const gboolean chat[] = { TRUE, FALSE, FALSE };
  ScReportGroupRow *row;

  g_assert_no_error (error);
  g_assert_cmpuint (figures->groups->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      row = g_ptr_array_index (figures->groups, i);
      g_assert_cmpstr (row->code, ==, codes[i]);
      g_assert_cmpint (row->students, ==, students[i]);
      g_assert_cmpint (row->connected, ==, connected[i]);
      g_assert_cmpfloat_with_epsilon (row->connected_pct, pct[i], 1e-9);
      g_assert_cmpint (row->has_chat, ==, chat[i]);
    }
  row = g_ptr_array_index (figures->groups, 0);
  g_assert_cmpstr (row->curator, ==, "Алексеев Иван Петрович");
  g_assert_cmpstr (row->department, ==, "Отделение информационных технологий");
}

static const ScReportChatRow *
find_chat (const ScReportFigures *figures,
           const char            *title)
{
  for (guint i = 0; i < figures->chats->len; i++)
    {
      const ScReportChatRow *row = g_ptr_array_index (figures->chats, i);
      if (g_strcmp0 (row->title, title) == 0)
        return row;
    }
  g_assert_not_reached ();
}

static const ScReportChatRow *
lookup_chat (const ScReportFigures *figures,
             const char            *title)
{
  for (guint i = 0; i < figures->chats->len; i++)
    {
      const ScReportChatRow *row = g_ptr_array_index (figures->chats, i);
      if (g_strcmp0 (row->title, title) == 0)
        return row;
    }
  return NULL;
}

static gint64
insert_chat (Fixture    *f,
             const char *title,
             const char *status,
             const char *created_on,
             const char *archived_on)
{
  return fixture_insert (f->db,
      "INSERT INTO chat (title, kind, status, created_on, archived_on, sort_order)"
      " VALUES (?1, 'custom', ?2, ?3, ?4, 9)", title, status, created_on, archived_on, END);
}

static void
add_member_on (Fixture    *f,
               gint64      chat,
               gint64      person,
               const char *added_on)
{
  g_autofree char *c = id_text (chat);
  g_autofree char *p = id_text (person);

  fixture_insert (f->db, "INSERT INTO chat_member (chat_id, person_id, added_on) VALUES (?1, ?2, ?3)",
                  c, p, added_on, END);
}

/* «Чаты» as of 30.11: a chat archived later is there, one archived before
 * is not, one marked created without a date is; a member added by hand
 * counts from the day he was added. groups_with_chat follows the same
 * rule. */
static void
test_chats_as_of (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = NULL;
  gint64 later = insert_chat (f, "Архив: закрыт 15.12", "archived", "2023-10-01", "2023-12-15");

  insert_chat (f, "Архив: закрыт 20.11", "archived", "2023-10-01", "2023-11-20");
  insert_chat (f, "Создан без даты", "created", NULL, NULL);
  add_member_on (f, later, f->t2, "2023-11-01");
  add_member_on (f, later, f->t2 + 1, "2023-12-05");   /* T3, after the report's date */
  figures = sc_report_figures_compute (f->db, "2023-11", &error);
  g_assert_no_error (error);
  g_assert_nonnull (lookup_chat (figures, "Архив: закрыт 15.12"));
  g_assert_cmpint (lookup_chat (figures, "Архив: закрыт 15.12")->members, ==, 1);
  g_assert_null (lookup_chat (figures, "Архив: закрыт 20.11"));
  g_assert_nonnull (lookup_chat (figures, "Создан без даты"));
  g_assert_cmpuint (figures->chats->len, ==, 4 + 2);
  g_assert_cmpfloat (sc_report_figures_get (figures, "groups_with_chat"), ==, 1);
  g_clear_pointer (&figures, sc_report_figures_unref);

  /* ИС-21's chat archived on 10.12: it still counted on 30.11; archived
   * on 20.11: it did not. */
  fixture_insert (f->db, "UPDATE chat SET status = 'archived', archived_on = ?1 WHERE title = ?2",
                  "2023-12-10", "ИС-21", END);
  figures = sc_report_figures_compute (f->db, "2023-11", &error);
  g_assert_cmpfloat (sc_report_figures_get (figures, "groups_with_chat"), ==, 1);
  g_assert_nonnull (lookup_chat (figures, "ИС-21"));
  g_clear_pointer (&figures, sc_report_figures_unref);
  fixture_insert (f->db, "UPDATE chat SET archived_on = ?1 WHERE title = ?2", "2023-11-20", "ИС-21", END);
  figures = sc_report_figures_compute (f->db, "2023-11", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (sc_report_figures_get (figures, "groups_with_chat"), ==, 0);
  g_assert_null (lookup_chat (figures, "ИС-21"));
}

static void
test_chats_and_teachers (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (f->db, "2023-11", &error);
  const ScReportChatRow *chat;
  const ScReportTeacherRow *teacher;

  g_assert_no_error (error);
  /* On 30.11: not ИС-22 (created 03.12) nor ЭК-11 (planned). */
  g_assert_cmpuint (figures->chats->len, ==, 4);
  g_assert_null (lookup_chat (figures, "ИС-22"));
  g_assert_null (lookup_chat (figures, "ЭК-11"));
  chat = g_ptr_array_index (figures->chats, 2);   /* the parents' chat follows ИС-21 */
  g_assert_cmpstr (chat->title, ==, "ИС-21 — родители");
  g_assert_cmpint (chat->depth, ==, 1);
  g_assert_false (strstr (chat->admin, "Зайцев"));
  g_assert_cmpstr (chat->admin, ==, "");
  g_assert_true (chat->admin_is_student);
  /* The curator Алексеев by rule and the administrator Зайцев. */
  g_assert_cmpint (chat->members, ==, 2);
  chat = find_chat (figures, "ИС-21");
  /* Зайцев, Ильин, Ковалёв, Лебедев by rule, the curator Алексеев (also
   * an explicit member and the administrator). */
  g_assert_cmpint (chat->members, ==, 5);
  g_assert_cmpstr (chat->created_on, ==, "2023-11-10");
  g_assert_cmpstr (chat->admin, ==, "Алексеев Иван Петрович");
  /* Active teachers on 30.11: T1, T2, T3, T4 (left 01.12), T7. */
  g_assert_cmpint (find_chat (figures, "Педагоги колледжа")->members, ==, 5);
  /* ЭК-12's only student left on 01.11; the group has no curator. */
  g_assert_cmpint (find_chat (figures, "ЭК-12")->members, ==, 0);

  g_assert_cmpuint (figures->teachers->len, ==, 5);
  teacher = g_ptr_array_index (figures->teachers, 1);
  g_assert_cmpstr (teacher->name, ==, "Борисова Мария Ивановна");
  g_assert_cmpint (teacher->messages[0], ==, 10);
  g_assert_true (teacher->met[0]);
  g_assert_cmpint (teacher->messages[1], ==, 9);
  g_assert_false (teacher->met[1]);
  teacher = g_ptr_array_index (figures->teachers, 4);
  g_assert_cmpstr (teacher->name, ==, "Жуков Семён Ильич");
  g_assert_false (teacher->has_record[0]);
  g_assert_false (teacher->met[0]);
}

/* Norms come from the organization profile. */
static void
test_norms (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScOrganization) organization = sc_organization_load (f->db, &error);
  g_autoptr(ScReportFigures) figures = NULL;

  organization->norm_messages = 11;
  organization->norm_calls = 0;
  g_assert_true (sc_organization_save (f->db, organization, &error));
  figures = sc_report_figures_compute (f->db, "2023-11", &error);
  g_assert_no_error (error);
  /* T2's 10 messages no longer meet; T4's 0 and 0 still do not. */
  g_assert_cmpfloat (sc_report_figures_get (figures, "week_2023-10-30_teachers_meeting_norm"), ==, 2);
  g_assert_cmpfloat (sc_report_figures_get (figures, "week_2023-11-27_teachers_meeting_norm"), ==, 3);
}

static void
test_empty_college (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sc_test_make_dir ("sc-report");
  g_autofree char *path = g_build_filename (dir, "empty.sqlite3", NULL);
  g_autoptr(ScDatabase) db = sc_database_create (path, "Пустой колледж", &error);
  g_autoptr(ScReportFigures) figures = NULL;

  g_assert_no_error (error);
  figures = sc_report_figures_compute (db, "2023-11", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < figures->figures->len; i++)
    g_assert_cmpfloat (((ScFigure *)g_ptr_array_index (figures->figures, i))->value, ==, 0.0);
  g_assert_null (sc_report_figures_compute (db, "2023-13", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_object (&db);
  sc_test_remove_tree (dir);
}

static void
assert_weeks (const char *month,
              const char *first,
              const char *last,
              guint       n)
{
  g_auto(GStrv) weeks = sc_report_month_weeks (month);

  g_assert_cmpuint (g_strv_length (weeks), ==, n);
  g_assert_cmpstr (weeks[0], ==, first);
  g_assert_cmpstr (weeks[n - 1], ==, last);
}

static void
test_months (void)
{
  g_autofree char *last = sc_report_month_last_day ("2024-02");
  g_autofree char *next = sc_report_month_add ("2023-12", 1);
  g_autofree char *back = sc_report_month_add ("2024-01", -13);

  assert_weeks ("2023-11", "2023-10-30", "2023-11-27", 5);
  assert_weeks ("2023-12", "2023-12-04", "2023-12-25", 4);
  assert_weeks ("2024-01", "2024-01-01", "2024-01-22", 4);   /* 29.01 is February's */
  assert_weeks ("2020-12", "2020-11-30", "2020-12-28", 5);   /* Thursday 31.12 */
  assert_weeks ("2021-01", "2021-01-04", "2021-01-25", 4);
  g_assert_cmpstr (last, ==, "2024-02-29");
  g_assert_cmpstr (next, ==, "2024-01");
  g_assert_cmpstr (back, ==, "2022-12");
  g_assert_true (sc_report_month_is_valid ("2023-11"));
  g_assert_false (sc_report_month_is_valid ("2023-13"));
  g_assert_false (sc_report_month_is_valid ("2023-1"));
  g_assert_false (sc_report_month_is_valid ("2023-11-01"));
  g_assert_false (sc_report_month_is_valid ("2023+11"));
  g_assert_false (sc_report_month_is_valid (NULL));
}

static void
test_format (void)
{
  g_autoptr(ScFigure) pct = sc_figure_new ("teachers_connected_pct", 96.8);
  g_autoptr(ScFigure) count = sc_figure_new ("students_total", 1059);
  g_autofree char *a = sc_figure_format_value (pct);
  g_autofree char *b = sc_figure_format_value (count);
  g_autofree char *c = sc_report_format_number (1234567.25, 1);
  g_autofree char *d = sc_report_format_number (-0.04, 1);
  g_autofree char *week = sc_figure_label_for_code ("week_2023-11-27_teachers_meeting_norm");

  g_assert_cmpstr (a, ==, "96,8\xe2\x80\xaf%");
  g_assert_cmpstr (b, ==, "1\xe2\x80\xaf" "059");
  g_assert_cmpstr (c, ==, "1\xe2\x80\xaf" "234\xe2\x80\xaf" "567,2");
  g_assert_cmpstr (d, ==, "0,0");
  g_assert_nonnull (strstr (week, "27"));
  g_assert_nonnull (strstr (week, "2023"));
}

static void
test_json_and_diff (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (f->db, "2023-11", &error);
  g_autofree char *json = sc_report_figures_to_json (figures);
  g_autoptr(GPtrArray) back = sc_report_figures_list_from_json (json, &error);
  g_auto(GStrv) same = NULL;
  g_auto(GStrv) changed = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"students_connected_pct\": 57.1"));
  g_assert_cmpuint (back->len, ==, figures->figures->len);
  for (guint i = 0; i < back->len; i++)
    {
      ScFigure *a = g_ptr_array_index (back, i), *b = g_ptr_array_index (figures->figures, i);
      g_assert_cmpstr (a->code, ==, b->code);
      g_assert_cmpfloat (a->value, ==, b->value);
      g_assert_cmpint (a->kind, ==, b->kind);
    }
  same = sc_report_figures_diff (back, figures->figures);
  g_assert_cmpuint (g_strv_length (same), ==, 0);
  ((ScFigure *)g_ptr_array_index (back, 3))->value += 1;
  g_ptr_array_remove_index (back, 0);
  changed = sc_report_figures_diff (back, figures->figures);
  g_assert_cmpuint (g_strv_length (changed), ==, 2);
  g_assert_cmpstr (changed[0], ==, "students_total");
  g_assert_cmpstr (changed[1], ==, "teachers_total");
  g_assert_null (sc_report_figures_list_from_json ("{\"figures\": [1]}", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static const char *
number_of (GPtrArray  *lines,
           const char *code)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const ScReportLine *line = g_ptr_array_index (lines, i);
      if (line->figure != NULL && g_strcmp0 (line->figure->code, code) == 0)
        return line->number;
    }
  return NULL;
}

/* The printed numbers do not shift with the number of weeks: February
 * 2023 has four, November five, and «3.2» is the same figure in both. */
static void
test_numbering (Fixture       *f,
                gconstpointer  data)
{
  const char *months[] = { "2023-02", "2023-11" };

  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ScReportFigures) figures = sc_report_figures_compute (f->db, months[m], &error);
      g_autoptr(GPtrArray) lines = NULL;
      g_autofree char *last_week = NULL;

      g_assert_no_error (error);
      lines = sc_report_lines (figures);
      g_assert_cmpstr (number_of (lines, "teachers_total"), ==, "1.1");
      g_assert_cmpstr (number_of (lines, "groups_with_chat"), ==, "2.2");
      g_assert_cmpstr (number_of (lines, "teachers_norm_all_weeks"), ==, "3.2");
      g_assert_cmpstr (number_of (lines, "avg_calls_per_teacher_week"), ==, "3.7");
      last_week = g_strdup_printf ("week_%s_teachers_meeting_norm",
                                   figures->weeks[g_strv_length (figures->weeks) - 1]);
      g_assert_cmpstr (number_of (lines, last_week), ==, m == 0 ? "3.1.4" : "3.1.5");
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sc/report/figures/november", Fixture, NULL, fixture_set_up, test_november, fixture_tear_down);
  g_test_add ("/sc/report/figures/december", Fixture, NULL, fixture_set_up, test_december, fixture_tear_down);
  g_test_add ("/sc/report/figures/groups", Fixture, NULL, fixture_set_up, test_groups, fixture_tear_down);
  g_test_add ("/sc/report/figures/chats-teachers", Fixture, NULL, fixture_set_up, test_chats_and_teachers, fixture_tear_down);
  g_test_add ("/sc/report/figures/chats-as-of", Fixture, NULL, fixture_set_up, test_chats_as_of, fixture_tear_down);
  g_test_add ("/sc/report/figures/numbering", Fixture, NULL, fixture_set_up, test_numbering, fixture_tear_down);
  g_test_add ("/sc/report/figures/norms", Fixture, NULL, fixture_set_up, test_norms, fixture_tear_down);
  g_test_add ("/sc/report/figures/json-diff", Fixture, NULL, fixture_set_up, test_json_and_diff, fixture_tear_down);
  g_test_add_func ("/sc/report/figures/empty", test_empty_college);
  g_test_add_func ("/sc/report/figures/months", test_months);
  g_test_add_func ("/sc/report/figures/format", test_format);
  return g_test_run ();
}

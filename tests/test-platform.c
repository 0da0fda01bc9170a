/* test-platform.c — «Сферум» in MAX (issue 15): the platform history, the
 * status rule on the platform in force, «Нужен переход», the report's
 * figures before, during and after the move, refusals with another
 * channel, the norm switched off, chats at the switch, and files of
 * schema 7 keeping their figures
 *
 * Every expected figure is worked out by hand from the fixture
 * (test-report-fixture.h says who is who); the comments say how.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-chat-store.h"
#include "sc-chat-template.h"
#include "sc-database-private.h"
#include "sc-people.h"
#include "sc-platform.h"
#include "sc-test-util.h"
#include "sc-report-figures.h"
#include "sc-report-text.h"
#include "sc-status-history.h"
#include "test-report-fixture.h"

typedef struct
{
  const char *code;
  double      value;
} Expected;

static void
assert_figure (const ScReportFigures *figures,
               const char            *code,
               double                 value)
{
  const ScFigure *figure = sc_report_figures_lookup (figures, code);

  g_test_message ("%s: expected %g", code, value);
  g_assert_nonnull (figure);
  g_assert_cmpfloat_with_epsilon (figure->value, value, 1e-9);
}

static void
assert_figures (const ScReportFigures *figures,
                const Expected        *expected,
                guint                  n)
{
  for (guint i = 0; i < n; i++)
    assert_figure (figures, expected[i].code, expected[i].value);
}

static char *
month_json (ScDatabase *db,
            const char *month)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (db, month, &error);

  g_assert_no_error (error);
  return sc_report_figures_to_json (figures);
}

static gint64
person_id (ScDatabase *db,
           const char *last_name)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (sc_database_get_handle (db),
                                       "SELECT id FROM person WHERE last_name = ?1", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, last_name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* ---- the history --------------------------------------------------------- */

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *described = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sc-platform-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.sqlite3", NULL);
  g_autoptr(ScDatabase) fresh = sc_database_create (path, "Новый колледж", &error);
  ScPlatformSwitchResult result = { 0 };
  ScPlatform platform;

  /* A college made now starts on MAX, and there is nothing to move. */
  g_assert_no_error (error);
  history = sc_platform_history_load (fresh, &error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpint (sc_platform_history_on (history, "2023-11-30"), ==, SC_PLATFORM_MAX);
  g_assert_false (sc_platform_switch (fresh, SC_PLATFORM_MAX, "2025-09-01", NULL, 0, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_clear_object (&fresh);
  g_unlink (path);
  g_rmdir (dir);
  g_clear_pointer (&history, g_ptr_array_unref);

  /* The fixture's college was on VK Messenger; it moves on 01.12.2023. */
  g_assert_true (sc_platform_switch (f->db, SC_PLATFORM_MAX, "2023-12-01", NULL, 0, &result, &error));
  g_assert_no_error (error);
  /* the created chats: staff, ИС-21, ИС-22 (created 03.12, still VK's), ЭК-12, parents */
  g_assert_cmpuint (result.n_archived, ==, 5);
  history = sc_platform_history_load (f->db, &error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (sc_platform_history_on (history, "2023-11-30"), ==, SC_PLATFORM_VK);
  g_assert_cmpint (sc_platform_history_on (history, "2023-12-01"), ==, SC_PLATFORM_MAX);
  g_assert_null (sc_platform_history_switch_on (history, "2023-11-30"));
  g_assert_cmpstr (sc_platform_history_switch_on (history, "2024-01-15"), ==, "2023-12-01");
  described = sc_platform_history_describe (history);
  g_assert_cmpstr (described, ==, "VK Messenger (Sferum) · Move to MAX from 01.12.2023");
  g_assert_true (sc_platform_on (f->db, "2023-12-31", &platform, &error));
  g_assert_cmpint (platform, ==, SC_PLATFORM_MAX);

  /* The same move again corrects its day; the chats' archive day follows. */
  g_assert_true (sc_platform_switch (f->db, SC_PLATFORM_MAX, "2023-12-04", NULL, 0, NULL, &error));
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM platform_history"), ==, 2);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM chat WHERE archived_on = '2023-12-04'"), ==, 5);
  /* A college cannot have started on the platform it moved to later. */
  g_assert_false (sc_platform_set_first (f->db, SC_PLATFORM_MAX, &error));
  g_clear_error (&error);
  g_assert_false (sc_platform_switch (f->db, SC_PLATFORM_MAX, "not a date", NULL, 0, NULL, &error));
  g_clear_error (&error);
}

/* ---- the move in the reports --------------------------------------------- */

/* As of 31.12.2023, after the move on 01.12.2023 and ИС-21 marked joined in
 * MAX on 05.12.2023:
 * - teachers active: T1 T2 T3 T7 (T4 left 01.12). Joined in MAX: T2 only,
 *   whose joining is dated 02.12, after the move. T1, T3, T7 joined VK.
 * - students active: ИС-21 Зайцев Ильин Ковалёв Лебедев, ИС-22 Новикова,
 *   ЭК-11 Орлов (Морозов left 01.12, Павлова 30.11, Романов 01.11).
 *   Joined in MAX: exactly ИС-21's four (Лебедев's own 02.12 already). On
 *   VK, Орлов was joined: he needs to move. Ковалёв was last «invited» on
 *   VK and Новикова had declined there: neither needs to move, and VK's
 *   refusal is no refusal of MAX.
 * - every chat was VK's and is archived on 01.12: no group has a chat. */
static const Expected december_moved[] = {
  { "teachers_total", 4 },
  { "teachers_connected", 1 },
  { "teachers_connected_pct", 25.0 },
  { "students_total", 6 },
  { "students_connected", 4 },
  { "students_connected_pct", 66.7 },
  { "teachers_declined", 0 },
  { "teachers_covered", 1 },
  { "students_declined", 0 },
  { "students_covered", 4 },
  { "teachers_needs_move", 3 },
  { "students_needs_move", 1 },
  { "groups_total", 3 },
  { "groups_with_chat", 0 },
  { "messages_total", 39 },          /* activity does not depend on the platform */
};

static void
mark_group (ScDatabase *db,
            const char *on_date)
{
  const char *names[] = { "Зайцев", "Ильин", "Ковалёв", "Лебедев" };
  gint64 ids[G_N_ELEMENTS (names)];
  g_autoptr(GArray) events = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    ids[i] = person_id (db, names[i]);
  g_assert_true (sc_people_set_status (db, ids, G_N_ELEMENTS (ids), SC_STATUS_JOINED, on_date, NULL,
                                       &events, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 3);   /* Лебедев is joined in MAX since 02.12 */
}

static void
test_move_in_reports (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *october = month_json (f->db, "2023-10");
  g_autofree char *november = month_json (f->db, "2023-11");
  g_autofree char *october_after = NULL, *november_after = NULL;
  g_autoptr(ScReportFigures) december = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) details = NULL;
  g_autoptr(ScOrganization) organization = sc_organization_load (f->db, NULL);

  g_assert_null (strstr (november, "needs_move"));
  g_assert_true (sc_platform_switch (f->db, SC_PLATFORM_MAX, "2023-12-01", NULL, 0, NULL, &error));
  mark_group (f->db, "2023-12-05");

  /* The months before the move: the same report, to the digit. */
  october_after = month_json (f->db, "2023-10");
  november_after = month_json (f->db, "2023-11");
  g_assert_cmpstr (october_after, ==, october);
  g_assert_cmpstr (november_after, ==, november);

  december = sc_report_figures_compute (f->db, "2023-12", &error);
  g_assert_no_error (error);
  g_assert_true (december->switched);
  g_assert_cmpint (december->platform, ==, SC_PLATFORM_MAX);
  assert_figures (december, december_moved, G_N_ELEMENTS (december_moved));
  /* Both platforms reported: after the coverage codes, before the chats. */
  lines = sc_report_lines (december);
  for (guint i = 0; i < lines->len; i++)
    {
      const ScReportLine *line = g_ptr_array_index (lines, i);
      if (line->figure != NULL && g_str_equal (line->figure->code, "students_needs_move"))
        g_assert_cmpstr (line->number, ==, "1.16");
      if (line->figure != NULL && g_str_equal (line->figure->code, "groups_total"))
        g_assert_cmpstr (line->number, ==, "2.1");
    }
  details = sc_report_get_details (organization, december->platform);
  g_assert_cmpstr (details[0], ==, "Platform: MAX");
}

/* «Люди» on 31.12.2023: the same rule — who is joined, who needs to move. */
static void
test_needs_move_in_list (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) people = NULL;
  ScPeopleTally students = { 0 }, teachers = { 0 };
  guint n_moving = 0;

  g_assert_true (sc_platform_switch (f->db, SC_PLATFORM_MAX, "2023-12-01", NULL, 0, NULL, &error));
  mark_group (f->db, "2023-12-05");
  people = sc_people_load (f->db, "2023-12-31", &error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(ScPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      const ScPersonRecord *r = sc_person_get_record (person);
      gboolean expected = r->active && (g_str_equal (r->last_name, "Орлов") ||
                                        g_str_equal (r->last_name, "Алексеев") ||
                                        g_str_equal (r->last_name, "Васильев") ||
                                        g_str_equal (r->last_name, "Жуков") ||
                                        g_str_equal (r->last_name, "Ёлкина") ||      /* staff */
                                        g_str_equal (r->last_name, "Родителева"));   /* a parent */
      g_test_message ("%s: needs_move %d", r->last_name, r->needs_move);
      g_assert_cmpint (r->needs_move, ==, expected);
      if (r->needs_move)
        {
          g_assert_cmpint (r->status, ==, SC_STATUS_NOT_INVITED);
          g_assert_cmpstr (sc_person_record_status_label (r), ==, "Needs to move");
          n_moving++;
        }
    }
  g_assert_cmpuint (n_moving, ==, 6);
  g_assert_true (sc_people_tally (f->db, SC_CATEGORY_STUDENT, "2023-12-31", &students, &error));
  g_assert_true (sc_people_tally (f->db, SC_CATEGORY_TEACHER, "2023-12-31", &teachers, &error));
  g_assert_cmpuint (students.needs_move, ==, 1);
  g_assert_cmpuint (students.connected, ==, 4);
  g_assert_cmpuint (teachers.needs_move, ==, 3);
  /* On 30.11 the college was on VK Messenger: nobody needs to move. */
  g_clear_object (&people);
  people = sc_people_load (f->db, "2023-11-30", &error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(ScPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      g_assert_false (sc_person_get_record (person)->needs_move);
    }
}

/* The person's history keeps VK's events, with their platform. */
static void
test_history_of_person (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) platforms = NULL;
  gint64 orlov = person_id (f->db, "Орлов");
  const ScStatusEvent *now, *before;

  g_assert_true (sc_platform_switch (f->db, SC_PLATFORM_MAX, "2023-12-01", NULL, 0, NULL, &error));
  events = sc_status_history_load (f->db, orlov, &error);
  platforms = sc_platform_history_load (f->db, &error);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpint (((ScStatusEvent *)events->pdata[0])->platform, ==, SC_PLATFORM_VK);
  now = sc_status_history_on (events, platforms, "2023-12-31");
  before = sc_status_history_on (events, platforms, "2023-11-30");
  g_assert_null (now);                       /* nothing yet on MAX */
  g_assert_nonnull (before);
  g_assert_cmpint (before->status, ==, SC_STATUS_JOINED);
}

/* The assistant's groups: the platform moved ИС-21, its students are joined
 * in MAX from the day of the move, in the same transaction. */
static void
test_switch_with_groups (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) december = NULL;
  gint64 is21 = sc_test_query_int (f->db, "SELECT id FROM study_group WHERE code = 'ИС-21'");
  ScPlatformSwitchResult result = { 0 };

  g_assert_true (sc_platform_switch (f->db, SC_PLATFORM_MAX, "2023-12-01", &is21, 1, &result, &error));
  g_assert_no_error (error);
  /* all four of ИС-21: on 01.12 none is joined in MAX yet (Лебедев's own
   * joining is of 02.12) */
  g_assert_cmpuint (result.n_marked, ==, 4);
  december = sc_report_figures_compute (f->db, "2023-12", &error);
  assert_figure (december, "students_connected", 4);
  assert_figure (december, "students_needs_move", 1);
}

/* ---- refusals and other channels ----------------------------------------- */

static void
decline (ScDatabase      *db,
         const char      *last_name,
         ScDeclineReason  reason,
         const char      *text,
         ScChannel        channel,
         const char      *on_date)
{
  gint64 id = person_id (db, last_name);
  ScStatusChange change = { SC_STATUS_DECLINED, on_date, reason, text, channel };
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_people_change_status (db, &id, 1, &change, NULL, &error));
  g_assert_no_error (error);
}

/* As of 31.12.2023 without a move (the college stays on VK):
 * - teachers: T1 T2 T3 T7 active, all joined by then. T7 declines on
 *   10.12 with e-mail, T1 on 11.12 without a channel: joined 2, declined
 *   2, one with a channel; covered 2 + 1 = 3 of 4, 75,0 %.
 * - students: 6 active; joined Зайцев, Ильин, Лебедев, Орлов (4).
 *   Новикова declined 03.11 (no channel) and now gets SMS from 12.12;
 *   Ковалёв (invited) declines 13.12: no Госуслуги, on paper. Declined 2,
 *   both with a channel: covered 4 + 2 = 6 of 6, 100 %. */
static const Expected december_declines[] = {
  { "teachers_connected", 2 },
  { "teachers_connected_pct", 50.0 },
  { "teachers_declined", 2 },
  { "teachers_alternative", 1 },
  { "teachers_covered", 3 },
  { "teachers_covered_pct", 75.0 },
  { "students_connected", 4 },
  { "students_declined", 2 },
  { "students_alternative", 2 },
  { "students_covered", 6 },
  { "students_covered_pct", 100.0 },
};

static void
test_declines (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) december = NULL;
  g_autoptr(ScReportFigures) november = NULL;
  g_autoptr(GListStore) people = NULL;
  gint64 novikova = person_id (f->db, "Новикова");
  ScStatusChange other = { SC_STATUS_DECLINED, "2023-12-20", SC_DECLINE_REASON_OTHER, "  ", SC_CHANNEL_NONE };
  g_autoptr(GArray) events = NULL;

  decline (f->db, "Жуков", SC_DECLINE_REASON_REFUSES, NULL, SC_CHANNEL_EMAIL, "2023-12-10");
  decline (f->db, "Алексеев", SC_DECLINE_REASON_PARENTS_OBJECT, "", SC_CHANNEL_NONE, "2023-12-11");
  decline (f->db, "Новикова", SC_DECLINE_REASON_NO_SMARTPHONE, NULL, SC_CHANNEL_SMS, "2023-12-12");
  decline (f->db, "Ковалёв", SC_DECLINE_REASON_NO_GOSUSLUGI, NULL, SC_CHANNEL_PAPER, "2023-12-13");

  december = sc_report_figures_compute (f->db, "2023-12", &error);
  g_assert_no_error (error);
  assert_figures (december, december_declines, G_N_ELEMENTS (december_declines));
  /* November: only Новикова's refusal, without a channel. */
  november = sc_report_figures_compute (f->db, "2023-11", &error);
  assert_figure (november, "students_declined", 1);
  assert_figure (november, "students_alternative", 0);
  assert_figure (november, "students_covered", 4);

  /* The same refusal again is no new mark; another channel is. */
  g_assert_true (sc_people_change_status (f->db, &novikova, 1,
      &(ScStatusChange) { SC_STATUS_DECLINED, "2023-12-14", SC_DECLINE_REASON_NO_SMARTPHONE, NULL,
                          SC_CHANNEL_SMS }, &events, &error));
  g_assert_cmpuint (events->len, ==, 0);
  g_clear_pointer (&events, g_array_unref);
  g_assert_true (sc_people_change_status (f->db, &novikova, 1,
      &(ScStatusChange) { SC_STATUS_DECLINED, "2023-12-14", SC_DECLINE_REASON_NO_SMARTPHONE, NULL,
                          SC_CHANNEL_PHONE }, &events, &error));
  g_assert_cmpuint (events->len, ==, 1);
  /* «другое» needs its words. */
  g_assert_false (sc_people_change_status (f->db, &novikova, 1, &other, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  people = sc_people_load (f->db, "2023-12-31", &error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(ScPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      const ScPersonRecord *r = sc_person_get_record (person);
      if (g_str_equal (r->last_name, "Ковалёв"))
        {
          g_autofree char *text = sc_person_record_describe_decline (r);
          g_assert_cmpint (r->reason, ==, SC_DECLINE_REASON_NO_GOSUSLUGI);
          g_assert_cmpint (r->channel, ==, SC_CHANNEL_PAPER);
          g_assert_cmpstr (text, ==, "no Gosuslugi account · other channel: on paper");
        }
    }
}

/* ---- the norm switched off ----------------------------------------------- */

static void
test_norm_off (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) on = sc_report_figures_compute (f->db, "2023-11", &error);
  g_autoptr(ScReportFigures) off = NULL;
  g_autoptr(ScOrganization) organization = sc_organization_load (f->db, &error);
  g_autoptr(GPtrArray) lines = NULL;
  guint n_other = 0;

  organization->norm_enabled = FALSE;
  g_assert_true (sc_organization_save (f->db, organization, &error));
  off = sc_report_figures_compute (f->db, "2023-11", &error);
  g_assert_no_error (error);
  g_assert_false (off->norm_enabled);
  /* No activity section at all; every other figure as before. */
  for (guint i = 0; i < off->figures->len; i++)
    g_assert_cmpint (((ScFigure *)off->figures->pdata[i])->section, !=, SC_FIGURE_SECTION_ACTIVITY);
  for (guint i = 0; i < on->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (on->figures, i);
      const ScFigure *now = sc_report_figures_lookup (off, figure->code);
      if (figure->section == SC_FIGURE_SECTION_ACTIVITY)
        {
          g_assert_null (now);
          continue;
        }
      g_assert_nonnull (now);
      g_assert_cmpfloat (now->value, ==, figure->value);
      n_other++;
    }
  /* 6 connection + 8 coverage + 2 chat figures, the ones off keeps */
  g_assert_cmpuint (n_other, ==, 16);
  g_assert_cmpuint (off->figures->len, ==, 16);
  g_assert_cmpuint (off->teachers->len, ==, 0);
  g_assert_cmpuint (g_strv_length (off->weeks_without_data), ==, 0);
  lines = sc_report_lines (off);
  for (guint i = 0; i < lines->len; i++)
    g_assert_false (g_str_has_prefix (((ScReportLine *)lines->pdata[i])->number, "3"));
}

/* ---- chats at the switch ------------------------------------------------- */

static void
test_chats_at_switch (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) preview = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(ScReportFigures) november = NULL;
  ScChatTemplateOptions options;
  gint64 it_chat;
  guint n_group = 0;

  /* On VK the templates add the two departments' chats (the fixture has
   * the staff and group chats by hand); the IT one is made on 21.11. */
  sc_chat_template_options_init (&options);
  added = sc_chat_template_apply (f->db, &options, "2023-11-20", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, 2);
  it_chat = sc_test_query_int (f->db, "SELECT c.id FROM chat c JOIN department d ON c.template_key ="
                              " 'department:' || d.id WHERE d.name LIKE 'Отделение%'");
  g_assert_true (sc_chat_store_set_status (f->db, it_chat, SC_CHAT_STATUS_CREATED, "2023-11-21", NULL, &error));
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM chat WHERE platform = 'vk' AND origin = 'manual'"), ==, 8);

  g_assert_true (sc_platform_switch (f->db, SC_PLATFORM_MAX, "2023-12-01", NULL, 0, NULL, &error));
  /* created: archived on the day of the move, the key making room for
   * MAX's; planned (ЭК-11, the economics department): to MAX, where the
   * platform makes the group's chat */
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM chat WHERE status = 'archived'"
                                     " AND archived_on = '2023-12-01' AND platform = 'vk'"), ==, 6);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM chat WHERE template_key LIKE 'vk:department:%'"), ==, 1);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM chat WHERE status = 'planned'"
                                     " AND platform = 'max' AND origin = 'platform' AND kind = 'group'"), ==, 1);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM chat WHERE status = 'planned'"
                                     " AND platform = 'max' AND origin = 'manual' AND kind = 'department'"), ==, 1);
  /* The months before keep their chats. */
  november = sc_report_figures_compute (f->db, "2023-11", &error);
  assert_figure (november, "groups_with_chat", 1);
  g_assert_cmpuint (november->chats->len, ==, 5);   /* staff, IT, ИС-21, ЭК-12, parents */

  /* On MAX the templates ask again for what VK's archive held: the staff
   * chat, the IT department's, ИС-21's and ИС-22's (ЭК-11's plan came
   * along); the platform makes the group and staff chats. */
  preview = sc_chat_template_preview (f->db, &options, "2023-12-15", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->len, ==, 4);
  for (guint i = 0; i < preview->len; i++)
    {
      const ScChatTemplateItem *item = g_ptr_array_index (preview, i);
      g_assert_cmpint (item->origin, ==,
                       item->kind == SC_CHAT_KIND_GROUP || item->kind == SC_CHAT_KIND_STAFF
                       ? SC_CHAT_ORIGIN_PLATFORM : SC_CHAT_ORIGIN_MANUAL);
      n_group += item->kind == SC_CHAT_KIND_GROUP;
    }
  g_assert_cmpuint (n_group, ==, 2);
  g_clear_pointer (&added, g_ptr_array_unref);
  added = sc_chat_template_apply (f->db, &options, "2023-12-15", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM chat WHERE platform = 'max'"
                                     " AND template_key LIKE 'department:%'"), ==, 2);
}

/* ---- a file of schema 7 -------------------------------------------------- */

/* A college of schema 7: two teachers (one joined, one declined with the
 * words of the time), three students of ИС-21 (joined 03.10 and 20.11,
 * one invited), its chat created 05.10 from the template. */
static const char fill_v7[] =
  "INSERT INTO organization (id, full_name) VALUES (1, 'Колледж');"
  "INSERT INTO study_group (id, code) VALUES (1, 'ИС-21');"
  "INSERT INTO person (id, last_name, category) VALUES (1, 'Фёдорова', 'teacher'), (2, 'Ким', 'teacher');"
  "INSERT INTO person (id, last_name, category, group_id) VALUES"
  "  (3, 'Семёнов', 'student', 1), (4, 'Ковалёва', 'student', 1), (5, 'Лисин', 'student', 1);"
  "INSERT INTO status_event (person_id, status, on_date, reason) VALUES"
  "  (1, 'joined', '2023-10-02', ''), (2, 'declined', '2023-10-05', 'нет смартфона'),"
  "  (3, 'joined', '2023-10-03', ''), (4, 'joined', '2023-11-20', ''), (5, 'invited', '2023-10-01', '');"
  "INSERT INTO chat (title, kind, group_id, status, created_on, template_key)"
  "  VALUES ('Группа ИС-21', 'group', 1, 'created', '2023-10-05', 'group:1');";

/* Teachers 2, joined 1 (50,0 %), declined 1 without a channel: covered 1;
 * students 3, joined 2 (66,7 %); ИС-21 has its chat. */
static const Expected november_v7[] = {
  { "teachers_total", 2 },
  { "teachers_connected", 1 },
  { "teachers_connected_pct", 50.0 },
  { "students_total", 3 },
  { "students_connected", 2 },
  { "students_connected_pct", 66.7 },
  { "teachers_declined", 1 },
  { "teachers_alternative", 0 },
  { "teachers_covered", 1 },
  { "teachers_covered_pct", 50.0 },
  { "groups_total", 1 },
  { "groups_with_chat", 1 },
};

static void
test_schema_7 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sc-platform-v7-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "college.sqlite3", NULL);
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(ScReportFigures) november = NULL;
  g_autoptr(ScOrganization) organization = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *words = NULL;
  g_autoptr(GDir) files = NULL;
  const char *name;
  sqlite3 *raw = NULL;

  g_assert_true (sc_database_create_at_version (path, 7, &error));
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, fill_v7, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = sc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_database_get_schema_version (db), ==, SC_DATABASE_SCHEMA_VERSION);
  /* It was on VK Messenger; its chat too, made by hand there. */
  history = sc_platform_history_load (db, &error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpint (sc_platform_history_on (history, "2023-11-30"), ==, SC_PLATFORM_VK);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM chat WHERE platform = 'vk' AND origin = 'manual'"), ==, 1);
  organization = sc_organization_load (db, &error);
  g_assert_true (organization->norm_enabled);
  november = sc_report_figures_compute (db, "2023-11", &error);
  g_assert_no_error (error);
  assert_figures (november, november_v7, G_N_ELEMENTS (november_v7));
  g_assert_cmpint (november->platform, ==, SC_PLATFORM_VK);
  /* The refusal of the time keeps its words. */
  events = sc_status_history_load (db, 2, &error);
  words = sc_status_event_describe_decline (events->pdata[0]);
  g_assert_cmpstr (words, ==, "нет смартфона");

  g_clear_object (&db);
  files = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (files)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
}

/* A file of schema 7 whose profile said MAX stays on MAX. */
static void
test_schema_7_on_max (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sc-platform-v7-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "college.sqlite3", NULL);
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GDir) files = NULL;
  const char *name;
  sqlite3 *raw = NULL;

  g_assert_true (sc_database_create_at_version (path, 7, &error));
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "INSERT INTO organization (id, full_name, platform)"
                                      " VALUES (1, 'Колледж', 'max')", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  db = sc_database_open (path, &error);
  g_assert_no_error (error);
  history = sc_platform_history_load (db, &error);
  g_assert_cmpint (sc_platform_history_on (history, "2024-01-01"), ==, SC_PLATFORM_MAX);
  g_clear_object (&db);
  files = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (files)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sc/platform/history", Fixture, NULL, fixture_set_up, test_history, fixture_tear_down);
  g_test_add ("/sc/platform/move-in-reports", Fixture, NULL, fixture_set_up, test_move_in_reports,
              fixture_tear_down);
  g_test_add ("/sc/platform/needs-move-in-list", Fixture, NULL, fixture_set_up, test_needs_move_in_list,
              fixture_tear_down);
  g_test_add ("/sc/platform/history-of-person", Fixture, NULL, fixture_set_up, test_history_of_person,
              fixture_tear_down);
  g_test_add ("/sc/platform/switch-with-groups", Fixture, NULL, fixture_set_up, test_switch_with_groups,
              fixture_tear_down);
  g_test_add ("/sc/platform/declines", Fixture, NULL, fixture_set_up, test_declines, fixture_tear_down);
  g_test_add ("/sc/platform/norm-off", Fixture, NULL, fixture_set_up, test_norm_off, fixture_tear_down);
  g_test_add ("/sc/platform/chats-at-switch", Fixture, NULL, fixture_set_up, test_chats_at_switch,
              fixture_tear_down);
  g_test_add_func ("/sc/platform/schema-7", test_schema_7);
  g_test_add_func ("/sc/platform/schema-7-on-max", test_schema_7_on_max);
  return g_test_run ();
}

/* test-schema-v3.c — migration 3 rebuilds person and status_event: a
 * version-2 file full of data opens with every row and every reference
 * kept, the same values allowed and refused, and the indexes in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sc-database-private.h"
#include "sc-organization.h"
#include "sc-report-figures.h"
#include "sc-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* A version-2 college: people in a group with a curator and a department
 * head, their history, a chat with a member and an admin, weekly activity. */
static const char fill_v2[] =
  "INSERT INTO organization (id, full_name) VALUES (1, 'Колледж');"
  "INSERT INTO department (id, name) VALUES (1, 'Информационные технологии');"
  "INSERT INTO study_group (id, code, department_id, course) VALUES (1, 'ИС-21', 1, 3);"
  "INSERT INTO person (id, last_name, first_name, patronymic, category, department_id, position,"
  "  phone, external_id) VALUES (1, 'Фёдорова', 'Алёна', 'Петровна', 'teacher', 1, 'Преподаватель',"
  "  '+7 900 000-00-01', 'T-1');"
  "INSERT INTO person (id, last_name, first_name, category, group_id, left_on, notes)"
  "  VALUES (2, 'Семёнов', 'Пётр', 'student', 1, '2023-12-01', 'перевёлся');"
  "INSERT INTO person (id, last_name, first_name, category, group_id)"
  "  VALUES (3, 'Ковалёва', 'Дарья', 'student', 1);"
  "UPDATE study_group SET curator_id = 1 WHERE id = 1;"
  "UPDATE department SET head_person_id = 1 WHERE id = 1;"
  "INSERT INTO status_event (id, person_id, status, on_date, reason, source, recorded_at) VALUES"
  "  (1, 1, 'invited', '2023-10-02', '', 'manual', '2023-10-02T09:00:00'),"
  "  (2, 1, 'joined', '2023-10-03', '', 'import', '2023-10-03T09:00:00'),"
  "  (3, 2, 'joined', '2023-10-10', '', 'manual', '2023-10-10T09:00:00'),"
  "  (4, 3, 'declined', '2023-10-11', 'нет смартфона', 'manual', '2023-10-11T09:00:00');"
  "INSERT INTO chat (id, title, kind, group_id, admin_person_id, status, created_on)"
  "  VALUES (1, 'Группа ИС-21', 'group', 1, 1, 'created', '2023-10-05');"
  "INSERT INTO chat_member (chat_id, person_id) VALUES (1, 3);"
  "INSERT INTO usage_week (person_id, week_monday, messages, calls) VALUES"
  "  (1, '2023-11-06', 12, 1), (1, '2023-11-13', 3, 0);";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;

  f->dir = sc_test_make_dir ("sc-schema-v3");
  f->path = g_build_filename (f->dir, "college.sqlite3", NULL);
  g_assert_true (sc_database_create_at_version (f->path, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, fill_v2, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sc_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
assert_text (ScDatabase *db,
             const char *sql,
             const char *expected)
{
  g_autofree char *text = sc_test_query_text (db, sql);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_rows_and_references_kept (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open (f->path, &error);

  g_assert_no_error (error);
  /* migrated through v3 (person, status_event rebuilt) to today's version;
   * v4 gave the organization an empty demo date */
  g_assert_cmpint (sc_database_get_schema_version (db), ==, SC_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (SC_DATABASE_SCHEMA_VERSION, >=, 4);
  assert_text (db, "SELECT coalesce (demo_today, 'none') FROM organization", "none");
  assert_text (db, "SELECT group_concat (id || ':' || last_name || ':' || first_name || ':' || patronymic"
                   " || ':' || category || ':' || coalesce (group_id, '-') || ':' || coalesce (department_id, '-')"
                   " || ':' || position || ':' || phone || ':' || coalesce (external_id, '-') || ':'"
                   " || coalesce (left_on, '-') || ':' || notes, '|') FROM (SELECT * FROM person ORDER BY id)",
               "1:Фёдорова:Алёна:Петровна:teacher:-:1:Преподаватель:+7 900 000-00-01:T-1:-:|"
               "2:Семёнов:Пётр::student:1:-:::-:2023-12-01:перевёлся|"
               "3:Ковалёва:Дарья::student:1:-:::-:-:");
  assert_text (db, "SELECT group_concat (id || ':' || person_id || ':' || status || ':' || on_date || ':'"
                   " || reason || ':' || source || ':' || recorded_at, '|')"
                   " FROM (SELECT * FROM status_event ORDER BY id)",
               "1:1:invited:2023-10-02::manual:2023-10-02T09:00:00|"
               "2:1:joined:2023-10-03::import:2023-10-03T09:00:00|"
               "3:2:joined:2023-10-10::manual:2023-10-10T09:00:00|"
               "4:3:declined:2023-10-11:нет смартфона:manual:2023-10-11T09:00:00");
  /* what pointed at people still does: nothing cascaded or went NULL */
  assert_text (db, "SELECT curator_id FROM study_group", "1");
  assert_text (db, "SELECT head_person_id FROM department", "1");
  assert_text (db, "SELECT admin_person_id FROM chat", "1");
  assert_text (db, "SELECT count (*) FROM chat_member", "1");
  assert_text (db, "SELECT count (*) FROM usage_week", "2");
  assert_text (db, "SELECT count (*) FROM pragma_foreign_key_check", "0");
  assert_text (db, "SELECT count (*) FROM sqlite_schema WHERE type = 'index' AND name IN"
                   " ('person_group', 'person_category', 'status_event_person_date',"
                   "  'chat_group')", "4");
  /* and schema 5 dropped the one no question used */
  assert_text (db, "SELECT count (*) FROM sqlite_schema WHERE name = 'person_name'", "0");
  assert_text (db, "SELECT count (*) FROM sqlite_schema WHERE name IN ('new_person', 'new_status_event')", "0");
  /* schema 10: the profile's deadline became its academic year's target;
   * leavers are offered for depersonalising after 12 months */
  assert_text (db, "SELECT group_concat (start_on || ':' || target_on) FROM academic_year",
               "2023-09-01:2023-11-15");
  assert_text (db, "SELECT keep_leavers_months FROM organization", "12");
  assert_text (db, "SELECT count (*) FROM person WHERE depersonalized_on IS NOT NULL", "0");
  assert_text (db, "SELECT count (*) FROM export_log", "0");
  assert_text (db, "SELECT count (*) FROM sqlite_schema WHERE sql LIKE '%IN (''teacher''%'"
                   " OR sql LIKE '%IN (''not_invited''%'", "0");
}

static void
test_same_values_allowed (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open (f->path, &error);
  const char *categories[] = { "teacher", "student", "staff", "parent" };
  const char *statuses[] = { "not_invited", "invited", "joined", "declined" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO person (last_name, category) VALUES ('Новый', '%s')",
                                              categories[i]);
      g_autofree char *event = g_strdup_printf ("INSERT INTO status_event (person_id, status, on_date)"
                                                " VALUES (1, '%s', '2023-12-01')", statuses[i]);
      g_assert_true (sc_database_exec (db, sql, NULL));
      g_assert_true (sc_database_exec (db, event, NULL));
    }
  g_assert_false (sc_database_exec (db, "INSERT INTO person (last_name, category) VALUES ('X', 'boss')", NULL));
  g_assert_false (sc_database_exec (db, "INSERT INTO person (last_name, category) VALUES ('X', NULL)", NULL));
  g_assert_false (sc_database_exec (db, "INSERT INTO status_event (person_id, status, on_date)"
                                        " VALUES (1, 'maybe', '2023-12-01')", NULL));
  /* foreign keys are enforced again after the migration */
  g_assert_false (sc_database_exec (db, "INSERT INTO status_event (person_id, status, on_date)"
                                        " VALUES (4242, 'joined', '2023-12-01')", NULL));
  /* and deleting a person still cascades to the history */
  g_assert_true (sc_database_exec (db, "DELETE FROM person WHERE id = 3", NULL));
  assert_text (db, "SELECT count (*) FROM status_event WHERE person_id = 3", "0");
  assert_text (db, "SELECT count (*) FROM chat_member", "0");
}

static void
test_figures_unchanged (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open (f->path, &error);
  g_autoptr(ScReportFigures) figures = NULL;

  g_assert_no_error (error);
  figures = sc_report_figures_compute (db, "2023-11", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (sc_report_figures_get (figures, "teachers_connected"), ==, 1);
  g_assert_cmpfloat (sc_report_figures_get (figures, "students_total"), ==, 2);
  g_assert_cmpfloat (sc_report_figures_get (figures, "students_connected"), ==, 1);
  g_assert_cmpfloat (sc_report_figures_get (figures, "groups_with_chat"), ==, 1);
  g_assert_cmpfloat (sc_report_figures_get (figures, "week_2023-11-06_teachers_meeting_norm"), ==, 1);
  g_assert_cmpfloat (sc_report_figures_get (figures, "week_2023-11-13_teachers_meeting_norm"), ==, 0);
}

/* Schema 6 on an old file: the profile's new details take their
 * defaults, and the chat and its member kept from before count on the
 * report's date (no archive or addition date was recorded then). */
static void
test_document_details (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open (f->path, &error);
  g_autoptr(ScOrganization) organization = NULL;
  g_autoptr(ScReportFigures) figures = NULL;
  const ScReportChatRow *chat;

  g_assert_no_error (error);
  organization = sc_organization_load (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (organization->full_name, ==, "Колледж");
  g_assert_cmpstr (organization->inn, ==, "");
  g_assert_cmpstr (organization->addressee, ==, "Министерство образования Тверской области");
  g_assert_cmpstr (organization->answered_order, ==, "приказ № 1301/ПК от 09.11.2023");
  g_assert_cmpstr (organization->executor_name, ==, "");
  assert_text (db, "SELECT coalesce (archived_on, 'none') FROM chat", "none");
  assert_text (db, "SELECT coalesce (added_on, 'none') FROM chat_member", "none");
  figures = sc_report_figures_compute (db, "2023-11", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (figures->chats->len, ==, 1);
  chat = g_ptr_array_index (figures->chats, 0);
  /* Ковалёва and Семёнов by the group, the curator Фёдорова (also the
   * admin); Ковалёва also explicitly. */
  g_assert_cmpint (chat->members, ==, 3);
  /* Saved again, the defaults are stored as text. */
  g_assert_true (sc_organization_save (db, organization, &error));
  assert_text (db, "SELECT addressee FROM organization", "Министерство образования Тверской области");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sc/schema/v3/rows-and-references-kept", Fixture, NULL,
              fixture_set_up, test_rows_and_references_kept, fixture_tear_down);
  g_test_add ("/sc/schema/v3/same-values-allowed", Fixture, NULL,
              fixture_set_up, test_same_values_allowed, fixture_tear_down);
  g_test_add ("/sc/schema/v3/figures-unchanged", Fixture, NULL,
              fixture_set_up, test_figures_unchanged, fixture_tear_down);
  g_test_add ("/sc/schema/v6/document-details", Fixture, NULL,
              fixture_set_up, test_document_details, fixture_tear_down);
  return g_test_run ();
}

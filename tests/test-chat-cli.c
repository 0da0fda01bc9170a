/* test-chat-cli.c — "sferum-coordinator plan-chats" through the built program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "test-chat-fixture.h"

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_plan_twice (void)
{
  College *c = college_new ();
  g_autofree char *xlsx = g_build_filename (c->dir, "plan.xlsx", NULL);
  g_auto(ScTestRun) first = { 0 };
  g_auto(ScTestRun) second = { 0 };
  g_autoptr(JsonParser) parser1 = json_parser_new ();
  g_autoptr(JsonParser) parser2 = json_parser_new ();
  JsonObject *result;
  JsonArray *added;

  g_clear_object (&c->db);
  sc_test_run (&first, c->path, "plan-chats", "--json", "--xlsx", xlsx, NULL);
  g_assert_cmpint (first.status, ==, 0);
  result = parse_object (parser1, first.out);
  added = json_object_get_array_member (result, "added");
  g_assert_cmpint (json_object_get_int_member (result, "total"), ==, 8);
  g_assert_cmpuint (json_array_get_length (added), ==, 8);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (added, 0), "title"),
                   ==, "Педагогический коллектив");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (added, 0), "kind"),
                   ==, "staff");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (added, 0), "id"), >, 0);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (added, 7), "title"),
                   ==, "Группа ЭК-11");
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));

  sc_test_run (&second, c->path, "plan-chats", "--json", NULL);
  g_assert_cmpint (second.status, ==, 0);
  result = parse_object (parser2, second.out);
  g_assert_cmpint (json_object_get_int_member (result, "total"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (result, "added")), ==, 0);
  college_free (c);
}

static void
test_plan_text (void)
{
  College *c = college_new ();
  g_auto(ScTestRun) first = { 0 };
  g_auto(ScTestRun) second = { 0 };

  g_clear_object (&c->db);
  sc_test_run (&first, c->path, "plan-chats", NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_true (g_str_has_prefix (first.out, "Chats added: 8\n"));
  g_assert_nonnull (strstr (first.out, "  Группа ИС-21 (in “Отделение информационных технологий”)\n"));
  g_assert_nonnull (strstr (first.out, "  Педагогический коллектив\n"));
  sc_test_run (&second, c->path, "plan-chats", NULL);
  g_assert_cmpint (second.status, ==, 0);
  g_assert_cmpstr (second.out, ==, "No chats added: every chat the templates call for is already there.\n");
  college_free (c);
}

static void
test_failures (void)
{
  College *c = college_new ();
  g_autofree char *missing = g_build_filename (c->dir, "нет.sqlite3", NULL);
  g_autofree char *bad_xlsx = g_build_filename (c->dir, "нет папки", "plan.xlsx", NULL);
  g_auto(ScTestRun) activity = { 0 };
  g_auto(ScTestRun) no_db = { 0 };
  g_auto(ScTestRun) no_folder = { 0 };

  g_clear_object (&c->db);
  sc_test_run (&activity, c->path, "plan-chats", "--xlsx", NULL);
  g_assert_cmpint (activity.status, ==, 2);
  sc_test_run (&no_db, missing, "plan-chats", NULL);
  g_assert_cmpint (no_db.status, ==, 1);
  g_assert_nonnull (strstr (no_db.err, "does not exist"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  sc_test_run (&no_folder, c->path, "plan-chats", "--xlsx", bad_xlsx, NULL);
  g_assert_cmpint (no_folder.status, ==, 1);
  g_assert_cmpuint (strlen (no_folder.err), >, 0);
  /* One line: the reason. */
  g_assert_true (strchr (no_folder.err, '\n') == no_folder.err + strlen (no_folder.err) - 1);
  college_free (c);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/chat-cli/plan-twice", test_plan_twice);
  g_test_add_func ("/sc/chat-cli/plan-text", test_plan_text);
  g_test_add_func ("/sc/chat-cli/failures", test_failures);
  return g_test_run ();
}

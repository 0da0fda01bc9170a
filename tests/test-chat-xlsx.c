/* test-chat-xlsx.c — the chat plan spreadsheet, read back by openpyxl
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <sys/stat.h>

#include "sc-chat-template.h"
#include "sc-chat-xlsx.h"
#include "test-chat-fixture.h"

/* Runs tests/read-chat-xlsx.py on @path and returns its JSON output. */
static JsonParser *
read_back (const char *path)
{
  g_autofree char *out = sc_test_python_script ("read-chat-xlsx.py", path);
  g_autoptr(GError) error = NULL;
  JsonParser *parser = json_parser_new ();

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return parser;
}

static JsonObject *
sheet (JsonParser *parser,
       guint       index)
{
  JsonArray *sheets = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "sheets");
  return json_array_get_object_element (sheets, index);
}

static JsonArray *
row (JsonObject *sheet_object,
     guint       index)
{
  return json_array_get_array_element (json_object_get_array_member (sheet_object, "rows"), index);
}

static const char *
text (JsonObject *sheet_object,
      guint       row_index,
      guint       col)
{
  JsonNode *node = json_array_get_element (row (sheet_object, row_index), col);
  return JSON_NODE_HOLDS_NULL (node) ? NULL : json_node_get_string (node);
}

static gint64
number (JsonObject *sheet_object,
        guint       row_index,
        guint       col)
{
  return (gint64)json_node_get_double (json_array_get_element (row (sheet_object, row_index), col));
}

static College *
college_with_plan (void)
{
  College *c = college_new ();
  ScChatTemplateOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) chats = NULL;

  sc_chat_template_options_init (&options);
  added = sc_chat_template_apply (c->db, &options, NULL, &error);
  g_assert_no_error (error);
  chats = college_list_chats (c);
  g_assert_true (sc_chat_store_set_status (c->db, college_find_chat (chats, "Группа ИС-21")->id,
                                           SC_CHAT_STATUS_CREATED, "2023-11-10",
                                           "https://sferum.ru/?invite=is21", &error));
  g_assert_true (sc_chat_store_set_status (c->db, college_find_chat (chats, "Группа ИС-22")->id,
                                           SC_CHAT_STATUS_ARCHIVED, NULL, NULL, &error));
  g_assert_true (sc_chat_store_set_admin (c->db, college_find_chat (chats, "Группа ТМ-31")->id,
                                          c->smirnova, &error));
  g_assert_true (sc_chat_store_set_notes (c->db, college_find_chat (chats, "Группа ТМ-31")->id,
                                          "Куратор выбыла, нужен новый", &error));
  g_assert_true (sc_chat_store_add_member (c->db, college_find_chat (chats, "Отделение «Экономика»")->id,
                                           c->fedorov, &error));
  g_assert_no_error (error);
  return c;
}

static void
assert_layout (JsonObject *sheet_object,
               const char *autofilter)
{
  g_assert_cmpstr (json_object_get_string_member (sheet_object, "freeze"), ==, "A2");
  g_assert_cmpstr (json_object_get_string_member (sheet_object, "autofilter"), ==, autofilter);
  g_assert_true (json_object_get_boolean_member (sheet_object, "header_bold"));
  g_assert_cmpstr (json_object_get_string_member (sheet_object, "orientation"), ==, "landscape");
  g_assert_cmpint (json_object_get_int_member (sheet_object, "paper"), ==, 9);
}

static void
test_plan_sheet (void)
{
  College *c = college_with_plan ();
  g_autofree char *path = g_build_filename (c->dir, "План чатов.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *plan;
  JsonArray *indents;
  /* Russian, as any document, whatever the locale the test runs in. */
  const char *titles[] = {
    "Педагогический коллектив", "Администрация", "Отделение «Экономика»", "Группа ЭК-11",
    "Отделение информационных технологий", "Группа ИС-21", "Группа ИС-22", "Группа ТМ-31",
  };
  const guint depths[] = { 0, 1, 1, 2, 1, 2, 2, 1 };
  const gint64 counts[] = { 5, 3, 2, 2, 2, 3, 1, 1 };

  g_assert_true (sc_chat_xlsx_write (c->db, path, NULL, &error));
  g_assert_no_error (error);
  parser = read_back (path);
  plan = sheet (parser, 0);
  g_assert_cmpstr (json_object_get_string_member (plan, "title"), ==, "План чатов");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (plan, "rows")), ==, 9);
  assert_layout (plan, "A1:I9");
  g_assert_cmpstr (text (plan, 0, 0), ==, "Чат");
  g_assert_cmpstr (text (plan, 0, 6), ==, "Дата создания");
  indents = json_object_get_array_member (plan, "indents");
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_assert_cmpstr (text (plan, i + 1, 0), ==, titles[i]);
      g_assert_cmpint (json_array_get_int_element (indents, i), ==, depths[i]);
      g_assert_cmpint (number (plan, i + 1, 4), ==, counts[i]);
    }

  /* Group ИС-21: its place, kind, admin, status, a real date, a link. */
  g_assert_cmpstr (text (plan, 6, 1), ==, "Отделение информационных технологий");
  g_assert_cmpstr (text (plan, 6, 2), ==, "Группа");
  g_assert_cmpstr (text (plan, 6, 3), ==, "Сидорова Анна");
  g_assert_cmpstr (text (plan, 6, 5), ==, "Создан");
  g_assert_cmpstr (text (plan, 6, 6), ==, "2023-11-10");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (plan, "date_formats"), "G7"),
                   ==, "dd.mm.yyyy");
  g_assert_cmpstr (text (plan, 6, 7), ==, "https://sferum.ru/?invite=is21");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (plan, "links"), "H7"),
                   ==, "https://sferum.ru/?invite=is21");
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (plan, "date_formats")), ==, 1);

  g_assert_null (text (plan, 1, 1));
  g_assert_cmpstr (text (plan, 1, 2), ==, "Педагоги");
  g_assert_cmpstr (text (plan, 1, 3), ==, "Иванова Мария Сергеевна");
  g_assert_cmpstr (text (plan, 1, 5), ==, "Запланирован");
  g_assert_cmpstr (text (plan, 7, 5), ==, "В архиве");
  g_assert_null (text (plan, 7, 3));
  g_assert_cmpstr (text (plan, 8, 3), ==, "Смирнова Ольга (дата выбытия: 30.06.2020)");
  g_assert_cmpstr (text (plan, 8, 8), ==, "Куратор выбыла, нужен новый");
  college_free (c);
}

static void
test_members_sheet (void)
{
  College *c = college_with_plan ();
  g_autofree char *path = g_build_filename (c->dir, "plan.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *members;
  gboolean saw_student = FALSE, saw_by_hand = FALSE;
  guint n_rows;

  g_assert_true (sc_chat_xlsx_write (c->db, path, NULL, &error));
  g_assert_no_error (error);
  parser = read_back (path);
  members = sheet (parser, 1);
  g_assert_cmpstr (json_object_get_string_member (members, "title"), ==, "Участники");
  /* 5 + 3 + 2 + 3 + 1 + 2 + 2 + 1 active members; Смирнова, the ТМ-31 admin, left. */
  n_rows = json_array_get_length (json_object_get_array_member (members, "rows"));
  g_assert_cmpuint (n_rows, ==, 1 + 19);
  assert_layout (members, "A1:E20");
  g_assert_cmpstr (text (members, 0, 1), ==, "ФИО");
  g_assert_cmpstr (text (members, 1, 0), ==, "Педагогический коллектив");
  g_assert_cmpstr (text (members, 1, 1), ==, "Иванова Мария Сергеевна");
  g_assert_cmpstr (text (members, 1, 2), ==, "Педагог");
  for (guint i = 1; i < n_rows; i++)
    {
      if (g_strcmp0 (text (members, i, 1), "Алексеев Артём") == 0)
        {
          saw_student = TRUE;
          g_assert_cmpstr (text (members, i, 0), ==, "Группа ИС-21");
          g_assert_cmpstr (text (members, i, 2), ==, "Студент");
          g_assert_cmpstr (text (members, i, 3), ==, "ИС-21");
          g_assert_cmpstr (text (members, i, 4), ==, "по правилу: студенты группы ИС-21 и куратор");
        }
      if (g_strcmp0 (text (members, i, 1), "Фёдоров Илья") == 0)
        {
          saw_by_hand = TRUE;
          g_assert_cmpstr (text (members, i, 0), ==, "Отделение «Экономика»");
          g_assert_cmpstr (text (members, i, 2), ==, "Сотрудник");
          g_assert_cmpstr (text (members, i, 4), ==, "вручную");
        }
      g_assert_cmpstr (text (members, i, 1), !=, "Смирнова Ольга");
      g_assert_cmpstr (text (members, i, 1), !=, "Гусев Глеб");
    }
  g_assert_true (saw_student);
  g_assert_true (saw_by_hand);
  college_free (c);
}

/* Exporting again replaces the file whole; nothing is left beside it; a
 * folder that does not exist is refused with a message and no file. */
static void
test_atomic_write (void)
{
  College *c = college_with_plan ();
  g_autofree char *path = g_build_filename (c->dir, "plan.xlsx", NULL);
  g_autofree char *bad = g_build_filename (c->dir, "нет такой папки", "plan.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  g_assert_true (sc_chat_xlsx_write (c->db, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000);
  /* Students' names inside: readable by the user only. */
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  dir = g_dir_open (c->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".plan.xlsx."));

  g_assert_false (sc_chat_xlsx_write (c->db, bad, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  college_free (c);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/chat-xlsx/plan-sheet", test_plan_sheet);
  g_test_add_func ("/sc/chat-xlsx/members-sheet", test_members_sheet);
  g_test_add_func ("/sc/chat-xlsx/atomic-write", test_atomic_write);
  return g_test_run ();
}

/* test-chat-store.c — editing the chat tree: moves, statuses, members, delete and undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-chat-members.h"
#include "sc-chat-template.h"
#include "sc-date.h"
#include "test-chat-fixture.h"

static College *
college_with_plan (void)
{
  College *c = college_new ();
  ScChatTemplateOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) added = NULL;

  sc_chat_template_options_init (&options);
  added = sc_chat_template_apply (c->db, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, 8);
  return c;
}

static gint64
chat_id (College    *c,
         const char *title)
{
  g_autoptr(GPtrArray) chats = college_list_chats (c);
  return college_find_chat (chats, title)->id;
}

static gint64
count_rows (College    *c,
            const char *sql)
{
  sqlite3_stmt *stmt;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (sc_database_get_handle (c->db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* id, parent, title, kind, status, date, link, key of every chat, one a line. */
static char *
dump_chats (College *c)
{
  g_autoptr(GPtrArray) chats = college_list_chats (c);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (chats, i);
      g_string_append_printf (out, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %s %d %d %s %s %s %"
                              G_GINT64_FORMAT "\n", chat->id, chat->parent_id, chat->title,
                              chat->kind, chat->status, chat->created_on, chat->invite_link,
                              chat->template_key, chat->admin_person_id);
    }
  return g_string_free (out, FALSE);
}

static void
test_delete_and_undo (void)
{
  College *c = college_with_plan ();
  gint64 it = chat_id (c, "Отделение информационных технологий");
  gint64 is21 = chat_id (c, "Группа ИС-21");
  gint64 is22 = chat_id (c, "Группа ИС-22");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScChatDeletion) deletion = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 elder, restored;

  elder = sc_chat_store_add (c->db, is22, "Староста ИС-22", SC_CHAT_KIND_CUSTOM, &error);
  g_assert_true (sc_chat_store_add_member (c->db, elder, c->dmitriev, &error));
  g_assert_true (sc_chat_store_add_member (c->db, it, c->fedorov, &error));
  g_assert_true (sc_chat_store_add_member (c->db, is21, c->alekseeva, &error));
  g_assert_true (sc_chat_store_set_status (c->db, is21, SC_CHAT_STATUS_CREATED, "2023-11-01",
                                           "https://sferum.ru/?invite=is21", &error));
  g_assert_no_error (error);
  before = dump_chats (c);
  g_assert_cmpint (count_rows (c, "SELECT count(*) FROM chat_member"), ==, 3);

  deletion = sc_chat_store_delete (c->db, it, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sc_chat_deletion_get_n_chats (deletion), ==, 4);
  g_assert_cmpstr (sc_chat_deletion_get_title (deletion), ==, "Отделение информационных технологий");
  g_assert_cmpint (count_rows (c, "SELECT count(*) FROM chat"), ==, 5);
  g_assert_cmpint (count_rows (c, "SELECT count(*) FROM chat_member"), ==, 0);

  restored = sc_chat_store_restore (c->db, deletion, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, it);
  after = dump_chats (c);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count_rows (c, "SELECT count(*) FROM chat_member"), ==, 3);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM chat_member WHERE chat_id = %"
                                            G_GINT64_FORMAT " AND person_id = %" G_GINT64_FORMAT,
                                            elder, c->dmitriev);
    g_assert_cmpint (count_rows (c, sql), ==, 1);
  }

  /* A deletion is undone once. */
  g_assert_cmpint (sc_chat_store_restore (c->db, deletion, &error), ==, 0);
  g_assert_error (error, SC_CHAT_ERROR, SC_CHAT_ERROR_INVALID);
  college_free (c);
}

static void
test_undo_after_regenerating (void)
{
  College *c = college_with_plan ();
  gint64 is22 = chat_id (c, "Группа ИС-22");
  ScChatTemplateOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScChatDeletion) deletion = sc_chat_store_delete (c->db, is22, &error);
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(ScChat) restored = NULL;
  g_autoptr(ScChat) regenerated = NULL;
  gint64 restored_id;

  g_assert_no_error (error);
  sc_chat_template_options_init (&options);
  added = sc_chat_template_apply (c->db, &options, NULL, &error);
  g_assert_cmpuint (added->len, ==, 1);
  restored_id = sc_chat_store_restore (c->db, deletion, &error);
  g_assert_no_error (error);
  restored = sc_chat_store_get (c->db, restored_id, &error);
  regenerated = sc_chat_store_get (c->db, ((ScChatTemplateItem *)g_ptr_array_index (added, 0))->id, &error);
  g_assert_no_error (error);
  /* Both come back; the template key stays with the regenerated one. */
  g_assert_cmpint (restored->id, !=, regenerated->id);
  g_assert_null (restored->template_key);
  g_assert_nonnull (regenerated->template_key);
  g_assert_cmpstr (restored->title, ==, "Группа ИС-22");
  college_free (c);
}

static void
test_move (void)
{
  College *c = college_with_plan ();
  gint64 staff = chat_id (c, "Педагогический коллектив");
  gint64 it = chat_id (c, "Отделение информационных технологий");
  gint64 ec = chat_id (c, "Отделение «Экономика»");
  gint64 is21 = chat_id (c, "Группа ИС-21");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScChat) moved = NULL;
  g_autofree char *before = dump_chats (c);
  g_autofree char *after = NULL;

  g_assert_false (sc_chat_store_move (c->db, staff, is21, &error));
  g_assert_error (error, SC_CHAT_ERROR, SC_CHAT_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_false (sc_chat_store_move (c->db, it, it, &error));
  g_assert_error (error, SC_CHAT_ERROR, SC_CHAT_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_false (sc_chat_store_move (c->db, it, 9999, &error));
  g_assert_error (error, SC_CHAT_ERROR, SC_CHAT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = dump_chats (c);
  g_assert_cmpstr (after, ==, before);

  g_assert_true (sc_chat_store_move (c->db, is21, ec, &error));
  g_assert_no_error (error);
  moved = sc_chat_store_get (c->db, is21, &error);
  g_assert_cmpint (moved->parent_id, ==, ec);
  {
    g_autoptr(GPtrArray) chats = college_list_chats (c);
    g_autofree char *path = NULL;
    guint i;

    for (i = 0; ((ScChat *)g_ptr_array_index (chats, i))->id != is21; i++)
      ;
    path = sc_chat_store_get_path (chats, i, " › ");
    g_assert_cmpstr (path, ==, "Педагогический коллектив › Отделение «Экономика» › Группа ИС-21");
    /* Sub-chats follow their parent in the list, one level deeper, in order. */
    g_assert_cmpint (((ScChat *)g_ptr_array_index (chats, i - 1))->id, ==, ec);
    g_assert_cmpint (((ScChat *)g_ptr_array_index (chats, i + 1))->id, ==, chat_id (c, "Группа ЭК-11"));
    g_assert_cmpuint (((ScChat *)g_ptr_array_index (chats, i))->depth, ==, 2);
  }
  g_assert_true (sc_chat_store_move (c->db, it, 0, &error));
  g_clear_pointer (&moved, sc_chat_free);
  moved = sc_chat_store_get (c->db, it, &error);
  g_assert_cmpint (moved->parent_id, ==, 0);
  g_assert_no_error (error);
  college_free (c);
}

static void
test_edits_and_validation (void)
{
  College *c = college_with_plan ();
  gint64 is22 = chat_id (c, "Группа ИС-22");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScChat) chat = NULL;
  g_autofree char *today = sc_date_today ();
  gint64 custom;

  g_assert_cmpint (sc_chat_store_add (c->db, 0, "   ", SC_CHAT_KIND_CUSTOM, &error), ==, 0);
  g_assert_error (error, SC_CHAT_ERROR, SC_CHAT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sc_chat_store_set_status (c->db, is22, SC_CHAT_STATUS_CREATED, "2023-02-30", NULL, &error));
  g_assert_error (error, SC_CHAT_ERROR, SC_CHAT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sc_chat_store_set_admin (c->db, is22, 9999, &error));
  g_assert_error (error, SC_CHAT_ERROR, SC_CHAT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sc_chat_store_rename (c->db, 9999, "Нет такого", &error));
  g_assert_error (error, SC_CHAT_ERROR, SC_CHAT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  custom = sc_chat_store_add (c->db, 0, "  Кружок  робототехники ", SC_CHAT_KIND_CUSTOM, &error);
  g_assert_false (sc_chat_store_set_unit (c->db, custom, SC_CHAT_KIND_GROUP, 0, 0, &error));
  g_assert_error (error, SC_CHAT_ERROR, SC_CHAT_ERROR_INVALID);
  g_clear_error (&error);

  /* Created without a date: today; back to planned: no date; the link stays. */
  g_assert_true (sc_chat_store_set_status (c->db, custom, SC_CHAT_STATUS_CREATED, NULL,
                                           "  https://sferum.ru/?invite=robot  ", &error));
  chat = sc_chat_store_get (c->db, custom, &error);
  g_assert_cmpstr (chat->title, ==, "Кружок робототехники");
  g_assert_cmpstr (chat->created_on, ==, today);
  g_assert_cmpstr (chat->invite_link, ==, "https://sferum.ru/?invite=robot");
  g_clear_pointer (&chat, sc_chat_free);
  g_assert_true (sc_chat_store_set_status (c->db, custom, SC_CHAT_STATUS_PLANNED, NULL, NULL, &error));
  g_assert_true (sc_chat_store_set_notes (c->db, custom, "Для 1 курса", &error));
  g_assert_true (sc_chat_store_set_admin (c->db, custom, c->petrov, &error));
  chat = sc_chat_store_get (c->db, custom, &error);
  g_assert_no_error (error);
  g_assert_null (chat->created_on);
  g_assert_cmpstr (chat->invite_link, ==, "https://sferum.ru/?invite=robot");
  g_assert_cmpstr (chat->notes, ==, "Для 1 курса");
  g_assert_cmpint (chat->admin_person_id, ==, c->petrov);
  g_assert_cmpint (chat->kind, ==, SC_CHAT_KIND_CUSTOM);
  college_free (c);
}

static void
test_members_and_sources (void)
{
  College *c = college_with_plan ();
  gint64 is21 = chat_id (c, "Группа ИС-21");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GArray) chats_of = NULL;
  g_autoptr(ScChat) chat = sc_chat_store_get (c->db, is21, &error);
  g_autofree char *rule = sc_chat_members_describe_rule (c->db, chat, &error);
  gint64 custom, newcomer;
  guint n = 0;

  g_assert_cmpstr (rule, ==, "by rule: students of group ИС-21 and the curator");
  /* A new student of ИС-21 is in its chat without anyone touching it. */
  newcomer = college_add_person (c, "Васильев", "Вадим", "student", c->is21, 0, NULL, NULL);
  g_assert_true (sc_chat_members_count (c->db, is21, NULL, &n, &error));
  g_assert_cmpuint (n, ==, 4);

  custom = sc_chat_store_add (c->db, 0, "Кружок", SC_CHAT_KIND_CUSTOM, &error);
  g_assert_true (sc_chat_store_add_member (c->db, custom, newcomer, &error));
  g_assert_true (sc_chat_store_add_member (c->db, custom, newcomer, &error));
  g_assert_true (sc_chat_store_add_member (c->db, custom, c->gusev, &error));
  g_assert_true (sc_chat_store_set_admin (c->db, custom, c->sidorova, &error));
  g_assert_no_error (error);
  members = sc_chat_members_list (c->db, custom, NULL, &error);
  g_assert_cmpuint (members->len, ==, 3);
  /* Active first, alphabetically; the one who left last, listed but not counted. */
  g_assert_cmpstr (((ScChatMember *)g_ptr_array_index (members, 0))->full_name, ==, "Васильев Вадим");
  g_assert_cmpstr (sc_chat_member_describe_source (g_ptr_array_index (members, 0), NULL), ==,
                   "added by hand");
  g_assert_cmpstr (((ScChatMember *)g_ptr_array_index (members, 1))->full_name, ==, "Сидорова Анна");
  g_assert_cmpint (((ScChatMember *)g_ptr_array_index (members, 1))->sources, ==, SC_CHAT_MEMBER_ADMIN);
  g_assert_cmpstr (sc_chat_member_describe_source (g_ptr_array_index (members, 1), NULL), ==,
                   "chat administrator");
  g_assert_cmpstr (((ScChatMember *)g_ptr_array_index (members, 2))->left_on, ==, "2021-01-15");
  g_assert_true (sc_chat_members_count (c->db, custom, NULL, &n, &error));
  g_assert_cmpuint (n, ==, 2);

  /* Sidorova: teachers' chat, her department, her group (admin + rule), the custom chat. */
  chats_of = sc_chat_members_chats_of (c->db, c->sidorova, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chats_of->len, ==, 4);
  g_assert_cmpint (g_array_index (chats_of, gint64, 0), ==, chat_id (c, "Педагогический коллектив"));
  g_assert_cmpint (g_array_index (chats_of, gint64, 3), ==, custom);

  g_assert_true (sc_chat_store_remove_member (c->db, custom, newcomer, &error));
  g_assert_true (sc_chat_members_count (c->db, custom, NULL, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  college_free (c);
}

static void
test_rule_descriptions (void)
{
  College *c = college_with_plan ();
  const struct { const char *title; const char *rule; } expected[] = {
    { "Педагогический коллектив", "by rule: all teachers" },
    { "Администрация", "by rule: the director and deputy directors" },
    { "Отделение «Экономика»", "by rule: head, group curators and teachers of the department “Экономика”" },
    { "Отделение информационных технологий",
      "by rule: head, group curators and teachers of the department информационных технологий" },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ScChat) chat = sc_chat_store_get (c->db, chat_id (c, expected[i].title), &error);
      g_autofree char *rule = sc_chat_members_describe_rule (c->db, chat, &error);
      g_assert_cmpstr (rule, ==, expected[i].rule);
    }
  g_assert_true (sc_chat_members_is_admin_position ("Заместитель директора по УВР"));
  g_assert_true (sc_chat_members_is_admin_position ("ДИРЕКТОР"));
  g_assert_false (sc_chat_members_is_admin_position ("Заведующий отделением"));
  g_assert_false (sc_chat_members_is_admin_position (""));
  g_assert_no_error (error);
  college_free (c);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/chat-store/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/sc/chat-store/undo-after-regenerating", test_undo_after_regenerating);
  g_test_add_func ("/sc/chat-store/move", test_move);
  g_test_add_func ("/sc/chat-store/edits-and-validation", test_edits_and_validation);
  g_test_add_func ("/sc/chat-store/members-and-sources", test_members_and_sources);
  g_test_add_func ("/sc/chat-store/rule-descriptions", test_rule_descriptions);
  return g_test_run ();
}

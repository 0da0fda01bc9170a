/* test-chat-template.c — chats built from templates, and rebuilt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-chat-members.h"
#include "sc-chat-template.h"
#include "test-chat-fixture.h"

typedef struct
{
  const char *title;
  ScChatKind  kind;
  guint       depth;
  const char *parent;
} Expected;

static GPtrArray *
apply_defaults (College *c)
{
  ScChatTemplateOptions options;
  g_autoptr(GError) error = NULL;
  GPtrArray *added;

  sc_chat_template_options_init (&options);
  added = sc_chat_template_apply (c->db, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (added);
  return added;
}

static void
assert_tree (GPtrArray      *chats,
             const Expected *expected,
             guint           n_expected)
{
  g_assert_cmpuint (chats->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      const ScChat *chat = g_ptr_array_index (chats, i);
      g_assert_cmpstr (chat->title, ==, expected[i].title);
      g_assert_cmpint (chat->kind, ==, expected[i].kind);
      g_assert_cmpuint (chat->depth, ==, expected[i].depth);
      g_assert_cmpint (chat->status, ==, SC_CHAT_STATUS_PLANNED);
      if (expected[i].parent == NULL)
        g_assert_cmpint (chat->parent_id, ==, 0);
      else
        g_assert_cmpint (chat->parent_id, ==, college_find_chat (chats, expected[i].parent)->id);
    }
}

static guint
count_members (College      *c,
               const ScChat *chat)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (sc_chat_members_count (c->db, chat->id, NULL, &n, &error));
  g_assert_no_error (error);
  return n;
}

/* "Family Family …" of the chat's members, in the order listed. */
static char *
member_names (College      *c,
              const ScChat *chat)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = sc_chat_members_list (c->db, chat->id, NULL, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < members->len; i++)
    {
      const ScChatMember *member = g_ptr_array_index (members, i);
      g_autofree char *last = g_strdup (member->full_name);
      *strchr (last, ' ') = '\0';
      g_string_append_printf (out, "%s%s", i ? " " : "", last);
    }
  return g_string_free (out, FALSE);
}

static void
test_generate (void)
{
  College *c = college_new ();
  g_autoptr(GPtrArray) added = apply_defaults (c);
  g_autoptr(GPtrArray) chats = college_list_chats (c);
  const Expected expected[] = {
    { "Педагогический коллектив", SC_CHAT_KIND_STAFF, 0, NULL },
    { "Администрация", SC_CHAT_KIND_ADMINISTRATION, 1, "Педагогический коллектив" },
    /* Titles are Russian whatever the locale; the Russian collation puts
     * the quotation mark before letters. */
    { "Отделение «Экономика»", SC_CHAT_KIND_DEPARTMENT, 1, "Педагогический коллектив" },
    { "Группа ЭК-11", SC_CHAT_KIND_GROUP, 2, "Отделение «Экономика»" },
    { "Отделение информационных технологий", SC_CHAT_KIND_DEPARTMENT, 1, "Педагогический коллектив" },
    { "Группа ИС-21", SC_CHAT_KIND_GROUP, 2, "Отделение информационных технологий" },
    { "Группа ИС-22", SC_CHAT_KIND_GROUP, 2, "Отделение информационных технологий" },
    { "Группа ТМ-31", SC_CHAT_KIND_GROUP, 1, "Педагогический коллектив" },
  };
  struct { const char *title; gint64 admin; guint n; const char *names; } members[] = {
    { "Педагогический коллектив", c->ivanova, 5, "Иванова Кузнецов Орлова Петров Сидорова" },
    { "Администрация", c->ivanova, 3, "Белова Иванова Орлова" },
    { "Отделение «Экономика»", 0, 1, "Кузнецов" },
    { "Группа ЭК-11", c->kuznetsov, 2, "Ёлкина Кузнецов" },
    { "Отделение информационных технологий", c->petrov, 2, "Петров Сидорова" },
    { "Группа ИС-21", c->sidorova, 3, "Алексеев Борисова Сидорова" },
    { "Группа ИС-22", 0, 1, "Дмитриев" },
    { "Группа ТМ-31", 0, 1, "Жуков" },
  };

  g_assert_cmpuint (added->len, ==, G_N_ELEMENTS (expected));
  assert_tree (chats, expected, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      const ScChat *chat = college_find_chat (chats, members[i].title);
      g_autofree char *names = member_names (c, chat);
      g_assert_cmpint (chat->admin_person_id, ==, members[i].admin);
      g_assert_cmpuint (count_members (c, chat), ==, members[i].n);
      g_assert_cmpstr (names, ==, members[i].names);
      g_assert_nonnull (chat->template_key);
    }
  g_assert_cmpint (college_find_chat (chats, "Группа ИС-21")->group_id, ==, c->is21);
  g_assert_cmpint (college_find_chat (chats, "Отделение «Экономика»")->department_id, ==, c->dept_ec);
  college_free (c);
}

static void
test_preview_writes_nothing (void)
{
  College *c = college_new ();
  ScChatTemplateOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) preview = NULL;
  g_autoptr(GPtrArray) chats = NULL;
  g_autoptr(GPtrArray) added = NULL;

  sc_chat_template_options_init (&options);
  preview = sc_chat_template_preview (c->db, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->len, ==, 8);
  chats = college_list_chats (c);
  g_assert_cmpuint (chats->len, ==, 0);
  for (guint i = 0; i < preview->len; i++)
    g_assert_cmpint (((ScChatTemplateItem *)g_ptr_array_index (preview, i))->id, ==, 0);
  /* Parents before sub-chats, with the titles the dialog shows. */
  g_assert_cmpstr (((ScChatTemplateItem *)g_ptr_array_index (preview, 0))->template_key, ==, "staff");
  g_assert_null (((ScChatTemplateItem *)g_ptr_array_index (preview, 0))->parent_key);
  g_assert_cmpstr (((ScChatTemplateItem *)g_ptr_array_index (preview, 7))->title, ==, "Группа ЭК-11");
  g_assert_cmpstr (((ScChatTemplateItem *)g_ptr_array_index (preview, 7))->parent_title, ==,
                   "Отделение «Экономика»");

  added = sc_chat_template_apply (c->db, &options, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < added->len; i++)
    {
      const ScChatTemplateItem *item = g_ptr_array_index (added, i);
      const ScChatTemplateItem *seen = g_ptr_array_index (preview, i);
      g_assert_cmpstr (item->template_key, ==, seen->template_key);
      g_assert_cmpint (item->id, >, 0);
    }
  college_free (c);
}

static void
test_regenerate_keeps_edits (void)
{
  College *c = college_new ();
  g_autoptr(GPtrArray) first = apply_defaults (c);
  g_autoptr(GPtrArray) chats = college_list_chats (c);
  gint64 is21_chat = college_find_chat (chats, "Группа ИС-21")->id;
  gint64 is22_chat = college_find_chat (chats, "Группа ИС-22")->id;
  gint64 tm31_chat = college_find_chat (chats, "Группа ТМ-31")->id;
  gint64 ec_chat = college_find_chat (chats, "Отделение «Экономика»")->id;
  gint64 it_chat = college_find_chat (chats, "Отделение информационных технологий")->id;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) third = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(ScChat) is21 = NULL;
  const ScChatTemplateItem *item;
  gint64 is23;

  g_assert_true (sc_chat_store_rename (c->db, is21_chat, "ИС-21 (основной)", &error));
  g_assert_true (sc_chat_store_set_status (c->db, is21_chat, SC_CHAT_STATUS_CREATED, "2023-11-10",
                                           "https://sferum.ru/?invite=abc", &error));
  g_assert_true (sc_chat_store_move (c->db, tm31_chat, ec_chat, &error));
  g_assert_true (sc_chat_store_set_status (c->db, is22_chat, SC_CHAT_STATUS_ARCHIVED, NULL, NULL, &error));
  g_assert_no_error (error);

  is23 = college_add_group (c, "ИС-23", c->dept_it, c->petrov);
  college_add_person (c, "Новиков", "Никита", "student", is23, 0, NULL, NULL);
  second = apply_defaults (c);
  g_assert_cmpuint (second->len, ==, 1);
  item = g_ptr_array_index (second, 0);
  g_assert_cmpstr (item->title, ==, "Группа ИС-23");
  g_assert_cmpint (item->parent_id, ==, it_chat);
  g_assert_cmpint (item->admin_person_id, ==, c->petrov);

  after = college_list_chats (c);
  g_assert_cmpuint (after->len, ==, chats->len + 1);
  is21 = sc_chat_store_get (c->db, is21_chat, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (is21->title, ==, "ИС-21 (основной)");
  g_assert_cmpint (is21->status, ==, SC_CHAT_STATUS_CREATED);
  g_assert_cmpstr (is21->created_on, ==, "2023-11-10");
  g_assert_cmpstr (is21->invite_link, ==, "https://sferum.ru/?invite=abc");
  g_assert_cmpint (college_find_chat (after, "Группа ТМ-31")->parent_id, ==, ec_chat);
  g_assert_cmpint (college_find_chat (after, "Группа ИС-22")->status, ==, SC_CHAT_STATUS_ARCHIVED);

  third = apply_defaults (c);
  g_assert_cmpuint (third->len, ==, 0);
  g_assert_cmpuint (first->len, ==, 8);
  college_free (c);
}

static void
test_hand_made_and_skipped (void)
{
  College *c = college_new ();
  g_autoptr(GPtrArray) first = apply_defaults (c);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) preview = NULL;
  ScChatTemplateOptions options;
  gint64 is24 = college_add_group (c, "ИС-24", c->dept_it, 0);
  gint64 dept_new = college_exec (c, "INSERT INTO department (name) VALUES ('Туризм')");
  gint64 tr11 = college_add_group (c, "ТР-11", dept_new, 0);
  g_autofree char *dept_key = g_strdup_printf ("department:%" G_GINT64_FORMAT, dept_new);
  const char *skip[] = { dept_key, NULL };
  gint64 hand_made;
  const ScChatTemplateItem *item;

  college_add_person (c, "Орлов", "Олег", "student", is24, 0, NULL, NULL);
  college_add_person (c, "Павлов", "Пётр", "student", tr11, 0, NULL, NULL);
  /* A group chat made by hand covers ИС-24: the template adds none. */
  hand_made = sc_chat_store_add (c->db, 0, "ИС-24 — учебный чат", SC_CHAT_KIND_CUSTOM, &error);
  g_assert_true (sc_chat_store_set_unit (c->db, hand_made, SC_CHAT_KIND_GROUP, is24, 0, &error));
  g_assert_no_error (error);

  /* With the new department unticked, its group goes under the teachers' chat. */
  sc_chat_template_options_init (&options);
  options.skip_keys = skip;
  preview = sc_chat_template_preview (c->db, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->len, ==, 1);
  item = g_ptr_array_index (preview, 0);
  g_assert_cmpstr (item->title, ==, "Группа ТР-11");
  g_assert_cmpstr (item->parent_key, ==, "staff");
  g_assert_cmpstr (item->parent_title, ==, "Педагогический коллектив");
  g_clear_pointer (&preview, g_ptr_array_unref);

  /* Ticked, the department comes first and holds its group. */
  options.skip_keys = NULL;
  preview = sc_chat_template_preview (c->db, &options, NULL, &error);
  g_assert_cmpuint (preview->len, ==, 2);
  g_assert_cmpstr (((ScChatTemplateItem *)g_ptr_array_index (preview, 0))->title, ==,
                   "Отделение «Туризм»");
  item = g_ptr_array_index (preview, 1);
  g_assert_cmpstr (item->parent_key, ==, dept_key);
  g_assert_cmpint (item->parent_id, ==, 0);
  g_assert_cmpuint (first->len, ==, 8);
  college_free (c);
}

static void
test_parents_template (void)
{
  College *c = college_new ();
  g_autoptr(GPtrArray) first = apply_defaults (c);
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) chats = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  ScChatTemplateOptions options = { .parents = TRUE };
  const ScChat *parents;

  added = sc_chat_template_apply (c->db, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, 4);
  chats = college_list_chats (c);
  parents = college_find_chat (chats, "Родители группы ИС-21");
  g_assert_cmpint (parents->kind, ==, SC_CHAT_KIND_PARENTS);
  g_assert_cmpint (parents->parent_id, ==, college_find_chat (chats, "Группа ИС-21")->id);
  g_assert_cmpuint (parents->depth, ==, 3);
  g_assert_cmpint (parents->admin_person_id, ==, c->sidorova);
  names = member_names (c, parents);
  g_assert_cmpstr (names, ==, "Алексеева Сидорова");
  college_free (c);
}

static void
test_coordinator_match (void)
{
  College *c = college_new ();
  const char *matching[] = {
    "Иванова М. С.", "иванова  м.с.", "М.С. Иванова", "Иванова Мария Сергеевна",
    "Мария Сергеевна Иванова", "ИВАНОВА МАРИЯ",
  };
  const char *not_matching[] = { "Иванов М. С.", "Иванова А. С.", "", "Петрова Мария Сергеевна" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (matching); i++)
    {
      college_set (c, "organization", "coordinator_name", matching[i], 1);
      g_assert_cmpint (sc_chat_template_find_coordinator (c->db, NULL, &error), ==, c->ivanova);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_matching); i++)
    {
      college_set (c, "organization", "coordinator_name", not_matching[i], 1);
      g_assert_cmpint (sc_chat_template_find_coordinator (c->db, NULL, &error), ==, 0);
      g_assert_no_error (error);
    }
  /* A namesake makes the match ambiguous: no administrator rather than the wrong one. */
  college_set (c, "organization", "coordinator_name", "Иванова М. С.", 1);
  college_add_person (c, "Иванова", "Марина", "staff", 0, 0, "Секретарь", NULL);
  college_exec (c, "UPDATE person SET patronymic = 'Степановна' WHERE first_name = 'Марина'");
  g_assert_cmpint (sc_chat_template_find_coordinator (c->db, NULL, &error), ==, 0);
  g_assert_no_error (error);
  college_free (c);
}

static void
test_empty_college (void)
{
  College *c = g_new0 (College, 1);
  g_autoptr(GPtrArray) added = NULL;

  c->dir = sc_test_make_dir ("sc-chat");
  c->db = sc_test_college_new (c->dir, "Пустой колледж", &c->path);
  added = apply_defaults (c);
  g_assert_cmpuint (added->len, ==, 0);
  college_free (c);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/chat-plan/generate", test_generate);
  g_test_add_func ("/sc/chat-plan/preview-writes-nothing", test_preview_writes_nothing);
  g_test_add_func ("/sc/chat-plan/regenerate-keeps-edits", test_regenerate_keeps_edits);
  g_test_add_func ("/sc/chat-plan/hand-made-and-skipped", test_hand_made_and_skipped);
  g_test_add_func ("/sc/chat-plan/parents", test_parents_template);
  g_test_add_func ("/sc/chat-plan/coordinator-match", test_coordinator_match);
  g_test_add_func ("/sc/chat-plan/empty-college", test_empty_college);
  return g_test_run ();
}

/* test-chat-coverage.c — groups, people and chats the structure misses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-chat-coverage.h"
#include "sc-chat-template.h"
#include "sc-date.h"
#include "test-chat-fixture.h"

/* The ids as "1 5 7" for a readable comparison. */
static char *
ids_text (GArray *ids)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? " " : "", g_array_index (ids, gint64, i));
  return g_string_free (out, FALSE);
}

static char *
expect (guint n,
        ...)
{
  GString *out = g_string_new (NULL);
  va_list args;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? " " : "", va_arg (args, gint64));
  va_end (args);
  return g_string_free (out, FALSE);
}

#define assert_ids(array, ...) \
  G_STMT_START { \
    g_autofree char *got_ = ids_text (array); \
    g_autofree char *want_ = expect (__VA_ARGS__); \
    g_assert_cmpstr (got_, ==, want_); \
  } G_STMT_END

static ScChatCoverage *
coverage_on (College    *c,
             const char *date)
{
  g_autoptr(GError) error = NULL;
  ScChatCoverage *coverage = sc_chat_coverage_compute (c->db, date, &error);

  g_assert_no_error (error);
  g_assert_nonnull (coverage);
  return coverage;
}

static gint64
chat_id (College    *c,
         const char *title)
{
  g_autoptr(GPtrArray) chats = college_list_chats (c);
  return college_find_chat (chats, title)->id;
}

static void
test_before_any_chat (void)
{
  College *c = college_new ();
  g_autoptr(ScChatCoverage) coverage = coverage_on (c, NULL);

  /* ОЛД-41's only student left: it needs no chat. */
  assert_ids (coverage->groups_without_chat, 4, c->is21, c->is22, c->tm31, c->ek11);
  assert_ids (coverage->groups_without_created_chat, 4, c->is21, c->is22, c->tm31, c->ek11);
  /* Every active person, alphabetically; Гусев, Зайцев and Смирнова left. */
  assert_ids (coverage->people_without_chat, 13, c->alekseev, c->alekseeva, c->belova,
              c->borisova, c->dmitriev, c->yolkina, c->zhukov, c->ivanova, c->kuznetsov,
              c->orlova, c->petrov, c->sidorova, c->fedorov);
  assert_ids (coverage->chats_without_admin, 0);
  college_free (c);
}

static void
test_after_plan (void)
{
  College *c = college_new ();
  ScChatTemplateOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(ScChatCoverage) coverage = NULL;
  g_autofree char *yesterday = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) before = g_date_time_add_days (now, -1);
  gint64 is21, is22, tm31, ec;

  sc_chat_template_options_init (&options);
  added = sc_chat_template_apply (c->db, &options, NULL, &error);
  g_assert_no_error (error);
  is21 = chat_id (c, "Группа ИС-21");
  is22 = chat_id (c, "Группа ИС-22");
  tm31 = chat_id (c, "Группа ТМ-31");
  ec = chat_id (c, "Отделение «Экономика»");

  coverage = coverage_on (c, NULL);
  assert_ids (coverage->groups_without_chat, 0);
  assert_ids (coverage->groups_without_created_chat, 4, c->is21, c->is22, c->tm31, c->ek11);
  /* The accountant (staff, not in the administration) and the parent
   * (no parents' chat) are left out. */
  assert_ids (coverage->people_without_chat, 2, c->alekseeva, c->fedorov);
  assert_ids (coverage->chats_without_admin, 3, is22, tm31, ec);   /* by title */
  assert_ids (coverage->chats_with_left_admin, 0);
  g_clear_pointer (&coverage, sc_chat_coverage_free);

  /* ИС-21 created on 10.11.2023; ИС-22's chat archived; the accountant added
   * by hand; ИС-21's curator left yesterday. */
  g_assert_true (sc_chat_store_set_status (c->db, is21, SC_CHAT_STATUS_CREATED, "2023-11-10", "", &error));
  g_assert_true (sc_chat_store_set_status (c->db, is22, SC_CHAT_STATUS_ARCHIVED, NULL, NULL, &error));
  g_assert_true (sc_chat_store_add_member (c->db, ec, c->fedorov, &error));
  g_assert_no_error (error);
  yesterday = g_date_time_format (before, "%Y-%m-%d");
  college_set (c, "person", "left_on", yesterday, c->sidorova);

  coverage = coverage_on (c, NULL);
  assert_ids (coverage->groups_without_chat, 1, c->is22);
  assert_ids (coverage->groups_without_created_chat, 3, c->is22, c->tm31, c->ek11);
  assert_ids (coverage->people_without_chat, 2, c->alekseeva, c->dmitriev);
  assert_ids (coverage->chats_without_admin, 2, tm31, ec);
  assert_ids (coverage->chats_with_left_admin, 1, is21);
  g_clear_pointer (&coverage, sc_chat_coverage_free);

  /* As of 31.10.2023 the ИС-21 chat did not exist yet, and Сидорова had not left. */
  coverage = coverage_on (c, "2023-10-31");
  assert_ids (coverage->groups_without_created_chat, 4, c->is21, c->is22, c->tm31, c->ek11);
  assert_ids (coverage->chats_with_left_admin, 0);
  college_free (c);
}

static void
test_group_whose_students_left (void)
{
  College *c = college_new ();
  g_autoptr(ScChatCoverage) coverage = NULL;

  college_set (c, "person", "left_on", "2023-06-30", c->zhukov);
  coverage = coverage_on (c, "2023-09-01");
  assert_ids (coverage->groups_without_chat, 3, c->is21, c->is22, c->ek11);
  g_clear_pointer (&coverage, sc_chat_coverage_free);
  /* Before he left, ТМ-31 still had a student. */
  coverage = coverage_on (c, "2023-06-29");
  assert_ids (coverage->groups_without_chat, 4, c->is21, c->is22, c->tm31, c->ek11);
  college_free (c);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/chat-coverage/before-any-chat", test_before_any_chat);
  g_test_add_func ("/sc/chat-coverage/after-plan", test_after_plan);
  g_test_add_func ("/sc/chat-coverage/group-whose-students-left", test_group_whose_students_left);
  return g_test_run ();
}

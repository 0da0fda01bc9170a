/* sc-chat-members.c — who is in a chat
 *
 * Membership is a query (SC_CHAT_MEMBERSHIP_CTE), never a stored list, so
 * it follows the list of people: a student added to ИС-21 is in the ИС-21 chat, a
 * student who left is not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chat"

#include "config.h"

#include <string.h>

#include "sc-chat-members.h"
#include "sc-collate.h"
#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-text.h"

#define SQL_EXTENSIONS_KEY "sc-chat-sql-extensions"
#define DEPARTMENT_WORD "отделение"

void
sc_chat_member_free (ScChatMember *member)
{
  if (member == NULL)
    return;
  g_free (member->full_name);
  g_free (member->category);
  g_free (member->group_code);
  g_free (member->left_on);
  g_free (member);
}

/* «Директор», «Заместитель директора по УВР», «зам. директора»: the
 * positions of a college's administration. */
gboolean
sc_chat_members_is_admin_position (const char *position)
{
  g_autofree char *folded = NULL;

  if (position == NULL || *position == '\0')
    return FALSE;
  folded = sc_text_fold (position);
  return strstr (folded, "директор") != NULL || strstr (folded, "заместител") != NULL;
}

static void
is_admin_position_sql (sqlite3_context *context,
                       int              argc,
                       sqlite3_value  **argv)
{
  const char *position = (const char *)sqlite3_value_text (argv[0]);

  sqlite3_result_int (context, sc_chat_members_is_admin_position (position));
}

static int
collate_sql (void       *data,
             int         len_a,
             const void *a,
             int         len_b,
             const void *b)
{
  g_autofree char *x = g_strndup (a, len_a);
  g_autofree char *y = g_strndup (b, len_b);

  return sc_collate_compare (x, y);
}

static gboolean
register_extensions (ScDatabase *db,
                     GError    **error)
{
  static GMutex lock;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  sqlite3 *handle = sc_database_get_handle (db);
  int rc;

  if (g_object_get_data (G_OBJECT (db), SQL_EXTENSIONS_KEY) != NULL)
    return TRUE;
  rc = sqlite3_create_function_v2 (handle, "sc_chat_is_admin_position", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                   is_admin_position_sql, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_collation_v2 (handle, "sc_ru", SQLITE_UTF8, NULL, collate_sql, NULL);
  if (rc != SQLITE_OK)
    return sc_database_set_error (db, rc, error);
  g_object_set_data (G_OBJECT (db), SQL_EXTENSIONS_KEY, GINT_TO_POINTER (1));
  return TRUE;
}

/**
 * sc_chat_members_prepare:
 *
 * Like sc_database_prepare (), for SQL that uses SC_CHAT_MEMBERSHIP_CTE or
 * the collation "sc_ru" (Russian alphabetical order).
 */
sqlite3_stmt *
sc_chat_members_prepare (ScDatabase *db,
                         const char *sql,
                         GError    **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  if (!register_extensions (db, error))
    return NULL;
  return sc_database_prepare (db, sql, error);
}

static void
bind_date (sqlite3_stmt *stmt,
           const char   *on_date)
{
  if (on_date != NULL)
    sqlite3_bind_text (stmt, 1, on_date, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_text (stmt, 1, sc_date_today (), -1, g_free);
}

static char *
join_name (sqlite3_stmt *stmt,
           int           first_column)
{
  const char *parts[4] = { NULL };
  guint n = 0;

  for (int i = 0; i < 3; i++)
    {
      const char *part = (const char *)sqlite3_column_text (stmt, first_column + i);
      if (part != NULL && *part != '\0')
        parts[n++] = part;
    }
  return g_strjoinv (" ", (char **)parts);
}

static ScChatMember *
member_from_row (sqlite3_stmt *stmt)
{
  ScChatMember *member = g_new0 (ScChatMember, 1);

  member->person_id = sqlite3_column_int64 (stmt, 0);
  member->full_name = join_name (stmt, 1);
  member->category = g_strdup ((const char *)sqlite3_column_text (stmt, 4));
  member->group_code = g_strdup ((const char *)sqlite3_column_text (stmt, 5));
  member->left_on = g_strdup ((const char *)sqlite3_column_text (stmt, 6));
  member->sources = sqlite3_column_int (stmt, 7);
  return member;
}

/**
 * sc_chat_members_list:
 * @on_date: (nullable): YYYY-MM-DD, or NULL for today
 *
 * Returns: (transfer full) (element-type ScChatMember): the chat's members,
 * active ones first, each part in alphabetical order
 */
GPtrArray *
sc_chat_members_list (ScDatabase *db,
                      gint64      chat_id,
                      const char *on_date,
                      GError    **error)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_chat_member_free);
  sqlite3_stmt *stmt = sc_chat_members_prepare (db,
      SC_CHAT_MEMBERSHIP_CTE
      "SELECT p.id, p.last_name, p.first_name, p.patronymic, p.category,"
      " coalesce (g.code, ''),"
      " CASE WHEN p.left_on <= ?1 THEN p.left_on END, sum (DISTINCT m.source)"
      " FROM membership m JOIN person p ON p.id = m.person_id"
      " LEFT JOIN study_group g ON g.id = p.group_id"
      " WHERE m.chat_id = ?2 GROUP BY p.id"
      " ORDER BY coalesce (p.left_on <= ?1, 0), p.last_name COLLATE sc_ru,"
      "  p.first_name COLLATE sc_ru, p.patronymic COLLATE sc_ru, p.id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  bind_date (stmt, on_date);
  sqlite3_bind_int64 (stmt, 2, chat_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (members, member_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&members);
}

/* The number of the chat's active members on @on_date (NULL: today). */
gboolean
sc_chat_members_count (ScDatabase *db,
                       gint64      chat_id,
                       const char *on_date,
                       guint      *count,
                       GError    **error)
{
  sqlite3_stmt *stmt = sc_chat_members_prepare (db,
      SC_CHAT_MEMBERSHIP_CTE
      "SELECT count (DISTINCT m.person_id) FROM membership m"
      " JOIN person p ON p.id = m.person_id"
      " WHERE m.chat_id = ?2 AND (p.left_on IS NULL OR p.left_on > ?1)", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_date (stmt, on_date);
  sqlite3_bind_int64 (stmt, 2, chat_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

/**
 * sc_chat_members_count_all:
 *
 * Returns: (transfer full): chat id (gint64 *) → number of active members
 * (GUINT_TO_POINTER); chats without members are absent
 */
GHashTable *
sc_chat_members_count_all (ScDatabase *db,
                           const char *on_date,
                           GError    **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt = sc_chat_members_prepare (db,
      SC_CHAT_MEMBERSHIP_CTE
      "SELECT m.chat_id, count (DISTINCT m.person_id) FROM membership m"
      " JOIN person p ON p.id = m.person_id"
      " WHERE p.left_on IS NULL OR p.left_on > ?1 GROUP BY m.chat_id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  bind_date (stmt, on_date);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);
      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (counts, id, GUINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&counts);
}

/**
 * sc_chat_members_chats_of:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the chats the
 * person is in on @on_date, archived ones included, in id order
 */
GArray *
sc_chat_members_chats_of (ScDatabase *db,
                          gint64      person_id,
                          const char *on_date,
                          GError    **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = sc_chat_members_prepare (db,
      SC_CHAT_MEMBERSHIP_CTE
      "SELECT DISTINCT chat_id FROM membership WHERE person_id = ?2 ORDER BY chat_id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  bind_date (stmt, on_date);
  sqlite3_bind_int64 (stmt, 2, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* The group's code or the department's name, NULL if it is gone. */
static char *
lookup_unit_name (ScDatabase *db,
                  const char *sql,
                  gint64      id,
                  GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, sql, error);
  char *name = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    name = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    sc_database_set_error (db, rc, error);
  return name;
}

static char *
describe_group_rule (ScDatabase   *db,
                     const ScChat *chat,
                     GError      **error)
{
  g_autofree char *code = lookup_unit_name (db, "SELECT code FROM study_group WHERE id = ?1",
                                            chat->group_id, error);

  if (code == NULL)
    return error && *error ? NULL : g_strdup (_("by rule: nobody until a group is chosen"));
  if (chat->kind == SC_CHAT_KIND_PARENTS)
    return g_strdup_printf (_("by rule: parents of group %s and the curator"), code);
  return g_strdup_printf (_("by rule: students of group %s and the curator"), code);
}

static char *
describe_department_rule (ScDatabase   *db,
                          const ScChat *chat,
                          GError      **error)
{
  g_autofree char *name = lookup_unit_name (db, "SELECT name FROM department WHERE id = ?1",
                                            chat->department_id, error);
  g_autofree char *folded = NULL;

  if (name == NULL)
    return error && *error ? NULL : g_strdup (_("by rule: nobody until a department is chosen"));
  folded = sc_text_fold (name);
  /* «Отделение информационных технологий» → «…педагоги отделения
   * информационных технологий»; «Экономика» → «…отделения «Экономика»». */
  if (g_str_has_prefix (folded, DEPARTMENT_WORD " ") && name[strlen (DEPARTMENT_WORD)] == ' ')
    return g_strdup_printf (_("by rule: head, group curators and teachers of the department %s"),
                            name + strlen (DEPARTMENT_WORD) + 1);
  return g_strdup_printf (_("by rule: head, group curators and teachers of the department “%s”"),
                          name);
}

/**
 * sc_chat_members_describe_rule:
 *
 * Returns: (nullable): where the chat's members by rule come from, e.g.
 * "by rule: students of group ИС-21 and the curator"; NULL for a chat
 * without a rule (or on error, with @error set)
 */
char *
sc_chat_members_describe_rule (ScDatabase   *db,
                               const ScChat *chat,
                               GError      **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (chat != NULL, NULL);

  switch (chat->kind)
    {
    case SC_CHAT_KIND_STAFF:
      return g_strdup (_("by rule: all teachers"));
    case SC_CHAT_KIND_GROUP:
    case SC_CHAT_KIND_PARENTS:
      return describe_group_rule (db, chat, error);
    case SC_CHAT_KIND_DEPARTMENT:
      return describe_department_rule (db, chat, error);
    case SC_CHAT_KIND_ADMINISTRATION:
      return g_strdup (_("by rule: the director and deputy directors"));
    case SC_CHAT_KIND_CUSTOM:
    default:
      return NULL;
    }
}

/* @rule: the chat's sc_chat_members_describe_rule () */
const char *
sc_chat_member_describe_source (const ScChatMember *member,
                                const char         *rule)
{
  g_return_val_if_fail (member != NULL, NULL);

  if ((member->sources & SC_CHAT_MEMBER_BY_RULE) && rule != NULL)
    return rule;
  if (member->sources & SC_CHAT_MEMBER_EXPLICIT)
    return _("added by hand");
  return _("chat administrator");
}

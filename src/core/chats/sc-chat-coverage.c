/* sc-chat-coverage.c — what the chat structure does not reach yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chat"

#include "config.h"

#include "sc-chat-coverage.h"
#include "sc-chat-members.h"
#include "sc-date.h"

#define ACTIVE(p) "(" p ".left_on IS NULL OR " p ".left_on > ?1)"

#define GROUPS_WITH_STUDENTS \
  "SELECT g.id FROM study_group g WHERE EXISTS (SELECT 1 FROM person s" \
  " WHERE s.group_id = g.id AND s.category = 'student' AND " ACTIVE ("s") ")"

static const char groups_without_chat_sql[] =
  GROUPS_WITH_STUDENTS
  " AND NOT EXISTS (SELECT 1 FROM chat c WHERE c.kind = 'group' AND c.group_id = g.id"
  "  AND c.status <> 'archived')"
  " ORDER BY g.code COLLATE sc_ru, g.id";

static const char groups_without_created_chat_sql[] =
  GROUPS_WITH_STUDENTS
  " AND NOT EXISTS (SELECT 1 FROM chat c WHERE c.kind = 'group' AND c.group_id = g.id"
  "  AND c.status = 'created' AND (c.created_on IS NULL OR c.created_on <= ?1))"
  " ORDER BY g.code COLLATE sc_ru, g.id";

/* NOT IN an uncorrelated subquery: the membership is computed once. */
static const char people_without_chat_sql[] =
  SC_CHAT_MEMBERSHIP_CTE
  "SELECT p.id FROM person p WHERE " ACTIVE ("p")
  " AND p.id NOT IN (SELECT m.person_id FROM membership m JOIN chat c ON c.id = m.chat_id"
  "  WHERE c.status <> 'archived')"
  " ORDER BY p.last_name COLLATE sc_ru, p.first_name COLLATE sc_ru,"
  "  p.patronymic COLLATE sc_ru, p.id";

static const char chats_without_admin_sql[] =
  "SELECT c.id FROM chat c WHERE c.status <> 'archived' AND c.admin_person_id IS NULL"
  " ORDER BY c.title COLLATE sc_ru, c.id";

static const char chats_with_left_admin_sql[] =
  "SELECT c.id FROM chat c JOIN person p ON p.id = c.admin_person_id"
  " WHERE c.status <> 'archived' AND p.left_on <= ?1"
  " ORDER BY c.title COLLATE sc_ru, c.id";

static const char chats_to_confirm_sql[] =
  "SELECT c.id FROM chat c WHERE c.status = 'planned' AND c.origin = 'platform'"
  " ORDER BY c.title COLLATE sc_ru, c.id";

void
sc_chat_coverage_free (ScChatCoverage *coverage)
{
  if (coverage == NULL)
    return;
  g_clear_pointer (&coverage->groups_without_chat, g_array_unref);
  g_clear_pointer (&coverage->groups_without_created_chat, g_array_unref);
  g_clear_pointer (&coverage->people_without_chat, g_array_unref);
  g_clear_pointer (&coverage->chats_without_admin, g_array_unref);
  g_clear_pointer (&coverage->chats_with_left_admin, g_array_unref);
  g_clear_pointer (&coverage->chats_to_confirm, g_array_unref);
  g_free (coverage);
}

/* Runs @sql (?1, where used, is @on_date) and collects the first column. */
static GArray *
collect_ids (ScDatabase *db,
             const char *sql,
             const char *on_date,
             GError    **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = sc_chat_members_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, on_date, -1, SQLITE_TRANSIENT);
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

/**
 * sc_chat_coverage_compute:
 * @on_date: (nullable): YYYY-MM-DD, NULL for today
 *
 * Returns: (transfer full): the coverage lists (see sc-chat-coverage.h)
 */
ScChatCoverage *
sc_chat_coverage_compute (ScDatabase *db,
                          const char *on_date,
                          GError    **error)
{
  g_autoptr(ScChatCoverage) coverage = g_new0 (ScChatCoverage, 1);
  g_autofree char *today = sc_date_today ();
  const char *date = on_date ? on_date : today;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  if (!(coverage->groups_without_chat = collect_ids (db, groups_without_chat_sql, date, error)) ||
      !(coverage->groups_without_created_chat =
          collect_ids (db, groups_without_created_chat_sql, date, error)) ||
      !(coverage->people_without_chat = collect_ids (db, people_without_chat_sql, date, error)) ||
      !(coverage->chats_without_admin = collect_ids (db, chats_without_admin_sql, date, error)) ||
      !(coverage->chats_with_left_admin = collect_ids (db, chats_with_left_admin_sql, date, error)) ||
      !(coverage->chats_to_confirm = collect_ids (db, chats_to_confirm_sql, date, error)))
    return NULL;
  return g_steal_pointer (&coverage);
}

/**
 * sc_chat_coverage_count_groups:
 *
 * Only the two group counts of sc_chat_coverage_compute(), for the
 * overview: it does not work out every person's chats.
 */
gboolean
sc_chat_coverage_count_groups (ScDatabase *db,
                               const char *on_date,
                               guint      *without_chat,
                               guint      *without_created_chat,
                               GError    **error)
{
  g_autoptr(GArray) no_chat = NULL;
  g_autoptr(GArray) no_created = NULL;
  g_autofree char *today = sc_date_today ();
  const char *date = on_date ? on_date : today;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if (!(no_chat = collect_ids (db, groups_without_chat_sql, date, error)) ||
      !(no_created = collect_ids (db, groups_without_created_chat_sql, date, error)))
    return FALSE;
  *without_chat = no_chat->len;
  *without_created_chat = no_created->len;
  return TRUE;
}

/* sc-chat-members.h — who is in a chat
 *
 * A chat's members come from three places:
 * - its rule, from the data as it is on the date asked about (nobody edits
 *   the chat when a student joins a group):
 *     staff («Педагогический коллектив»): every active teacher;
 *     group: the group's active students and its curator;
 *     parents: the active parents recorded in the group and its curator;
 *     department: its head, the curators of its groups and the teachers
 *       whose department it is;
 *     administration: active teachers and staff whose position names a
 *       director or a deputy («директор», «заместитель», «зам. директора»);
 *     custom: no rule;
 * - its explicit members (table chat_member), added by hand to any chat,
 *   from the day they were added (those added before the day was kept
 *   count on every date);
 * - its administrator.
 * A person is active on D when left_on is empty or later than D. Members by
 * rule are active by definition; explicit members and administrators who
 * have left stay listed (so they can be removed) but are not counted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-chat-store.h"

G_BEGIN_DECLS

typedef enum
{
  SC_CHAT_MEMBER_BY_RULE  = 1 << 0,
  SC_CHAT_MEMBER_EXPLICIT = 1 << 1,
  SC_CHAT_MEMBER_ADMIN    = 1 << 2,
} ScChatMemberSource;

typedef struct
{
  gint64              person_id;
  char               *full_name;  /* "Last First Patronymic" */
  char               *category;   /* "teacher", "student", "staff", "parent" */
  char               *group_code; /* "" when none */
  char               *left_on;    /* YYYY-MM-DD if left on or before the date asked about */
  ScChatMemberSource  sources;
} ScChatMember;

/* The membership of every chat as SQL: a WITH clause defining
 * membership (chat_id, person_id, source), source being one
 * ScChatMemberSource bit. ?1 is the date (YYYY-MM-DD). Continue it with
 * ", other AS (…)" or "SELECT …", and prepare it with
 * sc_chat_members_prepare (). */
#define SC_CHAT_MEMBERSHIP_CTE \
  "WITH active AS (" \
  "  SELECT id, category, group_id, department_id, position FROM person" \
  "  WHERE left_on IS NULL OR left_on > ?1)," \
  " membership (chat_id, person_id, source) AS (" \
  "  SELECT c.id, p.id, 1 FROM chat c JOIN active p ON p.category = 'teacher'" \
  "   WHERE c.kind = 'staff'" \
  "  UNION ALL SELECT c.id, p.id, 1 FROM chat c" \
  "   JOIN active p ON p.category = 'student' AND p.group_id = c.group_id" \
  "   WHERE c.kind = 'group'" \
  "  UNION ALL SELECT c.id, p.id, 1 FROM chat c" \
  "   JOIN active p ON p.category = 'parent' AND p.group_id = c.group_id" \
  "   WHERE c.kind = 'parents'" \
  "  UNION ALL SELECT c.id, p.id, 1 FROM chat c JOIN study_group g ON g.id = c.group_id" \
  "   JOIN active p ON p.id = g.curator_id WHERE c.kind IN ('group', 'parents')" \
  "  UNION ALL SELECT c.id, p.id, 1 FROM chat c JOIN department d ON d.id = c.department_id" \
  "   JOIN active p ON p.id = d.head_person_id WHERE c.kind = 'department'" \
  "  UNION ALL SELECT c.id, p.id, 1 FROM chat c" \
  "   JOIN study_group g ON g.department_id = c.department_id" \
  "   JOIN active p ON p.id = g.curator_id WHERE c.kind = 'department'" \
  "  UNION ALL SELECT c.id, p.id, 1 FROM chat c" \
  "   JOIN active p ON p.category = 'teacher' AND p.department_id = c.department_id" \
  "   WHERE c.kind = 'department'" \
  "  UNION ALL SELECT c.id, p.id, 1 FROM chat c" \
  "   JOIN active p ON p.category IN ('teacher', 'staff')" \
  "    AND sc_chat_is_admin_position (p.position)" \
  "   WHERE c.kind = 'administration'" \
  "  UNION ALL SELECT chat_id, person_id, 2 FROM chat_member" \
  "   WHERE added_on IS NULL OR added_on <= ?1" \
  "  UNION ALL SELECT id, admin_person_id, 4 FROM chat WHERE admin_person_id IS NOT NULL) "

void          sc_chat_member_free              (ScChatMember       *member);

sqlite3_stmt *sc_chat_members_prepare          (ScDatabase         *db,
                                                const char         *sql,
                                                GError            **error);
gboolean      sc_chat_members_is_admin_position (const char        *position);

GPtrArray    *sc_chat_members_list             (ScDatabase         *db,
                                                gint64              chat_id,
                                                const char         *on_date,
                                                GError            **error);
gboolean      sc_chat_members_count            (ScDatabase         *db,
                                                gint64              chat_id,
                                                const char         *on_date,
                                                guint              *count,
                                                GError            **error);
GHashTable   *sc_chat_members_count_all        (ScDatabase         *db,
                                                const char         *on_date,
                                                GError            **error);
GArray       *sc_chat_members_chats_of         (ScDatabase         *db,
                                                gint64              person_id,
                                                const char         *on_date,
                                                GError            **error);

char         *sc_chat_members_describe_rule    (ScDatabase         *db,
                                                const ScChat       *chat,
                                                GError            **error);
const char   *sc_chat_member_describe_source   (const ScChatMember *member,
                                                const char         *rule);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScChatMember, sc_chat_member_free)

G_END_DECLS

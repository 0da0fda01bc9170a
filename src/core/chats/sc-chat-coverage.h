/* sc-chat-coverage.h — what the chat structure does not reach yet
 *
 * Each list holds ids (gint64) for the GUI to show or link to. Archived
 * chats count for nothing here: they neither cover a group or a person nor
 * need an administrator.
 * - groups_without_chat: groups with at least one active student and no
 *   group chat (kind "group" for that group) that is planned or created;
 * - groups_without_created_chat: the same groups measured against created
 *   chats only (status created, created on or before the date), for the
 *   monthly report's "groups with a chat";
 * - people_without_chat: active people of every category in no planned or
 *   created chat, by rule, explicitly or as its administrator. By the rules
 *   of sc-chat-members.h teachers reach the teachers' chat, students their
 *   group chat, staff the administration chat only when their position is a
 *   director's or deputy's, parents their group's parents' chat; anyone can
 *   be added to a chat by hand;
 * - chats_without_admin: planned or created chats with no administrator;
 * - chats_with_left_admin: planned or created chats whose administrator
 *   left on or before the date;
 * - chats_to_confirm: planned chats the platform makes itself (in MAX):
 *   the coordinator does not create them but confirms that they exist.
 * Groups are in code order, people and chats in alphabetical order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

typedef struct
{
  GArray *groups_without_chat;
  GArray *groups_without_created_chat;
  GArray *people_without_chat;
  GArray *chats_without_admin;
  GArray *chats_with_left_admin;
  GArray *chats_to_confirm;
} ScChatCoverage;

ScChatCoverage *sc_chat_coverage_compute (ScDatabase     *db,
                                          const char     *on_date,
                                          GError        **error);
void            sc_chat_coverage_free    (ScChatCoverage *coverage);
gboolean        sc_chat_coverage_count_groups (ScDatabase *db,
                                               const char *on_date,
                                               guint      *without_chat,
                                               guint      *without_created_chat,
                                               GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScChatCoverage, sc_chat_coverage_free)

G_END_DECLS

/* sc-chat.h — one chat of the structure, its kind, status and origin
 *
 * A chat is a row of the table "chat"; sc-chat-store.h reads and edits them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sc-enums.h"
#include "sc-platform.h"

G_BEGIN_DECLS

typedef enum
{
  SC_CHAT_KIND_CUSTOM,
  SC_CHAT_KIND_STAFF,
  SC_CHAT_KIND_GROUP,
  SC_CHAT_KIND_PARENTS,
  SC_CHAT_KIND_DEPARTMENT,
  SC_CHAT_KIND_ADMINISTRATION,
} ScChatKind;

typedef enum
{
  SC_CHAT_STATUS_PLANNED,
  SC_CHAT_STATUS_CREATED,
  SC_CHAT_STATUS_ARCHIVED,
} ScChatStatus;

/* Who makes the chat in the messenger: in MAX the platform makes the
 * chats of groups, of parents and of the teaching staff itself, from the
 * lists the college confirms; the coordinator then confirms that it did. */
typedef enum
{
  SC_CHAT_ORIGIN_MANUAL,
  SC_CHAT_ORIGIN_PLATFORM,
} ScChatOrigin;

SC_DEFINE_ENUM_CODES (ScChatKind, sc_chat_kind, SC_TYPE_CHAT_KIND)
SC_DEFINE_ENUM_CODES (ScChatStatus, sc_chat_status, SC_TYPE_CHAT_STATUS)
SC_DEFINE_ENUM_CODES (ScChatOrigin, sc_chat_origin, SC_TYPE_CHAT_ORIGIN)

/* Ids are 0 for "none" (a root chat, no group, no admin). */
typedef struct
{
  gint64        id;
  gint64        parent_id;
  char         *title;
  ScChatKind    kind;
  gint64        group_id;
  gint64        department_id;
  gint64        admin_person_id;
  ScChatStatus  status;
  char         *created_on;    /* YYYY-MM-DD or NULL */
  char         *archived_on;   /* YYYY-MM-DD when archived (NULL: before it was kept) */
  char         *invite_link;   /* "" when none */
  char         *notes;
  char         *template_key;  /* NULL for a chat added by hand */
  int           sort_order;
  ScChatOrigin  origin;
  ScPlatform    platform;      /* the messenger it is (or was) in */
  guint         depth;         /* 0 at the root; set by sc_chat_store_list () */
} ScChat;

/* SQL: chat @c existed on the date ?@d — created (or archived) by then
 * (a created chat without a date counts: the coordinator said it exists)
 * and not archived by then (an archive without a date is taken as before
 * any report). The rule of the report's «Чаты» and groups_with_chat. */
#define SC_CHAT_EXISTED_ON(c, d) \
  "(" c ".status IN ('created', 'archived')" \
  " AND (" c ".created_on IS NULL OR " c ".created_on <= " d ")" \
  " AND (" c ".status = 'created' OR " c ".archived_on > " d "))"

#define SC_TYPE_CHAT (sc_chat_get_type ())

GType         sc_chat_get_type             (void) G_GNUC_CONST;
ScChat       *sc_chat_copy                 (const ScChat  *chat);
void          sc_chat_free                 (ScChat        *chat);

const char   *sc_chat_kind_get_label       (ScChatKind     kind);
int           sc_chat_kind_get_sort_order  (ScChatKind     kind);
const char   *sc_chat_status_get_label     (ScChatStatus   status);
/* «Создаётся платформой» · «Добавлен вручную» */
const char   *sc_chat_origin_get_label     (ScChatOrigin   origin);
/* The origin a new chat of @kind gets on @platform: on MAX the platform
 * makes the chats of groups, parents and the teaching staff. */
ScChatOrigin  sc_chat_origin_default       (ScPlatform     platform,
                                            ScChatKind     kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScChat, sc_chat_free)

G_END_DECLS

/* sc-chat-store.h — the college's chats: the tree and its edits
 *
 * A chat is a row of the table "chat"; its place in the tree is parent_id.
 * Every edit here is one transaction and emits ScDatabase::changed ("chats").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"
#include "sc-platform.h"

G_BEGIN_DECLS

#define SC_CHAT_ERROR (sc_chat_error_quark ())

typedef enum
{
  SC_CHAT_ERROR_NOT_FOUND,
  SC_CHAT_ERROR_INVALID,
  SC_CHAT_ERROR_CYCLE,
} ScChatError;

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

/* What sc_chat_store_delete () took away, for sc_chat_store_restore (). */
typedef struct _ScChatDeletion ScChatDeletion;

#define SC_TYPE_CHAT (sc_chat_get_type ())

GQuark        sc_chat_error_quark          (void);
GType         sc_chat_get_type             (void) G_GNUC_CONST;
ScChat       *sc_chat_copy                 (const ScChat  *chat);
void          sc_chat_free                 (ScChat        *chat);

const char   *sc_chat_kind_to_string       (ScChatKind     kind);
gboolean      sc_chat_kind_from_string     (const char    *text,
                                            ScChatKind    *kind);
const char   *sc_chat_kind_get_label       (ScChatKind     kind);
int           sc_chat_kind_get_sort_order  (ScChatKind     kind);
const char   *sc_chat_status_to_string     (ScChatStatus   status);
gboolean      sc_chat_status_from_string   (const char    *text,
                                            ScChatStatus  *status);
const char   *sc_chat_status_get_label     (ScChatStatus   status);
const char   *sc_chat_origin_to_string     (ScChatOrigin   origin);
gboolean      sc_chat_origin_from_string   (const char    *text,
                                            ScChatOrigin  *origin);
/* «Создаётся платформой» · «Добавлен вручную» */
const char   *sc_chat_origin_get_label     (ScChatOrigin   origin);
/* The origin a new chat of @kind gets on @platform: on MAX the platform
 * makes the chats of groups, parents and the teaching staff. */
ScChatOrigin  sc_chat_origin_default       (ScPlatform     platform,
                                            ScChatKind     kind);

/* Reading */
ScChat       *sc_chat_store_get            (ScDatabase    *db,
                                            gint64         chat_id,
                                            GError       **error);
GPtrArray    *sc_chat_store_list           (ScDatabase    *db,
                                            GError       **error);
char         *sc_chat_store_get_path       (GPtrArray     *chats,
                                            guint          index,
                                            const char    *separator);

/* Editing */
gint64        sc_chat_store_add            (ScDatabase    *db,
                                            gint64         parent_id,
                                            const char    *title,
                                            ScChatKind     kind,
                                            GError       **error);
gboolean      sc_chat_store_rename         (ScDatabase    *db,
                                            gint64         chat_id,
                                            const char    *title,
                                            GError       **error);
gboolean      sc_chat_store_move           (ScDatabase    *db,
                                            gint64         chat_id,
                                            gint64         new_parent_id,
                                            GError       **error);
gboolean      sc_chat_store_set_unit       (ScDatabase    *db,
                                            gint64         chat_id,
                                            ScChatKind     kind,
                                            gint64         group_id,
                                            gint64         department_id,
                                            GError       **error);
gboolean      sc_chat_store_set_status     (ScDatabase    *db,
                                            gint64         chat_id,
                                            ScChatStatus   status,
                                            const char    *created_on,
                                            const char    *invite_link,
                                            GError       **error);
gboolean      sc_chat_store_set_admin      (ScDatabase    *db,
                                            gint64         chat_id,
                                            gint64         person_id,
                                            GError       **error);
gboolean      sc_chat_store_set_origin     (ScDatabase    *db,
                                            gint64         chat_id,
                                            ScChatOrigin   origin,
                                            GError       **error);
gboolean      sc_chat_store_set_notes      (ScDatabase    *db,
                                            gint64         chat_id,
                                            const char    *notes,
                                            GError       **error);
gboolean      sc_chat_store_add_member     (ScDatabase    *db,
                                            gint64         chat_id,
                                            gint64         person_id,
                                            GError       **error);
gboolean      sc_chat_store_remove_member  (ScDatabase    *db,
                                            gint64         chat_id,
                                            gint64         person_id,
                                            GError       **error);

/* Deleting, with undo */
ScChatDeletion *sc_chat_store_delete       (ScDatabase    *db,
                                            gint64         chat_id,
                                            GError       **error);
gint64        sc_chat_store_restore        (ScDatabase    *db,
                                            ScChatDeletion *deletion,
                                            GError       **error);
guint         sc_chat_deletion_get_n_chats (ScChatDeletion *deletion);
const char   *sc_chat_deletion_get_title   (ScChatDeletion *deletion);
void          sc_chat_deletion_free        (ScChatDeletion *deletion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScChat, sc_chat_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScChatDeletion, sc_chat_deletion_free)

G_END_DECLS

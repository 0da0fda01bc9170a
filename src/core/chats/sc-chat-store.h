/* sc-chat-store.h — the college's chats: the tree and its edits
 *
 * A chat (sc-chat.h) is a row of the table "chat"; its place in the tree is parent_id.
 * Every edit here is one transaction and emits ScDatabase::changed ("chats").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-chat.h"
#include "sc-database.h"

G_BEGIN_DECLS

#define SC_CHAT_ERROR (sc_chat_error_quark ())

typedef enum
{
  SC_CHAT_ERROR_NOT_FOUND,
  SC_CHAT_ERROR_INVALID,
  SC_CHAT_ERROR_CYCLE,
} ScChatError;

/* What sc_chat_store_delete () took away, for sc_chat_store_restore (). */
typedef struct _ScChatDeletion ScChatDeletion;

GQuark        sc_chat_error_quark          (void);

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScChatDeletion, sc_chat_deletion_free)

G_END_DECLS

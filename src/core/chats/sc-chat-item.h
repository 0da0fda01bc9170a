/* sc-chat-item.h — one chat as a list item for the window's tree
 *
 * An ScChatItem holds a chat, its number of active members and the items of
 * its sub-chats, so a GtkTreeListModel can show the tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-chat-store.h"

G_BEGIN_DECLS

#define SC_TYPE_CHAT_ITEM (sc_chat_item_get_type ())
G_DECLARE_FINAL_TYPE (ScChatItem, sc_chat_item, SC, CHAT_ITEM, GObject)

/* Takes ownership of @chat. */
ScChatItem   *sc_chat_item_new              (ScChat      *chat,
                                             guint        n_members);
const ScChat *sc_chat_item_get_chat         (ScChatItem  *self);
gint64        sc_chat_item_get_id           (ScChatItem  *self);
const char   *sc_chat_item_get_title        (ScChatItem  *self);
guint         sc_chat_item_get_n_members    (ScChatItem  *self);
/* Replaces the chat (same id, copied) and the count, and notifies "chat":
 * the tree shows an edit without being built again. */
void          sc_chat_item_update           (ScChatItem   *self,
                                             const ScChat *chat,
                                             guint         n_members);
/* (nullable): the sub-chats, NULL for a chat without any */
GListModel   *sc_chat_item_get_children     (ScChatItem  *self);

/* The tree of items from @chats, as sc_chat_store_list () orders them
 * (parents before their sub-chats, with depths); @counts as from
 * sc_chat_members_count_all () (may be NULL). Returns the root items. */
GListStore   *sc_chat_items_build           (GPtrArray   *chats,
                                             GHashTable  *counts);

G_END_DECLS

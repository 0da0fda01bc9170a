/* sc-chats-page.h — «Чаты»: the college's chat structure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-page.h"

G_BEGIN_DECLS

#define SC_TYPE_CHATS_PAGE (sc_chats_page_get_type ())
G_DECLARE_FINAL_TYPE (ScChatsPage, sc_chats_page, SC, CHATS_PAGE, ScPage)

/* Selects the chat (expanding the chats it is in); FALSE if it is not shown. */
gboolean    sc_chats_page_select_chat  (ScChatsPage *self,
                                        gint64       chat_id);
/* The selected chat's id, 0 for none. */
gint64      sc_chats_page_get_selected (ScChatsPage *self);
/* The rows of the tree as shown (GtkTreeListRow items). */
GListModel *sc_chats_page_get_rows     (ScChatsPage *self);

G_END_DECLS

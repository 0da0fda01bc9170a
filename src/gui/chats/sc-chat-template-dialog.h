/* sc-chat-template-dialog.h — «Сформировать по шаблону»
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-database.h"

G_BEGIN_DECLS

#define SC_TYPE_CHAT_TEMPLATE_DIALOG (sc_chat_template_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ScChatTemplateDialog, sc_chat_template_dialog, SC, CHAT_TEMPLATE_DIALOG, AdwWindow)

/* @people: ScPerson items, to name the administrators (may be NULL). The
 * dialog emits "applied" (guint n_added, gint64 first_new_chat_id) and
 * closes when the chats are added. */
ScChatTemplateDialog *sc_chat_template_dialog_new        (ScDatabase           *db,
                                                          GListModel           *people);
/* What the preview shows and what the button would add. */
guint                 sc_chat_template_dialog_get_n_shown  (ScChatTemplateDialog *self);
guint                 sc_chat_template_dialog_get_n_chosen (ScChatTemplateDialog *self);
/* Ticks or unticks the preview's item for @template_key; FALSE if not shown. */
gboolean              sc_chat_template_dialog_set_ticked   (ScChatTemplateDialog *self,
                                                            const char           *template_key,
                                                            gboolean              ticked);
/* What the button does. Returns the number of chats added, -1 on error. */
int                   sc_chat_template_dialog_apply        (ScChatTemplateDialog *self);

G_END_DECLS

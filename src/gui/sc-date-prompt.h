/* sc-date-prompt.h — ask for a date (and optionally a reason) before a change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called with the chosen date (YYYY-MM-DD) and reason, or not at all when
 * the person cancels. */
typedef void (*ScDatePromptFunc) (const char *date,
                                  const char *reason,
                                  gpointer    user_data);

void sc_date_prompt (GtkWidget        *parent,
                     const char       *heading,
                     const char       *body,
                     const char       *apply_label,
                     gboolean          ask_reason,
                     ScDatePromptFunc  func,
                     gpointer          user_data,
                     GDestroyNotify    destroy);

/* The same with a text entry labelled @text_label (NULL: none) holding
 * @text at first; its text comes as @reason. Submitting a report asks for
 * the outgoing number this way. */
void sc_date_prompt_with_text (GtkWidget        *parent,
                               const char       *heading,
                               const char       *body,
                               const char       *apply_label,
                               const char       *text_label,
                               const char       *text,
                               ScDatePromptFunc  func,
                               gpointer          user_data,
                               GDestroyNotify    destroy);

/* Appends to @box the date entry these prompts use: its title with what
 * is wrong with the date beside it («такой даты нет»), and a calendar
 * behind the entry's icon (or Alt+Down). */
GtkEntry *sc_date_prompt_add_date_entry (GtkBox     *box,
                                         const char *label,
                                         const char *text);

G_END_DECLS

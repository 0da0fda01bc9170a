/* sc-decline-prompt.h — ask for a refusal's date, reason and other channel
 *
 * «Отказ» is a choice the college records (issue 15): why the person
 * declined (нет смартфона, нет учётной записи Госуслуг, …, другое with its
 * words) and which other channel they get the college's news through. The
 * apply button stays off until the date is real and «другое» has its words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-people.h"

G_BEGIN_DECLS

/* Called with the refusal (its on_date and texts live until it returns),
 * or not at all when the person cancels. */
typedef void (*ScDeclinePromptFunc) (const ScStatusChange *change,
                                     gpointer              user_data);

/* Returns the dialog (already presented); its rows are named for tests:
 * "date", "reason", "reason-text", "channel" (g_object_get_data). */
AdwMessageDialog *sc_decline_prompt (GtkWidget           *parent,
                                     const char          *heading,
                                     ScDeclinePromptFunc  func,
                                     gpointer             user_data,
                                     GDestroyNotify       destroy);

G_END_DECLS

/* sc-platform-dialog.h — «Переход на MAX…»: the assistant that records the
 * college's move to MAX
 *
 * It asks for the day of the move, says what follows (who «needs to move»,
 * the VK Messenger chats that go to the archive, the months before that stay
 * as they were), and lets the coordinator tick the groups the platform
 * moved itself: their students are marked joined in MAX from that day.
 * Once the move is recorded it corrects its day, or marks more groups.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-database.h"

G_BEGIN_DECLS

#define SC_TYPE_PLATFORM_DIALOG (sc_platform_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ScPlatformDialog, sc_platform_dialog, SC, PLATFORM_DIALOG, AdwWindow)

/* "switched" (const char *message): recorded; the message suits a toast. */
ScPlatformDialog *sc_platform_dialog_new        (ScDatabase       *database);
/* The day field, the groups' check buttons by group code, and applying,
 * as the buttons do them (for tests). */
void              sc_platform_dialog_set_date   (ScPlatformDialog *self,
                                                 const char       *text);
gboolean          sc_platform_dialog_tick_group (ScPlatformDialog *self,
                                                 const char       *code);
gboolean          sc_platform_dialog_apply      (ScPlatformDialog *self);

G_END_DECLS

/* sc-test-ui.h — helpers shared by the UI tests: find widgets, wait for
 * frames, save screenshots under the build folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-import-assistant.h"

G_BEGIN_DECLS

void       sc_test_ui_init            (int        *argc,
                                       char     ***argv);
void       sc_test_ui_wait            (guint       milliseconds);
void       sc_test_ui_wait_frames     (GtkWidget  *widget,
                                       guint       n_frames);
GtkWidget *sc_test_ui_find            (GtkWidget  *root,
                                       GType       type,
                                       const char *title_or_label);
void       sc_test_ui_screenshot      (GtkWidget  *widget,
                                       const char *name);
GtkWindow *sc_test_ui_find_window     (GType       type);
/* Fails when two shown labels under @root share an access key (Alt+О for
 * both «_Отменить» and «_Отметить»); returns how many keys it saw. */
guint      sc_test_ui_assert_access_keys (GtkWidget *root);
/* Waits until the import assistant's check is done and drawn. */
void       sc_test_ui_wait_assistant  (ScImportAssistant *assistant);

G_END_DECLS

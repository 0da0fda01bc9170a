/* sc-test-ui.h — what the UI tests share: the application and its windows,
 * waiting for frames and windows, finding widgets, answering dialogs,
 * closing windows (and checking they are freed), screenshots under the
 * build folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-application.h"
#include "sc-import-assistant.h"
#include "sc-test-util.h"
#include "sc-window.h"

G_BEGIN_DECLS

/* gtk_test_init() in the locale of the environment (the tests run under
 * ru_RU.UTF-8 with the catalogue built here), in a fresh XDG_DATA_HOME,
 * with animations off: a revealer or a stack shows its end state at once,
 * so no test waits for a transition to finish. */
void           sc_test_ui_init            (int                *argc,
                                           char             ***argv);
/* The application, registered as an instance of its own: the UI tests
 * run side by side on one session bus. */
ScApplication *sc_test_ui_app_new         (void);
/* After g_test_run (): every window was closed; drops the application. */
void           sc_test_ui_app_finish      (ScApplication      *app);

/* A window of @app, @width × @height (0: its default size), presented and
 * drawn. */
ScWindow      *sc_test_ui_window_new      (ScApplication      *app,
                                           int                 width,
                                           int                 height);
/* Waits until @widget's frame clock has ticked @n_frames times (styled,
 * laid out, drawn), then dispatches what that made ready. */
void           sc_test_ui_wait_frames     (GtkWidget          *widget,
                                           guint               n_frames);
/* The newest shown toplevel of @type, or NULL. */
GtkWindow     *sc_test_ui_find_window     (GType               type);
/* Waits until a toplevel of @type is shown (an action opens it from an
 * idle or a finished task) and returns it; fails when none comes. */
GtkWindow     *sc_test_ui_wait_for_window (GType               type);
/* Closes @window as its close button does (close-request, then destroy)
 * and checks that nothing keeps it: waits until the last other reference
 * is gone (a task finishing, an idle), then g_assert_finalize_object ().
 * A leak fails here. */
void           sc_test_ui_close           (GtkWindow          *window);
/* For a window the application closes itself (a dialog once its work is
 * done): the test takes a reference (g_object_ref) while the window is
 * open, and this waits until every other reference is gone, then
 * g_assert_finalize_object (). */
void           sc_test_ui_assert_freed    (GtkWindow          *window);
/* What a click on a button of @dialog does: the response, then the dialog
 * closes. Its access keys must not clash, and it must be freed. */
void           sc_test_ui_respond         (AdwMessageDialog   *dialog,
                                           const char         *response);

/* Depth-first search for a widget of @type whose title or label is @text
 * (any when NULL). */
GtkWidget     *sc_test_ui_find            (GtkWidget          *root,
                                           GType               type,
                                           const char         *title_or_label);
/* Types @text into the AdwEntryRow titled @row_title under @root. */
void           sc_test_ui_type_into       (GtkWidget          *root,
                                           const char         *row_title,
                                           const char         *text);
/* Fails when two shown labels under @root share an access key (Alt+О for
 * both «_Отменить» and «_Отметить»); returns how many keys it saw. */
guint          sc_test_ui_assert_access_keys (GtkWidget       *root);
/* Waits until the import assistant's check is done and drawn. */
void           sc_test_ui_wait_assistant  (ScImportAssistant  *assistant);
/* Saves what @widget shows as <build>/tests/screenshots/<name>.png. */
void           sc_test_ui_screenshot      (GtkWidget          *widget,
                                           const char         *name);

G_END_DECLS

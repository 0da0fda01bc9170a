/* sc-window-loader.h — start the window from its module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Loads the window's module and runs the application; 1 with a message on
 * stderr when the module cannot be loaded. */
int sc_window_loader_run (int    argc,
                          char **argv);

G_END_DECLS

/* sc-window-module.c — the entry point of the window's module
 *
 * The program (src/main.c) links core and the command-line verbs only and
 * loads this module when no verb is given (src/sc-window-loader.c), so that
 * a verb never loads GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gmodule.h>

#include "sc-application.h"

G_MODULE_EXPORT int sc_window_module_run (int    argc,
                                          char **argv);

G_MODULE_EXPORT int
sc_window_module_run (int    argc,
                      char **argv)
{
  g_autoptr(ScApplication) app = sc_application_new ();

  return sc_application_run_with_args (app, argc, argv);
}

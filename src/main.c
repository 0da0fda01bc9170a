/* main.c — a verb on the command line runs without a display; else the window
 *
 * The program links core and the verbs only; the window lives in a module
 * loaded when no verb is given (sc-window-loader.c), so that a verb does not
 * load GTK's libraries.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sc-cli.h"
#include "sc-window-loader.h"

int
main (int    argc,
      char **argv)
{
  /* The tests' way to a catalogue that is not installed yet: a build tree's,
   * or an unpacked package's (tests/test-package.sh). */
  const char *localedir = g_getenv ("SC_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (sc_cli_wants (argc, argv))
    return sc_cli_run (argc, argv);
  return sc_window_loader_run (argc, argv);
}

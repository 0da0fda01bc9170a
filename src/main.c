/* main.c — a verb on the command line runs without a display; else the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sc-application.h"
#include "sc-cli.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(ScApplication) app = NULL;
  /* The tests' way to a catalogue that is not installed yet: a build tree's,
   * or an unpacked package's (tests/test-package.sh). */
  const char *localedir = g_getenv ("SC_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (sc_cli_wants (argc, argv))
    return sc_cli_run (argc, argv);

  app = sc_application_new ();
  return sc_application_run_with_args (app, argc, argv);
}

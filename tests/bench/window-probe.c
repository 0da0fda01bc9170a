/* window-probe.c — the program as main.c starts it (the window, --db
 * FILE), plus bench-frame.c's note of the first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "bench-frame.h"
#include "sc-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(ScApplication) app = NULL;
  const char *localedir = g_getenv ("SC_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sc_application_new ();
  bench_frame_watch (GTK_APPLICATION (app));
  return sc_application_run_with_args (app, argc, argv);
}

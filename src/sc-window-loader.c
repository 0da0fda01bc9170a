/* sc-window-loader.c — start the window from its module
 *
 * The module is looked for, in order: where $SC_WINDOW_MODULE says (tests,
 * development), beside the program (the build folder), then where it is
 * installed (MODULEDIR). Beside the program comes before the installed
 * one, so that a build never runs with an older installed window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-window-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>

#include "sc-window-loader.h"

#define MODULE_NAME "sferum-coordinator-window." G_MODULE_SUFFIX

typedef int (*ScWindowRunFunc) (int argc, char **argv);

static char *
beside_program (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;

  if (self == NULL)
    return NULL;
  dir = g_path_get_dirname (self);
  return g_build_filename (dir, MODULE_NAME, NULL);
}

static char *
find_module (void)
{
  const char *from_env = g_getenv ("SC_WINDOW_MODULE");
  g_autofree char *beside = NULL;

  if (from_env != NULL && *from_env != '\0')
    return g_strdup (from_env);
  beside = beside_program ();
  if (beside != NULL && g_file_test (beside, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&beside);
  return g_build_filename (MODULEDIR, MODULE_NAME, NULL);
}

int
sc_window_loader_run (int    argc,
                      char **argv)
{
  g_autofree char *path = find_module ();
  GModule *module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  ScWindowRunFunc run = NULL;

  if (module == NULL || !g_module_symbol (module, "sc_window_module_run", (gpointer *) &run))
    {
      /* Translators: %s is the technical reason from the system */
      g_printerr (_("The window of Sferum Coordinator could not be started: %s. "
                    "Reinstall the program; the command-line verbs still work "
                    "(sferum-coordinator --help).\n"),
                  g_module_error ());
      return 1;
    }
  /* The module stays loaded: GTypes it registered live as long as the process. */
  g_module_make_resident (module);
  return run (argc, argv);
}

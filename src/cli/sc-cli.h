/* sc-cli.h — the command-line verbs (DESIGN.md §8); no display needed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SC_CLI_OK = 0,
  SC_CLI_FAILED = 1,
  SC_CLI_USAGE = 2,
} ScCliStatus;

/* TRUE when argv asks for a verb, --help or --version rather than the window. */
gboolean sc_cli_wants (int    argc,
                       char **argv);
int      sc_cli_run   (int    argc,
                       char **argv);

G_END_DECLS

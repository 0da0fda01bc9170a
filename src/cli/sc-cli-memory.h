/* sc-cli-memory.h — huge pages for the command line's heap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void sc_cli_memory_prefer_huge_pages (gsize expected);

G_END_DECLS

/* sc-collate.h — Russian alphabetical order (ICU "ru": Ё sorts with Е)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A NUL-terminated key: strcmp() of two keys gives Russian dictionary order. */
char *sc_collate_key     (const char *text);
int   sc_collate_compare (const char *a,
                          const char *b);

G_END_DECLS

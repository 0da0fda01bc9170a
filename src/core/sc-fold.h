/* sc-fold.h — sc_text_clean and sc_text_fold for the import's hot loops
 *
 * The same results, appended to a buffer instead of allocated: Russian and
 * ASCII text take a byte-level path, anything else goes through sc-text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends sc_text_clean (@text). */
void     sc_clean_append (GString    *out,
                          const char *text);
/* Appends sc_text_fold (@text). */
void     sc_fold_append  (GString    *out,
                          const char *text);
/* TRUE when sc_text_clean (@text) is @text itself. */
gboolean sc_is_clean     (const char *text);
/* A string hash for long keys, as g_str_hash() is for short ones. */
guint    sc_key_hash     (gconstpointer key);

G_END_DECLS

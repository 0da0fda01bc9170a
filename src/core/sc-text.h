/* sc-text.h — comparing Russian names and words the way people do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lower case, «ё» → «е», runs of white space (including no-break space)
 * folded to one space, trimmed. For matching, never for display. */
char *sc_text_fold  (const char *text);
/* Trimmed, inner white space folded to one space; case and «ё» kept. */
char *sc_text_clean (const char *text);

/* The first letter in upper case, for headings: «ноябрь 2023» → «Ноябрь 2023». */
char *sc_text_capitalize (const char *text);

/* Appends sc_text_clean (@text). */
void     sc_text_clean_append (GString    *out,
                               const char *text);
/* Appends sc_text_fold (@text). */
void     sc_text_fold_append  (GString    *out,
                               const char *text);
/* TRUE when sc_text_clean (@text) is @text itself. */
gboolean sc_text_is_clean     (const char *text);
/* A string hash for long keys, as g_str_hash() is for short ones. */
guint    sc_text_key_hash     (gconstpointer key);

G_END_DECLS

/* sc-text.c — comparing Russian names and words the way people do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-text.h"

char *
sc_text_clean (const char *text)
{
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0xFEFF)
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

char *
sc_text_fold (const char *text)
{
  g_autofree char *clean = sc_text_clean (text);
  g_autofree char *lower = g_utf8_strdown (clean, -1);
  GString *out = g_string_sized_new (strlen (lower));

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (out, c == 0x0451 ? 0x0435 : c); /* ё → е */
    }
  return g_string_free (out, FALSE);
}

char *
sc_text_capitalize (const char *text)
{
  char first[8] = { 0 };

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

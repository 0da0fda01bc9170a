/* sc-text.c — comparing Russian names and words the way people do
 *
 * sc_text_clean () and sc_text_fold () say what clean and folded text is;
 * the *_append () forms do the same at the byte level for the import's hot
 * loops (and fall back to the former on anything they do not know).
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

/* ---- the import's hot loops ---------------------------------------------- */

/* What g_unichar_isspace calls space among ASCII. */
static inline gboolean
is_ascii_space (guchar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Cyrillic letters from U+0400 to U+047F start with these bytes; none of
 * them is a space. */
static inline gboolean
is_cyrillic_lead (guchar c)
{
  return c == 0xD0 || c == 0xD1;
}

/* Lower case and «ё» → «е» for А–Я, а–я, Ё, ё; FALSE for another letter. */
static gboolean
fold_cyrillic (guchar  lead,
               guchar  next,
               guchar *out)
{
  out[0] = 0xD0;
  if ((lead == 0xD0 && next == 0x81) || (lead == 0xD1 && next == 0x91))
    out[1] = 0xB5;                         /* Ё, ё → е */
  else if (lead == 0xD0 && next >= 0x90 && next <= 0x9F)
    out[1] = next + 0x20;                  /* А–П → а–п */
  else if (lead == 0xD0 && next >= 0xA0 && next <= 0xAF)
    out[0] = 0xD1, out[1] = next - 0x20;   /* Р–Я → р–я */
  else if (lead == 0xD0 && next >= 0xB0 && next <= 0xBF)
    out[1] = next;                         /* а–п */
  else if (lead == 0xD1 && next >= 0x80 && next <= 0x8F)
    out[0] = 0xD1, out[1] = next;          /* р–я */
  else
    return FALSE;
  return TRUE;
}

/* The byte-level pass, written straight into @out (the result is never
 * longer than @text); FALSE and @out as it was when @text holds something
 * it does not know. */
static gboolean
append_fast (GString    *out,
             const char *text,
             gboolean    fold)
{
  gsize start = out->len;
  guchar *dest, *begin;
  gboolean pending_space = FALSE;
  const guchar *p;

  g_string_set_size (out, start + strlen (text));
  begin = dest = (guchar *)out->str + start;
  for (p = (const guchar *)text; *p != '\0'; p++)
    {
      if (is_ascii_space (*p))
        {
          pending_space = dest > begin;
          continue;
        }
      if (pending_space)
        *dest++ = ' ';
      pending_space = FALSE;
      if (is_cyrillic_lead (*p))
        {
          if ((p[1] & 0xC0) != 0x80)
            break;
          if (!fold)
            dest[0] = p[0], dest[1] = p[1];
          else if (!fold_cyrillic (p[0], p[1], dest))
            break;
          dest += 2;
          p++;
        }
      else if (*p >= 0x80)
        break;
      else
        *dest++ = fold ? g_ascii_tolower (*p) : *p;
    }
  g_string_truncate (out, *p == '\0' ? start + (gsize)(dest - begin) : start);
  return *p == '\0';
}

void
sc_text_clean_append (GString    *out,
                      const char *text)
{
  g_autofree char *clean = NULL;

  if (text == NULL || append_fast (out, text, FALSE))
    return;
  clean = sc_text_clean (text);
  g_string_append (out, clean);
}

void
sc_text_fold_append (GString    *out,
                     const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL || append_fast (out, text, TRUE))
    return;
  folded = sc_text_fold (text);
  g_string_append (out, folded);
}

/* What a byte may be in clean text. */
enum
{
  BYTE_PLAIN,      /* ASCII other than a space */
  BYTE_SPACE,      /* ' ': not first, last or doubled */
  BYTE_CYRILLIC,   /* the lead byte of А–я, Ё, ё, … */
  BYTE_UNCLEAN     /* another ASCII space, or a byte the fast pass does not know */
};

static const guint8 *
byte_classes (void)
{
  static guint8 classes[256];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint c = 0; c < 256; c++)
        classes[c] = c == ' ' ? BYTE_SPACE
                   : is_ascii_space ((guchar)c) || c >= 0x80 ? BYTE_UNCLEAN
                   : BYTE_PLAIN;
      classes[0xD0] = classes[0xD1] = BYTE_CYRILLIC;
      g_once_init_leave (&done, 1);
    }
  return classes;
}

/* TRUE when sc_text_clean_append() would copy @text as it is: most cells of a
 * file, checked once each in a large import, so one table lookup a byte. */
gboolean
sc_text_is_clean (const char *text)
{
  const guint8 *classes = byte_classes ();
  const guchar *p = (const guchar *)text;

  if (*p == ' ')
    return FALSE;
  for (; *p != '\0'; p++)
    switch (classes[*p])
      {
      case BYTE_PLAIN:
        break;
      case BYTE_SPACE:
        if (p[1] == ' ' || p[1] == '\0')
          return FALSE;
        break;
      case BYTE_CYRILLIC:
        if ((p[1] & 0xC0) != 0x80)
          return FALSE;
        p++;
        break;
      default:
        return FALSE;
      }
  return TRUE;
}

/* A hash of @key eight bytes at a time: the people's name keys are some
 * 70 bytes, and g_str_hash() takes them a byte at a time (a tenth of the
 * planning of a 50 000-person import went on it). */
guint
sc_text_key_hash (gconstpointer key)
{
  const char *p = key;
  gsize len = strlen (p);
  guint64 h = 0x9E3779B97F4A7C15ull ^ len;
  guint64 word;

  for (; len >= 8; p += 8, len -= 8)
    {
      memcpy (&word, p, 8);
      h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
  word = 0;
  memcpy (&word, p, len);
  h = (h ^ word) * 0x94D049BB133111EBull;
  h ^= h >> 32;
  return (guint)h;
}

/* sc-format.c — numbers as Russian readers expect them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-format.h"

#define NARROW_NBSP "\u202f"

double
sc_percent (guint part,
            guint whole)
{
  if (whole == 0)
    return 0.0;
  return round (1000.0 * part / whole) / 10.0;
}

char *
sc_format_percent (double value)
{
  long tenths = lround (value * 10.0);

  return g_strdup_printf ("%ld,%ld" NARROW_NBSP "%%", tenths / 10, labs (tenths % 10));
}

char *
sc_format_count (guint value)
{
  g_autofree char *digits = g_strdup_printf ("%u", value);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, NARROW_NBSP);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

char *
sc_format_phone (const char *phone)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *d;

  if (phone == NULL)
    return g_strdup ("");
  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (strchr ("+-() .\t", *p) == NULL)
        return g_strstrip (g_strdup (phone));   /* "доб. 12", letters: as typed */
    }
  d = digits->str;
  if (digits->len == 11 && (d[0] == '7' || d[0] == '8') && d[1] == '9')
    d++;
  else if (!(digits->len == 10 && d[0] == '9'))
    return g_strstrip (g_strdup (phone));
  return g_strdup_printf ("+7 (%.3s) %.3s-%.2s-%.2s", d, d + 3, d + 6, d + 8);
}

/* The digits of @text, FALSE when anything but digits, a leading «+»
 * and separators is in it. */
static gboolean
phone_digits (const char *text,
              GString    *digits,
              gboolean   *plus)
{
  *plus = FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+' && digits->len == 0 && !*plus)
        *plus = TRUE;
      else if (strchr (" -().", *p) == NULL)
        return FALSE;
    }
  return TRUE;
}

gboolean
sc_phone_check (const char  *text,
                char       **stored)
{
  g_autofree char *clean = g_strstrip (g_strdup (text ? text : ""));
  g_autoptr(GString) digits = g_string_new (NULL);
  char *extension;
  const char *d;
  gboolean plus;

  if (stored != NULL)
    *stored = NULL;
  if ((extension = strstr (clean, "доб")) != NULL)
    *extension = '\0';
  if (!phone_digits (clean, digits, &plus))
    return FALSE;
  d = digits->str;
  if (digits->len == 0 && extension == NULL)
    {
      if (stored != NULL)
        *stored = g_strdup ("");
      return TRUE;
    }
  if (digits->len == 11 && (d[0] == '7' || (d[0] == '8' && !plus)))
    d++;
  else if (!(digits->len == 10 && !plus) && !(plus && d[0] != '7' && digits->len >= 8 && digits->len <= 15))
    return FALSE;
  if (stored != NULL)
    {
      g_autofree char *typed = g_strstrip (g_strdup (text));
      /* a mobile number kept as the import keeps it; others as typed */
      *stored = d != digits->str || (digits->len == 10 && !plus)
                ? (d[0] == '9' && extension == NULL ? g_strconcat ("+7", d, NULL) : g_steal_pointer (&typed))
                : g_steal_pointer (&typed);
    }
  return TRUE;
}

char *
sc_format_file_name (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name != NULL ? name : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c < 0x80 && strchr ("/\\:*?\"<>|", (int)c) != NULL))
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

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

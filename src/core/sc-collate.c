/* sc-collate.c — Russian alphabetical order through ICU
 *
 * Code-point order puts «Ё» after «Я» and every capital before every small
 * letter; a person looking for «Ёлкина» expects her among the «Е».
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>

#include "sc-collate.h"

static GMutex lock;

static UCollator *
get_collator (void)
{
  static UCollator *collator;
  UErrorCode status = U_ZERO_ERROR;

  if (collator == NULL)
    {
      collator = ucol_open ("ru", &status);
      if (U_FAILURE (status))
        g_error ("ICU has no collation for Russian: %s", u_errorName (status));
    }
  return collator;
}

static gunichar2 *
to_utf16 (const char *text,
          int32_t    *len)
{
  UErrorCode status = U_ZERO_ERROR;
  gunichar2 *out;

  u_strFromUTF8 (NULL, 0, len, text, -1, &status);
  status = U_ZERO_ERROR;
  out = g_new0 (gunichar2, *len + 1);
  u_strFromUTF8 (out, *len + 1, NULL, text, -1, &status);
  if (U_FAILURE (status))
    *len = 0;
  return out;
}

char *
sc_collate_key (const char *text)
{
  int32_t len = 0, size;
  g_autofree gunichar2 *utf16 = to_utf16 (text ? text : "", &len);
  uint8_t stack[256];
  char *key;

  g_mutex_lock (&lock);
  size = ucol_getSortKey (get_collator (), utf16, len, stack, sizeof stack);
  if (size <= (int32_t)sizeof stack)
    key = g_memdup2 (stack, size);
  else
    {
      key = g_malloc (size);
      ucol_getSortKey (get_collator (), utf16, len, (uint8_t *)key, size);
    }
  g_mutex_unlock (&lock);
  return key;
}

/* Compares in place: the same order as the keys' (ICU promises it), without
 * making two keys for every comparison of a sort. */
int
sc_collate_compare (const char *a,
                    const char *b)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result;

  g_mutex_lock (&lock);
  result = ucol_strcollUTF8 (get_collator (), a ? a : "", -1, b ? b : "", -1, &status);
  g_mutex_unlock (&lock);
  if (U_FAILURE (status))
    return g_strcmp0 (a, b);
  return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

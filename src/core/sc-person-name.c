/* sc-person-name.c — a person's name as rosters write it, and as we match it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-person-name.h"
#include "sc-text.h"

#define KEY_SEPARATOR "\x1f"

void
sc_person_name_split (const char  *full_name,
                      char       **last_name,
                      char       **first_name,
                      char       **patronymic)
{
  g_autofree char *clean = sc_text_clean (full_name);
  char *first_space, *second_space = NULL;

  g_return_if_fail (last_name != NULL && first_name != NULL && patronymic != NULL);

  /* sc_text_clean leaves single ASCII spaces between words. */
  first_space = strchr (clean, ' ');
  if (first_space != NULL)
    {
      *first_space = '\0';
      second_space = strchr (first_space + 1, ' ');
      if (second_space != NULL)
        *second_space = '\0';
    }
  *last_name = g_strdup (clean);
  *first_name = g_strdup (first_space != NULL ? first_space + 1 : "");
  *patronymic = g_strdup (second_space != NULL ? second_space + 1 : "");
}

char *
sc_person_name_join (const char *last_name,
                     const char *first_name,
                     const char *patronymic)
{
  g_autofree char *joined = g_strjoin (" ", last_name ? last_name : "",
                                       first_name ? first_name : "",
                                       patronymic ? patronymic : "", NULL);
  return sc_text_clean (joined);
}

char *
sc_person_name_key (const char *last_name,
                    const char *first_name,
                    const char *patronymic)
{
  g_autofree char *last = sc_text_fold (last_name);
  g_autofree char *first = sc_text_fold (first_name);
  g_autofree char *patr = sc_text_fold (patronymic);

  return g_strjoin (KEY_SEPARATOR, last, first, patr, NULL);
}

/* sc-person-name.c — a person's name as lists of people write it, and as we match it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-i18n.h"
#include "sc-person-name.h"
#include "sc-text.h"

#define KEY_SEPARATOR "\x1f"

void
sc_person_name_split (const char  *full_name,
                      char       **last_name,
                      char       **first_name,
                      char       **patronymic)
{
  g_autoptr(GString) buffer = g_string_new (NULL);
  char *clean, *first_space, *second_space = NULL;

  g_return_if_fail (last_name != NULL && first_name != NULL && patronymic != NULL);

  /* Cleaning leaves single ASCII spaces between words. */
  sc_text_clean_append (buffer, full_name);
  clean = buffer->str;
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

void
sc_person_name_key_append (GString    *out,
                           const char *last_name,
                           const char *first_name,
                           const char *patronymic)
{
  sc_text_fold_append (out, last_name);
  g_string_append (out, KEY_SEPARATOR);
  sc_text_fold_append (out, first_name);
  g_string_append (out, KEY_SEPARATOR);
  sc_text_fold_append (out, patronymic);
}

char *
sc_person_name_key (const char *last_name,
                    const char *first_name,
                    const char *patronymic)
{
  GString *key = g_string_new (NULL);

  sc_person_name_key_append (key, last_name, first_name, patronymic);
  return g_string_free (key, FALSE);
}

static gboolean
ends_with_any (const char        *text,
               const char *const *endings)
{
  for (gsize i = 0; endings[i] != NULL; i++)
    if (g_str_has_suffix (text, endings[i]))
      return TRUE;
  return FALSE;
}

ScPersonSex
sc_person_name_sex (const char *patronymic)
{
  /* «Ильич», «Ильинична», «Гасан оглы», «Айгуль кызы»: the ending decides. */
  static const char *const male[] = { "ич", "оглы", "оглу", "улы", "уулу", NULL };
  static const char *const female[] = { "вна", "чна", "кызы", "гызы", NULL };
  g_autofree char *folded = sc_text_fold (patronymic ? patronymic : "");

  if (ends_with_any (folded, male))
    return SC_PERSON_SEX_MALE;
  if (ends_with_any (folded, female))
    return SC_PERSON_SEX_FEMALE;
  return SC_PERSON_SEX_UNKNOWN;
}

char *
sc_person_name_describe_left (const char *patronymic,
                              const char *date)
{
  switch (sc_person_name_sex (patronymic))
    {
    case SC_PERSON_SEX_MALE:
      /* Translators: instead of a status, a man who left: «Выбыл с 05.12.2023». */
      return g_strdup_printf (C_("left, he", "Left on %s"), date);
    case SC_PERSON_SEX_FEMALE:
      /* Translators: instead of a status, a woman who left: «Выбыла с 05.12.2023». */
      return g_strdup_printf (C_("left, she", "Left on %s"), date);
    case SC_PERSON_SEX_UNKNOWN:
    default:
      /* Translators: instead of a status, someone who left whose sex the name
       * does not tell: «Дата выбытия: 05.12.2023». */
      return g_strdup_printf (_("Left on %s"), date);
    }
}

#define NBSP "\u00a0"

/* «А.С.» → «А.», «С.»; a word with no dot is left alone. */
static void
add_words (GPtrArray  *words,
           const char *word)
{
  g_auto(GStrv) parts = NULL;

  if (strchr (word, '.') == NULL || g_str_has_suffix (word, ".") == FALSE)
    {
      g_ptr_array_add (words, g_strdup (word));
      return;
    }
  parts = g_strsplit (word, ".", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (words, g_strconcat (parts[i], ".", NULL));
}

static char *
initial_of (const char *word)
{
  gunichar c = g_utf8_get_char (word);
  char buf[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_toupper (c), buf);
  return g_strconcat (buf, ".", NULL);
}

char *
sc_person_name_signature (const char *full_name)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) split = NULL;
  g_autofree char *clean = sc_text_clean (full_name ? full_name : "");
  const char *last = NULL;

  split = g_strsplit (clean, " ", -1);
  for (guint i = 0; split[i] != NULL; i++)
    if (*split[i] != '\0')
      add_words (words, split[i]);
  if (words->len <= 1)
    return g_strdup (clean);
  /* The last name is the one word without a dot: the first, unless the
   * initials come first («А. С. Петрова»). */
  last = g_str_has_suffix (words->pdata[0], ".") ? words->pdata[words->len - 1] : words->pdata[0];
  for (guint i = 0; i < words->len; i++)
    {
      const char *word = words->pdata[i];
      g_autofree char *initial = NULL;

      if (word == last)
        continue;
      initial = g_str_has_suffix (word, ".") ? g_strdup (word) : initial_of (word);
      g_string_append_printf (out, "%s" NBSP, initial);
    }
  g_string_append (out, last);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

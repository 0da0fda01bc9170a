/* sc-roster-values.c — the words and numbers roster cells hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-roster-values.h"
#include "sc-text.h"

typedef struct
{
  const char *word;   /* folded */
  const char *value;
} Word;

/* Folded (lower case, «е» for «ё»); our own words are accepted too, so a
 * file the app wrote reads back. */
static const Word categories[] = {
  { "преподаватель", "teacher" }, { "преподаватели", "teacher" },
  { "педагог", "teacher" }, { "педагоги", "teacher" },
  { "педагогический работник", "teacher" }, { "педагогические работники", "teacher" },
  { "мастер п/о", "teacher" }, { "мастер производственного обучения", "teacher" },
  { "куратор", "teacher" }, { "teacher", "teacher" },
  { "студент", "student" }, { "студентка", "student" }, { "студенты", "student" },
  { "обучающийся", "student" }, { "обучающаяся", "student" }, { "обучающиеся", "student" },
  { "учащийся", "student" }, { "учащаяся", "student" }, { "учащиеся", "student" },
  { "student", "student" },
  { "сотрудник", "staff" }, { "сотрудница", "staff" }, { "сотрудники", "staff" },
  { "staff", "staff" },
  { "родитель", "parent" }, { "родители", "parent" }, { "parent", "parent" },
};

static const Word statuses[] = {
  { "подключен", "joined" }, { "подключена", "joined" }, { "да", "joined" },
  { "+", "joined" }, { "joined", "joined" },
  { "приглашен", "invited" }, { "приглашена", "invited" }, { "invited", "invited" },
  { "отказ", "declined" }, { "отказался", "declined" }, { "отказалась", "declined" },
  { "declined", "declined" },
  { "не подключен", "not_invited" }, { "не подключена", "not_invited" },
  { "не приглашен", "not_invited" }, { "не приглашена", "not_invited" },
  { "нет", "not_invited" }, { "-", "not_invited" }, { "", "not_invited" },
  { "not_invited", "not_invited" },
};

/* Folded, with trailing dots dropped: «Студ.» is not a word we guess, but
 * «студент.» is «студент». */
static char *
word_key (const char *text)
{
  char *key = sc_text_fold (text);
  gsize len = strlen (key);

  while (len > 0 && key[len - 1] == '.')
    key[--len] = '\0';
  return g_strchomp (key);
}

static const char *
lookup (const Word *words,
        gsize       n_words,
        const char *text)
{
  g_autofree char *key = word_key (text);

  for (gsize i = 0; i < n_words; i++)
    if (strcmp (words[i].word, key) == 0)
      return words[i].value;
  return NULL;
}

const char *
sc_roster_category_from_text (const char *text)
{
  return lookup (categories, G_N_ELEMENTS (categories), text);
}

const char *
sc_roster_status_from_text (const char *text)
{
  return lookup (statuses, G_N_ELEMENTS (statuses), text);
}

/* The digits of @text when it holds only digits, one leading '+', spaces,
 * dashes, dots and brackets; NULL otherwise. */
static char *
phone_digits (const char *text)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+' && digits->len == 0 && p == text)
        g_string_append_c (digits, '+');
      else if (strchr (" -().", *p) == NULL)
        return (g_string_free (digits, TRUE), NULL);
    }
  return g_string_free (digits, FALSE);
}

static gboolean
all_digits (const char *text,
            gsize       n)
{
  if (strlen (text) != n)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

char *
sc_phone_normalize (const char *text)
{
  g_autofree char *clean = sc_text_clean (text);
  g_autofree char *digits = phone_digits (clean);
  const char *national = NULL;

  if (digits == NULL)
    return g_steal_pointer (&clean);
  if (g_str_has_prefix (digits, "+7") && all_digits (digits + 2, 10))
    national = digits + 2;
  else if ((digits[0] == '8' || digits[0] == '7') && all_digits (digits, 11))
    national = digits + 1;
  else if (all_digits (digits, 10))
    national = digits;
  if (national == NULL)
    return g_steal_pointer (&clean);
  return g_strconcat ("+7", national, NULL);
}

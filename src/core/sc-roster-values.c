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

/* The national ten digits of +7…, 8… or 7… written with ASCII digits,
 * spaces, dashes, dots and brackets only; FALSE for anything else. */
static gboolean
russian_number (const char *text,
                char        national[11])
{
  char digits[12];
  gsize n = 0;
  gboolean plus = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) && n < sizeof digits)
        digits[n++] = *p;
      else if (*p == '+' && n == 0 && !plus)
        plus = TRUE;
      else if (strchr (" -().", *p) == NULL)
        return FALSE;
    }
  if (n == 11 && (digits[0] == '7' || (digits[0] == '8' && !plus)))
    memcpy (national, digits + 1, 10);
  else if (n == 10 && !plus)
    memcpy (national, digits, 10);
  else
    return FALSE;
  national[10] = '\0';
  return TRUE;
}

/* No-break spaces and the like are cleaned away before a second look. */
char *
sc_phone_normalize (const char *text)
{
  g_autofree char *clean = NULL;
  char national[11];

  if (text != NULL && russian_number (text, national))
    return g_strconcat ("+7", national, NULL);
  clean = sc_text_clean (text);
  if (russian_number (clean, national))
    return g_strconcat ("+7", national, NULL);
  return g_steal_pointer (&clean);
}

/* sc-people-import-values.c — the words and numbers list of people cells hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-enums.h"
#include "sc-people-import-values.h"
#include "sc-text.h"

typedef struct
{
  const char *word;   /* folded */
  int         value;  /* ScCategory or ScStatus */
} Word;

/* Folded (lower case, «е» for «ё»); our own words are accepted too, so a
 * file the app wrote reads back. */
static const Word categories[] = {
  { "преподаватель", SC_CATEGORY_TEACHER }, { "преподаватели", SC_CATEGORY_TEACHER },
  { "педагог", SC_CATEGORY_TEACHER }, { "педагоги", SC_CATEGORY_TEACHER },
  { "педагогический работник", SC_CATEGORY_TEACHER }, { "педагогические работники", SC_CATEGORY_TEACHER },
  { "мастер п/о", SC_CATEGORY_TEACHER }, { "мастер производственного обучения", SC_CATEGORY_TEACHER },
  { "куратор", SC_CATEGORY_TEACHER }, { "teacher", SC_CATEGORY_TEACHER },
  { "студент", SC_CATEGORY_STUDENT }, { "студентка", SC_CATEGORY_STUDENT }, { "студенты", SC_CATEGORY_STUDENT },
  { "обучающийся", SC_CATEGORY_STUDENT }, { "обучающаяся", SC_CATEGORY_STUDENT }, { "обучающиеся", SC_CATEGORY_STUDENT },
  { "учащийся", SC_CATEGORY_STUDENT }, { "учащаяся", SC_CATEGORY_STUDENT }, { "учащиеся", SC_CATEGORY_STUDENT },
  { "student", SC_CATEGORY_STUDENT },
  { "сотрудник", SC_CATEGORY_STAFF }, { "сотрудница", SC_CATEGORY_STAFF }, { "сотрудники", SC_CATEGORY_STAFF },
  { "staff", SC_CATEGORY_STAFF },
  { "родитель", SC_CATEGORY_PARENT }, { "родители", SC_CATEGORY_PARENT }, { "parent", SC_CATEGORY_PARENT },
};

static const Word statuses[] = {
  { "подключен", SC_STATUS_JOINED }, { "подключена", SC_STATUS_JOINED }, { "да", SC_STATUS_JOINED },
  { "+", SC_STATUS_JOINED }, { "joined", SC_STATUS_JOINED },
  { "приглашен", SC_STATUS_INVITED }, { "приглашена", SC_STATUS_INVITED }, { "invited", SC_STATUS_INVITED },
  { "отказ", SC_STATUS_DECLINED }, { "отказался", SC_STATUS_DECLINED }, { "отказалась", SC_STATUS_DECLINED },
  { "declined", SC_STATUS_DECLINED },
  { "не подключен", SC_STATUS_NOT_INVITED }, { "не подключена", SC_STATUS_NOT_INVITED },
  { "не приглашен", SC_STATUS_NOT_INVITED }, { "не приглашена", SC_STATUS_NOT_INVITED },
  { "нет", SC_STATUS_NOT_INVITED }, { "-", SC_STATUS_NOT_INVITED }, { "", SC_STATUS_NOT_INVITED },
  { "not_invited", SC_STATUS_NOT_INVITED },
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

static int
lookup (const Word *words,
        gsize       n_words,
        const char *text)
{
  g_autofree char *key = word_key (text);

  for (gsize i = 0; i < n_words; i++)
    if (strcmp (words[i].word, key) == 0)
      return words[i].value;
  return -1;
}

const char *
sc_people_import_category_from_text (const char *text)
{
  int category = lookup (categories, G_N_ELEMENTS (categories), text);
  return category >= 0 ? sc_category_to_code (category) : NULL;
}

const char *
sc_people_import_status_from_text (const char *text)
{
  int status = lookup (statuses, G_N_ELEMENTS (statuses), text);
  return status >= 0 ? sc_status_to_code (status) : NULL;
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

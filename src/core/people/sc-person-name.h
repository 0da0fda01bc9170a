/* sc-person-name.h — a person's name as lists of people write it, and as we match it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SC_PERSON_SEX_UNKNOWN,
  SC_PERSON_SEX_MALE,
  SC_PERSON_SEX_FEMALE,
} ScPersonSex;

/* Splits one «ФИО» cell on white space: the first word is the last name, the
 * second the first name, the rest the patronymic («Гасан оглы»). Each part
 * is cleaned (sc_text_clean); missing parts are "". */
void  sc_person_name_split  (const char  *full_name,
                             char       **last_name,
                             char       **first_name,
                             char       **patronymic);

/* "Last First Patronymic", cleaned, without the empty parts. */
char *sc_person_name_join   (const char  *last_name,
                             const char  *first_name,
                             const char  *patronymic);

/* A key for matching: the three parts folded (case, «ё», spaces) and joined
 * by a separator no name contains. Equal keys mean the same written name. */
char *sc_person_name_key    (const char  *last_name,
                             const char  *first_name,
                             const char  *patronymic);
/* The same key, appended to @out: for loops over many names. */
void  sc_person_name_key_append (GString *out,
                                 const char  *last_name,
                                 const char  *first_name,
                                 const char  *patronymic);

/* The sex a patronymic tells, so that Russian can say «Выбыл» or «Выбыла»:
 * «-вич», «-ич», «оглы», «улы», «уулу» for a man; «-вна», «-чна», «кызы»,
 * «гызы» for a woman; unknown for anything else (empty, «С.», foreign). */
ScPersonSex sc_person_name_sex  (const char  *patronymic);

/* Instead of a status for someone who left, @date as shown: «Выбыл с
 * 05.12.2023» or «Выбыла с …» as the patronymic tells, else «Дата выбытия:
 * 05.12.2023». */
char *sc_person_name_describe_left (const char *patronymic,
                                    const char *date);

/* The name under a signature (ГОСТ Р 7.0.97-2016): initials, then the last
 * name, «А. С. Петрова», with no-break spaces so it never splits. Takes
 * «Петрова Анна Сергеевна», «Петрова А. С.», «Петрова А.С.» or «А. С.
 * Петрова»; a single word comes back as it is. */
char *sc_person_name_signature (const char *full_name);

G_END_DECLS

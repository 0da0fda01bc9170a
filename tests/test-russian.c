/* test-russian.c — what the code decides of the Russian a user reads: «Выбыл»
 * or «Выбыла» from the patronymic. Runs with the catalogue built in this tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sc-person-name.h"

static void
test_sex (void)
{
  static const struct { const char *patronymic; ScPersonSex sex; } cases[] = {
    { "Сергеевич", SC_PERSON_SEX_MALE },
    { "Ильич", SC_PERSON_SEX_MALE },
    { "Кузьмич", SC_PERSON_SEX_MALE },
    { "ПЕТРОВИЧ", SC_PERSON_SEX_MALE },
    { "Гасан оглы", SC_PERSON_SEX_MALE },
    { "Нурлан улы", SC_PERSON_SEX_MALE },
    { "Сергеевна", SC_PERSON_SEX_FEMALE },
    { "Ильинична", SC_PERSON_SEX_FEMALE },
    { "Фоминична ", SC_PERSON_SEX_FEMALE },
    { "Рашид кызы", SC_PERSON_SEX_FEMALE },
    { "", SC_PERSON_SEX_UNKNOWN },
    { NULL, SC_PERSON_SEX_UNKNOWN },
    { "С.", SC_PERSON_SEX_UNKNOWN },
    { "Мария", SC_PERSON_SEX_UNKNOWN },
    { "John", SC_PERSON_SEX_UNKNOWN },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].patronymic ? cases[i].patronymic : "(null)");
      g_assert_cmpint (sc_person_name_sex (cases[i].patronymic), ==, cases[i].sex);
    }
}

static void
test_left (void)
{
  g_autofree char *he = sc_person_name_describe_left ("Иванович", "05.12.2023");
  g_autofree char *she = sc_person_name_describe_left ("Сергеевна", "05.12.2023");
  g_autofree char *unknown = sc_person_name_describe_left ("", "05.12.2023");

  g_assert_cmpstr (he, ==, "Выбыл с 05.12.2023");
  g_assert_cmpstr (she, ==, "Выбыла с 05.12.2023");
  g_assert_cmpstr (unknown, ==, "Дата выбытия: 05.12.2023");
}

int
main (int    argc,
      char **argv)
{
  /* Russian from the catalogue built here, whatever the machine's locale. */
  setlocale (LC_ALL, "");
  if (g_getenv ("SC_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SC_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/russian/sex", test_sex);
  g_test_add_func ("/sc/russian/left", test_left);
  return g_test_run ();
}

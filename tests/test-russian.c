/* test-russian.c — what the code decides of the Russian a user reads: «Выбыл»
 * or «Выбыла» from the patronymic, and the spaces that must not break in
 * dates, numbers and percents. Runs with the catalogue built in this tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sc-date.h"
#include "sc-format.h"
#include "sc-person-name.h"
#include "sc-report.h"
#include "sc-test-util.h"

#define NBSP "\u00a0"
#define NARROW_NBSP "\u202f"

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

static void
test_dates (void)
{
  g_autofree char *day = sc_date_format_long ("2023-12-05");
  g_autofree char *period = sc_report_format_period ("2023-11");
  g_autofree char *week = sc_date_format_week ("2023-11-27");
  g_autofree char *inside = sc_date_format_week ("2023-11-06");

  /* «г.» never wraps alone, nor the day away from its month. */
  g_assert_cmpstr (day, ==, "5" NBSP "декабря 2023" NBSP "г.");
  g_assert_cmpstr (period, ==, "за ноябрь 2023" NBSP "г.");
  g_assert_cmpstr (week, ==, "27" NBSP "ноября – 3" NBSP "декабря 2023");
  g_assert_cmpstr (inside, ==, "6–12" NBSP "ноября 2023");
}

static void
test_numbers (void)
{
  g_autofree char *pct = sc_format_percent (96.8);
  g_autofree char *whole = sc_format_percent (100.0);
  g_autofree char *count = sc_format_count (1240);
  g_autofree char *large = sc_format_count (1059000);
  g_autofree char *small = sc_format_count (999);

  g_assert_cmpstr (pct, ==, "96,8" NARROW_NBSP "%");
  g_assert_cmpstr (whole, ==, "100,0" NARROW_NBSP "%");
  g_assert_cmpstr (count, ==, "1" NARROW_NBSP "240");
  g_assert_cmpstr (large, ==, "1" NARROW_NBSP "059" NARROW_NBSP "000");
  g_assert_cmpstr (small, ==, "999");
}

/* Sentences whose numbers and signs are written into the translation. */
static void
test_sentences (void)
{
  g_autofree char *day = sc_date_format_long ("2023-11-15");
  g_autofree char *deadline = g_strdup_printf (_("Deadline for 100 %%: %s — today"), day);
  g_autofree char *order = g_strdup_printf (_("Coordinator appointed by order No. %s of %s"),
                                            "45", "10.11.2023");
  g_autofree char *big = g_strdup_printf (_("The file is larger than %d MB. Check that you chose the right file; keep only the list to import and save it again."), 20);

  g_assert_cmpstr (deadline, ==, "Срок 100" NARROW_NBSP "%: 15" NBSP "ноября 2023" NBSP "г. — сегодня");
  g_assert_cmpstr (order, ==, "Координатор назначен приказом №" NBSP "45 от 10.11.2023");
  g_assert_true (g_str_has_prefix (big, "Файл больше 20" NBSP "МБ."));
  g_assert_cmpstr (_("The weekly norm of messages must be between 0 and 10 000."), ==,
                   "Недельный норматив сообщений должен быть от 0 до 10" NARROW_NBSP "000.");
}

int
main (int    argc,
      char **argv)
{
  /* The locale the suite gives (ru_RU.UTF-8 or C.UTF-8), as a user's PC,
   * and the Russian of the catalogue built here. */
  sc_test_init (&argc, &argv);
  g_test_add_func ("/sc/russian/sex", test_sex);
  g_test_add_func ("/sc/russian/left", test_left);
  g_test_add_func ("/sc/russian/dates", test_dates);
  g_test_add_func ("/sc/russian/numbers", test_numbers);
  g_test_add_func ("/sc/russian/sentences", test_sentences);
  return g_test_run ();
}

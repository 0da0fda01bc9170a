/* test-text.c — matching names the way people write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-format.h"
#include "sc-organization.h"
#include "sc-person-name.h"
#include "sc-report-text.h"
#include "sc-text.h"

#define NBSP "\u00a0"

static void
test_fold (void)
{
  g_autofree char *a = sc_text_fold ("  Алёна   ЁЛКИНА ");
  g_autofree char *b = sc_text_fold ("алена\u00a0елкина");
  g_autofree char *c = sc_text_fold (NULL);

  g_assert_cmpstr (a, ==, "алена елкина");
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (c, ==, "");
}

static void
test_clean (void)
{
  g_autofree char *a = sc_text_clean ("\t Ёлкина \u00a0 Алёна\r\n");

  g_assert_cmpstr (a, ==, "Ёлкина Алёна");
}

static void
test_capitalize (void)
{
  g_autofree char *month = sc_text_capitalize ("ноябрь 2023");
  g_autofree char *yo = sc_text_capitalize ("ёлка");
  g_autofree char *empty = sc_text_capitalize ("");
  g_autofree char *none = sc_text_capitalize (NULL);

  g_assert_cmpstr (month, ==, "Ноябрь 2023");
  g_assert_cmpstr (yo, ==, "Ёлка");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (none, ==, "");
}

/* «И. О. Фамилия» under a signature, whatever way the name was typed. */
static void
test_signature_name (void)
{
  const char *cases[][2] = {
    { "Петрова Анна Сергеевна", "А." NBSP "С." NBSP "Петрова" },
    { "  петрова  анна  сергеевна ", "А." NBSP "С." NBSP "петрова" },
    { "Петрова А. С.", "А." NBSP "С." NBSP "Петрова" },
    { "Петрова А.С.", "А." NBSP "С." NBSP "Петрова" },
    { "А. С. Петрова", "А." NBSP "С." NBSP "Петрова" },
    { "Петрова Анна", "А." NBSP "Петрова" },
    { "Мамедов Гасан Али оглы", "Г." NBSP "А." NBSP "О." NBSP "Мамедов" },
    { "Петрова", "Петрова" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *signed_name = sc_person_name_signature (cases[i][0]);
      g_assert_cmpstr (signed_name, ==, cases[i][1]);
    }
}

static void
test_phone (void)
{
  const char *cases[][2] = {
    { "89635664264", "+7 (963) 566-42-64" },
    { "+7 963 566 42 64", "+7 (963) 566-42-64" },
    { "8 (963) 566-42-64", "+7 (963) 566-42-64" },
    { "9635664264", "+7 (963) 566-42-64" },
    { "(4822) 12-34-56", "(4822) 12-34-56" },       /* a city number: as typed */
    { "8 4822 12-34-56", "8 4822 12-34-56" },
    { "+375 29 123-45-67", "+375 29 123-45-67" },   /* foreign */
    { "8 963 566-42-64 доб. 2", "8 963 566-42-64 доб. 2" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *phone = sc_format_phone (cases[i][0]);
      g_assert_cmpstr (phone, ==, cases[i][1]);
    }
}

/* What the person editor and the profile accept as a phone, and keep. */
static void
test_phone_check (void)
{
  const char *good[][2] = {
    { "", "" },
    { "89635664264", "+79635664264" },
    { " +7 (963) 566-42-64 ", "+79635664264" },
    { "9635664264", "+79635664264" },
    { "8 (4822) 12-34-56", "8 (4822) 12-34-56" },   /* a city number: as typed */
    { "+375 29 123-45-67", "+375 29 123-45-67" },   /* foreign */
    { "8 963 566-42-64 доб. 2", "8 963 566-42-64 доб. 2" },
  };
  const char *bad[] = { "123", "8 963 566", "+7 963 566-42-6", "89635664264 0", "звонить в учебную часть",
                        "+7 963 566-42-64-99", "8-800" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *stored = NULL;
      g_assert_true (sc_phone_check (good[i][0], &stored));
      g_assert_cmpstr (stored, ==, good[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *stored = NULL;
      if (sc_phone_check (bad[i], &stored))
        g_error ("«%s» passed as a phone", bad[i]);
      g_assert_null (stored);
    }
}

/* The check digits of the tax service; 10 digits for an organization, 12
 * for a person. */
static void
test_inn (void)
{
  g_assert_true (sc_organization_inn_is_valid ("7707083893"));
  g_assert_true (sc_organization_inn_is_valid ("6950123450"));
  g_assert_true (sc_organization_inn_is_valid ("500100732259"));
  g_assert_false (sc_organization_inn_is_valid ("7707083894"));    /* last digit */
  g_assert_false (sc_organization_inn_is_valid ("500100732250"));  /* 12th digit */
  g_assert_false (sc_organization_inn_is_valid ("500100732269"));  /* 11th digit */
  g_assert_false (sc_organization_inn_is_valid ("770708389"));
  g_assert_false (sc_organization_inn_is_valid ("77070838931"));
  g_assert_false (sc_organization_inn_is_valid ("77070 83893"));
  g_assert_false (sc_organization_inn_is_valid (""));
  g_assert_false (sc_organization_inn_is_valid (NULL));
}

/* «30 ноября», «2023 г.», «№ 45», «96,8 %» never break; other spaces do. */
static void
test_glue (void)
{
  g_autofree char *date = sc_report_glue ("по состоянию на 30 ноября 2023 г.");
  g_autofree char *order = sc_report_glue ("приказ № 45 от 10.11.2023");
  g_autofree char *percent = sc_report_glue ("96,8 % и 1 педагог");

  g_assert_cmpstr (date, ==, "по состоянию на 30" NBSP "ноября 2023" NBSP "г.");
  g_assert_cmpstr (order, ==, "приказ №" NBSP "45" NBSP "от 10.11.2023");
  g_assert_cmpstr (percent, ==, "96,8" NBSP "% и 1" NBSP "педагог");
}

static void
test_file_name (void)
{
  g_autoptr(ScOrganization) organization = sc_organization_new ();
  g_autofree char *safe = sc_format_file_name ("ГБПОУ \"ТКЦТ\": план/отчёт?");
  g_autofree char *report = NULL;
  g_autofree char *full = NULL;

  g_assert_cmpstr (safe, ==, "ГБПОУ _ТКЦТ__ план_отчёт_");
  g_free (organization->full_name), organization->full_name = g_strdup ("ГБПОУ «Тверской колледж»");
  full = sc_report_file_name (organization, "2023-11", "pdf");
  g_assert_cmpstr (full, ==, "Отчёт Сферум — ГБПОУ «Тверской колледж» — 2023-11.pdf");
  g_free (organization->short_name), organization->short_name = g_strdup ("ТКЦТ");
  report = sc_report_file_name (organization, "2023-11", "xlsx");
  g_assert_cmpstr (report, ==, "Отчёт Сферум — ТКЦТ — 2023-11.xlsx");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/text/fold", test_fold);
  g_test_add_func ("/sc/text/signature-name", test_signature_name);
  g_test_add_func ("/sc/text/phone", test_phone);
  g_test_add_func ("/sc/text/phone-check", test_phone_check);
  g_test_add_func ("/sc/text/inn", test_inn);
  g_test_add_func ("/sc/text/glue", test_glue);
  g_test_add_func ("/sc/text/file-name", test_file_name);
  g_test_add_func ("/sc/text/clean", test_clean);
  g_test_add_func ("/sc/text/capitalize", test_capitalize);
  return g_test_run ();
}

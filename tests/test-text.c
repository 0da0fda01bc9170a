/* test-text.c — matching names the way people write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-text.h"

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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/text/fold", test_fold);
  g_test_add_func ("/sc/text/clean", test_clean);
  g_test_add_func ("/sc/text/capitalize", test_capitalize);
  return g_test_run ();
}

/* test-date.c — dates as Russian spreadsheets write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-date.h"

static void
assert_parse (const char *text,
              const char *expected)
{
  g_autofree char *iso = sc_date_parse (text);
  g_assert_cmpstr (iso, ==, expected);
}

static void
test_parse (void)
{
  assert_parse ("05.12.2023", "2023-12-05");
  assert_parse ("5.12.2023", "2023-12-05");
  assert_parse (" 05.12.2023 ", "2023-12-05");
  assert_parse ("05.12.23", "2023-12-05");
  assert_parse ("05/12/2023", "2023-12-05");
  assert_parse ("2023-12-05", "2023-12-05");
  assert_parse ("05.12.2023 0:00:00", "2023-12-05");
  assert_parse ("29.02.2024", "2024-02-29");
  assert_parse ("29.02.2023", NULL);
  assert_parse ("31.11.2023", NULL);
  assert_parse ("12/31/2023", NULL);
  assert_parse ("вчера", NULL);
  assert_parse ("", NULL);
  assert_parse (NULL, NULL);
  assert_parse ("05.12.2023x", NULL);
}

static void
test_serial (void)
{
  g_autofree char *a = sc_date_from_serial (45260.0);
  g_autofree char *b = sc_date_from_serial (45260.75);
  g_autofree char *c = sc_date_from_serial (-3);

  g_assert_cmpstr (a, ==, "2023-11-30");
  g_assert_cmpstr (b, ==, "2023-11-30");
  g_assert_null (c);
}

static void
test_format (void)
{
  g_autofree char *s = sc_date_format_short ("2023-12-05");
  g_autofree char *l = sc_date_format_long ("2023-12-05");
  g_autofree char *bad = sc_date_format_short ("2023-13-05");

  g_assert_cmpstr (s, ==, "05.12.2023");
  g_assert_cmpstr (l, ==, "5 December 2023");
  g_assert_cmpstr (bad, ==, "");
}

static void
test_week_monday (void)
{
  g_autofree char *sunday = sc_date_week_monday ("2023-11-05");
  g_autofree char *monday = sc_date_week_monday ("2023-11-06");
  g_autofree char *across = sc_date_week_monday ("2023-11-01");

  g_assert_cmpstr (sunday, ==, "2023-10-30");
  g_assert_cmpstr (monday, ==, "2023-11-06");
  g_assert_cmpstr (across, ==, "2023-10-30");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/date/parse", test_parse);
  g_test_add_func ("/sc/date/serial", test_serial);
  g_test_add_func ("/sc/date/format", test_format);
  g_test_add_func ("/sc/date/week-monday", test_week_monday);
  return g_test_run ();
}

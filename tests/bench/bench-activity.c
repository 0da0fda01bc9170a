/* bench-activity.c — import-usage of a large college's year of activity: 2 000
 * teachers × 52 weeks (104 000 rows) in a Windows-1251 CSV, as a Russian
 * Excel saves it, into a demonstration college of 50 000 people
 *
 * Each run imports into a fresh copy of one college file (it holds one week
 * of activity already, so most rows are added and some updated); then the
 * same file is imported again, which changes nothing. The figures are the
 * median of three runs, and the peak memory the largest of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>

#include "bench-util.h"
#include "sc-database.h"
#include "sc-date.h"
#include "sc-person-name.h"

#define RUNS 3
#define TARGET_SECONDS 2.0
#define TARGET_MB 150.0
#define LAST_MONDAY "2023-12-25"

static const char teachers_sql[] =
  "SELECT last_name, first_name, patronymic FROM person WHERE category = 'teacher' ORDER BY id";

static GPtrArray *
load_teachers (const char *college)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open (college, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = db ? sc_database_prepare (db, teachers_sql, &error) : NULL;

  if (stmt == NULL)
    g_error ("The teachers could not be read: %s", error->message);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, sc_person_name_join ((const char *)sqlite3_column_text (stmt, 0),
                                                 (const char *)sqlite3_column_text (stmt, 1),
                                                 (const char *)sqlite3_column_text (stmt, 2)));
  sqlite3_reset (stmt);
  return names;
}

/* The Wednesday of each of the @n weeks up to LAST_MONDAY's, as DD.MM.YYYY. */
static GPtrArray *
week_days (guint n)
{
  GPtrArray *days = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDate) last = sc_date_to_gdate (LAST_MONDAY);

  g_date_add_days (last, 2);
  g_date_subtract_days (last, 7 * (n - 1));
  for (guint w = 0; w < n; w++, g_date_add_days (last, 7))
    {
      g_autofree char *iso = sc_date_from_gdate (last);
      g_ptr_array_add (days, sc_date_format_short (iso));
    }
  return days;
}

static char *
write_csv (const char *college,
           guint      *n_rows)
{
  g_autoptr(GPtrArray) names = load_teachers (college);
  g_autoptr(GPtrArray) days = week_days (BENCH_WEEKS);
  g_autoptr(GString) text = g_string_new ("ФИО;Неделя;Сообщений;Звонков\r\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *cp1251 = NULL;
  char *path = g_build_filename (bench_dir (), "usage-1251.csv", NULL);
  gsize length = 0;

  for (guint t = 0; t < names->len; t++)
    for (guint w = 0; w < days->len; w++)
      g_string_append_printf (text, "%s;%s;%u;%u\r\n", (char *)names->pdata[t],
                              (char *)days->pdata[w], (t * 7 + w * 3) % 25, (t + w) % 3);
  *n_rows = names->len * days->len;
  cp1251 = g_convert (text->str, text->len, "WINDOWS-1251", "UTF-8", NULL, &length, &error);
  if (cp1251 == NULL || !g_file_set_contents (path, cp1251, length, &error))
    g_error ("The activity file could not be written: %s", error->message);
  return path;
}

static char *
copy_college (const char *college,
              guint       index)
{
  g_autofree char *name = g_strdup_printf ("usage-%u.sqlite3", index);
  char *path = g_build_filename (bench_dir (), name, NULL);
  g_autoptr(GFile) from = g_file_new_for_path (college);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
    g_error ("The college could not be copied: %s", error->message);
  return path;
}

/* "added 101490, updated 1973, …" from import-usage's --json summary. */
static char *
describe_summary (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o;

  if (!json_parser_load_from_data (parser, json, -1, NULL))
    g_error ("import-usage printed no JSON: %s", json);
  o = json_node_get_object (json_parser_get_root (parser));
  return g_strdup_printf ("added %" G_GINT64_FORMAT ", updated %" G_GINT64_FORMAT
                          ", unchanged %" G_GINT64_FORMAT ", skipped %" G_GINT64_FORMAT,
                          json_object_get_int_member (o, "added"),
                          json_object_get_int_member (o, "updated"),
                          json_object_get_int_member (o, "unchanged"),
                          json_object_get_int_member (o, "skipped"));
}

static void
import_once (const char *db,
             const char *csv,
             BenchRun   *run)
{
  const char *argv[] = { bench_program (), "--db", db, "import-usage", csv, "--json", NULL };

  if (!bench_run (argv, run) || run->exit_status != 0)
    g_error ("import-usage failed (exit %d): %s", run->exit_status, run->out ? run->out : "");
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *college = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) again = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(BenchRun) run = { 0 };
  double peak = 0;
  guint n_rows = 0;

  setlocale (LC_ALL, "");
  college = bench_make_college ("usage-college.sqlite3", BENCH_PEOPLE, BENCH_TEACHERS, 1);
  csv = write_csv (college, &n_rows);
  for (guint i = 0; i < RUNS; i++)
    {
      g_autofree char *db = copy_college (college, i);

      import_once (db, csv, &run);
      g_array_append_val (wall, run.seconds);
      g_array_append_val (cpu, run.cpu);
      peak = MAX (peak, run.peak_mb);
      g_free (summary), summary = describe_summary (run.out);
      import_once (db, csv, &run);
      g_array_append_val (again, run.seconds);
      peak = MAX (peak, run.peak_mb);
    }
  g_print ("first import: %s\n", summary);
  bench_print ("import-usage %u rows (%u teachers × %u weeks, Windows-1251 CSV): %.2f s, CPU %.2f s "
               "(target ≤ %.0f s); again, nothing changes: %.2f s; peak RSS %.0f MB (target ≤ %.0f MB)",
               n_rows, BENCH_TEACHERS, BENCH_WEEKS, bench_median (wall), bench_median (cpu),
               TARGET_SECONDS, bench_median (again), peak, TARGET_MB);
  bench_cleanup ();
  return 0;
}

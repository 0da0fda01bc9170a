/* bench-report.c — the November report of a 50 000-person college with
 * 2 000 teachers × 52 weeks of activity, through the report verb, against
 * python3-xlsxwriter writing the same workbook content — the whole verb,
 * and in this process the figures and the writing apart, the writing being
 * what the floor does; and how long opening that file takes, with the
 * integrity check it runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "bench-util.h"
#include "sc-database.h"
#include "sc-organization.h"
#include "sc-report-xlsx.h"
#include "sc-report.h"

#define RUNS 5
#define TARGET_SECONDS 0.5

static double
report_once (const char *db,
             const char *xlsx,
             gboolean    with_teachers,
             double     *peak,
             GArray     *cpu)
{
  const char *argv[] = { bench_program (), "--db", db, "report", "--month", "2023-11",
                         "--xlsx", xlsx, with_teachers ? "--with-teachers" : NULL, NULL };
  g_auto(BenchRun) run = { 0 };

  if (!bench_run (argv, &run) || run.exit_status != 0)
    g_error ("report failed (exit %d)", run.exit_status);
  *peak = MAX (*peak, run.peak_mb);
  g_array_append_val (cpu, run.cpu);
  return run.seconds;
}

/* The python floor's own figure: the time it spends writing. */
static double
python_floor (const char *script,
              const char *xlsx)
{
  g_autofree char *out = g_build_filename (bench_dir (), "floor.xlsx", NULL);
  const char *argv[] = { "/usr/bin/python3", script, xlsx, out, NULL };
  g_auto(BenchRun) run = { 0 };
  const char *line;

  if (!bench_run (argv, &run) || run.exit_status != 0 ||
      (line = g_strstr_len (run.out, -1, "write-seconds: ")) == NULL)
    return -1;
  return g_ascii_strtod (line + strlen ("write-seconds: "), NULL);
}

typedef struct
{
  GArray *figures;
  GArray *writing;
} InProcess;

/* The verb's two steps timed apart in this process. */
static void
in_process_once (const char *db_path,
                 const char *xlsx,
                 gboolean    with_teachers,
                 InProcess  *times)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open_unchecked (db_path, &error);
  g_autoptr(ScReport) report = db ? sc_report_load (db, "2023-11", &error) : NULL;
  g_autoptr(ScOrganization) organization = db ? sc_organization_load (db, &error) : NULL;
  g_autoptr(ScReportFigures) figures = NULL;
  gint64 start, computed;
  double seconds;

  if (report == NULL || organization == NULL)
    g_error ("%s", error->message);
  report->include_teachers = with_teachers;
  start = g_get_monotonic_time ();
  figures = sc_report_load_figures (db, report, &error);
  computed = g_get_monotonic_time ();
  if (figures == NULL || !sc_report_xlsx_save (xlsx, report, organization, figures, &error))
    g_error ("%s", error->message);
  seconds = (computed - start) / 1e6;
  g_array_append_val (times->figures, seconds);
  seconds = (g_get_monotonic_time () - computed) / 1e6;
  g_array_append_val (times->writing, seconds);
}

static void
bench_in_process (const char *db,
                  const char *xlsx,
                  gboolean    with_teachers,
                  double      floor)
{
  g_autoptr(GArray) figures = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) writing = g_array_new (FALSE, FALSE, sizeof (double));
  InProcess times = { figures, writing };
  double write;

  for (guint i = 0; i < RUNS; i++)
    in_process_once (db, xlsx, with_teachers, &times);
  write = bench_median (writing);
  bench_print ("report 2023-11%s in one process: figures %.3f s, writing the XLSX %.3f s "
               "(python3-xlsxwriter writing the same cells %.3f s: ours %.1f× as fast; "
               "target faster)",
               with_teachers ? " with the «Педагоги» sheet" : "", bench_median (figures), write,
               floor, write > 0 ? floor / write : 0);
}

static void
bench_report (const char *db,
              const char *script,
              gboolean    with_teachers)
{
  g_autofree char *xlsx = g_build_filename (bench_dir (), "report.xlsx", NULL);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  double peak = 0, median, floor;

  for (guint i = 0; i < RUNS; i++)
    {
      double t = report_once (db, xlsx, with_teachers, &peak, cpu);
      g_array_append_val (times, t);
    }
  median = bench_median (times);
  floor = python_floor (script, xlsx);
  bench_print ("report 2023-11 XLSX%s, %u people, %u teachers × %u weeks: %.3f s, CPU %.3f s "
               "(python3-xlsxwriter writing the same cells, no figures, %.3f s, ratio %.2f×; "
               "target ≤ %.1f s) peak RSS %.0f MB",
               with_teachers ? " with the «Педагоги» sheet" : "", BENCH_PEOPLE, BENCH_TEACHERS,
               BENCH_WEEKS, median, bench_median (cpu), floor, median / floor, TARGET_SECONDS, peak);
  bench_in_process (db, xlsx, with_teachers, floor);
}

static double
time_open (const char *db)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(ScDatabase) database = sc_database_open (db, &error);

  if (database == NULL)
    g_error ("%s", error->message);
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
time_quick_check (const char *db)
{
  sqlite3 *handle = NULL;
  gint64 start;
  double seconds;

  sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL);
  start = g_get_monotonic_time ();
  sqlite3_exec (handle, "PRAGMA quick_check", NULL, NULL, NULL);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  sqlite3_close_v2 (handle);
  return seconds;
}

static void
bench_open (const char *db)
{
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) checks = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < RUNS; i++)
    {
      double t = time_open (db), c = time_quick_check (db);
      g_array_append_val (opens, t);
      g_array_append_val (checks, c);
    }
  bench_print ("open a %u-person file: %.3f s (PRAGMA quick_check alone %.3f s)",
               BENCH_PEOPLE, bench_median (opens), bench_median (checks));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *db = NULL;

  setlocale (LC_ALL, "");
  if (argc < 2)
    g_error ("usage: bench-report XLSXWRITER-FLOOR.PY");
  db = bench_make_college ("college.sqlite3", BENCH_PEOPLE, BENCH_TEACHERS, BENCH_WEEKS);
  bench_open (db);
  bench_report (db, argv[1], FALSE);
  bench_report (db, argv[1], TRUE);
  bench_cleanup ();
  return 0;
}

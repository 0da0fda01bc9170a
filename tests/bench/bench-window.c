/* bench-window.c — the window with a 50 000-person college: start to the
 * first frame against a bare AdwApplicationWindow, and peak memory with
 * the Люди page shown and all its rows read
 *
 * Both programs print the monotonic time of their first painted frame;
 * the start is that minus the moment before the fork. Needs a display
 * (build-aux/bench runs the benchmarks under xvfb-run).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "bench-util.h"

#define RUNS 5
#define TARGET_RATIO 1.3
#define TARGET_MB 150.0
#define TARGET_SWITCH 0.25
/* The window's title once the college is open (its short name). */
#define COLLEGE_TITLE "title: Демонстрационный колледж"

static gint64
read_stamp (const char *out,
            const char *key)
{
  const char *line = out ? strstr (out, key) : NULL;

  return line ? g_ascii_strtoll (line + strlen (key), NULL, 10) : 0;
}

/* Seconds from the fork to the first frame; with @page, *page_seconds is
 * from the first frame to the page's, *ready_seconds to the page with all
 * its rows (the same when it reads them at once). */
static double
start_once (const char *const *argv,
            const char        *expect_title,
            const char        *page,
            double            *page_seconds,
            double            *ready_seconds,
            double            *peak)
{
  g_auto(BenchRun) run = { 0 };
  gint64 first;

  if (page != NULL)
    g_setenv ("BENCH_PAGE", page, TRUE);
  else
    g_unsetenv ("BENCH_PAGE");
  if (!bench_run (argv, &run) || run.exit_status != 0 ||
      (first = read_stamp (run.out, "first-frame-us: ")) == 0)
    g_error ("%s did not paint a frame (exit %d)", argv[0], run.exit_status);
  if (expect_title != NULL && strstr (run.out, expect_title) == NULL)
    g_error ("%s did not open the college: %s", argv[0], run.out);
  if (page_seconds != NULL)
    *page_seconds = (read_stamp (run.out, "page-frame-us: ") - first) / 1e6;
  if (ready_seconds != NULL)
    *ready_seconds = read_stamp (run.out, "page-ready-us: ") > 0
                     ? (read_stamp (run.out, "page-ready-us: ") - first) / 1e6 : *page_seconds;
  if (peak != NULL)
    *peak = MAX (*peak, run.peak_mb);
  return (first - run.started) / 1e6;
}

static void
bench_start (const char *bare,
             const char *probe,
             const char *db)
{
  const char *bare_argv[] = { bare, NULL };
  const char *probe_argv[] = { probe, "--db", db, NULL };
  g_autoptr(GArray) floor = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  double peak = 0, floor_peak = 0, t_floor, t_ours;

  for (guint i = 0; i < RUNS; i++)
    {
      double f = start_once (bare_argv, NULL, NULL, NULL, NULL, &floor_peak);
      double o = start_once (probe_argv, COLLEGE_TITLE, NULL, NULL, NULL, &peak);
      g_array_append_val (floor, f);
      g_array_append_val (ours, o);
    }
  t_floor = bench_median (floor);
  t_ours = bench_median (ours);
  bench_print ("window start to first frame, %u people: %.3f s (floor bare AdwApplicationWindow "
               "%.3f s, ratio %.2f×, target ≤ %.1f×) peak RSS %.0f MB (the bare window %.0f MB)",
               BENCH_PEOPLE, t_ours, t_floor, t_ours / t_floor, TARGET_RATIO, peak, floor_peak);
}

static void
bench_people_memory (const char *probe,
                     const char *db)
{
  const char *argv[] = { probe, "--db", db, NULL };
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ready = g_array_new (FALSE, FALSE, sizeof (double));
  double peak = 0;

  for (guint i = 0; i < 3; i++)
    {
      double page_seconds = 0, ready_seconds = 0;
      start_once (argv, COLLEGE_TITLE, "people", &page_seconds, &ready_seconds, &peak);
      g_array_append_val (pages, page_seconds);
      g_array_append_val (ready, ready_seconds);
    }
  bench_print ("window with %u people, the Люди page shown: peak RSS %.0f MB (target ≤ %.0f MB); "
               "switching to the page %.3f s (target ≤ %.2f s), all its rows on it %.3f s",
               BENCH_PEOPLE, peak, TARGET_MB, bench_median (pages), TARGET_SWITCH,
               bench_median (ready));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *db = NULL;

  setlocale (LC_ALL, "");
  if (argc < 3)
    g_error ("usage: bench-window BARE-WINDOW WINDOW-PROBE");
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      bench_print ("window: skipped, no display (run build-aux/bench, which uses xvfb-run)");
      return 0;
    }
  db = bench_make_college ("college.sqlite3", BENCH_PEOPLE, BENCH_TEACHERS, BENCH_WEEKS);
  bench_start (argv[1], argv[2], db);
  bench_people_memory (argv[2], db);
  bench_cleanup ();
  return 0;
}

/* bench-import.c — import-roster of a 50 000-person Windows-1251 CSV,
 * against the sqlite3 shell's .import of the same rows into a bare table
 *
 * Both run as child processes, each into a fresh file, one right after the
 * other, seven times. The ratio is the median of the seven pairs' ratios:
 * on a shared virtual machine the speed changes from second to second,
 * and a pair run back to back sees the same machine. The times are the
 * medians, the peak memory the largest of ours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "bench-util.h"
#include "sc-demo.h"

#define RUNS 7
#define TARGET_RATIO 2.0
#define TARGET_MB 150.0

static char *
write_people_lists (char **utf8_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *utf8 = NULL;
  char *path = g_build_filename (bench_dir (), "roster-1251.csv", NULL);
  gsize length = 0;
  ScDemoOptions options;

  sc_demo_options_init (&options);
  options.n_people = BENCH_PEOPLE;
  if (!sc_demo_write_people (&options, path, "WINDOWS-1251", &error) ||
      !g_file_get_contents (path, &data, &length, &error) ||
      (utf8 = g_convert (data, length, "UTF-8", "WINDOWS-1251", NULL, &length, &error)) == NULL)
    g_error ("The roster could not be written: %s", error->message);
  *utf8_path = g_build_filename (bench_dir (), "roster-utf8.csv", NULL);
  if (!g_file_set_contents (*utf8_path, utf8, length, &error))
    g_error ("%s", error->message);
  return path;
}

static void
run_checked (const char *const *argv,
             BenchRun           *run)
{
  if (!bench_run (argv, run) || run->exit_status != 0)
    g_error ("%s failed (exit %d): %s", argv[0], run->exit_status, run->out ? run->out : "");
}

/* One import into a new college file. */
static void
import_once (const char *csv,
             guint       index,
             BenchRun   *run)
{
  g_autofree char *name = g_strdup_printf ("import-%u.sqlite3", index);
  g_autofree char *db = g_build_filename (bench_dir (), name, NULL);
  const char *init[] = { bench_program (), "--db", db, "init", "--name", "Колледж", NULL };
  const char *import[] = { bench_program (), "--db", db, "import-roster", csv, NULL };

  run_checked (init, run);
  run_checked (import, run);
}

static void
floor_once (const char *csv,
            guint       index,
            BenchRun   *run)
{
  g_autofree char *name = g_strdup_printf ("floor-%u.sqlite3", index);
  g_autofree char *db = g_build_filename (bench_dir (), name, NULL);
  g_autofree char *import = g_strdup_printf (".import '%s' roster", csv);
  const char *argv[] = { "sqlite3", "-batch", db, ".mode csv", ".separator ;", import, NULL };

  run_checked (argv, run);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *utf8 = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ours_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(BenchRun) run = { 0 };
  double peak = 0, t_ours, t_floor, c_ours, c_floor, ratio;

  setlocale (LC_ALL, "");
  csv = write_people_lists (&utf8);
  for (guint i = 0; i < RUNS; i++)
    {
      import_once (csv, i, &run);
      g_array_append_val (ours, run.seconds);
      g_array_append_val (ours_cpu, run.cpu);
      peak = MAX (peak, run.peak_mb);
      floor_once (utf8, i, &run);
      g_array_append_val (floor, run.seconds);
      g_array_append_val (floor_cpu, run.cpu);
      ratio = g_array_index (ours, double, i) / run.seconds;
      g_array_append_val (ratios, ratio);
    }
  t_ours = bench_median (ours);
  t_floor = bench_median (floor);
  c_ours = bench_median (ours_cpu);
  c_floor = bench_median (floor_cpu);
  bench_print ("import-roster %u rows (Windows-1251 CSV): %.2f s, CPU %.2f s (floor sqlite3 .import "
               "%.2f s, CPU %.2f s; ratio %.2f× (pairs %.2f–%.2f), on CPU %.2f×; target ≤ %.0f×) "
               "peak RSS %.0f MB (target ≤ %.0f MB)",
               BENCH_PEOPLE, t_ours, c_ours, t_floor, c_floor, bench_median (ratios),
               bench_min (ratios), bench_max (ratios), c_ours / c_floor, TARGET_RATIO, peak,
               TARGET_MB);
  bench_cleanup ();
  return 0;
}

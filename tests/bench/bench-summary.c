/* bench-summary.c — the regional summary (issue 16) of 45 and of 1 000
 * colleges' November reports through the summarize verb, XLSX and PDF:
 * its time against the targets (45 files ≤ 1 s, 1 000 files ≤ 10 s), and
 * its peak memory, which may grow with the files only by their figures
 *
 * The report files are written by the program's own report writer for
 * five demonstration colleges, each file under another college's name and
 * ИНН, so that no file is a second copy of another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <malloc.h>
#include <unistd.h>

#include "bench-util.h"
#include "sc-demo.h"
#include "sc-organization.h"
#include "sc-report-xlsx.h"
#include "sc-report.h"
#include "sc-summary-task.h"

#define RUNS 3
#define N_SOURCES 5
#define N_MANY 1000
#define N_REGION 45

typedef struct
{
  ScDatabase      *db;
  ScReport        *report;
  ScOrganization  *organization;
  ScReportFigures *figures;
} Source;

static void
source_clear (Source *s)
{
  g_clear_object (&s->db);
  g_clear_pointer (&s->report, sc_report_free);
  g_clear_pointer (&s->organization, sc_organization_free);
  g_clear_pointer (&s->figures, sc_report_figures_unref);
}

static void
open_source (Source *s,
             guint   seed)
{
  g_autofree char *name = g_strdup_printf ("college-%u.sqlite3", seed);
  g_autofree char *path = g_build_filename (bench_dir (), name, NULL);
  g_autoptr(GError) error = NULL;
  ScDemoOptions options;

  sc_demo_options_init (&options);
  options.n_people = 600;
  options.seed = seed;
  s->db = sc_demo_create (path, &options, &error);
  if (s->db == NULL ||
      (s->report = sc_report_load (s->db, "2023-11", &error)) == NULL ||
      (s->organization = sc_organization_load (s->db, &error)) == NULL ||
      (s->figures = sc_report_load_figures (s->db, s->report, &error)) == NULL)
    g_error ("%s", error->message);
}

/* N_MANY files in one folder, the first N_REGION also in another. */
static void
write_reports (const char *many,
               const char *region)
{
  Source sources[N_SOURCES] = { 0 };
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < N_SOURCES; i++)
    open_source (&sources[i], 2 + i);
  for (guint i = 0; i < N_MANY; i++)
    {
      Source *s = &sources[i % N_SOURCES];
      g_autofree char *file = g_strdup_printf ("колледж-%04u.xlsx", i + 1);
      g_autofree char *path = g_build_filename (many, file, NULL);
      g_autoptr(GError) error = NULL;

      g_free (s->organization->full_name);
      s->organization->full_name = g_strdup_printf ("ГБПОУ «Колледж № %u»", i + 1);
      g_free (s->organization->inn);
      s->organization->inn = sc_demo_college_inn (100 + i);
      if (!sc_report_xlsx_save (path, s->report, s->organization, s->figures, &error))
        g_error ("%s", error->message);
      if (i < N_REGION)
        {
          g_autofree char *link_path = g_build_filename (region, file, NULL);
          if (link (path, link_path) != 0)
            g_error ("cannot link %s", link_path);
        }
    }
  for (guint i = 0; i < N_SOURCES; i++)
    source_clear (&sources[i]);
  g_printerr ("(%u report files written in %.1f s)\n", N_MANY,
              (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC);
}

typedef struct
{
  double seconds;
  double cpu;
  double peak_mb;
} Figures;

static Figures
summarize (const char *folder,
           guint       n_files)
{
  g_autofree char *xlsx = g_build_filename (bench_dir (), "свод.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (bench_dir (), "свод.pdf", NULL);
  const char *argv[] = { bench_program (), "summarize", "--month", "2023-11", "--xlsx", xlsx,
                         "--pdf", pdf, folder, NULL };
  g_autoptr(GArray) seconds = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  Figures figures = { 0 };
  g_autofree char *expected = g_strdup_printf (": %u ", n_files);

  for (guint i = 0; i < RUNS; i++)
    {
      g_auto(BenchRun) run = { 0 };

      if (!bench_run (argv, &run) || run.exit_status != 0 || strstr (run.out, expected) == NULL)
        g_error ("summarize %s failed (exit %d): %s", folder, run.exit_status, run.out);
      g_array_append_val (seconds, run.seconds);
      g_array_append_val (cpu, run.cpu);
      figures.peak_mb = MAX (figures.peak_mb, run.peak_mb);
    }
  figures.seconds = bench_median (seconds);
  figures.cpu = bench_median (cpu);
  return figures;
}

/* The heap a summary holds once its files are read, in this process:
 * what memory the reading keeps a file. */
static double
heap_after_reading (const char *folder)
{
  const char *paths[] = { folder, NULL };
  ScSummaryRequest request = { (GStrv)paths, NULL, "2023-11", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ScSummary) summary = NULL;
  size_t before, after;

  malloc_trim (0);
  before = mallinfo2 ().uordblks;
  summary = sc_summary_build (&request, NULL, NULL, NULL, NULL, &error);
  if (summary == NULL)
    g_error ("%s", error->message);
  malloc_trim (0);
  after = mallinfo2 ().uordblks;
  return (double)(after - before);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *many = NULL;
  g_autofree char *region = NULL;
  Figures small, large;

  setlocale (LC_ALL, "");
  many = g_build_filename (bench_dir (), "1000", NULL);
  region = g_build_filename (bench_dir (), "45", NULL);
  g_mkdir_with_parents (many, 0700);
  g_mkdir_with_parents (region, 0700);
  write_reports (many, region);
  small = summarize (region, N_REGION);
  large = summarize (many, N_MANY);
  bench_print ("summarize %u report files (XLSX + PDF): %.3f s, CPU %.3f s, peak %.1f MB (target ≤ 1 s)",
               N_REGION, small.seconds, small.cpu, small.peak_mb);
  bench_print ("summarize %u report files (XLSX + PDF): %.3f s, CPU %.3f s, peak %.1f MB (target ≤ 10 s)",
               N_MANY, large.seconds, large.cpu, large.peak_mb);
  bench_print ("summarize memory: %.1f kB more a file from %u to %u files (their figures, a row of the "
               "workbook and of the PDF; no file is kept)",
               (large.peak_mb - small.peak_mb) * 1024 / (N_MANY - N_REGION), N_REGION, N_MANY);
  heap_after_reading (region);   /* types, catalogue, collator: once */
  {
    double heap_small = heap_after_reading (region);
    double heap_large = heap_after_reading (many);

    bench_print ("summarize, files read and kept: %.0f bytes a file (%u files %.0f kB, %u files %.0f kB)",
                 (heap_large - heap_small) / (N_MANY - N_REGION), N_REGION, heap_small / 1024,
                 N_MANY, heap_large / 1024);
  }
  bench_cleanup ();
  return 0;
}

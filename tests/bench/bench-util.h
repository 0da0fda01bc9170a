/* bench-util.h — what the benchmarks share: a big college, running a
 * program and measuring it, printing a figure against its target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The college the benchmarks measure: 50 000 people, 2 000 of them
 * teachers with 52 weeks of activity. */
#define BENCH_PEOPLE   50000
#define BENCH_TEACHERS 2000
#define BENCH_WEEKS    52

typedef struct
{
  gint64  started;     /* g_get_monotonic_time () just before the fork */
  double  seconds;     /* wall time to exit */
  double  cpu;         /* user + system time: steadier on a busy machine */
  double  peak_mb;     /* the child's peak resident set */
  int     exit_status; /* -1 when it did not exit normally */
  char   *out;         /* its standard output */
} BenchRun;

void     bench_run_clear      (BenchRun    *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BenchRun, bench_run_clear)
/* Runs @argv (NULL-ended; the program is looked up in PATH) with the
 * standard output captured; the standard error passes through. */
gboolean bench_run            (const char *const *argv,
                               BenchRun           *run);
/* A temporary folder removed by bench_cleanup (). */
const char *bench_dir         (void);
void     bench_cleanup        (void);
/* Makes the benchmark college in the temporary folder. */
char    *bench_make_college   (const char  *name,
                               guint        n_people,
                               guint        n_teachers,
                               guint        n_weeks);
double   bench_median         (GArray      *seconds);
double   bench_max            (GArray      *seconds);
double   bench_min            (GArray      *seconds);
/* The program under test, from $SC_PROGRAM. */
const char *bench_program     (void);
/* "bench: <what>: <figure> (<floor and target>)" on one line. */
void     bench_print          (const char  *format,
                               ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS

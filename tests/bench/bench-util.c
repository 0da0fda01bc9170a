/* bench-util.c — what the benchmarks share
 *
 * Children are started with fork () and reaped with wait4 () so their own
 * peak memory (ru_maxrss) is known; benchmarks are POSIX-only, like the
 * rest of the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-util.h"
#include "sc-demo.h"
#include "sc-test-util.h"

static char *temp_dir;

void
bench_run_clear (BenchRun *run)
{
  g_clear_pointer (&run->out, g_free);
}

static char *
read_all (int fd)
{
  GString *out = g_string_new (NULL);
  char buffer[4096];
  ssize_t n;

  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        break;
      g_string_append_len (out, buffer, n);
    }
  return g_string_free (out, FALSE);
}

gboolean
bench_run (const char *const *argv,
           BenchRun           *run)
{
  struct rusage activity = { 0 };
  int pipe_fds[2], status = 0;
  pid_t pid;

  bench_run_clear (run);
  if (pipe (pipe_fds) != 0)
    return FALSE;
  run->started = g_get_monotonic_time ();
  pid = fork ();
  if (pid == 0)
    {
      dup2 (pipe_fds[1], STDOUT_FILENO);
      close (pipe_fds[0]);
      close (pipe_fds[1]);
      execvp (argv[0], (char **)argv);
      _exit (127);
    }
  close (pipe_fds[1]);
  if (pid < 0)
    {
      close (pipe_fds[0]);
      return FALSE;
    }
  run->out = read_all (pipe_fds[0]);
  close (pipe_fds[0]);
  while (wait4 (pid, &status, 0, &activity) < 0 && errno == EINTR)
    ;
  run->seconds = (g_get_monotonic_time () - run->started) / 1e6;
  run->cpu = activity.ru_utime.tv_sec + activity.ru_stime.tv_sec +
             (activity.ru_utime.tv_usec + activity.ru_stime.tv_usec) / 1e6;
  run->peak_mb = activity.ru_maxrss / 1024.0;
  run->exit_status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  return TRUE;
}

const char *
bench_dir (void)
{
  if (temp_dir == NULL)
    temp_dir = g_dir_make_tmp ("sc-bench-XXXXXX", NULL);
  g_assert (temp_dir != NULL);
  return temp_dir;
}

void
bench_cleanup (void)
{
  if (temp_dir == NULL)
    return;
  sc_test_remove_tree (temp_dir);
  g_clear_pointer (&temp_dir, g_free);
}

char *
bench_make_college (const char *name,
                    guint       n_people,
                    guint       n_teachers,
                    guint       n_weeks)
{
  char *path = g_build_filename (bench_dir (), name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;
  ScDemoOptions options;

  sc_demo_options_init (&options);
  options.n_people = n_people;
  options.n_teachers = n_teachers;
  options.n_activity_weeks = n_weeks;
  db = sc_demo_create (path, &options, &error);
  if (db == NULL)
    g_error ("The benchmark college could not be made: %s", error->message);
  return path;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

double
bench_median (GArray *seconds)
{
  g_autoptr(GArray) sorted = g_array_copy (seconds);

  if (sorted->len == 0)
    return 0;
  g_array_sort (sorted, compare_doubles);
  if (sorted->len % 2 == 1)
    return g_array_index (sorted, double, sorted->len / 2);
  return (g_array_index (sorted, double, sorted->len / 2 - 1) +
          g_array_index (sorted, double, sorted->len / 2)) / 2;
}

double
bench_max (GArray *seconds)
{
  double max = 0;

  for (guint i = 0; i < seconds->len; i++)
    max = MAX (max, g_array_index (seconds, double, i));
  return max;
}

double
bench_min (GArray *seconds)
{
  double min = seconds->len > 0 ? g_array_index (seconds, double, 0) : 0;

  for (guint i = 1; i < seconds->len; i++)
    min = MIN (min, g_array_index (seconds, double, i));
  return min;
}

const char *
bench_program (void)
{
  const char *program = g_getenv ("SC_PROGRAM");

  if (program == NULL)
    g_error ("SC_PROGRAM is not set: run the benchmarks with meson test --benchmark");
  return program;
}

void
bench_print (const char *format,
             ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  printf ("bench: %s\n", line);
  fflush (stdout);
}

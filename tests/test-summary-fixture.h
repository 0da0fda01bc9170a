/* test-summary-fixture.h — colleges' report files made by the program
 * itself, and the region's totals worked out here from each college's own
 * `report --json`, never from the summary's code
 *
 * Shared by test-summary (core) and test-summary-cli (the verb).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "sc-database.h"
#include "sc-report.h"

#define MONTH "2023-11"
#define FIRST_SEED 2
#define SWITCH_DATE "20.11.2023"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static inline void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
  run->out = run->err = NULL;
}

static inline const char *
program (void)
{
  const char *path = g_getenv ("SC_PROGRAM");
  return path != NULL ? path : "src/sferum-coordinator";
}

/* Runs the program with @args (NULL-terminated); stdout and stderr kept. */
static inline void
run_program (Run               *run,
             const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_ptr_array_add (argv, (char *)program ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = 0;
  if (!g_spawn_check_wait_status (wait_status, &error))
    {
      g_assert_true (error->domain == G_SPAWN_EXIT_ERROR);
      run->status = error->code;
    }
}

/* A college's figures as its own `report --json` prints them. */
typedef struct
{
  guint       seed;
  char       *db;
  char       *xlsx;
  GHashTable *figures;   /* code → double * */
  GPtrArray  *codes;     /* in the report's order */
} College;

static inline void
college_free (College *c)
{
  g_free (c->db);
  g_free (c->xlsx);
  g_hash_table_unref (c->figures);
  g_ptr_array_unref (c->codes);
  g_free (c);
}

static inline double
college_get (const College *c,
             const char    *code)
{
  double *value = g_hash_table_lookup (c->figures, code);

  /* A college that has not moved to MAX has nobody to move: its report
   * leaves the figure out. */
  if (value == NULL && g_str_has_suffix (code, "_needs_move"))
    return 0.0;
  g_assert_nonnull (value);
  return *value;
}

static inline void
parse_figures (College    *c,
               const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *figures;
  g_autoptr(GList) members = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  figures = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "figures");
  members = json_object_get_members (figures);
  for (GList *l = members; l != NULL; l = l->next)
    {
      double *value = g_new (double, 1);

      *value = json_object_get_double_member (figures, l->data);
      g_hash_table_insert (c->figures, g_strdup (l->data), value);
      g_ptr_array_add (c->codes, g_strdup (l->data));
    }
}

/* `demo --seed S`, then `report --month 2023-11 --xlsx … --json`. */
static inline College *
college_new (const char *dir,
             guint       seed,
             const char *month)
{
  College *c = g_new0 (College, 1);
  g_autofree char *seed_text = g_strdup_printf ("%u", seed);
  g_autofree char *db_name = g_strdup_printf ("college-%u.sqlite3", seed);
  g_autofree char *xlsx_name = g_strdup_printf ("report-%u-%s.xlsx", seed, month);
  Run run = { 0 };

  c->seed = seed;
  c->db = g_build_filename (dir, db_name, NULL);
  c->xlsx = g_build_filename (dir, xlsx_name, NULL);
  c->figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  c->codes = g_ptr_array_new_with_free_func (g_free);
  if (!g_file_test (c->db, G_FILE_TEST_EXISTS))
    {
      const char *const demo[] = { "--db", c->db, "demo", "--people", "60", "--seed", seed_text, NULL };

      run_program (&run, demo);
      g_assert_cmpint (run.status, ==, 0);
      run_clear (&run);
      if (seed == FIRST_SEED)
        {
          /* One college of the region moved to MAX during the month and
           * has not sent its report yet (the demo sends November's). */
          const char *const move[] = { "--db", c->db, "platform", "max", "--from", SWITCH_DATE, NULL };
          g_autoptr(GError) error = NULL;
          g_autoptr(ScDatabase) db = NULL;

          run_program (&run, move);
          g_assert_cmpint (run.status, ==, 0);
          run_clear (&run);
          db = sc_database_open (c->db, &error);
          g_assert_no_error (error);
          g_assert_true (sc_report_withdraw (db, MONTH, &error));
          g_assert_no_error (error);
        }
    }
  {
    const char *const report[] = { "--db", c->db, "report", "--month", month, "--xlsx", c->xlsx, "--json", NULL };

    run_program (&run, report);
    g_assert_cmpint (run.status, ==, 0);
    parse_figures (c, run.out);
    run_clear (&run);
  }
  return c;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (College, college_free)

/* round (100 · part / whole, 1), as DESIGN.md §5 defines a share. */
static inline double
expected_share (double part,
                double whole)
{
  return whole > 0 ? round (1000.0 * part / whole) / 10.0 : 0.0;
}

static inline gboolean
is_derived (const char *code)
{
  return g_str_has_suffix (code, "_pct") || g_str_has_prefix (code, "avg_");
}

/* The region's figures from @colleges' own: counts summed (the weeks week
 * by week, by their codes), shares and averages from the summed counts. */
static inline GHashTable *
expected_totals (College *const *colleges,
                 guint           n)
{
  GHashTable *totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint weeks = 0;
  struct { const char *code, *part, *whole; gboolean per_week; } derived[] = {
    { "teachers_connected_pct", "teachers_connected", "teachers_total", FALSE },
    { "students_connected_pct", "students_connected", "students_total", FALSE },
    { "teachers_covered_pct", "teachers_covered", "teachers_total", FALSE },
    { "students_covered_pct", "students_covered", "students_total", FALSE },
    { "teachers_norm_all_weeks_pct", "teachers_norm_all_weeks", "teachers_total", FALSE },
    { "avg_messages_per_teacher_week", "messages_total", "teachers_total", TRUE },
    { "avg_calls_per_teacher_week", "calls_total", "teachers_total", TRUE },
  };

  for (guint i = 0; i < colleges[0]->codes->len; i++)
    {
      const char *code = g_ptr_array_index (colleges[0]->codes, i);
      double *sum = g_new0 (double, 1);

      weeks += g_str_has_prefix (code, "week_") ? 1 : 0;
      for (guint k = 0; k < n && !is_derived (code); k++)
        *sum += college_get (colleges[k], code);
      g_hash_table_insert (totals, g_strdup (code), sum);
    }
  for (guint i = 0; i < G_N_ELEMENTS (derived); i++)
    {
      double part = *(double *)g_hash_table_lookup (totals, derived[i].part);
      double whole = *(double *)g_hash_table_lookup (totals, derived[i].whole);
      double *value = g_hash_table_lookup (totals, derived[i].code);

      g_assert_nonnull (value);
      if (!derived[i].per_week)
        *value = expected_share (part, whole);
      else
        *value = whole > 0 ? round (10.0 * part / (whole * weeks)) / 10.0 : 0.0;
    }
  return totals;
}

static inline double
total_of (GHashTable *totals,
          const char *code)
{
  double *value = g_hash_table_lookup (totals, code);

  g_assert_nonnull (value);
  return *value;
}

/* A CSV of the colleges expected, as a ministry clerk saves it from Excel:
 * Windows-1251, «;», a title row above the header. */
static inline char *
write_expected (const char *dir,
                const char *utf8)
{
  g_autofree char *path = g_build_filename (dir, "expected.csv", NULL);
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  g_autofree char *cp1251 = g_convert (utf8, -1, "WINDOWS-1251", "UTF-8", NULL, &len, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, cp1251, len, &error));
  return g_steal_pointer (&path);
}

static inline void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (dir);
}

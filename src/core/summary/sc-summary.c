/* sc-summary.c — the regional summary: the colleges' reports added up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sc-collate.h"
#include "sc-i18n.h"
#include "sc-report-figures.h"
#include "sc-summary.h"

struct _ScSummary
{
  GObject         parent_instance;
  char           *title;
  GPtrArray      *reports;        /* ScSummaryReport: every file read */
  GPtrArray      *refused;        /* ScSummaryProblem: files that could not be read */
  GPtrArray      *expected;       /* ScSummaryExpected, or NULL */
  guint           n_files;

  /* For the month chosen: */
  char           *month;
  ScSummaryCodes *codes;
  double         *totals;
  GListStore     *colleges;       /* ScSummaryReport */
  GListStore     *problems;       /* ScSummaryProblem */
  GPtrArray      *missing;        /* ScSummaryExpected, owned by @expected */
  guint           n_colleges;
  char           *platform;
};

G_DEFINE_FINAL_TYPE (ScSummary, sc_summary, G_TYPE_OBJECT)

static void
sc_summary_finalize (GObject *object)
{
  ScSummary *self = SC_SUMMARY (object);

  g_free (self->title);
  g_ptr_array_unref (self->reports);
  g_ptr_array_unref (self->refused);
  g_clear_pointer (&self->expected, g_ptr_array_unref);
  g_free (self->month);
  g_clear_pointer (&self->codes, sc_summary_codes_unref);
  g_free (self->totals);
  g_object_unref (self->colleges);
  g_object_unref (self->problems);
  g_ptr_array_unref (self->missing);
  g_free (self->platform);
  G_OBJECT_CLASS (sc_summary_parent_class)->finalize (object);
}

static void
sc_summary_class_init (ScSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_summary_finalize;
}

static void
sc_summary_init (ScSummary *self)
{
  self->reports = g_ptr_array_new_with_free_func (g_object_unref);
  self->refused = g_ptr_array_new_with_free_func (g_object_unref);
  self->colleges = g_list_store_new (SC_TYPE_SUMMARY_REPORT);
  self->problems = g_list_store_new (SC_TYPE_SUMMARY_PROBLEM);
  self->missing = g_ptr_array_new ();
  self->platform = g_strdup ("");
}

ScSummary *
sc_summary_new (void)
{
  return g_object_new (SC_TYPE_SUMMARY, NULL);
}

/* ---- title ----------------------------------------------------------------- */

void
sc_summary_set_title (ScSummary  *self,
                      const char *title)
{
  g_return_if_fail (SC_IS_SUMMARY (self));
  g_free (self->title);
  self->title = title != NULL && title[0] != '\0' ? g_strdup (title) : NULL;
}

const char *
sc_summary_get_title (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), NULL);
  return self->title;
}

char *
sc_summary_dup_title (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), NULL);
  return g_strdup (self->title != NULL ? self->title : _("Summary report on the colleges"));
}

/* ---- files ----------------------------------------------------------------- */

static void
refuse (ScSummary       *self,
        const char      *path,
        ScSummaryReason *reason)
{
  g_ptr_array_add (self->refused, sc_summary_problem_new (path, reason, FALSE));
}

static gboolean
is_workbook_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  /* "~$отчёт.xlsx" is the lock file Excel leaves beside an open workbook. */
  return g_str_has_suffix (lower, ".xlsx") && !g_str_has_prefix (name, "~$") && name[0] != '.';
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const char *x = *(const char *const *)a;
  const char *y = *(const char *const *)b;
  int order = sc_collate_compare (x, y);

  return order != 0 ? order : strcmp (x, y);
}

static gboolean
is_skipped (const char        *path,
            const char *const *skip)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);

  for (guint i = 0; skip != NULL && skip[i] != NULL; i++)
    {
      g_autofree char *other = g_canonicalize_filename (skip[i], NULL);
      if (g_str_equal (canonical, other))
        return TRUE;
    }
  return FALSE;
}

static void
list_folder (ScSummary         *self,
             const char        *folder,
             const char *const *skip,
             GPtrArray         *files)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    {
      refuse (self, folder, sc_summary_reason_new (N_("The folder could not be opened. Check that you may read it."), NULL));
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_workbook_name (name))
      g_ptr_array_add (names, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *path = g_ptr_array_index (names, i);
      if (!is_skipped (path, skip) && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (files, g_strdup (path));
    }
  if (names->len == 0)
    refuse (self, folder, sc_summary_reason_new (N_("The folder has no .xlsx workbooks."), NULL));
}

GPtrArray *
sc_summary_list_files (ScSummary         *self,
                       const char *const *paths,
                       const char *const *skip)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (SC_IS_SUMMARY (self), files);
  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      if (g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        list_folder (self, paths[i], skip, files);
      else if (!g_file_test (paths[i], G_FILE_TEST_EXISTS))
        refuse (self, paths[i], sc_summary_reason_new (N_("There is no such file or folder."), NULL));
      else if (!is_skipped (paths[i], skip))
        g_ptr_array_add (files, g_strdup (paths[i]));
    }
  return files;
}

gboolean
sc_summary_add_file (ScSummary     *self,
                     const char    *path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  ScSummaryReason *refusal = NULL;
  ScSummaryReport *report;
  GError *local_error = NULL;

  g_return_val_if_fail (SC_IS_SUMMARY (self) && path != NULL, FALSE);
  report = sc_summary_report_read (path, cancellable, &refusal, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  self->n_files++;
  if (report != NULL)
    g_ptr_array_add (self->reports, report);
  else
    refuse (self, path, refusal);
  return TRUE;
}

void
sc_summary_set_expected (ScSummary *self,
                         GPtrArray *expected)
{
  g_return_if_fail (SC_IS_SUMMARY (self));
  g_ptr_array_set_size (self->missing, 0);
  g_clear_pointer (&self->expected, g_ptr_array_unref);
  self->expected = expected;
}

gboolean
sc_summary_has_expected (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), FALSE);
  return self->expected != NULL;
}

/* ---- the month's summary --------------------------------------------------- */

typedef struct
{
  ScSummary  *self;
  GPtrArray  *problems;   /* ScSummaryProblem */
  GPtrArray  *kept;       /* ScSummaryReport (not owned) */
} Build;

static void
add_problem (Build           *b,
             ScSummaryReport *report,
             ScSummaryReason *reason,
             gboolean         counted)
{
  g_ptr_array_add (b->problems,
                   sc_summary_problem_new (sc_summary_report_get_path (report), reason, counted));
}

static char *
month_arg (const char *month)
{
  int year, number;

  sc_report_month_parse (month, &year, &number);
  return g_strdup_printf ("%02d.%d", number, year);
}

/* The most frequent month; of two as frequent, the later. */
static char *
most_common_month (ScSummary *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = NULL;
  guint best_n = 0;

  for (guint i = 0; i < self->reports->len; i++)
    {
      const char *month = sc_summary_report_get_month (g_ptr_array_index (self->reports, i));
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, month)) + 1;

      g_hash_table_insert (counts, (gpointer)month, GUINT_TO_POINTER (n));
      if (n > best_n || (n == best_n && g_strcmp0 (month, best) > 0))
        best = month, best_n = n;
    }
  return g_strdup (best);
}

static void
keep_month (Build *b)
{
  ScSummary *self = b->self;
  g_autofree char *wanted = month_arg (self->month);

  for (guint i = 0; i < self->reports->len; i++)
    {
      ScSummaryReport *report = g_ptr_array_index (self->reports, i);
      g_autofree char *month = NULL;

      if (g_strcmp0 (sc_summary_report_get_month (report), self->month) == 0)
        {
          g_ptr_array_add (b->kept, report);
          continue;
        }
      month = month_arg (sc_summary_report_get_month (report));
      add_problem (b, report, sc_summary_reason_new (N_("The report is for %s, not for %s: it is left out."),
                                                     month, wanted, NULL), FALSE);
    }
}

/* A summary among colleges' reports would count its colleges twice. */
static void
leave_out_summaries (Build *b)
{
  gboolean colleges = FALSE;

  for (guint i = 0; i < b->kept->len; i++)
    colleges = colleges || !sc_summary_report_is_summary (g_ptr_array_index (b->kept, i));
  for (guint i = b->kept->len; colleges && i-- > 0;)
    {
      ScSummaryReport *report = g_ptr_array_index (b->kept, i);
      g_autofree char *n = NULL;

      if (!sc_summary_report_is_summary (report))
        continue;
      n = g_strdup_printf ("%u", sc_summary_report_get_colleges (report));
      add_problem (b, report, sc_summary_reason_new (N_("The file is itself a regional summary (of %s colleges) among colleges' reports: it is left out so that no college is counted twice."),
                                                     n, NULL), FALSE);
      g_ptr_array_remove_index (b->kept, i);
    }
}

/* Older first: the later as_of, then the later file, then the later in
 * the list wins. */
static int
compare_age (gconstpointer a,
             gconstpointer b)
{
  ScSummaryReport *x = *(ScSummaryReport *const *)a;
  ScSummaryReport *y = *(ScSummaryReport *const *)b;
  int order = g_strcmp0 (sc_summary_report_get_as_of (x), sc_summary_report_get_as_of (y));

  if (order != 0)
    return order;
  return (sc_summary_report_get_modified (x) > sc_summary_report_get_modified (y)) -
         (sc_summary_report_get_modified (x) < sc_summary_report_get_modified (y));
}

static ScSummaryReport *
find_same_college (GHashTable      *by_inn,
                   GHashTable      *by_name,
                   ScSummaryReport *report,
                   const char      *key)
{
  const char *inn = sc_summary_report_get_inn (report);
  ScSummaryReport *other = inn[0] != '\0' ? g_hash_table_lookup (by_inn, inn) : NULL;

  if (other != NULL)
    return other;
  other = g_hash_table_lookup (by_name, key);
  /* Two colleges of one name and different ИНН are two colleges. */
  if (other != NULL && inn[0] != '\0' && sc_summary_report_get_inn (other)[0] != '\0')
    return NULL;
  return other;
}

static void
forget (GHashTable      *table,
        ScSummaryReport *report)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == report)
      g_hash_table_iter_remove (&iter);
}

static void
drop_older (Build           *b,
            ScSummaryReport *older,
            ScSummaryReport *newer)
{
  add_problem (b, older, sc_summary_reason_new (N_("Another report of the same college (%s), %s, is newer and is counted instead."),
                                                sc_summary_report_get_name (newer),
                                                sc_summary_report_get_file_name (newer), NULL), FALSE);
  g_ptr_array_remove (b->kept, older);
}

static void
leave_out_duplicates (Build *b)
{
  g_autoptr(GHashTable) by_inn = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) order = g_ptr_array_copy (b->kept, NULL, NULL);

  g_ptr_array_sort (order, compare_age);   /* stable: the list's order breaks ties */
  for (guint i = 0; i < order->len; i++)
    {
      ScSummaryReport *report = g_ptr_array_index (order, i);
      g_autofree char *key = sc_summary_name_key (sc_summary_report_get_name (report));
      ScSummaryReport *older = find_same_college (by_inn, by_name, report, key);

      if (older != NULL)
        {
          forget (by_inn, older);
          forget (by_name, older);
          drop_older (b, older, report);
        }
      if (sc_summary_report_get_inn (report)[0] != '\0')
        g_hash_table_insert (by_inn, (gpointer)sc_summary_report_get_inn (report), report);
      g_hash_table_insert (by_name, g_steal_pointer (&key), report);
    }
}

static void
list_notes (Build *b)
{
  for (guint i = 0; i < b->kept->len; i++)
    {
      ScSummaryReport *report = g_ptr_array_index (b->kept, i);
      GPtrArray *notes = sc_summary_report_get_notes (report);

      for (guint j = 0; j < notes->len; j++)
        add_problem (b, report, sc_summary_reason_copy (g_ptr_array_index (notes, j)), TRUE);
    }
}

/* Worst first: the students' connection share, then the teachers'. */
static int
compare_worst (gconstpointer a,
               gconstpointer b)
{
  ScSummaryReport *x = *(ScSummaryReport *const *)a;
  ScSummaryReport *y = *(ScSummaryReport *const *)b;
  const char *const keys[] = { "students_connected_pct", "teachers_connected_pct" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      double vx = sc_summary_report_get_value (x, keys[i]);
      double vy = sc_summary_report_get_value (y, keys[i]);
      if (vx != vy)
        return vx < vy ? -1 : 1;
    }
  return sc_collate_compare (sc_summary_report_get_name (x), sc_summary_report_get_name (y));
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  ScSummaryProblem *x = *(ScSummaryProblem *const *)a;
  ScSummaryProblem *y = *(ScSummaryProblem *const *)b;
  int order = sc_collate_compare (sc_summary_problem_get_file_name (x),
                                  sc_summary_problem_get_file_name (y));

  return order != 0 ? order : g_strcmp0 (sc_summary_problem_get_path (x), sc_summary_problem_get_path (y));
}

static void
add_up (ScSummary *self,
        GPtrArray *kept)
{
  guint n = sc_summary_codes_get_n (self->codes);

  self->totals = g_new0 (double, n);
  for (guint i = 0; i < kept->len; i++)
    {
      ScSummaryReport *report = g_ptr_array_index (kept, i);
      const double *values = sc_summary_report_get_values (report);
      const char *platform = sc_summary_report_get_platform (report);

      for (guint c = 0; c < n; c++)
        if (sc_summary_rule_is_count (sc_summary_codes_get (self->codes, c)->rule))
          self->totals[c] += values[c];
      self->n_colleges += sc_summary_report_get_colleges (report);
      if (i == 0)
        g_free (self->platform), self->platform = g_strdup (platform);
      else if (g_strcmp0 (self->platform, platform) != 0)
        g_free (self->platform), self->platform = g_strdup ("");
    }
  sc_summary_codes_derive_all (self->codes, self->totals);
}

static gboolean
is_counted (GPtrArray               *kept,
            const ScSummaryExpected *expected)
{
  g_autofree char *key = sc_summary_name_key (expected->name);

  for (guint i = 0; i < kept->len; i++)
    {
      ScSummaryReport *report = g_ptr_array_index (kept, i);
      g_autofree char *other = NULL;

      if (expected->inn[0] != '\0' && g_str_equal (expected->inn, sc_summary_report_get_inn (report)))
        return TRUE;
      other = sc_summary_name_key (sc_summary_report_get_name (report));
      if (key[0] != '\0' && g_str_equal (key, other))
        return TRUE;
    }
  return FALSE;
}

static void
find_missing (ScSummary *self,
              GPtrArray *kept)
{
  for (guint i = 0; self->expected != NULL && i < self->expected->len; i++)
    {
      ScSummaryExpected *expected = g_ptr_array_index (self->expected, i);
      if (!is_counted (kept, expected))
        g_ptr_array_add (self->missing, expected);
    }
}

static void
reset (ScSummary *self)
{
  g_clear_pointer (&self->month, g_free);
  g_clear_pointer (&self->codes, sc_summary_codes_unref);
  g_clear_pointer (&self->totals, g_free);
  g_list_store_remove_all (self->colleges);
  g_list_store_remove_all (self->problems);
  g_ptr_array_set_size (self->missing, 0);
  self->n_colleges = 0;
  g_free (self->platform);
  self->platform = g_strdup ("");
}

static void
store_results (ScSummary *self,
               Build     *b)
{
  for (guint i = 0; i < self->refused->len; i++)
    g_ptr_array_add (b->problems, g_object_ref (g_ptr_array_index (self->refused, i)));
  g_ptr_array_sort (b->problems, compare_problems);
  g_list_store_splice (self->problems, 0, 0, b->problems->pdata, b->problems->len);
  g_ptr_array_sort (b->kept, compare_worst);
  g_list_store_splice (self->colleges, 0, 0, b->kept->pdata, b->kept->len);
}

void
sc_summary_set_month (ScSummary  *self,
                      const char *month)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  Build b = { self, problems, kept };

  g_return_if_fail (SC_IS_SUMMARY (self));
  g_return_if_fail (month == NULL || sc_report_month_is_valid (month));
  reset (self);
  self->month = month != NULL ? g_strdup (month) : most_common_month (self);
  if (self->month != NULL)
    {
      self->codes = sc_summary_codes_new (self->month);
      keep_month (&b);
      leave_out_summaries (&b);
      leave_out_duplicates (&b);
      list_notes (&b);
      add_up (self, kept);
      find_missing (self, kept);
    }
  store_results (self, &b);
}

/* ---- what the month's summary holds ------------------------------------- */

const char *
sc_summary_get_month (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), NULL);
  return self->month;
}

static int
compare_months_newest (gconstpointer a,
                       gconstpointer b)
{
  return -g_strcmp0 (*(const char *const *)a, *(const char *const *)b);
}

GStrv
sc_summary_list_months (ScSummary *self)
{
  g_autoptr(GPtrArray) months = g_ptr_array_new ();

  g_return_val_if_fail (SC_IS_SUMMARY (self), NULL);
  for (guint i = 0; i < self->reports->len; i++)
    {
      const char *month = sc_summary_report_get_month (g_ptr_array_index (self->reports, i));
      if (!g_ptr_array_find_with_equal_func (months, month, g_str_equal, NULL))
        g_ptr_array_add (months, (gpointer)month);
    }
  g_ptr_array_sort (months, compare_months_newest);
  g_ptr_array_add (months, NULL);
  return g_strdupv ((char **)months->pdata);
}

GListModel *
sc_summary_get_colleges (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), NULL);
  return G_LIST_MODEL (self->colleges);
}

GListModel *
sc_summary_get_problems (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), NULL);
  return G_LIST_MODEL (self->problems);
}

GPtrArray *
sc_summary_get_missing (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), NULL);
  return self->missing;
}

guint
sc_summary_get_n_colleges (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), 0);
  return self->n_colleges;
}

guint
sc_summary_get_n_files (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), 0);
  return self->n_files;
}

gboolean
sc_summary_has_problems (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), FALSE);
  return g_list_model_get_n_items (G_LIST_MODEL (self->problems)) > 0 || self->missing->len > 0;
}

guint
sc_summary_count_refused (ScSummary *self)
{
  guint n = 0;

  g_return_val_if_fail (SC_IS_SUMMARY (self), 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->problems)); i++)
    {
      g_autoptr(ScSummaryProblem) problem = g_list_model_get_item (G_LIST_MODEL (self->problems), i);
      n += sc_summary_problem_get_counted (problem) ? 0 : 1;
    }
  return n;
}

ScSummaryCodes *
sc_summary_get_codes (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), NULL);
  return self->codes;
}

const double *
sc_summary_get_totals (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), NULL);
  return self->totals;
}

double
sc_summary_get_total (ScSummary  *self,
                      const char *code)
{
  int i;

  g_return_val_if_fail (SC_IS_SUMMARY (self), 0);
  if (self->codes == NULL || (i = sc_summary_codes_find (self->codes, code)) < 0)
    return 0.0;
  return self->totals[i];
}

const char *
sc_summary_get_platform (ScSummary *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY (self), NULL);
  return self->platform;
}

/* ---- JSON -------------------------------------------------------------- */

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar)*p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guchar)*p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_figures (ScSummary *self,
                GString   *out)
{
  g_string_append (out, "\"figures\": {");
  for (guint i = 0; self->codes != NULL && i < sc_summary_codes_get_n (self->codes); i++)
    {
      const ScSummaryCode *code = sc_summary_codes_get (self->codes, i);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (buf, sizeof buf, sc_summary_rule_is_count (code->rule) ? "%.0f" : "%.1f",
                       self->totals[i]);
      g_string_append_printf (out, "%s\"%s\": %s", i > 0 ? ", " : "", code->code, buf);
    }
  g_string_append (out, "}");
}

static void
append_problems (ScSummary *self,
                 GString   *out)
{
  GListModel *problems = G_LIST_MODEL (self->problems);

  g_string_append (out, "\"problems\": [");
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(ScSummaryProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *text = sc_summary_problem_dup_text (problem);

      g_string_append (out, i > 0 ? ", {\"file\": " : "{\"file\": ");
      append_json_string (out, sc_summary_problem_get_path (problem));
      g_string_append (out, ", \"reason\": ");
      append_json_string (out, text);
      g_string_append (out, "}");
    }
  g_string_append (out, "]");
}

static void
append_missing (ScSummary *self,
                GString   *out)
{
  g_string_append (out, "\"missing\": [");
  for (guint i = 0; i < self->missing->len; i++)
    {
      ScSummaryExpected *expected = g_ptr_array_index (self->missing, i);

      if (i > 0)
        g_string_append (out, ", ");
      append_json_string (out, expected->name[0] != '\0' ? expected->name : expected->inn);
    }
  g_string_append (out, "]");
}

/* Written by hand, as the report's JSON: doubles with one decimal. */
char *
sc_summary_to_json (ScSummary *self)
{
  GString *out = g_string_new ("{\"month\": ");

  g_return_val_if_fail (SC_IS_SUMMARY (self), NULL);
  if (self->month != NULL)
    append_json_string (out, self->month);
  else
    g_string_append (out, "null");
  g_string_append_printf (out, ", \"colleges\": %u, ", self->n_colleges);
  append_figures (self, out);
  g_string_append (out, ", ");
  append_problems (self, out);
  g_string_append (out, ", ");
  append_missing (self, out);
  g_string_append (out, "}");
  return g_string_free (out, FALSE);
}

/* sc-summary-codes.c — the figures a regional summary adds up, and how
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-report-figures.h"
#include "sc-summary-codes.h"

#define WEEK_PREFIX "week_"
#define WEEK_SUFFIX "_teachers_meeting_norm"
#define WEEKS_HERE NULL

typedef struct
{
  const char    *code;       /* WEEKS_HERE: the month's weeks go here */
  ScSummaryRule  rule;
  const char    *part;
  const char    *whole;
  const char    *at_most;
  gboolean       optional;   /* absent from reports made before it existed */
} Recipe;

/* The report's order (sc-report-figures.c, build_list ()); a test checks
 * that the two lists agree. */
static const Recipe recipes[] = {
  { "teachers_total", SC_SUMMARY_COUNT, NULL, NULL, NULL },
  { "teachers_connected", SC_SUMMARY_COUNT, NULL, NULL, "teachers_total" },
  { "teachers_connected_pct", SC_SUMMARY_PERCENT, "teachers_connected", "teachers_total", NULL },
  { "students_total", SC_SUMMARY_COUNT, NULL, NULL, NULL },
  { "students_connected", SC_SUMMARY_COUNT, NULL, NULL, "students_total" },
  { "students_connected_pct", SC_SUMMARY_PERCENT, "students_connected", "students_total", NULL },
  { "teachers_declined", SC_SUMMARY_COUNT, NULL, NULL, "teachers_total", TRUE },
  { "teachers_alternative", SC_SUMMARY_COUNT, NULL, NULL, "teachers_declined", TRUE },
  { "teachers_covered", SC_SUMMARY_SUM, "teachers_connected", "teachers_alternative", "teachers_total", TRUE },
  { "teachers_covered_pct", SC_SUMMARY_PERCENT, "teachers_covered", "teachers_total", NULL, TRUE },
  { "students_declined", SC_SUMMARY_COUNT, NULL, NULL, "students_total", TRUE },
  { "students_alternative", SC_SUMMARY_COUNT, NULL, NULL, "students_declined", TRUE },
  { "students_covered", SC_SUMMARY_SUM, "students_connected", "students_alternative", "students_total", TRUE },
  { "students_covered_pct", SC_SUMMARY_PERCENT, "students_covered", "students_total", NULL, TRUE },
  /* Only in the reports of a college that has moved to MAX. */
  { "teachers_needs_move", SC_SUMMARY_COUNT, NULL, NULL, "teachers_total", TRUE },
  { "students_needs_move", SC_SUMMARY_COUNT, NULL, NULL, "students_total", TRUE },
  { "groups_total", SC_SUMMARY_COUNT, NULL, NULL, NULL },
  { "groups_with_chat", SC_SUMMARY_COUNT, NULL, NULL, "groups_total" },
  { WEEKS_HERE, SC_SUMMARY_COUNT, NULL, NULL, "teachers_total" },
  { "teachers_norm_all_weeks", SC_SUMMARY_COUNT, NULL, NULL, "teachers_total" },
  { "teachers_norm_all_weeks_pct", SC_SUMMARY_PERCENT, "teachers_norm_all_weeks", "teachers_total", NULL },
  { "messages_total", SC_SUMMARY_COUNT, NULL, NULL, NULL },
  { "calls_total", SC_SUMMARY_COUNT, NULL, NULL, NULL },
  { "avg_messages_per_teacher_week", SC_SUMMARY_AVERAGE, "messages_total", "teachers_total", NULL },
  { "avg_calls_per_teacher_week", SC_SUMMARY_AVERAGE, "calls_total", "teachers_total", NULL },
};

static const char *const identity_codes[] = {
  "report_month", "as_of", "organization_name", "organization_inn", "platform",
  "weeks_in_month", "app_version", "colleges_count", NULL
};

struct _ScSummaryCodes
{
  char          *month;
  GArray        *codes;      /* ScSummaryCode */
  GHashTable    *index;      /* code → index + 1 */
  guint          n_weeks;
  guint          first_week;
};

const char *const *
sc_summary_identity_codes (void)
{
  return identity_codes;
}

static gboolean
is_week_code (const char *code)
{
  gsize prefix = strlen (WEEK_PREFIX);
  g_autofree char *monday = NULL;

  if (!g_str_has_prefix (code, WEEK_PREFIX) || !g_str_has_suffix (code, WEEK_SUFFIX) ||
      strlen (code) != prefix + 10 + strlen (WEEK_SUFFIX))
    return FALSE;
  monday = g_strndup (code + prefix, 10);
  return sc_date_is_valid_iso (monday);
}

gboolean
sc_summary_is_figure_code (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (recipes); i++)
    if (recipes[i].code != WEEKS_HERE && g_strcmp0 (recipes[i].code, code) == 0)
      return TRUE;
  return code != NULL && is_week_code (code);
}

static void
append_code (ScSummaryCodes *codes,
             const char     *code,
             ScSummaryRule   rule,
             gboolean        optional)
{
  ScSummaryCode entry = { g_strdup (code), rule, -1, -1, -1, optional };

  g_array_append_val (codes->codes, entry);
  g_hash_table_insert (codes->index, entry.code, GUINT_TO_POINTER (codes->codes->len));
}

static void
clear_code (gpointer data)
{
  ScSummaryCode *code = data;

  g_free (code->code);
}

/* Every code first, then the references between them by index. */
static void
link_recipe (ScSummaryCodes *codes,
             const Recipe   *recipe,
             guint           index)
{
  ScSummaryCode *code = &g_array_index (codes->codes, ScSummaryCode, index);

  if (recipe->part != NULL)
    code->part = sc_summary_codes_find (codes, recipe->part);
  if (recipe->whole != NULL)
    code->whole = sc_summary_codes_find (codes, recipe->whole);
  if (recipe->at_most != NULL)
    code->at_most = sc_summary_codes_find (codes, recipe->at_most);
}

ScSummaryCodes *
sc_summary_codes_new (const char *month)
{
  g_auto(GStrv) weeks = sc_report_month_weeks (month);
  ScSummaryCodes *codes;
  guint index = 0;

  if (weeks == NULL)
    return NULL;
  codes = g_atomic_rc_box_new0 (ScSummaryCodes);
  codes->month = g_strdup (month);
  codes->codes = g_array_new (FALSE, TRUE, sizeof (ScSummaryCode));
  g_array_set_clear_func (codes->codes, clear_code);
  codes->index = g_hash_table_new (g_str_hash, g_str_equal);
  codes->n_weeks = g_strv_length (weeks);
  for (guint r = 0; r < G_N_ELEMENTS (recipes); r++)
    {
      if (recipes[r].code != WEEKS_HERE)
        {
          append_code (codes, recipes[r].code, recipes[r].rule, recipes[r].optional);
          continue;
        }
      codes->first_week = codes->codes->len;
      for (guint w = 0; weeks[w] != NULL; w++)
        {
          g_autofree char *code = g_strconcat (WEEK_PREFIX, weeks[w], WEEK_SUFFIX, NULL);
          append_code (codes, code, SC_SUMMARY_COUNT, FALSE);
        }
    }
  for (guint r = 0; r < G_N_ELEMENTS (recipes); r++)
    {
      guint n = recipes[r].code == WEEKS_HERE ? codes->n_weeks : 1;
      for (guint k = 0; k < n; k++)
        link_recipe (codes, &recipes[r], index++);
    }
  return codes;
}

/* A report names one of a few months: the lists stay for the process. */
ScSummaryCodes *
sc_summary_codes_for_month (const char *month)
{
  static GMutex lock;
  static GHashTable *cache;
  ScSummaryCodes *codes;

  if (!sc_report_month_is_valid (month))
    return NULL;
  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify)sc_summary_codes_unref);
  codes = g_hash_table_lookup (cache, month);
  if (codes == NULL)
    {
      codes = sc_summary_codes_new (month);
      g_hash_table_insert (cache, g_strdup (month), codes);
    }
  sc_summary_codes_ref (codes);
  g_mutex_unlock (&lock);
  return codes;
}

ScSummaryCodes *
sc_summary_codes_ref (ScSummaryCodes *codes)
{
  return g_atomic_rc_box_acquire (codes);
}

static void
codes_clear (gpointer data)
{
  ScSummaryCodes *codes = data;

  g_free (codes->month);
  g_hash_table_unref (codes->index);
  g_array_unref (codes->codes);
}

void
sc_summary_codes_unref (ScSummaryCodes *codes)
{
  if (codes != NULL)
    g_atomic_rc_box_release_full (codes, codes_clear);
}

const char *
sc_summary_codes_get_month (const ScSummaryCodes *codes)
{
  return codes->month;
}

guint
sc_summary_codes_get_n (const ScSummaryCodes *codes)
{
  return codes->codes->len;
}

const ScSummaryCode *
sc_summary_codes_get (const ScSummaryCodes *codes,
                      guint                 index)
{
  g_return_val_if_fail (index < codes->codes->len, NULL);
  return &g_array_index (codes->codes, ScSummaryCode, index);
}

int
sc_summary_codes_find (const ScSummaryCodes *codes,
                       const char           *code)
{
  return (int)GPOINTER_TO_UINT (g_hash_table_lookup (codes->index, code)) - 1;
}

guint
sc_summary_codes_get_n_weeks (const ScSummaryCodes *codes)
{
  return codes->n_weeks;
}

guint
sc_summary_codes_get_first_week (const ScSummaryCodes *codes)
{
  return codes->first_week;
}

/* As the report rounds (sc_percent (), average ()), in doubles: a region's
 * sums do not fit the report's integers. */
double
sc_summary_codes_derive (const ScSummaryCodes *codes,
                         const double         *values,
                         guint                 index)
{
  const ScSummaryCode *code = sc_summary_codes_get (codes, index);
  double part, whole;

  if (code->rule == SC_SUMMARY_COUNT)
    return values[index];
  part = values[code->part];
  whole = values[code->whole];
  if (code->rule == SC_SUMMARY_SUM)
    return part + whole;
  if (code->rule == SC_SUMMARY_AVERAGE)
    whole *= codes->n_weeks;
  if (whole <= 0)
    return 0.0;
  if (code->rule == SC_SUMMARY_PERCENT)
    return round (1000.0 * part / whole) / 10.0;
  return round (10.0 * part / whole) / 10.0;
}

void
sc_summary_codes_derive_all (const ScSummaryCodes *codes,
                             double               *values)
{
  for (guint i = 0; i < codes->codes->len; i++)
    values[i] = sc_summary_codes_derive (codes, values, i);
}

/* ---- column headings ------------------------------------------------------- */

static gboolean
is_coverage_code (const char *code)
{
  return strstr (code, "_declined") != NULL || strstr (code, "_alternative") != NULL ||
         strstr (code, "_covered") != NULL;
}

/* The printed summary leaves out the counts behind the coverage shares:
 * A4 holds no more columns; the workbook has them all. */
gboolean
sc_summary_code_is_printed (const char *code)
{
  return !is_coverage_code (code) || g_str_has_suffix (code, "_covered_pct");
}

const char *
sc_summary_code_group_label (const char *code)
{
  if (g_str_has_prefix (code, WEEK_PREFIX) || g_str_has_prefix (code, "teachers_norm_all_weeks"))
    return _("Teachers meeting the norm");
  if (g_str_has_suffix (code, "_needs_move"))
    return _("To move to MAX");
  if (g_str_has_prefix (code, "teachers_") && is_coverage_code (code))
    return _("Teachers: coverage");
  if (g_str_has_prefix (code, "students_") && is_coverage_code (code))
    return _("Students: coverage");
  if (g_str_has_prefix (code, "teachers_"))
    return _("Teachers");
  if (g_str_has_prefix (code, "students_"))
    return _("Students");
  if (g_str_has_prefix (code, "groups_"))
    return _("Study groups");
  return _("Teachers' activity");
}

/* "30.10–05.11": the week's Monday and Sunday. */
static char *
week_label (const char *code)
{
  g_autofree char *monday = g_strndup (code + strlen (WEEK_PREFIX), 10);
  g_autoptr(GDate) date = sc_date_to_gdate (monday);
  GDate sunday;

  if (date == NULL)
    return g_strdup (code);
  sunday = *date;
  g_date_add_days (&sunday, 6);
  return g_strdup_printf ("%02u.%02u–%02u.%02u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_day (&sunday), g_date_get_month (&sunday));
}

char *
sc_summary_code_short_label (const char *code)
{
  static const struct { const char *code; const char *label; } labels[] = {
    { "teachers_total", NC_("summary column", "total") },
    { "teachers_connected", NC_("summary column", "connected") },
    { "teachers_connected_pct", NC_("summary column", "share") },
    { "students_total", NC_("summary column", "total") },
    { "students_connected", NC_("summary column", "connected") },
    { "students_connected_pct", NC_("summary column", "share") },
    { "teachers_declined", NC_("summary column", "declined") },
    { "teachers_alternative", NC_("summary column", "another channel") },
    { "teachers_covered", NC_("summary column", "covered") },
    { "teachers_covered_pct", NC_("summary column", "share covered") },
    { "students_declined", NC_("summary column", "declined") },
    { "students_alternative", NC_("summary column", "another channel") },
    { "students_covered", NC_("summary column", "covered") },
    { "students_covered_pct", NC_("summary column", "share covered") },
    { "teachers_needs_move", NC_("summary column", "teachers") },
    { "students_needs_move", NC_("summary column", "students") },
    { "groups_total", NC_("summary column", "with students") },
    { "groups_with_chat", NC_("summary column", "with a group chat") },
    { "teachers_norm_all_weeks", NC_("summary column", "every week") },
    { "teachers_norm_all_weeks_pct", NC_("summary column", "share") },
    { "messages_total", NC_("summary column", "messages") },
    { "calls_total", NC_("summary column", "calls") },
    { "avg_messages_per_teacher_week", NC_("summary column", "messages a week per teacher") },
    { "avg_calls_per_teacher_week", NC_("summary column", "calls a week per teacher") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].code, code))
      return g_strdup (sc_pgettext2 ("summary column", labels[i].label));
  if (is_week_code (code))
    return week_label (code);
  return g_strdup (code);
}

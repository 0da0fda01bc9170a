/* sc-summary-codes.h — the figures a regional summary adds up, and how
 *
 * The codes are those of a month's report (DESIGN.md §5, as
 * sc-report-figures.c names them), in the report's order, the weeks of the
 * month in their place. Each is either a count (summed over the colleges)
 * or a share or an average worked out again from summed counts — never an
 * average of the colleges' percentages:
 *
 *   *_pct                          round (100 · part / whole, 1)
 *   avg_*_per_teacher_week         round (total / (teachers_total · weeks), 1)
 *
 * A count may also be bounded by another (connected ≤ total).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SC_SUMMARY_COUNT,
  SC_SUMMARY_PERCENT,
  SC_SUMMARY_AVERAGE,
  SC_SUMMARY_SUM,            /* part + whole: covered = connected + alternative */
} ScSummaryRule;

/* A whole number that a region's totals add up: COUNT and SUM. */
static inline gboolean
sc_summary_rule_is_count (ScSummaryRule rule)
{
  return rule == SC_SUMMARY_COUNT || rule == SC_SUMMARY_SUM;
}

typedef struct
{
  char          *code;
  ScSummaryRule  rule;
  int            part;      /* PERCENT, AVERAGE: the count on top */
  int            whole;     /* PERCENT, AVERAGE: the count below */
  int            at_most;   /* COUNT: a count it cannot exceed, or -1 */
  gboolean       optional;  /* read as 0 (SUM, PERCENT: worked out) when a report lacks it */
} ScSummaryCode;

typedef struct _ScSummaryCodes ScSummaryCodes;

/* NULL when @month is not "YYYY-MM". */
ScSummaryCodes      *sc_summary_codes_new      (const char           *month);
/* The same codes, shared: every report of a month points at one list (a
 * thousand files keep their figures, not a thousand lists of codes). */
ScSummaryCodes      *sc_summary_codes_for_month (const char          *month);
ScSummaryCodes      *sc_summary_codes_ref      (ScSummaryCodes       *codes);
void                 sc_summary_codes_unref    (ScSummaryCodes       *codes);
const char          *sc_summary_codes_get_month (const ScSummaryCodes *codes);
guint                sc_summary_codes_get_n    (const ScSummaryCodes *codes);
const ScSummaryCode *sc_summary_codes_get      (const ScSummaryCodes *codes,
                                                guint                 index);
/* The index of @code, or -1. */
int                  sc_summary_codes_find     (const ScSummaryCodes *codes,
                                                const char           *code);
guint                sc_summary_codes_get_n_weeks (const ScSummaryCodes *codes);
/* The index of the first week's figure; the weeks follow in order. */
guint                sc_summary_codes_get_first_week (const ScSummaryCodes *codes);
/* A share or average of @values worked out from its counts. */
double               sc_summary_codes_derive   (const ScSummaryCodes *codes,
                                                const double         *values,
                                                guint                 index);
/* Every share and average of @values worked out again from the counts. */
void                 sc_summary_codes_derive_all (const ScSummaryCodes *codes,
                                                double               *values);

/* The identity rows of «Данные» (report_month, as_of, organization_name,
 * organization_inn, platform, weeks_in_month, app_version, and a summary's
 * colleges_count), in their order. */
const char *const   *sc_summary_identity_codes (void);
/* A code of a report figure in any month: the fixed ones and every
 * "week_YYYY-MM-DD_teachers_meeting_norm". */
gboolean             sc_summary_is_figure_code (const char           *code);

/* The summary's columns are grouped: «Педагоги» (всего, подключено, доля),
 * «Студенты», …; the weeks are headed «30.10–05.11». In the language of
 * the moment (sc-i18n.h). */
const char          *sc_summary_code_group_label (const char         *code);
/* FALSE for the columns only the workbook has. */
gboolean             sc_summary_code_is_printed (const char          *code);
char                *sc_summary_code_short_label (const char         *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSummaryCodes, sc_summary_codes_unref)

G_END_DECLS

/* sc-summary-report.c — one college's report, read back from «Данные»
 *
 * The sheet's layout is sc-report-xlsx.c's (write_data_sheet ()): a header
 * row, then one row a code, column A the code and B the value. Rows are
 * found by code, never by position.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-organization.h"
#include "sc-report-figures.h"
#include "sc-summary-report.h"
#include "sc-table-reader.h"
#include "sc-text.h"

/* More people than any region has: a larger count is a damaged cell. */
#define MAX_COUNT 1e9
#define MAX_COLLEGES 100000
#define MAX_UNKNOWN_LISTED 10
/* Shares are printed with one decimal: a file's share may be off by the
 * rounding of its counts, no more. */
#define SHARE_TOLERANCE (0.05 + 1e-9)

struct _ScSummaryReport
{
  GObject          parent_instance;
  char            *path;
  char            *file_name;
  char            *month;
  char            *as_of;
  char            *name;
  char            *inn;
  char            *platform;
  guint            colleges;
  gboolean         is_summary;
  ScSummaryCodes  *codes;
  double          *values;
  GPtrArray       *notes;
  gint64           modified;
};

G_DEFINE_FINAL_TYPE (ScSummaryReport, sc_summary_report, G_TYPE_OBJECT)

/* What reading one sheet needs. */
typedef struct
{
  ScTable         *table;
  GHashTable      *rows;      /* code → row + 1 */
  GPtrArray       *order;     /* the codes in the sheet's order */
  ScSummaryReport *report;
  GArray          *absent;   /* gboolean per code: an optional figure the file lacks */
} Reading;

static void
sc_summary_report_finalize (GObject *object)
{
  ScSummaryReport *self = SC_SUMMARY_REPORT (object);

  g_free (self->path);
  g_free (self->file_name);
  g_free (self->month);
  g_free (self->as_of);
  g_free (self->name);
  g_free (self->inn);
  g_free (self->platform);
  g_clear_pointer (&self->codes, sc_summary_codes_unref);
  g_free (self->values);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  G_OBJECT_CLASS (sc_summary_report_parent_class)->finalize (object);
}

static void
sc_summary_report_class_init (ScSummaryReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_summary_report_finalize;
}

static void
sc_summary_report_init (ScSummaryReport *self)
{
  self->notes = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_summary_reason_free);
  self->colleges = 1;
}

/* ---- helpers --------------------------------------------------------------- */

char *
sc_summary_name_key (const char *name)
{
  g_autofree char *folded = sc_text_fold (name);
  GString *key = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

/* "11.2023": how a month is named inside a reason, in any language. */
static char *
month_arg (const char *month)
{
  int year, number;

  if (!sc_report_month_parse (month, &year, &number))
    return g_strdup (month);
  return g_strdup_printf ("%02d.%d", number, year);
}

static const char *
cell (const Reading *r,
      const char    *code)
{
  guint row = GPOINTER_TO_UINT (g_hash_table_lookup (r->rows, code));

  return row > 0 ? sc_table_get_cell (r->table, row - 1, 1) : NULL;
}

static char *
line_of (const Reading *r,
         guint          row)
{
  return g_strdup_printf ("%u", sc_table_get_line (r->table, row));
}

static gboolean
parse_number (const char *text,
              double     *out)
{
  g_autofree char *clean = sc_text_clean (text);
  char *end = NULL;

  if (clean[0] == '\0')
    return FALSE;
  *out = g_ascii_strtod (clean, &end);
  return end != clean && *end == '\0' && isfinite (*out);
}

static gboolean
is_header (const char *code)
{
  g_autofree char *folded = sc_text_fold (code);

  return g_str_equal (folded, "код") || g_str_equal (folded, "code");
}

/* ---- reading the sheet ------------------------------------------------- */

static ScSummaryReason *
index_rows (Reading *r)
{
  gboolean first = TRUE;

  for (guint row = 0; row < sc_table_get_n_rows (r->table); row++)
    {
      g_autofree char *code = sc_text_clean (sc_table_get_cell (r->table, row, 0));
      guint seen;

      if (code[0] == '\0')
        continue;
      if (first && is_header (code))
        {
          first = FALSE;
          continue;
        }
      first = FALSE;
      seen = GPOINTER_TO_UINT (g_hash_table_lookup (r->rows, code));
      if (seen > 0)
        {
          g_autofree char *a = line_of (r, seen - 1);
          g_autofree char *b = line_of (r, row);

          return sc_summary_reason_new (N_("The code %s appears twice in the «Данные» sheet (rows %s and %s). Ask the college to make the report again in Sferum Coordinator instead of editing the sheet."),
                                        code, a, b, NULL);
        }
      g_ptr_array_add (r->order, g_strdup (code));
      g_hash_table_insert (r->rows, g_steal_pointer (&code), GUINT_TO_POINTER (row + 1));
    }
  return NULL;
}

static gboolean
has_any_figure (const Reading *r)
{
  for (guint i = 0; i < r->order->len; i++)
    if (sc_summary_is_figure_code (g_ptr_array_index (r->order, i)))
      return TRUE;
  return FALSE;
}

static ScSummaryReason *
require_identity (const Reading *r)
{
  const char *const required[] = { "report_month", "as_of", "organization_name", "weeks_in_month" };
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    any = any || cell (r, required[i]) != NULL;
  if (!any && !has_any_figure (r))
    return sc_summary_reason_new (N_("Not a report of Sferum Coordinator: its «Данные» sheet holds no report figures. Ask the college for the report's .xlsx file as Sferum Coordinator saved it."),
                                  NULL);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (cell (r, required[i]) == NULL)
      return sc_summary_reason_new (N_("The «Данные» sheet has no %s row: the report was made by a version of Sferum Coordinator from before the identity rows, or the sheet was edited. Ask the college to make the report again with the current version."),
                                    required[i], NULL);
  return NULL;
}

static ScSummaryReason *
read_month (Reading *r)
{
  ScSummaryReport *report = r->report;
  g_autofree char *month = sc_text_clean (cell (r, "report_month"));
  g_autofree char *as_of = sc_text_clean (cell (r, "as_of"));

  if (!sc_report_month_is_valid (month))
    return sc_summary_reason_new (N_("The report month “%s” is not a month of the form YYYY-MM."),
                                  month, NULL);
  report->month = g_steal_pointer (&month);
  report->codes = sc_summary_codes_for_month (report->month);
  report->as_of = sc_date_parse (as_of);
  if (report->as_of == NULL)
    return sc_summary_reason_new (N_("The date “%s” in the as_of row is not a date."), as_of, NULL);
  return NULL;
}

static ScSummaryReason *
read_weeks (Reading *r)
{
  ScSummaryReport *report = r->report;
  g_autofree char *text = sc_text_clean (cell (r, "weeks_in_month"));
  guint expected = sc_summary_codes_get_n_weeks (report->codes);
  double weeks;

  if (parse_number (text, &weeks) && weeks == expected)
    return NULL;
  {
    g_autofree char *month = month_arg (report->month);
    g_autofree char *n = g_strdup_printf ("%u", expected);

    return sc_summary_reason_new (N_("The report counts “%s” weeks in the month, but %s has %s. The file was changed by hand or made by another program."),
                                  text, month, n, NULL);
  }
}

static ScSummaryReason *
read_colleges (Reading *r)
{
  const char *text = cell (r, "colleges_count");
  double n;

  if (text == NULL)
    return NULL;
  if (!parse_number (text, &n) || n < 1 || n > MAX_COLLEGES || n != floor (n))
    return sc_summary_reason_new (N_("The colleges_count row holds “%s”, not a number of colleges."),
                                  text, NULL);
  r->report->colleges = (guint)n;
  r->report->is_summary = TRUE;
  return NULL;
}

static ScSummaryReason *
read_names (Reading *r)
{
  ScSummaryReport *report = r->report;
  g_autofree char *inn = sc_text_clean (cell (r, "organization_inn"));

  report->name = sc_text_clean (cell (r, "organization_name"));
  if (report->name[0] == '\0')
    return sc_summary_reason_new (N_("The report does not name its college: the organization_name row is empty."),
                                  NULL);
  report->platform = sc_text_clean (cell (r, "platform"));
  if (inn[0] != '\0' && !sc_organization_inn_is_valid (inn))
    {
      g_ptr_array_add (report->notes,
                       sc_summary_reason_new (N_("The INN “%s” is not a valid INN; the college is matched by its name."),
                                              inn, NULL));
      g_clear_pointer (&inn, g_free);
    }
  report->inn = inn != NULL ? g_steal_pointer (&inn) : g_strdup ("");
  return NULL;
}

static ScSummaryReason *
figure_reason (const char *msgid,
               const char *code,
               const char *text)
{
  g_autofree char *figure = sc_summary_reason_figure (code);

  return sc_summary_reason_new (msgid, figure, text, NULL);
}

static ScSummaryReason *
check_value (const ScSummaryCode *code,
             const char          *text,
             double               value)
{
  if (value < 0)
    return figure_reason (N_("The figure %s is negative (%s). Ask the college to check its report."),
                          code->code, text);
  if (sc_summary_rule_is_count (code->rule) && value != floor (value))
    return figure_reason (N_("The figure %s is not a whole number (%s). Ask the college to check its report."),
                          code->code, text);
  if (value > MAX_COUNT || (code->rule == SC_SUMMARY_PERCENT && value > 100))
    return figure_reason (N_("The figure %s is too large (%s). Ask the college to check its report."),
                          code->code, text);
  return NULL;
}

static ScSummaryReason *
read_figure (Reading *r,
             guint    index)
{
  const ScSummaryCode *code = sc_summary_codes_get (r->report->codes, index);
  const char *text = cell (r, code->code);
  g_autofree char *clean = NULL;

  if (text == NULL && code->optional)
    {
      /* A report made before the figure existed: nobody counted there,
       * and what is worked out from counts is worked out below. */
      g_array_index (r->absent, gboolean, index) = TRUE;
      r->report->values[index] = 0.0;
      return NULL;
    }
  if (text == NULL)
    return figure_reason (N_("The figure %s (code %s) is missing from the «Данные» sheet. Ask the college to make the report again with the current version."),
                          code->code, code->code);
  clean = sc_text_clean (text);
  if (!parse_number (clean, &r->report->values[index]))
    return figure_reason (N_("The figure %s holds “%s”, not a number. Ask the college to make the report again in Sferum Coordinator instead of editing the sheet."),
                          code->code, clean);
  return check_value (code, clean, r->report->values[index]);
}

static ScSummaryReason *
check_bounds (Reading *r)
{
  ScSummaryCodes *codes = r->report->codes;
  const double *values = r->report->values;

  for (guint i = 0; i < sc_summary_codes_get_n (codes); i++)
    {
      const ScSummaryCode *code = sc_summary_codes_get (codes, i);
      g_autofree char *a = NULL, *b = NULL, *va = NULL, *vb = NULL;

      if (code->at_most < 0 || values[i] <= values[code->at_most])
        continue;
      a = sc_summary_reason_figure (code->code);
      b = sc_summary_reason_figure (sc_summary_codes_get (codes, code->at_most)->code);
      va = sc_report_format_number (values[i], 0);
      vb = sc_report_format_number (values[code->at_most], 0);
      return sc_summary_reason_new (N_("The figure %s (%s) is larger than %s (%s). Ask the college to check its report."),
                                    a, va, b, vb, NULL);
    }
  return NULL;
}

/* The counts are the data; a share that disagrees is listed and replaced. */
static void
check_shares (Reading *r)
{
  ScSummaryCodes *codes = r->report->codes;
  double *values = r->report->values;

  for (guint i = 0; i < sc_summary_codes_get_n (codes); i++)
    {
      double derived = sc_summary_codes_derive (codes, values, i);
      g_autofree char *figure = NULL, *given = NULL, *counted = NULL;

      if (fabs (derived - values[i]) <= SHARE_TOLERANCE || g_array_index (r->absent, gboolean, i))
        {
          values[i] = derived;
          continue;
        }
      figure = sc_summary_reason_figure (sc_summary_codes_get (codes, i)->code);
      given = sc_report_format_number (values[i], 1);
      counted = sc_report_format_number (derived, 1);
      g_ptr_array_add (r->report->notes,
                       sc_summary_reason_new (N_("The figure %s is %s in the file, but its counts make %s; the summary uses the counts."),
                                              figure, given, counted, NULL));
      values[i] = derived;
    }
}

static gboolean
is_identity (const char *code)
{
  return g_strv_contains ((const char *const *)sc_summary_identity_codes (), code);
}

static void
list_unknown (Reading *r)
{
  g_autoptr(GString) list = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < r->order->len; i++)
    {
      const char *code = g_ptr_array_index (r->order, i);

      if (is_identity (code) || sc_summary_codes_find (r->report->codes, code) >= 0)
        continue;
      if (n++ < MAX_UNKNOWN_LISTED)
        g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", code);
    }
  if (n > MAX_UNKNOWN_LISTED)
    g_string_append (list, ", …");
  if (n > 0)
    g_ptr_array_add (r->report->notes,
                     sc_summary_reason_new (N_("Unknown codes in the «Данные» sheet were ignored: %s."),
                                            list->str, NULL));
}

static ScSummaryReason *
read_figures (Reading *r)
{
  ScSummaryReason *reason = NULL;
  guint n = sc_summary_codes_get_n (r->report->codes);

  r->report->values = g_new0 (double, n);
  r->absent = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), n);
  g_array_set_size (r->absent, n);
  for (guint i = 0; i < n && reason == NULL; i++)
    reason = read_figure (r, i);
  if (reason == NULL)
    reason = check_bounds (r);
  if (reason != NULL)
    return reason;
  check_shares (r);
  list_unknown (r);
  return NULL;
}

static ScSummaryReason *
read_table (Reading *r)
{
  ScSummaryReason *reason;

  if ((reason = index_rows (r)) != NULL ||
      (reason = require_identity (r)) != NULL ||
      (reason = read_month (r)) != NULL ||
      (reason = read_names (r)) != NULL ||
      (reason = read_weeks (r)) != NULL ||
      (reason = read_colleges (r)) != NULL)
    return reason;
  return read_figures (r);
}

/* The reader's refusal, said for a report rather than a list to import. */
static ScSummaryReason *
reason_for_error (const GError *error)
{
  if (error->domain == SC_TABLE_READER_ERROR)
    switch (error->code)
      {
      case SC_TABLE_READER_ERROR_NOT_A_TABLE:
        return sc_summary_reason_new (N_("Not an Excel workbook: the file may have been renamed or saved in another format. Ask the college for the report's .xlsx file as Sferum Coordinator saved it."),
                                      NULL);
      case SC_TABLE_READER_ERROR_NO_SHEET:
        return sc_summary_reason_new (N_("Not a report of Sferum Coordinator: the workbook has no «Данные» sheet. Ask the college for the report's .xlsx file as Sferum Coordinator saved it."),
                                      NULL);
      case SC_TABLE_READER_ERROR_TOO_LARGE:
        return sc_summary_reason_new (N_("The file is too large for a report, or unpacks to too much data; it may be damaged. Ask the college to send the report again."),
                                      NULL);
      case SC_TABLE_READER_ERROR_UNREADABLE:
        return sc_summary_reason_new (N_("The file could not be read. Check that it is still there and that you may open it."),
                                      NULL);
      default:
        break;
      }
  return sc_summary_reason_new (N_("The workbook is damaged or was not saved completely. Ask the college to send the report again."),
                                NULL);
}

static ScSummaryReport *
report_from_table (ScTable          *table,
                   const char       *path,
                   ScSummaryReason **refusal)
{
  g_autoptr(ScSummaryReport) report = g_object_new (SC_TYPE_SUMMARY_REPORT, NULL);
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  Reading r = { table, rows, order, report };

  report->path = g_strdup (path);
  report->file_name = g_path_get_basename (path);
  *refusal = read_table (&r);
  g_clear_pointer (&r.absent, g_array_unref);
  return *refusal == NULL ? g_steal_pointer (&report) : NULL;
}

static ScSummaryReport *
report_from_result (ScTable          *table,
                    GError           *read_error,
                    const char       *path,
                    ScSummaryReason **refusal,
                    GError          **error)
{
  g_return_val_if_fail (refusal != NULL && *refusal == NULL, NULL);
  if (table != NULL)
    return report_from_table (table, path, refusal);
  if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, read_error);
      return NULL;
    }
  *refusal = reason_for_error (read_error);
  g_error_free (read_error);
  return NULL;
}

ScSummaryReport *
sc_summary_report_read_bytes (GBytes           *bytes,
                              const char       *path,
                              GCancellable     *cancellable,
                              ScSummaryReason **refusal,
                              GError          **error)
{
  GError *read_error = NULL;
  g_autoptr(ScTable) table = NULL;

  g_return_val_if_fail (bytes != NULL && path != NULL, NULL);
  table = sc_table_read_bytes_sheet (bytes, SC_SUMMARY_DATA_SHEET, cancellable, &read_error);
  return report_from_result (table, read_error, path, refusal, error);
}

ScSummaryReport *
sc_summary_report_read (const char       *path,
                        GCancellable     *cancellable,
                        ScSummaryReason **refusal,
                        GError          **error)
{
  GError *read_error = NULL;
  g_autoptr(ScTable) table = NULL;
  ScSummaryReport *report;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);
  table = sc_table_read_file_sheet (path, SC_SUMMARY_DATA_SHEET, cancellable, &read_error);
  report = report_from_result (table, read_error, path, refusal, error);
  if (report != NULL && g_stat (path, &st) == 0)
    report->modified = (gint64)st.st_mtime;
  return report;
}

/* ---- accessors ------------------------------------------------------------- */

const char *
sc_summary_report_get_path (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), NULL);
  return self->path;
}

const char *
sc_summary_report_get_file_name (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), NULL);
  return self->file_name;
}

const char *
sc_summary_report_get_month (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), NULL);
  return self->month;
}

const char *
sc_summary_report_get_as_of (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), NULL);
  return self->as_of;
}

const char *
sc_summary_report_get_name (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), NULL);
  return self->name;
}

const char *
sc_summary_report_get_inn (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), NULL);
  return self->inn;
}

const char *
sc_summary_report_get_platform (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), NULL);
  return self->platform;
}

guint
sc_summary_report_get_colleges (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), 0);
  return self->colleges;
}

gboolean
sc_summary_report_is_summary (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), FALSE);
  return self->is_summary;
}

ScSummaryCodes *
sc_summary_report_get_codes (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), NULL);
  return self->codes;
}

const double *
sc_summary_report_get_values (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), NULL);
  return self->values;
}

double
sc_summary_report_get_value (ScSummaryReport *self,
                             const char      *code)
{
  int i;

  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), 0);
  i = sc_summary_codes_find (self->codes, code);
  return i >= 0 ? self->values[i] : 0.0;
}

GPtrArray *
sc_summary_report_get_notes (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), NULL);
  return self->notes;
}

gint64
sc_summary_report_get_modified (ScSummaryReport *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_REPORT (self), 0);
  return self->modified;
}

void
sc_summary_report_set_modified (ScSummaryReport *self,
                                gint64           modified)
{
  g_return_if_fail (SC_IS_SUMMARY_REPORT (self));
  self->modified = modified;
}

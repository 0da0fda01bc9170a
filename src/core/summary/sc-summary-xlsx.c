/* sc-summary-xlsx.c — the regional summary as an XLSX workbook
 *
 * Written in the documents' locale (sc-doc-locale.h), as the report is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary"

#include "config.h"

#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "sc-date.h"
#include "sc-format.h"
#include "sc-i18n.h"
#include "sc-report.h"
#include "sc-report-figures.h"
#include "sc-report-text.h"
#include "sc-summary-xlsx.h"
#include "sc-xlsx-cells.h"

/* Sheet names stay Russian in every locale, as the report's do. */
#define SHEET_SUMMARY "Свод"
#define SHEET_MISSING "Не прислали"
#define SHEET_PROBLEMS "Проблемы"
#define SHEET_DATA "Данные"

#define PAPER_A4 9
#define MM (1.0 / 25.4)
#define MARGIN_SIDE (10 * MM)
#define MARGIN_TOP (15 * MM)
#define MARGIN_BOTTOM (15 * MM)
#define LINE_HEIGHT 15.0
#define PERCENT_FORMAT "0.0\" \"%"
/* «Свод»: the title, what it holds, two rows of headings, then a row a
 * college. */
#define FIRST_COLLEGE_ROW 4
#define FIRST_FIGURE_COL 3
/* Other sheets: the title, what it holds, the headings. */
#define FIRST_ROW 3
/* Columns in characters; a wrapped cell's row is sized from its text, as
 * spreadsheets do not always grow it themselves. */
#define NAME_WIDTH 34
#define REASON_WIDTH 80

typedef struct
{
  lxw_workbook *book;
  ScSummary    *summary;
  ScSummaryCodes *codes;
  char         *title;
  char         *title_line;
  lxw_format   *sheet_title, *sheet_subject, *header, *cell, *number, *text_number;
  lxw_format   *integer, *decimal, *percent, *percent_low, *total, *total_integer;
  lxw_format   *total_decimal, *total_percent, *note, *data_header, *data_date;
} Writer;

/* ---- formats ------------------------------------------------------------- */

static lxw_format *
add_cell_format (lxw_workbook *book,
                 gboolean      bold,
                 uint8_t       align,
                 const char   *num_format)
{
  lxw_format *format = workbook_add_format (book);

  if (bold)
    format_set_bold (format);
  format_set_align (format, align);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (format);
  format_set_border (format, LXW_BORDER_THIN);
  if (num_format != NULL)
    format_set_num_format (format, num_format);
  return format;
}

static void
make_formats (Writer *w)
{
  w->sheet_title = workbook_add_format (w->book);
  format_set_bold (w->sheet_title);
  format_set_text_wrap (w->sheet_title);
  format_set_align (w->sheet_title, LXW_ALIGN_VERTICAL_TOP);
  w->sheet_subject = workbook_add_format (w->book);
  w->note = workbook_add_format (w->book);
  format_set_italic (w->note);
  w->header = add_cell_format (w->book, TRUE, LXW_ALIGN_CENTER, NULL);
  format_set_align (w->header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color (w->header, 0xD9E1F2);
  w->cell = add_cell_format (w->book, FALSE, LXW_ALIGN_LEFT, NULL);
  format_set_indent (w->cell, 1);
  w->number = add_cell_format (w->book, FALSE, LXW_ALIGN_RIGHT, NULL);
  w->text_number = add_cell_format (w->book, FALSE, LXW_ALIGN_CENTER, "@");
  w->integer = add_cell_format (w->book, FALSE, LXW_ALIGN_RIGHT, "#,##0");
  w->decimal = add_cell_format (w->book, FALSE, LXW_ALIGN_RIGHT, "0.0");
  w->percent = add_cell_format (w->book, FALSE, LXW_ALIGN_RIGHT, PERCENT_FORMAT);
  /* A share under the order's 100 %: a college to call first. */
  w->percent_low = add_cell_format (w->book, FALSE, LXW_ALIGN_RIGHT, PERCENT_FORMAT);
  format_set_bg_color (w->percent_low, 0xF8CBAD);
  w->total = add_cell_format (w->book, TRUE, LXW_ALIGN_LEFT, NULL);
  format_set_indent (w->total, 1);
  w->total_integer = add_cell_format (w->book, TRUE, LXW_ALIGN_RIGHT, "#,##0");
  w->total_decimal = add_cell_format (w->book, TRUE, LXW_ALIGN_RIGHT, "0.0");
  w->total_percent = add_cell_format (w->book, TRUE, LXW_ALIGN_RIGHT, PERCENT_FORMAT);
  w->data_header = workbook_add_format (w->book);
  format_set_bold (w->data_header);
  w->data_date = workbook_add_format (w->book);
  format_set_num_format (w->data_date, "yyyy-mm-dd");
  format_set_align (w->data_date, LXW_ALIGN_LEFT);
}

/* ---- page and title ------------------------------------------------------ */

/* Merged cells do not grow for wrapped text: the height is estimated. */
static double
lines_height (const char *text,
              int         chars_per_line)
{
  int n = (int)g_utf8_strlen (text, -1);

  return MAX (1, (n + chars_per_line - 1) / chars_per_line) * LINE_HEIGHT;
}

static void
write_title (Writer        *w,
             lxw_worksheet *ws,
             lxw_col_t      last_col,
             int            chars_per_line,
             const char    *subject)
{
  sc_xlsx_merge_text (ws, 0, 0, last_col, w->title_line, w->sheet_title);
  worksheet_set_row (ws, 0, lines_height (w->title_line, chars_per_line), NULL);
  sc_xlsx_merge_text (ws, 1, 0, last_col, subject, w->sheet_subject);
}

/* A4 landscape, one page wide, the title and headings on every page,
 * «Страница 1 из 3» at the foot. */
static void
set_up_pages (lxw_worksheet *ws,
              lxw_row_t      last_row,
              lxw_col_t      last_col,
              lxw_row_t      heading_rows)
{
  worksheet_set_paper (ws, PAPER_A4);
  worksheet_set_landscape (ws);
  worksheet_set_margins (ws, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_print_area (ws, 0, 0, last_row, last_col);
  worksheet_repeat_rows (ws, 0, heading_rows - 1);
  /* Translators: a spreadsheet page footer; keep the &C, &P and &N codes. */
  worksheet_set_footer (ws, _("&CPage &P of &N"));
}

/* ---- «Свод» -------------------------------------------------------------- */

static lxw_col_t
figure_col (guint index)
{
  return FIRST_FIGURE_COL + index;
}

static lxw_col_t
last_col (Writer *w)
{
  return figure_col (sc_summary_codes_get_n (w->codes) - 1);
}

/* Wide enough for the longest word of the column's heading in bold
 * (about a character more than its letters), and for «100,0 %». */
static void
set_figure_widths (Writer        *w,
                   lxw_worksheet *ws)
{
  for (guint i = 0; i < sc_summary_codes_get_n (w->codes); i++)
    {
      g_autofree char *label = sc_summary_code_short_label (sc_summary_codes_get (w->codes, i)->code);
      g_auto(GStrv) words = g_strsplit (label, " ", -1);
      glong longest = 0;

      for (guint k = 0; words[k] != NULL; k++)
        longest = MAX (longest, g_utf8_strlen (words[k], -1));
      worksheet_set_column (ws, figure_col (i), figure_col (i), MAX (9.0, longest * 1.15 + 1.5), NULL);
    }
}

/* Group headings over their columns, the short heading under each. */
static void
write_summary_headers (Writer        *w,
                       lxw_worksheet *ws)
{
  const char *const fixed[] = { C_("column", "No."), _("College"), _("INN") };
  guint n = sc_summary_codes_get_n (w->codes);

  for (lxw_col_t col = 0; col < G_N_ELEMENTS (fixed); col++)
    worksheet_merge_range (ws, 2, col, 3, col, fixed[col], w->header);
  for (guint i = 0; i < n;)
    {
      const char *group = sc_summary_code_group_label (sc_summary_codes_get (w->codes, i)->code);
      guint j = i;

      while (j + 1 < n && g_str_equal (group, sc_summary_code_group_label (sc_summary_codes_get (w->codes, j + 1)->code)))
        j++;
      sc_xlsx_merge_text (ws, 2, figure_col (i), figure_col (j), group, w->header);
      for (guint k = i; k <= j; k++)
        {
          g_autofree char *label = sc_summary_code_short_label (sc_summary_codes_get (w->codes, k)->code);
          worksheet_write_string (ws, 3, figure_col (k), label, w->header);
        }
      i = j + 1;
    }
  worksheet_set_row (ws, 2, 2 * LINE_HEIGHT, NULL);
  worksheet_set_row (ws, 3, 4 * LINE_HEIGHT, NULL);
}

static void
write_value (Writer        *w,
             lxw_worksheet *ws,
             lxw_row_t      row,
             guint          index,
             double         value)
{
  ScSummaryRule rule = sc_summary_codes_get (w->codes, index)->rule;

  if (rule == SC_SUMMARY_PERCENT)
    worksheet_write_number (ws, row, figure_col (index), value / 100.0,
                            value < 100.0 ? w->percent_low : w->percent);
  else
    worksheet_write_number (ws, row, figure_col (index), value,
                            sc_summary_rule_is_count (rule) ? w->integer : w->decimal);
}

static void
write_college (Writer          *w,
               lxw_worksheet   *ws,
               lxw_row_t        row,
               guint            number,
               ScSummaryReport *report)
{
  const double *values = sc_summary_report_get_values (report);

  worksheet_set_row (ws, row, lines_height (sc_summary_report_get_name (report), NAME_WIDTH - 4), NULL);
  worksheet_write_number (ws, row, 0, number, w->number);
  worksheet_write_string (ws, row, 1, sc_summary_report_get_name (report), w->cell);
  worksheet_write_string (ws, row, 2, sc_summary_report_get_inn (report), w->text_number);
  for (guint i = 0; i < sc_summary_codes_get_n (w->codes); i++)
    write_value (w, ws, row, i, values[i]);
}

static char *
column_name (lxw_col_t col)
{
  char name[8];

  lxw_col_to_name (name, col, FALSE);
  return g_strdup (name);
}

/* The totals as formulas (the clerk may correct a college's row) with the
 * values they give cached: counts summed, shares and averages from the
 * summed counts. */
static char *
total_formula (Writer    *w,
               guint      index,
               lxw_row_t  row)
{
  const ScSummaryCode *code = sc_summary_codes_get (w->codes, index);
  g_autofree char *col = column_name (figure_col (index));
  g_autofree char *part = NULL, *whole = NULL;

  if (sc_summary_rule_is_count (code->rule))
    return g_strdup_printf ("=SUM(%s%u:%s%u)", col, FIRST_COLLEGE_ROW + 1, col, row);
  part = column_name (figure_col (code->part));
  whole = column_name (figure_col (code->whole));
  if (code->rule == SC_SUMMARY_PERCENT)
    return g_strdup_printf ("=IF(%s%u>0,ROUND(%s%u/%s%u,3),0)", whole, row + 1, part, row + 1, whole, row + 1);
  return g_strdup_printf ("=IF(%s%u>0,ROUND(%s%u/(%s%u*%u),1),0)", whole, row + 1, part, row + 1,
                          whole, row + 1, sc_summary_codes_get_n_weeks (w->codes));
}

static void
write_totals (Writer        *w,
              lxw_worksheet *ws,
              lxw_row_t      row)
{
  const double *totals = sc_summary_get_totals (w->summary);
  guint n = sc_summary_get_n_colleges (w->summary);
  g_autofree char *label = g_strdup_printf (sc_ngettext ("Total, %u college", "Total, %u colleges", n), n);

  worksheet_write_blank (ws, row, 0, w->total);
  worksheet_write_string (ws, row, 1, label, w->total);
  worksheet_write_blank (ws, row, 2, w->total);
  for (guint i = 0; i < sc_summary_codes_get_n (w->codes); i++)
    {
      ScSummaryRule rule = sc_summary_codes_get (w->codes, i)->rule;
      g_autofree char *formula = total_formula (w, i, row);
      lxw_format *format = sc_summary_rule_is_count (rule) ? w->total_integer :
                           rule == SC_SUMMARY_PERCENT ? w->total_percent : w->total_decimal;

      worksheet_write_formula_num (ws, row, figure_col (i), formula, format,
                                   rule == SC_SUMMARY_PERCENT ? totals[i] / 100.0 : totals[i]);
    }
}

static char *
summary_subject (Writer *w)
{
  guint problems = g_list_model_get_n_items (sc_summary_get_problems (w->summary));
  guint missing = sc_summary_get_missing (w->summary)->len;
  g_autofree char *colleges = g_strdup_printf (_("Colleges in the summary: %u."), sc_summary_get_n_colleges (w->summary));
  g_autofree char *rest = g_strdup_printf (_("Sent nothing: %u. Problems with files: %u."), missing, problems);

  return g_strdup_printf ("%s %s %s", colleges, rest,
                          /* xgettext:no-c-format */
                          _("Colleges are listed from the lowest share of students connected; shares under 100 % are shaded."));
}

static void
write_summary_sheet (Writer *w)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_SUMMARY);
  GListModel *colleges = sc_summary_get_colleges (w->summary);
  guint n = g_list_model_get_n_items (colleges);
  g_autofree char *subject = summary_subject (w);
  lxw_row_t row = FIRST_COLLEGE_ROW;

  worksheet_set_column (ws, 0, 0, 6, NULL);
  worksheet_set_column (ws, 1, 1, NAME_WIDTH, NULL);
  worksheet_set_column (ws, 2, 2, 12, NULL);
  set_figure_widths (w, ws);
  write_title (w, ws, last_col (w), 180, subject);
  worksheet_set_row (ws, 1, lines_height (subject, 200), NULL);
  write_summary_headers (w, ws);
  worksheet_freeze_panes (ws, FIRST_COLLEGE_ROW, FIRST_FIGURE_COL);
  for (guint i = 0; i < n; i++, row++)
    {
      g_autoptr(ScSummaryReport) report = g_list_model_get_item (colleges, i);
      write_college (w, ws, row, i + 1, report);
    }
  if (n == 0)
    sc_xlsx_merge_text (ws, row++, 0, last_col (w), _("No college's report is counted in the summary."), w->cell);
  write_totals (w, ws, row);
  set_up_pages (ws, row, last_col (w), FIRST_COLLEGE_ROW);
}

/* ---- «Не прислали» ------------------------------------------------------- */

static void
write_missing_sheet (Writer *w)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_MISSING);
  GPtrArray *missing = sc_summary_get_missing (w->summary);
  const char *const headers[] = { C_("column", "No."), _("College"), _("INN"), NULL };
  lxw_row_t row = FIRST_ROW;

  worksheet_set_column (ws, 0, 0, 6, NULL);
  worksheet_set_column (ws, 1, 1, 80, NULL);
  worksheet_set_column (ws, 2, 2, 14, NULL);
  write_title (w, ws, 2, 110, _("Colleges on the list whose report is not in the summary"));
  sc_xlsx_write_headers (ws, FIRST_ROW - 1, headers, w->header);
  for (guint i = 0; i < missing->len; i++, row++)
    {
      ScSummaryExpected *expected = g_ptr_array_index (missing, i);

      worksheet_set_row (ws, row, lines_height (expected->name, 76), NULL);
      worksheet_write_number (ws, row, 0, i + 1, w->number);
      worksheet_write_string (ws, row, 1, expected->name, w->cell);
      worksheet_write_string (ws, row, 2, expected->inn, w->text_number);
    }
  if (missing->len == 0)
    sc_xlsx_merge_text (ws, row++, 0, 2, sc_summary_has_expected (w->summary)
                        ? _("Every college on the list sent its report.")
                        : _("No list of the colleges expected to report was given."), w->cell);
  set_up_pages (ws, row - 1, 2, FIRST_ROW);
}

/* ---- «Проблемы» ---------------------------------------------------------- */

static void
write_problem (Writer           *w,
               lxw_worksheet    *ws,
               lxw_row_t         row,
               guint             number,
               ScSummaryProblem *problem)
{
  g_autofree char *reason = sc_summary_problem_dup_text (problem);

  worksheet_set_row (ws, row, MAX (lines_height (reason, REASON_WIDTH - 8),
                                   lines_height (sc_summary_problem_get_file_name (problem), 30)), NULL);
  worksheet_write_number (ws, row, 0, number, w->number);
  worksheet_write_string (ws, row, 1, sc_summary_problem_get_file_name (problem), w->cell);
  worksheet_write_string (ws, row, 2, reason, w->cell);
  worksheet_write_string (ws, row, 3, sc_summary_problem_get_counted (problem) ? _("yes") : _("no"),
                          w->text_number);
}

static void
write_problems_sheet (Writer *w)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_PROBLEMS);
  GListModel *problems = sc_summary_get_problems (w->summary);
  guint n = g_list_model_get_n_items (problems);
  const char *const headers[] = { C_("column", "No."), _("File"), _("Reason"), _("In the summary"), NULL };
  lxw_row_t row = FIRST_ROW;

  worksheet_set_column (ws, 0, 0, 6, NULL);
  worksheet_set_column (ws, 1, 1, 36, NULL);
  worksheet_set_column (ws, 2, 2, REASON_WIDTH, NULL);
  worksheet_set_column (ws, 3, 3, 12, NULL);
  write_title (w, ws, 3, 140, _("Files left out of the summary, and remarks on the files it counts"));
  sc_xlsx_write_headers (ws, FIRST_ROW - 1, headers, w->header);
  worksheet_set_row (ws, FIRST_ROW - 1, 2 * LINE_HEIGHT, NULL);
  for (guint i = 0; i < n; i++, row++)
    {
      g_autoptr(ScSummaryProblem) problem = g_list_model_get_item (problems, i);
      write_problem (w, ws, row, i + 1, problem);
    }
  if (n == 0)
    sc_xlsx_merge_text (ws, row++, 0, 3, _("No problems: every file was read and counted."), w->cell);
  set_up_pages (ws, row - 1, 3, FIRST_ROW);
}

/* ---- «Данные» ------------------------------------------------------------ */

static void
write_date (lxw_worksheet *ws,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *iso,
            lxw_format    *format)
{
  g_autoptr(GDate) date = sc_date_to_gdate (iso);
  lxw_datetime when = { 0 };

  if (date == NULL)
    return;
  when.year = g_date_get_year (date);
  when.month = g_date_get_month (date);
  when.day = g_date_get_day (date);
  worksheet_write_datetime (ws, row, col, &when, format);
}

/* The layout of a report's «Данные» (sc-report-xlsx.c), with
 * colleges_count after the identity rows. */
static void
write_identity (Writer        *w,
                lxw_worksheet *ws,
                lxw_row_t     *row)
{
  g_autofree char *as_of = sc_report_month_last_day (sc_summary_get_month (w->summary));
  const struct { const char *code; const char *label; } rows[] = {
    { "report_month", N_("Report month") },
    { "as_of", N_("Date the figures are counted on") },
    { "organization_name", N_("Organization") },
    { "organization_inn", N_("Organization's INN") },
    { "platform", N_("Messenger platform") },
    { "weeks_in_month", N_("Weeks in the month") },
    { "app_version", N_("Version of Sferum Coordinator") },
    { "colleges_count", N_("Colleges in the summary") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++, (*row)++)
    {
      const char *code = rows[i].code;

      worksheet_write_string (ws, *row, 0, code, NULL);
      if (g_str_equal (code, "report_month"))
        worksheet_write_string (ws, *row, 1, sc_summary_get_month (w->summary), NULL);
      else if (g_str_equal (code, "as_of"))
        write_date (ws, *row, 1, as_of, w->data_date);
      else if (g_str_equal (code, "organization_name"))
        worksheet_write_string (ws, *row, 1, w->title, NULL);
      else if (g_str_equal (code, "platform"))
        worksheet_write_string (ws, *row, 1, sc_summary_get_platform (w->summary), NULL);
      else if (g_str_equal (code, "weeks_in_month"))
        worksheet_write_number (ws, *row, 1, sc_summary_codes_get_n_weeks (w->codes), NULL);
      else if (g_str_equal (code, "app_version"))
        worksheet_write_string (ws, *row, 1, PACKAGE_VERSION, NULL);
      else if (g_str_equal (code, "colleges_count"))
        worksheet_write_number (ws, *row, 1, sc_summary_get_n_colleges (w->summary), NULL);
      else
        worksheet_write_string (ws, *row, 1, "", NULL);
      worksheet_write_string (ws, *row, 2, _(rows[i].label), NULL);
    }
}

static void
write_data_sheet (Writer *w)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_DATA);
  const char *const headers[] = { _("Code"), _("Value"), _("Indicator"), NULL };
  const double *totals = sc_summary_get_totals (w->summary);
  lxw_row_t row = 1;

  worksheet_set_column (ws, 0, 0, 44, NULL);
  worksheet_set_column (ws, 1, 1, 14, NULL);
  worksheet_set_column (ws, 2, 2, 70, NULL);
  sc_xlsx_write_headers (ws, 0, headers, w->data_header);
  write_identity (w, ws, &row);
  for (guint i = 0; i < sc_summary_codes_get_n (w->codes); i++, row++)
    {
      const char *code = sc_summary_codes_get (w->codes, i)->code;
      g_autofree char *label = sc_figure_label_for_code (code);

      worksheet_write_string (ws, row, 0, code, NULL);
      worksheet_write_number (ws, row, 1, totals[i], NULL);
      worksheet_write_string (ws, row, 2, label, NULL);
    }
  worksheet_freeze_panes (ws, 1, 0);
  worksheet_hide (ws);
}

/* ---- the workbook -------------------------------------------------------- */

static lxw_error
write_workbook (Writer     *w,
                const char *path)
{
  const char *month = sc_summary_get_month (w->summary);
  g_autofree char *period = sc_report_format_period (month);
  g_autofree char *last_day = sc_report_month_last_day (month);
  g_autofree char *as_of = sc_report_format_as_of (last_day);
  g_autofree char *doc_title = NULL;
  lxw_doc_properties properties = { 0 };

  w->book = workbook_new (path);
  if (w->book == NULL)
    return LXW_ERROR_CREATING_XLSX_FILE;
  w->title = sc_summary_dup_title (w->summary);
  /* The report's first line, with the summary's title for the college. */
  w->title_line = g_strdup_printf (_("%s. %s %s %s"), w->title, sc_report_get_title (), period, as_of);
  doc_title = g_strdup_printf ("%s %s", w->title, period);
  properties.title = doc_title;
  properties.subject = period;
  workbook_set_properties (w->book, &properties);
  make_formats (w);
  write_summary_sheet (w);
  write_missing_sheet (w);
  write_problems_sheet (w);
  write_data_sheet (w);
  return workbook_close (w->book);
}

gboolean
sc_summary_xlsx_save (ScSummary   *summary,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *temp = NULL;
  Writer w = { 0 };
  ScDocLocale scope;
  lxw_error rc;

  g_return_val_if_fail (SC_IS_SUMMARY (summary) && path != NULL, FALSE);
  g_return_val_if_fail (sc_summary_get_codes (summary) != NULL, FALSE);
  temp = sc_report_temp_path (path, error);
  if (temp == NULL)
    return FALSE;
  w.summary = summary;
  w.codes = sc_summary_get_codes (summary);
  sc_doc_locale_enter (&scope);
  rc = write_workbook (&w, temp);
  sc_doc_locale_leave (&scope);
  g_free (w.title);
  g_free (w.title_line);
  if (rc != LXW_NO_ERROR)
    {
      g_unlink (temp);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The spreadsheet “%s” could not be written (%s). Check that the folder exists and the disk has free space."),
                   path, lxw_strerror (rc));
      return FALSE;
    }
  return sc_report_commit_file (temp, path, error);
}

char *
sc_summary_file_name (ScSummary  *summary,
                      const char *extension)
{
  ScDocLocale scope;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SC_IS_SUMMARY (summary) && sc_summary_get_month (summary) != NULL, NULL);
  sc_doc_locale_enter (&scope);
  /* Translators: a file name: "Сводный отчёт Сферум — 2023-11.xlsx". */
  name = g_strdup_printf (_("Sferum summary — %s.%s"), sc_summary_get_month (summary), extension);
  sc_doc_locale_leave (&scope);
  return sc_format_file_name (name);
}

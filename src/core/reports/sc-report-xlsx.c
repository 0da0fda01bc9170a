/* sc-report-xlsx.c — the monthly report as an XLSX workbook (DESIGN.md §7)
 *
 * Written in the documents' locale (sc-doc-locale.h): Russian whatever the
 * interface language, numbers with a decimal point whatever LC_NUMERIC.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sc-chat-store.h"
#include "sc-date.h"
#include "sc-format.h"
#include "sc-i18n.h"
#include "sc-report-text.h"
#include "sc-report-xlsx.h"
#include "sc-xlsx-cells.h"

/* Sheet names stay Russian in every locale: the ministry's clerks, and the
 * scripts that read «Данные», look for them by name. */
#define SHEET_REPORT "Отчёт"
#define SHEET_GROUPS "Группы"
#define SHEET_CHATS "Чаты"
#define SHEET_TEACHERS "Педагоги"
#define SHEET_DATA "Данные"

#define PAPER_A4 9
#define MM (1.0 / 25.4)             /* inches */
/* ГОСТ Р 7.0.97-2016: 20 mm left, 10 mm right, 20 mm top and bottom; the
 * page number sits in the top margin. */
#define MARGIN_LEFT (20 * MM)
#define MARGIN_RIGHT (10 * MM)
#define MARGIN_TOP (20 * MM)
#define MARGIN_BOTTOM (20 * MM)
#define HEADER_MARGIN (10 * MM)

/* «Отчёт» columns in characters of Calibri 11: number, figure (over B
 * and C, C being the signature line), value. Excel draws a character 7
 * pixels wide, LibreOffice (Carlito) about 7.4: 88 characters are 466
 * points in one and 490 in the other, both within the 510 points between
 * the ГОСТ margins, so the sheet prints unscaled and its page breaks fall
 * where they are set. */
#define WIDTH_NUMBER 7
#define WIDTH_LABEL 44
#define WIDTH_SIGN 20
#define WIDTH_VALUE 14
#define LABEL_CHARS 58              /* B and C together, with room to spare */
#define FULL_CHARS 80
#define LINE_HEIGHT 15.0            /* points, a line of Calibri 11 */
/* A4 is 842 points high; less the margins, 728 fit. Kept lower: rows are
 * sized from estimated line counts, and LibreOffice's fonts differ. */
#define PAGE_HEIGHT 705.0
#define MAX_BREAKS 64
#define MAX_INDENT 4
#define DATE_FORMAT "dd.mm.yyyy"
#define PERCENT_FORMAT "0.0\" \"%"

typedef struct
{
  lxw_workbook          *book;
  const ScReport        *report;
  const ScOrganization    *organization;
  const ScReportFigures *figures;
  char                  *title_line;  /* college, period, as of: every sheet's first line */
  lxw_format *addressee, *college, *title, *period, *note, *heading, *body;
  lxw_format *header, *section, *norm, *label, *label_week, *number;
  lxw_format *integer, *decimal, *percent, *blank, *sign, *sign_line, *sign_name;
  lxw_format *sheet_title, *sheet_subject, *cell, *centered, *date_cell;
  lxw_format *total, *total_number, *total_percent, *data_header, *data_date;
  lxw_format *indent[MAX_INDENT + 1];
} Writer;

/* Where the next row of «Отчёт» goes and how much of the page is used:
 * the sheet's page breaks are set here, so that the signatures always
 * print on the page where the table ends. */
typedef struct
{
  lxw_worksheet *ws;
  lxw_row_t      row;
  double         used;
  lxw_row_t      breaks[MAX_BREAKS + 1];
  guint          n_breaks;
} Pager;

/* ---- formats ------------------------------------------------------------- */

static lxw_format *
add_format (lxw_workbook *book,
            gboolean      bold,
            double        size,
            uint8_t       align,
            gboolean      wrap)
{
  lxw_format *format = workbook_add_format (book);

  if (bold)
    format_set_bold (format);
  if (size > 0)
    format_set_font_size (format, size);
  if (align != LXW_ALIGN_NONE)
    format_set_align (format, align);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (wrap)
    format_set_text_wrap (format);
  return format;
}

static lxw_format *
add_cell_format (lxw_workbook *book,
                 gboolean      bold,
                 uint8_t       align,
                 const char   *num_format)
{
  lxw_format *format = add_format (book, bold, 0, align, TRUE);

  format_set_border (format, LXW_BORDER_THIN);
  if (num_format != NULL)
    format_set_num_format (format, num_format);
  return format;
}

static void
make_document_formats (Writer *w)
{
  w->addressee = add_format (w->book, FALSE, 12, LXW_ALIGN_LEFT, TRUE);
  w->college = add_format (w->book, TRUE, 12, LXW_ALIGN_CENTER, TRUE);
  w->title = add_format (w->book, TRUE, 14, LXW_ALIGN_CENTER, TRUE);
  w->period = add_format (w->book, TRUE, 12, LXW_ALIGN_CENTER, TRUE);
  w->note = add_format (w->book, FALSE, 11, LXW_ALIGN_CENTER, TRUE);
  w->heading = add_format (w->book, TRUE, 11, LXW_ALIGN_LEFT, FALSE);
  w->body = add_format (w->book, FALSE, 11, LXW_ALIGN_LEFT, TRUE);
  w->sign = add_format (w->book, FALSE, 11, LXW_ALIGN_LEFT, TRUE);
  format_set_align (w->sign, LXW_ALIGN_VERTICAL_BOTTOM);
  w->sign_line = add_format (w->book, FALSE, 11, LXW_ALIGN_LEFT, FALSE);
  format_set_bottom (w->sign_line, LXW_BORDER_THIN);
  w->sign_name = add_format (w->book, FALSE, 11, LXW_ALIGN_RIGHT, FALSE);
  format_set_align (w->sign_name, LXW_ALIGN_VERTICAL_BOTTOM);
  w->sheet_title = add_format (w->book, TRUE, 11, LXW_ALIGN_LEFT, TRUE);
  w->sheet_subject = add_format (w->book, FALSE, 11, LXW_ALIGN_LEFT, FALSE);
}

static void
make_table_formats (Writer *w)
{
  w->header = add_cell_format (w->book, TRUE, LXW_ALIGN_CENTER, NULL);
  format_set_bg_color (w->header, 0xD9E1F2);
  w->data_header = add_format (w->book, TRUE, 0, LXW_ALIGN_LEFT, FALSE);
  w->section = add_cell_format (w->book, TRUE, LXW_ALIGN_LEFT, NULL);
  format_set_bg_color (w->section, 0xF2F2F2);
  w->norm = add_cell_format (w->book, FALSE, LXW_ALIGN_LEFT, NULL);
  format_set_italic (w->norm);
  /* Text a character off the cell's border, as numbers are. */
  w->label = add_cell_format (w->book, FALSE, LXW_ALIGN_LEFT, NULL);
  format_set_indent (w->label, 1);
  w->label_week = add_cell_format (w->book, FALSE, LXW_ALIGN_LEFT, NULL);
  format_set_indent (w->label_week, 3);
  w->number = add_cell_format (w->book, FALSE, LXW_ALIGN_LEFT, NULL);
  format_set_indent (w->number, 1);
  w->integer = add_cell_format (w->book, FALSE, LXW_ALIGN_RIGHT, "#,##0");
  w->decimal = add_cell_format (w->book, FALSE, LXW_ALIGN_RIGHT, "0.0");
  w->percent = add_cell_format (w->book, FALSE, LXW_ALIGN_RIGHT, PERCENT_FORMAT);
  w->blank = add_cell_format (w->book, FALSE, LXW_ALIGN_RIGHT, NULL);
  w->cell = add_cell_format (w->book, FALSE, LXW_ALIGN_LEFT, NULL);
  format_set_indent (w->cell, 1);
  w->centered = add_cell_format (w->book, FALSE, LXW_ALIGN_CENTER, NULL);
  w->date_cell = add_cell_format (w->book, FALSE, LXW_ALIGN_RIGHT, DATE_FORMAT);
  w->data_date = workbook_add_format (w->book);
  format_set_num_format (w->data_date, "yyyy-mm-dd");
  format_set_align (w->data_date, LXW_ALIGN_LEFT);
  w->total = add_cell_format (w->book, TRUE, LXW_ALIGN_LEFT, NULL);
  format_set_indent (w->total, 1);
  w->total_number = add_cell_format (w->book, TRUE, LXW_ALIGN_RIGHT, "#,##0");
  w->total_percent = add_cell_format (w->book, TRUE, LXW_ALIGN_RIGHT, PERCENT_FORMAT);
  for (int i = 0; i <= MAX_INDENT; i++)
    {
      w->indent[i] = add_cell_format (w->book, FALSE, LXW_ALIGN_LEFT, NULL);
      format_set_indent (w->indent[i], 1 + i);
    }
}

/* ---- helpers ------------------------------------------------------------- */

/* Spreadsheets do not grow rows for wrapped text in merged cells: the
 * height is estimated from the text's length. */
static double
wrapped_height (const char *text,
                int         chars_per_line,
                double      line_height)
{
  g_auto(GStrv) paragraphs = g_strsplit (text != NULL ? text : "", "\n", -1);
  int lines = 0;

  for (int i = 0; paragraphs[i] != NULL; i++)
    lines += MAX (1, ((int)g_utf8_strlen (paragraphs[i], -1) + chars_per_line - 1) / chars_per_line);
  return MAX (1, lines) * line_height;
}

/* A text with its no-break spaces («30 ноября», «2023 г.»). */
static void
write_text (lxw_worksheet *ws,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *text,
            lxw_format    *format)
{
  g_autofree char *glued = sc_report_glue (text);

  worksheet_write_string (ws, row, col, glued, format);
}

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
    {
      worksheet_write_blank (ws, row, col, format);
      return;
    }
  when.year = g_date_get_year (date);
  when.month = g_date_get_month (date);
  when.day = g_date_get_day (date);
  worksheet_write_datetime (ws, row, col, &when, format);
}

/* ---- «Отчёт»: pages ------------------------------------------------------ */

static void
pager_break (Pager *pg)
{
  if (pg->n_breaks < MAX_BREAKS)
    pg->breaks[pg->n_breaks++] = pg->row;
  pg->used = 0;
}

/* The row for a line @height points high, on a new page when it and the
 * @keep points that must follow it on the same page do not fit. */
static lxw_row_t
pager_place (Pager  *pg,
             double  height,
             double  keep)
{
  if (pg->used > 0 && pg->used + height + keep > PAGE_HEIGHT)
    pager_break (pg);
  worksheet_set_row (pg->ws, pg->row, height, NULL);
  pg->used += height;
  return pg->row++;
}

static void
place_merged (Pager       *pg,
              const char  *text,
              lxw_format  *format,
              int          chars_per_line,
              double       line_height,
              double       keep)
{
  lxw_row_t row = pager_place (pg, wrapped_height (text, chars_per_line, line_height), keep);

  sc_xlsx_merge_text (pg->ws, row, 0, 3, text, format);
}

/* ---- «Отчёт»: heading and narrative ------------------------------------- */

static void
write_heading (Writer *w,
               Pager  *pg)
{
  g_autofree char *outgoing = sc_report_outgoing_line (w->report);
  g_autofree char *period = sc_report_format_period (w->figures->month);
  g_autofree char *as_of = sc_report_format_as_of (w->figures->as_of);
  g_autofree char *basis = sc_report_basis_line (w->organization);
  g_auto(GStrv) details = sc_report_get_details (w->organization, w->figures->platform);
  lxw_row_t row;

  /* The addressee on the right, the outgoing number on the left. */
  row = pager_place (pg, wrapped_height (w->organization->addressee, 34, 16), 0);
  sc_xlsx_merge_text (pg->ws, row, 2, 3, w->organization->addressee, w->addressee);
  pager_place (pg, 8, 0);
  row = pager_place (pg, LINE_HEIGHT, 0);
  sc_xlsx_merge_text (pg->ws, row, 0, 1, outgoing, w->sign);
  pager_place (pg, 12, 0);
  place_merged (pg, w->organization->full_name, w->college, 70, 16, 0);
  place_merged (pg, sc_report_get_title (), w->title, 60, 19, 0);
  place_merged (pg, period, w->period, 70, 16, 0);
  place_merged (pg, as_of, w->note, FULL_CHARS, LINE_HEIGHT, 0);
  if (basis != NULL)
    place_merged (pg, basis, w->note, FULL_CHARS, LINE_HEIGHT, 0);
  for (guint i = 0; details[i] != NULL; i++)
    place_merged (pg, details[i], w->note, FULL_CHARS, LINE_HEIGHT, 0);
  pager_place (pg, 10, 0);
}

/* Where to cut a long paragraph: after the last sentence (or word) that
 * ends within @max_chars characters. */
static const char *
cut_point (const char *text,
           glong       max_chars)
{
  const char *limit = g_utf8_offset_to_pointer (text, max_chars);
  const char *cut = NULL;

  for (const char *p = text; p < limit; p = g_utf8_next_char (p))
    if (*p == ' ' && p > text && strchr (".!?;", p[-1]) != NULL)
      cut = p;
  if (cut == NULL)
    for (const char *p = text; p < limit; p = g_utf8_next_char (p))
      if (*p == ' ')
        cut = p;
  return cut != NULL ? cut : limit;
}

/* A spreadsheet row is at most 409 points high, and a row never splits
 * across pages: a text goes in one row a paragraph, and a paragraph longer
 * than about 8 lines in several. */
static GPtrArray *
split_text (const char *text)
{
  GPtrArray *chunks = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  const glong max_chars = FULL_CHARS * 8;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      const char *rest = g_strstrip (paragraphs[i]);

      while (g_utf8_strlen (rest, -1) > max_chars)
        {
          const char *cut = cut_point (rest, max_chars);
          g_ptr_array_add (chunks, g_strndup (rest, cut - rest));
          rest = cut;
          while (*rest == ' ')
            rest++;
        }
      if (*rest != '\0')
        g_ptr_array_add (chunks, g_strdup (rest));
    }
  return chunks;
}

/* «Примечания»: the clerk's notes, then the program's. */
static char *
narrative_text (Writer *w,
                guint   index)
{
  g_auto(GStrv) notes = index == 2 ? sc_report_auto_notes (w->figures) : NULL;
  g_autofree char *extra = notes != NULL ? g_strjoinv ("\n", notes) : NULL;
  const char *text = sc_report_narrative_text (w->report, index);

  if (extra == NULL || *extra == '\0')
    return g_strdup (text);
  if (*text == '\0')
    return g_steal_pointer (&extra);
  return g_strconcat (text, "\n", extra, NULL);
}

static void
write_narrative (Writer *w,
                 Pager  *pg)
{
  for (guint i = 0; i < SC_REPORT_N_NARRATIVE; i++)
    {
      g_autofree char *text = narrative_text (w, i);
      g_autoptr(GPtrArray) chunks = NULL;
      lxw_row_t row;

      if (*text == '\0')
        continue;
      chunks = split_text (text);
      /* A heading never ends a page. */
      row = pager_place (pg, LINE_HEIGHT + 3, chunks->len > 0
                         ? wrapped_height (chunks->pdata[0], FULL_CHARS, LINE_HEIGHT) : 0);
      sc_xlsx_merge_text (pg->ws, row, 0, 3, sc_report_narrative_label (i), w->heading);
      for (guint c = 0; c < chunks->len; c++)
        place_merged (pg, chunks->pdata[c], w->body, FULL_CHARS, LINE_HEIGHT, 0);
      pager_place (pg, 8, 0);
    }
}

/* ---- «Отчёт»: the table and the signatures ------------------------------ */

static double
line_height (const ScReportLine *line)
{
  int chars = line->kind == SC_REPORT_LINE_FIGURE ? LABEL_CHARS : FULL_CHARS;

  return wrapped_height (line->text, chars, LINE_HEIGHT) + 2;
}

static void
write_table_header (Writer *w,
                    Pager  *pg)
{
  lxw_row_t row = pager_place (pg, 2 * LINE_HEIGHT, 3 * LINE_HEIGHT);

  worksheet_write_string (pg->ws, row, 0, C_("column", "No."), w->header);
  worksheet_merge_range (pg->ws, row, 1, row, 2, _("Indicator"), w->header);
  worksheet_write_string (pg->ws, row, 3, _("Value"), w->header);
}

static void
write_value (Writer         *w,
             lxw_worksheet  *ws,
             lxw_row_t       row,
             const ScFigure *figure)
{
  if (sc_figure_is_percent (figure))
    worksheet_write_number (ws, row, 3, figure->value / 100.0, w->percent);
  else
    worksheet_write_number (ws, row, 3, figure->value,
                            sc_figure_is_integer (figure) ? w->integer : w->decimal);
}

static void
write_line (Writer             *w,
            lxw_worksheet      *ws,
            lxw_row_t           row,
            const ScReportLine *line)
{
  g_autofree char *text = NULL;

  switch (line->kind)
    {
    case SC_REPORT_LINE_SECTION:
      text = g_strdup_printf ("%s %s", line->number, line->text);
      sc_xlsx_merge_text (ws, row, 0, 3, text, w->section);
      return;
    case SC_REPORT_LINE_NOTE:
      worksheet_write_blank (ws, row, 0, w->number);
      sc_xlsx_merge_text (ws, row, 1, 3, line->text, w->norm);
      return;
    case SC_REPORT_LINE_GROUP:
      worksheet_write_string (ws, row, 0, line->number, w->number);
      sc_xlsx_merge_text (ws, row, 1, 2, line->text, w->label);
      worksheet_write_blank (ws, row, 3, w->blank);
      return;
    case SC_REPORT_LINE_FIGURE:
    default:
      worksheet_write_string (ws, row, 0, line->number, w->number);
      sc_xlsx_merge_text (ws, row, 1, 2, line->text, line->level > 1 ? w->label_week : w->label);
      write_value (w, ws, row, line->figure);
      return;
    }
}

#define SIGN_ROW_HEIGHT 36.0
#define SIGN_GAP 12.0

static double
signatures_height (Writer *w)
{
  g_autofree char *executor = sc_report_executor_line (w->organization);

  return SIGN_GAP + 2 * SIGN_ROW_HEIGHT + (executor != NULL ? SIGN_GAP + LINE_HEIGHT : 0);
}

/* The table's lines; the last two stay on one page with the signatures. */
static void
write_table (Writer *w,
             Pager  *pg)
{
  g_autoptr(GPtrArray) lines = sc_report_lines (w->figures);
  double signatures = signatures_height (w);

  write_table_header (w, pg);
  for (guint i = 0; i < lines->len; i++)
    {
      const ScReportLine *line = g_ptr_array_index (lines, i);
      double keep = 0;
      guint breaks = pg->n_breaks;
      lxw_row_t row;

      for (guint j = i + 1; i + 2 >= lines->len && j < lines->len; j++)
        keep += line_height (g_ptr_array_index (lines, j));
      if (i + 2 >= lines->len)
        keep += signatures;
      row = pager_place (pg, line_height (line), keep);
      if (pg->n_breaks != breaks)
        {
          /* A new page: the header again, then this line. */
          pg->row--;
          pg->used = 0;
          write_table_header (w, pg);
          row = pager_place (pg, line_height (line), keep);
        }
      write_line (w, pg->ws, row, line);
    }
}

/* «Директор  ________  А. С. Петрова». */
static void
write_signatory (Writer   *w,
                 Pager    *pg,
                 gboolean  head)
{
  g_autofree char *title = sc_report_signatory_title (w->report, w->organization, head);
  g_autofree char *name = sc_report_signatory_signed_name (w->report, w->organization, head);
  lxw_row_t row = pager_place (pg, MAX (SIGN_ROW_HEIGHT, wrapped_height (title, 50, LINE_HEIGHT)), 0);

  sc_xlsx_merge_text (pg->ws, row, 0, 1, title, w->sign);
  worksheet_write_blank (pg->ws, row, 2, w->sign_line);
  write_text (pg->ws, row, 3, name, w->sign_name);
}

static void
write_signatures (Writer *w,
                  Pager  *pg)
{
  g_autofree char *executor = sc_report_executor_line (w->organization);
  lxw_row_t row;

  pager_place (pg, SIGN_GAP, 0);
  write_signatory (w, pg, TRUE);
  write_signatory (w, pg, FALSE);
  if (executor == NULL)
    return;
  pager_place (pg, SIGN_GAP, 0);
  row = pager_place (pg, LINE_HEIGHT, 0);
  sc_xlsx_merge_text (pg->ws, row, 0, 3, executor, w->sign);
}

static void
set_margins (lxw_worksheet *ws)
{
  worksheet_set_paper (ws, PAPER_A4);
  worksheet_set_margins (ws, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
}

static void
write_report_sheet (Writer *w)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_REPORT);
  lxw_header_footer_options number_at_top = { .margin = HEADER_MARGIN };
  Pager pg = { ws, 0, 0, { 0 }, 0 };

  worksheet_set_column (ws, 0, 0, WIDTH_NUMBER, NULL);
  worksheet_set_column (ws, 1, 1, WIDTH_LABEL, NULL);
  worksheet_set_column (ws, 2, 2, WIDTH_SIGN, NULL);
  worksheet_set_column (ws, 3, 3, WIDTH_VALUE, NULL);
  worksheet_gridlines (ws, LXW_HIDE_ALL_GRIDLINES);
  write_heading (w, &pg);
  write_narrative (w, &pg);
  write_table (w, &pg);
  write_signatures (w, &pg);
  set_margins (ws);
  worksheet_set_portrait (ws);
  worksheet_print_area (ws, 0, 0, pg.row - 1, 3);
  if (pg.n_breaks > 0)
    worksheet_set_h_pagebreaks (ws, pg.breaks);
  /* ГОСТ: the page number in the middle of the top margin. */
  worksheet_set_header_opt (ws, "&C&P", &number_at_top);
}

/* ---- the other sheets: title lines and pages ----------------------------- */

/* Rows 1 and 2 of every other sheet: whose report, for when, and what the
 * sheet holds; row 3 the column headers. */
#define FIRST_DATA_ROW 3

static void
write_sheet_title (Writer        *w,
                   lxw_worksheet *ws,
                   lxw_col_t      last_col,
                   const char    *subject)
{
  sc_xlsx_merge_text (ws, 0, 0, last_col, w->title_line, w->sheet_title);
  worksheet_set_row (ws, 0, wrapped_height (w->title_line, 150, LINE_HEIGHT), NULL);
  sc_xlsx_merge_text (ws, 1, 0, last_col, subject, w->sheet_subject);
}

/* Landscape, one page wide, the title and headers on every page,
 * «Страница 1 из 3» at the foot. */
static void
set_up_landscape (lxw_worksheet *ws,
                  lxw_row_t      last_row,
                  lxw_col_t      last_col,
                  lxw_row_t      header_rows)
{
  set_margins (ws);
  worksheet_set_landscape (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_print_area (ws, 0, 0, last_row, last_col);
  worksheet_repeat_rows (ws, 0, FIRST_DATA_ROW - 1 + header_rows - 1);
  /* Translators: a spreadsheet page footer; keep the &C, &P and &N codes. */
  worksheet_set_footer (ws, _("&CPage &P of &N"));
}

/* ---- «Группы» ------------------------------------------------------------ */

static const char *
student_or (gboolean    is_student,
            const char *name)
{
  return is_student ? _("a student") : name;
}

static void
write_group_row (Writer                 *w,
                 lxw_worksheet          *ws,
                 lxw_row_t               row,
                 const ScReportGroupRow *group)
{
  g_autofree char *formula = g_strdup_printf ("=IF(D%u>0,ROUND(E%u/D%u,3),0)", row + 1, row + 1, row + 1);

  worksheet_write_string (ws, row, 0, group->code, w->cell);
  worksheet_write_string (ws, row, 1, group->department, w->cell);
  worksheet_write_string (ws, row, 2, student_or (group->curator_is_student, group->curator), w->cell);
  worksheet_write_number (ws, row, 3, group->students, w->integer);
  worksheet_write_number (ws, row, 4, group->connected, w->integer);
  worksheet_write_formula_num (ws, row, 5, formula, w->percent, group->connected_pct / 100.0);
  worksheet_write_string (ws, row, 6, group->has_chat ? _("yes") : _("no"), w->centered);
}

static void
write_group_totals (Writer        *w,
                    lxw_worksheet *ws,
                    lxw_row_t      row)
{
  int students = 0, connected = 0, chats = 0;
  g_autofree char *sum_d = g_strdup_printf ("=SUM(D%u:D%u)", FIRST_DATA_ROW + 1, row);
  g_autofree char *sum_e = g_strdup_printf ("=SUM(E%u:E%u)", FIRST_DATA_ROW + 1, row);
  g_autofree char *pct = g_strdup_printf ("=IF(D%u>0,ROUND(E%u/D%u,3),0)", row + 1, row + 1, row + 1);
  g_autofree char *count = g_strdup_printf ("=COUNTIF(G%u:G%u,\"%s\")", FIRST_DATA_ROW + 1, row, _("yes"));

  for (guint i = 0; i < w->figures->groups->len; i++)
    {
      const ScReportGroupRow *group = g_ptr_array_index (w->figures->groups, i);
      students += group->students;
      connected += group->connected;
      chats += group->has_chat ? 1 : 0;
    }
  worksheet_write_string (ws, row, 0, _("Total"), w->total);
  worksheet_write_blank (ws, row, 1, w->total);
  worksheet_write_blank (ws, row, 2, w->total);
  worksheet_write_formula_num (ws, row, 3, sum_d, w->total_number, students);
  worksheet_write_formula_num (ws, row, 4, sum_e, w->total_number, connected);
  worksheet_write_formula_num (ws, row, 5, pct, w->total_percent,
                               sc_percent ((guint)connected, (guint)students) / 100.0);
  worksheet_write_formula_num (ws, row, 6, count, w->total_number, chats);
}

static void
write_groups_sheet (Writer *w)
{
  const char *const headers[] = {
    _("Group"), _("Department"), _("Curator"), C_("groups sheet", "Students"),
    C_("groups sheet", "Connected"),
    _("Connected, %"), _("Group chat"), NULL
  };
  const double widths[] = { 12, 40, 34, 12, 13, 14, 12 };
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_GROUPS);
  lxw_row_t row = FIRST_DATA_ROW;

  for (lxw_col_t col = 0; col < G_N_ELEMENTS (widths); col++)
    worksheet_set_column (ws, col, col, widths[col], NULL);
  write_sheet_title (w, ws, 6, _("Students connected, by study group"));
  sc_xlsx_write_headers (ws, FIRST_DATA_ROW - 1, headers, w->header);
  worksheet_set_row (ws, FIRST_DATA_ROW - 1, 2 * LINE_HEIGHT, NULL);
  worksheet_freeze_panes (ws, FIRST_DATA_ROW, 0);
  for (guint i = 0; i < w->figures->groups->len; i++, row++)
    write_group_row (w, ws, row, g_ptr_array_index (w->figures->groups, i));
  if (w->figures->groups->len > 0)
    write_group_totals (w, ws, row);
  else
    sc_xlsx_merge_text (ws, row, 0, 6, _("No study group had active students on that date."), w->cell);
  set_up_landscape (ws, row, 6, 1);
}

/* ---- «Чаты» -------------------------------------------------------------- */

static const char *
chat_kind_label (const char *kind)
{
  ScChatKind value = SC_CHAT_KIND_CUSTOM;

  sc_chat_kind_from_code (kind, &value);
  return sc_chat_kind_get_label (value);
}

static void
write_chat_row (Writer                *w,
                lxw_worksheet         *ws,
                lxw_row_t              row,
                const ScReportChatRow *chat)
{
  worksheet_write_string (ws, row, 0, chat->title, w->indent[MIN (chat->depth, MAX_INDENT)]);
  worksheet_write_string (ws, row, 1, chat_kind_label (chat->kind), w->cell);
  worksheet_write_string (ws, row, 2, chat->group_code, w->cell);
  worksheet_write_string (ws, row, 3, student_or (chat->admin_is_student, chat->admin), w->cell);
  write_date (ws, row, 4, chat->created_on, w->date_cell);
  worksheet_write_number (ws, row, 5, chat->members, w->integer);
}

static void
write_chats_sheet (Writer *w)
{
  const char *const headers[] = {
    _("Chat"), _("Kind"), _("Group"), _("Administrator"), _("Created on"),
    C_("chats sheet", "Members"), NULL
  };
  const double widths[] = { 44, 20, 12, 36, 13, 13 };
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_CHATS);
  g_autofree char *date = sc_date_format_short (w->figures->as_of);
  g_autofree char *subject = g_strdup_printf (_("Chats that existed on %s, with their members on that day"), date);
  lxw_row_t row = FIRST_DATA_ROW;

  for (lxw_col_t col = 0; col < G_N_ELEMENTS (widths); col++)
    worksheet_set_column (ws, col, col, widths[col], NULL);
  write_sheet_title (w, ws, 5, subject);
  sc_xlsx_write_headers (ws, FIRST_DATA_ROW - 1, headers, w->header);
  worksheet_set_row (ws, FIRST_DATA_ROW - 1, 2 * LINE_HEIGHT, NULL);
  worksheet_freeze_panes (ws, FIRST_DATA_ROW, 0);
  for (guint i = 0; i < w->figures->chats->len; i++, row++)
    write_chat_row (w, ws, row, g_ptr_array_index (w->figures->chats, i));
  if (w->figures->chats->len == 0)
    {
      g_autofree char *none = g_strdup_printf (_("The college had no chats on %s."), date);
      sc_xlsx_merge_text (ws, row++, 0, 5, none, w->cell);
    }
  set_up_landscape (ws, row - 1, 5, 1);
}

/* ---- «Педагоги» ---------------------------------------------------------- */

static void
write_teacher_headers (Writer        *w,
                       lxw_worksheet *ws)
{
  guint n = g_strv_length (w->figures->weeks);
  lxw_row_t top = FIRST_DATA_ROW - 1;

  worksheet_merge_range (ws, top, 0, top + 1, 0, _("Teacher"), w->header);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *week = sc_date_format_week (w->figures->weeks[i]);
      g_autofree char *glued = sc_report_glue (week);
      lxw_col_t col = 1 + 3 * i;

      worksheet_merge_range (ws, top, col, top, col + 2, glued, w->header);
      worksheet_write_string (ws, top + 1, col, C_("teachers sheet", "Messages"), w->header);
      worksheet_write_string (ws, top + 1, col + 1, C_("teachers sheet", "Calls"), w->header);
      worksheet_write_string (ws, top + 1, col + 2, _("Norm"), w->header);
      worksheet_set_column (ws, col, col + 2, 11, NULL);
    }
  worksheet_merge_range (ws, top, 1 + 3 * n, top + 1, 1 + 3 * n, _("Norm met every week"), w->header);
  worksheet_set_column (ws, 0, 0, 34, NULL);
  worksheet_set_column (ws, 1 + 3 * n, 1 + 3 * n, 14, NULL);
  worksheet_set_row (ws, top, 2 * LINE_HEIGHT, NULL);
  worksheet_set_row (ws, top + 1, 2 * LINE_HEIGHT, NULL);
}

static const char *
norm_label (const ScReportTeacherRow *teacher,
            guint                     week)
{
  if (!teacher->has_record[week])
    return _("No data");
  return teacher->met[week] ? _("Met") : _("Below the norm");
}

static void
write_teacher_row (Writer                   *w,
                   lxw_worksheet            *ws,
                   lxw_row_t                 row,
                   const ScReportTeacherRow *teacher)
{
  guint n = g_strv_length (w->figures->weeks);
  gboolean all = TRUE;

  worksheet_write_string (ws, row, 0, teacher->name, w->cell);
  for (guint i = 0; i < n; i++)
    {
      lxw_col_t col = 1 + 3 * i;

      if (teacher->has_record[i])
        {
          worksheet_write_number (ws, row, col, teacher->messages[i], w->integer);
          worksheet_write_number (ws, row, col + 1, teacher->calls[i], w->integer);
        }
      else
        {
          worksheet_write_blank (ws, row, col, w->integer);
          worksheet_write_blank (ws, row, col + 1, w->integer);
        }
      worksheet_write_string (ws, row, col + 2, norm_label (teacher, i), w->cell);
      all = all && teacher->met[i];
    }
  worksheet_write_string (ws, row, 1 + 3 * n, all ? _("yes") : _("no"), w->centered);
}

static void
write_teachers_sheet (Writer *w)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_TEACHERS);
  guint n = g_strv_length (w->figures->weeks);
  g_autofree char *norm = sc_report_get_norm_text (w->figures->norm_messages, w->figures->norm_calls);
  g_autofree char *subject = g_strdup_printf (_("Teachers' messages and calls by week. %s."), norm);
  lxw_row_t row = FIRST_DATA_ROW + 1;

  write_sheet_title (w, ws, 1 + 3 * n, subject);
  write_teacher_headers (w, ws);
  worksheet_freeze_panes (ws, FIRST_DATA_ROW + 1, 1);
  for (guint i = 0; i < w->figures->teachers->len; i++, row++)
    write_teacher_row (w, ws, row, g_ptr_array_index (w->figures->teachers, i));
  if (w->figures->teachers->len == 0)
    sc_xlsx_merge_text (ws, row++, 0, 1 + 3 * n, _("No active teachers on that date."), w->cell);
  set_up_landscape (ws, row - 1, 1 + 3 * n, 2);
}

/* ---- «Данные» ------------------------------------------------------------ */

/* The sheet a program reads (the regional summary, DESIGN.md §7), laid
 * out so that summaries can be summarised again:
 *
 *   row 1       Код | Значение | Показатель            (the header)
 *   rows 2…8    the identity of the report, in this order:
 *     report_month       "2023-11"                     text
 *     as_of              2023-11-30                    a date cell (yyyy-mm-dd)
 *     organization_name  the college's full name       text
 *     organization_inn   "6950012345" or ""            text (keeps leading zeros)
 *     platform           "vk" | "max"                  text
 *     weeks_in_month     5                             number
 *     app_version        "0.1.0"                       text
 *   rows 9…     the figures of DESIGN.md §5 in the report's order, codes as
 *               sc-report-figures.c names them, numbers (percentages as
 *               96.8, not 0.968)
 *
 * Column A the code, B the value, C the Russian label for a person. A
 * reader finds rows by code, never by position. The sheet is hidden, so
 * printing the workbook does not print a page of codes. */
static void
write_identity (Writer        *w,
                lxw_worksheet *ws,
                lxw_row_t     *row)
{
  g_autofree char *weeks = g_strdup_printf ("%u", g_strv_length (w->figures->weeks));
  const struct { const char *code; const char *value; const char *label; } rows[] = {
    { "report_month", w->figures->month, N_("Report month") },
    { "as_of", NULL, N_("Date the figures are counted on") },
    { "organization_name", w->organization->full_name, N_("Organization") },
    { "organization_inn", w->organization->inn, N_("Organization's INN") },
    { "platform", sc_platform_to_code (w->figures->platform), N_("Messenger platform") },
    { "weeks_in_month", NULL, N_("Weeks in the month") },
    { "app_version", PACKAGE_VERSION, N_("Version of Sferum Coordinator") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++, (*row)++)
    {
      worksheet_write_string (ws, *row, 0, rows[i].code, NULL);
      if (g_str_equal (rows[i].code, "as_of"))
        write_date (ws, *row, 1, w->figures->as_of, w->data_date);
      else if (g_str_equal (rows[i].code, "weeks_in_month"))
        worksheet_write_number (ws, *row, 1, g_strv_length (w->figures->weeks), NULL);
      else
        worksheet_write_string (ws, *row, 1, rows[i].value ? rows[i].value : "", NULL);
      worksheet_write_string (ws, *row, 2, _(rows[i].label), NULL);
    }
}

static void
write_data_sheet (Writer *w)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_DATA);
  const char *const headers[] = { _("Code"), _("Value"), _("Indicator"), NULL };
  lxw_row_t row = 1;

  worksheet_set_column (ws, 0, 0, 44, NULL);
  worksheet_set_column (ws, 1, 1, 14, NULL);
  worksheet_set_column (ws, 2, 2, 70, NULL);
  sc_xlsx_write_headers (ws, 0, headers, w->data_header);
  write_identity (w, ws, &row);
  for (guint i = 0; i < w->figures->figures->len; i++, row++)
    {
      const ScFigure *figure = g_ptr_array_index (w->figures->figures, i);
      g_autofree char *label = sc_figure_label_for_code (figure->code);

      worksheet_write_string (ws, row, 0, figure->code, NULL);
      worksheet_write_number (ws, row, 1, figure->value, NULL);
      worksheet_write_string (ws, row, 2, label, NULL);
    }
  worksheet_freeze_panes (ws, 1, 0);
  worksheet_hide (ws);
}

/* ---- the workbook -------------------------------------------------------- */

static void
set_properties (Writer *w,
                char   *title,
                char   *period)
{
  lxw_doc_properties properties = { 0 };

  properties.title = title;
  properties.subject = period;
  properties.company = w->organization->full_name;
  properties.author = w->organization->full_name;
  workbook_set_properties (w->book, &properties);
}

static lxw_error
write_workbook (Writer     *w,
                const char *path)
{
  g_autofree char *period = sc_report_format_period (w->figures->month);
  g_autofree char *as_of = sc_report_format_as_of (w->figures->as_of);
  g_autofree char *title = g_strdup_printf ("%s %s", sc_report_get_title (), period);

  w->book = workbook_new (path);
  if (w->book == NULL)
    return LXW_ERROR_CREATING_XLSX_FILE;
  /* Translators: the first line of every sheet but the report itself:
   * «ГБПОУ … Отчёт об использовании ИКОП «Сферум» за ноябрь 2023 г. по
   * состоянию на 30 ноября 2023 г.» */
  w->title_line = g_strdup_printf (_("%s. %s %s %s"), w->organization->full_name,
                                   sc_report_get_title (), period, as_of);
  set_properties (w, title, period);
  make_document_formats (w);
  make_table_formats (w);
  write_report_sheet (w);
  write_groups_sheet (w);
  write_chats_sheet (w);
  /* A college that reports no activity has no sheet of it either. */
  if (w->report->include_teachers && w->figures->norm_enabled)
    write_teachers_sheet (w);
  write_data_sheet (w);
  return workbook_close (w->book);
}

gboolean
sc_report_xlsx_save (const char            *path,
                     const ScReport        *report,
                     const ScOrganization    *organization,
                     const ScReportFigures *figures,
                     GError               **error)
{
  g_autofree char *temp = NULL;
  Writer w = { NULL, report, organization, figures };
  ScDocLocale scope;
  lxw_error rc;

  g_return_val_if_fail (path != NULL && report != NULL && organization != NULL && figures != NULL, FALSE);
  temp = sc_report_temp_path (path, error);
  if (temp == NULL)
    return FALSE;
  sc_doc_locale_enter (&scope);
  rc = write_workbook (&w, temp);
  sc_doc_locale_leave (&scope);
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

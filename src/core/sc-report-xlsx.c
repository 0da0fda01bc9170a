/* sc-report-xlsx.c — the monthly report as an XLSX workbook (DESIGN.md §7)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sc-date.h"
#include "sc-report-xlsx.h"

/* Sheet names stay Russian in every locale: the ministry's clerks, and the
 * scripts that read «Данные», look for them by name. */
#define SHEET_REPORT "Отчёт"
#define SHEET_GROUPS "Группы"
#define SHEET_CHATS "Чаты"
#define SHEET_TEACHERS "Педагоги"
#define SHEET_DATA "Данные"

/* «Отчёт» columns: number, indicator, value, "%" — about 84 characters,
 * which fit the width of an A4 page in portrait. */
#define WIDTH_NUMBER 7
#define WIDTH_LABEL 60
#define WIDTH_VALUE 13
#define WIDTH_UNIT 4
#define LINE_HEIGHT 15.0
#define FULL_WIDTH_CHARS 90
#define LABEL_CHARS 64
#define DATE_FORMAT "dd.mm.yyyy"
#define MAX_INDENT 4

typedef struct
{
  lxw_workbook          *book;
  const ScReport        *report;
  const ScOrgProfile    *profile;
  const ScReportFigures *figures;
  lxw_format *college, *title, *period, *note, *header, *section, *label;
  lxw_format *integer, *decimal, *unit, *heading, *wrap, *plain, *date;
  lxw_format *cell, *number, *total, *total_number, *total_decimal, *date_cell;
  lxw_format *indent[MAX_INDENT + 1];
} Writer;

/* ---- formats ------------------------------------------------------------- */

static lxw_format *
add_format (lxw_workbook *book,
            gboolean      bold,
            double        size,
            uint8_t       align,
            gboolean      border)
{
  lxw_format *format = workbook_add_format (book);

  if (bold)
    format_set_bold (format);
  if (size > 0)
    format_set_font_size (format, size);
  if (align != LXW_ALIGN_NONE)
    format_set_align (format, align);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (border)
    format_set_border (format, LXW_BORDER_THIN);
  return format;
}

static void
make_heading_formats (Writer *w)
{
  w->college = add_format (w->book, TRUE, 12, LXW_ALIGN_CENTER, FALSE);
  format_set_text_wrap (w->college);
  w->title = add_format (w->book, TRUE, 14, LXW_ALIGN_CENTER, FALSE);
  format_set_text_wrap (w->title);
  w->period = add_format (w->book, TRUE, 12, LXW_ALIGN_CENTER, FALSE);
  w->note = add_format (w->book, FALSE, 10, LXW_ALIGN_CENTER, FALSE);
  w->heading = add_format (w->book, TRUE, 11, LXW_ALIGN_LEFT, FALSE);
  w->wrap = add_format (w->book, FALSE, 11, LXW_ALIGN_JUSTIFY, FALSE);
  format_set_text_wrap (w->wrap);
  w->plain = add_format (w->book, FALSE, 11, LXW_ALIGN_LEFT, FALSE);
  format_set_text_wrap (w->plain);
  w->date = add_format (w->book, FALSE, 11, LXW_ALIGN_LEFT, FALSE);
  format_set_num_format (w->date, DATE_FORMAT);
}

static void
make_table_formats (Writer *w)
{
  w->header = add_format (w->book, TRUE, 0, LXW_ALIGN_CENTER, TRUE);
  format_set_text_wrap (w->header);
  format_set_bg_color (w->header, 0xD9E1F2);
  w->section = add_format (w->book, TRUE, 0, LXW_ALIGN_LEFT, TRUE);
  format_set_bg_color (w->section, 0xF2F2F2);
  w->label = add_format (w->book, FALSE, 0, LXW_ALIGN_LEFT, TRUE);
  format_set_text_wrap (w->label);
  w->integer = add_format (w->book, FALSE, 0, LXW_ALIGN_RIGHT, TRUE);
  format_set_num_format (w->integer, "#,##0");
  w->decimal = add_format (w->book, FALSE, 0, LXW_ALIGN_RIGHT, TRUE);
  format_set_num_format (w->decimal, "0.0");
  w->unit = add_format (w->book, FALSE, 0, LXW_ALIGN_LEFT, TRUE);
  w->cell = add_format (w->book, FALSE, 0, LXW_ALIGN_LEFT, TRUE);
  w->number = w->integer;
  w->date_cell = add_format (w->book, FALSE, 0, LXW_ALIGN_RIGHT, TRUE);
  format_set_num_format (w->date_cell, DATE_FORMAT);
  w->total = add_format (w->book, TRUE, 0, LXW_ALIGN_LEFT, TRUE);
  w->total_number = add_format (w->book, TRUE, 0, LXW_ALIGN_RIGHT, TRUE);
  format_set_num_format (w->total_number, "#,##0");
  w->total_decimal = add_format (w->book, TRUE, 0, LXW_ALIGN_RIGHT, TRUE);
  format_set_num_format (w->total_decimal, "0.0");
  for (int i = 0; i <= MAX_INDENT; i++)
    {
      w->indent[i] = add_format (w->book, FALSE, 0, LXW_ALIGN_LEFT, TRUE);
      format_set_indent (w->indent[i], i);
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

static void
merge_text (lxw_worksheet *ws,
            lxw_row_t      row,
            const char    *text,
            lxw_format    *format,
            double         height)
{
  worksheet_merge_range (ws, row, 0, row, 3, text, format);
  worksheet_set_row (ws, row, height, NULL);
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

static void
write_headers (lxw_worksheet     *ws,
               lxw_row_t          row,
               const char *const *headers,
               lxw_format        *format)
{
  for (lxw_col_t col = 0; headers[col] != NULL; col++)
    worksheet_write_string (ws, row, col, headers[col], format);
}

/* ---- «Отчёт» ------------------------------------------------------------- */

static lxw_row_t
write_heading (Writer        *w,
               lxw_worksheet *ws)
{
  g_autofree char *period = sc_report_format_period (w->figures->month);
  g_autofree char *as_of = sc_report_format_as_of (w->figures->as_of);
  g_auto(GStrv) details = sc_report_get_details (w->profile);
  lxw_row_t row = 0;

  merge_text (ws, row++, w->profile->full_name, w->college,
              wrapped_height (w->profile->full_name, 70, 17));
  merge_text (ws, row++, sc_report_get_title (), w->title,
              wrapped_height (sc_report_get_title (), 60, 20));
  merge_text (ws, row++, period, w->period, 18);
  merge_text (ws, row++, as_of, w->note, LINE_HEIGHT);
  for (guint i = 0; details[i] != NULL; i++)
    merge_text (ws, row++, details[i], w->note, LINE_HEIGHT);
  return row + 1;
}

static void
write_section_row (Writer          *w,
                   lxw_worksheet   *ws,
                   lxw_row_t        row,
                   int              number,
                   ScFigureSection  section)
{
  g_autofree char *text = g_strdup_printf ("%d. %s", number, sc_figure_section_get_label (section));

  worksheet_merge_range (ws, row, 0, row, 3, text, w->section);
}

static void
write_figure_row (Writer         *w,
                  lxw_worksheet  *ws,
                  lxw_row_t       row,
                  const char     *number,
                  const ScFigure *figure)
{
  worksheet_write_string (ws, row, 0, number, w->cell);
  worksheet_write_string (ws, row, 1, figure->label, w->label);
  worksheet_write_number (ws, row, 2, figure->value,
                          sc_figure_is_integer (figure) ? w->integer : w->decimal);
  worksheet_write_string (ws, row, 3, sc_figure_is_percent (figure) ? "%" : "", w->unit);
  worksheet_set_row (ws, row, wrapped_height (figure->label, LABEL_CHARS, LINE_HEIGHT), NULL);
}

static void
write_norm_row (Writer        *w,
                lxw_worksheet *ws,
                lxw_row_t      row)
{
  g_autofree char *norm = sc_report_get_norm_text (w->figures->norm_messages,
                                                   w->figures->norm_calls);

  worksheet_write_blank (ws, row, 0, w->cell);
  worksheet_merge_range (ws, row, 1, row, 3, norm, w->label);
}

/* The same list, in the same order, as the window and the PDF. */
static lxw_row_t
write_indicators (Writer        *w,
                  lxw_worksheet *ws,
                  lxw_row_t      row)
{
  const char *const headers[] = { C_("column", "No."), _("Indicator"), _("Value"), NULL };
  int section = -1, n_section = 0, n_item = 0;

  write_headers (ws, row, headers, w->header);
  worksheet_merge_range (ws, row, 2, row, 3, headers[2], w->header);
  row++;
  for (guint i = 0; i < w->figures->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (w->figures->figures, i);
      g_autofree char *number = NULL;

      if ((int)figure->section != section)
        {
          section = figure->section;
          write_section_row (w, ws, row++, ++n_section, figure->section);
          if (figure->section == SC_FIGURE_SECTION_ACTIVITY)
            write_norm_row (w, ws, row++);
          n_item = 0;
        }
      number = g_strdup_printf ("%d.%d", n_section, ++n_item);
      write_figure_row (w, ws, row++, number, figure);
    }
  return row + 1;
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

/* A spreadsheet row is at most 409 points high: a text goes in one row a
 * paragraph, and a paragraph longer than about 24 lines in several. */
static GPtrArray *
split_text (const char *text)
{
  GPtrArray *chunks = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  const glong max_chars = FULL_WIDTH_CHARS * 24;

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

static lxw_row_t
write_narrative (Writer        *w,
                 lxw_worksheet *ws,
                 lxw_row_t      row)
{
  for (guint i = 0; i < SC_REPORT_N_NARRATIVE; i++)
    {
      const char *text = sc_report_narrative_text (w->report, i);
      g_autoptr(GPtrArray) chunks = NULL;

      if (*text == '\0')
        continue;
      merge_text (ws, row++, sc_report_narrative_label (i), w->heading, LINE_HEIGHT);
      chunks = split_text (text);
      for (guint c = 0; c < chunks->len; c++, row++)
        merge_text (ws, row, chunks->pdata[c], w->wrap,
                    wrapped_height (chunks->pdata[c], FULL_WIDTH_CHARS, LINE_HEIGHT));
      row++;
    }
  return row;
}

static lxw_row_t
write_signatures (Writer        *w,
                  lxw_worksheet *ws,
                  lxw_row_t      row)
{
  g_autofree char *head = sc_report_signature_line (w->report, TRUE);
  g_autofree char *coordinator = sc_report_signature_line (w->report, FALSE);
  g_autofree char *date = sc_report_signature_date (w->report);

  row++;
  merge_text (ws, row++, head, w->plain, wrapped_height (head, FULL_WIDTH_CHARS, 2 * LINE_HEIGHT));
  row++;
  merge_text (ws, row++, coordinator, w->plain,
              wrapped_height (coordinator, FULL_WIDTH_CHARS, 2 * LINE_HEIGHT));
  row++;
  worksheet_write_string (ws, row, 0, _("Date:"), w->plain);
  write_date (ws, row, 1, date, w->date);
  return row;
}

static void
set_up_page (lxw_worksheet *ws,
             lxw_row_t      last_row,
             lxw_col_t      last_col,
             gboolean       landscape)
{
  worksheet_set_paper (ws, 9);   /* A4 */
  if (landscape)
    worksheet_set_landscape (ws);
  else
    worksheet_set_portrait (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_print_area (ws, 0, 0, last_row, last_col);
  worksheet_set_margins (ws, 0.8, 0.5, 0.6, 0.6);
  /* Translators: a spreadsheet page footer; keep the &C, &P and &N codes. */
  worksheet_set_footer (ws, _("&CPage &P of &N"));
}

static void
write_report_sheet (Writer *w)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_REPORT);
  lxw_row_t row;

  worksheet_set_column (ws, 0, 0, WIDTH_NUMBER, NULL);
  worksheet_set_column (ws, 1, 1, WIDTH_LABEL, NULL);
  worksheet_set_column (ws, 2, 2, WIDTH_VALUE, NULL);
  worksheet_set_column (ws, 3, 3, WIDTH_UNIT, NULL);
  worksheet_gridlines (ws, LXW_HIDE_ALL_GRIDLINES);
  row = write_heading (w, ws);
  row = write_indicators (w, ws, row);
  row = write_narrative (w, ws, row);
  row = write_signatures (w, ws, row);
  set_up_page (ws, row, 3, FALSE);
}

/* ---- «Группы» ------------------------------------------------------------ */

static void
write_group_row (Writer                 *w,
                 lxw_worksheet          *ws,
                 lxw_row_t               row,
                 const ScReportGroupRow *group)
{
  g_autofree char *formula = g_strdup_printf ("=IF(D%u>0,ROUND(100*E%u/D%u,1),0)",
                                              row + 1, row + 1, row + 1);

  worksheet_write_string (ws, row, 0, group->code, w->cell);
  worksheet_write_string (ws, row, 1, group->department, w->cell);
  worksheet_write_string (ws, row, 2, group->curator, w->cell);
  worksheet_write_number (ws, row, 3, group->students, w->integer);
  worksheet_write_number (ws, row, 4, group->connected, w->integer);
  worksheet_write_formula_num (ws, row, 5, formula, w->decimal, group->connected_pct);
  worksheet_write_string (ws, row, 6, group->has_chat ? _("yes") : _("no"), w->cell);
}

static void
write_group_totals (Writer        *w,
                    lxw_worksheet *ws,
                    lxw_row_t      row)
{
  int students = 0, connected = 0, chats = 0;
  g_autofree char *sum_d = g_strdup_printf ("=SUM(D2:D%u)", row);
  g_autofree char *sum_e = g_strdup_printf ("=SUM(E2:E%u)", row);
  g_autofree char *pct = g_strdup_printf ("=IF(D%u>0,ROUND(100*E%u/D%u,1),0)", row + 1, row + 1, row + 1);
  g_autofree char *count = g_strdup_printf ("=COUNTIF(G2:G%u,\"%s\")", row, _("yes"));

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
  worksheet_write_formula_num (ws, row, 5, pct, w->total_decimal,
                               students > 0 ? (int)(1000.0 * connected / students + 0.5) / 10.0 : 0);
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
  lxw_row_t row = 1;

  for (lxw_col_t col = 0; col < G_N_ELEMENTS (widths); col++)
    worksheet_set_column (ws, col, col, widths[col], NULL);
  write_headers (ws, 0, headers, w->header);
  worksheet_set_row (ws, 0, 2 * LINE_HEIGHT, NULL);
  worksheet_freeze_panes (ws, 1, 0);
  for (guint i = 0; i < w->figures->groups->len; i++, row++)
    write_group_row (w, ws, row, g_ptr_array_index (w->figures->groups, i));
  if (w->figures->groups->len > 0)
    write_group_totals (w, ws, row);
  worksheet_repeat_rows (ws, 0, 0);
  set_up_page (ws, row, 6, TRUE);
}

/* ---- «Чаты» -------------------------------------------------------------- */

static const char *
chat_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "group") == 0)
    return C_("chat kind", "Group");
  if (g_strcmp0 (kind, "staff") == 0)
    return C_("chat kind", "Teachers");
  if (g_strcmp0 (kind, "parents") == 0)
    return C_("chat kind", "Parents");
  if (g_strcmp0 (kind, "department") == 0)
    return C_("chat kind", "Department");
  if (g_strcmp0 (kind, "administration") == 0)
    return C_("chat kind", "Administration");
  return C_("chat kind", "Other");
}

static const char *
chat_status_label (const char *status)
{
  if (g_strcmp0 (status, "created") == 0)
    return C_("chat status", "Created");
  if (g_strcmp0 (status, "archived") == 0)
    return C_("chat status", "Archived");
  return C_("chat status", "Planned");
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
  worksheet_write_string (ws, row, 3, chat->admin, w->cell);
  worksheet_write_string (ws, row, 4, chat_status_label (chat->status), w->cell);
  write_date (ws, row, 5, chat->created_on, w->date_cell);
  worksheet_write_number (ws, row, 6, chat->members, w->integer);
}

static void
write_chats_sheet (Writer *w)
{
  const char *const headers[] = {
    _("Chat"), _("Kind"), _("Group"), _("Administrator"), _("Status"), _("Created on"),
    C_("chats sheet", "Members"), NULL
  };
  const double widths[] = { 40, 16, 12, 34, 14, 12, 12 };
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_CHATS);
  lxw_row_t row = 1;

  for (lxw_col_t col = 0; col < G_N_ELEMENTS (widths); col++)
    worksheet_set_column (ws, col, col, widths[col], NULL);
  write_headers (ws, 0, headers, w->header);
  worksheet_set_row (ws, 0, 2 * LINE_HEIGHT, NULL);
  worksheet_freeze_panes (ws, 1, 0);
  for (guint i = 0; i < w->figures->chats->len; i++, row++)
    write_chat_row (w, ws, row, g_ptr_array_index (w->figures->chats, i));
  worksheet_repeat_rows (ws, 0, 0);
  set_up_page (ws, MAX (row - 1, 1), 6, TRUE);
}

/* ---- «Педагоги» ---------------------------------------------------------- */

static void
write_teacher_headers (Writer        *w,
                       lxw_worksheet *ws)
{
  guint n = g_strv_length (w->figures->weeks);

  worksheet_merge_range (ws, 0, 0, 1, 0, _("Teacher"), w->header);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *week = sc_date_format_week (w->figures->weeks[i]);
      lxw_col_t col = 1 + 3 * i;

      worksheet_merge_range (ws, 0, col, 0, col + 2, week, w->header);
      worksheet_write_string (ws, 1, col, C_("teachers sheet", "Messages"), w->header);
      worksheet_write_string (ws, 1, col + 1, C_("teachers sheet", "Calls"), w->header);
      worksheet_write_string (ws, 1, col + 2, _("Norm"), w->header);
      worksheet_set_column (ws, col, col + 2, 11, NULL);
    }
  worksheet_merge_range (ws, 0, 1 + 3 * n, 1, 1 + 3 * n, _("Norm met every week"), w->header);
  worksheet_set_column (ws, 0, 0, 34, NULL);
  worksheet_set_column (ws, 1 + 3 * n, 1 + 3 * n, 14, NULL);
  worksheet_set_row (ws, 1, 30, NULL);
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
  worksheet_write_string (ws, row, 1 + 3 * n, all ? _("yes") : _("no"), w->cell);
}

static void
write_teachers_sheet (Writer *w)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_TEACHERS);
  guint n = g_strv_length (w->figures->weeks);
  lxw_row_t row = 2;

  write_teacher_headers (w, ws);
  worksheet_freeze_panes (ws, 2, 1);
  for (guint i = 0; i < w->figures->teachers->len; i++, row++)
    write_teacher_row (w, ws, row, g_ptr_array_index (w->figures->teachers, i));
  worksheet_repeat_rows (ws, 0, 1);
  set_up_page (ws, MAX (row - 1, 2), 1 + 3 * n, TRUE);
}

/* ---- «Данные» ------------------------------------------------------------ */

/* No header row: every row is one figure, A the code, B the value (C the
 * label, for a person reading it). */
static void
write_data_sheet (Writer *w)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->book, SHEET_DATA);

  worksheet_set_column (ws, 0, 0, 44, NULL);
  worksheet_set_column (ws, 1, 1, 12, NULL);
  worksheet_set_column (ws, 2, 2, 70, NULL);
  for (guint i = 0; i < w->figures->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (w->figures->figures, i);

      worksheet_write_string (ws, i, 0, figure->code, NULL);
      worksheet_write_number (ws, i, 1, figure->value, NULL);
      worksheet_write_string (ws, i, 2, figure->label, NULL);
    }
  set_up_page (ws, MAX (w->figures->figures->len, 1) - 1, 2, FALSE);
}

/* ---- the workbook -------------------------------------------------------- */

/* libxlsxwriter prints numbers (cell values, widths, margins) with the C
 * library's printf, which follows LC_NUMERIC: under a Russian locale 57.1
 * would be written as "57,1" and read back as 57. The numeric locale is
 * "C" for this thread, and only this thread, while the workbook is written;
 * messages keep the user's language. */
typedef struct
{
#ifdef G_OS_WIN32
  int       per_thread;
  char     *numeric;
#else
  locale_t  c_numeric;
  locale_t  previous;
#endif
} NumericLocale;

static void
numeric_locale_begin (NumericLocale *saved)
{
#ifdef G_OS_WIN32
  saved->per_thread = _configthreadlocale (_ENABLE_PER_THREAD_LOCALE);
  saved->numeric = g_strdup (setlocale (LC_NUMERIC, NULL));
  setlocale (LC_NUMERIC, "C");
#else
  locale_t base = duplocale (uselocale ((locale_t)0));

  saved->c_numeric = base != (locale_t)0 ? newlocale (LC_NUMERIC_MASK, "C", base) : (locale_t)0;
  if (saved->c_numeric == (locale_t)0 && base != (locale_t)0)
    freelocale (base);
  saved->previous = saved->c_numeric != (locale_t)0 ? uselocale (saved->c_numeric) : (locale_t)0;
#endif
}

static void
numeric_locale_end (NumericLocale *saved)
{
#ifdef G_OS_WIN32
  setlocale (LC_NUMERIC, saved->numeric);
  g_free (saved->numeric);
  _configthreadlocale (saved->per_thread);
#else
  if (saved->c_numeric == (locale_t)0)
    return;
  uselocale (saved->previous);
  freelocale (saved->c_numeric);
#endif
}

static void
set_properties (Writer *w,
                char   *title,
                char   *period)
{
  lxw_doc_properties properties = { 0 };

  properties.title = title;
  properties.subject = period;
  properties.company = w->profile->full_name;
  properties.author = w->report->coordinator_name;
  workbook_set_properties (w->book, &properties);
}

static lxw_error
write_workbook (Writer     *w,
                const char *path)
{
  g_autofree char *period = sc_report_format_period (w->figures->month);
  g_autofree char *title = g_strdup_printf ("%s %s", sc_report_get_title (), period);

  w->book = workbook_new (path);
  if (w->book == NULL)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;
  set_properties (w, title, period);
  make_heading_formats (w);
  make_table_formats (w);
  write_report_sheet (w);
  write_groups_sheet (w);
  write_chats_sheet (w);
  if (w->report->include_teachers)
    write_teachers_sheet (w);
  write_data_sheet (w);
  return workbook_close (w->book);
}

gboolean
sc_report_xlsx_save (const char            *path,
                     const ScReport        *report,
                     const ScOrgProfile    *profile,
                     const ScReportFigures *figures,
                     GError               **error)
{
  g_autofree char *temp = NULL;
  Writer w = { NULL, report, profile, figures };
  NumericLocale numeric;
  lxw_error rc;

  g_return_val_if_fail (path != NULL && report != NULL && profile != NULL && figures != NULL, FALSE);
  temp = sc_report_temp_path (path, error);
  if (temp == NULL)
    return FALSE;
  numeric_locale_begin (&numeric);
  rc = write_workbook (&w, temp);
  numeric_locale_end (&numeric);
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

/* sc-summary-pdf.c — the regional summary's «Свод» as an A4 landscape PDF
 *
 * Drawn with cairo and pango as the report's PDF is (sc-report-pdf.c): a
 * first pass counts the pages, a second draws them. The columns are as
 * wide as their widest number or heading word; the college's name takes
 * what is left. Up to twenty columns of figures fit a landscape page in a
 * small condensed type, shrunk further if a month's columns need it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "sc-format.h"
#include "sc-i18n.h"
#include "sc-pdf-output.h"
#include "sc-report.h"
#include "sc-report-figures.h"
#include "sc-report-text.h"
#include "sc-summary-pdf.h"

#define PAGE_WIDTH 841.89
#define PAGE_HEIGHT 595.276
#define MARGIN_SIDE 28.35          /* 10 mm */
#define MARGIN_TOP 34.0
#define MARGIN_BOTTOM 42.5         /* 15 mm: the page number sits in it */
#define FOOTER_BASE 22.0           /* from the bottom edge */
#define PAD 2.5
#define FONT_FAMILY "DejaVu Sans, Sans"
#define BODY_SIZE 7.5
#define SMALLEST_SIZE 5.5
#define NAME_MIN_WIDTH 120.0
#define NAME_MAX_WIDTH 210.0
#define COUNT_ONLY (-2)
#define ALL_PAGES (-1)

typedef struct
{
  double size;
  gboolean bold;
  gboolean condensed;
  PangoAlignment align;
  double grey;
} Style;

typedef struct
{
  cairo_t        *cr;
  PangoContext   *context;
  ScSummary      *summary;
  ScSummaryCodes *codes;
  GPtrArray      *colleges;     /* ScSummaryReport */
  double          size;         /* the table's type size */
  double         *widths;       /* №, college, then a column a printed figure */
  guint           n_columns;
  GArray         *shown;        /* guint: the code of each figure column */
  double          y;
  int             page;
  int             target;
  int             n_pages;
  gboolean        in_table;
} Pdf;

/* ---- text ---------------------------------------------------------------- */

static Style
style (double         size,
       gboolean       bold,
       PangoAlignment align)
{
  return (Style) { size, bold, TRUE, align, 0.0 };
}

static PangoLayout *
make_layout (Pdf         *p,
             const char  *text,
             const Style *s,
             double       width)
{
  PangoLayout *layout = pango_layout_new (p->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  g_autofree char *glued = sc_report_glue (text);

  pango_font_description_set_size (font, (int)(s->size * PANGO_SCALE));
  pango_font_description_set_weight (font, s->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  if (s->condensed)
    pango_font_description_set_stretch (font, PANGO_STRETCH_CONDENSED);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, s->align);
  pango_layout_set_text (layout, glued, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double)height / PANGO_SCALE;
}

/* The width of @text on one line. */
static double
text_width (Pdf         *p,
            const char  *text,
            const Style *s)
{
  g_autoptr(PangoLayout) layout = make_layout (p, text, s, -1);
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double)width / PANGO_SCALE;
}

/* The widest word of a heading: it must fit its column unbroken. */
static double
widest_word (Pdf         *p,
             const char  *text,
             const Style *s)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    widest = MAX (widest, text_width (p, words[i], s));
  return widest;
}

static gboolean
visible (const Pdf *p)
{
  return p->target == ALL_PAGES || p->target == p->page;
}

static void
draw_layout (Pdf         *p,
             PangoLayout *layout,
             double       x,
             double       y,
             double       grey)
{
  if (!visible (p))
    return;
  cairo_set_source_rgb (p->cr, grey, grey, grey);
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, layout);
  cairo_set_source_rgb (p->cr, 0, 0, 0);
}

static double
content_width (void)
{
  return PAGE_WIDTH - 2 * MARGIN_SIDE;
}

/* A paragraph across the page; returns its height. */
static double
draw_paragraph (Pdf         *p,
                const char  *text,
                const Style *s)
{
  g_autoptr(PangoLayout) layout = make_layout (p, text, s, content_width ());
  double height = layout_height (layout);

  draw_layout (p, layout, MARGIN_SIDE, p->y, s->grey);
  p->y += height;
  return height;
}

/* ---- values -------------------------------------------------------------- */

static char *
format_value (Pdf    *p,
              guint   index,
              double  value)
{
  ScSummaryRule rule = sc_summary_codes_get (p->codes, index)->rule;

  if (rule == SC_SUMMARY_PERCENT)
    return sc_format_percent (value);
  return sc_report_format_number (value, sc_summary_rule_is_count (rule) ? 0 : 1);
}

/* ---- columns ------------------------------------------------------------- */

/* The code index of figure column @column (0 is the first figure). */
static guint
code_at (const Pdf *p,
         guint      column)
{
  return g_array_index (p->shown, guint, column);
}

static const char *
code_name_at (const Pdf *p,
              guint      column)
{
  return sc_summary_codes_get (p->codes, code_at (p, column))->code;
}

static void
choose_shown (Pdf *p)
{
  p->shown = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < sc_summary_codes_get_n (p->codes); i++)
    if (sc_summary_code_is_printed (sc_summary_codes_get (p->codes, i)->code))
      g_array_append_val (p->shown, i);
}

static double
figure_width (Pdf   *p,
              guint  index)
{
  Style body = style (p->size, FALSE, PANGO_ALIGN_RIGHT);
  Style bold = style (p->size, TRUE, PANGO_ALIGN_RIGHT);
  Style head = style (p->size - 0.5, TRUE, PANGO_ALIGN_CENTER);
  g_autofree char *label = sc_summary_code_short_label (sc_summary_codes_get (p->codes, index)->code);
  g_autofree char *total = format_value (p, index, sc_summary_get_totals (p->summary)[index]);
  double width = MAX (widest_word (p, label, &head), text_width (p, total, &bold));

  for (guint i = 0; i < p->colleges->len; i++)
    {
      const double *values = sc_summary_report_get_values (g_ptr_array_index (p->colleges, i));
      g_autofree char *text = format_value (p, index, values[index]);
      width = MAX (width, text_width (p, text, &body));
    }
  return ceil (width) + 2 * PAD;
}

/* A group heading's longest word fits over its columns. */
static void
widen_for_groups (Pdf *p)
{
  Style head = style (p->size - 0.5, TRUE, PANGO_ALIGN_CENTER);
  guint n = p->shown->len;

  for (guint i = 0; i < n;)
    {
      const char *group = sc_summary_code_group_label (code_name_at (p, i));
      double span = 0, need = widest_word (p, group, &head) + 2 * PAD;
      guint j = i;

      while (j + 1 < n && g_str_equal (group, sc_summary_code_group_label (code_name_at (p, j + 1))))
        j++;
      for (guint k = i; k <= j; k++)
        span += p->widths[2 + k];
      if (span < need)
        p->widths[2 + j] += need - span;
      i = j + 1;
    }
}

/* FALSE when the figures leave the name too little room at this size. */
static gboolean
measure_columns (Pdf *p)
{
  Style head = style (p->size - 0.5, TRUE, PANGO_ALIGN_CENTER);
  Style body = style (p->size, FALSE, PANGO_ALIGN_RIGHT);
  g_autofree char *last = g_strdup_printf ("%u", MAX (p->colleges->len, 1));
  double used;

  p->n_columns = 2 + p->shown->len;
  g_free (p->widths);
  p->widths = g_new0 (double, p->n_columns);
  p->widths[0] = ceil (MAX (text_width (p, last, &body), widest_word (p, C_("column", "No."), &head))) + 2 * PAD;
  for (guint i = 0; i + 2 < p->n_columns; i++)
    p->widths[2 + i] = figure_width (p, code_at (p, i));
  widen_for_groups (p);
  used = 0;
  for (guint i = 0; i < p->n_columns; i++)
    used += p->widths[i];
  p->widths[1] = content_width () - used;
  if (p->widths[1] < NAME_MIN_WIDTH)
    return FALSE;
  /* What the name does not need goes to the figures. */
  if (p->widths[1] > NAME_MAX_WIDTH)
    {
      double extra = (p->widths[1] - NAME_MAX_WIDTH) / (p->n_columns - 2);

      for (guint i = 2; i < p->n_columns; i++)
        p->widths[i] += extra;
      p->widths[1] = NAME_MAX_WIDTH;
    }
  return TRUE;
}

static void
choose_size (Pdf *p)
{
  for (p->size = BODY_SIZE; p->size > SMALLEST_SIZE; p->size -= 0.5)
    if (measure_columns (p))
      return;
  measure_columns (p);
}

static double
column_x (const Pdf *p,
          guint      column)
{
  double x = MARGIN_SIDE;

  for (guint i = 0; i < column; i++)
    x += p->widths[i];
  return x;
}

/* ---- cells --------------------------------------------------------------- */

static void
draw_box (Pdf    *p,
          double  x,
          double  y,
          double  width,
          double  height,
          double  r,
          double  g,
          double  b)
{
  if (!visible (p))
    return;
  cairo_rectangle (p->cr, x, y, width, height);
  if (r < 1.0 || g < 1.0 || b < 1.0)
    {
      cairo_set_source_rgb (p->cr, r, g, b);
      cairo_fill_preserve (p->cr);
    }
  cairo_set_source_rgb (p->cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (p->cr, 0.4);
  cairo_stroke (p->cr);
  cairo_set_source_rgb (p->cr, 0, 0, 0);
}

static void draw_headings (Pdf *p);

static void
draw_footer (Pdf *p)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  Style s = style (8, FALSE, PANGO_ALIGN_CENTER);

  if (p->target == COUNT_ONLY)
    return;
  /* Translators: at the foot of each page of the regional summary's PDF. */
  text = g_strdup_printf (_("Page %d of %d"), p->page + 1, p->n_pages);
  layout = make_layout (p, text, &s, content_width ());
  draw_layout (p, layout, MARGIN_SIDE, PAGE_HEIGHT - FOOTER_BASE, 0.3);
}

static void
new_page (Pdf *p)
{
  draw_footer (p);
  if (p->target == ALL_PAGES)
    cairo_show_page (p->cr);
  p->page++;
  p->y = MARGIN_TOP;
  if (p->in_table)
    draw_headings (p);
}

static void
ensure_space (Pdf    *p,
              double  height)
{
  if (p->y + height > PAGE_HEIGHT - MARGIN_BOTTOM && p->y > MARGIN_TOP)
    new_page (p);
}

/* ---- the table ----------------------------------------------------------- */

static double
headings_height (Pdf *p)
{
  Style head = style (p->size - 0.5, TRUE, PANGO_ALIGN_CENTER);
  double top = 0, bottom = 0;

  for (guint i = 0; i + 2 < p->n_columns; i++)
    {
      const char *code = code_name_at (p, i);
      g_autofree char *label = sc_summary_code_short_label (code);
      g_autoptr(PangoLayout) group = make_layout (p, sc_summary_code_group_label (code), &head, -1);
      g_autoptr(PangoLayout) sub = make_layout (p, label, &head, p->widths[2 + i] - 2 * PAD);

      top = MAX (top, layout_height (group));
      bottom = MAX (bottom, layout_height (sub));
    }
  return top + bottom + 4 * PAD;
}

static void
draw_heading_cell (Pdf        *p,
                   double      x,
                   double      y,
                   double      width,
                   double      height,
                   const char *text)
{
  Style head = style (p->size - 0.5, TRUE, PANGO_ALIGN_CENTER);
  g_autoptr(PangoLayout) layout = make_layout (p, text, &head, width - 2 * PAD);

  draw_box (p, x, y, width, height, 0.85, 0.88, 0.95);
  draw_layout (p, layout, x + PAD, y + (height - layout_height (layout)) / 2, 0);
}

/* Two rows: the groups («Педагоги», …) over their columns' headings. */
static void
draw_headings (Pdf *p)
{
  Style head = style (p->size - 0.5, TRUE, PANGO_ALIGN_CENTER);
  g_autoptr(PangoLayout) probe = make_layout (p, "Ag", &head, -1);
  double top = layout_height (probe) * 2 + 2 * PAD;
  double total = MAX (headings_height (p), top + layout_height (probe) + 2 * PAD);
  guint n = p->shown->len;

  draw_heading_cell (p, column_x (p, 0), p->y, p->widths[0], total, C_("column", "No."));
  draw_heading_cell (p, column_x (p, 1), p->y, p->widths[1], total, _("College"));
  for (guint i = 0; i < n;)
    {
      const char *group = sc_summary_code_group_label (code_name_at (p, i));
      guint j = i;

      while (j + 1 < n && g_str_equal (group, sc_summary_code_group_label (code_name_at (p, j + 1))))
        j++;
      draw_heading_cell (p, column_x (p, 2 + i), p->y, column_x (p, 3 + j) - column_x (p, 2 + i), top, group);
      for (guint k = i; k <= j; k++)
        {
          g_autofree char *label = sc_summary_code_short_label (code_name_at (p, k));
          draw_heading_cell (p, column_x (p, 2 + k), p->y + top, p->widths[2 + k], total - top, label);
        }
      i = j + 1;
    }
  p->y += total;
}

typedef struct
{
  const char   *number;
  const char   *name;
  const char   *inn;
  const double *values;
  gboolean      total;
} Row;

static double
row_height (Pdf       *p,
            const Row *row)
{
  Style name_style = style (p->size, row->total, PANGO_ALIGN_LEFT);
  Style inn_style = style (p->size - 1, FALSE, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) name = make_layout (p, row->name, &name_style, p->widths[1] - 2 * PAD);
  double height = layout_height (name);

  if (row->inn != NULL && row->inn[0] != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("INN %s"), row->inn);
      g_autoptr(PangoLayout) inn = make_layout (p, text, &inn_style, p->widths[1] - 2 * PAD);
      height += layout_height (inn);
    }
  return height + 2 * PAD;
}

static void
draw_figure_cell (Pdf       *p,
                  const Row *row,
                  guint      column,
                  double     height)
{
  Style s = style (p->size, row->total, PANGO_ALIGN_RIGHT);
  guint index = code_at (p, column);
  double x = column_x (p, 2 + column), width = p->widths[2 + column];
  g_autofree char *text = format_value (p, index, row->values[index]);
  g_autoptr(PangoLayout) layout = make_layout (p, text, &s, width - 2 * PAD);
  gboolean low = sc_summary_codes_get (p->codes, index)->rule == SC_SUMMARY_PERCENT &&
                 row->values[index] < 100.0 && !row->total;

  if (low)
    draw_box (p, x, p->y, width, height, 0.97, 0.80, 0.68);
  else if (row->total)
    draw_box (p, x, p->y, width, height, 0.93, 0.93, 0.93);
  else
    draw_box (p, x, p->y, width, height, 1, 1, 1);
  draw_layout (p, layout, x + PAD, p->y + PAD, 0);
}

static void
draw_row (Pdf       *p,
          const Row *row,
          double     keep)
{
  Style name_style = style (p->size, row->total, PANGO_ALIGN_LEFT);
  Style inn_style = style (p->size - 1, FALSE, PANGO_ALIGN_LEFT);
  Style number_style = style (p->size, FALSE, PANGO_ALIGN_RIGHT);
  double height = row_height (p, row), fill = row->total ? 0.93 : 1.0;
  g_autoptr(PangoLayout) number = make_layout (p, row->number, &number_style, p->widths[0] - 2 * PAD);
  g_autoptr(PangoLayout) name = make_layout (p, row->name, &name_style, p->widths[1] - 2 * PAD);

  ensure_space (p, height + keep);
  draw_box (p, column_x (p, 0), p->y, p->widths[0], height, fill, fill, fill);
  draw_layout (p, number, column_x (p, 0) + PAD, p->y + PAD, 0);
  draw_box (p, column_x (p, 1), p->y, p->widths[1], height, fill, fill, fill);
  draw_layout (p, name, column_x (p, 1) + PAD, p->y + PAD, 0);
  if (row->inn != NULL && row->inn[0] != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("INN %s"), row->inn);
      g_autoptr(PangoLayout) inn = make_layout (p, text, &inn_style, p->widths[1] - 2 * PAD);
      draw_layout (p, inn, column_x (p, 1) + PAD, p->y + PAD + layout_height (name), 0.35);
    }
  for (guint i = 0; i + 2 < p->n_columns; i++)
    draw_figure_cell (p, row, i, height);
  p->y += height;
}

static Row
total_row (Pdf  *p,
           char *label)
{
  return (Row) { "", label, NULL, sc_summary_get_totals (p->summary), TRUE };
}

/* The last college stays on the page of the totals. */
static void
draw_table (Pdf *p)
{
  guint n = sc_summary_get_n_colleges (p->summary);
  g_autofree char *label = g_strdup_printf (sc_ngettext ("Total, %u college", "Total, %u colleges", n), n);
  Row total = total_row (p, label);
  double total_height = row_height (p, &total);

  ensure_space (p, 120);
  draw_headings (p);
  p->in_table = TRUE;
  for (guint i = 0; i < p->colleges->len; i++)
    {
      ScSummaryReport *report = g_ptr_array_index (p->colleges, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      Row row = { number, sc_summary_report_get_name (report), sc_summary_report_get_inn (report),
                  sc_summary_report_get_values (report), FALSE };

      draw_row (p, &row, i + 1 == p->colleges->len ? total_height : 0);
    }
  draw_row (p, &total, 0);
  p->in_table = FALSE;
}

/* ---- around the table ---------------------------------------------------- */

static void
draw_title (Pdf *p)
{
  const char *month = sc_summary_get_month (p->summary);
  g_autofree char *title = sc_summary_dup_title (p->summary);
  g_autofree char *period = sc_report_format_period (month);
  g_autofree char *last_day = sc_report_month_last_day (month);
  g_autofree char *as_of = sc_report_format_as_of (last_day);
  g_autofree char *subtitle = g_strdup_printf ("%s %s %s", sc_report_get_title (), period, as_of);
  Style big = { 13, TRUE, FALSE, PANGO_ALIGN_CENTER, 0 };
  Style normal = { 10.5, FALSE, FALSE, PANGO_ALIGN_CENTER, 0 };

  draw_paragraph (p, title, &big);
  p->y += 2;
  draw_paragraph (p, subtitle, &normal);
  p->y += 10;
}

static char *
missing_names (ScSummary *summary)
{
  GPtrArray *missing = sc_summary_get_missing (summary);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < missing->len; i++)
    {
      ScSummaryExpected *expected = g_ptr_array_index (missing, i);
      g_string_append_printf (names, "%s%s", i > 0 ? "; " : "",
                              expected->name[0] != '\0' ? expected->name : expected->inn);
    }
  return g_strdup (names->str);
}

static void
draw_notes (Pdf *p)
{
  Style note = { 9, FALSE, FALSE, PANGO_ALIGN_LEFT, 0 };
  guint refused = sc_summary_count_refused (p->summary);
  g_autofree char *names = missing_names (p->summary);

  p->y += 6;
  ensure_space (p, 40);
  /* xgettext:no-c-format */
  draw_paragraph (p, _("Colleges are listed from the lowest share of students connected; shares under 100 % are shaded."), &note);
  if (names[0] != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("Sent nothing: %s."), names);
      ensure_space (p, 12);
      draw_paragraph (p, text, &note);
    }
  if (refused > 0)
    {
      g_autofree char *text = g_strdup_printf (sc_ngettext ("%u file is left out of the summary; the reasons are on the «Проблемы» sheet of the workbook.",
                                                            "%u files are left out of the summary; the reasons are on the «Проблемы» sheet of the workbook.",
                                                            refused), refused);
      ensure_space (p, 12);
      draw_paragraph (p, text, &note);
    }
}

static void
render_pass (Pdf *p)
{
  p->y = MARGIN_TOP;
  p->page = 0;
  draw_title (p);
  draw_table (p);
  draw_notes (p);
  draw_footer (p);
  if (p->target == ALL_PAGES)
    cairo_show_page (p->cr);
}

static void
render (cairo_t   *cr,
        ScSummary *summary)
{
  GListModel *colleges = sc_summary_get_colleges (summary);
  Pdf p = { 0 };

  p.cr = cr;
  p.context = sc_pdf_output_context (cr);
  p.summary = summary;
  p.codes = sc_summary_get_codes (summary);
  choose_shown (&p);
  p.colleges = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (colleges); i++)
    g_ptr_array_add (p.colleges, g_list_model_get_item (colleges, i));
  choose_size (&p);
  p.target = COUNT_ONLY;
  render_pass (&p);
  p.n_pages = p.page + 1;
  p.target = ALL_PAGES;
  render_pass (&p);
  g_free (p.widths);
  g_array_unref (p.shown);
  g_ptr_array_unref (p.colleges);
  g_object_unref (p.context);
}

/* ---- the file -------------------------------------------------------------- */

static void
draw_document (cairo_t  *cr,
               gpointer  data)
{
  ScDocLocale scope;

  sc_doc_locale_enter (&scope);
  render (cr, data);
  sc_doc_locale_leave (&scope);
}

gboolean
sc_summary_pdf_save (ScSummary   *summary,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *period = NULL;
  g_autofree char *title = NULL;
  ScDocLocale scope;

  g_return_val_if_fail (SC_IS_SUMMARY (summary) && path != NULL, FALSE);
  g_return_val_if_fail (sc_summary_get_codes (summary) != NULL, FALSE);
  sc_doc_locale_enter (&scope);
  name = sc_summary_dup_title (summary);
  period = sc_report_format_period (sc_summary_get_month (summary));
  title = g_strdup_printf ("%s %s", name, period);
  sc_doc_locale_leave (&scope);
  return sc_pdf_output_save (path, PAGE_WIDTH, PAGE_HEIGHT, title, NULL, draw_document, summary, error);
}

/* sc-report-pdf.c — the monthly report as a print-ready A4 document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include <pango/pangocairo.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-pdf-output.h"
#include "sc-report-pdf.h"
#include "sc-report-text.h"

#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89
/* ГОСТ Р 7.0.97-2016: 20 mm left, 10 mm right, 20 mm top and bottom; the
 * page number in the middle of the top margin, 10 mm from the edge, from
 * the second page on. */
#define MARGIN_LEFT 56.7
#define MARGIN_RIGHT 28.35
#define MARGIN_TOP 56.7
#define MARGIN_BOTTOM 56.7
#define PAGE_NUMBER_TOP 28.35
#define COLUMN_NUMBER 46.0
#define COLUMN_VALUE 80.0
#define CELL_PADDING 3.5
#define FONT_FAMILY "DejaVu Sans, Sans"
#define COUNT_ONLY (-2)

typedef struct
{
  cairo_t               *cr;
  PangoContext          *context;
  double                 width;
  double                 height;
  double                 y;
  int                    page;
  int                    target;
  int                    n_pages;
  gboolean               in_table;
  const ScReport        *report;
  const ScOrganization    *organization;
  const ScReportFigures *figures;
} Pdf;

typedef struct
{
  double          size;
  gboolean        bold;
  gboolean        italic;
  PangoAlignment  align;
  gboolean        justify;
} Style;

/* The table's text is 11 points at least. */
static const Style style_addressee = { 12, FALSE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_college = { 12, TRUE, FALSE, PANGO_ALIGN_CENTER, FALSE };
static const Style style_title = { 14, TRUE, FALSE, PANGO_ALIGN_CENTER, FALSE };
static const Style style_period = { 12, TRUE, FALSE, PANGO_ALIGN_CENTER, FALSE };
static const Style style_note = { 11, FALSE, FALSE, PANGO_ALIGN_CENTER, FALSE };
static const Style style_cell = { 11, FALSE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_value = { 11, FALSE, FALSE, PANGO_ALIGN_RIGHT, FALSE };
static const Style style_header = { 11, TRUE, FALSE, PANGO_ALIGN_CENTER, FALSE };
static const Style style_section = { 11, TRUE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_norm = { 11, FALSE, TRUE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_heading = { 12, TRUE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_body = { 12, FALSE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_sign = { 12, FALSE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_sign_name = { 12, FALSE, FALSE, PANGO_ALIGN_RIGHT, FALSE };
static const Style style_plain = { 12, FALSE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_executor = { 10, FALSE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_page_number = { 11, FALSE, FALSE, PANGO_ALIGN_CENTER, FALSE };

/* ---- pages and text ------------------------------------------------------ */

static gboolean
visible (const Pdf *p)
{
  return p->target == SC_REPORT_PDF_ALL_PAGES || p->target == p->page;
}

static double
content_width (const Pdf *p)
{
  return p->width - MARGIN_LEFT - MARGIN_RIGHT;
}

/* Text with its no-break spaces («30 ноября», «2023 г.»). */
static PangoLayout *
make_layout (Pdf         *p,
             const char  *text,
             const Style *style,
             double       width)
{
  PangoLayout *layout = pango_layout_new (p->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  g_autofree char *glued = sc_report_glue (text);

  pango_font_description_set_size (font, (int)(style->size * PANGO_SCALE));
  pango_font_description_set_weight (font, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, style->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, style->align);
  pango_layout_set_justify (layout, style->justify);
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

static void
draw_layout (Pdf         *p,
             PangoLayout *layout,
             double       x,
             double       y)
{
  if (!visible (p))
    return;
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, layout);
}

static void
draw_page_number (Pdf *p)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  if (p->page == 0)
    return;
  text = g_strdup_printf ("%d", p->page + 1);
  layout = make_layout (p, text, &style_page_number, content_width (p));
  draw_layout (p, layout, MARGIN_LEFT, PAGE_NUMBER_TOP);
}

static void draw_table_header (Pdf *p);

static void
new_page (Pdf *p)
{
  if (p->target == SC_REPORT_PDF_ALL_PAGES)
    cairo_show_page (p->cr);
  p->page++;
  p->y = MARGIN_TOP;
  draw_page_number (p);
  if (p->in_table)
    draw_table_header (p);
}

/* A new page unless @height, and the @keep points that must follow on the
 * same page, fit on this one. */
static void
ensure_space (Pdf    *p,
              double  height,
              double  keep)
{
  if (p->y + height + keep > p->height - MARGIN_BOTTOM && p->y > MARGIN_TOP)
    new_page (p);
}

/* A paragraph line by line, so a long text flows onto the next page. */
static void
draw_paragraph (Pdf         *p,
                const char  *text,
                const Style *style,
                double       space_after)
{
  g_autoptr(PangoLayout) layout = make_layout (p, text, style, content_width (p));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      int baseline = pango_layout_iter_get_baseline (iter);
      double height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      height = (double)logical.height / PANGO_SCALE;
      ensure_space (p, height, 0);
      if (visible (p))
        {
          cairo_move_to (p->cr, MARGIN_LEFT + (double)logical.x / PANGO_SCALE,
                         p->y + (double)(baseline - logical.y) / PANGO_SCALE);
          pango_cairo_show_layout_line (p->cr, pango_layout_iter_get_line_readonly (iter));
        }
      p->y += height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  p->y += space_after;
}

/* ---- the figure table ------------------------------------------------- */

static void
draw_cell (Pdf         *p,
           double       x,
           double       width,
           double       height,
           PangoLayout *layout,
           double       fill)
{
  if (!visible (p))
    return;
  cairo_rectangle (p->cr, x, p->y, width, height);
  if (fill < 1.0)
    {
      cairo_set_source_rgb (p->cr, fill, fill, fill);
      cairo_fill_preserve (p->cr);
    }
  cairo_set_source_rgb (p->cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (p->cr, 0.5);
  cairo_stroke (p->cr);
  cairo_set_source_rgb (p->cr, 0, 0, 0);
  if (layout != NULL)
    draw_layout (p, layout, x + CELL_PADDING, p->y + CELL_PADDING);
}

/* A row of the table: number, label, value; a NULL @number and @value
 * make the label span the row. */
typedef struct
{
  const char  *number;
  const char  *label;
  const char  *value;
  const Style *label_style;
  const Style *value_style;
  double       fill;
  double       indent;
} Row;

typedef struct
{
  PangoLayout *a;
  PangoLayout *b;
  PangoLayout *c;
  double       height;
} RowLayouts;

static double
label_x (const Pdf *p,
         const Row *row)
{
  return row->number == NULL && row->value == NULL ? MARGIN_LEFT : MARGIN_LEFT + COLUMN_NUMBER;
}

static double
label_width (const Pdf *p,
             const Row *row)
{
  if (row->number == NULL && row->value == NULL)
    return content_width (p);
  return content_width (p) - COLUMN_NUMBER - COLUMN_VALUE;
}

static void
lay_out_row (Pdf        *p,
             const Row  *row,
             RowLayouts *out)
{
  const Style *number_style = row->label_style == &style_header ? &style_header : &style_cell;

  out->a = make_layout (p, row->number ? row->number : "", number_style,
                        COLUMN_NUMBER - 2 * CELL_PADDING);
  out->b = make_layout (p, row->label, row->label_style,
                        label_width (p, row) - 2 * CELL_PADDING - row->indent);
  out->c = make_layout (p, row->value ? row->value : "", row->value_style,
                        COLUMN_VALUE - 2 * CELL_PADDING);
  out->height = MAX (MAX (layout_height (out->a), layout_height (out->b)), layout_height (out->c)) +
                2 * CELL_PADDING;
}

static void
clear_row (RowLayouts *layouts)
{
  g_clear_object (&layouts->a);
  g_clear_object (&layouts->b);
  g_clear_object (&layouts->c);
}

static void
draw_row (Pdf       *p,
          const Row *row,
          double     keep)
{
  RowLayouts l = { 0 };
  gboolean span = row->number == NULL && row->value == NULL;
  double x = label_x (p, row), width = label_width (p, row);

  lay_out_row (p, row, &l);
  ensure_space (p, l.height, keep);
  if (!span)
    draw_cell (p, MARGIN_LEFT, COLUMN_NUMBER, l.height, l.a, row->fill);
  draw_cell (p, x, width, l.height, NULL, row->fill);
  draw_layout (p, l.b, x + CELL_PADDING + row->indent, p->y + CELL_PADDING);
  if (!span)
    draw_cell (p, MARGIN_LEFT + content_width (p) - COLUMN_VALUE, COLUMN_VALUE, l.height, l.c, row->fill);
  p->y += l.height;
  clear_row (&l);
}

static void
draw_table_header (Pdf *p)
{
  Row row = { C_("column", "No."), _("Indicator"), _("Value"), &style_header, &style_header, 0.88, 0 };

  draw_row (p, &row, 0);
}

static Row
row_for_line (const ScReportLine *line,
              char              **value,
              char              **text)
{
  Row row = { line->number, line->text, NULL, &style_cell, &style_value, 1.0, 0 };

  switch (line->kind)
    {
    case SC_REPORT_LINE_SECTION:
      *text = g_strdup_printf ("%s %s", line->number, line->text);
      return (Row) { NULL, *text, NULL, &style_section, &style_cell, 0.95, 0 };
    case SC_REPORT_LINE_NOTE:
      return (Row) { NULL, line->text, NULL, &style_norm, &style_cell, 1.0, 0 };
    case SC_REPORT_LINE_GROUP:
      row.value = "";
      return row;
    case SC_REPORT_LINE_FIGURE:
    default:
      *value = sc_figure_format_value (line->figure);
      row.value = *value;
      row.indent = line->level > 1 ? 14 : 0;
      return row;
    }
}

static double
measure_line (Pdf                *p,
              const ScReportLine *line)
{
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;
  Row row = row_for_line (line, &value, &text);
  RowLayouts l = { 0 };
  double height;

  lay_out_row (p, &row, &l);
  height = l.height;
  clear_row (&l);
  return height;
}

static double signatures_height (Pdf *p);

/* The table; its last two lines stay on one page with the signatures. */
static void
draw_figures (Pdf *p)
{
  g_autoptr(GPtrArray) lines = sc_report_lines (p->figures);
  double signatures = signatures_height (p);

  ensure_space (p, 80, 0);
  draw_table_header (p);
  p->in_table = TRUE;
  for (guint i = 0; i < lines->len; i++)
    {
      const ScReportLine *line = g_ptr_array_index (lines, i);
      g_autofree char *value = NULL;
      g_autofree char *text = NULL;
      Row row = row_for_line (line, &value, &text);
      double keep = 0;

      if (i + 2 >= lines->len)
        {
          for (guint j = i + 1; j < lines->len; j++)
            keep += measure_line (p, g_ptr_array_index (lines, j));
          keep += signatures;
        }
      draw_row (p, &row, keep);
    }
  p->in_table = FALSE;
}

/* ---- the rest of the document -------------------------------------------- */

/* The addressee in the right half, the outgoing number on the left. */
static void
draw_addressee (Pdf *p)
{
  double half = content_width (p) / 2;
  g_autoptr(PangoLayout) addressee = make_layout (p, p->organization->addressee, &style_addressee, half);
  g_autofree char *outgoing = sc_report_outgoing_line (p->report);

  draw_layout (p, addressee, MARGIN_LEFT + half, p->y);
  p->y += layout_height (addressee) + 12;
  draw_paragraph (p, outgoing, &style_plain, 18);
}

static void
draw_heading (Pdf *p)
{
  g_autofree char *period = sc_report_format_period (p->figures->month);
  g_autofree char *as_of = sc_report_format_as_of (p->figures->as_of);
  g_autofree char *basis = sc_report_basis_line (p->organization);
  g_auto(GStrv) details = sc_report_get_details (p->organization, p->figures->platform);

  draw_addressee (p);
  draw_paragraph (p, p->organization->full_name, &style_college, 8);
  draw_paragraph (p, sc_report_get_title (), &style_title, 2);
  draw_paragraph (p, period, &style_period, 4);
  draw_paragraph (p, as_of, &style_note, 0);
  if (basis != NULL)
    draw_paragraph (p, basis, &style_note, 0);
  for (guint i = 0; details[i] != NULL; i++)
    draw_paragraph (p, details[i], &style_note, 0);
  p->y += 14;
}

/* «Примечания»: the clerk's notes, then the program's. */
static char *
narrative_text (Pdf   *p,
                guint  index)
{
  g_auto(GStrv) notes = index == 2 ? sc_report_auto_notes (p->figures) : NULL;
  g_autofree char *extra = notes != NULL ? g_strjoinv ("\n", notes) : NULL;
  const char *text = sc_report_narrative_text (p->report, index);

  if (extra == NULL || *extra == '\0')
    return g_strdup (text);
  if (*text == '\0')
    return g_steal_pointer (&extra);
  return g_strconcat (text, "\n", extra, NULL);
}

/* Before the table: a long text moves the table, never the signatures
 * away from it. */
static void
draw_narrative (Pdf *p)
{
  for (guint i = 0; i < SC_REPORT_N_NARRATIVE; i++)
    {
      g_autofree char *text = narrative_text (p, i);

      if (*text == '\0')
        continue;
      ensure_space (p, 48, 0);   /* a heading never ends a page */
      draw_paragraph (p, sc_report_narrative_label (i), &style_heading, 3);
      draw_paragraph (p, text, &style_body, 12);
    }
}

#define SIGN_TITLE_WIDTH 250.0
#define SIGN_LINE_WIDTH 100.0
#define SIGN_GAP 10.0
#define SIGN_SPACE_BEFORE 24.0
#define EXECUTOR_SPACE 28.0

/* From the top of @layout to the baseline of its last line. */
static double
last_baseline (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int baseline;

  while (pango_layout_iter_next_line (iter))
    ;
  baseline = pango_layout_iter_get_baseline (iter);
  pango_layout_iter_free (iter);
  return (double)baseline / PANGO_SCALE;
}

/* «Директор  ________  А. С. Петрова»: the position on the left, a line to
 * sign, the name on the right; returns the height, and draws only when
 * asked. */
static double
signatory (Pdf      *p,
           gboolean  head,
           gboolean  draw)
{
  g_autofree char *title = sc_report_signatory_title (p->report, p->organization, head);
  g_autofree char *name = sc_report_signatory_signed_name (p->report, p->organization, head);
  double x_line = MARGIN_LEFT + SIGN_TITLE_WIDTH + SIGN_GAP;
  double x_name = x_line + SIGN_LINE_WIDTH + SIGN_GAP;
  g_autoptr(PangoLayout) left = make_layout (p, title, &style_sign, SIGN_TITLE_WIDTH);
  g_autoptr(PangoLayout) right = make_layout (p, name, &style_sign_name,
                                              MARGIN_LEFT + content_width (p) - x_name);
  double height = MAX (layout_height (left), layout_height (right)) + 22;
  double baseline;

  if (!draw)
    return height;
  /* The line and the name on the title's last line. */
  baseline = p->y + last_baseline (left);
  draw_layout (p, left, MARGIN_LEFT, p->y);
  draw_layout (p, right, x_name, baseline - last_baseline (right));
  if (visible (p))
    {
      cairo_set_line_width (p->cr, 0.6);
      cairo_move_to (p->cr, x_line, baseline + 2);
      cairo_line_to (p->cr, x_line + SIGN_LINE_WIDTH, baseline + 2);
      cairo_stroke (p->cr);
    }
  p->y += height;
  return height;
}

static double
executor_height (Pdf *p)
{
  g_autofree char *executor = sc_report_executor_line (p->organization);
  g_autoptr(PangoLayout) layout = NULL;

  if (executor == NULL)
    return 0;
  layout = make_layout (p, executor, &style_executor, content_width (p));
  return EXECUTOR_SPACE + layout_height (layout);
}

static double
signatures_height (Pdf *p)
{
  return SIGN_SPACE_BEFORE + signatory (p, TRUE, FALSE) + signatory (p, FALSE, FALSE) +
         executor_height (p);
}

static void
draw_signatures (Pdf *p)
{
  g_autofree char *executor = sc_report_executor_line (p->organization);

  ensure_space (p, signatures_height (p), 0);
  p->y += SIGN_SPACE_BEFORE;
  signatory (p, TRUE, TRUE);
  signatory (p, FALSE, TRUE);
  if (executor == NULL)
    return;
  p->y += EXECUTOR_SPACE - 22;
  draw_paragraph (p, executor, &style_executor, 0);
}

static int
render_pass (cairo_t *cr,
             Pdf     *p)
{
  p->cr = cr;
  p->context = sc_pdf_output_context (cr);
  p->y = MARGIN_TOP;
  p->page = 0;
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_heading (p);
  draw_narrative (p);
  draw_figures (p);
  draw_signatures (p);
  if (p->target == SC_REPORT_PDF_ALL_PAGES)
    cairo_show_page (cr);
  cairo_restore (cr);
  g_clear_object (&p->context);
  return p->page + 1;
}

/* In the documents' locale (sc-doc-locale.h): Russian whatever the
 * interface language. */
int
sc_report_pdf_render (cairo_t               *cr,
                      double                 width,
                      double                 height,
                      int                    page,
                      const ScReport        *report,
                      const ScOrganization    *organization,
                      const ScReportFigures *figures)
{
  Pdf p = { 0 };
  ScDocLocale scope;

  g_return_val_if_fail (cr != NULL && report != NULL && organization != NULL && figures != NULL, 0);
  p.width = width;
  p.height = height;
  p.report = report;
  p.organization = organization;
  p.figures = figures;
  sc_doc_locale_enter (&scope);
  p.target = COUNT_ONLY;
  p.n_pages = render_pass (cr, &p);   /* first count the pages */
  p.target = page;
  render_pass (cr, &p);
  sc_doc_locale_leave (&scope);
  return p.n_pages;
}

typedef struct
{
  const ScReport        *report;
  const ScOrganization  *organization;
  const ScReportFigures *figures;
} Document;

static void
draw_document (cairo_t  *cr,
               gpointer  data)
{
  Document *d = data;

  sc_report_pdf_render (cr, A4_WIDTH, A4_HEIGHT, SC_REPORT_PDF_ALL_PAGES, d->report, d->organization, d->figures);
}

/* Written through sc-pdf-output.h: cairo's own file output drops the
 * error of the last buffered write (a full disk left a cut-off PDF behind
 * a success). */
gboolean
sc_report_pdf_save (const char            *path,
                    const ScReport        *report,
                    const ScOrganization    *organization,
                    const ScReportFigures *figures,
                    GError               **error)
{
  Document document = { report, organization, figures };
  g_autofree char *period = NULL;
  g_autofree char *title = NULL;
  ScDocLocale scope;

  g_return_val_if_fail (path != NULL && report != NULL && organization != NULL && figures != NULL, FALSE);
  sc_doc_locale_enter (&scope);
  period = sc_report_format_period (figures->month);
  title = g_strdup_printf ("%s %s", sc_report_get_title (), period);
  sc_doc_locale_leave (&scope);
  return sc_pdf_output_save (path, A4_WIDTH, A4_HEIGHT, title, organization->full_name,
                             draw_document, &document, error);
}

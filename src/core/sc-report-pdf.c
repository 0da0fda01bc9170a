/* sc-report-pdf.c — the monthly report as a print-ready A4 document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "sc-date.h"
#include "sc-report-pdf.h"

#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89
#define MARGIN_LEFT 56.7     /* 20 mm: room for binding */
#define MARGIN_RIGHT 42.5    /* 15 mm */
#define MARGIN_TOP 42.5
#define MARGIN_BOTTOM 48.0     /* the page number sits in it */
#define COLUMN_NUMBER 42.0
#define COLUMN_VALUE 78.0
#define CELL_PADDING 3.2
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
  const ScOrgProfile    *profile;
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

static const Style style_college = { 11, TRUE, FALSE, PANGO_ALIGN_CENTER, FALSE };
static const Style style_title = { 14, TRUE, FALSE, PANGO_ALIGN_CENTER, FALSE };
static const Style style_period = { 12, TRUE, FALSE, PANGO_ALIGN_CENTER, FALSE };
static const Style style_note = { 9, FALSE, FALSE, PANGO_ALIGN_CENTER, FALSE };
static const Style style_cell = { 9.5, FALSE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_value = { 9.5, FALSE, FALSE, PANGO_ALIGN_RIGHT, FALSE };
static const Style style_header = { 9.5, TRUE, FALSE, PANGO_ALIGN_CENTER, FALSE };
static const Style style_section = { 9.5, TRUE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_norm = { 9, FALSE, TRUE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_heading = { 11, TRUE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_body = { 10.5, FALSE, FALSE, PANGO_ALIGN_LEFT, TRUE };
static const Style style_sign = { 10, FALSE, FALSE, PANGO_ALIGN_LEFT, FALSE };
static const Style style_footer = { 8, FALSE, FALSE, PANGO_ALIGN_CENTER, FALSE };

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

static PangoLayout *
make_layout (Pdf         *p,
             const char  *text,
             const Style *style,
             double       width)
{
  PangoLayout *layout = pango_layout_new (p->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int)(style->size * PANGO_SCALE));
  pango_font_description_set_weight (font, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, style->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, style->align);
  pango_layout_set_justify (layout, style->justify);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
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
draw_footer (Pdf *p)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  if (p->n_pages <= 1)
    return;
  /* Translators: the footer of the PDF report's pages. */
  text = g_strdup_printf (_("Page %d of %d"), p->page + 1, p->n_pages);
  layout = make_layout (p, text, &style_footer, content_width (p));
  cairo_set_source_rgb (p->cr, 0.4, 0.4, 0.4);
  draw_layout (p, layout, MARGIN_LEFT, p->height - MARGIN_BOTTOM / 2 - layout_height (layout));
  cairo_set_source_rgb (p->cr, 0, 0, 0);
}

static void draw_table_header (Pdf *p);

static void
new_page (Pdf *p)
{
  draw_footer (p);
  if (p->target == SC_REPORT_PDF_ALL_PAGES)
    cairo_show_page (p->cr);
  p->page++;
  p->y = MARGIN_TOP;
  if (p->in_table)
    draw_table_header (p);
}

static void
ensure_space (Pdf    *p,
              double  height)
{
  if (p->y + height > p->height - MARGIN_BOTTOM && p->y > MARGIN_TOP)
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
      ensure_space (p, height);
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

/* ---- the indicator table ------------------------------------------------- */

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

/* Three cells (number, label, value); a NULL @number and @value make the
 * label span the row. */
static void
draw_row (Pdf         *p,
          const char  *number,
          const char  *label,
          const char  *value,
          const Style *label_style,
          const Style *value_style,
          double       fill)
{
  double label_width = content_width (p) - COLUMN_NUMBER - COLUMN_VALUE;
  gboolean span = number == NULL && value == NULL;
  double x_label = span ? MARGIN_LEFT : MARGIN_LEFT + COLUMN_NUMBER;
  double w_label = span ? content_width (p) : label_width;
  const Style *number_style = label_style == &style_header ? &style_header : &style_cell;
  g_autoptr(PangoLayout) a = make_layout (p, number ? number : "", number_style,
                                          COLUMN_NUMBER - 2 * CELL_PADDING);
  g_autoptr(PangoLayout) b = make_layout (p, label, label_style, w_label - 2 * CELL_PADDING);
  g_autoptr(PangoLayout) c = make_layout (p, value ? value : "", value_style, COLUMN_VALUE - 2 * CELL_PADDING);
  double height = MAX (layout_height (b), layout_height (c)) + 2 * CELL_PADDING;

  ensure_space (p, height);
  if (!span)
    draw_cell (p, MARGIN_LEFT, COLUMN_NUMBER, height, a, fill);
  draw_cell (p, x_label, w_label, height, b, fill);
  if (!span)
    draw_cell (p, MARGIN_LEFT + COLUMN_NUMBER + label_width, COLUMN_VALUE, height, c, fill);
  p->y += height;
}

static void
draw_table_header (Pdf *p)
{
  draw_row (p, C_("column", "No."), _("Indicator"), _("Value"), &style_header, &style_header, 0.88);
}

static void
draw_section (Pdf             *p,
              int              number,
              ScFigureSection  section)
{
  g_autofree char *text = g_strdup_printf ("%d. %s", number, sc_figure_section_get_label (section));

  draw_row (p, NULL, text, NULL, &style_section, &style_cell, 0.95);
  if (section == SC_FIGURE_SECTION_ACTIVITY)
    {
      g_autofree char *norm = sc_report_get_norm_text (p->figures->norm_messages,
                                                       p->figures->norm_calls);
      draw_row (p, NULL, norm, NULL, &style_norm, &style_cell, 1.0);
    }
}

static void
draw_indicators (Pdf *p)
{
  int section = -1, n_section = 0, n_item = 0;

  ensure_space (p, 80);
  draw_table_header (p);
  p->in_table = TRUE;
  for (guint i = 0; i < p->figures->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (p->figures->figures, i);
      g_autofree char *number = NULL;
      g_autofree char *value = sc_figure_format_value (figure);

      if ((int)figure->section != section)
        {
          section = figure->section;
          draw_section (p, ++n_section, figure->section);
          n_item = 0;
        }
      number = g_strdup_printf ("%d.%d", n_section, ++n_item);
      draw_row (p, number, figure->label, value, &style_cell, &style_value, 1.0);
    }
  p->in_table = FALSE;
  p->y += 16;
}

/* ---- the rest of the document -------------------------------------------- */

static void
draw_heading (Pdf *p)
{
  g_autofree char *period = sc_report_format_period (p->figures->month);
  g_autofree char *as_of = sc_report_format_as_of (p->figures->as_of);
  g_auto(GStrv) details = sc_report_get_details (p->profile);

  draw_paragraph (p, p->profile->full_name, &style_college, 10);
  draw_paragraph (p, sc_report_get_title (), &style_title, 2);
  draw_paragraph (p, period, &style_period, 4);
  draw_paragraph (p, as_of, &style_note, 0);
  for (guint i = 0; details[i] != NULL; i++)
    draw_paragraph (p, details[i], &style_note, 0);
  p->y += 14;
}

static void
draw_narrative (Pdf *p)
{
  for (guint i = 0; i < SC_REPORT_N_NARRATIVE; i++)
    {
      const char *text = sc_report_narrative_text (p->report, i);

      if (*text == '\0')
        continue;
      ensure_space (p, 48);   /* a heading never ends a page */
      draw_paragraph (p, sc_report_narrative_label (i), &style_heading, 3);
      draw_paragraph (p, text, &style_body, 12);
    }
}

#define SIGN_ROLE_WIDTH 228.0
#define SIGN_LINE_WIDTH 92.0
#define SIGN_GAP 8.0

/* Role and position on the left, a line to sign, the name on the right;
 * returns the height, and draws only when asked. */
static double
signatory (Pdf      *p,
           gboolean  head,
           gboolean  draw)
{
  g_autofree char *role = sc_report_signatory_role (p->report, head);
  const char *name = sc_report_signatory_name (p->report, head);
  g_autofree char *slashed = g_strdup_printf ("/%s/", *name != '\0' ? name : "                    ");
  double x_line = MARGIN_LEFT + SIGN_ROLE_WIDTH + SIGN_GAP;
  double x_name = x_line + SIGN_LINE_WIDTH + SIGN_GAP;
  g_autoptr(PangoLayout) left = make_layout (p, role, &style_sign, SIGN_ROLE_WIDTH);
  g_autoptr(PangoLayout) right = make_layout (p, slashed, &style_sign,
                                              MARGIN_LEFT + content_width (p) - x_name);
  double baseline = (double)pango_layout_get_baseline (left) / PANGO_SCALE;
  double height = MAX (layout_height (left), layout_height (right)) + 16;

  if (!draw)
    return height;
  draw_layout (p, left, MARGIN_LEFT, p->y);
  draw_layout (p, right, x_name, p->y);
  if (visible (p))
    {
      cairo_set_line_width (p->cr, 0.6);
      cairo_move_to (p->cr, x_line, p->y + baseline + 2);
      cairo_line_to (p->cr, x_line + SIGN_LINE_WIDTH, p->y + baseline + 2);
      cairo_stroke (p->cr);
    }
  p->y += height;
  return height;
}

static void
draw_signatures (Pdf *p)
{
  g_autofree char *iso = sc_report_signature_date (p->report);
  g_autofree char *date = sc_date_format_short (iso);
  g_autofree char *date_line = g_strdup_printf ("%s %s", _("Date:"), date);
  g_autoptr(PangoLayout) measure = make_layout (p, date_line, &style_sign, content_width (p));

  /* The block stays together. */
  ensure_space (p, 12 + signatory (p, TRUE, FALSE) + signatory (p, FALSE, FALSE) +
                   layout_height (measure));
  p->y += 12;
  signatory (p, TRUE, TRUE);
  signatory (p, FALSE, TRUE);
  draw_paragraph (p, date_line, &style_sign, 0);
}

static PangoContext *
make_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Points in, points out; unhinted metrics so print matches the PDF. */
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

static int
render_pass (cairo_t *cr,
             Pdf     *p)
{
  p->cr = cr;
  p->context = make_context (cr);
  p->y = MARGIN_TOP;
  p->page = 0;
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_heading (p);
  draw_indicators (p);
  draw_narrative (p);
  draw_signatures (p);
  draw_footer (p);
  if (p->target == SC_REPORT_PDF_ALL_PAGES)
    cairo_show_page (cr);
  cairo_restore (cr);
  g_clear_object (&p->context);
  return p->page + 1;
}

int
sc_report_pdf_render (cairo_t               *cr,
                      double                 width,
                      double                 height,
                      int                    page,
                      const ScReport        *report,
                      const ScOrgProfile    *profile,
                      const ScReportFigures *figures)
{
  Pdf p = { 0 };

  g_return_val_if_fail (cr != NULL && report != NULL && profile != NULL && figures != NULL, 0);
  p.width = width;
  p.height = height;
  p.report = report;
  p.profile = profile;
  p.figures = figures;
  p.target = COUNT_ONLY;
  p.n_pages = render_pass (cr, &p);   /* first count, for "Page 1 of 2" */
  p.target = page;
  render_pass (cr, &p);
  return p.n_pages;
}

static void
set_metadata (cairo_surface_t       *surface,
              const ScReport        *report,
              const ScOrgProfile    *profile,
              const ScReportFigures *figures)
{
  g_autofree char *period = sc_report_format_period (figures->month);
  g_autofree char *title = g_strdup_printf ("%s %s", sc_report_get_title (), period);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, profile->full_name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sferum Coordinator");
}

/* Cairo's own file output drops the error of the last buffered write: a
 * full disk left a cut-off PDF behind a success. Writing through GIO keeps
 * every error, the closing flush's too. */
typedef struct
{
  GOutputStream *out;
  GError        *error;
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error == NULL)
    g_output_stream_write_all (sink->out, data, length, NULL, NULL, &sink->error);
  return sink->error == NULL ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t
write_pdf (Sink                  *sink,
           const ScReport        *report,
           const ScOrgProfile    *profile,
           const ScReportFigures *figures)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_cb, sink,
                                                                  A4_WIDTH, A4_HEIGHT);
  cairo_status_t status;
  cairo_t *cr;

  set_metadata (surface, report, profile, figures);
  cr = cairo_create (surface);
  sc_report_pdf_render (cr, A4_WIDTH, A4_HEIGHT, SC_REPORT_PDF_ALL_PAGES, report, profile, figures);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

gboolean
sc_report_pdf_save (const char            *path,
                    const ScReport        *report,
                    const ScOrgProfile    *profile,
                    const ScReportFigures *figures,
                    GError               **error)
{
  g_autofree char *temp = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  Sink sink = { NULL, NULL };
  cairo_status_t status;

  g_return_val_if_fail (path != NULL && report != NULL && profile != NULL && figures != NULL, FALSE);
  temp = sc_report_temp_path (path, error);
  if (temp == NULL)
    return FALSE;
  file = g_file_new_for_path (temp);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &sink.error);
  status = CAIRO_STATUS_WRITE_ERROR;
  if (out != NULL)
    {
      sink.out = G_OUTPUT_STREAM (out);
      status = write_pdf (&sink, report, profile, figures);
      g_output_stream_close (sink.out, NULL, sink.error == NULL ? &sink.error : NULL);
    }
  if (status != CAIRO_STATUS_SUCCESS || sink.error != NULL)
    {
      g_unlink (temp);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The PDF “%s” could not be written (%s). Check that the folder exists and the disk has free space."),
                   path, sink.error ? sink.error->message : cairo_status_to_string (status));
      g_clear_error (&sink.error);
      return FALSE;
    }
  return sc_report_commit_file (temp, path, error);
}

/* sc-pdf-output.h — a PDF document written to a file, as the program's
 * documents are (the report, the regional summary)
 *
 * The file is written beside its name and renamed over it, so it is either
 * absent or complete; every write error is kept (cairo's own file output
 * drops the last buffered write's), and the message says what to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Draws every page on @cr, cairo_show_page () after each. */
typedef void (*ScPdfDrawFunc) (cairo_t  *cr,
                               gpointer  data);

gboolean      sc_pdf_output_save    (const char     *path,
                                     double          width,
                                     double          height,
                                     const char     *title,
                                     const char     *author,
                                     ScPdfDrawFunc   draw,
                                     gpointer        data,
                                     GError        **error);

/* Points in, points out; unhinted metrics, so print matches the PDF. */
PangoContext *sc_pdf_output_context (cairo_t        *cr);

G_END_DECLS

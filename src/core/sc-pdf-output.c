/* sc-pdf-output.c — a PDF document written to a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sc-i18n.h"
#include "sc-pdf-output.h"
#include "sc-report.h"

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
write_pdf (Sink          *sink,
           double         width,
           double         height,
           const char    *title,
           const char    *author,
           ScPdfDrawFunc  draw,
           gpointer       data)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_cb, sink, width, height);
  cairo_status_t status;
  cairo_t *cr;

  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sferum Coordinator");
  cr = cairo_create (surface);
  draw (cr, data);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

gboolean
sc_pdf_output_save (const char     *path,
                    double          width,
                    double          height,
                    const char     *title,
                    const char     *author,
                    ScPdfDrawFunc   draw,
                    gpointer        data,
                    GError        **error)
{
  g_autofree char *temp = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  Sink sink = { NULL, NULL };
  cairo_status_t status = CAIRO_STATUS_WRITE_ERROR;

  g_return_val_if_fail (path != NULL && draw != NULL, FALSE);
  temp = sc_report_temp_path (path, error);
  if (temp == NULL)
    return FALSE;
  file = g_file_new_for_path (temp);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &sink.error);
  if (out != NULL)
    {
      sink.out = G_OUTPUT_STREAM (out);
      status = write_pdf (&sink, width, height, title, author, draw, data);
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

PangoContext *
sc_pdf_output_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

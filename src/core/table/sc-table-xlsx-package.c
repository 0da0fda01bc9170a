/* sc-table-xlsx-package.c — the parts of an XLSX zip, streamed into GMarkup
 *
 * minizip reads the zip from memory through its I/O callbacks, so the
 * same code serves files and GBytes on every platform. A zip bomb is
 * stopped twice: by the sizes the central directory declares, before
 * anything is inflated, and by counting what inflating really yields.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-table-xlsx-package"

#include "config.h"

#include <string.h>
#include <unzip.h>

#include "sc-i18n.h"
#include "sc-table-reader.h"
#include "sc-table-xlsx-package.h"

#define CHUNK_SIZE (64 * 1024)
#define UTF8_BOM "\xEF\xBB\xBF"

typedef struct
{
  const guint8 *data;
  ZPOS64_T      size;
  ZPOS64_T      pos;
} Stream;

struct _ScTableXlsxPackage
{
  GBytes  *bytes;
  Stream   stream;
  unzFile  zip;
  guint64  declared;  /* sum of the declared sizes of the parts read */
  guint64  inflated;  /* bytes those parts really inflated to */
};

static voidpf ZCALLBACK
stream_open (voidpf      opaque,
             const void *filename,
             int         mode)
{
  return opaque;
}

static uLong ZCALLBACK
stream_read (voidpf opaque,
             voidpf handle,
             void  *buf,
             uLong  size)
{
  Stream *stream = handle;
  ZPOS64_T n = MIN ((ZPOS64_T)size, stream->size - stream->pos);

  memcpy (buf, stream->data + stream->pos, n);
  stream->pos += n;
  return (uLong)n;
}

static uLong ZCALLBACK
stream_write (voidpf      opaque,
              voidpf      handle,
              const void *buf,
              uLong       size)
{
  return 0;
}

static ZPOS64_T ZCALLBACK
stream_tell (voidpf opaque,
             voidpf handle)
{
  return ((Stream *)handle)->pos;
}

static long ZCALLBACK
stream_seek (voidpf   opaque,
             voidpf   handle,
             ZPOS64_T offset,
             int      origin)
{
  Stream *stream = handle;
  ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_CUR ? stream->pos
                : origin == ZLIB_FILEFUNC_SEEK_END ? stream->size
                : 0;

  if (offset > stream->size || base + offset > stream->size)
    return -1;
  stream->pos = base + offset;
  return 0;
}

static int ZCALLBACK
stream_close (voidpf opaque,
              voidpf handle)
{
  return 0;
}

static int ZCALLBACK
stream_error (voidpf opaque,
              voidpf handle)
{
  return 0;
}

const char *
sc_table_xlsx_local_name (const char *name)
{
  const char *colon = strrchr (name, ':');

  return colon != NULL ? colon + 1 : name;
}

const char *
sc_table_xlsx_attribute (const char **names,
                   const char **values,
                   const char  *local)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (sc_table_xlsx_local_name (names[i]), local) == 0)
      return values[i];
  return NULL;
}

void
sc_table_xlsx_set_damaged (GError    **error,
                     const char *part,
                     const char *detail)
{
  g_set_error (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_BAD_XLSX,
               _("The workbook is damaged or was not saved completely (%s: %s). Open it in Excel or LibreOffice and save it again as .xlsx or .csv."),
               part, detail);
}

static void
set_too_large (GError **error)
{
  g_set_error (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_TOO_LARGE,
               _("The workbook unpacks to more than %d MB. Keep only the list to import on the first sheet, or save it as .csv, and try again."),
               SC_TABLE_READER_MAX_UNPACKED / (1024 * 1024));
}

ScTableXlsxPackage *
sc_table_xlsx_package_open (GBytes  *bytes,
                      GError **error)
{
  g_autoptr(ScTableXlsxPackage) package = g_new0 (ScTableXlsxPackage, 1);
  zlib_filefunc64_def funcs = {
    stream_open, stream_read, stream_write, stream_tell, stream_seek,
    stream_close, stream_error, NULL,
  };
  gsize size = 0;

  package->bytes = g_bytes_ref (bytes);
  package->stream.data = g_bytes_get_data (bytes, &size);
  package->stream.size = size;
  funcs.opaque = &package->stream;
  package->zip = unzOpen2_64 ("memory", &funcs);
  if (package->zip == NULL)
    {
      g_set_error_literal (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_BAD_XLSX,
                           _("The workbook is damaged or was not saved completely: its zip structure cannot be read. Open it in Excel or LibreOffice and save it again as .xlsx or .csv."));
      return NULL;
    }
  return g_steal_pointer (&package);
}

void
sc_table_xlsx_package_free (ScTableXlsxPackage *package)
{
  if (package == NULL)
    return;
  if (package->zip != NULL)
    unzClose (package->zip);
  g_bytes_unref (package->bytes);
  g_free (package);
}

gboolean
sc_table_xlsx_package_has_part (ScTableXlsxPackage *package,
                          const char    *name)
{
  return unzLocateFile (package->zip, name, 2) == UNZ_OK;
}

/* Leaves the part open on success. */
static gboolean
open_part (ScTableXlsxPackage *package,
           const char    *name,
           GError       **error)
{
  unz_file_info64 info;

  if (unzLocateFile (package->zip, name, 2) != UNZ_OK)
    {
      sc_table_xlsx_set_damaged (error, name, _("the part is missing"));
      return FALSE;
    }
  if (unzGetCurrentFileInfo64 (package->zip, &info, NULL, 0, NULL, 0, NULL, 0) != UNZ_OK)
    {
      sc_table_xlsx_set_damaged (error, name, _("the zip entry cannot be read"));
      return FALSE;
    }
  package->declared += info.uncompressed_size;
  if (info.uncompressed_size > SC_TABLE_READER_MAX_UNPACKED ||
      package->declared > SC_TABLE_READER_MAX_UNPACKED)
    {
      set_too_large (error);
      return FALSE;
    }
  if (unzOpenCurrentFile (package->zip) != UNZ_OK)
    {
      sc_table_xlsx_set_damaged (error, name, _("the zip entry cannot be unpacked"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
feed_markup (GMarkupParseContext *context,
             const char          *name,
             const char          *data,
             gsize                len,
             GError             **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_markup_parse_context_parse (context, data, len, &local_error))
    return TRUE;
  if (local_error->domain == G_MARKUP_ERROR)
    sc_table_xlsx_set_damaged (error, name, local_error->message);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
inflate_into (ScTableXlsxPackage       *package,
              const char          *name,
              GMarkupParseContext *context,
              GError             **error)
{
  g_autofree char *buf = g_malloc (CHUNK_SIZE);
  gboolean first = TRUE;
  int n;

  while ((n = unzReadCurrentFile (package->zip, buf, CHUNK_SIZE)) > 0)
    {
      gsize skip = first && n >= 3 && memcmp (buf, UTF8_BOM, 3) == 0 ? 3 : 0;

      first = FALSE;
      package->inflated += n;
      if (package->inflated > SC_TABLE_READER_MAX_UNPACKED)
        {
          set_too_large (error);
          return FALSE;
        }
      if (!feed_markup (context, name, buf + skip, n - skip, error))
        return FALSE;
    }
  if (n < 0)
    {
      sc_table_xlsx_set_damaged (error, name, _("the compressed data is broken"));
      return FALSE;
    }
  return TRUE;
}

gboolean
sc_table_xlsx_package_parse_part (ScTableXlsxPackage       *package,
                            const char          *name,
                            const GMarkupParser *parser,
                            gpointer             user_data,
                            GError             **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  gboolean ok;
  int rc;

  if (!open_part (package, name, error))
    return FALSE;
  context = g_markup_parse_context_new (parser, G_MARKUP_TREAT_CDATA_AS_TEXT,
                                        user_data, NULL);
  ok = inflate_into (package, name, context, error);
  rc = unzCloseCurrentFile (package->zip);
  if (ok && rc == UNZ_CRCERROR)
    {
      sc_table_xlsx_set_damaged (error, name, _("the checksum does not match"));
      return FALSE;
    }
  if (ok && !g_markup_parse_context_end_parse (context, NULL))
    {
      sc_table_xlsx_set_damaged (error, name, _("the XML ends too early"));
      return FALSE;
    }
  return ok;
}

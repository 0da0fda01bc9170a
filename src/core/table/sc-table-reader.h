/* sc-table-reader.h — read a CSV or XLSX file into an ScTable
 *
 * The format is taken from the content (a zip is XLSX, text is CSV), the
 * name only sharpens the error message. Every refusal is a translated
 * GError in SC_TABLE_READER_ERROR that says what to do; cancelling gives
 * G_IO_ERROR_CANCELLED.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-table.h"

G_BEGIN_DECLS

#define SC_TABLE_READER_ERROR (sc_table_reader_error_quark ())

typedef enum
{
  SC_TABLE_READER_ERROR_UNREADABLE,   /* cannot open/read the file */
  SC_TABLE_READER_ERROR_TOO_LARGE,    /* file or unpacked XLSX over the caps */
  SC_TABLE_READER_ERROR_NOT_A_TABLE,  /* binary junk, not text and not xlsx */
  SC_TABLE_READER_ERROR_BAD_XLSX,     /* truncated / not a zip / missing parts */
  SC_TABLE_READER_ERROR_EMPTY,        /* no rows at all */
  SC_TABLE_READER_ERROR_NO_SHEET,     /* a workbook without the sheet asked for */
} ScTableReaderError;

GQuark   sc_table_reader_error_quark (void);

#define SC_TABLE_READER_MAX_FILE_SIZE   (50 * 1024 * 1024)
#define SC_TABLE_READER_MAX_UNPACKED    (200 * 1024 * 1024)

ScTable *sc_table_read_file  (const char   *path,
                              GCancellable *cancellable,
                              GError      **error);
ScTable *sc_table_read_bytes (GBytes       *bytes,
                              const char   *name_hint,
                              GCancellable *cancellable,
                              GError      **error);

/* One sheet of an XLSX workbook by its name (a CSV has none): how a
 * report's «Данные» is read back. Anything but an XLSX zip is
 * SC_TABLE_READER_ERROR_NOT_A_TABLE; a workbook without the sheet,
 * SC_TABLE_READER_ERROR_NO_SHEET. The caps are those of any table. */
ScTable *sc_table_read_file_sheet (const char   *path,
                                   const char   *sheet_name,
                                   GCancellable *cancellable,
                                   GError      **error);
ScTable *sc_table_read_bytes_sheet (GBytes       *bytes,
                                    const char   *sheet_name,
                                    GCancellable *cancellable,
                                    GError      **error);

G_END_DECLS

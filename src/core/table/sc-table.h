/* sc-table.h — a spreadsheet read into memory: rows of UTF-8 cells
 *
 * Filled by the CSV and XLSX readers (sc-table-reader.h); read by the
 * importers. Each row keeps the line (CSV) or row number (XLSX) it came
 * from, so an error can name it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _ScTable ScTable;

#define SC_TYPE_TABLE (sc_table_get_type ())

typedef enum
{
  SC_TABLE_FORMAT_CSV,
  SC_TABLE_FORMAT_XLSX,
} ScTableFormat;

GType         sc_table_get_type       (void) G_GNUC_CONST;
ScTable      *sc_table_new            (ScTableFormat  format);
ScTable      *sc_table_ref            (ScTable       *table);
void          sc_table_unref          (ScTable       *table);

/* Takes ownership of @cells (a NULL-terminated array of UTF-8 strings). */
/* Takes @cells. */
void          sc_table_append_row     (ScTable       *table,
                                       guint          line,
                                       GStrv          cells);
const char   *sc_table_intern         (ScTable       *table,
                                       const char    *text,
                                       gssize         len);
char         *sc_table_reserve        (ScTable       *table,
                                       gsize          max_len);
const char   *sc_table_commit         (ScTable       *table,
                                       gsize          len);
void          sc_table_append_cells   (ScTable           *table,
                                       guint              line,
                                       const char *const *cells,
                                       guint              n_cells);
guint         sc_table_get_n_rows     (const ScTable *table);
guint         sc_table_get_line       (const ScTable *table,
                                       guint          row);
guint         sc_table_get_n_cells    (const ScTable *table,
                                       guint          row);
/* "" for a cell past the end of a short row. */
const char   *sc_table_get_cell       (const ScTable *table,
                                       guint          row,
                                       guint          col);

ScTableFormat sc_table_get_format     (const ScTable *table);
/* "UTF-8", "UTF-8 (BOM)", "Windows-1251", "UTF-16"; NULL for XLSX. */
const char   *sc_table_get_encoding   (const ScTable *table);
void          sc_table_set_encoding   (ScTable       *table,
                                       const char    *encoding);
/* ';', ',' or '\t'; 0 for XLSX. */
char          sc_table_get_delimiter  (const ScTable *table);
void          sc_table_set_delimiter  (ScTable       *table,
                                       char           delimiter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScTable, sc_table_unref)

G_END_DECLS

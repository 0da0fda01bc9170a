/* sc-table-xlsx-strings.h — the shared strings of an XLSX (internal to the XLSX
 * reader)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-table-xlsx-package.h"

G_BEGIN_DECLS

/* Bounds the pointer array a hostile sharedStrings.xml can grow. */
#define SC_TABLE_XLSX_MAX_SHARED_STRINGS (1000 * 1000)

/* The texts of xl/sharedStrings.xml in order (rich text runs joined,
 * phonetic hints left out); empty when @part is NULL. */
GPtrArray *sc_table_xlsx_strings_read (ScTableXlsxPackage *package,
                                 const char    *part,
                                 GError       **error);

G_END_DECLS

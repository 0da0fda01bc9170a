/* sc-table-xlsx-package.h — the parts of an XLSX zip, streamed into GMarkup
 * (internal to the XLSX reader)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _ScTableXlsxPackage ScTableXlsxPackage;

ScTableXlsxPackage *sc_table_xlsx_package_open       (GBytes              *bytes,
                                           GError             **error);
void           sc_table_xlsx_package_free       (ScTableXlsxPackage       *package);
gboolean       sc_table_xlsx_package_has_part   (ScTableXlsxPackage       *package,
                                           const char          *name);
/* Inflates the part @name and feeds it to @parser. The declared and the
 * inflated sizes of all parts read so far count against
 * SC_TABLE_READER_MAX_UNPACKED. Errors set by @parser's callbacks come
 * back unchanged; XML errors become SC_TABLE_READER_ERROR_BAD_XLSX. */
gboolean       sc_table_xlsx_package_parse_part (ScTableXlsxPackage       *package,
                                           const char          *name,
                                           const GMarkupParser *parser,
                                           gpointer             user_data,
                                           GError             **error);

/* "x:c" → "c": some writers prefix every element. */
const char    *sc_table_xlsx_local_name         (const char          *name);
/* The value of the attribute whose local name is @local, or NULL. */
const char    *sc_table_xlsx_attribute          (const char         **names,
                                           const char         **values,
                                           const char          *local);
void           sc_table_xlsx_set_damaged        (GError             **error,
                                           const char          *part,
                                           const char          *detail);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScTableXlsxPackage, sc_table_xlsx_package_free)

G_END_DECLS

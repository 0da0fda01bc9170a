/* sc-table-xlsx-styles.h — which cell styles of an XLSX show a number as a
 * date (internal to the XLSX reader)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-table-xlsx-package.h"

G_BEGIN_DECLS

typedef struct _ScTableXlsxStyles ScTableXlsxStyles;

/* @part may be NULL: a workbook without styles has no date cells. */
ScTableXlsxStyles *sc_table_xlsx_styles_read     (ScTableXlsxPackage      *package,
                                       const char         *part,
                                       GError            **error);
void          sc_table_xlsx_styles_free     (ScTableXlsxStyles       *styles);
/* @xf is a cell's "s" attribute: an index into cellXfs. */
gboolean      sc_table_xlsx_styles_is_date  (const ScTableXlsxStyles *styles,
                                       guint               xf);
/* A number format code such as "dd.mm.yyyy" or "[$-419]d mmmm yyyy"
 * (quoted text, [brackets] and escapes ignored; "h:mm" is a time). */
gboolean      sc_table_xlsx_format_is_date  (const char         *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScTableXlsxStyles, sc_table_xlsx_styles_free)

G_END_DECLS

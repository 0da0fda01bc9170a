/* sc-summary-expected.h — the colleges a summary expects a report from
 *
 * A list with the columns «Наименование» and «ИНН» (title rows above the
 * header are skipped), CSV in any encoding and with any delimiter the
 * people import reads, or XLSX: read by the same table reader and column
 * detection (sc-table-reader.h, sc-column-map.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char  *name;
  char  *inn;    /* digits, "" when the row has none */
  guint  line;   /* in the file */
} ScSummaryExpected;

/* ScSummaryExpected, in the file's order; rows with neither a name nor an
 * ИНН are left out. Errors say what to do (no header, unreadable file). */
GPtrArray *sc_summary_expected_read (const char    *path,
                                     GCancellable  *cancellable,
                                     GError       **error);
void       sc_summary_expected_free (ScSummaryExpected *expected);

G_END_DECLS

/* sc-import-rows.h — the rows of an import's plan, as a person checks them
 *
 * The people (or weeks) behind every count: what will not be loaded and
 * why, with the remarks on the file; who changes and how (field: old →
 * new); who is added, as they will be stored; rows loaded with a warning;
 * rows that repeat an earlier line. Each with its line; the first two
 * hundred of each, and how many more, whose «Показать все» emits
 * "show-all" with the ScImportOutcome (guint) of the count to open whole
 * (sc-import-counts.h). Any import (sc-import.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-import.h"

G_BEGIN_DECLS

#define SC_TYPE_IMPORT_ROWS (sc_import_rows_get_type ())
G_DECLARE_FINAL_TYPE (ScImportRows, sc_import_rows, SC, IMPORT_ROWS, AdwBin)

ScImportRows *sc_import_rows_new   (void);
/* @plan NULL: shows nothing. */
void          sc_import_rows_show  (ScImportRows       *self,
                                    ScImport           *plan);

G_END_DECLS

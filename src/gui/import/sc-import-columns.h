/* sc-import-columns.h — the file as read, and what each of its columns holds
 *
 * The detected format (encoding, delimiter) and header line, and a
 * drop-down per column: one of the import's fields, or «Не загружать».
 * Each column shows a few of its values, so that a column whose header
 * says something else can be told by what it holds. The person's changes
 * go to the widget's own copy of the map and are told by ::changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-column-map.h"

G_BEGIN_DECLS

#define SC_TYPE_IMPORT_COLUMNS (sc_import_columns_get_type ())
G_DECLARE_FINAL_TYPE (ScImportColumns, sc_import_columns, SC, IMPORT_COLUMNS, AdwBin)

ScImportColumns   *sc_import_columns_new        (void);
/* Shows @table with @map; @fields (ended by SC_FIELD_NONE) are the choices. */
void               sc_import_columns_show       (ScImportColumns   *self,
                                                 const ScField     *fields,
                                                 ScTable           *table,
                                                 const ScColumnMap *map);
/* The map as the person left it; NULL before anything is shown. */
const ScColumnMap *sc_import_columns_get_map    (ScImportColumns   *self);
/* What a person does with a column's drop-down. */
void               sc_import_columns_set_column (ScImportColumns   *self,
                                                 guint              column,
                                                 ScField            field);

G_END_DECLS

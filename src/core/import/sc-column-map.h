/* sc-column-map.h — which column of an imported table holds which field
 *
 * Shared by the imports: find the header row, map each column to a field
 * (or to nothing: "not loaded"), let the person change the mapping, then
 * plan the import with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sc-import-error.h"
#include "sc-table.h"

G_BEGIN_DECLS

typedef enum
{
  SC_FIELD_NONE,          /* the column is not loaded */
  SC_FIELD_LAST_NAME,
  SC_FIELD_FIRST_NAME,
  SC_FIELD_PATRONYMIC,
  SC_FIELD_FULL_NAME,     /* «ФИО»: last, first and patronymic in one cell */
  SC_FIELD_CATEGORY,
  SC_FIELD_GROUP,
  SC_FIELD_DEPARTMENT,
  SC_FIELD_POSITION,
  SC_FIELD_PHONE,
  SC_FIELD_EMAIL,
  SC_FIELD_STATUS,
  SC_FIELD_JOINED_ON,
  SC_FIELD_LEFT_ON,
  SC_FIELD_EXTERNAL_ID,
  SC_FIELD_NOTES,
  SC_FIELD_WEEK,
  SC_FIELD_MESSAGES,
  SC_FIELD_CALLS,
  SC_FIELD_ORGANIZATION,  /* the regional summary's list of colleges */
  SC_FIELD_INN,
  SC_N_FIELDS
} ScField;

typedef struct _ScColumnMap ScColumnMap;

#define SC_TYPE_COLUMN_MAP (sc_column_map_get_type ())

GType         sc_column_map_get_type       (void) G_GNUC_CONST;

/* The field's name for people, translated («Фамилия»). */
const char   *sc_field_get_label           (ScField        field);
/* A stable ASCII name ("last_name"). */
const char   *sc_field_get_nick            (ScField        field);
/* The field a column header names, among @fields (ended by SC_FIELD_NONE);
 * SC_FIELD_NONE when it names none of them. Case, «ё», spaces and
 * punctuation do not matter: «Ф. И. О.:» is «ФИО». */
ScField       sc_field_from_header         (const char    *header,
                                            const ScField *fields);

/* The header is the first row (of the first 100) naming at least two known
 * columns; rows above it are titles. When two columns name one field, the
 * first wins. SC_IMPORT_ERROR_NO_HEADER says which names it looks for. */
ScColumnMap  *sc_column_map_detect         (const ScTable *table,
                                            const ScField *fields,
                                            GError       **error);
ScColumnMap  *sc_column_map_copy           (const ScColumnMap *map);
void          sc_column_map_free           (ScColumnMap   *map);

/* The fields this import knows, ended by SC_FIELD_NONE. */
const ScField *sc_column_map_get_fields    (const ScColumnMap *map);
/* The header's index among the table's rows, and its line in the file. */
guint         sc_column_map_get_header_row (const ScColumnMap *map);
guint         sc_column_map_get_header_line (const ScColumnMap *map);
guint         sc_column_map_get_n_columns  (const ScColumnMap *map);
/* The header cell as written in the file, cleaned. */
const char   *sc_column_map_get_header     (const ScColumnMap *map,
                                            guint          column);
ScField       sc_column_map_get_field      (const ScColumnMap *map,
                                            guint          column);
/* Maps @column to @field; a column that had @field before loses it, so a
 * field comes from one column at most. */
void          sc_column_map_set_field      (ScColumnMap   *map,
                                            guint          column,
                                            ScField        field);
/* The column holding @field, or -1. */
int           sc_column_map_find           (const ScColumnMap *map,
                                            ScField        field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScColumnMap, sc_column_map_free)

G_END_DECLS

/* sc-activity-import.h — loading teachers' weekly counts from a spreadsheet
 *
 * Columns: ФИО (or Фамилия, Имя, Отчество), Неделя (any date of the week),
 * Сообщений, Звонков. detect the columns → plan (reads, writes nothing) →
 * commit (one transaction), as the people import does (sc-import-plan.h).
 *
 * A row names a teacher by full name (case, «ё» and spaces do not matter).
 * A row for a known teacher is always stored, whatever their leaving date:
 * who counts in a month is decided by the report (DESIGN.md §5), not here.
 * A week that begins after the teacher left is stored with a warning on
 * the row (warnings never stop a strict import). Namesakes are told apart
 * by who worked in that week; an unknown name, two teachers it may mean, a
 * person who is not a teacher, a bad date or count: an error on that row,
 * never a guess. Two rows for one teacher and week: the same counts are one
 * record (the later row is a duplicate); different counts are an error on
 * both. Re-importing a file changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-column-map.h"
#include "sc-database.h"
#include "sc-table.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean    strict;   /* any row error → commit nothing */
  const char *today;    /* ISO; weeks starting later are refused; NULL: today */
} ScActivityImportOptions;

typedef enum
{
  SC_ACTIVITY_IMPORT_ADDED,
  SC_ACTIVITY_IMPORT_UPDATED,
  SC_ACTIVITY_IMPORT_UNCHANGED,
  SC_ACTIVITY_IMPORT_DUPLICATE,
  SC_ACTIVITY_IMPORT_ERROR,
  SC_ACTIVITY_IMPORT_N_OUTCOMES
} ScActivityImportOutcome;

/* One data row and what the import does with it. */
typedef struct
{
  guint           line;
  ScActivityImportOutcome  outcome;
  const char     *message;      /* the error, "same as line N", or what changes; "" */
  const char     *warning;      /* stored, but worth a look; NULL */
  gint64          person_id;    /* 0 when no teacher matched */
  const char     *name;         /* as written, cleaned */
  const char     *week_monday;  /* ISO, NULL when the row has no valid week */
  int             messages;
  int             calls;
} ScActivityImportRow;

typedef struct _ScActivityImport ScActivityImport;

/* The fields a activity table has, ended by SC_FIELD_NONE. */
const ScField      *sc_activity_import_fields            (void);
ScColumnMap        *sc_activity_import_detect_columns    (const ScTable        *table,
                                                GError              **error);

ScActivityImport        *sc_activity_import_new          (ScDatabase           *db,
                                                ScTable              *table,
                                                const ScColumnMap    *map,
                                                const ScActivityImportOptions *options,
                                                ScImportProgressFunc  progress,
                                                gpointer              user_data,
                                                GCancellable         *cancellable,
                                                GError              **error);
/* One transaction; emits ScDatabase::changed ("activity"). Plans again
 * first if the database changed since; strict mode with a row error:
 * SC_IMPORT_ERROR_STRICT and nothing written. */
gboolean            sc_activity_import_commit       (ScActivityImport          *plan,
                                                ScDatabase           *db,
                                                ScImportProgressFunc  progress,
                                                gpointer              user_data,
                                                GCancellable         *cancellable,
                                                GError              **error);

ScActivityImport        *sc_activity_import_ref          (ScActivityImport          *plan);
void                sc_activity_import_unref        (ScActivityImport          *plan);

gboolean            sc_activity_import_is_committed (const ScActivityImport    *plan);
const ScColumnMap  *sc_activity_import_get_column_map (const ScActivityImport  *plan);
ScTable            *sc_activity_import_get_table    (const ScActivityImport    *plan);
guint               sc_activity_import_get_n_rows   (const ScActivityImport    *plan);
const ScActivityImportRow   *sc_activity_import_get_row      (const ScActivityImport    *plan,
                                                guint                 index);
guint               sc_activity_import_count        (const ScActivityImport    *plan,
                                                ScActivityImportOutcome        outcome);
/* Rows stored with a warning. */
guint               sc_activity_import_count_warnings (const ScActivityImport  *plan);
/* Remarks on the file as a whole, translated; NULL-terminated. */
const char * const *sc_activity_import_get_notes    (const ScActivityImport    *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScActivityImport, sc_activity_import_unref)

G_END_DECLS

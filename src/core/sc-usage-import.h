/* sc-usage-import.h — loading teachers' weekly counts from a spreadsheet
 *
 * Columns: ФИО (or Фамилия, Имя, Отчество), Неделя (any date of the week),
 * Сообщений, Звонков. detect the columns → plan (reads, writes nothing) →
 * commit (one transaction), as the roster import does (sc-import-plan.h).
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
} ScUsageOptions;

typedef enum
{
  SC_USAGE_ADDED,
  SC_USAGE_UPDATED,
  SC_USAGE_UNCHANGED,
  SC_USAGE_DUPLICATE,
  SC_USAGE_ERROR,
  SC_USAGE_N_OUTCOMES
} ScUsageOutcome;

/* One data row and what the import does with it. */
typedef struct
{
  guint           line;
  ScUsageOutcome  outcome;
  const char     *message;      /* the error, "same as line N", or what changes; "" */
  const char     *warning;      /* stored, but worth a look; NULL */
  gint64          person_id;    /* 0 when no teacher matched */
  const char     *name;         /* as written, cleaned */
  const char     *week_monday;  /* ISO, NULL when the row has no valid week */
  int             messages;
  int             calls;
} ScUsageRow;

typedef struct _ScUsagePlan ScUsagePlan;

/* The fields a usage table has, ended by SC_FIELD_NONE. */
const ScField      *sc_usage_fields            (void);
ScColumnMap        *sc_usage_detect_columns    (const ScTable        *table,
                                                GError              **error);

ScUsagePlan        *sc_usage_plan_new          (ScDatabase           *db,
                                                ScTable              *table,
                                                const ScColumnMap    *map,
                                                const ScUsageOptions *options,
                                                ScImportProgressFunc  progress,
                                                gpointer              user_data,
                                                GCancellable         *cancellable,
                                                GError              **error);
/* One transaction; emits ScDatabase::changed ("activity"). Plans again
 * first if the database changed since; strict mode with a row error:
 * SC_IMPORT_ERROR_STRICT and nothing written. */
gboolean            sc_usage_plan_commit       (ScUsagePlan          *plan,
                                                ScDatabase           *db,
                                                ScImportProgressFunc  progress,
                                                gpointer              user_data,
                                                GCancellable         *cancellable,
                                                GError              **error);

ScUsagePlan        *sc_usage_plan_ref          (ScUsagePlan          *plan);
void                sc_usage_plan_unref        (ScUsagePlan          *plan);

gboolean            sc_usage_plan_is_committed (const ScUsagePlan    *plan);
const ScColumnMap  *sc_usage_plan_get_column_map (const ScUsagePlan  *plan);
ScTable            *sc_usage_plan_get_table    (const ScUsagePlan    *plan);
guint               sc_usage_plan_get_n_rows   (const ScUsagePlan    *plan);
const ScUsageRow   *sc_usage_plan_get_row      (const ScUsagePlan    *plan,
                                                guint                 index);
guint               sc_usage_plan_count        (const ScUsagePlan    *plan,
                                                ScUsageOutcome        outcome);
/* Rows stored with a warning. */
guint               sc_usage_plan_count_warnings (const ScUsagePlan  *plan);
/* Remarks on the file as a whole, translated; NULL-terminated. */
const char * const *sc_usage_plan_get_notes    (const ScUsagePlan    *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScUsagePlan, sc_usage_plan_unref)

G_END_DECLS

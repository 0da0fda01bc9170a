/* sc-activity.h — teachers' weekly activity: messages and calls per ISO week
 *
 * One usage_week row per teacher and week (its Monday). The messenger gives
 * colleges no per-person counts, so they are typed in or imported.
 *
 * Who counts in a week: the teachers active on the week's Sunday (DESIGN.md
 * §5's "active on D" with D the week's last day). A teacher who left during
 * the week is not asked for that week's norm and is not listed for it; the
 * weeks before are theirs as usual.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-database.h"
#include "sc-enums.h"

G_BEGIN_DECLS

/* Counts above this are refused as typing slips. */
#define SC_ACTIVITY_MAX_COUNT 100000

typedef enum
{
  SC_ACTIVITY_SOURCE_MANUAL,
  SC_ACTIVITY_SOURCE_IMPORT,
} ScActivitySource;

typedef enum
{
  SC_ACTIVITY_NO_DATA,   /* no record: counts as 0 and 0, so not met */
  SC_ACTIVITY_BELOW,
  SC_ACTIVITY_MET,
} ScActivityMark;

SC_DEFINE_ENUM_CODES (ScActivitySource, sc_activity_source, SC_TYPE_ACTIVITY_SOURCE)
SC_DEFINE_ENUM_CODES (ScActivityMark, sc_activity_mark, SC_TYPE_ACTIVITY_MARK)

typedef struct
{
  int messages;       /* a week, from the organization profile */
  int calls;
} ScActivityNorm;

typedef struct
{
  gint64        person_id;
  char          week_monday[11];
  int           messages;
  int           calls;
  ScActivitySource source;
} ScActivityRecord;

/* «Выполнен», «Ниже нормы», «Нет данных». */
const char  *sc_activity_mark_get_label   (ScActivityMark        mark);
/* "met", "below", "no-data": for style classes and JSON. */

gboolean     sc_activity_norm_load        (ScDatabase        *db,
                                        ScActivityNorm       *norm,
                                        GError           **error);
gboolean     sc_activity_norm_is_met      (const ScActivityNorm *norm,
                                        int                messages,
                                        int                calls);
ScActivityMark  sc_activity_norm_mark        (const ScActivityNorm *norm,
                                        gboolean           has_record,
                                        int                messages,
                                        int                calls);

/* The week's Sunday, the day its teachers are counted on (ISO). */
char        *sc_activity_week_sunday      (const char        *monday);
/* TRUE when @iso is a valid date that is a Monday. */
gboolean     sc_activity_is_monday        (const char        *iso);
/* The same, with a translated error when not. */
gboolean     sc_activity_check_week       (const char        *monday,
                                        GError           **error);

/* Inserts or replaces the teacher's week and emits ScDatabase::changed
 * ("activity"). Counts 0 … SC_ACTIVITY_MAX_COUNT; the person must be a teacher. */
gboolean     sc_activity_set              (ScDatabase        *db,
                                        gint64             person_id,
                                        const char        *monday,
                                        int                messages,
                                        int                calls,
                                        ScActivitySource      source,
                                        GError           **error);
/* The same without checks, transaction or signal: for the import, inside
 * its own transaction. */
gboolean     sc_activity_write_week       (ScDatabase        *db,
                                        gint64             person_id,
                                        const char        *monday,
                                        int                messages,
                                        int                calls,
                                        ScActivitySource      source,
                                        GError           **error);
/* Removes the teacher's week (back to "no data"); emits "activity". */
gboolean     sc_activity_clear            (ScDatabase        *db,
                                        gint64             person_id,
                                        const char        *monday,
                                        GError           **error);
/* Records of the weeks @first_monday … @last_monday, by week then person,
 * as an array of ScActivityRecord. */
GArray      *sc_activity_read_range       (ScDatabase        *db,
                                        const char        *first_monday,
                                        const char        *last_monday,
                                        GError           **error);
/* The Mondays of @first_monday … @last_monday that have any teacher's
 * record, in order (ISO strings): where the calendar shows data. */
GPtrArray   *sc_activity_list_weeks       (ScDatabase        *db,
                                        const char        *first_monday,
                                        const char        *last_monday,
                                        GError           **error);
/* The record of one teacher and week; FALSE in *found when there is none. */
gboolean     sc_activity_get              (ScDatabase        *db,
                                        gint64             person_id,
                                        const char        *monday,
                                        ScActivityRecord     *record,
                                        gboolean          *found,
                                        GError           **error);

G_END_DECLS

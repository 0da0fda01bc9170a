/* sc-usage.h — teachers' weekly activity: messages and calls per ISO week
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

G_BEGIN_DECLS

/* Counts above this are refused as typing slips. */
#define SC_USAGE_MAX_COUNT 100000

typedef enum
{
  SC_USAGE_SOURCE_MANUAL,
  SC_USAGE_SOURCE_IMPORT,
} ScUsageSource;

typedef enum
{
  SC_USAGE_NO_DATA,   /* no record: counts as 0 and 0, so not met */
  SC_USAGE_BELOW,
  SC_USAGE_MET,
} ScUsageMark;

typedef struct
{
  int messages;       /* a week, from the organization profile */
  int calls;
} ScUsageNorm;

typedef struct
{
  gint64        person_id;
  char          week_monday[11];
  int           messages;
  int           calls;
  ScUsageSource source;
} ScUsageRecord;

const char  *sc_usage_source_to_code   (ScUsageSource      source);
/* «Выполнен», «Ниже нормы», «Нет данных». */
const char  *sc_usage_mark_get_label   (ScUsageMark        mark);
/* "met", "below", "no-data": for style classes and JSON. */
const char  *sc_usage_mark_to_code     (ScUsageMark        mark);

gboolean     sc_usage_norm_load        (ScDatabase        *db,
                                        ScUsageNorm       *norm,
                                        GError           **error);
gboolean     sc_usage_norm_is_met      (const ScUsageNorm *norm,
                                        int                messages,
                                        int                calls);
ScUsageMark  sc_usage_norm_mark        (const ScUsageNorm *norm,
                                        gboolean           has_record,
                                        int                messages,
                                        int                calls);

/* The week's Sunday, the day its teachers are counted on (ISO). */
char        *sc_usage_week_sunday      (const char        *monday);
/* TRUE when @iso is a valid date that is a Monday. */
gboolean     sc_usage_is_monday        (const char        *iso);
/* The same, with a translated error when not. */
gboolean     sc_usage_check_week       (const char        *monday,
                                        GError           **error);

/* Inserts or replaces the teacher's week and emits ScDatabase::changed
 * ("activity"). Counts 0 … SC_USAGE_MAX_COUNT; the person must be a teacher. */
gboolean     sc_usage_set              (ScDatabase        *db,
                                        gint64             person_id,
                                        const char        *monday,
                                        int                messages,
                                        int                calls,
                                        ScUsageSource      source,
                                        GError           **error);
/* The same without checks, transaction or signal: for the import, inside
 * its own transaction. */
gboolean     sc_usage_write_week       (ScDatabase        *db,
                                        gint64             person_id,
                                        const char        *monday,
                                        int                messages,
                                        int                calls,
                                        ScUsageSource      source,
                                        GError           **error);
/* Removes the teacher's week (back to "no data"); emits "activity". */
gboolean     sc_usage_clear            (ScDatabase        *db,
                                        gint64             person_id,
                                        const char        *monday,
                                        GError           **error);
/* Records of the weeks @first_monday … @last_monday, by week then person,
 * as an array of ScUsageRecord. */
GArray      *sc_usage_read_range       (ScDatabase        *db,
                                        const char        *first_monday,
                                        const char        *last_monday,
                                        GError           **error);
/* The record of one teacher and week; FALSE in *found when there is none. */
gboolean     sc_usage_get              (ScDatabase        *db,
                                        gint64             person_id,
                                        const char        *monday,
                                        ScUsageRecord     *record,
                                        gboolean          *found,
                                        GError           **error);

G_END_DECLS

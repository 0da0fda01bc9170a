/* sc-activity-import.h — loading teachers' weekly counts from a spreadsheet
 *
 * Columns: ФИО (or Фамилия, Имя, Отчество), Неделя (any date of the week),
 * Сообщений, Звонков. An ScImport (sc-import.h): detect the columns → plan
 * (reads, writes nothing) → commit (one transaction).
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

#include "sc-import.h"

G_BEGIN_DECLS

/* One data row and what the import does with it. */
typedef struct
{
  guint            line;
  ScImportOutcome  outcome;
  const char      *message;      /* the error, "same as line N", or what changes; "" */
  const char      *warning;      /* stored, but worth a look; NULL */
  gint64           person_id;    /* 0 when no teacher matched */
  const char      *name;         /* as written, cleaned */
  const char      *week_monday;  /* ISO, NULL when the row has no valid week */
  int              messages;
  int              calls;
} ScActivityImportRow;

/* Made by sc_import_new (SC_TYPE_ACTIVITY_IMPORT, …). The options it
 * reads: strict; today (weeks starting later are refused). */
#define SC_TYPE_ACTIVITY_IMPORT (sc_activity_import_get_type ())
G_DECLARE_FINAL_TYPE (ScActivityImport, sc_activity_import, SC, ACTIVITY_IMPORT, ScImport)

const ScActivityImportRow *sc_activity_import_get_row (ScActivityImport      *self,
                                                       guint                  index);

G_END_DECLS

/* sc-roster-import.h — loading a list of people into the college database
 *
 * detect the columns → (the person may change the mapping) → plan, which
 * reads the database and writes nothing → commit, one transaction.
 * The plan says, row by row, what will happen (added, updated with each
 * change as field: old → new, unchanged, a repeat of an earlier line, or
 * an error with its line and reason) and, in full-roster mode, who will be
 * marked as left.
 *
 * A re-import merges (DESIGN.md §6). People match by external id when the
 * row has one, else by full name and category; the group only tells
 * namesakes apart, so a person listed in another group is moved, not
 * added. Each field is merged from three values: what the last import that
 * listed the person read for them, what the database holds, and what the
 * file says. The file repeating what the last import read says nothing
 * new, and the database keeps its value (a mark or an edit made in the
 * window survives); a value the file changed wins, and is recorded: a
 * status as a dated event, a group or department as a dated move. An
 * empty cell never erases a stored text. A status with a date is an event
 * on that date; one without a date is dated with the import day, and only
 * when it differs from what the last import read. No event repeats the
 * status in force on its date.
 *
 * People a later import adds count from the import day (or from the date
 * of their status in the file, when earlier), so a month that has passed
 * keeps its figures. The first roster of a category is the college's
 * starting list: its people count in every month, also one that ended
 * before the import (a college set up on 3 December still reports
 * November).
 *
 * Threads: planning and committing touch only the ScDatabase passed in,
 * so a worker thread may run them on its own connection. The progress
 * callback runs in that thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-column-map.h"
#include "sc-database.h"
#include "sc-table.h"

G_BEGIN_DECLS

typedef enum
{
  SC_ROSTER_MODE_ADDITION,  /* add and update; nobody leaves */
  SC_ROSTER_MODE_FULL,      /* the file lists everyone: the absent leave */
} ScRosterMode;

typedef struct
{
  ScRosterMode  mode;
  gboolean      strict;   /* any row error → commit nothing */
  const char   *today;    /* ISO; the import day: the date of undated statuses
                           and of moves, and from which new people count; NULL: today */
  const char   *left_on;  /* ISO; full roster: when the absent leave; NULL: @today */
  const char   *file_name; /* shown in the people's history; NULL: none */
} ScRosterOptions;

typedef enum
{
  SC_ROSTER_ADDED,
  SC_ROSTER_UPDATED,
  SC_ROSTER_UNCHANGED,
  SC_ROSTER_DUPLICATE,
  SC_ROSTER_ERROR,
  SC_ROSTER_N_OUTCOMES
} ScRosterOutcome;

/* One change an update makes: the values as stored (codes for category
 * and status, ISO dates; "" when none). */
typedef struct
{
  ScField     field;      /* SC_FIELD_FULL_NAME, SC_FIELD_GROUP, SC_FIELD_STATUS, … */
  const char *before;
  const char *after;
  const char *on_date;    /* a status: the event's date; a group or department: the move's */
} ScRosterChange;

/* One data row of the file and what the import does with it. Strings are
 * as they will be stored ("" when the file leaves a field out); category
 * and status are the database's words, NULL when not known. */
typedef struct
{
  guint            line;
  ScRosterOutcome  outcome;
  const char      *message;     /* the error, "duplicate of line N", or the changes */
  guint            same_as_line; /* a repeat (or a conflicting one): the earlier line */
  guint            n_changes;   /* updated: see sc_roster_plan_get_change () */
  gint64           person_id;   /* 0 for a person not yet in the database */
  const char      *last_name;
  const char      *first_name;
  const char      *patronymic;
  const char      *category;
  const char      *group;
  const char      *department;
  const char      *position;
  const char      *phone;
  const char      *email;
  const char      *external_id;
  const char      *notes;
  const char      *status;      /* NULL: the file gives no status */
  const char      *status_on;   /* ISO date of that status */
  const char      *left_on;     /* ISO, or NULL */
} ScRosterRow;

/* A person full-roster mode marks as left. */
typedef struct
{
  gint64      person_id;
  const char *last_name;
  const char *first_name;
  const char *patronymic;
  const char *category;
  const char *group;
} ScRosterLeaver;

typedef struct _ScRosterPlan ScRosterPlan;

/* The fields a roster has, ended by SC_FIELD_NONE. */
const ScField      *sc_roster_fields            (void);
ScColumnMap        *sc_roster_detect_columns    (const ScTable        *table,
                                                 GError              **error);

ScRosterPlan       *sc_roster_plan_new          (ScDatabase           *db,
                                                 ScTable              *table,
                                                 const ScColumnMap    *map,
                                                 const ScRosterOptions *options,
                                                 ScImportProgressFunc  progress,
                                                 gpointer              user_data,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
/* Applies the plan in one transaction and emits ScDatabase::changed
 * ("people"). If the database changed since the plan was made, the plan is
 * made again inside the transaction first, so the counts always tell what
 * was written. Strict mode with any row error: SC_IMPORT_ERROR_STRICT and
 * nothing written. */
gboolean            sc_roster_plan_commit       (ScRosterPlan         *plan,
                                                 ScDatabase           *db,
                                                 ScImportProgressFunc  progress,
                                                 gpointer              user_data,
                                                 GCancellable         *cancellable,
                                                 GError              **error);

ScRosterPlan       *sc_roster_plan_ref          (ScRosterPlan         *plan);
void                sc_roster_plan_unref        (ScRosterPlan         *plan);

gboolean            sc_roster_plan_is_committed (const ScRosterPlan   *plan);
const ScColumnMap  *sc_roster_plan_get_column_map (const ScRosterPlan *plan);
ScTable            *sc_roster_plan_get_table    (const ScRosterPlan   *plan);
guint               sc_roster_plan_get_n_rows   (const ScRosterPlan   *plan);
const ScRosterRow  *sc_roster_plan_get_row      (const ScRosterPlan   *plan,
                                                 guint                 index);
guint               sc_roster_plan_count        (const ScRosterPlan   *plan,
                                                 ScRosterOutcome       outcome);
const ScRosterChange *sc_roster_plan_get_change (const ScRosterPlan   *plan,
                                                 guint                 row,
                                                 guint                 index);
/* «Группа: ИС-21 → ИС-22», «Статус: Приглашён → Подключён с 20.11.2023». */
char               *sc_roster_change_format     (const ScRosterChange *change);
/* All the changes of row @row, joined with "; ". */
char               *sc_roster_plan_describe_changes (const ScRosterPlan *plan,
                                                 guint                 row);
guint               sc_roster_plan_get_n_leavers (const ScRosterPlan  *plan);
const ScRosterLeaver *sc_roster_plan_get_leaver (const ScRosterPlan   *plan,
                                                 guint                 index);
/* The ISO date the leavers leave on. */
const char         *sc_roster_plan_get_left_on  (const ScRosterPlan   *plan);
guint               sc_roster_plan_get_n_new_groups (const ScRosterPlan *plan);
guint               sc_roster_plan_get_n_new_departments (const ScRosterPlan *plan);
/* Remarks on the file as a whole («column “№” is not loaded»), translated. */
const char * const *sc_roster_plan_get_notes    (const ScRosterPlan   *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScRosterPlan, sc_roster_plan_unref)

G_END_DECLS

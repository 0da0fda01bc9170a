/* sc-people-import.h — loading a list of people into the college database
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
 * keeps its figures. The first list of people of a category is the college's
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
  SC_PEOPLE_IMPORT_MODE_ADDITION,  /* add and update; nobody leaves */
  SC_PEOPLE_IMPORT_MODE_FULL,      /* the file lists everyone: the absent leave */
} ScPeopleImportMode;

typedef struct
{
  ScPeopleImportMode  mode;
  gboolean      strict;   /* any row error → commit nothing */
  const char   *today;    /* ISO; the import day: the date of undated statuses
                           and of moves, and from which new people count; NULL: today */
  const char   *left_on;  /* ISO; full list of people: when the absent leave; NULL: @today */
  const char   *file_name; /* shown in the people's history; NULL: none */
} ScPeopleImportOptions;

typedef enum
{
  SC_PEOPLE_IMPORT_ADDED,
  SC_PEOPLE_IMPORT_UPDATED,
  SC_PEOPLE_IMPORT_UNCHANGED,
  SC_PEOPLE_IMPORT_DUPLICATE,
  SC_PEOPLE_IMPORT_ERROR,
  SC_PEOPLE_IMPORT_N_OUTCOMES
} ScPeopleImportOutcome;

/* One change an update makes: the values as stored (codes for category
 * and status, ISO dates; "" when none). */
typedef struct
{
  ScField     field;      /* SC_FIELD_FULL_NAME, SC_FIELD_GROUP, SC_FIELD_STATUS, … */
  const char *before;
  const char *after;
  const char *on_date;    /* a status: the event's date; a group or department: the move's */
} ScPeopleImportChange;

/* One data row of the file and what the import does with it. Strings are
 * as they will be stored ("" when the file leaves a field out); category
 * and status are the database's words, NULL when not known. */
typedef struct
{
  guint            line;
  ScPeopleImportOutcome  outcome;
  const char      *message;     /* the error, "duplicate of line N", or the changes */
  guint            same_as_line; /* a repeat (or a conflicting one): the earlier line */
  guint            n_changes;   /* updated: see sc_people_import_get_change () */
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
} ScPeopleImportRow;

/* A person full-roster mode marks as left. */
typedef struct
{
  gint64      person_id;
  const char *last_name;
  const char *first_name;
  const char *patronymic;
  const char *category;
  const char *group;
} ScPeopleImportLeaver;

typedef struct _ScPeopleImport ScPeopleImport;

/* The fields a list of people has, ended by SC_FIELD_NONE. */
const ScField      *sc_people_import_fields            (void);
ScColumnMap        *sc_people_import_detect_columns    (const ScTable        *table,
                                                 GError              **error);

ScPeopleImport       *sc_people_import_new          (ScDatabase           *db,
                                                 ScTable              *table,
                                                 const ScColumnMap    *map,
                                                 const ScPeopleImportOptions *options,
                                                 ScImportProgressFunc  progress,
                                                 gpointer              user_data,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
/* Applies the plan in one transaction and emits ScDatabase::changed
 * ("people"). If the database changed since the plan was made, the plan is
 * made again inside the transaction first, so the counts always tell what
 * was written. Strict mode with any row error: SC_IMPORT_ERROR_STRICT and
 * nothing written. */
gboolean            sc_people_import_commit       (ScPeopleImport         *plan,
                                                 ScDatabase           *db,
                                                 ScImportProgressFunc  progress,
                                                 gpointer              user_data,
                                                 GCancellable         *cancellable,
                                                 GError              **error);

ScPeopleImport       *sc_people_import_ref          (ScPeopleImport         *plan);
void                sc_people_import_unref        (ScPeopleImport         *plan);

gboolean            sc_people_import_is_committed (const ScPeopleImport   *plan);
const ScColumnMap  *sc_people_import_get_column_map (const ScPeopleImport *plan);
ScTable            *sc_people_import_get_table    (const ScPeopleImport   *plan);
guint               sc_people_import_get_n_rows   (const ScPeopleImport   *plan);
const ScPeopleImportRow  *sc_people_import_get_row      (const ScPeopleImport   *plan,
                                                 guint                 index);
guint               sc_people_import_count        (const ScPeopleImport   *plan,
                                                 ScPeopleImportOutcome       outcome);
const ScPeopleImportChange *sc_people_import_get_change (const ScPeopleImport   *plan,
                                                 guint                 row,
                                                 guint                 index);
/* «Группа: ИС-21 → ИС-22», «Статус: Приглашён → Подключён с 20.11.2023». */
char               *sc_people_import_change_format     (const ScPeopleImportChange *change);
/* All the changes of row @row, joined with "; ". */
char               *sc_people_import_describe_changes (const ScPeopleImport *plan,
                                                 guint                 row);
guint               sc_people_import_get_n_leavers (const ScPeopleImport  *plan);
const ScPeopleImportLeaver *sc_people_import_get_leaver (const ScPeopleImport   *plan,
                                                 guint                 index);
/* The ISO date the leavers leave on. */
const char         *sc_people_import_get_left_on  (const ScPeopleImport   *plan);
guint               sc_people_import_get_n_new_groups (const ScPeopleImport *plan);
guint               sc_people_import_get_n_new_departments (const ScPeopleImport *plan);
/* Remarks on the file as a whole («column “№” is not loaded»), translated. */
const char * const *sc_people_import_get_notes    (const ScPeopleImport   *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScPeopleImport, sc_people_import_unref)

G_END_DECLS

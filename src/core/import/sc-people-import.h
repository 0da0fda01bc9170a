/* sc-people-import.h — loading a list of people into the college database
 *
 * An ScImport (sc-import.h): its plan says, row by row, what will happen
 * (added, updated with each change as field: old → new, unchanged, a
 * repeat of an earlier line, or an error with its line and reason) and,
 * with the full-list option, who will be marked as left.
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
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-import.h"

G_BEGIN_DECLS

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
  ScImportOutcome  outcome;
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

/* A person the full list marks as left (on sc_import_get_left_on ()). */
typedef struct
{
  gint64      person_id;
  const char *last_name;
  const char *first_name;
  const char *patronymic;
  const char *category;
  const char *group;
} ScPeopleImportLeaver;

/* Made by sc_import_new (SC_TYPE_PEOPLE_IMPORT, …). The options it reads:
 * strict; today, the import day (the date of undated statuses and of
 * moves, and from which new people count); full_list and left_on;
 * file_name, shown in the people's history. */
#define SC_TYPE_PEOPLE_IMPORT (sc_people_import_get_type ())
G_DECLARE_FINAL_TYPE (ScPeopleImport, sc_people_import, SC, PEOPLE_IMPORT, ScImport)

const ScPeopleImportRow    *sc_people_import_get_row           (ScPeopleImport        *self,
                                                                guint                  index);
const ScPeopleImportChange *sc_people_import_get_change        (ScPeopleImport        *self,
                                                                guint                  row,
                                                                guint                  index);
/* «Группа: ИС-21 → ИС-22», «Статус: Приглашён → Подключён с 20.11.2023». */
char                       *sc_people_import_change_format     (const ScPeopleImportChange *change);
/* All the changes of row @row, joined with "; ". */
char                       *sc_people_import_describe_changes  (ScPeopleImport        *self,
                                                                guint                  row);
const ScPeopleImportLeaver *sc_people_import_get_leaver        (ScPeopleImport        *self,
                                                                guint                  index);
guint                       sc_people_import_get_n_new_groups  (ScPeopleImport        *self);
guint                       sc_people_import_get_n_new_departments (ScPeopleImport    *self);

G_END_DECLS

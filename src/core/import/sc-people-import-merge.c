/* sc-people-import-merge.c — a list of people row merged into the person it lists
 *
 * Three values meet per field (DESIGN.md §6): what the last import that
 * listed the person read (the base, ScPeopleImportRead), what the database holds
 * now, and what the file says. The file repeating the base says nothing
 * new: the database keeps its value, whatever was done in the window
 * since. A value the file changed wins and is noted as a change (field:
 * old → new); a status becomes a dated event, a group or department a
 * dated move. Without a base (nobody imported the person before) the file
 * wins where it differs, except that a status entered by hand is not
 * overruled by a file that gives no date.
 *
 * Nothing here writes: the person in the index takes the values the
 * commit will store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <string.h>

#include "sc-date.h"
#include "sc-enums.h"
#include "sc-i18n.h"
#include "sc-person-name.h"
#include "sc-people-import-private.h"
#include "sc-status-rule.h"

static const char status_on_sql[] =
  "SELECT " SC_SQL_STATUS_ON ("?1", "?2");

/* The column each read field comes from; SC_FIELD_NONE: always read. */
static const ScField read_columns[SC_READ_N_FIELDS] = {
  [SC_READ_LAST_NAME] = SC_FIELD_NONE,
  [SC_READ_FIRST_NAME] = SC_FIELD_NONE,
  [SC_READ_PATRONYMIC] = SC_FIELD_NONE,
  [SC_READ_CATEGORY] = SC_FIELD_NONE,
  [SC_READ_GROUP] = SC_FIELD_GROUP,
  [SC_READ_DEPARTMENT] = SC_FIELD_DEPARTMENT,
  [SC_READ_POSITION] = SC_FIELD_POSITION,
  [SC_READ_PHONE] = SC_FIELD_PHONE,
  [SC_READ_EMAIL] = SC_FIELD_EMAIL,
  [SC_READ_EXTERNAL_ID] = SC_FIELD_EXTERNAL_ID,
  [SC_READ_NOTES] = SC_FIELD_NOTES,
  [SC_READ_STATUS] = SC_FIELD_NONE,
  [SC_READ_STATUS_ON] = SC_FIELD_NONE,
  [SC_READ_LEFT_ON] = SC_FIELD_LEFT_ON,
};

guint
sc_people_import_read_fields (ScImport *import)
{
  guint fields = 0;

  for (guint f = 0; f < SC_READ_N_FIELDS; f++)
    if (read_columns[f] == SC_FIELD_NONE || sc_import_get_column (import, read_columns[f]) >= 0)
      fields |= 1u << f;
  return fields;
}

const char *
sc_people_import_read_value (const ScPeopleImport    *plan,
                           const ScPeopleImportPlanRow *row,
                           ScReadField            field)
{
  const ScPeopleImportRow *pub = &row->pub;

  if (!(plan->read_fields & (1u << field)))
    return NULL;
  switch (field)
    {
    case SC_READ_LAST_NAME: return pub->last_name;
    case SC_READ_FIRST_NAME: return pub->first_name;
    case SC_READ_PATRONYMIC: return pub->patronymic;
    case SC_READ_CATEGORY: return pub->category;
    case SC_READ_GROUP: return pub->group;
    case SC_READ_DEPARTMENT: return pub->department;
    case SC_READ_POSITION: return pub->position;
    case SC_READ_PHONE: return pub->phone;
    case SC_READ_EMAIL: return pub->email;
    case SC_READ_EXTERNAL_ID: return pub->external_id;
    case SC_READ_NOTES: return pub->notes;
    case SC_READ_STATUS: return pub->status;
    case SC_READ_STATUS_ON: return row->dated ? pub->status_on : NULL;
    case SC_READ_LEFT_ON: return pub->left_on != NULL ? pub->left_on : "";
    case SC_READ_N_FIELDS:
    default: return NULL;
    }
}

/* What this row read differs from the person's base: store it. */
static gboolean
read_differs (const ScPeopleImport    *plan,
              const ScPeopleImportPlanRow *row)
{
  const ScPeopleImportRead *read = row->person->read;

  if (read == NULL)
    return TRUE;
  for (guint f = 0; f < SC_READ_N_FIELDS; f++)
    if (g_strcmp0 (sc_people_import_read_value (plan, row, f), read->values[f]) != 0)
      return TRUE;
  return FALSE;
}

static const char *
base_value (const ScPeopleImportPerson *person,
            ScReadField           field)
{
  return person->read != NULL ? person->read->values[field] : NULL;
}

void
sc_people_import_note_change (ScPeopleImport    *plan,
                            ScPeopleImportPlanRow *row,
                            ScField          field,
                            const char      *before,
                            const char      *after,
                            const char      *on_date)
{
  ScPeopleImportChange change = { field, before ? before : "", after ? after : "", on_date };

  if (row->pub.n_changes == 0)
    row->first_change = plan->changes->len;
  g_array_append_val (plan->changes, change);
  row->pub.n_changes++;
}

/* ---- fields -------------------------------------------------------------- */

/* The file wins when it says something (an empty cell erases nothing),
 * something new (not what the last import read), and other than what is
 * stored. */
static gboolean
file_wins (const char *stored,
           const char *incoming,
           const char *base)
{
  if (incoming == NULL || *incoming == '\0')
    return FALSE;
  if (base != NULL && strcmp (base, incoming) == 0)
    return FALSE;
  return g_strcmp0 (stored, incoming) != 0;
}

static void
merge_text (ScPeopleImport    *plan,
            ScPeopleImportPlanRow *row,
            const char     **stored,
            ScReadField      read_field,
            ScField          field)
{
  const char *incoming = sc_people_import_read_value (plan, row, read_field);

  if (!file_wins (*stored, incoming, base_value (row->person, read_field)))
    return;
  sc_people_import_note_change (plan, row, field, *stored, incoming, NULL);
  *stored = incoming;
}

/* Units compare by id; @base is -1 when the last import read none. */
static gboolean
unit_wins (gint64 stored,
           gint64 incoming,
           gint64 base)
{
  return incoming != 0 && incoming != base && incoming != stored;
}

static const char *
unit_name (ScPeopleImportIndex *index,
           gboolean       group,
           gint64         id)
{
  GPtrArray *planned = group ? index->new_groups : index->new_departments;

  if (id < 0)
    return ((ScPeopleImportUnit *)g_ptr_array_index (planned, -id - 1))->name;
  for (guint i = 0; id > 0 && i < index->units->len; i++)
    {
      ScPeopleImportUnit *unit = index->units->pdata[i];
      if (unit->id == id && unit->group == group)
        return unit->name;
    }
  return "";
}

/* A new group or department is a move, dated with the import day. */
static void
merge_units (ScPeopleImport    *plan,
             ScPeopleImportPlanRow *row)
{
  ScPeopleImportPerson *person = row->person;
  const ScPeopleImportRead *read = person->read;
  gboolean group = unit_wins (person->group_id, row->group_id, read ? read->group_id : -1);
  gboolean department = unit_wins (person->department_id, row->department_id,
                                   read ? read->department_id : -1);

  if (!group && !department)
    return;
  row->move = TRUE;
  row->from_group_id = person->group_id;
  row->from_department_id = person->department_id;
  if (group)
    {
      sc_people_import_note_change (plan, row, SC_FIELD_GROUP, person->group_code,
                                  row->pub.group, sc_import_get_today (SC_IMPORT (plan)));
      person->group_id = row->group_id;
      person->group_code = row->pub.group;
    }
  if (department)
    {
      sc_people_import_note_change (plan, row, SC_FIELD_DEPARTMENT,
                                  unit_name (plan->index, FALSE, person->department_id),
                                  row->pub.department, sc_import_get_today (SC_IMPORT (plan)));
      person->department_id = row->department_id;
    }
}

/* Matched by external id, the file may also rename a person or change
 * their category. */
static void
merge_identity (ScPeopleImport    *plan,
                ScPeopleImportPlanRow *row)
{
  ScPeopleImportPerson *person = row->person;
  const ScPeopleImportRow *pub = &row->pub;
  g_autofree char *old_name = sc_person_name_join (person->last_name, person->first_name,
                                                   person->patronymic);
  g_autofree char *new_name = sc_person_name_join (pub->last_name, pub->first_name,
                                                   pub->patronymic);
  g_autofree char *base_name = person->read == NULL ? NULL
    : sc_person_name_join (base_value (person, SC_READ_LAST_NAME),
                           base_value (person, SC_READ_FIRST_NAME),
                           base_value (person, SC_READ_PATRONYMIC));

  if (file_wins (old_name, new_name, base_name))
    {
      sc_people_import_note_change (plan, row, SC_FIELD_FULL_NAME,
                                  g_string_chunk_insert (plan->strings, old_name),
                                  g_string_chunk_insert (plan->strings, new_name), NULL);
      person->last_name = pub->last_name;
      person->first_name = pub->first_name;
      person->patronymic = pub->patronymic;
    }
  merge_text (plan, row, &person->category, SC_READ_CATEGORY, SC_FIELD_CATEGORY);
}

static void
merge_left_on (ScPeopleImport    *plan,
               ScPeopleImportPlanRow *row)
{
  ScPeopleImportPerson *person = row->person;
  const char *incoming = row->pub.left_on;
  const char *base = base_value (person, SC_READ_LEFT_ON);

  if (incoming == NULL)
    {
      /* In a full list of people, being listed without a leave date means active;
       * but if the last import listed them so too, a leaving entered
       * since in the window stands. */
      if (!sc_import_is_full_list (SC_IMPORT (plan)) || person->left_on == NULL ||
          (person->read != NULL && (base == NULL || *base == '\0')))
        return;
    }
  else if ((base != NULL && strcmp (base, incoming) == 0) ||
           g_strcmp0 (person->left_on, incoming) == 0)
    return;
  sc_people_import_note_change (plan, row, SC_FIELD_LEFT_ON, person->left_on, incoming, NULL);
  person->left_on = incoming;
}

/* ---- the status ---------------------------------------------------------- */

static gboolean
query_status (ScDatabase  *db,
              gint64       person_id,
              const char  *on_date,
              const char **status,
              GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, status_on_sql, error);
  ScStatus value = SC_STATUS_NOT_INVITED;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, on_date, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    sc_status_from_code ((const char *)sqlite3_column_text (stmt, 0), &value);
  *status = sc_status_to_code (value);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

/* The status in force on @on_date: the latest event, loaded with the
 * index, answers for any date after it; earlier dates ask the database. */
static gboolean
status_on (ScDatabase      *db,
           ScPeopleImportPerson  *person,
           const char      *on_date,
           const char     **status,
           GError         **error)
{
  *status = sc_status_to_code (SC_STATUS_NOT_INVITED);
  if (person->last_status == NULL)
    return TRUE;
  if (strcmp (on_date, person->last_status_on) >= 0)
    {
      *status = person->last_status;
      return TRUE;
    }
  return query_status (db, person->id, on_date, status, error);
}

/* A dated status is an event on its date; an undated one only when it
 * differs from what the last import read, dated with the import day; and
 * no event repeats the status in force on its date. */
static gboolean
merge_status (ScPeopleImport    *plan,
              ScDatabase      *db,
              ScPeopleImportPlanRow *row,
              GError         **error)
{
  ScPeopleImportPerson *person = row->person;
  const ScPeopleImportRow *pub = &row->pub;
  const char *base = base_value (person, SC_READ_STATUS);
  const char *current;

  if (pub->status == NULL)
    return TRUE;
  if (base != NULL && strcmp (base, pub->status) == 0 &&
      (!row->dated || g_strcmp0 (base_value (person, SC_READ_STATUS_ON), pub->status_on) == 0))
    return TRUE;
  if (base == NULL && !row->dated && person->last_status_by_hand)
    return TRUE;
  if (!status_on (db, person, pub->status_on, &current, error))
    return FALSE;
  if (strcmp (current, pub->status) == 0)
    return TRUE;
  row->event = TRUE;
  sc_people_import_note_change (plan, row, SC_FIELD_STATUS, current, pub->status, pub->status_on);
  return TRUE;
}

/* ---- the row ------------------------------------------------------------- */

gboolean
sc_people_import_merge_row (ScPeopleImport    *plan,
                     ScDatabase      *db,
                     ScPeopleImportPlanRow *row,
                     GError         **error)
{
  ScPeopleImportPerson *person = row->person;
  const ScPeopleImportRow *pub = &row->pub;

  if (*pub->external_id != '\0' && g_strcmp0 (person->external_id, pub->external_id) == 0)
    merge_identity (plan, row);
  merge_units (plan, row);
  merge_text (plan, row, &person->position, SC_READ_POSITION, SC_FIELD_POSITION);
  merge_text (plan, row, &person->phone, SC_READ_PHONE, SC_FIELD_PHONE);
  merge_text (plan, row, &person->email, SC_READ_EMAIL, SC_FIELD_EMAIL);
  merge_text (plan, row, &person->external_id, SC_READ_EXTERNAL_ID, SC_FIELD_EXTERNAL_ID);
  merge_text (plan, row, &person->notes, SC_READ_NOTES, SC_FIELD_NOTES);
  merge_left_on (plan, row);
  if (!merge_status (plan, db, row, error))
    return FALSE;
  row->pub.outcome = row->pub.n_changes > 0 ? SC_IMPORT_ROW_UPDATED : SC_IMPORT_ROW_UNCHANGED;
  row->write_read = read_differs (plan, row);
  return TRUE;
}

/* A new person: no base, nothing to merge; only what they read. */
void
sc_people_import_merge_new (ScPeopleImport    *plan,
                     ScPeopleImportPlanRow *row)
{
  const ScPeopleImportRow *pub = &row->pub;

  row->event = pub->status != NULL &&
               strcmp (pub->status, sc_status_to_code (SC_STATUS_NOT_INVITED)) != 0;
  row->write_read = TRUE;
}

/* ---- how a change reads -------------------------------------------------- */

static char *
format_value (ScField     field,
              const char *value)
{
  ScStatus status;
  ScCategory category;

  if (value == NULL || *value == '\0')
    return g_strdup ("—");
  if (field == SC_FIELD_STATUS && sc_status_from_code (value, &status))
    return g_strdup (sc_status_get_label (status));
  if (field == SC_FIELD_CATEGORY && sc_category_from_code (value, &category))
    return g_strdup (sc_category_get_label (category));
  if (field == SC_FIELD_LEFT_ON)
    return sc_date_format_short (value);
  return g_strdup (value);
}

char *
sc_people_import_change_format (const ScPeopleImportChange *change)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (change != NULL, NULL);
  before = format_value (change->field, change->before);
  after = format_value (change->field, change->after);
  if (change->field != SC_FIELD_STATUS || change->on_date == NULL)
    /* Translators: a change an import makes: the field, the old value, the new one. */
    return g_strdup_printf (_("%s: %s → %s"), sc_field_get_label (change->field), before, after);
  date = sc_date_format_short (change->on_date);
  /* Translators: a status an import changes: «Статус: Приглашён → Подключён с 20.11.2023». */
  return g_strdup_printf (_("%s: %s → %s from %s"), sc_field_get_label (change->field),
                          before, after, date);
}

/* sc-people-import-index.c — what the database already holds, loaded once for an
 * import: people by name key and by external id, with their latest status
 * and what the last import read for them; departments by name, groups by
 * code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <string.h>

#include "sc-enums.h"
#include "sc-text.h"
#include "sc-person-name.h"
#include "sc-people-import-private.h"

#define KEY_SEPARATOR "\x1f"

static const char select_people_sql[] =
  "SELECT p.id, p.last_name, p.first_name, p.patronymic, p.category, p.group_id,"
  "       g.code, p.department_id, p.position, p.phone, p.email, p.external_id,"
  "       p.left_on, p.notes"
  "  FROM person p LEFT JOIN study_group g ON g.id = p.group_id ORDER BY p.id";
/* In the order of the index on (person_id, on_date, id): the last row of a
 * person is their latest event, as sc-status-rule.h defines it. */
static const char select_events_sql[] =
  "SELECT person_id, status, on_date, source = 'manual'"
  "  FROM status_event ORDER BY person_id, on_date, id";
static const char select_reads_sql[] =
  "SELECT person_id, fields FROM people_import_read ORDER BY person_id";

const char *
sc_people_import_index_match_key (ScPeopleImportIndex *index,
                           const char    *last_name,
                           const char    *first_name,
                           const char    *patronymic,
                           const char    *category)
{
  GString *key = index->scratch;

  g_string_truncate (key, 0);
  sc_person_name_key_append (key, last_name, first_name, patronymic);
  g_string_append (key, KEY_SEPARATOR);
  g_string_append (key, category);
  return g_string_chunk_insert_len (index->strings, key->str, key->len);
}

static const char *
column_text (ScPeopleImportIndex *index,
             sqlite3_stmt  *stmt,
             int            column)
{
  const char *text = (const char *)sqlite3_column_text (stmt, column);

  return text != NULL ? g_string_chunk_insert (index->strings, text) : NULL;
}

/* The database's words as static strings; the schema allows no others. */
static const char *
intern_category (const char *code)
{
  ScCategory category = SC_CATEGORY_STAFF;

  sc_category_from_code (code, &category);
  return sc_category_to_code (category);
}

static const char *
intern_status (const char *code)
{
  ScStatus status = SC_STATUS_NOT_INVITED;

  sc_status_from_code (code, &status);
  return sc_status_to_code (status);
}

static ScPeopleImportPerson *
person_from_row (ScPeopleImportIndex *index,
                 sqlite3_stmt  *stmt)
{
  ScPeopleImportPerson *person = g_new0 (ScPeopleImportPerson, 1);

  person->id = sqlite3_column_int64 (stmt, 0);
  person->last_name = column_text (index, stmt, 1);
  person->first_name = column_text (index, stmt, 2);
  person->patronymic = column_text (index, stmt, 3);
  person->category = intern_category ((const char *)sqlite3_column_text (stmt, 4));
  person->group_id = sqlite3_column_int64 (stmt, 5);
  person->group_code = column_text (index, stmt, 6);
  person->department_id = sqlite3_column_int64 (stmt, 7);
  person->position = column_text (index, stmt, 8);
  person->phone = column_text (index, stmt, 9);
  person->email = column_text (index, stmt, 10);
  person->external_id = column_text (index, stmt, 11);
  person->left_on = column_text (index, stmt, 12);
  person->notes = column_text (index, stmt, 13);
  person->name_key = sc_people_import_index_match_key (index, person->last_name, person->first_name,
                                                person->patronymic, person->category);
  return person;
}

void
sc_people_import_index_add_person (ScPeopleImportIndex  *index,
                            ScPeopleImportPerson *person)
{
  ScPeopleImportPerson *head = g_hash_table_lookup (index->by_name, person->name_key);

  g_ptr_array_add (index->people, person);
  if (person->external_id != NULL)
    g_hash_table_insert (index->by_external, (char *)person->external_id, person);
  if (head == NULL)
    {
      g_hash_table_insert (index->by_name, (char *)person->name_key, person);
      return;
    }
  while (head->next_same_name != NULL)
    head = head->next_same_name;
  head->next_same_name = person;
}

/* @person is new and no one has its name key: it goes in with one hash
 * of the key, not two. */
void
sc_people_import_index_add_unmatched (ScPeopleImportIndex  *index,
                               ScPeopleImportPerson *person)
{
  if (person->external_id != NULL)
    {
      sc_people_import_index_add_person (index, person);
      return;
    }
  g_ptr_array_add (index->people, person);
  g_hash_table_insert (index->by_name, (char *)person->name_key, person);
}

static gboolean
finish_query (ScDatabase   *db,
              sqlite3_stmt *stmt,
              int           rc,
              GError      **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

static gboolean
load_people (ScPeopleImportIndex *index,
             ScDatabase    *db,
             GError       **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, select_people_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    sc_people_import_index_add_person (index, person_from_row (index, stmt));
  return finish_query (db, stmt, rc, error);
}

/* Both lists are in person id order: one pass joins them. */
static gboolean
load_latest_statuses (ScPeopleImportIndex *index,
                      ScDatabase    *db,
                      GError       **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, select_events_sql, error);
  guint i = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 person_id = sqlite3_column_int64 (stmt, 0);
      ScPeopleImportPerson *person;

      while (i < index->people->len &&
             ((ScPeopleImportPerson *)index->people->pdata[i])->id < person_id)
        i++;
      if (i == index->people->len)
        break;
      person = index->people->pdata[i];
      if (person->id != person_id)
        continue;
      person->last_status = intern_status ((const char *)sqlite3_column_text (stmt, 1));
      g_strlcpy (person->last_status_on, (const char *)sqlite3_column_text (stmt, 2),
                 sizeof person->last_status_on);
      person->last_status_by_hand = sqlite3_column_int (stmt, 3) != 0;
    }
  return finish_query (db, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error);
}

/* The unit a read name or code names now; -1 for none, 0 for an empty one. */
static gint64
read_unit (ScPeopleImportIndex *index,
           GHashTable    *table,
           const char    *name)
{
  ScPeopleImportUnit *unit;

  if (name == NULL)
    return -1;
  if (*name == '\0')
    return 0;
  g_string_truncate (index->scratch, 0);
  sc_text_fold_append (index->scratch, name);
  unit = g_hash_table_lookup (table, index->scratch->str);
  return unit != NULL ? unit->id : -1;
}

/* A person the last import read under another name or category is found
 * by that one too: renamed in the window, listed as before. */
static void
add_read_name (ScPeopleImportIndex  *index,
               ScPeopleImportPerson *person)
{
  const char *const *v = person->read->values;
  const char *key;

  if (v[SC_READ_LAST_NAME] == NULL || v[SC_READ_CATEGORY] == NULL)
    return;
  key = sc_people_import_index_match_key (index, v[SC_READ_LAST_NAME], v[SC_READ_FIRST_NAME],
                                   v[SC_READ_PATRONYMIC], v[SC_READ_CATEGORY]);
  if (strcmp (key, person->name_key) == 0)
    return;
  person->next_same_read_name = g_hash_table_lookup (index->by_read_name, key);
  g_hash_table_insert (index->by_read_name, (char *)key, person);
}

/* NULL for a text that is not a read (sc-people-import-read.c): the person
 * then has no base, as if no import had listed them. */
static ScPeopleImportRead *
read_from_row (ScPeopleImportIndex *index,
               sqlite3_stmt  *stmt)
{
  g_autofree ScPeopleImportRead *read = g_new0 (ScPeopleImportRead, 1);
  const char *packed = (const char *)sqlite3_column_text (stmt, 1);

  if (packed == NULL ||
      !sc_people_import_read_unpack (packed, sqlite3_column_bytes (stmt, 1), index->strings,
                                     read->values))
    {
      g_debug ("The read of person %" G_GINT64_FORMAT " is not readable; ignored",
               (gint64)sqlite3_column_int64 (stmt, 0));
      return NULL;
    }
  read->values[SC_READ_CATEGORY] = read->values[SC_READ_CATEGORY] != NULL
                                   ? intern_category (read->values[SC_READ_CATEGORY]) : NULL;
  read->group_id = read_unit (index, index->groups, read->values[SC_READ_GROUP]);
  read->department_id = read_unit (index, index->departments, read->values[SC_READ_DEPARTMENT]);
  return g_steal_pointer (&read);
}

/* Both lists are in person id order, as with the statuses. */
static gboolean
load_reads (ScPeopleImportIndex *index,
            ScDatabase    *db,
            GError       **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, select_reads_sql, error);
  guint i = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 person_id = sqlite3_column_int64 (stmt, 0);
      ScPeopleImportPerson *person;

      while (i < index->people->len &&
             ((ScPeopleImportPerson *)index->people->pdata[i])->id < person_id)
        i++;
      if (i == index->people->len)
        break;
      person = index->people->pdata[i];
      if (person->id != person_id)
        continue;
      if ((person->read = read_from_row (index, stmt)) == NULL)
        continue;
      g_ptr_array_add (index->reads, person->read);
      add_read_name (index, person);
    }
  return finish_query (db, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error);
}

static ScPeopleImportUnit *
add_unit (ScPeopleImportIndex *index,
          GHashTable    *table,
          gint64         id,
          const char    *name,
          gint64         department_id)
{
  ScPeopleImportUnit *unit = g_new0 (ScPeopleImportUnit, 1);

  unit->id = id;
  unit->name = name;
  unit->department_id = department_id;
  unit->group = table == index->groups;
  g_ptr_array_add (index->units, unit);
  g_string_truncate (index->scratch, 0);
  sc_text_fold_append (index->scratch, name);
  g_hash_table_insert (table, g_string_chunk_insert (index->strings, index->scratch->str), unit);
  return unit;
}

static gboolean
load_units (ScPeopleImportIndex *index,
            ScDatabase    *db,
            const char    *sql,
            GHashTable    *table,
            GError       **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_unit (index, table, sqlite3_column_int64 (stmt, 0), column_text (index, stmt, 1),
              sqlite3_column_int64 (stmt, 2));
  return finish_query (db, stmt, rc, error);
}

static ScPeopleImportIndex *
index_new (GStringChunk *strings)
{
  ScPeopleImportIndex *index = g_new0 (ScPeopleImportIndex, 1);

  index->strings = strings;
  index->scratch = g_string_new (NULL);
  index->people = g_ptr_array_new_with_free_func (g_free);
  index->by_name = g_hash_table_new (sc_text_key_hash, g_str_equal);
  index->by_read_name = g_hash_table_new (sc_text_key_hash, g_str_equal);
  index->reads = g_ptr_array_new_with_free_func (g_free);
  index->by_external = g_hash_table_new (g_str_hash, g_str_equal);
  index->units = g_ptr_array_new_with_free_func (g_free);
  index->departments = g_hash_table_new (g_str_hash, g_str_equal);
  index->groups = g_hash_table_new (g_str_hash, g_str_equal);
  index->new_departments = g_ptr_array_new ();
  index->new_groups = g_ptr_array_new ();
  return index;
}

ScPeopleImportIndex *
sc_people_import_index_load (ScDatabase   *db,
                      GStringChunk *strings,
                      GError      **error)
{
  g_autoptr(ScPeopleImportIndex) index = index_new (strings);

  if (!load_units (index, db, "SELECT id, name, 0 FROM department ORDER BY id",
                   index->departments, error) ||
      !load_units (index, db, "SELECT id, code, department_id FROM study_group ORDER BY id",
                   index->groups, error) ||
      !load_people (index, db, error) ||
      !load_latest_statuses (index, db, error) ||
      !load_reads (index, db, error))
    return NULL;
  return g_steal_pointer (&index);
}

void
sc_people_import_index_free (ScPeopleImportIndex *index)
{
  if (index == NULL)
    return;
  g_string_free (index->scratch, TRUE);
  g_hash_table_unref (index->by_name);
  g_hash_table_unref (index->by_read_name);
  g_ptr_array_unref (index->reads);
  g_hash_table_unref (index->by_external);
  g_hash_table_unref (index->departments);
  g_hash_table_unref (index->groups);
  g_ptr_array_unref (index->new_departments);
  g_ptr_array_unref (index->new_groups);
  g_ptr_array_unref (index->units);
  g_ptr_array_unref (index->people);
  g_free (index);
}

ScPeopleImportPerson *
sc_people_import_index_by_external (ScPeopleImportIndex *index,
                             const char    *external_id)
{
  if (external_id == NULL || *external_id == '\0')
    return NULL;
  return g_hash_table_lookup (index->by_external, external_id);
}

void
sc_people_import_named_init (ScPeopleImportNamed *named,
                      ScPeopleImportIndex *index,
                      const char    *name_key)
{
  named->index = index;
  named->key = name_key;
  named->by_read = FALSE;
  named->next = name_key != NULL ? g_hash_table_lookup (index->by_name, name_key) : NULL;
}

ScPeopleImportPerson *
sc_people_import_named_next (ScPeopleImportNamed *named)
{
  ScPeopleImportPerson *person = named->next;

  if (person == NULL && !named->by_read && named->key != NULL &&
      g_hash_table_size (named->index->by_read_name) > 0)
    {
      named->by_read = TRUE;
      person = g_hash_table_lookup (named->index->by_read_name, named->key);
    }
  if (person != NULL)
    named->next = named->by_read ? person->next_same_read_name : person->next_same_name;
  return person;
}

static ScPeopleImportUnit *
find_unit (ScPeopleImportIndex   *index,
           GHashTable      *table,
           ScPeopleImportUnitHit *last,
           const char      *name)
{
  if (last->name != NULL && strcmp (last->name, name) == 0)
    return last->unit;
  g_string_truncate (index->scratch, 0);
  sc_text_fold_append (index->scratch, name);
  last->name = name;
  last->unit = g_hash_table_lookup (table, index->scratch->str);
  return last->unit;
}

/* The department's id, planning a new one when the database has none by
 * that name; 0 for an empty name. */
gint64
sc_people_import_index_department (ScPeopleImportIndex *index,
                            const char    *name)
{
  ScPeopleImportUnit *unit;

  if (name == NULL || *name == '\0')
    return 0;
  unit = find_unit (index, index->departments, &index->last_department, name);
  if (unit != NULL)
    return unit->id;
  unit = add_unit (index, index->departments, -(gint64)(index->new_departments->len + 1), name, 0);
  g_ptr_array_add (index->new_departments, unit);
  index->last_department.unit = unit;
  return unit->id;
}

gint64
sc_people_import_index_find_group (ScPeopleImportIndex *index,
                            const char    *code)
{
  ScPeopleImportUnit *unit;

  if (code == NULL || *code == '\0')
    return 0;
  unit = find_unit (index, index->groups, &index->last_group, code);
  return unit != NULL ? unit->id : SC_PEOPLE_IMPORT_UNIT_NONE;
}

/* The group's id, planning a new one in @department_id when the database
 * has none with that code; a known group without a department is linked
 * to @department_id. 0 for an empty code. */
gint64
sc_people_import_index_group (ScPeopleImportIndex *index,
                       const char    *code,
                       gint64         department_id)
{
  ScPeopleImportUnit *unit;

  if (code == NULL || *code == '\0')
    return 0;
  unit = find_unit (index, index->groups, &index->last_group, code);
  if (unit == NULL)
    {
      unit = add_unit (index, index->groups, -(gint64)(index->new_groups->len + 1), code,
                       department_id);
      g_ptr_array_add (index->new_groups, unit);
      index->last_group.unit = unit;
    }
  else if (unit->department_id == 0 && department_id != 0)
    {
      unit->department_id = department_id;
      unit->link = unit->id > 0;
    }
  return unit->id;
}

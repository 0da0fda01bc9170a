/* sc-people-import-plan.c — reading each list of people row and deciding what it does
 *
 * Nothing here writes to the database: rows become records, records are
 * matched against the index of who is already there, and each gets its
 * outcome. The index is changed to hold the state the commit will write.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <string.h>

#include "sc-date.h"
#include "sc-enums.h"
#include "sc-text.h"
#include "sc-i18n.h"
#include "sc-person-name.h"
#include "sc-people-import-private.h"
#include "sc-people-import-values.h"

static const char started_sql[] =
  "SELECT category FROM people_import_start";

/* The cell of @field in row @r; NULL when no column holds @field. */
static const char *
cell (const ScImportCells *r,
      ScField              field)
{
  return r->cells[field];
}

static gboolean
has_column (ScPeopleImport *plan,
            ScField         field)
{
  return sc_import_get_column ((ScImport *)plan, field) >= 0;
}

static const char *
header (ScPeopleImport *plan,
        ScField       field)
{
  return sc_import_get_header ((ScImport *)plan, field);
}

/* The import day (sc-people-import.h). */
static const char *
today (ScPeopleImport *plan)
{
  return sc_import_get_today ((ScImport *)plan);
}

static void add_problem (GString *problems, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
add_problem (GString    *problems,
             const char *format,
             ...)
{
  va_list args;

  if (problems->len > 0)
    g_string_append (problems, "; ");
  va_start (args, format);
  g_string_append_vprintf (problems, format, args);
  va_end (args);
}

static const char *
keep (ScPeopleImport *plan,
      const char   *text)
{
  return g_string_chunk_insert (plan->strings, text);
}

static const char *
keep_printf (ScPeopleImport *plan,
             const char   *format,
             ...) G_GNUC_PRINTF (2, 3);

static const char *
keep_printf (ScPeopleImport *plan,
             const char   *format,
             ...)
{
  va_list args;

  g_string_truncate (plan->scratch, 0);
  va_start (args, format);
  g_string_append_vprintf (plan->scratch, format, args);
  va_end (args);
  return keep (plan, plan->scratch->str);
}

/* Cleaned text; the table's own string when it is clean already, as most
 * cells are. */
static const char *
clean_text (ScPeopleImport *plan,
            const char   *text)
{
  if (text == NULL)
    return "";
  if (sc_text_is_clean (text))
    return text;
  g_string_truncate (plan->scratch, 0);
  sc_text_clean_append (plan->scratch, text);
  return keep (plan, plan->scratch->str);
}

static const char *
clean_cell (ScPeopleImport *plan,
            const ScImportCells *r,
            ScField       field)
{
  return clean_text (plan, cell (r, field));
}

/* A word looked up once per distinct cell text; "" in @cache for unknown. */
static const char *
lookup_word (GHashTable  *cache,
             const char  *text,
             const char *(*lookup) (const char *))
{
  const char *value = g_hash_table_lookup (cache, text);

  if (value == NULL)
    {
      value = lookup (text);
      if (value == NULL)
        value = "";
      g_hash_table_insert (cache, (char *)text, (char *)value);
    }
  return *value != '\0' ? value : NULL;
}

/* «Фамилия Имя Отчество» in one cell: last, first, the rest. */
static void
split_full_name (ScPeopleImport    *plan,
                 const char      *full,
                 ScPeopleImportPlanRow *row)
{
  const char *clean = clean_text (plan, full);
  const char *first = strchr (clean, ' ');
  const char *rest = first != NULL ? strchr (first + 1, ' ') : NULL;

  if (first == NULL)
    {
      row->pub.last_name = clean;
      row->pub.first_name = row->pub.patronymic = "";
      return;
    }
  row->pub.last_name = g_string_chunk_insert_len (plan->strings, clean, first - clean);
  if (rest == NULL)
    {
      row->pub.first_name = first + 1;
      row->pub.patronymic = "";
      return;
    }
  row->pub.first_name = g_string_chunk_insert_len (plan->strings, first + 1, rest - first - 1);
  row->pub.patronymic = rest + 1;
}

static void
parse_names (ScPeopleImport    *plan,
             const ScImportCells *r,
             ScPeopleImportPlanRow *row,
             GString         *problems)
{
  const char *last = clean_cell (plan, r, SC_FIELD_LAST_NAME);
  const char *full = cell (r, SC_FIELD_FULL_NAME);

  if (*last != '\0' || full == NULL)
    {
      row->pub.last_name = last;
      row->pub.first_name = clean_cell (plan, r, SC_FIELD_FIRST_NAME);
      row->pub.patronymic = clean_cell (plan, r, SC_FIELD_PATRONYMIC);
    }
  else
    split_full_name (plan, full, row);
  if (*row->pub.last_name == '\0')
    add_problem (problems, _("the last name is empty: fill in the column “%s”"),
                 header (plan, has_column (plan, SC_FIELD_LAST_NAME) ? SC_FIELD_LAST_NAME
                                                                      : SC_FIELD_FULL_NAME));
}

/* Without a category, a row with a group is a student's. */
static void
parse_category (ScPeopleImport    *plan,
                const ScImportCells *r,
                ScPeopleImportPlanRow *row,
                GString         *problems)
{
  const char *text = clean_cell (plan, r, SC_FIELD_CATEGORY);

  if (*text != '\0')
    {
      row->pub.category = lookup_word (plan->categories, text, sc_people_import_category_from_text);
      if (row->pub.category == NULL)
        add_problem (problems, _("unknown category “%s”: write педагог, студент, сотрудник or родитель"),
                     text);
    }
  else if (*row->pub.group != '\0')
    row->pub.category = sc_category_to_code (SC_CATEGORY_STUDENT);
  else if (!has_column (plan, SC_FIELD_CATEGORY))
    add_problem (problems, _("no group and no category: add a column «Категория» (педагог, студент, сотрудник or родитель)"));
  else
    add_problem (problems, _("the category is empty: write педагог, студент, сотрудник or родитель"));
}

static const char *
parse_date (ScPeopleImport *plan,
            const ScImportCells *r,
            ScField       field,
            GString      *problems)
{
  const char *text = clean_cell (plan, r, field);
  const char *iso;

  if (*text == '\0')
    return NULL;
  iso = g_hash_table_lookup (plan->dates, text);
  if (iso == NULL)
    {
      g_autofree char *parsed = sc_date_parse (text);
      iso = parsed != NULL ? keep (plan, parsed) : "";
      g_hash_table_insert (plan->dates, (char *)text, (char *)iso);
    }
  if (*iso != '\0')
    return iso;
  add_problem (problems, _("“%s” in the column “%s” is not a date: write it as DD.MM.YYYY"),
               text, header (plan, field));
  return NULL;
}

/* A date joined without a status means joined. */
static void
parse_status (ScPeopleImport    *plan,
              const ScImportCells *r,
              ScPeopleImportPlanRow *row,
              GString         *problems)
{
  const char *text = NULL;
  const char *joined_on = parse_date (plan, r, SC_FIELD_JOINED_ON, problems);
  const char *status = joined_on != NULL ? sc_status_to_code (SC_STATUS_JOINED) : NULL;

  if (has_column (plan, SC_FIELD_STATUS))
    {
      text = clean_cell (plan, r, SC_FIELD_STATUS);
      if (*text != '\0' || joined_on == NULL)
        status = lookup_word (plan->statuses, text, sc_people_import_status_from_text);
      if (status == NULL)
        add_problem (problems, _("unknown status “%s”: write подключён, приглашён, отказ or не подключён"),
                     text);
    }
  row->pub.status = status;
  row->dated = status != NULL && joined_on != NULL;
  row->pub.status_on = status == NULL ? NULL : joined_on != NULL ? joined_on : today (plan);
}

static gboolean
is_normal_phone (const char *text)
{
  if (!g_str_has_prefix (text, "+7") || strlen (text) != 12)
    return FALSE;
  for (const char *p = text + 2; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

static const char *
parse_phone (ScPeopleImport *plan,
             const char   *text)
{
  g_autofree char *phone = NULL;

  if (text == NULL || *text == '\0' || is_normal_phone (text))
    return text != NULL ? text : "";
  phone = sc_phone_normalize (text);
  return keep (plan, phone);
}

static void
parse_row (ScPeopleImport    *plan,
           const ScImportCells *r,
           ScPeopleImportPlanRow *row)
{
  GString *problems = plan->problems;

  g_string_truncate (problems, 0);
  row->pub.line = r->line;
  parse_names (plan, r, row, problems);
  row->pub.group = clean_cell (plan, r, SC_FIELD_GROUP);
  row->pub.department = clean_cell (plan, r, SC_FIELD_DEPARTMENT);
  parse_category (plan, r, row, problems);
  row->pub.position = clean_cell (plan, r, SC_FIELD_POSITION);
  row->pub.phone = parse_phone (plan, cell (r, SC_FIELD_PHONE));
  row->pub.email = clean_cell (plan, r, SC_FIELD_EMAIL);
  row->pub.external_id = clean_cell (plan, r, SC_FIELD_EXTERNAL_ID);
  row->pub.notes = clean_cell (plan, r, SC_FIELD_NOTES);
  parse_status (plan, r, row, problems);
  row->pub.left_on = parse_date (plan, r, SC_FIELD_LEFT_ON, problems);
  if (*row->pub.last_name != '\0' && row->pub.category != NULL)
    row->name_key = sc_people_import_index_match_key (plan->index, row->pub.last_name,
                                               row->pub.first_name, row->pub.patronymic,
                                               row->pub.category);
  if (problems->len > 0)
    {
      row->pub.outcome = SC_IMPORT_ROW_ERROR;
      row->pub.message = keep (plan, problems->str);
    }
}

#define SAME(field) (g_strcmp0 (a->pub.field, b->pub.field) == 0)

/* Names compare as matching does (case, «ё», spaces), groups by the unit
 * they name; the rest exactly, as it would be stored. */
static gboolean
same_record (const ScPeopleImportPlanRow *a,
             const ScPeopleImportPlanRow *b)
{
  return g_strcmp0 (a->name_key, b->name_key) == 0 && a->group_id == b->group_id &&
         SAME (department) && SAME (position) && SAME (phone) && SAME (email) &&
         SAME (external_id) && SAME (notes) && SAME (status) && SAME (status_on) &&
         SAME (left_on);
}

#undef SAME

static ScPeopleImportPlanRow *
plan_row (ScPeopleImport *plan,
          guint         i)
{
  return &g_array_index (plan->rows, ScPeopleImportPlanRow, i);
}

/* A second row for a person some earlier row already lists. */
static void
resolve_repeat (ScPeopleImport    *plan,
                ScPeopleImportPlanRow *row,
                ScPeopleImportPerson  *person)
{
  ScPeopleImportPlanRow *first = plan_row (plan, person->row - 1);

  row->pub.same_as_line = first->pub.line;
  if (same_record (row, first))
    {
      row->pub.outcome = SC_IMPORT_ROW_DUPLICATE;
      row->pub.message = keep_printf (plan, _("duplicate of line %u"), first->pub.line);
    }
  else
    {
      row->pub.outcome = SC_IMPORT_ROW_ERROR;
      row->pub.message = keep_printf (plan, _("line %u lists the same person with other data: keep one of the two rows"),
                                      first->pub.line);
    }
  row->pub.person_id = person->id;
}

static guint
category_bit (const char *code)
{
  ScCategory category;

  return sc_category_from_code (code, &category) ? 1u << category : 0;
}

/* The first list of people of a category is the college's starting list: its
 * people count from the start. Later ones count from the import day, or
 * from the date the file gives their status, when earlier. */
static const char *
counted_from (ScPeopleImport          *plan,
              const ScPeopleImportPlanRow *row)
{
  guint bit = category_bit (row->pub.category);

  if (!(plan->started & bit))
    {
      plan->starting |= bit;
      return NULL;
    }
  if (row->dated && strcmp (row->pub.status_on, today (plan)) < 0)
    return row->pub.status_on;
  return today (plan);
}

/* The row's units, planning new ones: only for a row that adds or updates
 * someone, so that a row refused finds no group created for it. */
static void
units_of_row (ScPeopleImport    *plan,
              ScPeopleImportPlanRow *row)
{
  row->department_id = sc_people_import_index_department (plan->index, row->pub.department);
  row->group_id = sc_people_import_index_group (plan->index, row->pub.group, row->department_id);
}

/* @fresh: no one has the row's name key (a hash of it is saved). */
static void
add_person (ScPeopleImport    *plan,
            ScPeopleImportPlanRow *row,
            guint            i,
            gboolean         fresh)
{
  ScPeopleImportPerson *person = g_new0 (ScPeopleImportPerson, 1);
  const ScPeopleImportRow *pub = &row->pub;

  units_of_row (plan, row);
  person->last_name = pub->last_name;
  person->first_name = pub->first_name;
  person->patronymic = pub->patronymic;
  person->category = pub->category;
  person->department_id = row->department_id;
  person->group_id = row->group_id;
  person->group_code = pub->group;
  person->position = pub->position;
  person->phone = pub->phone;
  person->email = pub->email;
  person->external_id = *pub->external_id != '\0' ? pub->external_id : NULL;
  person->left_on = pub->left_on;
  person->notes = pub->notes;
  person->counted_from = counted_from (plan, row);
  person->name_key = row->name_key;
  person->row = i + 1;
  person->seen = TRUE;
  if (fresh)
    sc_people_import_index_add_unmatched (plan->index, person);
  else
    sc_people_import_index_add_person (plan->index, person);
  row->person = person;
  row->pub.outcome = SC_IMPORT_ROW_ADDED;
  sc_people_import_merge_new (plan, row);
}

static gboolean
update_person (ScPeopleImport    *plan,
               ScDatabase      *db,
               ScPeopleImportPlanRow *row,
               ScPeopleImportPerson  *person,
               guint            i,
               GError         **error)
{
  person->row = i + 1;
  person->seen = TRUE;
  row->person = person;
  row->pub.person_id = person->id;
  units_of_row (plan, row);
  if (!sc_people_import_merge_row (plan, db, row, error))
    return FALSE;
  if (row->pub.n_changes > 0)
    {
      g_autofree char *changes = sc_people_import_describe_changes (plan, i);
      row->pub.message = keep (plan, changes);
    }
  return TRUE;
}

/* A row with an external id never lists a person who has another one. */
static gboolean
ids_agree (const ScPeopleImportPerson  *person,
           const ScPeopleImportPlanRow *row)
{
  return *row->pub.external_id == '\0' || person->external_id == NULL ||
         strcmp (person->external_id, row->pub.external_id) == 0;
}

static gboolean
in_place (const ScPeopleImportPerson *person,
          gint64                group_id)
{
  return person->group_id == group_id ||
         (person->read != NULL && person->read->group_id == group_id);
}

/* The person the row names in its group (where they are now, or where the
 * last import read them): one not listed yet first; one listed already
 * makes the row a repeat. *@named_any: someone the row may mean has its
 * name; *@fresh: no one at all has its name key. */
static ScPeopleImportPerson *
find_in_place (ScPeopleImport    *plan,
               ScPeopleImportPlanRow *row,
               gboolean        *named_any,
               gboolean        *fresh)
{
  ScPeopleImportPerson *person, *listed = NULL;
  ScPeopleImportNamed named;

  *named_any = FALSE;
  sc_people_import_named_init (&named, plan->index, row->name_key);
  *fresh = named.next == NULL;
  while ((person = sc_people_import_named_next (&named)) != NULL)
    {
      if (!ids_agree (person, row))
        continue;
      *named_any = TRUE;
      if (!in_place (person, row->group_id))
        continue;
      if (person->row == 0)
        return person;
      if (listed == NULL)
        listed = person;
    }
  return listed;
}

/* Listed, if with a mistake: not someone who left. */
static void
mark_named_seen (ScPeopleImport    *plan,
                 ScPeopleImportPlanRow *row)
{
  ScPeopleImportPerson *person = sc_people_import_index_by_external (plan->index, row->pub.external_id);
  ScPeopleImportNamed named;

  if (person != NULL)
    person->seen = TRUE;
  sc_people_import_named_init (&named, plan->index, row->name_key);
  while ((person = sc_people_import_named_next (&named)) != NULL)
    person->seen = TRUE;
}

static gboolean
take_person (ScPeopleImport    *plan,
             ScDatabase      *db,
             guint            i,
             ScPeopleImportPerson  *person,
             GError         **error)
{
  ScPeopleImportPlanRow *row = plan_row (plan, i);

  if (person->row > 0)
    {
      resolve_repeat (plan, row, person);
      return TRUE;
    }
  return update_person (plan, db, row, person, i, error);
}

/* First pass: by external id, or by name in the row's group. A row whose
 * name is known only in other groups waits for the second pass, when every
 * row has taken the person it names in its own group. */
static gboolean
resolve_in_place (ScPeopleImport *plan,
                  ScDatabase   *db,
                  guint         i,
                  GError      **error)
{
  ScPeopleImportPlanRow *row = plan_row (plan, i);
  ScPeopleImportPerson *person;
  gboolean named_any = FALSE, fresh = FALSE;

  if (row->pub.outcome == SC_IMPORT_ROW_ERROR)
    {
      mark_named_seen (plan, row);
      return TRUE;
    }
  row->group_id = sc_people_import_index_find_group (plan->index, row->pub.group);
  person = sc_people_import_index_by_external (plan->index, row->pub.external_id);
  if (person == NULL)
    person = find_in_place (plan, row, &named_any, &fresh);
  if (person != NULL)
    return take_person (plan, db, i, person, error);
  if (named_any)
    row->deferred = TRUE;
  else
    add_person (plan, row, i, fresh);
  return TRUE;
}

/* The units of the people @row could mean, «ИС-21, ИС-22». */
static const char *
describe_groups (ScPeopleImport    *plan,
                 ScPeopleImportPlanRow *row)
{
  ScPeopleImportPerson *person;
  ScPeopleImportNamed named;

  g_string_truncate (plan->scratch, 0);
  sc_people_import_named_init (&named, plan->index, row->name_key);
  while ((person = sc_people_import_named_next (&named)) != NULL)
    if (person->row == 0 && ids_agree (person, row))
      g_string_append_printf (plan->scratch, "%s%s", plan->scratch->len > 0 ? ", " : "",
                              person->group_code && *person->group_code ? person->group_code : "—");
  return keep (plan, plan->scratch->str);
}

/* Second pass: someone of that name in another group, not listed in the
 * file in their own group, has moved; nobody: a new person (a namesake);
 * two or more: the file does not tell which one moved. */
static gboolean
resolve_moved (ScPeopleImport *plan,
               ScDatabase   *db,
               guint         i,
               GError      **error)
{
  ScPeopleImportPlanRow *row = plan_row (plan, i);
  ScPeopleImportPerson *person, *moved = NULL;
  ScPeopleImportNamed named;
  gboolean named_any, fresh;
  guint n = 0;

  row->group_id = sc_people_import_index_find_group (plan->index, row->pub.group);
  person = find_in_place (plan, row, &named_any, &fresh);
  if (person != NULL)
    return take_person (plan, db, i, person, error);
  sc_people_import_named_init (&named, plan->index, row->name_key);
  while ((person = sc_people_import_named_next (&named)) != NULL)
    if (person->row == 0 && ids_agree (person, row))
      {
        moved = person;
        n++;
      }
  if (n == 1)
    return take_person (plan, db, i, moved, error);
  if (n == 0)
    {
      add_person (plan, row, i, fresh);
      return TRUE;
    }
  row->pub.outcome = SC_IMPORT_ROW_ERROR;
  row->pub.message = keep_printf (plan, _("people with this name are in other groups (%s): the row does not tell which of them is now in “%s”; set the right one's group on the People page and import again"),
                                  describe_groups (plan, row), row->pub.group);
  mark_named_seen (plan, row);
  return TRUE;
}

static gboolean
is_leaver (ScPeopleImport   *plan,
           ScPeopleImportPerson *person,
           guint           categories)
{
  return person->id > 0 && !person->seen && (categories & category_bit (person->category)) &&
         (person->left_on == NULL ||
          strcmp (person->left_on, sc_import_get_left_on (SC_IMPORT (plan))) > 0);
}

/* Full list of people: the active people of the categories the file lists, whom
 * it does not list, leave. */
static void
find_leavers (ScPeopleImport *plan)
{
  GPtrArray *people = plan->index->people;
  guint categories = 0;

  for (guint i = 0; i < plan->rows->len; i++)
    categories |= category_bit (plan_row (plan, i)->pub.category);
  for (guint i = 0; i < people->len; i++)
    {
      ScPeopleImportPerson *person = people->pdata[i];
      ScPeopleImportLeaver leaver = { person->id, person->last_name, person->first_name,
                                person->patronymic, person->category,
                                person->group_code ? person->group_code : "" };

      if (!is_leaver (plan, person, categories))
        continue;
      g_array_append_val (plan->leavers, leaver);
      g_ptr_array_add (plan->leaver_people, person);
    }
}

static void
add_note (ScPeopleImport *plan,
          char         *note)
{
  sc_import_add_note (SC_IMPORT (plan), note);
}

/* A row with an error may be the only one listing someone. */
static void
note_full_list_errors (ScPeopleImport *plan)
{
  if (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ERROR) > 0 && plan->leavers->len > 0)
    add_note (plan, g_strdup (_("Some rows have errors: the people they list may be among those marked as left. Correct the rows first.")));
}

/* Once a row: the import is a people import, no cast needs checking. */
void
sc_people_import_add_row (ScImport            *import,
                          const ScImportCells *cells)
{
  ScPeopleImport *plan = (ScPeopleImport *)import;
  ScPeopleImportPlanRow row = { { 0 } };

  parse_row (plan, cells, &row);
  g_array_append_val (plan->rows, row);
}

static gboolean
load_started (ScPeopleImport *plan,
              ScDatabase   *db,
              GError      **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, started_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    plan->started |= category_bit ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || sc_database_set_error (db, rc, error);
}

/* Everyone by name in their group first, then those moved. */
gboolean
sc_people_import_resolve (ScImport         *import,
                          ScDatabase       *db,
                          ScImportProgress *progress,
                          GCancellable     *cancellable,
                          GError          **error)
{
  ScPeopleImport *plan = SC_PEOPLE_IMPORT (import);
  guint n = plan->rows->len;

  for (guint i = 0; i < n; i++)
    if (!sc_import_progress_check (progress, n + i, 2 * n, cancellable, error) ||
        !resolve_in_place (plan, db, i, error))
      return FALSE;
  for (guint i = 0; i < n; i++)
    if (plan_row (plan, i)->deferred && !resolve_moved (plan, db, i, error))
      return FALSE;
  return TRUE;
}

/* A re-import of the same file writes nothing, not even a record of
 * itself. */
static gboolean
has_writes (ScPeopleImport *plan)
{
  ScImport *import = SC_IMPORT (plan);

  if (sc_import_count (import, SC_IMPORT_ROW_ADDED) > 0 ||
      sc_import_count (import, SC_IMPORT_ROW_UPDATED) > 0 || plan->leavers->len > 0)
    return TRUE;
  for (guint i = 0; i < plan->rows->len; i++)
    {
      ScPeopleImportPlanRow *row = plan_row (plan, i);
      if (row->pub.outcome == SC_IMPORT_ROW_UNCHANGED && row->write_read)
        return TRUE;
    }
  return FALSE;
}

/* What the rows are matched against; and what the columns say of the
 * file as a whole. */
gboolean
sc_people_import_load (ScImport    *import,
                       ScDatabase  *db,
                       GError     **error)
{
  ScPeopleImport *plan = SC_PEOPLE_IMPORT (import);
  ScTable *table = sc_import_get_table (import);

  plan->read_fields = sc_people_import_read_fields (import);
  plan->index = sc_people_import_index_load (db, plan->strings, error);
  if (plan->index == NULL || !load_started (plan, db, error))
    return FALSE;
  if (!has_column (plan, SC_FIELD_CATEGORY))
    add_note (plan, g_strdup (_("The file has no column «Категория»: rows with a group are loaded as students.")));
  /* Room for every row at once, not cleared first: each is written whole. */
  g_array_unref (plan->rows);
  plan->rows = g_array_sized_new (FALSE, TRUE, sizeof (ScPeopleImportPlanRow),
                                  sc_table_get_n_rows (table));
  return TRUE;
}

/* Once the rows are counted: who leaves, and whether anything is written. */
void
sc_people_import_finish (ScImport *import)
{
  ScPeopleImport *plan = SC_PEOPLE_IMPORT (import);

  if (sc_import_is_full_list (import))
    {
      find_leavers (plan);
      note_full_list_errors (plan);
    }
  plan->writes = has_writes (plan);
}

/* sc-roster-plan.c — reading each roster row and deciding what it does
 *
 * Nothing here writes to the database: rows become records, records are
 * matched against the index of who is already there, and each gets its
 * outcome. The index is changed to hold the state the commit will write.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sc-date.h"
#include "sc-enums.h"
#include "sc-fold.h"
#include "sc-person-name.h"
#include "sc-roster-import-private.h"
#include "sc-roster-values.h"

static const char current_status_sql[] =
  "SELECT status FROM status_event WHERE person_id = ?1 AND on_date <= ?2"
  " ORDER BY on_date DESC, id DESC LIMIT 1";

/* The cell of @field in table row @r; NULL when no column holds @field. */
static const char *
cell (ScRosterPlan *plan,
      guint         r,
      ScField       field)
{
  int col = plan->columns[field];

  return col < 0 ? NULL : sc_table_get_cell (plan->table, r, col);
}

static const char *
header (ScRosterPlan *plan,
        ScField       field)
{
  return sc_column_map_get_header (plan->map, plan->columns[field]);
}

/* A row is data when some loaded column has something in it. */
static gboolean
row_is_blank (ScRosterPlan *plan,
              guint         r)
{
  for (guint f = 1; f < SC_N_FIELDS; f++)
    if (plan->columns[f] >= 0 && !sc_import_is_blank (cell (plan, r, f)))
      return FALSE;
  return TRUE;
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
keep (ScRosterPlan *plan,
      const char   *text)
{
  return g_string_chunk_insert (plan->strings, text);
}

static const char *
keep_printf (ScRosterPlan *plan,
             const char   *format,
             ...) G_GNUC_PRINTF (2, 3);

static const char *
keep_printf (ScRosterPlan *plan,
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
clean_text (ScRosterPlan *plan,
            const char   *text)
{
  if (text == NULL)
    return "";
  if (sc_is_clean (text))
    return text;
  g_string_truncate (plan->scratch, 0);
  sc_clean_append (plan->scratch, text);
  return keep (plan, plan->scratch->str);
}

static const char *
clean_cell (ScRosterPlan *plan,
            guint         r,
            ScField       field)
{
  return clean_text (plan, cell (plan, r, field));
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
split_full_name (ScRosterPlan    *plan,
                 const char      *full,
                 ScRosterPlanRow *row)
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
parse_names (ScRosterPlan    *plan,
             guint            r,
             ScRosterPlanRow *row,
             GString         *problems)
{
  const char *last = clean_cell (plan, r, SC_FIELD_LAST_NAME);
  const char *full = cell (plan, r, SC_FIELD_FULL_NAME);

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
                 header (plan, plan->columns[SC_FIELD_LAST_NAME] >= 0 ? SC_FIELD_LAST_NAME
                                                                      : SC_FIELD_FULL_NAME));
}

/* Without a category, a row with a group is a student's. */
static void
parse_category (ScRosterPlan    *plan,
                guint            r,
                ScRosterPlanRow *row,
                GString         *problems)
{
  const char *text = clean_cell (plan, r, SC_FIELD_CATEGORY);

  if (*text != '\0')
    {
      row->pub.category = lookup_word (plan->categories, text, sc_roster_category_from_text);
      if (row->pub.category == NULL)
        add_problem (problems, _("unknown category “%s”: write педагог, студент, сотрудник or родитель"),
                     text);
    }
  else if (*row->pub.group != '\0')
    row->pub.category = sc_category_to_code (SC_CATEGORY_STUDENT);
  else if (plan->columns[SC_FIELD_CATEGORY] < 0)
    add_problem (problems, _("no group and no category: add a column «Категория» (педагог, студент, сотрудник or родитель)"));
  else
    add_problem (problems, _("the category is empty: write педагог, студент, сотрудник or родитель"));
}

static const char *
parse_date (ScRosterPlan *plan,
            guint         r,
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
parse_status (ScRosterPlan    *plan,
              guint            r,
              ScRosterPlanRow *row,
              GString         *problems)
{
  const char *text = NULL;
  const char *joined_on = parse_date (plan, r, SC_FIELD_JOINED_ON, problems);
  const char *status = joined_on != NULL ? sc_status_to_code (SC_STATUS_JOINED) : NULL;

  if (plan->columns[SC_FIELD_STATUS] >= 0)
    {
      text = clean_cell (plan, r, SC_FIELD_STATUS);
      if (*text != '\0' || joined_on == NULL)
        status = lookup_word (plan->statuses, text, sc_roster_status_from_text);
      if (status == NULL)
        add_problem (problems, _("unknown status “%s”: write подключён, приглашён, отказ or не подключён"),
                     text);
    }
  row->pub.status = status;
  row->pub.status_on = status == NULL ? NULL : joined_on != NULL ? joined_on : plan->today;
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
parse_phone (ScRosterPlan *plan,
             const char   *text)
{
  g_autofree char *phone = NULL;

  if (text == NULL || *text == '\0' || is_normal_phone (text))
    return text != NULL ? text : "";
  phone = sc_phone_normalize (text);
  return keep (plan, phone);
}

static void
parse_row (ScRosterPlan    *plan,
           guint            r,
           ScRosterPlanRow *row)
{
  GString *problems = plan->problems;

  g_string_truncate (problems, 0);
  row->pub.line = sc_table_get_line (plan->table, r);
  parse_names (plan, r, row, problems);
  row->pub.group = clean_cell (plan, r, SC_FIELD_GROUP);
  row->pub.department = clean_cell (plan, r, SC_FIELD_DEPARTMENT);
  parse_category (plan, r, row, problems);
  row->pub.position = clean_cell (plan, r, SC_FIELD_POSITION);
  row->pub.phone = parse_phone (plan, cell (plan, r, SC_FIELD_PHONE));
  row->pub.email = clean_cell (plan, r, SC_FIELD_EMAIL);
  row->pub.external_id = clean_cell (plan, r, SC_FIELD_EXTERNAL_ID);
  row->pub.notes = clean_cell (plan, r, SC_FIELD_NOTES);
  parse_status (plan, r, row, problems);
  row->pub.left_on = parse_date (plan, r, SC_FIELD_LEFT_ON, problems);
  if (*row->pub.last_name != '\0' && row->pub.category != NULL)
    row->name_key = sc_roster_index_match_key (plan->index, row->pub.last_name,
                                               row->pub.first_name, row->pub.patronymic,
                                               row->pub.category, row->pub.group);
  if (problems->len > 0)
    {
      row->pub.outcome = SC_ROSTER_ERROR;
      row->pub.message = keep (plan, problems->str);
    }
}

#define SAME(field) (g_strcmp0 (a->pub.field, b->pub.field) == 0)

/* Names and group compare as matching does (case, «ё», spaces); the rest
 * exactly, as it would be stored. */
static gboolean
same_record (const ScRosterPlanRow *a,
             const ScRosterPlanRow *b)
{
  return g_strcmp0 (a->name_key, b->name_key) == 0 && SAME (department) &&
         SAME (position) && SAME (phone) && SAME (email) && SAME (external_id) &&
         SAME (notes) && SAME (status) && SAME (status_on) && SAME (left_on);
}

#undef SAME

static ScRosterPlanRow *
plan_row (ScRosterPlan *plan,
          guint         i)
{
  return &g_array_index (plan->rows, ScRosterPlanRow, i);
}

/* A second row for a person some earlier row already lists. */
static void
resolve_repeat (ScRosterPlan    *plan,
                ScRosterPlanRow *row,
                ScRosterPerson  *person)
{
  ScRosterPlanRow *first = plan_row (plan, person->row - 1);

  if (same_record (row, first))
    {
      row->pub.outcome = SC_ROSTER_DUPLICATE;
      row->pub.message = keep_printf (plan, _("duplicate of line %u"), first->pub.line);
    }
  else
    {
      row->pub.outcome = SC_ROSTER_ERROR;
      row->pub.message = keep_printf (plan, _("line %u lists the same person with other data: keep one of the two rows"),
                                      first->pub.line);
    }
  row->pub.person_id = person->id;
}

static void
add_person (ScRosterPlan    *plan,
            ScRosterPlanRow *row,
            guint            i)
{
  ScRosterPerson *person = g_new0 (ScRosterPerson, 1);
  const ScRosterRow *pub = &row->pub;

  person->last_name = pub->last_name;
  person->first_name = pub->first_name;
  person->patronymic = pub->patronymic;
  person->category = pub->category;
  person->department_id = sc_roster_index_department (plan->index, pub->department);
  person->group_id = sc_roster_index_group (plan->index, pub->group, person->department_id);
  person->group_code = pub->group;
  person->position = pub->position;
  person->phone = pub->phone;
  person->email = pub->email;
  person->external_id = *pub->external_id != '\0' ? pub->external_id : NULL;
  person->left_on = pub->left_on;
  person->notes = pub->notes;
  person->name_key = row->name_key;
  person->row = i + 1;
  person->seen = TRUE;
  sc_roster_index_add_unmatched (plan->index, person);
  row->person = person;
  row->pub.outcome = SC_ROSTER_ADDED;
  row->event = pub->status != NULL &&
               strcmp (pub->status, sc_status_to_code (SC_STATUS_NOT_INVITED)) != 0;
}

static void
note_change (GString *changes,
             ScField  field)
{
  if (changes->len > 0)
    g_string_append (changes, ", ");
  g_string_append (changes, sc_field_get_label (field));
}

/* An empty cell keeps what is stored: a roster without phones does not
 * erase the phones typed in the app. */
static void
merge_text (const char **stored,
            const char  *incoming,
            ScField      field,
            GString     *changes)
{
  if (*incoming == '\0' || g_strcmp0 (*stored, incoming) == 0)
    return;
  *stored = incoming;
  note_change (changes, field);
}

static void
merge_id (gint64  *stored,
          gint64   incoming,
          ScField  field,
          GString *changes)
{
  if (incoming == 0 || *stored == incoming)
    return;
  *stored = incoming;
  note_change (changes, field);
}

/* Matched by external id, the file may also rename a person or move them
 * to another group or category. */
static void
merge_identity (ScRosterPerson  *person,
                const ScRosterRow *pub,
                gint64           group_id,
                GString         *changes)
{
  g_autofree char *old_name = sc_person_name_join (person->last_name, person->first_name,
                                                   person->patronymic);
  g_autofree char *new_name = sc_person_name_join (pub->last_name, pub->first_name,
                                                   pub->patronymic);

  if (strcmp (old_name, new_name) != 0)
    {
      person->last_name = pub->last_name;
      person->first_name = pub->first_name;
      person->patronymic = pub->patronymic;
      note_change (changes, SC_FIELD_FULL_NAME);
    }
  if (g_strcmp0 (person->category, pub->category) != 0)
    {
      person->category = pub->category;
      note_change (changes, SC_FIELD_CATEGORY);
    }
  merge_id (&person->group_id, group_id, SC_FIELD_GROUP, changes);
}

static void
merge_left_on (ScRosterPlan      *plan,
               ScRosterPerson    *person,
               const ScRosterRow *pub,
               GString           *changes)
{
  /* In a full roster, being listed without a leave date means active. */
  if (pub->left_on == NULL && (plan->mode != SC_ROSTER_MODE_FULL || person->left_on == NULL))
    return;
  if (g_strcmp0 (person->left_on, pub->left_on) == 0)
    return;
  person->left_on = pub->left_on;
  note_change (changes, SC_FIELD_LEFT_ON);
}

static gboolean
current_status (ScDatabase  *db,
                gint64       person_id,
                const char  *on_date,
                const char **status,
                GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, current_status_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, on_date, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  *status = sc_status_to_code (SC_STATUS_NOT_INVITED);
  if (rc == SQLITE_ROW)
    *status = sc_roster_status_from_text ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

/* The latest event, loaded with the index, answers for any date after
 * it; earlier dates ask the database. */
static gboolean
merge_status (ScDatabase      *db,
              ScRosterPlanRow *row,
              GString         *changes,
              GError         **error)
{
  ScRosterPerson *person = row->person;
  const char *status = sc_status_to_code (SC_STATUS_NOT_INVITED);

  if (row->pub.status == NULL)
    return TRUE;
  if (person->last_status != NULL && strcmp (row->pub.status_on, person->last_status_on) >= 0)
    status = person->last_status;
  else if (person->last_status != NULL &&
           !current_status (db, person->id, row->pub.status_on, &status, error))
    return FALSE;
  row->event = g_strcmp0 (status, row->pub.status) != 0;
  if (row->event)
    note_change (changes, SC_FIELD_STATUS);
  return TRUE;
}

static gboolean
update_person (ScRosterPlan    *plan,
               ScDatabase      *db,
               ScRosterPlanRow *row,
               ScRosterPerson  *person,
               guint            i,
               GError         **error)
{
  const ScRosterRow *pub = &row->pub;
  g_autoptr(GString) changes = g_string_new (NULL);
  gboolean by_external = *pub->external_id != '\0' &&
                         g_strcmp0 (person->external_id, pub->external_id) == 0;
  gint64 department_id = sc_roster_index_department (plan->index, pub->department);
  gint64 group_id = sc_roster_index_group (plan->index, pub->group, department_id);

  person->row = i + 1;
  person->seen = TRUE;
  row->person = person;
  row->pub.person_id = person->id;
  if (by_external)
    merge_identity (person, pub, group_id, changes);
  merge_id (&person->department_id, department_id, SC_FIELD_DEPARTMENT, changes);
  merge_text (&person->position, pub->position, SC_FIELD_POSITION, changes);
  merge_text (&person->phone, pub->phone, SC_FIELD_PHONE, changes);
  merge_text (&person->email, pub->email, SC_FIELD_EMAIL, changes);
  merge_text (&person->external_id, pub->external_id, SC_FIELD_EXTERNAL_ID, changes);
  merge_text (&person->notes, pub->notes, SC_FIELD_NOTES, changes);
  merge_left_on (plan, person, pub, changes);
  if (!merge_status (db, row, changes, error))
    return FALSE;
  row->pub.outcome = changes->len > 0 ? SC_ROSTER_UPDATED : SC_ROSTER_UNCHANGED;
  if (changes->len > 0)
    row->pub.message = keep_printf (plan, _("changed: %s"), changes->str);
  return TRUE;
}

static gboolean
resolve_row (ScRosterPlan *plan,
             ScDatabase   *db,
             guint         i,
             GError      **error)
{
  ScRosterPlanRow *row = plan_row (plan, i);
  ScRosterPerson *person = sc_roster_index_find (plan->index, row->pub.external_id,
                                                 row->name_key);

  if (row->pub.outcome == SC_ROSTER_ERROR)
    {
      /* Listed, if with a mistake: not someone who left. */
      if (person != NULL)
        person->seen = TRUE;
      return TRUE;
    }
  if (person != NULL && person->row > 0)
    resolve_repeat (plan, row, person);
  else if (person == NULL)
    add_person (plan, row, i);
  else
    return update_person (plan, db, row, person, i, error);
  return TRUE;
}

static guint
category_bit (const char *code)
{
  ScCategory category;

  return sc_category_from_code (code, &category) ? 1u << category : 0;
}

static gboolean
is_leaver (ScRosterPlan   *plan,
           ScRosterPerson *person,
           guint           categories)
{
  return person->id > 0 && !person->seen && (categories & category_bit (person->category)) &&
         (person->left_on == NULL || strcmp (person->left_on, plan->left_on) > 0);
}

/* Full roster: the active people of the categories the file lists, whom
 * it does not list, leave. */
static void
find_leavers (ScRosterPlan *plan)
{
  GPtrArray *people = plan->index->people;
  guint categories = 0;

  for (guint i = 0; i < plan->rows->len; i++)
    categories |= category_bit (plan_row (plan, i)->pub.category);
  for (guint i = 0; i < people->len; i++)
    {
      ScRosterPerson *person = people->pdata[i];
      ScRosterLeaver leaver = { person->id, person->last_name, person->first_name,
                                person->patronymic, person->category,
                                person->group_code ? person->group_code : "" };

      if (!is_leaver (plan, person, categories))
        continue;
      g_array_append_val (plan->leavers, leaver);
      g_ptr_array_add (plan->leaver_people, person);
    }
}

static void
add_note (ScRosterPlan *plan,
          char         *note)
{
  sc_import_add_note (plan->notes, note);
}

static void
note_columns (ScRosterPlan *plan)
{
  sc_import_note_unloaded (plan->map, plan->notes);
  if (plan->columns[SC_FIELD_CATEGORY] < 0)
    add_note (plan, g_strdup (_("The file has no column «Категория»: rows with a group are loaded as students.")));
}

/* A row with an error may be the only one listing someone. */
static void
note_full_roster_errors (ScRosterPlan *plan)
{
  if (plan->counts[SC_ROSTER_ERROR] > 0 && plan->leavers->len > 0)
    add_note (plan, g_strdup (_("Some rows have errors: the people they list may be among those marked as left. Correct the rows first.")));
}

static gboolean
parse_rows (ScRosterPlan     *plan,
            ScImportProgress *progress,
            GCancellable     *cancellable,
            GError          **error)
{
  guint n_rows = sc_table_get_n_rows (plan->table);
  guint first = sc_column_map_get_header_row (plan->map) + 1, n_blank = 0;

  /* Reserves room for every row at once. */
  g_array_set_size (plan->rows, n_rows - first);
  g_array_set_size (plan->rows, 0);

  for (guint r = first; r < n_rows; r++)
    {
      ScRosterPlanRow row = { { 0 } };

      if (!sc_import_progress_check (progress, r - first, 2 * (n_rows - first), cancellable, error))
        return FALSE;
      if (row_is_blank (plan, r))
        {
          n_blank++;
          continue;
        }
      parse_row (plan, r, &row);
      g_array_append_val (plan->rows, row);
    }
  sc_import_note_blank_rows (plan->notes, n_blank);
  return TRUE;
}

gboolean
sc_roster_plan_build (ScRosterPlan     *plan,
                      ScDatabase       *db,
                      ScImportProgress *progress,
                      GCancellable     *cancellable,
                      GError          **error)
{
  guint n;

  plan->index = sc_roster_index_load (db, plan->strings, error);
  if (plan->index == NULL)
    return FALSE;
  note_columns (plan);
  if (!parse_rows (plan, progress, cancellable, error))
    return FALSE;
  n = plan->rows->len;
  for (guint i = 0; i < n; i++)
    if (!sc_import_progress_check (progress, n + i, 2 * n, cancellable, error) ||
        !resolve_row (plan, db, i, error))
      return FALSE;
  for (guint i = 0; i < n; i++)
    plan->counts[plan_row (plan, i)->pub.outcome]++;
  if (plan->mode == SC_ROSTER_MODE_FULL)
    {
      find_leavers (plan);
      note_full_roster_errors (plan);
    }
  sc_import_progress_report (progress, 1, 1);
  return TRUE;
}

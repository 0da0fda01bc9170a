/* sc-activity-import-plan.c — reading each row of a activity table and deciding what it
 * does; nothing here writes to the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-person-name.h"
#include "sc-text.h"
#include "sc-activity-import-private.h"
#include "sc-activity.h"

static const char people_sql[] =
  "SELECT id, last_name, first_name, patronymic, category, left_on FROM person";

/* The cell of @field in row @r; "" when no column holds @field. */
static const char *
cell (const ScImportCells *r,
      ScField              field)
{
  return r->cells[field] != NULL ? r->cells[field] : "";
}

static const char *
header (ScActivityImport *plan,
        ScField      field)
{
  return sc_import_get_header ((ScImport *)plan, field);
}

static const char *
keep (ScActivityImport *plan,
      const char  *text)
{
  return g_string_chunk_insert_const (plan->strings, text);
}

static const char *
clean (ScActivityImport *plan,
       const char  *text)
{
  if (sc_text_is_clean (text))
    return text;
  g_string_truncate (plan->scratch, 0);
  sc_text_clean_append (plan->scratch, text);
  return keep (plan, plan->scratch->str);
}

static void set_error (ScActivityImportRow *row, ScActivityImport *plan, const char *format, ...) G_GNUC_PRINTF (3, 4);

static void
set_error (ScActivityImportRow  *row,
           ScActivityImport *plan,
           const char  *format,
           ...)
{
  va_list args;
  g_autofree char *text = NULL;

  if (row->outcome == SC_IMPORT_ROW_ERROR)
    return;   /* the first problem of a row is the one told */
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  row->outcome = SC_IMPORT_ROW_ERROR;
  row->message = keep (plan, text);
}

/* ---- who is who ---------------------------------------------------------- */

static const char *
name_key (ScActivityImport *plan,
          const char  *last,
          const char  *first,
          const char  *patronymic)
{
  g_string_truncate (plan->scratch, 0);
  sc_person_name_key_append (plan->scratch, last, first, patronymic);
  return keep (plan, plan->scratch->str);
}

static void
add_person (ScActivityImport  *plan,
            sqlite3_stmt *stmt)
{
  ScActivityPerson *person = g_new0 (ScActivityPerson, 1);
  const char *left_on = (const char *)sqlite3_column_text (stmt, 5);
  const char *key = name_key (plan, (const char *)sqlite3_column_text (stmt, 1),
                              (const char *)sqlite3_column_text (stmt, 2),
                              (const char *)sqlite3_column_text (stmt, 3));

  person->id = sqlite3_column_int64 (stmt, 0);
  person->teacher = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 4), "teacher") == 0;
  person->left_on = left_on != NULL ? keep (plan, left_on) : NULL;
  person->next = g_hash_table_lookup (plan->people, key);
  g_hash_table_insert (plan->people, (char *)key, person);
  g_ptr_array_add (plan->persons, person);
}

gboolean
sc_activity_import_load (ScImport    *import,
                         ScDatabase  *db,
                         GError     **error)
{
  ScActivityImport *plan = SC_ACTIVITY_IMPORT (import);
  sqlite3_stmt *stmt = sc_database_prepare (db, people_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_person (plan, stmt);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || sc_database_set_error (db, rc, error);
}

static void
match_none (ScActivityImport   *plan,
            ScActivityImportRow    *row,
            ScActivityPerson *chain)
{
  gboolean other = FALSE;

  for (ScActivityPerson *p = chain; p != NULL; p = p->next)
    other = other || !p->teacher;
  if (other)
    set_error (row, plan, _("“%s” is not a teacher: activity is recorded for teachers only."),
               row->name);
  else
    set_error (row, plan, _("No teacher is called “%s”. Check the spelling, or add the teacher on the People page first."),
               row->name);
}

/* Worked at least one day of the week starting @monday: had not left by
 * that Monday (left_on is the first day gone). */
static gboolean
worked_in_week (const ScActivityPerson *p,
                const char          *monday)
{
  return p->left_on == NULL || strcmp (p->left_on, monday) > 0;
}

static void
warn_left (ScActivityImport         *plan,
           ScActivityImportRow          *row,
           const ScActivityPerson *p)
{
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (worked_in_week (p, row->week_monday))
    return;
  date = sc_date_format_short (p->left_on);
  text = g_strdup_printf (_("“%s” left on %s, before this week began: the row is stored; check the name and the week."),
                          row->name, date);
  row->warning = keep (plan, text);
}

/* The teacher of that name; among namesakes, the one who worked in the
 * week. A teacher who had left is still matched: the row is stored. */
static void
match_teacher (ScActivityImport *plan,
               ScActivityImportRow  *row,
               const char  *key)
{
  ScActivityPerson *chain = g_hash_table_lookup (plan->people, key);
  ScActivityPerson *any = NULL, *working = NULL;
  guint n = 0, n_working = 0;

  for (ScActivityPerson *p = chain; p != NULL; p = p->next)
    {
      if (!p->teacher)
        continue;
      any = p;
      n++;
      if (worked_in_week (p, row->week_monday))
        {
          working = p;
          n_working++;
        }
    }
  if (n == 1 || n_working == 1)
    {
      ScActivityPerson *p = n_working == 1 ? working : any;

      row->person_id = p->id;
      warn_left (plan, row, p);
      return;
    }
  row->person_id = 0;
  if (n > 1)
    set_error (row, plan, _("%u teachers are called “%s”: the name does not tell which one. Enter this teacher's counts on the Activity page."),
               n, row->name);
  else
    match_none (plan, row, chain);
}

/* ---- cells --------------------------------------------------------------- */

static ScActivityName *
read_name (ScActivityImport *plan,
           const ScImportCells *r)
{
  g_autofree char *last = NULL, *first = NULL, *patronymic = NULL, *joined = NULL;
  ScActivityName *name = g_new0 (ScActivityName, 1);

  if (sc_import_get_column ((ScImport *)plan, SC_FIELD_FULL_NAME) >= 0)
    sc_person_name_split (cell (r, SC_FIELD_FULL_NAME), &last, &first, &patronymic);
  if (last == NULL || *last == '\0')
    {
      g_free (last), last = sc_text_clean (cell (r, SC_FIELD_LAST_NAME));
      g_free (first), first = sc_text_clean (cell (r, SC_FIELD_FIRST_NAME));
      g_free (patronymic), patronymic = sc_text_clean (cell (r, SC_FIELD_PATRONYMIC));
    }
  joined = sc_person_name_join (last, first, patronymic);
  name->name = keep (plan, joined);
  name->key = *last != '\0' ? name_key (plan, last, first, patronymic) : NULL;
  return name;
}

/* The row's name cells, joined in the scratch string. */
static void
join_name_cells (ScActivityImport *plan,
                 const ScImportCells *r)
{
  static const ScField parts[] = {
    SC_FIELD_FULL_NAME, SC_FIELD_LAST_NAME, SC_FIELD_FIRST_NAME, SC_FIELD_PATRONYMIC
  };

  g_string_truncate (plan->scratch, 0);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_string_append (plan->scratch, cell (r, parts[i]));
      g_string_append_c (plan->scratch, '\x1f');
    }
}

/* The row's name as written, and its key; NULL when the row has none. */
static const char *
parse_name (ScActivityImport *plan,
            const ScImportCells *r,
            ScActivityImportRow  *row)
{
  ScActivityName *name;

  join_name_cells (plan, r);
  name = g_hash_table_lookup (plan->names, plan->scratch->str);
  if (name == NULL)
    {
      const char *cells = keep (plan, plan->scratch->str);
      name = read_name (plan, r);
      g_hash_table_insert (plan->names, (char *)cells, name);
    }
  row->name = name->name;
  if (name->key == NULL)
    set_error (row, plan, _("The row has no name: write the teacher's full name."));
  return name->key;
}

/* Any day of the week, or a range «27.11.2023 – 03.12.2023» (its first
 * day): the week's Monday, or NULL. */
static char *
week_of_text (const char *text)
{
  static const char *const dashes[] = { "–", "—", " - ", NULL };
  g_autofree char *day = sc_date_parse (text);

  for (guint i = 0; day == NULL && dashes[i] != NULL; i++)
    {
      const char *dash = strstr (text, dashes[i]);
      g_autofree char *start = dash != NULL ? g_strndup (text, dash - text) : NULL;

      if (start != NULL)
        day = sc_date_parse (start);
    }
  return day != NULL ? sc_date_week_monday (day) : NULL;
}

static const char *
parse_week (ScActivityImport *plan,
            const ScImportCells *r,
            ScActivityImportRow  *row)
{
  const char *text = clean (plan, cell (r, SC_FIELD_WEEK));
  const char *monday = g_hash_table_lookup (plan->weeks, text);

  if (monday == NULL)
    {
      g_autofree char *found = week_of_text (text);
      monday = keep (plan, found != NULL ? found : "");
      g_hash_table_insert (plan->weeks, (char *)text, (char *)monday);
    }
  if (*text == '\0')
    set_error (row, plan, _("The column “%s” is empty: write any day of the week as DD.MM.YYYY."),
               header (plan, SC_FIELD_WEEK));
  else if (*monday == '\0')
    set_error (row, plan, _("“%s” in the column “%s” is not a date: write any day of the week as DD.MM.YYYY."),
               text, header (plan, SC_FIELD_WEEK));
  else if (strcmp (monday, sc_import_get_today ((ScImport *)plan)) > 0)
    set_error (row, plan, _("The week of %s has not begun yet: check the date."), text);
  else
    return monday;
  return NULL;
}

/* A whole number; "12.0" as spreadsheets write numbers counts as 12. */
static gboolean
parse_count (ScActivityImport *plan,
             const ScImportCells *r,
             ScField      field,
             ScActivityImportRow  *row,
             int         *out)
{
  const char *text = clean (plan, cell (r, field));
  char *end = NULL;
  gint64 value = g_ascii_strtoll (text, &end, 10);

  if ((*end == '.' || *end == ',') && end != text)
    end += 1 + strspn (end + 1, "0");
  if (*text == '\0')
    set_error (row, plan, _("The column “%s” is empty: write 0 if there were none."),
               header (plan, field));
  else if (g_str_has_prefix (text, "-") || g_str_has_prefix (text, "−"))
    set_error (row, plan, _("“%s” in the column “%s” is negative: a count is 0 or more."),
               text, header (plan, field));
  else if (end == text || *end != '\0' || !g_ascii_isdigit (*text))
    set_error (row, plan, _("“%s” in the column “%s” is not a whole number."),
               text, header (plan, field));
  else if (value > SC_ACTIVITY_MAX_COUNT)
    set_error (row, plan, _("“%s” in the column “%s” is too large for a week: check the number."),
               text, header (plan, field));
  else
    {
      *out = (int)value;
      return TRUE;
    }
  return FALSE;
}

static void
parse_row (ScActivityImport *plan,
           const ScImportCells *r,
           ScActivityImportRow  *row)
{
  const char *key;
  gboolean counts;

  row->line = r->line;
  row->outcome = SC_IMPORT_ROW_ADDED;   /* until decided */
  row->message = "";
  key = parse_name (plan, r, row);
  row->week_monday = parse_week (plan, r, row);
  counts = parse_count (plan, r, SC_FIELD_MESSAGES, row, &row->messages);
  counts = parse_count (plan, r, SC_FIELD_CALLS, row, &row->calls) && counts;
  if (key != NULL && row->week_monday != NULL && counts)
    match_teacher (plan, row, key);
}

/* Once a row: the import is an activity import, no cast needs checking. */
void
sc_activity_import_add_row (ScImport            *import,
                            const ScImportCells *cells)
{
  ScActivityImport *plan = (ScActivityImport *)import;
  ScActivityImportRow row = { 0 };

  parse_row (plan, cells, &row);
  g_array_append_val (plan->rows, row);
}

/* ---- deciding ------------------------------------------------------------ */

static ScActivityImportRow *
plan_row (ScActivityImport *plan,
          guint        i)
{
  return &g_array_index (plan->rows, ScActivityImportRow, i);
}

/* Rows for one teacher and week: the same counts are one record; other
 * counts leave no way to tell which is right. */
static void
resolve_repeat (ScActivityImport *plan,
                ScActivityImportRow  *first,
                ScActivityImportRow  *row)
{
  if (first->outcome != SC_IMPORT_ROW_ERROR && first->messages == row->messages &&
      first->calls == row->calls)
    {
      row->outcome = SC_IMPORT_ROW_DUPLICATE;
      g_string_printf (plan->scratch, _("Same as line %u."), first->line);
      row->message = keep (plan, plan->scratch->str);
      return;
    }
  set_error (row, plan, _("Line %u gives other counts for this teacher and week: keep one row."),
             first->line);
  set_error (first, plan, _("Line %u gives other counts for this teacher and week: keep one row."),
             row->line);
}

static void
resolve_repeats (ScActivityImport *plan)
{
  for (guint i = 0; i < plan->rows->len; i++)
    {
      ScActivityImportRow *row = plan_row (plan, i);
      gpointer first;

      if (row->outcome == SC_IMPORT_ROW_ERROR)
        continue;
      sc_activity_import_week_key (plan, row->person_id, row->week_monday);
      first = g_hash_table_lookup (plan->seen, plan->scratch->str);
      if (first != NULL)
        resolve_repeat (plan, plan_row (plan, GPOINTER_TO_UINT (first) - 1), row);
      else
        g_hash_table_insert (plan->seen, (char *)keep (plan, plan->scratch->str),
                             GUINT_TO_POINTER (i + 1));
    }
}

gboolean
sc_activity_import_resolve (ScImport         *import,
                            ScDatabase       *db,
                            ScImportProgress *progress,
                            GCancellable     *cancellable,
                            GError          **error)
{
  ScActivityImport *plan = SC_ACTIVITY_IMPORT (import);

  resolve_repeats (plan);
  return sc_activity_import_resolve_stored (plan, db, progress, cancellable, error);
}

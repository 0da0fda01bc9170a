/* sc-report-figures.c — the monthly report's figures (DESIGN.md §5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sc-chat-members.h"
#include "sc-collate.h"
#include "sc-date.h"
#include "sc-format.h"
#include "sc-i18n.h"
#include "sc-organization.h"
#include "sc-people.h"
#include "sc-report-figures.h"
#include "sc-status-rule.h"

#define WEEK_PREFIX "week_"
#define WEEK_SUFFIX "_teachers_meeting_norm"
#define NARROW_NO_BREAK_SPACE "\xe2\x80\xaf"

G_DEFINE_BOXED_TYPE (ScFigure, sc_figure, sc_figure_copy, sc_figure_free)

typedef struct
{
  const char      *code;
  const char      *label;
  ScFigureKind     kind;
  ScFigureSection  section;
} Descriptor;

static const Descriptor descriptors[] = {
  { "teachers_total", N_("Teachers, total"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "teachers_connected", N_("Teachers connected"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "teachers_connected_pct", N_("Share of teachers connected"), SC_FIGURE_PERCENT, SC_FIGURE_SECTION_CONNECTION },
  { "students_total", N_("Students, total"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "students_connected", N_("Students connected"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "students_connected_pct", N_("Share of students connected"), SC_FIGURE_PERCENT, SC_FIGURE_SECTION_CONNECTION },
  { "teachers_declined", N_("Teachers who declined"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "teachers_alternative", N_("Of them, reached through another channel"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "teachers_covered", N_("Teachers covered (connected or through another channel)"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "teachers_covered_pct", N_("Share of teachers covered"), SC_FIGURE_PERCENT, SC_FIGURE_SECTION_CONNECTION },
  { "students_declined", N_("Students who declined"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "students_alternative", N_("Of them, reached through another channel"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "students_covered", N_("Students covered (connected or through another channel)"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "students_covered_pct", N_("Share of students covered"), SC_FIGURE_PERCENT, SC_FIGURE_SECTION_CONNECTION },
  { "teachers_needs_move", N_("Teachers still only on the previous platform (need to move)"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "students_needs_move", N_("Students still only on the previous platform (need to move)"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CONNECTION },
  { "groups_total", N_("Study groups with students"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CHATS },
  { "groups_with_chat", N_("Groups with a created group chat"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_CHATS },
  { "teachers_norm_all_weeks", N_("Teachers meeting the norm in every week of the month"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_ACTIVITY },
  { "teachers_norm_all_weeks_pct", N_("Share of teachers meeting the norm in every week"), SC_FIGURE_PERCENT, SC_FIGURE_SECTION_ACTIVITY },
  { "messages_total", N_("Messages by teachers, total"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_ACTIVITY },
  { "calls_total", N_("Calls by teachers, total"), SC_FIGURE_INTEGER, SC_FIGURE_SECTION_ACTIVITY },
  { "avg_messages_per_teacher_week", N_("Messages per teacher a week, on average"), SC_FIGURE_DECIMAL, SC_FIGURE_SECTION_ACTIVITY },
  { "avg_calls_per_teacher_week", N_("Calls per teacher a week, on average"), SC_FIGURE_DECIMAL, SC_FIGURE_SECTION_ACTIVITY },
};

/* ---- one figure ---------------------------------------------------------- */

static const Descriptor *
find_descriptor (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (descriptors); i++)
    if (g_strcmp0 (descriptors[i].code, code) == 0)
      return &descriptors[i];
  return NULL;
}

/* The Monday of a "week_YYYY-MM-DD_teachers_meeting_norm" code, or NULL. */
static char *
week_of_code (const char *code)
{
  g_autofree char *monday = NULL;
  gsize prefix = strlen (WEEK_PREFIX);

  if (!g_str_has_prefix (code, WEEK_PREFIX) || !g_str_has_suffix (code, WEEK_SUFFIX) ||
      strlen (code) != prefix + 10 + strlen (WEEK_SUFFIX))
    return NULL;
  monday = g_strndup (code + prefix, 10);
  return sc_date_is_valid_iso (monday) ? g_steal_pointer (&monday) : NULL;
}

char *
sc_figure_label_for_code (const char *code)
{
  const Descriptor *d = find_descriptor (code);
  g_autofree char *monday = NULL;
  g_autofree char *week = NULL;

  if (d != NULL)
    return g_strdup (_(d->label));
  monday = week_of_code (code);
  if (monday == NULL)
    return g_strdup (code);
  week = sc_date_format_week (monday);
  /* Translators: %s is a week, "27 November – 3 December 2023". */
  return g_strdup_printf (_("Teachers meeting the norm in the week %s"), week);
}

char *
sc_figure_week_monday (const ScFigure *figure)
{
  g_return_val_if_fail (figure != NULL, NULL);
  return week_of_code (figure->code);
}

ScFigure *
sc_figure_new (const char *code,
               double      value)
{
  ScFigure *figure = g_new0 (ScFigure, 1);
  const Descriptor *d = find_descriptor (code);

  figure->code = g_strdup (code);
  figure->label = sc_figure_label_for_code (code);
  figure->value = value;
  figure->kind = d != NULL ? d->kind : SC_FIGURE_INTEGER;
  figure->section = d != NULL ? d->section : SC_FIGURE_SECTION_ACTIVITY;
  return figure;
}

ScFigure *
sc_figure_copy (const ScFigure *figure)
{
  ScFigure *copy = g_memdup2 (figure, sizeof *figure);

  copy->code = g_strdup (figure->code);
  copy->label = g_strdup (figure->label);
  return copy;
}

void
sc_figure_free (ScFigure *figure)
{
  if (figure == NULL)
    return;
  g_free (figure->code);
  g_free (figure->label);
  g_free (figure);
}

gboolean
sc_figure_is_percent (const ScFigure *figure)
{
  return figure->kind == SC_FIGURE_PERCENT;
}

gboolean
sc_figure_is_integer (const ScFigure *figure)
{
  return figure->kind == SC_FIGURE_INTEGER;
}

const char *
sc_figure_section_get_label (ScFigureSection section)
{
  switch (section)
    {
    case SC_FIGURE_SECTION_CONNECTION: return _("Connection");
    case SC_FIGURE_SECTION_CHATS: return _("Chats");
    case SC_FIGURE_SECTION_ACTIVITY: return _("Teachers' activity");
    default: return "";
    }
}

static void
append_grouped (GString    *out,
                const char *digits)
{
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, NARROW_NO_BREAK_SPACE);
      g_string_append_c (out, digits[i]);
    }
}

char *
sc_report_format_number (double value,
                         int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *format = g_strdup_printf ("%%.%df", CLAMP (decimals, 0, 6));
  GString *out = g_string_new (NULL);
  char *digits, *point;

  digits = g_ascii_formatd (buf, sizeof buf, format, value);
  if (*digits == '-')
    {
      if (strspn (digits + 1, "0.") != strlen (digits + 1))
        g_string_append_c (out, '-');
      digits++;
    }
  point = strchr (digits, '.');
  if (point != NULL)
    *point = '\0';
  append_grouped (out, digits);
  if (point != NULL)
    g_string_append_printf (out, ",%s", point + 1);
  return g_string_free (out, FALSE);
}

char *
sc_figure_format_value (const ScFigure *figure)
{
  g_return_val_if_fail (figure != NULL, NULL);
  if (sc_figure_is_percent (figure))
    return sc_format_percent (figure->value);
  if (sc_figure_is_integer (figure) && figure->value >= 0 && figure->value <= G_MAXUINT)
    return sc_format_count ((guint)figure->value);
  return sc_report_format_number (figure->value, sc_figure_is_integer (figure) ? 0 : 1);
}

/* ---- rows ---------------------------------------------------------------- */

static void
group_row_free (ScReportGroupRow *row)
{
  g_free (row->code);
  g_free (row->department);
  g_free (row->curator);
  g_free (row);
}

static void
chat_row_free (ScReportChatRow *row)
{
  g_free (row->title);
  g_free (row->kind);
  g_free (row->group_code);
  g_free (row->admin);
  g_free (row->status);
  g_free (row->created_on);
  g_free (row);
}

static void
teacher_row_free (ScReportTeacherRow *row)
{
  g_free (row->name);
  g_free (row->messages);
  g_free (row->calls);
  g_free (row->has_record);
  g_free (row->met);
  g_free (row);
}

static void
figures_clear (ScReportFigures *figures)
{
  g_free (figures->month);
  g_free (figures->as_of);
  g_strfreev (figures->weeks);
  g_strfreev (figures->weeks_without_data);
  g_clear_pointer (&figures->figures, g_ptr_array_unref);
  g_clear_pointer (&figures->groups, g_ptr_array_unref);
  g_clear_pointer (&figures->chats, g_ptr_array_unref);
  g_clear_pointer (&figures->teachers, g_ptr_array_unref);
}

/* Figures are shared between the window and the export threads: the last
 * holder frees them. */
ScReportFigures *
sc_report_figures_ref (ScReportFigures *figures)
{
  g_return_val_if_fail (figures != NULL, NULL);
  return g_atomic_rc_box_acquire (figures);
}

void
sc_report_figures_unref (ScReportFigures *figures)
{
  if (figures != NULL)
    g_atomic_rc_box_release_full (figures, (GDestroyNotify)figures_clear);
}

static ScReportFigures *
figures_new (const char *month)
{
  ScReportFigures *f = g_atomic_rc_box_new0 (ScReportFigures);

  f->month = g_strdup (month);
  f->as_of = sc_report_month_last_day (month);
  f->weeks = sc_report_month_weeks (month);
  f->figures = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_figure_free);
  f->groups = g_ptr_array_new_with_free_func ((GDestroyNotify)group_row_free);
  f->chats = g_ptr_array_new_with_free_func ((GDestroyNotify)chat_row_free);
  f->teachers = g_ptr_array_new_with_free_func ((GDestroyNotify)teacher_row_free);
  return f;
}

const ScFigure *
sc_report_figures_lookup (const ScReportFigures *figures,
                          const char            *code)
{
  g_return_val_if_fail (figures != NULL, NULL);
  for (guint i = 0; i < figures->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (figures->figures, i);
      if (g_strcmp0 (figure->code, code) == 0)
        return figure;
    }
  return NULL;
}

double
sc_report_figures_get (const ScReportFigures *figures,
                       const char            *code)
{
  const ScFigure *figure = sc_report_figures_lookup (figures, code);
  return figure != NULL ? figure->value : 0.0;
}

/* ---- SQL ----------------------------------------------------------------- */

/* ?1 is always the as-of date D; the rules are sc-status-rule.h's. */
#define ACTIVE_ON(p) SC_SQL_ACTIVE_ON (p, "?1")
#define JOINED_ON(p) SC_SQL_JOINED_ON (p ".id", "?1")

#define SQL_PEOPLE \
  "SELECT count (*), coalesce (sum (" JOINED_ON ("p") "), 0) FROM person p" \
  " WHERE p.category = ?2 AND " ACTIVE_ON ("p")

/* Students counted once per group (the group they were in on D), their
 * status worked out once: the rows also give the college's student totals
 * (the row of students without a group has no code). A group counts from
 * the day its chat was marked
 * created; a created chat without a date counts (the coordinator said it
 * exists, we cannot tell since when). */
#define SQL_GROUPS \
  "SELECT g.code, coalesce (d.name, ''), cu.last_name, cu.first_name, cu.patronymic," \
  " cu.category, s.n, s.joined," \
  " EXISTS (SELECT 1 FROM chat c WHERE c.kind = 'group' AND c.group_id = g.id" \
  "   AND " SC_CHAT_EXISTED_ON ("c", "?1") ")," \
  " g.id IS NULL" \
  " FROM (SELECT " SC_SQL_GROUP_ON ("p", "?1") " AS group_id, count (*) AS n," \
  "   coalesce (sum (" JOINED_ON ("p") "), 0) AS joined FROM person p" \
  "   WHERE p.category = 'student' AND " ACTIVE_ON ("p") " GROUP BY 1) s" \
  " LEFT JOIN study_group g ON g.id = s.group_id" \
  " LEFT JOIN department d ON d.id = g.department_id" \
  " LEFT JOIN person cu ON cu.id = g.curator_id"

/* Active teachers × weeks of the month; no activity row is 0 and 0.
 * ?2 first Monday, ?3 last Monday, ?4 norm messages, ?5 norm calls. */
#define SQL_GRID \
  "WITH RECURSIVE weeks (monday) AS (" \
  "  SELECT ?2 UNION ALL SELECT date (monday, '+7 days') FROM weeks WHERE monday < ?3)," \
  " grid AS (SELECT p.id AS person_id, w.monday AS monday," \
  "   coalesce (u.messages, 0) AS messages, coalesce (u.calls, 0) AS calls," \
  "   u.person_id IS NOT NULL AS has_record," \
  "   (coalesce (u.messages, 0) >= ?4 AND coalesce (u.calls, 0) >= ?5) AS met" \
  "   FROM person p CROSS JOIN weeks w" \
  "   LEFT JOIN usage_week u ON u.person_id = p.id AND u.week_monday = w.monday" \
  "   WHERE p.category = 'teacher' AND " ACTIVE_ON ("p") ")"

#define SQL_WEEKS SQL_GRID \
  " SELECT monday, sum (met), sum (messages), sum (calls), sum (has_record) FROM grid" \
  " GROUP BY monday"

#define SQL_ALL_WEEKS SQL_GRID \
  " SELECT count (*) FROM (SELECT person_id FROM grid GROUP BY person_id HAVING min (met) = 1)"

#define SQL_TEACHERS SQL_GRID \
  " SELECT g.person_id, p.last_name, p.first_name, p.patronymic, g.monday," \
  " g.messages, g.calls, g.has_record, g.met" \
  " FROM grid g JOIN person p ON p.id = g.person_id ORDER BY g.person_id, g.monday"

/* The chats that existed on D, with their active members on D counted as
 * the chat plan counts them (SC_CHAT_MEMBERSHIP_CTE); the depth is the
 * place in today's tree. */
#define SQL_CHATS SC_CHAT_MEMBERSHIP_CTE \
  ", tree (id, path, depth) AS (" \
  "  SELECT id, printf ('%010d.%010d', sort_order, id), 0 FROM chat WHERE parent_id IS NULL" \
  "  UNION ALL SELECT c.id, t.path || '/' || printf ('%010d.%010d', c.sort_order, c.id)," \
  "  t.depth + 1 FROM chat c JOIN tree t ON c.parent_id = t.id WHERE t.depth < 32)," \
  " counts (chat_id, n) AS (SELECT m.chat_id, count (DISTINCT m.person_id) FROM membership m" \
  "  JOIN active p ON p.id = m.person_id GROUP BY m.chat_id)" \
  " SELECT c.title, t.depth, c.kind, coalesce (g.code, ''), a.last_name, a.first_name," \
  " a.patronymic, a.category, c.status, c.created_on, coalesce (n.n, 0)" \
  " FROM tree t JOIN chat c ON c.id = t.id" \
  " LEFT JOIN counts n ON n.chat_id = c.id" \
  " LEFT JOIN study_group g ON g.id = c.group_id" \
  " LEFT JOIN person a ON a.id = c.admin_person_id" \
  " WHERE " SC_CHAT_EXISTED_ON ("c", "?1") \
  " ORDER BY t.path"

typedef struct
{
  int     teachers;
  int     teachers_connected;
  int     students;
  int     students_connected;
  ScPeopleTally teacher_tally;
  ScPeopleTally student_tally;
  int     groups_with_chat;
  int     all_weeks;
  int    *week_met;
  int    *week_records;
  gint64  messages;
  gint64  calls;
} Counts;

static gboolean
finish_rows (ScDatabase   *db,
             sqlite3_stmt *stmt,
             int           rc,
             GError      **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  const char *text = (const char *)sqlite3_column_text (stmt, col);
  return text != NULL ? text : "";
}

/* "Last First Patronymic" from three columns, empty parts left out. */
static char *
column_name (sqlite3_stmt *stmt,
             int           col)
{
  GString *name = g_string_new (NULL);

  for (int i = col; i < col + 3; i++)
    {
      const char *part = column_text (stmt, i);
      if (*part == '\0')
        continue;
      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, part);
    }
  return g_string_free (name, FALSE);
}

static void
bind_grid (sqlite3_stmt          *stmt,
           const ScReportFigures *f)
{
  guint n = g_strv_length (f->weeks);

  sqlite3_bind_text (stmt, 1, f->as_of, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, f->weeks[0], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, f->weeks[n - 1], -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, f->norm_messages);
  sqlite3_bind_int (stmt, 5, f->norm_calls);
}

static gboolean
count_people (ScDatabase  *db,
              const char  *as_of,
              const char  *category,
              int         *total,
              int         *connected,
              GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, SQL_PEOPLE, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, as_of, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, category, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *total = sqlite3_column_int (stmt, 0);
      *connected = sqlite3_column_int (stmt, 1);
      rc = sqlite3_step (stmt);
    }
  return finish_rows (db, stmt, rc, error);
}

static double
percent (gint64 part,
         gint64 whole)
{
  return sc_percent ((guint)MAX (part, 0), (guint)MAX (whole, 0));
}

static double
average (gint64 total,
         gint64 divisor)
{
  return divisor > 0 ? round (10.0 * total / divisor) / 10.0 : 0.0;
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const ScReportGroupRow *x = *(ScReportGroupRow *const *)a;
  const ScReportGroupRow *y = *(ScReportGroupRow *const *)b;
  return sc_collate_compare (x->code, y->code);
}

static int
compare_teachers (gconstpointer a,
                  gconstpointer b)
{
  const ScReportTeacherRow *x = *(ScReportTeacherRow *const *)a;
  const ScReportTeacherRow *y = *(ScReportTeacherRow *const *)b;
  return sc_collate_compare (x->name, y->name);
}

/* Never a student's name in a report: a student as curator or admin is
 * left out here and shown by category only, in the document's language. */
static char *
column_staff_name (sqlite3_stmt *stmt,
                   int           name_col,
                   int           category_col,
                   gboolean     *is_student)
{
  *is_student = FALSE;
  if (sqlite3_column_type (stmt, name_col) == SQLITE_NULL)
    return g_strdup ("");
  if (g_strcmp0 (column_text (stmt, category_col), "student") == 0)
    {
      *is_student = TRUE;
      return g_strdup ("");
    }
  return column_name (stmt, name_col);
}

static ScReportGroupRow *
group_row_from (sqlite3_stmt *stmt)
{
  ScReportGroupRow *row = g_new0 (ScReportGroupRow, 1);

  row->code = g_strdup (column_text (stmt, 0));
  row->department = g_strdup (column_text (stmt, 1));
  row->curator = column_staff_name (stmt, 2, 5, &row->curator_is_student);
  row->students = sqlite3_column_int (stmt, 6);
  row->connected = sqlite3_column_int (stmt, 7);
  row->connected_pct = percent (row->connected, row->students);
  row->has_chat = sqlite3_column_int (stmt, 8) != 0;
  return row;
}

static gboolean
load_groups (ScDatabase      *db,
             ScReportFigures *f,
             Counts          *counts,
             GError         **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, SQL_GROUPS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, f->as_of, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScReportGroupRow *row;

      counts->students += sqlite3_column_int (stmt, 6);
      counts->students_connected += sqlite3_column_int (stmt, 7);
      if (sqlite3_column_int (stmt, 9) != 0)
        continue;
      row = group_row_from (stmt);
      counts->groups_with_chat += row->has_chat ? 1 : 0;
      g_ptr_array_add (f->groups, row);
    }
  g_ptr_array_sort (f->groups, compare_groups);
  return finish_rows (db, stmt, rc, error);
}

static int
week_index (const ScReportFigures *f,
            const char            *monday)
{
  for (int i = 0; f->weeks[i] != NULL; i++)
    if (g_strcmp0 (f->weeks[i], monday) == 0)
      return i;
  return -1;
}

static gboolean
load_weeks (ScDatabase      *db,
            ScReportFigures *f,
            Counts          *counts,
            GError         **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, SQL_WEEKS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_grid (stmt, f);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int i = week_index (f, column_text (stmt, 0));
      if (i >= 0)
        {
          counts->week_met[i] = sqlite3_column_int (stmt, 1);
          counts->week_records[i] = sqlite3_column_int (stmt, 4);
        }
      counts->messages += sqlite3_column_int64 (stmt, 2);
      counts->calls += sqlite3_column_int64 (stmt, 3);
    }
  return finish_rows (db, stmt, rc, error);
}

static gboolean
count_all_weeks (ScDatabase      *db,
                 ScReportFigures *f,
                 Counts          *counts,
                 GError         **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, SQL_ALL_WEEKS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_grid (stmt, f);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      counts->all_weeks = sqlite3_column_int (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  return finish_rows (db, stmt, rc, error);
}

static ScReportTeacherRow *
teacher_row_new (sqlite3_stmt *stmt,
                 guint         n_weeks)
{
  ScReportTeacherRow *row = g_new0 (ScReportTeacherRow, 1);

  row->name = column_name (stmt, 1);
  row->messages = g_new0 (int, n_weeks);
  row->calls = g_new0 (int, n_weeks);
  row->has_record = g_new0 (gboolean, n_weeks);
  row->met = g_new0 (gboolean, n_weeks);
  return row;
}

static gboolean
load_teachers (ScDatabase      *db,
               ScReportFigures *f,
               GError         **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, SQL_TEACHERS, error);
  ScReportTeacherRow *row = NULL;
  gint64 last_id = -1;
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_grid (stmt, f);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int i = week_index (f, column_text (stmt, 4));
      if (sqlite3_column_int64 (stmt, 0) != last_id)
        {
          last_id = sqlite3_column_int64 (stmt, 0);
          row = teacher_row_new (stmt, g_strv_length (f->weeks));
          g_ptr_array_add (f->teachers, row);
        }
      if (i < 0)
        continue;
      row->messages[i] = sqlite3_column_int (stmt, 5);
      row->calls[i] = sqlite3_column_int (stmt, 6);
      row->has_record[i] = sqlite3_column_int (stmt, 7) != 0;
      row->met[i] = sqlite3_column_int (stmt, 8) != 0;
    }
  g_ptr_array_sort (f->teachers, compare_teachers);
  return finish_rows (db, stmt, rc, error);
}

static ScReportChatRow *
chat_row_from (sqlite3_stmt *stmt)
{
  ScReportChatRow *row = g_new0 (ScReportChatRow, 1);

  row->title = g_strdup (column_text (stmt, 0));
  row->depth = sqlite3_column_int (stmt, 1);
  row->kind = g_strdup (column_text (stmt, 2));
  row->group_code = g_strdup (column_text (stmt, 3));
  row->admin = column_staff_name (stmt, 4, 7, &row->admin_is_student);
  row->status = g_strdup (column_text (stmt, 8));
  if (sqlite3_column_type (stmt, 9) != SQLITE_NULL)
    row->created_on = g_strdup (column_text (stmt, 9));
  row->members = sqlite3_column_int (stmt, 10);
  return row;
}

static gboolean
load_chats (ScDatabase      *db,
            ScReportFigures *f,
            GError         **error)
{
  sqlite3_stmt *stmt = sc_chat_members_prepare (db, SQL_CHATS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, f->as_of, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (f->chats, chat_row_from (stmt));
  return finish_rows (db, stmt, rc, error);
}

static void
add_figure (ScReportFigures *f,
            const char      *code,
            double           value)
{
  g_ptr_array_add (f->figures, sc_figure_new (code, value));
}

static void
list_weeks_without_data (ScReportFigures *f,
                         const Counts    *c)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; f->norm_enabled && c->teachers > 0 && f->weeks[i] != NULL; i++)
    if (c->week_records[i] == 0)
      g_strv_builder_add (builder, f->weeks[i]);
  f->weeks_without_data = g_strv_builder_end (builder);
}

/* Declined, and of those with another channel; covered = connected +
 * alternative (DESIGN.md §5). */
static void
add_coverage (ScReportFigures     *f,
              const char          *category,
              int                  connected,
              int                  total,
              const ScPeopleTally *tally)
{
  g_autofree char *declined = g_strconcat (category, "_declined", NULL);
  g_autofree char *alternative = g_strconcat (category, "_alternative", NULL);
  g_autofree char *covered = g_strconcat (category, "_covered", NULL);
  g_autofree char *covered_pct = g_strconcat (category, "_covered_pct", NULL);

  add_figure (f, declined, tally->declined);
  add_figure (f, alternative, tally->alternative);
  add_figure (f, covered, connected + tally->alternative);
  add_figure (f, covered_pct, percent (connected + tally->alternative, total));
}

static void
build_list (ScReportFigures *f,
            const Counts    *c)
{
  guint n_weeks = g_strv_length (f->weeks);

  list_weeks_without_data (f, c);

  add_figure (f, "teachers_total", c->teachers);
  add_figure (f, "teachers_connected", c->teachers_connected);
  add_figure (f, "teachers_connected_pct", percent (c->teachers_connected, c->teachers));
  add_figure (f, "students_total", c->students);
  add_figure (f, "students_connected", c->students_connected);
  add_figure (f, "students_connected_pct", percent (c->students_connected, c->students));
  add_coverage (f, "teachers", c->teachers_connected, c->teachers, &c->teacher_tally);
  add_coverage (f, "students", c->students_connected, c->students, &c->student_tally);
  if (f->switched)
    {
      add_figure (f, "teachers_needs_move", c->teacher_tally.needs_move);
      add_figure (f, "students_needs_move", c->student_tally.needs_move);
    }
  add_figure (f, "groups_total", f->groups->len);
  add_figure (f, "groups_with_chat", c->groups_with_chat);
  if (!f->norm_enabled)
    return;
  for (guint i = 0; i < n_weeks; i++)
    {
      g_autofree char *code = g_strconcat (WEEK_PREFIX, f->weeks[i], WEEK_SUFFIX, NULL);
      add_figure (f, code, c->week_met[i]);
    }
  add_figure (f, "teachers_norm_all_weeks", c->all_weeks);
  add_figure (f, "teachers_norm_all_weeks_pct", percent (c->all_weeks, c->teachers));
  add_figure (f, "messages_total", c->messages);
  add_figure (f, "calls_total", c->calls);
  add_figure (f, "avg_messages_per_teacher_week", average (c->messages, (gint64)c->teachers * n_weeks));
  add_figure (f, "avg_calls_per_teacher_week", average (c->calls, (gint64)c->teachers * n_weeks));
}

static gboolean
load_settings (ScDatabase      *db,
               ScReportFigures *f,
               GError         **error)
{
  g_autoptr(ScOrganization) organization = sc_organization_load (db, error);
  g_autoptr(GPtrArray) history = NULL;

  if (organization == NULL || (history = sc_platform_history_load (db, error)) == NULL)
    return FALSE;
  f->norm_messages = organization->norm_messages;
  f->norm_calls = organization->norm_calls;
  f->norm_enabled = organization->norm_enabled;
  f->platform = sc_platform_history_on (history, f->as_of);
  f->switched = sc_platform_history_switch_on (history, f->as_of) != NULL;
  return TRUE;
}

/* The weekly grid only when the college reports activity. */
static gboolean
load_activity (ScDatabase      *db,
               ScReportFigures *f,
               Counts          *c,
               GError         **error)
{
  if (!f->norm_enabled)
    return TRUE;
  return load_weeks (db, f, c, error) &&
         count_all_weeks (db, f, c, error) &&
         load_teachers (db, f, error);
}

static gboolean
compute_all (ScDatabase      *db,
             ScReportFigures *f,
             Counts          *c,
             GError         **error)
{
  return load_settings (db, f, error) &&
         count_people (db, f->as_of, "teacher", &c->teachers, &c->teachers_connected, error) &&
         load_groups (db, f, c, error) &&
         sc_people_tally (db, SC_CATEGORY_TEACHER, f->as_of, &c->teacher_tally, error) &&
         sc_people_tally (db, SC_CATEGORY_STUDENT, f->as_of, &c->student_tally, error) &&
         load_activity (db, f, c, error) &&
         load_chats (db, f, error);
}

/* Reads in one snapshot; a savepoint nests inside a caller's transaction
 * (submitting computes and stores in one). */
ScReportFigures *
sc_report_figures_compute (ScDatabase  *db,
                           const char  *month,
                           GError     **error)
{
  g_autoptr(ScReportFigures) f = NULL;
  g_autofree int *week_met = NULL;
  g_autofree int *week_records = NULL;
  Counts counts = { 0 };
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  if (!sc_report_month_is_valid (month))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a month. Write it as YYYY-MM, for example 2023-11."),
                   month ? month : "");
      return NULL;
    }
  f = figures_new (month);
  counts.week_met = week_met = g_new0 (int, g_strv_length (f->weeks));
  counts.week_records = week_records = g_new0 (int, g_strv_length (f->weeks));
  if (!sc_database_exec (db, "SAVEPOINT sc_report_figures", error))
    return NULL;
  ok = compute_all (db, f, &counts, error);
  if (!ok)
    sc_database_exec (db, "ROLLBACK TO sc_report_figures", NULL);
  sc_database_exec (db, "RELEASE sc_report_figures", NULL);
  if (!ok)
    return NULL;
  build_list (f, &counts);
  return g_steal_pointer (&f);
}

/* ---- JSON and diff ------------------------------------------------------- */

/* Written by hand rather than with JsonGenerator, which prints doubles with
 * 17 digits ("57.100000000000001"); the text is read back with json-glib.
 * Codes and dates are plain ASCII and need no escaping. */
char *
sc_report_figures_to_json (const ScReportFigures *figures)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (figures != NULL, NULL);
  g_string_append_printf (out, "{\"month\": \"%s\", \"as_of\": \"%s\", "
                          "\"norm_messages\": %d, \"norm_calls\": %d, \"figures\": {",
                          figures->month, figures->as_of, figures->norm_messages,
                          figures->norm_calls);
  for (guint i = 0; i < figures->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (figures->figures, i);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (buf, sizeof buf, sc_figure_is_integer (figure) ? "%.0f" : "%.1f",
                       figure->value);
      g_string_append_printf (out, "%s\"%s\": %s", i > 0 ? ", " : "", figure->code, buf);
    }
  g_string_append (out, "}");
  if (figures->frozen)
    g_string_append (out, ", \"frozen\": true");
  g_string_append (out, "}");
  return g_string_free (out, FALSE);
}

static gboolean
bad_json (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The frozen figures of the report are damaged. Withdraw the submission and submit the report again."));
  return FALSE;
}

static gboolean
append_members (JsonObject *object,
                GPtrArray  *list,
                GError    **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (object, l->data);
      if (!JSON_NODE_HOLDS_VALUE (node) ||
          (json_node_get_value_type (node) != G_TYPE_INT64 &&
           json_node_get_value_type (node) != G_TYPE_DOUBLE))
        return bad_json (error);
      g_ptr_array_add (list, sc_figure_new (l->data, json_node_get_double (node)));
    }
  return TRUE;
}

static JsonObject *
root_object (JsonParser *parser,
             const char *json)
{
  JsonNode *root;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_node_get_object (root);
}

static GPtrArray *
list_from_root (JsonObject  *root,
                GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_figure_free);
  JsonNode *figures = root != NULL ? json_object_get_member (root, "figures") : NULL;

  if (figures == NULL || !JSON_NODE_HOLDS_OBJECT (figures))
    {
      bad_json (error);
      return NULL;
    }
  if (!append_members (json_node_get_object (figures), list, error))
    return NULL;
  return g_steal_pointer (&list);
}

GPtrArray *
sc_report_figures_list_from_json (const char  *json,
                                  GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  return list_from_root (root_object (parser, json), error);
}

/* The figures of a submitted report, and the norms they were counted
 * with, replace the computed ones; the group, chat and teacher rows stay. */
gboolean
sc_report_figures_apply_frozen (ScReportFigures  *figures,
                                const char       *json,
                                GError          **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = root_object (parser, json);
  GPtrArray *list = list_from_root (root, error);

  g_return_val_if_fail (figures != NULL, FALSE);
  if (list == NULL)
    return FALSE;
  g_ptr_array_unref (figures->figures);
  figures->figures = list;
  figures->frozen = TRUE;
  figures->norm_messages = json_object_get_int_member_with_default (root, "norm_messages",
                                                                    figures->norm_messages);
  figures->norm_calls = json_object_get_int_member_with_default (root, "norm_calls",
                                                                 figures->norm_calls);
  return TRUE;
}

static const ScFigure *
find_in_list (GPtrArray  *list,
              const char *code)
{
  for (guint i = 0; i < list->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (list, i);
      if (g_strcmp0 (figure->code, code) == 0)
        return figure;
    }
  return NULL;
}

GStrv
sc_report_figures_diff (GPtrArray *before,
                        GPtrArray *after)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (before != NULL && after != NULL, NULL);
  for (guint i = 0; i < before->len; i++)
    {
      const ScFigure *a = g_ptr_array_index (before, i);
      const ScFigure *b = find_in_list (after, a->code);
      if (b == NULL || fabs (a->value - b->value) > 1e-6)
        g_strv_builder_add (builder, a->code);
    }
  for (guint i = 0; i < after->len; i++)
    {
      const ScFigure *b = g_ptr_array_index (after, i);
      if (find_in_list (before, b->code) == NULL)
        g_strv_builder_add (builder, b->code);
    }
  return g_strv_builder_end (builder);
}

GStrv
sc_report_figures_diff_frozen (GPtrArray *frozen,
                               GPtrArray *now)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (frozen != NULL && now != NULL, NULL);
  for (guint i = 0; i < frozen->len; i++)
    {
      const ScFigure *a = g_ptr_array_index (frozen, i);
      const ScFigure *b = find_in_list (now, a->code);
      if (b == NULL || fabs (a->value - b->value) > 1e-6)
        g_strv_builder_add (builder, a->code);
    }
  return g_strv_builder_end (builder);
}

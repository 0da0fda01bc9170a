/* sc-activity-import-stored.c — which of a activity file's rows are stored already, and
 * with what counts; nothing here writes to the database
 *
 * One query per teacher in the file, over the span of weeks the file gives
 * for them (the primary key's order), instead of one per row: a year of a
 * large college's counts is 104 000 rows but 2 000 teachers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <string.h>

#include "sc-i18n.h"
#include "sc-activity-import-private.h"

static const char teacher_weeks_sql[] =
  "SELECT week_monday, messages, calls FROM usage_week"
  " WHERE person_id = ?1 AND week_monday BETWEEN ?2 AND ?3";

/* The weeks a teacher's rows to be added cover. */
typedef struct
{
  const char *first;
  const char *last;
} WeekSpan;

const char *
sc_activity_import_week_key (ScActivityImport *plan,
                        gint64       person_id,
                        const char  *monday)
{
  char digits[24];
  guint n = 0;
  guint64 rest = (guint64)person_id;

  /* By hand: this runs for every row and every stored week read. */
  do
    digits[n++] = '0' + rest % 10;
  while ((rest /= 10) != 0 && n < sizeof digits);
  g_string_truncate (plan->scratch, 0);
  while (n > 0)
    g_string_append_c (plan->scratch, digits[--n]);
  g_string_append_c (plan->scratch, ' ');
  g_string_append (plan->scratch, monday);
  return plan->scratch->str;
}

static const char *
keep (ScActivityImport *plan,
      const char  *text)
{
  return g_string_chunk_insert_const (plan->strings, text);
}

static void
describe_change (ScActivityImport *plan,
                 ScActivityImportRow  *row,
                 int          messages,
                 int          calls)
{
  GString *text = g_string_new (NULL);

  if (messages != row->messages)
    g_string_append_printf (text, _("messages %d → %d"), messages, row->messages);
  if (calls != row->calls)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, _("calls %d → %d"), calls, row->calls);
    }
  row->message = keep (plan, text->str);
  g_string_free (text, TRUE);
}

/* A stored week of @person_id, as the statement's current row. */
static void
resolve_week (ScActivityImport  *plan,
              gint64        person_id,
              sqlite3_stmt *stmt)
{
  const char *monday = (const char *)sqlite3_column_text (stmt, 0);
  int messages = sqlite3_column_int (stmt, 1);
  int calls = sqlite3_column_int (stmt, 2);
  gpointer index = g_hash_table_lookup (plan->seen, sc_activity_import_week_key (plan, person_id, monday));
  ScActivityImportRow *row;

  if (index == NULL)
    return;
  row = &g_array_index (plan->rows, ScActivityImportRow, GPOINTER_TO_UINT (index) - 1);
  if (row->outcome != SC_IMPORT_ROW_ADDED)
    return;
  if (messages == row->messages && calls == row->calls)
    row->outcome = SC_IMPORT_ROW_UNCHANGED;
  else
    {
      row->outcome = SC_IMPORT_ROW_UPDATED;
      describe_change (plan, row, messages, calls);
    }
}

static gboolean
resolve_teacher (ScActivityImport    *plan,
                 ScDatabase     *db,
                 gint64          person_id,
                 const WeekSpan *span,
                 GError        **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, teacher_weeks_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, span->first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, span->last, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    resolve_week (plan, person_id, stmt);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || sc_database_set_error (db, rc, error);
}

/* person_id (a pointer to a row's) → WeekSpan of its rows to be added. */
static GHashTable *
collect_spans (ScActivityImport *plan)
{
  GHashTable *spans = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);

  for (guint i = 0; i < plan->rows->len; i++)
    {
      ScActivityImportRow *row = &g_array_index (plan->rows, ScActivityImportRow, i);
      WeekSpan *span;

      if (row->outcome != SC_IMPORT_ROW_ADDED)
        continue;
      span = g_hash_table_lookup (spans, &row->person_id);
      if (span == NULL)
        {
          span = g_new (WeekSpan, 1);
          span->first = span->last = row->week_monday;
          g_hash_table_insert (spans, &row->person_id, span);
        }
      if (strcmp (row->week_monday, span->first) < 0)
        span->first = row->week_monday;
      if (strcmp (row->week_monday, span->last) > 0)
        span->last = row->week_monday;
    }
  return spans;
}

gboolean
sc_activity_import_resolve_stored (ScActivityImport      *plan,
                              ScDatabase       *db,
                              ScImportProgress *progress,
                              GCancellable     *cancellable,
                              GError          **error)
{
  g_autoptr(GHashTable) spans = collect_spans (plan);
  guint n = g_hash_table_size (spans), done = 0;
  GHashTableIter iter;
  gpointer person_id, span;

  g_hash_table_iter_init (&iter, spans);
  while (g_hash_table_iter_next (&iter, &person_id, &span))
    {
      if (!sc_import_progress_check (progress, n + done++, 2 * n, cancellable, error) ||
          !resolve_teacher (plan, db, *(gint64 *)person_id, span, error))
        return FALSE;
    }
  return TRUE;
}

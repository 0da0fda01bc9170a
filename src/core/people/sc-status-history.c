/* sc-status-history.c — a person's status events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people"

#include "config.h"

#include <string.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-status-history.h"
#include "sc-status-rule.h"

/* The order of sc-status-rule.h: the first row is the one in force. */
static const char load_sql[] =
  "SELECT e.id, e.person_id, e.status, e.on_date, e.reason, e.source, e.import_id,"
  "       i.file_name, e.recorded_at, e.reason_code, e.channel, " SC_SQL_PLATFORM_ON ("e.on_date")
  "  FROM status_event e LEFT JOIN people_import i ON i.id = e.import_id"
  " WHERE e.person_id = ?1 ORDER BY e.on_date DESC, e.id DESC";

static const char one_sql[] =
  "SELECT e.id, e.person_id, e.status, e.on_date, e.reason, e.source, e.import_id,"
  "       i.file_name, e.recorded_at, e.reason_code, e.channel, " SC_SQL_PLATFORM_ON ("e.on_date")
  "  FROM status_event e LEFT JOIN people_import i ON i.id = e.import_id"
  " WHERE e.id = ?1";

static const char delete_sql[] =
  "DELETE FROM status_event WHERE id = ?1";

static const char id_free_sql[] =
  "SELECT NOT EXISTS (SELECT 1 FROM status_event WHERE id = ?1)";

static const char restore_sql[] =
  "INSERT INTO status_event (id, person_id, status, on_date, reason, source, import_id,"
  "  recorded_at, reason_code, channel) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

ScStatusEvent *
sc_status_event_copy (const ScStatusEvent *event)
{
  ScStatusEvent *copy = g_memdup2 (event, sizeof *event);

  copy->on_date = g_strdup (event->on_date);
  copy->reason = g_strdup (event->reason);
  copy->source = g_strdup (event->source);
  copy->file_name = g_strdup (event->file_name);
  copy->recorded_at = g_strdup (event->recorded_at);
  return copy;
}

void
sc_status_event_free (ScStatusEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->on_date);
  g_free (event->reason);
  g_free (event->source);
  g_free (event->file_name);
  g_free (event->recorded_at);
  g_free (event);
}

gboolean
sc_status_event_is_by_hand (const ScStatusEvent *event)
{
  return g_strcmp0 (event->source, "import") != 0;
}

char *
sc_status_event_describe_source (const ScStatusEvent *event)
{
  g_return_val_if_fail (event != NULL, NULL);
  if (sc_status_event_is_by_hand (event))
    return g_strdup (_("entered by hand"));
  if (event->file_name != NULL && *event->file_name != '\0')
    /* Translators: where a status came from: «из файла «ноябрь.csv»». */
    return g_strdup_printf (_("from the file «%s»"), event->file_name);
  return g_strdup (_("from an imported list"));
}

char *
sc_status_event_format_recorded (const ScStatusEvent *event)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (event != NULL, NULL);
  iso = g_strconcat (event->recorded_at ? event->recorded_at : "", "Z", NULL);
  utc = g_date_time_new_from_iso8601 (iso, NULL);
  if (utc == NULL)
    return g_strdup (event->recorded_at ? event->recorded_at : "");
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%d.%m.%Y %H:%M");
}

static ScStatusEvent *
event_from_row (sqlite3_stmt *stmt)
{
  ScStatusEvent *event = g_new0 (ScStatusEvent, 1);

  event->id = sqlite3_column_int64 (stmt, 0);
  event->person_id = sqlite3_column_int64 (stmt, 1);
  if (!sc_status_from_code ((const char *)sqlite3_column_text (stmt, 2), &event->status))
    event->status = SC_STATUS_NOT_INVITED;
  event->on_date = sc_database_column_dup (stmt, 3);
  event->reason = sc_database_column_dup (stmt, 4);
  event->source = sc_database_column_dup (stmt, 5);
  event->import_id = sqlite3_column_int64 (stmt, 6);
  event->file_name = sc_database_column_dup_or_null (stmt, 7);
  event->recorded_at = sc_database_column_dup (stmt, 8);
  sc_decline_reason_from_code ((const char *)sqlite3_column_text (stmt, 9), &event->reason_code);
  sc_channel_from_code ((const char *)sqlite3_column_text (stmt, 10), &event->channel);
  sc_platform_from_string ((const char *)sqlite3_column_text (stmt, 11), &event->platform);
  return event;
}

static GPtrArray *
query_events (ScDatabase *db,
              const char *sql,
              gint64      id,
              GError    **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_status_event_free);
  sqlite3_stmt *stmt = sc_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (events, event_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&events);
}

GPtrArray *
sc_status_history_load (ScDatabase *db,
                        gint64      person_id,
                        GError    **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  return query_events (db, load_sql, person_id, error);
}

/* The rule of sc-status-rule.h: the latest event dated from the start of
 * the platform in force on @on_date to @on_date. */
const ScStatusEvent *
sc_status_history_on (GPtrArray  *events,
                      GPtrArray  *platforms,
                      const char *on_date)
{
  const char *start;

  g_return_val_if_fail (events != NULL && on_date != NULL, NULL);
  start = platforms ? sc_platform_history_switch_on (platforms, on_date) : NULL;
  for (guint i = 0; i < events->len; i++)
    {
      const ScStatusEvent *event = g_ptr_array_index (events, i);
      if (strcmp (event->on_date, on_date) <= 0)
        return start == NULL || strcmp (event->on_date, start) >= 0 ? event : NULL;
    }
  return NULL;
}

char *
sc_status_event_describe_decline (const ScStatusEvent *event)
{
  g_return_val_if_fail (event != NULL, NULL);
  return sc_describe_decline (event->status, event->reason_code, event->reason, event->channel);
}

const ScStatusEvent *
sc_status_history_overruled (GPtrArray            *events,
                             GPtrArray            *platforms,
                             const char           *on_date,
                             const ScStatusEvent **current)
{
  const ScStatusEvent *last = NULL;

  g_return_val_if_fail (events != NULL && current != NULL, NULL);
  *current = sc_status_history_on (events, platforms, on_date);
  for (guint i = 0; i < events->len; i++)
    {
      const ScStatusEvent *event = g_ptr_array_index (events, i);
      if (last == NULL || event->id > last->id)
        last = event;
    }
  if (last == NULL || *current == NULL || strcmp ((*current)->on_date, last->on_date) <= 0)
    return NULL;
  return last;
}

static gboolean
run_in_transaction (ScDatabase *db,
                    gboolean  (*step) (ScDatabase *, gconstpointer, GError **),
                    gconstpointer data,
                    GError    **error)
{
  if (!sc_database_begin (db, error))
    return FALSE;
  if (!step (db, data, error) || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  sc_database_emit_changed (db, "people");
  return TRUE;
}

static gboolean
delete_event (ScDatabase    *db,
              gconstpointer  data,
              GError       **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, delete_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *(const gint64 *)data);
  return sc_database_step_done (db, stmt, error);
}

gboolean
sc_status_history_remove (ScDatabase     *db,
                          gint64          event_id,
                          ScStatusEvent **removed,
                          GError        **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  found = query_events (db, one_sql, event_id, error);
  if (found == NULL)
    return FALSE;
  if (found->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("This status entry no longer exists: the list was changed meanwhile."));
      return FALSE;
    }
  if (!run_in_transaction (db, delete_event, &event_id, error))
    return FALSE;
  if (removed != NULL)
    *removed = g_ptr_array_steal_index (found, 0);
  return TRUE;
}

static gboolean
id_is_free (ScDatabase *db,
            gint64      id,
            gboolean   *is_free,
            GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, id_free_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  *is_free = rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || sc_database_set_error (db, rc, error);
}

static gboolean
insert_event (ScDatabase    *db,
              gconstpointer  data,
              GError       **error)
{
  const ScStatusEvent *event = data;
  sqlite3_stmt *stmt;
  gboolean is_free;

  if (!id_is_free (db, event->id, &is_free, error) ||
      (stmt = sc_database_prepare (db, restore_sql, error)) == NULL)
    return FALSE;
  /* Taken meanwhile: a new id, which puts it after the events of its date. */
  if (is_free)
    sqlite3_bind_int64 (stmt, 1, event->id);
  sqlite3_bind_int64 (stmt, 2, event->person_id);
  sqlite3_bind_text (stmt, 3, sc_status_to_code (event->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, event->on_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, event->reason ? event->reason : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, event->source ? event->source : "manual", -1, SQLITE_TRANSIENT);
  if (event->import_id > 0)
    sqlite3_bind_int64 (stmt, 7, event->import_id);
  sqlite3_bind_text (stmt, 8, event->recorded_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, sc_decline_reason_to_code (event->reason_code), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, sc_channel_to_code (event->channel), -1, SQLITE_STATIC);
  return sc_database_step_done (db, stmt, error);
}

gboolean
sc_status_history_restore (ScDatabase          *db,
                           const ScStatusEvent *event,
                           GError             **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (event != NULL, FALSE);
  return run_in_transaction (db, insert_event, event, error);
}

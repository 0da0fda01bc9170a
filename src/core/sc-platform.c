/* sc-platform.c — the messenger platform «Сферум» lives in, and its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-platform"

#include "config.h"

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-platform.h"
#include "sc-status-rule.h"

static const char *const platform_codes[] = { "vk", "max" };

const char *
sc_platform_to_string (ScPlatform platform)
{
  return platform == SC_PLATFORM_MAX ? "max" : "vk";
}

gboolean
sc_platform_from_string (const char *text,
                         ScPlatform *platform)
{
  for (guint i = 0; i < G_N_ELEMENTS (platform_codes); i++)
    if (g_strcmp0 (text, platform_codes[i]) == 0)
      {
        *platform = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sc_platform_get_label (ScPlatform platform)
{
  return platform == SC_PLATFORM_MAX ? _("MAX") : _("VK Messenger (Sferum)");
}

void
sc_platform_entry_free (ScPlatformEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->from_date);
  g_free (entry);
}

/* ---- reading ------------------------------------------------------------- */

GPtrArray *
sc_platform_history_load (ScDatabase *db,
                          GError    **error)
{
  g_autoptr(GPtrArray) history = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_platform_entry_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  stmt = sc_database_prepare (db,
      "SELECT platform, from_date FROM platform_history"
      " ORDER BY from_date IS NOT NULL, from_date, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScPlatformEntry *entry = g_new0 (ScPlatformEntry, 1);

      sc_platform_from_string ((const char *)sqlite3_column_text (stmt, 0), &entry->platform);
      entry->from_date = sc_database_column_dup_or_null (stmt, 1);
      g_ptr_array_add (history, entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&history);
}

/* The entry in force on @date; NULL only for an empty history. */
static const ScPlatformEntry *
entry_on (GPtrArray  *history,
          const char *date)
{
  const ScPlatformEntry *found = NULL;

  for (guint i = 0; history != NULL && i < history->len; i++)
    {
      const ScPlatformEntry *entry = g_ptr_array_index (history, i);

      if (found == NULL || entry->from_date == NULL ||
          (date != NULL && g_strcmp0 (entry->from_date, date) <= 0))
        found = entry;
    }
  return found;
}

/* A file always has its first entry (migration 8); without one, a
 * college is on the platform a new one starts on. */
ScPlatform
sc_platform_history_on (GPtrArray  *history,
                        const char *date)
{
  const ScPlatformEntry *entry = entry_on (history, date);

  return entry != NULL ? entry->platform : SC_PLATFORM_MAX;
}

const char *
sc_platform_history_switch_on (GPtrArray  *history,
                               const char *date)
{
  const ScPlatformEntry *entry = entry_on (history, date);

  return entry != NULL ? entry->from_date : NULL;
}

const ScPlatformEntry *
sc_platform_history_last_switch (GPtrArray *history)
{
  const ScPlatformEntry *last;

  g_return_val_if_fail (history != NULL, NULL);
  if (history->len == 0)
    return NULL;
  last = g_ptr_array_index (history, history->len - 1);
  return last->from_date != NULL ? last : NULL;
}

char *
sc_platform_history_describe (GPtrArray *history)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (history != NULL, NULL);
  for (guint i = 0; i < history->len; i++)
    {
      const ScPlatformEntry *entry = g_ptr_array_index (history, i);
      g_autofree char *date = entry->from_date ? sc_date_format_short (entry->from_date) : NULL;

      if (out->len > 0)
        g_string_append (out, " · ");
      if (date == NULL)
        g_string_append (out, sc_platform_get_label (entry->platform));
      else
        /* Translators: «Переход на MAX с 01.12.2023» */
        g_string_append_printf (out, _("Move to %s from %s"),
                                sc_platform_get_label (entry->platform), date);
    }
  if (out->len == 0)
    g_string_append (out, sc_platform_get_label (SC_PLATFORM_MAX));
  return g_string_free (out, FALSE);
}

gboolean
sc_platform_on (ScDatabase *db,
                const char *date,
                ScPlatform *platform,
                GError    **error)
{
  g_autoptr(GPtrArray) history = sc_platform_history_load (db, error);

  if (history == NULL)
    return FALSE;
  *platform = sc_platform_history_on (history, date);
  return TRUE;
}

gboolean
sc_platform_count_chats (ScDatabase *db,
                         ScPlatform  platform,
                         guint      *n_created,
                         GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  stmt = sc_database_prepare (db,
      "SELECT count (*) FROM chat WHERE platform = ?1 AND status = 'created'", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sc_platform_to_string (platform), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  *n_created = rc == SQLITE_ROW ? (guint)sqlite3_column_int (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || sc_database_set_error (db, rc, error);
}

/* ---- writing ------------------------------------------------------------- */

static gboolean
refuse (GError    **error,
        const char *message)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, message);
  return FALSE;
}

static void
emit_changed (ScDatabase *db)
{
  sc_database_emit_changed (db, "organization");
  sc_database_emit_changed (db, "people");
  sc_database_emit_changed (db, "chats");
  sc_database_emit_changed (db, "reports");
}

/* Chats of @from (all of them, or only the planned ones, not yet made)
 * go to @to; on MAX, the kinds the platform makes itself are marked so. */
static gboolean
move_chats (ScDatabase *db,
            ScPlatform  from,
            ScPlatform  to,
            gboolean    planned_only,
            GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "UPDATE chat SET platform = ?2,"
      " origin = CASE WHEN ?2 = 'max' AND kind IN ('group', 'parents', 'staff')"
      "   THEN 'platform' ELSE 'manual' END"
      " WHERE platform = ?1 AND (?3 = 0 OR status = 'planned')", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sc_platform_to_string (from), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, sc_platform_to_string (to), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, planned_only);
  return sc_database_step_done (db, stmt, error);
}

/* Without a switch, every chat is the first platform's: they follow it. */
static gboolean
write_first (ScDatabase *db,
             GPtrArray  *history,
             ScPlatform  platform,
             GError    **error)
{
  sqlite3_stmt *stmt;

  if (history->len > 0)
    {
      ScPlatform old = ((ScPlatformEntry *)g_ptr_array_index (history, 0))->platform;

      stmt = sc_database_prepare (db,
          "UPDATE platform_history SET platform = ?1 WHERE from_date IS NULL", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, sc_platform_to_string (platform), -1, SQLITE_STATIC);
      return sc_database_step_done (db, stmt, error) &&
             (history->len > 1 || old == platform || move_chats (db, old, platform, FALSE, error));
    }
  stmt = sc_database_prepare (db,
      "INSERT INTO platform_history (platform, from_date) VALUES (?1, NULL)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sc_platform_to_string (platform), -1, SQLITE_STATIC);
  return sc_database_step_done (db, stmt, error);
}


/* The chats made on the platform left behind go to the archive on the
 * day of the switch, with their history; their template keys make room
 * for the new platform's chats ("group:5" becomes "vk:group:5"). */
static gboolean
archive_chats (ScDatabase *db,
               ScPlatform  from,
               const char *on_date,
               guint      *n_archived,
               GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "UPDATE chat SET status = 'archived', archived_on = ?2,"
      " template_key = CASE WHEN template_key IS NULL THEN NULL"
      "   ELSE platform || ':' || template_key END"
      " WHERE platform = ?1 AND status = 'created'", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sc_platform_to_string (from), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, on_date, -1, SQLITE_TRANSIENT);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  *n_archived = sqlite3_changes (sc_database_get_handle (db));
  return TRUE;
}

static gboolean
insert_switch (ScDatabase *db,
               ScPlatform  platform,
               const char *from_date,
               GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT INTO platform_history (platform, from_date) VALUES (?1, ?2)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sc_platform_to_string (platform), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, from_date, -1, SQLITE_TRANSIENT);
  return sc_database_step_done (db, stmt, error);
}

/* The switch happened on another day than recorded: the entry and the
 * archiving it did move together. */
static gboolean
move_switch (ScDatabase            *db,
             const ScPlatformEntry *last,
             ScPlatform             left,
             const char            *from_date,
             GError               **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "UPDATE chat SET archived_on = ?3 WHERE platform = ?1 AND status = 'archived'"
      " AND archived_on = ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sc_platform_to_string (left), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, last->from_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, from_date, -1, SQLITE_TRANSIENT);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  stmt = sc_database_prepare (db,
      "UPDATE platform_history SET from_date = ?2 WHERE from_date = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, last->from_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, from_date, -1, SQLITE_TRANSIENT);
  return sc_database_step_done (db, stmt, error);
}

static gboolean
check_switch (GPtrArray   *history,
              ScPlatform   platform,
              const char  *from_date,
              gboolean    *move,
              GError     **error)
{
  const ScPlatformEntry *last = sc_platform_history_last_switch (history);
  const ScPlatformEntry *before = history->len >= 2 ? g_ptr_array_index (history, history->len - 2) : NULL;

  *move = last != NULL && last->platform == platform;
  if (*move && before != NULL && before->from_date != NULL &&
      g_strcmp0 (before->from_date, from_date) >= 0)
    return refuse (error, _("The switch cannot move before the one recorded earlier. Check the date."));
  if (!*move && last != NULL && g_strcmp0 (last->from_date, from_date) >= 0)
    return refuse (error, _("A later change of platform is recorded already. Check the date."));
  if (!*move && sc_platform_history_on (history, from_date) == platform)
    return refuse (error, platform == SC_PLATFORM_MAX
                          ? _("The college is on MAX already on that date.")
                          : _("The college is on VK Messenger already on that date."));
  return TRUE;
}

/* The students of a group the platform moved: joined on the new platform
 * from the day of the switch (?1), unless already joined or declined there. */
static gboolean
mark_group_moved (ScDatabase *db,
                  const char *on_date,
                  gint64      group_id,
                  guint      *n_marked,
                  GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT INTO status_event (person_id, status, on_date, source)"
      " SELECT p.id, 'joined', ?1, 'manual' FROM person p"
      " WHERE p.category = 'student' AND " SC_SQL_ACTIVE_ON ("p", "?1")
      " AND " SC_SQL_GROUP_ON ("p", "?1") " = ?2"
      " AND " SC_SQL_STATUS_ON ("p.id", "?1") " NOT IN ('joined', 'declined')"
      " ORDER BY p.id", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, on_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, group_id);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  *n_marked += sqlite3_changes (sc_database_get_handle (db));
  return TRUE;
}

static gboolean
record_switch (ScDatabase             *db,
               ScPlatform              platform,
               const char             *from_date,
               ScPlatformSwitchResult *result,
               GError                **error)
{
  g_autoptr(GPtrArray) history = sc_platform_history_load (db, error);
  gboolean move = FALSE;
  ScPlatform left;

  if (history == NULL || !check_switch (history, platform, from_date, &move, error))
    return FALSE;
  if (move)
    {
      const ScPlatformEntry *last = sc_platform_history_last_switch (history);
      left = ((ScPlatformEntry *)g_ptr_array_index (history, history->len - 2))->platform;
      return move_switch (db, last, left, from_date, error);
    }
  left = sc_platform_history_on (history, from_date);
  return insert_switch (db, platform, from_date, error) &&
         archive_chats (db, left, from_date, &result->n_archived, error) &&
         move_chats (db, left, platform, TRUE, error);
}

gboolean
sc_platform_switch (ScDatabase             *db,
                    ScPlatform              platform,
                    const char             *from_date,
                    const gint64           *group_ids,
                    guint                   n_groups,
                    ScPlatformSwitchResult *result,
                    GError                **error)
{
  ScPlatformSwitchResult done = { 0 };
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if (!sc_date_is_valid_iso (from_date))
    return refuse (error, _("Enter the date of the switch as DD.MM.YYYY."));
  if (!sc_database_begin (db, error))
    return FALSE;
  ok = record_switch (db, platform, from_date, &done, error);
  for (guint i = 0; ok && i < n_groups; i++)
    ok = mark_group_moved (db, from_date, group_ids[i], &done.n_marked, error);
  if (!ok || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  if (result != NULL)
    *result = done;
  emit_changed (db);
  return TRUE;
}

gboolean
sc_platform_set_first (ScDatabase *db,
                       ScPlatform  platform,
                       GError    **error)
{
  g_autoptr(GPtrArray) history = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if ((history = sc_platform_history_load (db, error)) == NULL)
    return FALSE;
  if (history->len >= 2 && ((ScPlatformEntry *)g_ptr_array_index (history, 1))->platform == platform)
    return refuse (error, _("A move to that platform is recorded later: the college cannot have started on it."));
  if (!sc_database_begin (db, error))
    return FALSE;
  if (!write_first (db, history, platform, error) || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  emit_changed (db);
  return TRUE;
}

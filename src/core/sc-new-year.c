/* sc-new-year.c — «Новый учебный год…» in one transaction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-new-year"

#include "config.h"

#include "sc-academic-year.h"
#include "sc-chat-members.h"
#include "sc-chat-template.h"
#include "sc-date.h"
#include "sc-new-year.h"
#include "sc-status-rule.h"

struct _ScNewYear
{
  GObject    parent_instance;

  ScImport  *import;
  char      *start_on;
  char      *target_on;
  char      *day;
  GPtrArray *emptied;    /* ScNewYearGroup */
  GPtrArray *old_chats;  /* ScNewYearChat */
  GPtrArray *new_chats;  /* ScChatTemplateItem */
};

G_DEFINE_FINAL_TYPE (ScNewYear, sc_new_year, G_TYPE_OBJECT)

/* Active students per group on ?1 (D), by the status rule. */
#define SQL_GROUP_COUNTS \
  "SELECT g.id, g.code, count (*) FROM study_group g JOIN person p ON p.group_id = g.id" \
  " WHERE p.category = 'student' AND " SC_SQL_ACTIVE_ON ("p", "?1") \
  " GROUP BY g.id"

/* The group and parents' chats, planned or created, of groups with no
 * active student on ?1. */
#define SQL_OLD_CHATS \
  "SELECT c.id, c.title, g.code, c.status FROM chat c JOIN study_group g ON g.id = c.group_id" \
  " WHERE c.kind IN ('group', 'parents') AND c.status IN ('planned', 'created')" \
  "  AND NOT EXISTS (SELECT 1 FROM person p WHERE p.group_id = g.id" \
  "   AND p.category = 'student' AND " SC_SQL_ACTIVE_ON ("p", "?1") ")" \
  " ORDER BY g.code COLLATE sc_ru, c.kind = 'parents', c.id"

static void
group_free (ScNewYearGroup *group)
{
  g_free (group->code);
  g_free (group);
}

static void
chat_free (ScNewYearChat *chat)
{
  g_free (chat->title);
  g_free (chat->group_code);
  g_free (chat);
}

static void
clear_plan (ScNewYear *self)
{
  g_ptr_array_set_size (self->emptied, 0);
  g_ptr_array_set_size (self->old_chats, 0);
  g_clear_pointer (&self->new_chats, g_ptr_array_unref);
  self->new_chats = g_ptr_array_new ();
}

/* Group id → ScNewYearGroup with the count as students_before. */
static GHashTable *
count_students (ScDatabase  *db,
                const char  *day,
                GError     **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        (GDestroyNotify)group_free);
  sqlite3_stmt *stmt = sc_database_prepare (db, SQL_GROUP_COUNTS, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScNewYearGroup *group = g_new0 (ScNewYearGroup, 1);

      group->code = sc_database_column_dup (stmt, 1);
      group->students_before = sqlite3_column_int (stmt, 2);
      g_hash_table_insert (counts, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) }, sizeof (gint64)),
                           group);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&counts);
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  const ScNewYearGroup *x = *(ScNewYearGroup * const *)a;
  const ScNewYearGroup *y = *(ScNewYearGroup * const *)b;

  return g_utf8_collate (x->code, y->code);
}

/* The groups that had students before the list and have none after. */
static gboolean
find_emptied (ScNewYear   *self,
              ScDatabase  *db,
              GHashTable  *before,
              GError     **error)
{
  g_autoptr(GHashTable) after = count_students (db, self->day, error);
  GHashTableIter iter;
  gpointer id, group;

  if (after == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &id, &group))
    if (!g_hash_table_contains (after, id))
      {
        g_hash_table_iter_steal (&iter);
        g_free (id);
        g_ptr_array_add (self->emptied, group);
      }
  g_ptr_array_sort (self->emptied, compare_codes);
  return TRUE;
}

static gboolean
find_old_chats (ScNewYear   *self,
                ScDatabase  *db,
                GError     **error)
{
  sqlite3_stmt *stmt = sc_chat_members_prepare (db, SQL_OLD_CHATS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->day, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScNewYearChat *chat = g_new0 (ScNewYearChat, 1);

      chat->id = sqlite3_column_int64 (stmt, 0);
      chat->title = sc_database_column_dup (stmt, 1);
      chat->group_code = sc_database_column_dup (stmt, 2);
      sc_chat_status_from_code ((const char *)sqlite3_column_text (stmt, 3), &chat->status);
      g_ptr_array_add (self->old_chats, chat);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

static gboolean
run_sql (ScDatabase  *db,
         const char  *sql,
         gint64       id,
         const char  *date,
         GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (date != NULL)
    sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  return sc_database_step_done (db, stmt, error);
}

/* A created chat goes to the archive with its members and its dates; a
 * planned one is removed, its sub-chats moved up to its parent. */
static gboolean
retire_chat (ScDatabase          *db,
             const ScNewYearChat *chat,
             const char          *on_date,
             GError             **error)
{
  if (chat->status == SC_CHAT_STATUS_CREATED)
    return run_sql (db, "UPDATE chat SET status = 'archived', archived_on = ?2 WHERE id = ?1",
                    chat->id, on_date, error);
  return run_sql (db, "UPDATE chat SET parent_id = (SELECT parent_id FROM chat WHERE id = ?1)"
                  " WHERE parent_id = ?1", chat->id, NULL, error) &&
         run_sql (db, "DELETE FROM chat WHERE id = ?1", chat->id, NULL, error);
}

static gboolean
retire_chats (ScNewYear   *self,
              ScDatabase  *db,
              GError     **error)
{
  const char *list_day = sc_import_get_today (self->import);

  for (guint i = 0; i < self->old_chats->len; i++)
    if (!retire_chat (db, g_ptr_array_index (self->old_chats, i), list_day, error))
      return FALSE;
  return TRUE;
}

/* A college that keeps parents' chats gets them for its new groups too. */
static gboolean
keeps_parents_chats (ScDatabase  *db,
                     gboolean    *keeps,
                     GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT EXISTS (SELECT 1 FROM chat WHERE kind = 'parents' AND status != 'archived')", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  *keeps = rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

static gboolean
plan_new_chats (ScNewYear   *self,
                ScDatabase  *db,
                gboolean     parents,
                GError     **error)
{
  ScChatTemplateOptions options;
  GPtrArray *added;

  sc_chat_template_options_init (&options);
  options.staff = FALSE;
  options.administration = FALSE;
  options.parents = parents;
  added = sc_chat_template_apply_within (db, &options, self->day, error);
  if (added == NULL)
    return FALSE;
  g_ptr_array_unref (self->new_chats);
  self->new_chats = added;
  return TRUE;
}

static gint64
last_import_id (ScDatabase *db)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, "SELECT coalesce (max (id), 0) FROM people_import", NULL);
  gint64 id = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return id;
}

/* Every step, inside the caller's write transaction. */
static gboolean
run_steps (ScNewYear     *self,
           ScDatabase    *db,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GHashTable) before = NULL;
  gint64 import_before, import_id;
  gboolean parents = FALSE;

  clear_plan (self);
  import_before = last_import_id (db);
  /* Asked before the old chats go to the archive: the college's habit. */
  if (!keeps_parents_chats (db, &parents, error) ||
      (before = count_students (db, self->day, error)) == NULL ||
      !sc_import_write_within (self->import, db, cancellable, error) ||
      !find_emptied (self, db, before, error) ||
      !find_old_chats (self, db, error) ||
      !retire_chats (self, db, error) ||
      !plan_new_chats (self, db, parents, error))
    return FALSE;
  import_id = last_import_id (db);
  return sc_academic_year_record_start (db, self->start_on, self->target_on,
                                        sc_import_get_today (self->import),
                                        import_id > import_before ? import_id : 0, error);
}

gboolean
sc_new_year_plan (ScNewYear     *self,
                  ScDatabase    *db,
                  GCancellable  *cancellable,
                  GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (SC_IS_NEW_YEAR (self) && SC_IS_DATABASE (db), FALSE);

  if (!sc_database_begin (db, error))
    return FALSE;
  ok = run_steps (self, db, cancellable, error);
  sc_database_rollback (db);
  return ok;
}

gboolean
sc_new_year_commit (ScNewYear           *self,
                    ScDatabase          *db,
                    ScDatabaseSnapshot **undo,
                    GCancellable        *cancellable,
                    GError             **error)
{
  g_autoptr(ScDatabaseSnapshot) before = NULL;

  g_return_val_if_fail (SC_IS_NEW_YEAR (self) && SC_IS_DATABASE (db), FALSE);

  /* The copy is taken inside the transaction, so no other write falls in
   * between: SQLite copies no page out of a connection that is writing,
   * so the transaction starts as a read (a snapshot of the file) and
   * becomes a write with the first step — refused, and rolled back, when
   * another connection wrote in between. */
  if (!(undo != NULL ? sc_database_exec (db, "BEGIN DEFERRED; SELECT count (*) FROM sqlite_schema", error)
                     : sc_database_begin (db, error)))
    return FALSE;
  if ((undo != NULL && (before = sc_database_snapshot_take (db, error)) == NULL) ||
      !run_steps (self, db, cancellable, error) ||
      !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}

void
sc_new_year_emit_changed (ScNewYear  *self,
                          ScDatabase *db)
{
  g_return_if_fail (SC_IS_NEW_YEAR (self) && SC_IS_DATABASE (db));

  sc_import_emit_changed (self->import, db);
  sc_database_emit_changed (db, "chats");
  sc_database_emit_changed (db, "organization");
}

/* ---- the object ------------------------------------------------------------ */

static void
sc_new_year_finalize (GObject *object)
{
  ScNewYear *self = SC_NEW_YEAR (object);

  g_clear_object (&self->import);
  g_free (self->start_on);
  g_free (self->target_on);
  g_free (self->day);
  g_ptr_array_unref (self->emptied);
  g_ptr_array_unref (self->old_chats);
  g_clear_pointer (&self->new_chats, g_ptr_array_unref);
  G_OBJECT_CLASS (sc_new_year_parent_class)->finalize (object);
}

static void
sc_new_year_class_init (ScNewYearClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_new_year_finalize;
}

static void
sc_new_year_init (ScNewYear *self)
{
  self->emptied = g_ptr_array_new_with_free_func ((GDestroyNotify)group_free);
  self->old_chats = g_ptr_array_new_with_free_func ((GDestroyNotify)chat_free);
  self->new_chats = g_ptr_array_new ();
}

ScNewYear *
sc_new_year_new (ScImport   *import,
                 const char *start_on,
                 const char *target_on)
{
  ScNewYear *self;
  const char *list_day;

  g_return_val_if_fail (SC_IS_IMPORT (import), NULL);
  g_return_val_if_fail (sc_date_is_valid_iso (start_on), NULL);

  self = g_object_new (SC_TYPE_NEW_YEAR, NULL);
  self->import = g_object_ref (import);
  self->start_on = g_strdup (start_on);
  self->target_on = target_on ? g_strdup (target_on) : sc_academic_year_default_target (start_on);
  list_day = sc_import_get_today (import);
  self->day = g_strdup (g_strcmp0 (list_day, start_on) > 0 ? list_day : start_on);
  return self;
}

ScImport *
sc_new_year_get_import (ScNewYear *self)
{
  g_return_val_if_fail (SC_IS_NEW_YEAR (self), NULL);
  return self->import;
}

const char *
sc_new_year_get_start_on (ScNewYear *self)
{
  g_return_val_if_fail (SC_IS_NEW_YEAR (self), NULL);
  return self->start_on;
}

const char *
sc_new_year_get_target_on (ScNewYear *self)
{
  g_return_val_if_fail (SC_IS_NEW_YEAR (self), NULL);
  return self->target_on;
}

void
sc_new_year_set_target_on (ScNewYear  *self,
                           const char *target_on)
{
  g_return_if_fail (SC_IS_NEW_YEAR (self));
  g_free (self->target_on);
  self->target_on = g_strdup (target_on);
}

const char *
sc_new_year_get_day (ScNewYear *self)
{
  g_return_val_if_fail (SC_IS_NEW_YEAR (self), NULL);
  return self->day;
}

GPtrArray *
sc_new_year_get_emptied_groups (ScNewYear *self)
{
  g_return_val_if_fail (SC_IS_NEW_YEAR (self), NULL);
  return self->emptied;
}

GPtrArray *
sc_new_year_get_old_chats (ScNewYear *self)
{
  g_return_val_if_fail (SC_IS_NEW_YEAR (self), NULL);
  return self->old_chats;
}

GPtrArray *
sc_new_year_get_new_chats (ScNewYear *self)
{
  g_return_val_if_fail (SC_IS_NEW_YEAR (self), NULL);
  return self->new_chats;
}

/* sc-depersonalize.c — «Обезличить выбывших»: erasing the names of people
 * who left long ago, in the file and, when asked, in its copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-depersonalize"

#include "config.h"

#include <string.h>

#include "sc-backup.h"
#include "sc-date.h"
#include "sc-depersonalize.h"
#include "sc-i18n.h"

/* Who is erased: left before ?1, not yet erased. */
#define ERASED_NOW "left_on IS NOT NULL AND left_on < ?1 AND depersonalized_on IS NULL"

/* The columns that name or reach a person; what stays is what the
 * figures count. The last name is NOT NULL and shown everywhere a name
 * is: it says what happened. */
#define SQL_ERASE \
  "UPDATE person SET last_name = ?2, first_name = '', patronymic = '', phone = ''," \
  " email = '', external_id = NULL, notes = '', depersonalized_on = ?3 WHERE " ERASED_NOW

void
sc_depersonalize_result_clear (ScDepersonalizeResult *result)
{
  g_clear_pointer (&result->copy_problems, g_ptr_array_unref);
  memset (result, 0, sizeof *result);
}

/* Translators: what a depersonalised person's last name becomes, shown
 * wherever the name was («Обезличено») */
static const char erased_last_name[] = N_("Depersonalised");

/* Data, not interface: Russian whatever the locale, as a chat's title. */
static const char *
erased_name (void)
{
  return sc_doc_gettext (erased_last_name);
}

char *
sc_depersonalize_default_date (const ScOrganization *organization,
                               const char           *today)
{
  g_autofree char *now = today ? g_strdup (today) : sc_date_today ();
  g_autoptr(GDate) date = sc_date_to_gdate (now);

  g_return_val_if_fail (organization != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  g_date_subtract_months (date, CLAMP (organization->keep_leavers_months, 1, 120));
  return sc_date_from_gdate (date);
}

static gboolean
check_date (const char  *left_before,
            GError     **error)
{
  if (sc_date_is_valid_iso (left_before))
    return TRUE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("The date is not a valid date. Write it as DD.MM.YYYY."));
  return FALSE;
}

gboolean
sc_depersonalize_count (ScDatabase  *db,
                        const char  *left_before,
                        guint       *n_people,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (db) && n_people != NULL, FALSE);

  if (!check_date (left_before, error) ||
      (stmt = sc_database_prepare (db, "SELECT count (*) FROM person WHERE " ERASED_NOW, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, left_before, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  *n_people = rc == SQLITE_ROW ? (guint)sqlite3_column_int (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

gboolean
sc_depersonalize_count_all (ScDatabase  *db,
                            guint       *n_named,
                            guint       *n_erased,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (db) && n_named != NULL && n_erased != NULL, FALSE);

  stmt = sc_database_prepare (db, "SELECT count (*) - count (depersonalized_on), count (depersonalized_on)"
                                  " FROM person", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  *n_named = rc == SQLITE_ROW ? (guint)sqlite3_column_int (stmt, 0) : 0;
  *n_erased = rc == SQLITE_ROW ? (guint)sqlite3_column_int (stmt, 1) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

/* ---- the copies ---------------------------------------------------------- */

/* "college.sqlite3.v8-20240901-101500.bak" beside the file (sc-database.c
 * keeps one before a migration). */
static void
add_migration_copies (const char *db_path,
                      GPtrArray  *copies)
{
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *name = g_path_get_basename (db_path);
  g_autofree char *prefix = g_strconcat (name, ".v", NULL);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *entry;

  while (folder != NULL && (entry = g_dir_read_name (folder)) != NULL)
    if (g_str_has_prefix (entry, prefix) && g_str_has_suffix (entry, ".bak"))
      g_ptr_array_add (copies, g_build_filename (dir, entry, NULL));
}

GPtrArray *
sc_depersonalize_list_copies (const char  *db_path,
                              GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (db_path != NULL, NULL);

  backups = sc_backup_list (db_path, error);
  if (backups == NULL)
    return NULL;
  for (guint i = 0; i < backups->len; i++)
    g_ptr_array_add (copies, g_strdup (((ScBackup *)g_ptr_array_index (backups, i))->path));
  add_migration_copies (db_path, copies);
  return g_steal_pointer (&copies);
}

/* A person of the file erased now or before: a copy's row of the same id
 * and category is that person as the copy knew them. */
typedef struct
{
  gint64  id;
  char   *category;
} Erased;

static void
erased_clear (Erased *erased)
{
  g_free (erased->category);
}

static GArray *
list_erased (ScDatabase  *db,
             GError     **error)
{
  g_autoptr(GArray) erased = g_array_new (FALSE, FALSE, sizeof (Erased));
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT id, category FROM person WHERE depersonalized_on IS NOT NULL", error);
  int rc;

  g_array_set_clear_func (erased, (GDestroyNotify)erased_clear);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Erased e = { sqlite3_column_int64 (stmt, 0), sc_database_column_dup (stmt, 1) };
      g_array_append_val (erased, e);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&erased);
}

static gboolean
copy_exec (sqlite3     *copy,
           const char  *sql,
           GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (copy, sql, NULL, NULL, &message) == SQLITE_OK)
    return TRUE;
  g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_FAILED, "%s", message ? message : "");
  sqlite3_free (message);
  return FALSE;
}

static gboolean
copy_step (sqlite3       *copy,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_FAILED, "%s", sqlite3_errmsg (copy));
  return FALSE;
}

static gboolean
copy_has (sqlite3    *copy,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (copy, sql, -1, &stmt, NULL) == SQLITE_OK)
    found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

static gboolean
copy_prepare (sqlite3       *copy,
              const char    *sql,
              sqlite3_stmt **stmt,
              GError       **error)
{
  if (sqlite3_prepare_v2 (copy, sql, -1, stmt, NULL) == SQLITE_OK)
    return TRUE;
  g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_FAILED, "%s", sqlite3_errmsg (copy));
  return FALSE;
}

/* Marks the copy's people to erase in a temporary table: those who left
 * before the date there, and the file's erased people by id and category. */
static gboolean
mark_in_copy (sqlite3     *copy,
              const char  *left_before,
              GArray      *erased,
              GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  if (!copy_exec (copy, "CREATE TEMP TABLE erase (id INTEGER PRIMARY KEY)", error) ||
      !copy_prepare (copy, "INSERT OR IGNORE INTO erase (id) SELECT id FROM person"
                     " WHERE left_on IS NOT NULL AND left_on < ?1", &stmt, error))
    return FALSE;
  sqlite3_bind_text (stmt, 1, left_before, -1, SQLITE_TRANSIENT);
  ok = copy_step (copy, stmt, error);
  sqlite3_finalize (stmt);
  if (!ok || !copy_prepare (copy, "INSERT OR IGNORE INTO erase (id) SELECT id FROM person"
                            " WHERE id = ?1 AND category = ?2", &stmt, error))
    return FALSE;
  for (guint i = 0; ok && i < erased->len; i++)
    {
      const Erased *e = &g_array_index (erased, Erased, i);
      sqlite3_bind_int64 (stmt, 1, e->id);
      sqlite3_bind_text (stmt, 2, e->category, -1, SQLITE_TRANSIENT);
      ok = copy_step (copy, stmt, error);
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* A copy older than schema 9 has no depersonalized_on; older than 6 no
 * people_import_read. */
static gboolean
erase_in_copy (sqlite3     *copy,
               const char  *today,
               GError     **error)
{
  gboolean marked = copy_has (copy, "SELECT 1 FROM pragma_table_info ('person')"
                                    " WHERE name = 'depersonalized_on'");
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  if (copy_has (copy, "SELECT 1 FROM sqlite_schema WHERE name = 'people_import_read'") &&
      !copy_exec (copy, "DELETE FROM people_import_read WHERE person_id IN (SELECT id FROM erase)", error))
    return FALSE;
  if (!copy_prepare (copy, marked
        ? "UPDATE person SET last_name = ?1, first_name = '', patronymic = '', phone = '', email = '',"
          " external_id = NULL, notes = '', depersonalized_on = coalesce (depersonalized_on, ?2)"
          " WHERE id IN (SELECT id FROM erase)"
        : "UPDATE person SET last_name = ?1, first_name = '', patronymic = '', phone = '', email = '',"
          " external_id = NULL, notes = '' WHERE id IN (SELECT id FROM erase)",
        &stmt, error))
    return FALSE;
  sqlite3_bind_text (stmt, 1, erased_name (), -1, SQLITE_STATIC);
  if (marked)
    sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  ok = copy_step (copy, stmt, error);
  sqlite3_finalize (stmt);
  return ok;
}

/* One copy, in one transaction, then rebuilt so nothing erased is left in
 * it; a copy in write-ahead mode has its log emptied too. */
static gboolean
depersonalize_copy (const char  *path,
                    const char  *left_before,
                    const char  *today,
                    GArray      *erased,
                    GError     **error)
{
  sqlite3 *copy = NULL;
  gboolean ok;

  if (sqlite3_open_v2 (path, &copy, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_set_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_FAILED, "%s",
                   copy ? sqlite3_errmsg (copy) : "");
      sqlite3_close_v2 (copy);
      return FALSE;
    }
  sqlite3_busy_timeout (copy, 3000);
  ok = copy_exec (copy, "PRAGMA secure_delete = ON", error) &&
       copy_exec (copy, "BEGIN IMMEDIATE", error) &&
       mark_in_copy (copy, left_before, erased, error) &&
       erase_in_copy (copy, today, error) &&
       copy_exec (copy, "COMMIT", error) &&
       copy_exec (copy, "VACUUM", error) &&
       copy_exec (copy, "PRAGMA wal_checkpoint (TRUNCATE)", error);
  if (!ok && !sqlite3_get_autocommit (copy))
    sqlite3_exec (copy, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close_v2 (copy);
  return ok;
}

static void
depersonalize_copies (ScDatabase            *db,
                      const char            *left_before,
                      const char            *today,
                      ScDepersonalizeResult *result)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) copies = sc_depersonalize_list_copies (sc_database_get_path (db), &error);
  g_autoptr(GArray) erased = copies != NULL ? list_erased (db, &error) : NULL;

  if (copies == NULL || erased == NULL)
    {
      g_ptr_array_add (result->copy_problems, g_strdup (error->message));
      return;
    }
  for (guint i = 0; i < copies->len; i++)
    {
      const char *path = g_ptr_array_index (copies, i);
      g_autoptr(GError) copy_error = NULL;

      if (depersonalize_copy (path, left_before, today, erased, &copy_error))
        result->n_copies++;
      else
        g_ptr_array_add (result->copy_problems,
                         g_strdup_printf (_("The copy “%s” could not be depersonalised (%s): delete it."),
                                          path, copy_error->message));
    }
}

/* ---- the file ------------------------------------------------------------ */

static gboolean
erase (ScDatabase  *db,
       const char  *left_before,
       const char  *today,
       guint       *n_people,
       GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "DELETE FROM people_import_read WHERE person_id IN (SELECT id FROM person WHERE " ERASED_NOW ")",
      error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, left_before, -1, SQLITE_TRANSIENT);
  if (!sc_database_step_done (db, stmt, error) ||
      (stmt = sc_database_prepare (db, SQL_ERASE, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, left_before, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, erased_name (), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, today, -1, SQLITE_TRANSIENT);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  *n_people = sqlite3_changes (sc_database_get_handle (db));
  return TRUE;
}

/* Copies the log into the file and empties it; FALSE when another
 * connection's reading kept part of it (SQLite's busy flag). */
static gboolean
checkpoint (ScDatabase  *db,
            GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, "PRAGMA wal_checkpoint (TRUNCATE)", error);
  gboolean busy = FALSE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    busy = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  if (!busy)
    return TRUE;
  g_set_error_literal (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_LOCKED,
                       _("The names are erased, but another program still reads the file, so its old pages could not be wiped. Close the other windows of Sferum Coordinator and run it again."));
  return FALSE;
}

/* The old pages out of the log and the file: the log into the file, the
 * file rebuilt without free pages (through the log again), the log
 * emptied. */
static gboolean
wipe (ScDatabase  *db,
      GError     **error)
{
  return checkpoint (db, error) &&
         sc_database_exec (db, "VACUUM", error) &&
         checkpoint (db, error);
}

gboolean
sc_depersonalize_run (ScDatabase            *db,
                      const char            *left_before,
                      const char            *today,
                      gboolean               with_copies,
                      ScDepersonalizeResult *result,
                      GError               **error)
{
  g_autofree char *day = today ? g_strdup (today) : sc_date_today ();
  g_autoptr(GError) wipe_error = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db) && result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  result->copy_problems = g_ptr_array_new_with_free_func (g_free);
  if (!check_date (left_before, error) ||
      !sc_database_exec (db, "PRAGMA secure_delete = ON", error) ||
      !sc_database_begin (db, error))
    return FALSE;
  if (!erase (db, left_before, day, &result->n_people, error) || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  if (result->n_people > 0)
    sc_database_emit_changed (db, "people");
  result->wiped = wipe (db, &wipe_error);
  if (!result->wiped)
    g_ptr_array_add (result->copy_problems, g_strdup (wipe_error->message));
  if (with_copies)
    depersonalize_copies (db, left_before, day, result);
  return TRUE;
}

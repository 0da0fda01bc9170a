/* sc-backup.c — daily copies of a college database and restoring one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-backup"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "sc-backup.h"
#include "sc-i18n.h"

#define COPY_SUFFIX ".sqlite3"

void
sc_backup_free (ScBackup *backup)
{
  if (backup == NULL)
    return;
  g_free (backup->path);
  g_free (backup->date);
  g_free (backup->time);
  g_free (backup);
}

/* "college.sqlite3" → "college": the copies' names start with it. */
static char *
stem_of (const char *db_path)
{
  char *name = g_path_get_basename (db_path);
  char *dot = strrchr (name, '.');

  if (dot != NULL && dot != name)
    *dot = '\0';
  return name;
}

char *
sc_backup_folder (const char *db_path)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);
  dir = g_path_get_dirname (db_path);
  return g_build_filename (dir, "backups", NULL);
}

static gboolean
all_digits (const char *text,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_date (const char *text)
{
  if (!all_digits (text, 4) || text[4] != '-' || !all_digits (text + 5, 2) ||
      text[7] != '-' || !all_digits (text + 8, 2))
    return FALSE;
  return g_date_valid_dmy (atoi (text + 8), atoi (text + 5), atoi (text));
}

#define CHANGES_SUFFIX "-changes" COPY_SUFFIX
#define MANUAL_SUFFIX "-manual" COPY_SUFFIX

/* What follows "DATE-HHMMSS": the kind of a timed copy, or -1. */
static int
timed_kind (const char *rest)
{
  if (g_str_equal (rest, COPY_SUFFIX))
    return SC_BACKUP_BEFORE_RESTORE;
  if (g_str_equal (rest, CHANGES_SUFFIX))
    return SC_BACKUP_AFTER_CHANGES;
  if (g_str_equal (rest, MANUAL_SUFFIX))
    return SC_BACKUP_MANUAL;
  return -1;
}

/* Reads "DATE.sqlite3" or "DATE-HHMMSS[-changes|-manual].sqlite3" after
 * the stem and "-". */
static ScBackup *
parse_name (const char *rest)
{
  g_autoptr(ScBackup) backup = g_new0 (ScBackup, 1);
  const char *tail = rest + 10;
  int kind;

  if (strlen (rest) < 10 || !is_date (rest))
    return NULL;
  backup->date = g_strndup (rest, 10);
  if (tail[0] == '-' && all_digits (tail + 1, 6) && (kind = timed_kind (tail + 7)) >= 0)
    {
      backup->time = g_strdup_printf ("%.2s:%.2s:%.2s", tail + 1, tail + 3, tail + 5);
      backup->kind = kind;
    }
  else if (g_str_equal (tail, COPY_SUFFIX))
    backup->kind = SC_BACKUP_DAILY;
  else
    return NULL;
  return g_steal_pointer (&backup);
}

static ScBackup *
read_entry (const char *folder,
            const char *stem,
            const char *name)
{
  g_autofree char *prefix = g_strconcat (stem, "-", NULL);
  ScBackup *backup;
  GStatBuf st;

  if (!g_str_has_prefix (name, prefix) ||
      (backup = parse_name (name + strlen (prefix))) == NULL)
    return NULL;
  backup->path = g_build_filename (folder, name, NULL);
  if (g_stat (backup->path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      sc_backup_free (backup);
      return NULL;
    }
  backup->size = st.st_size;
  return backup;
}

/* Newest first; on one day the copies made before a restore come after
 * the day's first copy in time, so before it in the list. */
static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const ScBackup *x = *(ScBackup * const *)a;
  const ScBackup *y = *(ScBackup * const *)b;
  int by_date = strcmp (y->date, x->date);

  if (by_date != 0)
    return by_date;
  return g_strcmp0 (y->time, x->time);
}

GPtrArray *
sc_backup_list (const char *db_path,
                GError    **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *stem = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_backup_free);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;

  g_return_val_if_fail (db_path != NULL, NULL);

  folder = sc_backup_folder (db_path);
  stem = stem_of (db_path);
  dir = g_dir_open (folder, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&list);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      ScBackup *backup = read_entry (folder, stem, name);
      if (backup != NULL)
        g_ptr_array_add (list, backup);
    }
  g_ptr_array_sort (list, compare_newest_first);
  return g_steal_pointer (&list);
}

gboolean
sc_backup_rotate (const char *db_path,
                  guint       keep,
                  GError    **error)
{
  g_autoptr(GPtrArray) list = sc_backup_list (db_path, error);
  guint n_daily = 0, n_other = 0;

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      ScBackup *backup = g_ptr_array_index (list, i);
      guint *seen = backup->kind == SC_BACKUP_DAILY ? &n_daily : &n_other;

      if (++*seen <= keep)
        continue;
      if (g_unlink (backup->path) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("The old backup copy “%s” could not be deleted: %s"),
                       backup->path, g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
make_folder (const char *folder,
             GError    **error)
{
  if (g_mkdir_with_parents (folder, 0700) == 0)
    return TRUE;
  {
    int saved_errno = errno;
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("The folder for backup copies “%s” could not be created: %s"),
                 folder, g_strerror (saved_errno));
  }
  return FALSE;
}

/* Written under a name the list ignores, then renamed: a copy cut short
 * by a crash never passes for the day's copy. */
static gboolean
write_copy (ScDatabase *db,
            const char *path,
            GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *part_name = g_strconcat (".", name, ".part", NULL);
  g_autofree char *part = g_build_filename (dir, part_name, NULL);

  if (!make_folder (dir, error) || !sc_database_backup_to (db, part, error))
    return FALSE;
  if (g_rename (part, path) == 0)
    return TRUE;
  {
    int saved_errno = errno;
    g_unlink (part);
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("The backup copy “%s” could not be written: %s"),
                 path, g_strerror (saved_errno));
  }
  return FALSE;
}

static char *
copy_path (const char *db_path,
           const char *suffix)
{
  g_autofree char *folder = sc_backup_folder (db_path);
  g_autofree char *stem = stem_of (db_path);
  g_autofree char *name = g_strconcat (stem, "-", suffix, COPY_SUFFIX, NULL);

  return g_build_filename (folder, name, NULL);
}

gboolean
sc_backup_daily (ScDatabase *db,
                 GDateTime  *now,
                 char      **out_path,
                 GError    **error)
{
  g_autoptr(GDateTime) local_now = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (local_now, "%Y-%m-%d");
  g_autofree char *path = NULL;
  const char *db_path;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  db_path = sc_database_get_path (db);
  path = copy_path (db_path, date);
  if (out_path != NULL)
    *out_path = NULL;
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (!write_copy (db, path, error) || !sc_backup_rotate (db_path, SC_BACKUP_KEEP, error))
    return FALSE;
  g_message ("Saved the day's backup copy as %s", path);
  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);
  return TRUE;
}

static GDateTime *
made_at (const ScBackup *backup)
{
  int y, mo, d, h, mi, s;

  if (backup->time == NULL ||
      sscanf (backup->date, "%d-%d-%d", &y, &mo, &d) != 3 ||
      sscanf (backup->time, "%d:%d:%d", &h, &mi, &s) != 3)
    return NULL;
  return g_date_time_new_local (y, mo, d, h, mi, s);
}

/* Seconds until a copy after changes may be made again: 0 when the last
 * one (or the last made by hand) is an hour old or more. A copy dated
 * after @now (a clock put back) does not hold the next one off. */
static guint
seconds_to_wait (GPtrArray *list,
                 GDateTime *now)
{
  for (guint i = 0; i < list->len; i++)
    {
      const ScBackup *backup = g_ptr_array_index (list, i);
      g_autoptr(GDateTime) when = NULL;
      GTimeSpan age;

      if (backup->kind != SC_BACKUP_AFTER_CHANGES && backup->kind != SC_BACKUP_MANUAL)
        continue;
      if ((when = made_at (backup)) == NULL)
        continue;
      age = g_date_time_difference (now, when) / G_TIME_SPAN_SECOND;
      if (age >= 0 && age < SC_BACKUP_CHANGES_INTERVAL)
        return SC_BACKUP_CHANGES_INTERVAL - age;
    }
  return 0;
}

static gboolean
make_timed_copy (ScDatabase *db,
                 GDateTime  *now,
                 const char *suffix,
                 char      **out_path,
                 GError    **error)
{
  const char *db_path = sc_database_get_path (db);
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *with_kind = g_strconcat (stamp, suffix, NULL);
  g_autofree char *path = copy_path (db_path, with_kind);

  if (!write_copy (db, path, error) || !sc_backup_rotate (db_path, SC_BACKUP_KEEP, error))
    return FALSE;
  g_message ("Saved a backup copy as %s", path);
  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);
  return TRUE;
}

gboolean
sc_backup_after_changes (ScDatabase *db,
                         GDateTime  *now,
                         char      **out_path,
                         guint      *wait,
                         GError    **error)
{
  g_autoptr(GDateTime) local_now = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  g_autoptr(GPtrArray) list = NULL;
  guint seconds;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if (out_path != NULL)
    *out_path = NULL;
  if (wait != NULL)
    *wait = 0;
  if ((list = sc_backup_list (sc_database_get_path (db), error)) == NULL)
    return FALSE;
  seconds = seconds_to_wait (list, local_now);
  if (seconds > 0)
    {
      if (wait != NULL)
        *wait = seconds;
      return TRUE;
    }
  return make_timed_copy (db, local_now, "-changes", out_path, error);
}

gboolean
sc_backup_write (ScDatabase    *db,
                 ScBackupKind   kind,
                 GDateTime     *now,
                 char         **out_path,
                 GError       **error)
{
  g_autoptr(GDateTime) local_now = now ? g_date_time_ref (now) : g_date_time_new_now_local ();

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kind == SC_BACKUP_AFTER_CHANGES || kind == SC_BACKUP_MANUAL, FALSE);

  if (out_path != NULL)
    *out_path = NULL;
  return make_timed_copy (db, local_now, kind == SC_BACKUP_MANUAL ? "-manual" : "-changes",
                          out_path, error);
}

char *
sc_backup_path_before_restore (const char *db_path,
                               GDateTime  *now)
{
  g_autoptr(GDateTime) local_now = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (local_now, "%Y-%m-%d-%H%M%S");

  g_return_val_if_fail (db_path != NULL, NULL);
  return copy_path (db_path, stamp);
}

gboolean
sc_backup_restore (ScDatabase *db,
                   const char *backup_path,
                   const char *save_current_to,
                   GError    **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (backup_path != NULL && save_current_to != NULL, FALSE);

  if (!sc_database_check_copy (backup_path, NULL, error) ||
      !write_copy (db, save_current_to, error))
    return FALSE;
  g_message ("Saved the database as %s before restoring %s", save_current_to, backup_path);
  return sc_database_restore_from (db, backup_path, error);
}

static gboolean
copy_bytes (const char *from,
            const char *to,
            GError    **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GFileInputStream) in = NULL;

  /* Private from the first byte, flushed to the disk before it is used. */
  out = g_file_replace (dest, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, error);
  if (out == NULL || (in = g_file_read (source, NULL, error)) == NULL)
    return FALSE;
  if (g_output_stream_splice (G_OUTPUT_STREAM (out), G_INPUT_STREAM (in),
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE, NULL, error) < 0)
    return FALSE;
  return g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error);
}

/* Committed changes may still be in the damaged file's -wal: it is kept
 * beside the saved file, where SQLite finds it when that is opened. */
static gboolean
save_wal (const char *db_path,
          const char *save_current_to,
          GError    **error)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *saved_wal = g_strconcat (save_current_to, "-wal", NULL);

  if (!g_file_test (wal, G_FILE_TEST_EXISTS))
    return TRUE;
  return copy_bytes (wal, saved_wal, error);
}

static void
remove_side_files (const char *db_path)
{
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (db_path, suffixes[i], NULL);
      g_unlink (side);
    }
}

gboolean
sc_backup_restore_file (const char *db_path,
                        const char *backup_path,
                        const char *save_current_to,
                        GError    **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *temp = NULL;

  g_return_val_if_fail (db_path != NULL && backup_path != NULL && save_current_to != NULL, FALSE);

  folder = g_path_get_dirname (save_current_to);
  dir = g_path_get_dirname (db_path);
  name = g_path_get_basename (db_path);
  temp = g_strdup_printf ("%s%c.%s.restoring", dir, G_DIR_SEPARATOR, name);
  if (!sc_database_check_copy (backup_path, NULL, error) ||
      !make_folder (folder, error) ||
      !copy_bytes (db_path, save_current_to, error) ||
      !save_wal (db_path, save_current_to, error) ||
      !copy_bytes (backup_path, temp, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  g_message ("Saved the damaged database as %s before restoring %s", save_current_to, backup_path);
  /* A -wal left by the damaged file would be replayed into the copy. */
  remove_side_files (db_path);
  if (g_rename (temp, db_path) == 0)
    return TRUE;
  {
    int saved_errno = errno;
    g_unlink (temp);
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("The copy could not be put in place of “%s”: %s"),
                 db_path, g_strerror (saved_errno));
  }
  return FALSE;
}

/* sc-import-task.c — any import off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import-task"

#include "config.h"

#include "sc-import-task.h"
#include "sc-table-reader.h"

typedef struct
{
  GType                 import_type;
  char                 *db_path;
  ScDatabase           *db;
  char                 *file_path;
  ScTable              *table;
  ScColumnMap          *map;
  ScImportOptions       options;   /* its strings are the job's own: */
  char                 *today;
  char                 *left_on;
  char                 *file_name;
  ScImport             *plan;
  ScImportProgressFunc  progress;
  gpointer              progress_data;
  GCancellable         *cancellable;
  GMainContext         *context;
} Job;

typedef struct
{
  Job    *job;
  double  fraction;
} Progress;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_clear_object (&job->db);
  g_free (job->file_path);
  g_clear_pointer (&job->table, sc_table_unref);
  g_clear_pointer (&job->map, sc_column_map_free);
  g_free (job->today);
  g_free (job->left_on);
  g_free (job->file_name);
  g_clear_object (&job->plan);
  g_clear_object (&job->cancellable);
  g_main_context_unref (job->context);
  g_free (job);
}

void
sc_import_preview_free (ScImportPreview *preview)
{
  if (preview == NULL)
    return;
  g_clear_object (&preview->db);
  g_clear_pointer (&preview->table, sc_table_unref);
  g_clear_pointer (&preview->map, sc_column_map_free);
  g_clear_object (&preview->plan);
  g_clear_error (&preview->problem);
  g_free (preview);
}

static gboolean
deliver_progress (gpointer data)
{
  Progress *p = data;

  if (!g_cancellable_is_cancelled (p->job->cancellable))
    p->job->progress (p->fraction, p->job->progress_data);
  return G_SOURCE_REMOVE;
}

/* Runs in the worker: hands the fraction to the caller's context. The job
 * outlives every callback: the task holds it until the result is back in
 * that same context, after these idles. */
static void
relay_progress (double   fraction,
                gpointer data)
{
  Job *job = data;
  Progress *p;

  if (job->progress == NULL)
    return;
  p = g_new (Progress, 1);
  p->job = job;
  p->fraction = fraction;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_progress, p, g_free);
}

static GTask *
job_start (ScDatabase           *db,
           ScImportProgressFunc  progress,
           gpointer              progress_data,
           GCancellable         *cancellable,
           GAsyncReadyCallback   callback,
           gpointer              user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  Job *job = g_new0 (Job, 1);

  job->db = db ? g_object_ref (db) : NULL;
  job->progress = progress;
  job->progress_data = progress_data;
  job->cancellable = cancellable ? g_object_ref (cancellable) : g_cancellable_new ();
  job->context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, job, job_free);
  return task;
}

/* Reads and detects what the job was not given. */
static gboolean
job_prepare (Job          *job,
             GCancellable *cancellable,
             GError      **error)
{
  if (job->table == NULL &&
      (job->table = sc_table_read_file (job->file_path, cancellable, error)) == NULL)
    return FALSE;
  if (job->map == NULL &&
      (job->map = sc_import_type_detect_columns (job->import_type, job->table, error)) == NULL)
    return FALSE;
  /* A second connection to the file the window has open (and checked):
   * reading every page again would be most of a large file's check. */
  if (job->db == NULL && (job->db = sc_database_open_unchecked (job->db_path, error)) == NULL)
    return FALSE;
  return TRUE;
}

static ScImportPreview *
job_preview (Job    *job,
             GError *problem)
{
  ScImportPreview *preview = g_new0 (ScImportPreview, 1);

  preview->db = g_object_ref (job->db);
  preview->table = sc_table_ref (job->table);
  preview->map = sc_column_map_copy (job->map);
  preview->plan = g_steal_pointer (&job->plan);
  preview->problem = problem;
  return preview;
}

static void
plan_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;

  if (!job_prepare (job, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  job->plan = sc_import_new (job->import_type, job->table, job->map, &job->options);
  if (!sc_import_plan (job->plan, job->db, relay_progress, job, cancellable, &error))
    g_clear_object (&job->plan);
  if (job->plan == NULL && !g_error_matches (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_MAPPING))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, job_preview (job, g_steal_pointer (&error)),
                           (GDestroyNotify)sc_import_preview_free);
}

/* The options, with strings of the job's own. */
static void
job_set_options (Job                   *job,
                 const ScImportOptions *options)
{
  job->options = *options;
  job->options.today = job->today = g_strdup (options->today);
  job->options.left_on = job->left_on = g_strdup (options->left_on);
  job->file_name = job->file_path != NULL ? g_path_get_basename (job->file_path)
                                          : g_strdup (options->file_name);
  job->options.file_name = job->file_name;
}

void
sc_import_task_plan_async (GType                  import_type,
                           const char            *db_path,
                           ScDatabase            *db,
                           const char            *file_path,
                           ScTable               *table,
                           const ScColumnMap     *map,
                           const ScImportOptions *options,
                           ScImportProgressFunc   progress,
                           gpointer               progress_data,
                           GCancellable          *cancellable,
                           GAsyncReadyCallback    callback,
                           gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (g_type_is_a (import_type, SC_TYPE_IMPORT) && options != NULL);
  g_return_if_fail (db != NULL || db_path != NULL);
  g_return_if_fail (file_path != NULL || table != NULL);

  task = job_start (db, progress, progress_data, cancellable, callback, user_data);
  job = g_task_get_task_data (task);
  job->import_type = import_type;
  job->db_path = g_strdup (db_path);
  job->file_path = g_strdup (file_path);
  job->table = table ? sc_table_ref (table) : NULL;
  job->map = map ? sc_column_map_copy (map) : NULL;
  job_set_options (job, options);
  g_task_set_source_tag (task, sc_import_task_plan_async);
  g_task_run_in_thread (task, plan_thread);
}

ScImportPreview *
sc_import_task_plan_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
commit_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;

  if (sc_import_commit (job->plan, job->db, relay_progress, job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
sc_import_task_commit_async (ScImportPreview      *preview,
                             ScImportProgressFunc  progress,
                             gpointer              progress_data,
                             GCancellable         *cancellable,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (preview != NULL && preview->plan != NULL && preview->db != NULL);

  task = job_start (preview->db, progress, progress_data, cancellable, callback, user_data);
  job = g_task_get_task_data (task);
  job->plan = g_object_ref (preview->plan);
  g_task_set_source_tag (task, sc_import_task_commit_async);
  g_task_run_in_thread (task, commit_thread);
}

gboolean
sc_import_task_commit_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* sc-roster-task.c — the roster import off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-roster-task"

#include "config.h"

#include "sc-roster-task.h"
#include "sc-table-reader.h"

typedef struct
{
  char                 *db_path;
  char                 *file_path;
  ScTable              *table;
  ScColumnMap          *map;
  ScRosterOptions       options;
  char                 *today;
  char                 *left_on;
  ScRosterPlan         *plan;
  ScImportProgressFunc  progress;
  gpointer              progress_data;
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
  g_free (job->file_path);
  g_clear_pointer (&job->table, sc_table_unref);
  g_clear_pointer (&job->map, sc_column_map_free);
  g_clear_pointer (&job->plan, sc_roster_plan_unref);
  g_free (job->today);
  g_free (job->left_on);
  g_main_context_unref (job->context);
  g_free (job);
}

void
sc_roster_preview_free (ScRosterPreview *preview)
{
  if (preview == NULL)
    return;
  g_clear_pointer (&preview->table, sc_table_unref);
  g_clear_pointer (&preview->map, sc_column_map_free);
  g_clear_pointer (&preview->plan, sc_roster_plan_unref);
  g_free (preview);
}

static gboolean
deliver_progress (gpointer data)
{
  Progress *p = data;

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

static Job *
job_new (const char           *db_path,
         ScImportProgressFunc  progress,
         gpointer              progress_data)
{
  Job *job = g_new0 (Job, 1);

  job->db_path = g_strdup (db_path);
  job->progress = progress;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();
  return job;
}

static void
plan_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;
  ScRosterPreview *preview;

  if (job->table == NULL &&
      (job->table = sc_table_read_file (job->file_path, cancellable, &error)) == NULL)
    goto failed;
  if (job->map == NULL && (job->map = sc_roster_detect_columns (job->table, &error)) == NULL)
    goto failed;
  if ((db = sc_database_open (job->db_path, &error)) == NULL)
    goto failed;
  job->plan = sc_roster_plan_new (db, job->table, job->map, &job->options,
                                  relay_progress, job, cancellable, &error);
  if (job->plan == NULL)
    goto failed;
  preview = g_new0 (ScRosterPreview, 1);
  preview->table = sc_table_ref (job->table);
  preview->map = sc_column_map_copy (job->map);
  preview->plan = g_steal_pointer (&job->plan);
  g_task_return_pointer (task, preview, (GDestroyNotify)sc_roster_preview_free);
  return;
failed:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
sc_roster_task_plan_async (const char            *db_path,
                           const char            *file_path,
                           ScTable               *table,
                           const ScColumnMap     *map,
                           const ScRosterOptions *options,
                           ScImportProgressFunc   progress,
                           gpointer               progress_data,
                           GCancellable          *cancellable,
                           GAsyncReadyCallback    callback,
                           gpointer               user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Job *job = job_new (db_path, progress, progress_data);

  g_return_if_fail (file_path != NULL || table != NULL);

  job->file_path = g_strdup (file_path);
  job->table = table ? sc_table_ref (table) : NULL;
  job->map = map ? sc_column_map_copy (map) : NULL;
  job->options = *options;
  job->options.today = job->today = g_strdup (options->today);
  job->options.left_on = job->left_on = g_strdup (options->left_on);
  g_task_set_task_data (task, job, job_free);
  g_task_set_source_tag (task, sc_roster_task_plan_async);
  g_task_run_in_thread (task, plan_thread);
}

ScRosterPreview *
sc_roster_task_plan_finish (GAsyncResult  *result,
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
  g_autoptr(ScDatabase) db = sc_database_open (job->db_path, &error);

  if (db == NULL ||
      !sc_roster_plan_commit (job->plan, db, relay_progress, job, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
sc_roster_task_commit_async (const char           *db_path,
                             ScRosterPlan         *plan,
                             ScImportProgressFunc  progress,
                             gpointer              progress_data,
                             GCancellable         *cancellable,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Job *job = job_new (db_path, progress, progress_data);

  job->plan = sc_roster_plan_ref (plan);
  g_task_set_task_data (task, job, job_free);
  g_task_set_source_tag (task, sc_roster_task_commit_async);
  g_task_run_in_thread (task, commit_thread);
}

gboolean
sc_roster_task_commit_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

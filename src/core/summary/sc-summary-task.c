/* sc-summary-task.c — a regional summary made off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary"

#include "config.h"

#include "sc-summary-task.h"

/* A folder of a thousand reports: the window hears of every tenth file. */
#define PROGRESS_EVERY 10

typedef struct
{
  ScSummaryRequest       request;
  ScSummaryProgressFunc  progress;
  gpointer               progress_data;
  GCancellable          *cancellable;
  GMainContext          *context;
} Job;

typedef struct
{
  Job   *job;
  guint  done;
  guint  total;
} Progress;

void
sc_summary_request_clear (ScSummaryRequest *request)
{
  g_clear_pointer (&request->paths, g_strfreev);
  g_clear_pointer (&request->expected_path, g_free);
  g_clear_pointer (&request->month, g_free);
  g_clear_pointer (&request->title, g_free);
}

static void
job_free (gpointer data)
{
  Job *job = data;

  sc_summary_request_clear (&job->request);
  g_clear_object (&job->cancellable);
  g_main_context_unref (job->context);
  g_free (job);
}

ScSummary *
sc_summary_build (const ScSummaryRequest *request,
                  const char *const      *skip,
                  ScSummaryProgressFunc   progress,
                  gpointer                progress_data,
                  GCancellable           *cancellable,
                  GError                **error)
{
  g_autoptr(ScSummary) summary = sc_summary_new ();
  g_autoptr(GPtrArray) files = NULL;

  sc_summary_set_title (summary, request->title);
  if (request->expected_path != NULL)
    {
      GPtrArray *expected = sc_summary_expected_read (request->expected_path, cancellable, error);
      if (expected == NULL)
        return NULL;
      sc_summary_set_expected (summary, expected);
    }
  files = sc_summary_list_files (summary, (const char *const *)request->paths, skip);
  for (guint i = 0; i < files->len; i++)
    {
      if (!sc_summary_add_file (summary, g_ptr_array_index (files, i), cancellable, error))
        return NULL;
      if (progress != NULL && ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == files->len))
        progress (i + 1, files->len, progress_data);
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  sc_summary_set_month (summary, request->month);
  return g_steal_pointer (&summary);
}

static gboolean
deliver_progress (gpointer data)
{
  Progress *p = data;

  if (!g_cancellable_is_cancelled (p->job->cancellable))
    p->job->progress (p->done, p->total, p->job->progress_data);
  return G_SOURCE_REMOVE;
}

/* Runs in the worker: hands the count to the caller's context. The task
 * holds the job until its result is back there, after every callback. */
static void
report_progress (guint    done,
                 guint    total,
                 gpointer data)
{
  Job *job = data;
  Progress *p = g_new (Progress, 1);

  *p = (Progress) { job, done, total };
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_progress, p, g_free);
}

static void
build_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;
  ScSummary *summary = sc_summary_build (&job->request, NULL,
                                         job->progress != NULL ? report_progress : NULL, job,
                                         cancellable, &error);

  if (summary != NULL)
    g_task_return_pointer (task, summary, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
sc_summary_build_async (const ScSummaryRequest *request,
                        ScSummaryProgressFunc   progress,
                        gpointer                progress_data,
                        GCancellable           *cancellable,
                        GAsyncReadyCallback     callback,
                        gpointer                user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Job *job = g_new0 (Job, 1);

  job->request.paths = g_strdupv (request->paths);
  job->request.expected_path = g_strdup (request->expected_path);
  job->request.month = g_strdup (request->month);
  job->request.title = g_strdup (request->title);
  job->progress = progress;
  job->progress_data = progress_data;
  job->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  job->context = g_main_context_ref_thread_default ();
  g_task_set_source_tag (task, sc_summary_build_async);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, build_thread);
}

ScSummary *
sc_summary_build_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

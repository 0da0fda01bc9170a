/* sc-summary-problem.c — a file the regional summary refused, or counts
 * with a remark, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary"

#include "config.h"

#include "sc-summary-problem.h"

struct _ScSummaryProblem
{
  GObject          parent_instance;
  char            *path;
  char            *file_name;
  ScSummaryReason *reason;
  gboolean         counted;
};

G_DEFINE_FINAL_TYPE (ScSummaryProblem, sc_summary_problem, G_TYPE_OBJECT)

static void
sc_summary_problem_finalize (GObject *object)
{
  ScSummaryProblem *self = SC_SUMMARY_PROBLEM (object);

  g_free (self->path);
  g_free (self->file_name);
  g_clear_pointer (&self->reason, sc_summary_reason_free);
  G_OBJECT_CLASS (sc_summary_problem_parent_class)->finalize (object);
}

static void
sc_summary_problem_class_init (ScSummaryProblemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_summary_problem_finalize;
}

static void
sc_summary_problem_init (ScSummaryProblem *self)
{
}

ScSummaryProblem *
sc_summary_problem_new (const char      *path,
                        ScSummaryReason *reason,
                        gboolean         counted)
{
  ScSummaryProblem *self = g_object_new (SC_TYPE_SUMMARY_PROBLEM, NULL);

  g_return_val_if_fail (path != NULL && reason != NULL, NULL);
  self->path = g_strdup (path);
  self->file_name = g_path_get_basename (path);
  self->reason = reason;
  self->counted = counted;
  return self;
}

const char *
sc_summary_problem_get_path (ScSummaryProblem *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_PROBLEM (self), NULL);
  return self->path;
}

const char *
sc_summary_problem_get_file_name (ScSummaryProblem *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_PROBLEM (self), NULL);
  return self->file_name;
}

const ScSummaryReason *
sc_summary_problem_get_reason (ScSummaryProblem *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_PROBLEM (self), NULL);
  return self->reason;
}

char *
sc_summary_problem_dup_text (ScSummaryProblem *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_PROBLEM (self), NULL);
  return sc_summary_reason_format (self->reason);
}

gboolean
sc_summary_problem_get_counted (ScSummaryProblem *self)
{
  g_return_val_if_fail (SC_IS_SUMMARY_PROBLEM (self), FALSE);
  return self->counted;
}

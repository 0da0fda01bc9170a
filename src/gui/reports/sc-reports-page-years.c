/* sc-reports-page-years.c — the «Отчёты» list by academic year, and the
 * submitted reports whose figures have drifted since
 *
 * A heading «Учебный год 2024/25» starts each year's months (a month
 * belongs to the year its first day falls in). Whether a submitted
 * report's frozen figures still match the data is worked out in a thread,
 * on a connection of its own (every month's figures: too slow for the
 * window's thread in a large college); the rows that drifted then show
 * «Цифры изменились после сдачи».
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-reports-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-academic-year.h"
#include "sc-reports-page-private.h"

static char *
year_of_row (GtkListBoxRow *row)
{
  const char *month = g_object_get_data (G_OBJECT (row), "month");
  g_autofree char *first = month ? g_strconcat (month, "-01", NULL) : NULL;

  return first ? sc_academic_year_start_of (first) : NULL;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       data)
{
  g_autofree char *year = year_of_row (row);
  g_autofree char *previous = before ? year_of_row (before) : NULL;
  g_autofree char *title = NULL;
  GtkWidget *label;

  if (year == NULL || g_strcmp0 (year, previous) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  title = sc_academic_year_title (year);
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, before ? 18 : 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_header (row, label);
}

void
sc_reports_page_group_by_year (ScReportsPage *self)
{
  gtk_list_box_set_header_func (self->months_list, header_func, NULL, NULL);
}

/* ---- drifted reports ---------------------------------------------------------- */

typedef struct
{
  char      *path;
  GPtrArray *months;   /* char *: the submitted ones */
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_ptr_array_unref (job->months);
  g_free (job);
}

static void
drift_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open_unchecked (job->path, &error);
  g_autoptr(GPtrArray) drifted = g_ptr_array_new_with_free_func (g_free);

  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  for (guint i = 0; i < job->months->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      const char *month = g_ptr_array_index (job->months, i);
      g_autoptr(ScReport) report = sc_report_load (db, month, NULL);
      g_auto(GStrv) changed = report ? sc_report_changed_since_submission (db, report, NULL) : NULL;

      if (changed != NULL && changed[0] != NULL)
        g_ptr_array_add (drifted, g_strdup (month));
    }
  g_task_return_pointer (task, g_steal_pointer (&drifted), (GDestroyNotify)g_ptr_array_unref);
}

static void
drift_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  ScReportsPage *self = SC_REPORTS_PAGE (source);
  g_autoptr(GPtrArray) drifted = g_task_propagate_pointer (G_TASK (result), NULL);

  if (drifted == NULL)
    return;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->months_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      const char *month = g_object_get_data (G_OBJECT (row), "month");
      GtkWidget *mark = g_object_get_data (G_OBJECT (row), "drift-label");
      guint index;

      if (mark != NULL)
        gtk_widget_set_visible (mark, month != NULL &&
                                g_ptr_array_find_with_equal_func (drifted, month, g_str_equal, &index));
    }
}

void
sc_reports_page_check_drift (ScReportsPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GTask) task = NULL;
  Job *job;

  if (self->drift_cancellable != NULL)
    g_cancellable_cancel (self->drift_cancellable);
  g_clear_object (&self->drift_cancellable);
  if (database == NULL || self->months == NULL)
    return;
  job = g_new0 (Job, 1);
  job->path = g_strdup (sc_database_get_path (database));
  job->months = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->months->len; i++)
    {
      const ScReportMonth *m = g_ptr_array_index (self->months, i);
      if (m->status == SC_REPORT_STATUS_SUBMITTED)
        g_ptr_array_add (job->months, g_strdup (m->month));
    }
  if (job->months->len == 0)
    {
      job_free (job);
      return;
    }
  self->drift_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->drift_cancellable, drift_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify)job_free);
  g_task_run_in_thread (task, drift_thread);
}

/* Hidden until the thread finds the report drifted. */
GtkWidget *
sc_reports_page_drift_label (void)
{
  GtkWidget *label = gtk_label_new (_("Figures changed after submission"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "warning");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

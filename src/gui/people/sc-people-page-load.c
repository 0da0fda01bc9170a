/* sc-people-page-load.c — reading a large college's people in a worker
 *
 * Reading 50 000 people (the query, their names' collation keys, the name
 * order) and the sidebar's figures took two thirds of a second of the
 * first switch to «Люди», with the window frozen. A college of
 * SC_PEOPLE_PAGE_WORKER_PEOPLE people or more is read in a thread on its
 * own connection: the page is shown at once with a spinner, the search,
 * the filters and the menus work meanwhile, and the rows arrive in one
 * piece, filtered by whatever was typed in the meantime. A smaller one is
 * read at once, as before: the change is on screen when the write returns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-page"

#include "config.h"


#include "sc-date.h"
#include "sc-people-page-private.h"

typedef struct
{
  char          *path;
  char          *today;
  GPtrArray     *people;   /* ScPerson, in name order */
  ScPeopleTotals totals;
  GPtrArray     *units;    /* ScUnitProgress */
} Load;

static void
load_free (Load *load)
{
  g_free (load->path);
  g_free (load->today);
  g_clear_pointer (&load->people, g_ptr_array_unref);
  g_clear_pointer (&load->units, g_ptr_array_unref);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Load *load = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open_unchecked (load->path, &error);

  if (db == NULL || (load->people = sc_people_read (db, load->today, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  sc_people_list_sort_by_key (load->people);
  if (!g_task_return_error_if_cancelled (task))
    {
      sc_people_page_read_totals (db, load->today, &load->totals);
      load->units = sc_people_progress (db, load->today, NULL);
      g_task_return_boolean (task, TRUE);
    }
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(ScPeoplePage) self = data;
  Load *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* A newer load replaced this one, or the college was closed. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  g_clear_object (&self->load_cancellable);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_warning ("People could not be read: %s", error->message);
      sc_people_page_show_loaded (self, NULL, NULL, NULL);
      return;
    }
  sc_people_page_show_loaded (self, g_steal_pointer (&load->people), &load->totals, load->units);
}

void
sc_people_page_cancel_load (ScPeoplePage *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
}

gboolean
sc_people_page_load_in_worker (ScPeoplePage *self,
                               ScDatabase   *database,
                               const char   *today)
{
  g_autoptr(GTask) task = NULL;
  Load *load;

  if (sc_people_size_hint (database, NULL) < SC_PEOPLE_PAGE_WORKER_PEOPLE)
    return FALSE;
  sc_people_page_cancel_load (self);
  self->load_cancellable = g_cancellable_new ();
  load = g_new0 (Load, 1);
  load->path = g_strdup (sc_database_get_path (database));
  load->today = g_strdup (today);
  task = g_task_new (NULL, self->load_cancellable, load_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, sc_people_page_load_in_worker);
  g_task_set_task_data (task, load, (GDestroyNotify)load_free);
  g_task_run_in_thread (task, load_thread);
  return TRUE;
}

gboolean
sc_people_page_is_loading (ScPeoplePage *self)
{
  return self->load_cancellable != NULL;
}

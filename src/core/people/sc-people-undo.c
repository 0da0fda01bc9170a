/* sc-people-undo.c — what it takes to undo a bulk change of people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-people.h"
#include "sc-people-undo.h"

struct _ScPeopleUndo
{
  GArray    *events;   /* status events to withdraw */
  GArray    *ids;      /* people whose left_on to restore… */
  GPtrArray *previous; /* …to these values */
};

ScPeopleUndo *
sc_people_undo_new_events (GArray *events)
{
  ScPeopleUndo *undo = g_new0 (ScPeopleUndo, 1);

  undo->events = events;
  return undo;
}

ScPeopleUndo *
sc_people_undo_new_left (GArray    *ids,
                         GPtrArray *previous)
{
  ScPeopleUndo *undo = g_new0 (ScPeopleUndo, 1);

  g_return_val_if_fail (ids->len == previous->len, undo);
  undo->ids = g_array_ref (ids);
  undo->previous = previous;
  return undo;
}

gboolean
sc_people_undo_apply (ScPeopleUndo *undo,
                      ScDatabase   *db,
                      GError      **error)
{
  g_return_val_if_fail (undo != NULL, FALSE);

  if (undo->events != NULL)
    return sc_people_remove_events (db, undo->events, error);
  return sc_people_restore_left (db, (gint64 *)undo->ids->data, undo->ids->len,
                                 undo->previous, error);
}

void
sc_people_undo_free (ScPeopleUndo *undo)
{
  if (undo == NULL)
    return;
  g_clear_pointer (&undo->events, g_array_unref);
  g_clear_pointer (&undo->ids, g_array_unref);
  g_clear_pointer (&undo->previous, g_ptr_array_unref);
  g_free (undo);
}

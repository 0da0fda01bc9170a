/* sc-people-undo.h — what it takes to undo a bulk change of people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

typedef struct _ScPeopleUndo ScPeopleUndo;

/* Takes @events (gint64 ids of the status events a change added). */
ScPeopleUndo *sc_people_undo_new_events (GArray       *events);
/* Keeps a reference to @ids; takes @previous (the old left_on values). */
ScPeopleUndo *sc_people_undo_new_left   (GArray       *ids,
                                         GPtrArray    *previous);
gboolean      sc_people_undo_apply      (ScPeopleUndo *undo,
                                         ScDatabase   *db,
                                         GError      **error);
void          sc_people_undo_free       (ScPeopleUndo *undo);

G_END_DECLS

/* sc-activity-week.h — one week's teachers with their counts, for the grid
 *
 * A week lists the teachers active on its Sunday (see sc-activity.h), in
 * Russian alphabetical order, each an ScActivityTeacher item. Counts change in
 * place (sc_activity_week_refresh), so a table bound to the items keeps its
 * rows and focus while a clerk types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-activity-teacher.h"

G_BEGIN_DECLS

/* The week starting on @monday: a list of ScActivityTeacher. */
GListStore  *sc_activity_week_load              (ScDatabase        *db,
                                              const char        *monday,
                                              GError           **error);
/* Re-reads the counts (and the norm) of the teachers in @store. */
gboolean     sc_activity_week_refresh           (GListStore        *store,
                                              ScDatabase        *db,
                                              const char        *monday,
                                              GError           **error);
/* Teachers in @model that met the norm, and all of them. */
void         sc_activity_week_count             (GListModel        *model,
                                              guint             *met,
                                              guint             *total);
/* The same straight from the database, for any week. */
gboolean     sc_activity_week_summary           (ScDatabase        *db,
                                              const char        *monday,
                                              const ScActivityNorm *norm,
                                              guint             *met,
                                              guint             *total,
                                              GError           **error);

G_END_DECLS

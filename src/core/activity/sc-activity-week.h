/* sc-activity-week.h — one week's teachers with their counts, for the grid
 *
 * A week lists the teachers active on its Sunday (see sc-activity.h), in
 * Russian alphabetical order, each an ScActivityTeacher item. Counts change in
 * place (sc_usage_week_refresh), so a table bound to the items keeps its
 * rows and focus while a clerk types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-activity.h"

G_BEGIN_DECLS

#define SC_TYPE_ACTIVITY_TEACHER (sc_activity_teacher_get_type ())
G_DECLARE_FINAL_TYPE (ScActivityTeacher, sc_activity_teacher, SC, ACTIVITY_TEACHER, GObject)

gint64       sc_activity_teacher_get_id         (ScActivityTeacher *self);
const char  *sc_activity_teacher_get_name       (ScActivityTeacher *self);
const char  *sc_activity_teacher_get_department (ScActivityTeacher *self);
gboolean     sc_activity_teacher_has_record     (ScActivityTeacher *self);
int          sc_activity_teacher_get_messages   (ScActivityTeacher *self);
int          sc_activity_teacher_get_calls      (ScActivityTeacher *self);
ScActivityMark  sc_activity_teacher_get_mark       (ScActivityTeacher *self);
/* Sets the counts and notifies the properties that changed. */
void         sc_activity_teacher_update         (ScActivityTeacher    *self,
                                              gboolean           has_record,
                                              int                messages,
                                              int                calls,
                                              const ScActivityNorm *norm);

/* The week starting on @monday: a list of ScActivityTeacher. */
GListStore  *sc_usage_week_load              (ScDatabase        *db,
                                              const char        *monday,
                                              GError           **error);
/* Re-reads the counts (and the norm) of the teachers in @store. */
gboolean     sc_usage_week_refresh           (GListStore        *store,
                                              ScDatabase        *db,
                                              const char        *monday,
                                              GError           **error);
/* Teachers in @model that met the norm, and all of them. */
void         sc_usage_week_count             (GListModel        *model,
                                              guint             *met,
                                              guint             *total);
/* The same straight from the database, for any week. */
gboolean     sc_usage_week_summary           (ScDatabase        *db,
                                              const char        *monday,
                                              const ScActivityNorm *norm,
                                              guint             *met,
                                              guint             *total,
                                              GError           **error);

G_END_DECLS

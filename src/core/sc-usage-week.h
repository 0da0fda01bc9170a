/* sc-usage-week.h — one week's teachers with their counts, for the grid
 *
 * A week lists the teachers active on its Sunday (see sc-usage.h), in
 * Russian alphabetical order, each an ScUsageTeacher item. Counts change in
 * place (sc_usage_week_refresh), so a table bound to the items keeps its
 * rows and focus while a clerk types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-usage.h"

G_BEGIN_DECLS

#define SC_TYPE_USAGE_TEACHER (sc_usage_teacher_get_type ())
G_DECLARE_FINAL_TYPE (ScUsageTeacher, sc_usage_teacher, SC, USAGE_TEACHER, GObject)

gint64       sc_usage_teacher_get_id         (ScUsageTeacher *self);
const char  *sc_usage_teacher_get_name       (ScUsageTeacher *self);
const char  *sc_usage_teacher_get_department (ScUsageTeacher *self);
gboolean     sc_usage_teacher_has_record     (ScUsageTeacher *self);
int          sc_usage_teacher_get_messages   (ScUsageTeacher *self);
int          sc_usage_teacher_get_calls      (ScUsageTeacher *self);
ScUsageMark  sc_usage_teacher_get_mark       (ScUsageTeacher *self);
/* Sets the counts and notifies the properties that changed. */
void         sc_usage_teacher_update         (ScUsageTeacher    *self,
                                              gboolean           has_record,
                                              int                messages,
                                              int                calls,
                                              const ScUsageNorm *norm);

/* The week starting on @monday: a list of ScUsageTeacher. */
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
                                              const ScUsageNorm *norm,
                                              guint             *met,
                                              guint             *total,
                                              GError           **error);

G_END_DECLS

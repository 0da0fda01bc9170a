/* sc-activity-teacher.h — a teacher's counts in one week, as a list item
 *
 * The items of a week (sc-activity-week.h): counts change in place
 * (sc_activity_teacher_update notifies what changed), so a table bound to
 * them keeps its rows and focus while a clerk types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

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

ScActivityTeacher *sc_activity_teacher_new (gint64                id,
                                            const char           *name,
                                            const char           *department,
                                            gboolean              has_record,
                                            int                   messages,
                                            int                   calls,
                                            const ScActivityNorm *norm);
/* Russian alphabetical order of the names, then the ids. */
int          sc_activity_teacher_compare        (const ScActivityTeacher *a,
                                                 const ScActivityTeacher *b);

G_END_DECLS

/* sc-activity-badge.h — a teacher's week against the norm: Выполнен · Ниже
 * нормы · Нет данных, coloured, and said to screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-activity-week.h"

G_BEGIN_DECLS

#define SC_TYPE_ACTIVITY_BADGE (sc_activity_badge_get_type ())
G_DECLARE_FINAL_TYPE (ScActivityBadge, sc_activity_badge, SC, ACTIVITY_BADGE, GtkWidget)

void         sc_activity_badge_set_teacher (ScActivityBadge   *self,
                                         ScActivityTeacher *teacher);
/* "activity-met", "activity-below", "activity-no-data". */
const char  *sc_activity_badge_css_class   (ScActivityMark     mark);

G_END_DECLS

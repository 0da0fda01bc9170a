/* sc-usage-badge.h — a teacher's week against the norm: Выполнен · Ниже
 * нормы · Нет данных, coloured, and said to screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-usage-week.h"

G_BEGIN_DECLS

#define SC_TYPE_USAGE_BADGE (sc_usage_badge_get_type ())
G_DECLARE_FINAL_TYPE (ScUsageBadge, sc_usage_badge, SC, USAGE_BADGE, GtkWidget)

void         sc_usage_badge_set_teacher (ScUsageBadge   *self,
                                         ScUsageTeacher *teacher);
/* "usage-met", "usage-below", "usage-no-data". */
const char  *sc_usage_badge_css_class   (ScUsageMark     mark);

G_END_DECLS

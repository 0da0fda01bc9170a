/* sc-activity-page.h — «Активность»: teachers' weekly messages and calls
 * against the norm, typed in a week grid or imported; a month's heat map
 * and the weekly trend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-page.h"

G_BEGIN_DECLS

#define SC_TYPE_ACTIVITY_PAGE (sc_activity_page_get_type ())
G_DECLARE_FINAL_TYPE (ScActivityPage, sc_activity_page, SC, ACTIVITY_PAGE, ScPage)

/* Shows the week starting on @monday (any day is taken to its Monday). */
void         sc_activity_page_set_week     (ScActivityPage *self,
                                            const char     *day);
const char  *sc_activity_page_get_week     (ScActivityPage *self);

G_END_DECLS

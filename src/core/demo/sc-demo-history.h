/* sc-demo-history.h — the demonstration college's connection history and activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-demo-private.h"

G_BEGIN_DECLS

/* Fills in the groups' invitation and chat days and everyone's history. */
void sc_demo_history_generate (ScDemoCollege      *college);
/* One teacher's messages and calls in the ISO week starting on @monday. */
void sc_demo_activity_week       (GRand              *rand,
                               const ScDemoPerson *person,
                               guint32             monday,
                               int                *messages,
                               int                *calls);

G_END_DECLS

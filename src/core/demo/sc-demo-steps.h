/* sc-demo-steps.h — the demonstration college's chats and reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-demo-private.h"

G_BEGIN_DECLS

/* The chat plan of the templates, most of it created with dates and
 * invitation links; @group_ids: the groups' ids by index. */
gboolean sc_demo_chats_write   (ScDatabase     *db,
                                ScDemoCollege  *college,
                                GArray         *group_ids,
                                GError        **error);
/* October and November submitted (03.11 and 03.12.2023), December a draft. */
gboolean sc_demo_reports_write (ScDatabase     *db,
                                ScDemoCollege  *college,
                                GError        **error);

G_END_DECLS

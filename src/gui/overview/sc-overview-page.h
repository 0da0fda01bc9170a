/* sc-overview-page.h — «Обзор»: progress to 100 %, the report due next,
 * the points of the regional order as a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-page.h"

G_BEGIN_DECLS

#define SC_TYPE_OVERVIEW_PAGE (sc_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (ScOverviewPage, sc_overview_page, SC, OVERVIEW_PAGE, ScPage)

G_END_DECLS

/* sc-organization-window.h — the organization profile, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-database.h"

G_BEGIN_DECLS

#define SC_TYPE_ORGANIZATION_WINDOW (sc_organization_window_get_type ())
G_DECLARE_FINAL_TYPE (ScOrganizationWindow, sc_organization_window, SC, ORGANIZATION_WINDOW, AdwPreferencesWindow)

ScOrganizationWindow *sc_organization_window_new (ScDatabase *database);

G_END_DECLS

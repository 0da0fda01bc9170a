/* sc-status-badge.h — a person's connection status as a coloured label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-person.h"

G_BEGIN_DECLS

#define SC_TYPE_STATUS_BADGE (sc_status_badge_get_type ())
G_DECLARE_FINAL_TYPE (ScStatusBadge, sc_status_badge, SC, STATUS_BADGE, GtkWidget)

void sc_status_badge_set_person (ScStatusBadge *self,
                                 ScPerson      *person);

G_END_DECLS

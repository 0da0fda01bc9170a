/* sc-person-history.h — a person's status history, for the person dialog
 *
 * Every status event, the latest first: the status and its date (and its
 * platform, once the college has changed platform), a refusal's reason
 * and other channel, where it came from (a list of people file or entered by hand) and when it
 * was recorded; the one in force today is marked. A mistaken event can be
 * deleted, with Undo in a toast of the nearest AdwToastOverlay.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-database.h"

G_BEGIN_DECLS

#define SC_TYPE_PERSON_HISTORY (sc_person_history_get_type ())
G_DECLARE_FINAL_TYPE (ScPersonHistory, sc_person_history, SC, PERSON_HISTORY, AdwPreferencesGroup)

ScPersonHistory *sc_person_history_new        (void);
/* Shows the events of @person_id (0: none) as of @today (ISO). */
void             sc_person_history_load       (ScPersonHistory *self,
                                               ScDatabase      *database,
                                               gint64           person_id,
                                               const char      *today);
/* ScStatusEvent, the latest first; NULL before loading. */
GPtrArray       *sc_person_history_get_events (ScPersonHistory *self);
/* ScPlatformEntry, the college's platforms (sc-platform.h); NULL before loading. */
GPtrArray       *sc_person_history_get_platforms (ScPersonHistory *self);
/* Deletes an event (as its row's button does) and offers Undo. */
gboolean         sc_person_history_remove     (ScPersonHistory *self,
                                               gint64           event_id);
/* Puts the last deleted event back. */
gboolean         sc_person_history_undo       (ScPersonHistory *self);

G_END_DECLS

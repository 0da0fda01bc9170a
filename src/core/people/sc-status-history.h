/* sc-status-history.h — a person's status events, as the person dialog
 * and the command line show them
 *
 * Each event: its date, status, the platform it belongs to (the one in
 * force on its date, sc-platform.h), a refusal's reason and channel, where
 * it came from (a list of people file, named, or entered by hand) and when
 * it was recorded. A mistaken
 * event can be deleted and put back (Undo) under its own id, so that the
 * order of events of one date (sc-status-rule.h) stays as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"
#include "sc-enums.h"
#include "sc-platform.h"

G_BEGIN_DECLS

typedef struct
{
  gint64    id;
  gint64    person_id;
  ScStatus  status;
  char     *on_date;      /* ISO */
  char     *reason;       /* the refusal's words, "" when none */
  ScDeclineReason reason_code;
  ScChannel channel;
  ScPlatform platform;    /* in force on on_date */
  char     *source;       /* "manual" or "import" */
  gint64    import_id;    /* 0: none recorded */
  char     *file_name;    /* the import's file, NULL when by hand or not known */
  char     *recorded_at;  /* UTC, "YYYY-MM-DDTHH:MM:SS" */
} ScStatusEvent;

ScStatusEvent *sc_status_event_copy         (const ScStatusEvent *event);
void           sc_status_event_free         (ScStatusEvent       *event);
gboolean       sc_status_event_is_by_hand   (const ScStatusEvent *event);
/* «нет смартфона · другой канал: СМС», "" for an event that is no refusal. */
char          *sc_status_event_describe_decline (const ScStatusEvent *event);
/* «вручную» or «из файла «ноябрь.csv»». */
char          *sc_status_event_describe_source (const ScStatusEvent *event);
/* When it was recorded, in local time: «07.12.2023 10:15». */
char          *sc_status_event_format_recorded (const ScStatusEvent *event);

/* The events of @person_id, the latest first (the order of the status
 * rule: by date, then by recording). */
GPtrArray     *sc_status_history_load       (ScDatabase          *db,
                                             gint64               person_id,
                                             GError             **error);
/* The event in @events that gives the status on @on_date on the platform
 * in force then (@platforms from sc_platform_history_load ()), or NULL. */
const ScStatusEvent *sc_status_history_on   (GPtrArray           *events,
                                             GPtrArray           *platforms,
                                             const char          *on_date);
/* The event recorded last, when a later-dated one gives the status on
 * @on_date instead (a mark entered with a past date after an import dated
 * later); else NULL. *@current receives the one in force. */
const ScStatusEvent *sc_status_history_overruled (GPtrArray      *events,
                                             GPtrArray           *platforms,
                                             const char          *on_date,
                                             const ScStatusEvent **current);

/* Deletes the event @event_id; *@removed receives it, for Undo. Emits
 * ScDatabase::changed ("people"). */
gboolean       sc_status_history_remove     (ScDatabase          *db,
                                             gint64               event_id,
                                             ScStatusEvent      **removed,
                                             GError             **error);
/* Puts a removed event back, under its own id when that is free. */
gboolean       sc_status_history_restore    (ScDatabase          *db,
                                             const ScStatusEvent *event,
                                             GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScStatusEvent, sc_status_event_free)

G_END_DECLS

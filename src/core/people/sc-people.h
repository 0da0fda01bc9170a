/* sc-people.h — reading and changing the people of a college
 *
 * Status changes are new status_event rows (history is never rewritten);
 * leaving sets left_on (nobody is deleted). Each change is one transaction
 * and returns what an Undo needs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"
#include "sc-person.h"

G_BEGIN_DECLS

typedef enum
{
  SC_UNIT_GROUP,
  SC_UNIT_DEPARTMENT,
} ScUnitKind;

typedef struct
{
  ScUnitKind  kind;
  gint64      id;
  char       *name;
  char       *curator;   /* groups: the curator's full name, or "" */
  guint       active;
  guint       connected;
} ScUnitProgress;

void        sc_unit_progress_free (ScUnitProgress *progress);
double      sc_unit_progress_pct  (const ScUnitProgress *progress);

/* Every person with the status on @on_date (YYYY-MM-DD), as ScPerson items. */
GListStore *sc_people_load        (ScDatabase     *db,
                                   const char     *on_date,
                                   GError        **error);
/* The same in an array (of ScPerson, owning them): no list store beside
 * them while 50 000 are read. */
GPtrArray  *sc_people_read        (ScDatabase     *db,
                                   const char     *on_date,
                                   GError        **error);
/* Inserts (record->id == 0) or updates a person; groups and departments are
 * found or created by name. Returns the id, 0 on error. */
gint64      sc_people_save        (ScDatabase           *db,
                                   const ScPersonRecord *record,
                                   GError              **error);
/* A status mark: for a refusal, its reason, the reason's words (required
 * for SC_DECLINE_REASON_OTHER) and the channel the person gets instead. */
typedef struct
{
  ScStatus         status;
  const char      *on_date;      /* YYYY-MM-DD */
  ScDeclineReason  reason;
  const char      *reason_text;  /* may be NULL */
  ScChannel        channel;
} ScStatusChange;

/* Adds a status event for each person whose status on the change's date
 * differs (for a refusal: or its reason or channel). *out_events receives
 * the new event ids (gint64) for Undo. */
gboolean    sc_people_change_status (ScDatabase           *db,
                                     const gint64         *ids,
                                     guint                 n_ids,
                                     const ScStatusChange *change,
                                     GArray              **out_events,
                                     GError              **error);
/* The same with a free-text reason and no channel.
 * Adds a status event for each person whose status on @on_date differs.
 * *out_events receives the new event ids (gint64) for Undo. */
gboolean    sc_people_set_status  (ScDatabase     *db,
                                   const gint64   *ids,
                                   guint           n_ids,
                                   ScStatus        status,
                                   const char     *on_date,
                                   const char     *reason,
                                   GArray        **out_events,
                                   GError        **error);
gboolean    sc_people_remove_events (ScDatabase   *db,
                                     GArray       *events,
                                     GError      **error);
/* Sets left_on (NULL: active again). *out_previous receives the old values
 * (char *, NULL for active) in the order of @ids, for Undo. */
gboolean    sc_people_set_left    (ScDatabase     *db,
                                   const gint64   *ids,
                                   guint           n_ids,
                                   const char     *left_on,
                                   GPtrArray     **out_previous,
                                   GError        **error);
gboolean    sc_people_restore_left (ScDatabase    *db,
                                    const gint64  *ids,
                                    guint          n_ids,
                                    GPtrArray     *previous,
                                    GError       **error);
/* Connected / active per group (students and curators' groups) and per
 * department (teachers and students), worst share first. */
GPtrArray  *sc_people_progress    (ScDatabase     *db,
                                   const char     *on_date,
                                   GError        **error);
/* Connected and active people of @category on @on_date. */
gboolean    sc_people_count       (ScDatabase     *db,
                                   ScCategory      category,
                                   const char     *on_date,
                                   guint          *connected,
                                   guint          *active,
                                   GError        **error);

/* At least as many as are stored, whatever their status or leaving date
 * (the largest id: people removed leave gaps); -1 on error. Read from one
 * page of the file: to decide how to read the people, not to count them. */
gint64      sc_people_size_hint   (ScDatabase   *db,
                                    GError      **error);

/* The people of @category counted on @on_date, by the status rule
 * (sc-status-rule.h): connected; declined, and of those with another
 * channel (covered = connected + alternative, DESIGN.md §5); and those
 * who need to move to the platform in force. */
typedef struct
{
  guint active;
  guint connected;
  guint declined;
  guint alternative;
  guint needs_move;
} ScPeopleTally;

gboolean    sc_people_tally       (ScDatabase     *db,
                                   ScCategory      category,
                                   const char     *on_date,
                                   ScPeopleTally  *tally,
                                   GError        **error);

G_END_DECLS

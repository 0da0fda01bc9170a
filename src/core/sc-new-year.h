/* sc-new-year.h — «Новый учебный год…»: the new year's list, the chats of
 * the groups that are gone and of the new ones, and the year's target, in
 * one transaction
 *
 * The steps, on the day D = the later of the year's start and the list's
 * day:
 * 1. the new year's list of people, as a full list (ScPeopleImport with
 *    full_list): whom it leaves out leaves on the date the coordinator
 *    confirmed (by default 30 June);
 * 2. the groups with no active student on D: their chats (group and
 *    parents' chats) are archived with their history, on the list's day;
 *    a chat that was only planned never existed, and is removed (its
 *    sub-chats go up a level) — archiving it would make past months count
 *    a chat that never was;
 * 3. chats for the groups that have none, from the templates (group and
 *    department chats; parents' chats when the college keeps any; on MAX
 *    the platform makes them: expected, not planned);
 * 4. the year is started: its target recorded, the «Обзор» checklist
 *    asks for this year's list no more.
 * Past months keep their figures: everything is dated (leaving, moves,
 * who counts from when, the archive), and submitted reports are frozen.
 *
 * sc_new_year_plan () runs the steps and rolls them back, so the preview
 * is exactly what sc_new_year_commit () will do; each runs on a
 * connection no one else is using at the time (it may be a worker's).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-chat-store.h"
#include "sc-database-snapshot.h"
#include "sc-import.h"

G_BEGIN_DECLS

/* A group left without students. */
typedef struct
{
  char  *code;
  guint  students_before;  /* active on D before the list */
} ScNewYearGroup;

/* A chat of such a group: archived when created, removed when planned. */
typedef struct
{
  gint64        id;
  char         *title;
  char         *group_code;
  ScChatStatus  status;     /* before: created or planned */
} ScNewYearChat;

#define SC_TYPE_NEW_YEAR (sc_new_year_get_type ())
G_DECLARE_FINAL_TYPE (ScNewYear, sc_new_year, SC, NEW_YEAR, GObject)

/* @import: a people import with the full-list option (not committed);
 * @start_on: the year's 1 September; @target_on: its 100 % target. */
ScNewYear  *sc_new_year_new               (ScImport    *import,
                                           const char  *start_on,
                                           const char  *target_on);
ScImport   *sc_new_year_get_import        (ScNewYear   *self);
const char *sc_new_year_get_start_on      (ScNewYear   *self);
const char *sc_new_year_get_target_on     (ScNewYear   *self);
void        sc_new_year_set_target_on     (ScNewYear   *self,
                                           const char  *target_on);
/* D: the day the groups and the chats are judged on. */
const char *sc_new_year_get_day           (ScNewYear   *self);

/* Runs every step in a write transaction and rolls it back. */
gboolean    sc_new_year_plan              (ScNewYear     *self,
                                           ScDatabase    *db,
                                           GCancellable  *cancellable,
                                           GError       **error);
/* What the plan found: ScNewYearGroup (by code), ScNewYearChat,
 * ScChatTemplateItem. */
GPtrArray  *sc_new_year_get_emptied_groups (ScNewYear  *self);
GPtrArray  *sc_new_year_get_old_chats     (ScNewYear   *self);
GPtrArray  *sc_new_year_get_new_chats     (ScNewYear   *self);

/* Runs every step in one transaction and commits; *undo gets the file as
 * it was just before (mark it on the connection that will undo). Emits
 * nothing: sc_new_year_emit_changed () on the window's connection. */
gboolean    sc_new_year_commit            (ScNewYear           *self,
                                           ScDatabase          *db,
                                           ScDatabaseSnapshot **undo,
                                           GCancellable        *cancellable,
                                           GError             **error);
void        sc_new_year_emit_changed      (ScNewYear   *self,
                                           ScDatabase  *db);

G_END_DECLS

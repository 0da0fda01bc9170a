/* sc-platform.h — the messenger platform «Сферум» lives in, and its history
 *
 * «Сферум» lived in VK Messenger until 2025 and lives in MAX since. A
 * college's profile keeps the platforms it has been on, each with the day
 * it starts; the first has no day (from the start). The platform in force
 * on D is the latest entry dated D or earlier, else the first.
 *
 * A status belongs to the platform in force on its date (sc-status-rule.h):
 * after the switch, a person counts as connected only once marked joined on
 * the new platform, and one who had joined the old one «needs to move».
 * Recording the switch archives the old platform's chats, with the switch
 * day as the day they were archived, so the months before it keep them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

typedef enum
{
  SC_PLATFORM_VK,
  SC_PLATFORM_MAX,
} ScPlatform;

typedef struct
{
  ScPlatform  platform;
  char       *from_date;  /* YYYY-MM-DD; NULL for the first entry (from the start) */
} ScPlatformEntry;

/* "vk", "max" */
const char *sc_platform_to_string       (ScPlatform   platform);
gboolean    sc_platform_from_string     (const char  *text,
                                         ScPlatform  *platform);
/* «VK Мессенджер (Сферум)», «MAX» */
const char *sc_platform_get_label       (ScPlatform   platform);

void        sc_platform_entry_free      (ScPlatformEntry *entry);

/* The entries, the first (undated) one first. */
GPtrArray  *sc_platform_history_load    (ScDatabase  *db,
                                         GError     **error);
/* The platform in force on @date in @history. */
ScPlatform  sc_platform_history_on      (GPtrArray   *history,
                                         const char  *date);
/* The day the platform in force on @date started, NULL when it is the
 * first one (no switch by then). */
const char *sc_platform_history_switch_on (GPtrArray *history,
                                         const char  *date);
/* The latest switch (an entry with a day), NULL when none. */
const ScPlatformEntry *sc_platform_history_last_switch (GPtrArray *history);
/* «VK Мессенджер (Сферум) · Переход на MAX с 01.12.2023», or «MAX». */
char       *sc_platform_history_describe (GPtrArray  *history);

/* The platform in force on @date, read from the file. */
gboolean    sc_platform_on              (ScDatabase  *db,
                                         const char  *date,
                                         ScPlatform  *platform,
                                         GError     **error);

/* The chats made on @platform and not archived: those a switch away from
 * it archives. */
gboolean    sc_platform_count_chats     (ScDatabase  *db,
                                         ScPlatform   platform,
                                         guint       *n_created,
                                         GError     **error);

/* The platform the college was on from the start. Refused once a switch
 * to that same platform is recorded. Emits ScDatabase::changed. */
gboolean    sc_platform_set_first       (ScDatabase  *db,
                                         ScPlatform   platform,
                                         GError     **error);
/* What recording a switch did. */
typedef struct
{
  guint n_archived;   /* chats of the platform left behind, now archived */
  guint n_marked;     /* people of the moved groups marked joined */
} ScPlatformSwitchResult;

/* Records the move to @platform from @from_date (YYYY-MM-DD), in one
 * transaction: the chats of the platform left behind that were created are
 * archived on @from_date (planned ones follow the college to @platform).
 * The students counted in @group_ids (may be NULL) on @from_date, whom the
 * platform moved with their groups, are marked joined on @platform from
 * that day (unless they are joined or declined there already).
 * Recording the same platform again moves the day of the switch (and of
 * those chats' archiving). Refused when the college is on @platform then
 * already, or a later switch is recorded. @result may be NULL. Emits
 * ScDatabase::changed ("organization", "people", "chats", "reports"). */
gboolean    sc_platform_switch          (ScDatabase             *db,
                                         ScPlatform              platform,
                                         const char             *from_date,
                                         const gint64           *group_ids,
                                         guint                   n_groups,
                                         ScPlatformSwitchResult *result,
                                         GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScPlatformEntry, sc_platform_entry_free)

G_END_DECLS

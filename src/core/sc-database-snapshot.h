/* sc-database-snapshot.h — a whole college file held in memory, to undo a
 * large change exactly
 *
 * «Новый учебный год…» changes people, groups, chats and the year in one
 * transaction; its Undo puts back the file as it was just before, page for
 * page, from a copy kept in memory (never on the disk: it holds everyone's
 * names). The copy is taken inside the change's own write transaction, so
 * no other write can fall between the two, and Undo is refused when the
 * file changed after the change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

typedef struct _ScDatabaseSnapshot ScDatabaseSnapshot;

/* The file as @db sees it now (inside or outside a transaction). */
ScDatabaseSnapshot *sc_database_snapshot_take    (ScDatabase         *db,
                                                  GError            **error);
/* What @db sees now is the state Undo may replace: call it once the change
 * is committed, on the connection that will undo. */
gboolean            sc_database_snapshot_mark    (ScDatabaseSnapshot *snapshot,
                                                  ScDatabase         *db,
                                                  GError            **error);
/* Puts the copy back in one transaction, unless the file changed since
 * sc_database_snapshot_mark (); emits every ScDatabase::changed detail. */
gboolean            sc_database_snapshot_restore (ScDatabaseSnapshot *snapshot,
                                                  ScDatabase         *db,
                                                  GError            **error);
void                sc_database_snapshot_free    (ScDatabaseSnapshot *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScDatabaseSnapshot, sc_database_snapshot_free)

G_END_DECLS

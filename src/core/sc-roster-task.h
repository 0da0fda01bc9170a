/* sc-roster-task.h — the roster import off the main thread
 *
 * Each job opens its own connection to the college file (WAL lets the
 * window keep reading), so the window stays responsive while a large file
 * is read, planned or written. Progress is delivered in the caller's
 * main context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-roster-import.h"

G_BEGIN_DECLS

typedef struct
{
  ScTable     *table;     /* read from the file */
  ScColumnMap *map;       /* as detected, or as the person changed it */
  ScRosterPlan *plan;
} ScRosterPreview;

void             sc_roster_preview_free      (ScRosterPreview *preview);

/* Reads @file_path (when @table is NULL), detects the columns (when @map is
 * NULL) and plans against the database at @db_path. */
void             sc_roster_task_plan_async   (const char            *db_path,
                                              const char            *file_path,
                                              ScTable               *table,
                                              const ScColumnMap     *map,
                                              const ScRosterOptions *options,
                                              ScImportProgressFunc   progress,
                                              gpointer               progress_data,
                                              GCancellable          *cancellable,
                                              GAsyncReadyCallback    callback,
                                              gpointer               user_data);
ScRosterPreview *sc_roster_task_plan_finish  (GAsyncResult          *result,
                                              GError               **error);

void             sc_roster_task_commit_async (const char            *db_path,
                                              ScRosterPlan          *plan,
                                              ScImportProgressFunc   progress,
                                              gpointer               progress_data,
                                              GCancellable          *cancellable,
                                              GAsyncReadyCallback    callback,
                                              gpointer               user_data);
gboolean         sc_roster_task_commit_finish (GAsyncResult         *result,
                                               GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScRosterPreview, sc_roster_preview_free)

G_END_DECLS

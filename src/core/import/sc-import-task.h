/* sc-import-task.h — any import (sc-import.h) off the main thread
 *
 * A job works on a connection of its own to the college file (WAL lets the
 * window keep reading), so the window stays responsive while a large file
 * is read, checked or loaded. The connection a plan was made on comes back
 * with it: planning again and loading reuse it (opening a college checks
 * the whole file), and loading on the planning connection need not plan
 * again unless someone else wrote in between. Never give one connection to
 * two jobs at once. Progress is delivered in the caller's main context,
 * and not after the job is cancelled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-import.h"

G_BEGIN_DECLS

typedef struct
{
  ScDatabase  *db;       /* the connection planned on, idle now */
  ScTable     *table;    /* read from the file */
  ScColumnMap *map;      /* as detected, or as the person changed it */
  ScImport    *plan;     /* planned; NULL when @problem says why */
  GError      *problem;  /* SC_IMPORT_ERROR_MAPPING: a needed field has no column */
} ScImportPreview;

void             sc_import_preview_free      (ScImportPreview       *preview);

/* Reads @file_path (when @table is NULL), detects the columns (when @map is
 * NULL) and plans an import of @import_type on @db, or on a new connection
 * to @db_path when @db is NULL. The options' file name is @file_path's
 * when it is given. A map that leaves out a needed field is not an error:
 * the preview has no plan and says so, for the person to map that column. */
void             sc_import_task_plan_async   (GType                  import_type,
                                              const char            *db_path,
                                              ScDatabase            *db,
                                              const char            *file_path,
                                              ScTable               *table,
                                              const ScColumnMap     *map,
                                              const ScImportOptions *options,
                                              ScImportProgressFunc   progress,
                                              gpointer               progress_data,
                                              GCancellable          *cancellable,
                                              GAsyncReadyCallback    callback,
                                              gpointer               user_data);
ScImportPreview *sc_import_task_plan_finish  (GAsyncResult          *result,
                                              GError               **error);

/* Loads @preview's plan in one transaction on its connection. */
void             sc_import_task_commit_async (ScImportPreview       *preview,
                                              ScImportProgressFunc   progress,
                                              gpointer               progress_data,
                                              GCancellable          *cancellable,
                                              GAsyncReadyCallback    callback,
                                              gpointer               user_data);
gboolean         sc_import_task_commit_finish (GAsyncResult         *result,
                                               GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScImportPreview, sc_import_preview_free)

G_END_DECLS

/* sc-import-plan.h — what every import plan does alike (list of people, activity)
 *
 * A plan is made in one read transaction and remembers the state of the
 * database it saw; its commit opens the write transaction, plans again if
 * anything changed since, refuses in strict mode when a row has an error,
 * writes, and emits ScDatabase::changed. The import itself supplies the
 * steps (ScImportPlanOps); this file runs them in that order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-column-map.h"
#include "sc-database.h"
#include "sc-table.h"

G_BEGIN_DECLS

/* A part of the whole job's progress: fraction start … start + span. */
typedef struct
{
  ScImportProgressFunc func;
  gpointer             data;
  double               start;
  double               span;
} ScImportProgress;

void     sc_import_progress_report (ScImportProgress *progress,
                                    guint             done,
                                    guint             total);
/* Reports progress and checks for cancellation every few hundred rows. */
gboolean sc_import_progress_check  (ScImportProgress *progress,
                                    guint             done,
                                    guint             total,
                                    GCancellable     *cancellable,
                                    GError          **error);

typedef struct
{
  /* Empties the plan for planning again. */
  void     (*reset)        (gpointer          plan);
  /* Reads the database (inside a transaction) and decides every row. */
  gboolean (*build)        (gpointer          plan,
                            ScDatabase       *db,
                            ScImportProgress *progress,
                            GCancellable     *cancellable,
                            GError          **error);
  /* Writes the plan inside the caller's transaction. */
  gboolean (*write)        (gpointer          plan,
                            ScDatabase       *db,
                            ScImportProgress *progress,
                            GCancellable     *cancellable,
                            GError          **error);
  guint    (*count_errors) (gpointer          plan);
  const char *changed;     /* what ScDatabase::changed names: "people" */
} ScImportPlanOps;

typedef struct
{
  const ScImportPlanOps *ops;
  gboolean    strict;         /* any row error → commit nothing */
  ScDatabase *db;             /* the connection planned on */
  gint64      data_version;   /* its state then, to tell whether the plan still holds */
  gint64      total_changes;
  guint       n_rows;         /* the file's: a large import may take the file (commit) */
  gboolean    stale;          /* a commit failed half-way: plan again */
  gboolean    committed;
} ScImportPlanState;

/* Plans @plan in one read transaction of @db. */
gboolean sc_import_plan_make   (ScImportPlanState    *state,
                                gpointer              plan,
                                ScDatabase           *db,
                                ScImportProgressFunc  progress,
                                gpointer              user_data,
                                GCancellable         *cancellable,
                                GError              **error);
gboolean sc_import_plan_commit (ScImportPlanState    *state,
                                gpointer              plan,
                                ScDatabase           *db,
                                ScImportProgressFunc  progress,
                                gpointer              user_data,
                                GCancellable         *cancellable,
                                GError              **error);
void     sc_import_plan_state_clear (ScImportPlanState *state);

/* Shared by the row parsers. */
gboolean sc_import_is_blank        (const char        *text);
/* Notes on a file are a NULL-terminated GPtrArray of char *: adds @note
 * (taken) before the NULL. */
void     sc_import_add_note        (GPtrArray         *notes,
                                    char              *note);
/* «The column “№” is not loaded.» for each column the map does not load. */
void     sc_import_note_unloaded   (const ScColumnMap *map,
                                    GPtrArray         *notes);
/* «N rows without data were skipped.», when N > 0. */
void     sc_import_note_blank_rows (GPtrArray         *notes,
                                    guint              n_blank);

G_END_DECLS

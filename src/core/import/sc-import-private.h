/* sc-import-private.h — what the imports (ScImport's subclasses) share
 * while they plan and write: progress, the table's cells as fields, and
 * the notes on the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-import.h"

G_BEGIN_DECLS

/* The base type's own state: for sc-import.c and sc-import-plan.c only;
 * the imports use the functions below. */
typedef struct
{
  ScTable     *table;
  ScColumnMap *map;
  int          columns[SC_N_FIELDS];  /* field → column, or -1 */
  gboolean     strict;
  gboolean     full_list;
  char        *today;                 /* never NULL once constructed */
  char        *left_on;               /* likewise */
  char        *file_name;             /* likewise */
  ScDatabase  *db;                    /* the connection planned on */
  gint64       data_version;          /* its state then, to tell whether the plan still holds */
  gint64       total_changes;
  gboolean     stale;                 /* a commit failed half-way: plan again */
  gboolean     committed;
  guint        counts[SC_IMPORT_ROW_N_OUTCOMES];
  guint        n_warnings;            /* rows loaded with a warning */
  GPtrArray   *notes;                 /* char *, NULL-terminated */
} ScImportPrivate;

ScImportPrivate *sc_import_get_private (ScImport *self);

/* A part of the whole job's progress: fraction start … start + span. */
struct _ScImportProgress
{
  ScImportProgressFunc func;
  gpointer             data;
  double               start;
  double               span;
};

void        sc_import_progress_report (ScImportProgress *progress,
                                       guint             done,
                                       guint             total);
/* Reports progress and checks for cancellation every few hundred rows. */
gboolean    sc_import_progress_check  (ScImportProgress *progress,
                                       guint             done,
                                       guint             total,
                                       GCancellable     *cancellable,
                                       GError          **error);

/* The column holding @field, or -1. */
int         sc_import_get_column      (ScImport         *self,
                                       ScField           field);
/* The header of the column holding @field, as the file writes it. */
const char *sc_import_get_header      (ScImport         *self,
                                       ScField           field);
/* The person chose the full-list mode, and the import offers it. */
gboolean    sc_import_is_full_list    (ScImport         *self);
/* The file's name as the options gave it; "" when none. */
const char *sc_import_get_file_name   (ScImport         *self);

/* Only spaces (also no-break and zero-width ones). */
gboolean    sc_import_is_blank        (const char       *text);
/* Adds @note (taken) to the notes on the file. */
void        sc_import_add_note        (ScImport         *self,
                                       char             *note);
/* «The column “№” is not loaded.» for each column the map does not load. */
void        sc_import_note_unloaded   (ScImport         *self);

G_END_DECLS

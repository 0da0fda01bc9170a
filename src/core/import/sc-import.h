/* sc-import.h — one import of a table into the college database
 *
 * detect the columns → (the person may change the mapping) → plan, which
 * reads the database and writes nothing → commit, one transaction.
 *
 * An ScImport is one file's import: its table, its column map and the
 * person's choices (ScImportOptions). Planning decides, row by row, what
 * will happen: added, updated (with what changes), unchanged, a repeat of
 * an earlier line, or an error with its line and reason; a full list of
 * people also says who will be marked as left. The plan is made in one
 * read transaction and remembers the state of the database it saw; the
 * commit opens the write transaction, plans again if anything changed
 * since (so the counts always tell what was written), refuses in strict
 * mode when a row has an error, writes, and emits ScDatabase::changed.
 *
 * This base type runs those steps and answers what every import is asked
 * (counts, rows, notes); ScPeopleImport (sc-people-import.h) and
 * ScActivityImport (sc-activity-import.h) decide the rows and write them.
 * The worker (sc-import-task.h), the import assistant and the command
 * line's import verbs know only ScImport.
 *
 * Threads: planning and committing touch only the ScDatabase passed in,
 * so a worker thread may run them on its own connection; the progress
 * callback runs in that thread. An import is used by one thread at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-column-map.h"
#include "sc-database.h"
#include "sc-import-error.h"
#include "sc-table.h"

G_BEGIN_DECLS

/* Called now and then from the thread doing the work, @fraction in 0…1. */
typedef void (*ScImportProgressFunc) (double   fraction,
                                      gpointer user_data);

/* What happens to a data row. */
typedef enum
{
  SC_IMPORT_ROW_ADDED,
  SC_IMPORT_ROW_UPDATED,
  SC_IMPORT_ROW_UNCHANGED,
  SC_IMPORT_ROW_DUPLICATE,
  SC_IMPORT_ROW_ERROR,
  SC_IMPORT_ROW_N_OUTCOMES
} ScImportOutcome;

/* The person's choices; an import reads those it has. */
typedef struct
{
  gboolean    strict;     /* any row error → commit nothing */
  const char *today;      /* ISO: the day the file is as of (undated statuses,
                             moves, who counts from when; weeks after it are
                             refused); NULL: today */
  gboolean    full_list;  /* people: the file lists everyone; whom it leaves out has left */
  const char *left_on;    /* people, full list: ISO date they left; NULL: @today */
  const char *file_name;  /* the file's name, for the people's history; NULL: none */
} ScImportOptions;

/* What every import says of one of its data rows. */
typedef struct
{
  guint            line;
  ScImportOutcome  outcome;
  const char      *message;  /* the error, "same as line N", or what changes; "" */
  const char      *warning;  /* loaded, but worth a look; NULL */
} ScImportRow;

/* One data row of the table, by field. */
typedef struct
{
  guint       line;                /* in the file */
  const char *cells[SC_N_FIELDS];  /* NULL where no column holds the field */
} ScImportCells;

typedef struct _ScImportProgress ScImportProgress;

#define SC_TYPE_IMPORT (sc_import_get_type ())
G_DECLARE_DERIVABLE_TYPE (ScImport, sc_import, SC, IMPORT, GObject)

struct _ScImportClass
{
  GObjectClass parent_class;

  const char    *title;          /* untranslated (N_): «Импорт списка людей» */
  const char    *changed;        /* what ScDatabase::changed names after a commit */
  gboolean       has_full_list;  /* offers the full-list mode and its leavers */
  const ScField *fields;         /* the fields it reads, ended by SC_FIELD_NONE */

  /* Planning, in the read transaction sc_import_plan() opens, in this
   * order; notes on the file go in with sc_import_add_note()
   * (sc-import-private.h) after the base's on the columns not loaded. */
  /* A needed field has no column: SC_IMPORT_ERROR_MAPPING naming it. */
  gboolean (*check_columns)   (ScImport          *self,
                               GError           **error);
  /* Forgets the last plan. */
  void     (*reset)           (ScImport          *self);
  /* Reads what the rows are matched against. */
  gboolean (*load)            (ScImport          *self,
                               ScDatabase        *db,
                               GError           **error);
  /* Reads one data row of the table (never a blank one) into the plan. */
  void     (*add_row)         (ScImport            *self,
                               const ScImportCells *row);
  /* Decides each row against the database; the second half of the progress. */
  gboolean (*resolve)         (ScImport          *self,
                               ScDatabase        *db,
                               ScImportProgress  *progress,
                               GCancellable      *cancellable,
                               GError           **error);
  /* Once the rows are counted: what the file says as a whole. May be NULL. */
  void     (*finish)          (ScImport          *self);

  /* Committing: writes the plan inside the write transaction. */
  gboolean (*write)           (ScImport          *self,
                               ScDatabase        *db,
                               ScImportProgress  *progress,
                               GCancellable      *cancellable,
                               GError           **error);

  /* Reading the plan. */
  guint    (*get_n_rows)      (ScImport          *self);
  void     (*get_row)         (ScImport          *self,
                               guint              index,
                               ScImportRow       *row);
  /* Whom the row is about (@title), and what it does (@details): as it
   * will be stored when added, each change when updated, the line it
   * repeats when a repeat. */
  void     (*describe_row)    (ScImport          *self,
                               guint              index,
                               char             **title,
                               char             **details);
  /* «Список загружен: …», @counts as sc_import_describe_done() says them. */
  char    *(*describe_loaded) (ScImport          *self,
                               const char        *counts);
  /* Full-list mode only (has_full_list): who will be marked as left. */
  guint    (*get_n_leavers)   (ScImport          *self);
  void     (*describe_leaver) (ScImport          *self,
                               guint              index,
                               char             **title,
                               char             **details);
};

/* What an import type offers before a file is read. */
const char         *sc_import_type_get_title       (GType                 import_type);
const ScField      *sc_import_type_get_fields      (GType                 import_type);
gboolean            sc_import_type_has_full_list   (GType                 import_type);
ScColumnMap        *sc_import_type_detect_columns  (GType                 import_type,
                                                    const ScTable        *table,
                                                    GError              **error);

/* An import of @table mapped by @map (copied), not planned yet. */
ScImport           *sc_import_new                  (GType                 import_type,
                                                    ScTable              *table,
                                                    const ScColumnMap    *map,
                                                    const ScImportOptions *options);

/* Plans in one read transaction of @db. SC_IMPORT_ERROR_MAPPING when a
 * needed field has no column; SC_IMPORT_ERROR_FAILED for a bad date in
 * the options. May be called again: each plan replaces the last. */
gboolean            sc_import_plan                 (ScImport             *self,
                                                    ScDatabase           *db,
                                                    ScImportProgressFunc  progress,
                                                    gpointer              user_data,
                                                    GCancellable         *cancellable,
                                                    GError              **error);
/* Applies the plan in one transaction and emits ScDatabase::changed on
 * @db. If the database changed since the plan was made, plans again inside
 * the transaction first. Strict mode with any row error:
 * SC_IMPORT_ERROR_STRICT and nothing written. Once only. */
gboolean            sc_import_commit               (ScImport             *self,
                                                    ScDatabase           *db,
                                                    ScImportProgressFunc  progress,
                                                    gpointer              user_data,
                                                    GCancellable         *cancellable,
                                                    GError              **error);
/* Inside the caller's write transaction on @db: plans again when the
 * database changed since the plan, refuses in strict mode, writes. Does
 * not commit and emits nothing (sc_import_emit_changed () once the caller
 * has committed); the import stays uncommitted, and plans again before
 * its next use, so a caller may roll back and write it again. */
gboolean            sc_import_write_within         (ScImport             *self,
                                                    ScDatabase           *db,
                                                    GCancellable         *cancellable,
                                                    GError              **error);
/* Emits ScDatabase::changed on @db as a commit does: for another
 * connection to the file than the one that wrote. */
void                sc_import_emit_changed         (ScImport             *self,
                                                    ScDatabase           *db);

gboolean            sc_import_is_committed         (ScImport             *self);
ScTable            *sc_import_get_table            (ScImport             *self);
const ScColumnMap  *sc_import_get_column_map       (ScImport             *self);
const ScField      *sc_import_get_fields           (ScImport             *self);
/* The ISO dates the options named, or their defaults. */
const char         *sc_import_get_today            (ScImport             *self);
const char         *sc_import_get_left_on          (ScImport             *self);

guint               sc_import_get_n_rows           (ScImport             *self);
void                sc_import_get_row              (ScImport             *self,
                                                    guint                 index,
                                                    ScImportRow          *row);
guint               sc_import_count                (ScImport             *self,
                                                    ScImportOutcome       outcome);
/* Rows loaded with a warning. */
guint               sc_import_count_warnings       (ScImport             *self);
void                sc_import_describe_row         (ScImport             *self,
                                                    guint                 index,
                                                    char                **title,
                                                    char                **details);
/* Remarks on the file as a whole («column “№” is not loaded»), translated;
 * NULL-terminated. */
const char * const *sc_import_get_notes            (ScImport             *self);
/* 0 unless a full list of people leaves someone out. */
guint               sc_import_get_n_leavers        (ScImport             *self);
void                sc_import_describe_leaver      (ScImport             *self,
                                                    guint                 index,
                                                    char                **title,
                                                    char                **details);

/* «Добавить 1 240 · Обновить 12 · Без изменений 3 · Повторы 0 · Ошибки 2» */
char               *sc_import_describe_counts      (ScImport             *self);
/* After the load, for a toast: «добавлено 1 240 · обновлено 12 · …» */
char               *sc_import_describe_done        (ScImport             *self);
/* The toast itself: «Список загружен: добавлено 1 240 · …» */
char               *sc_import_describe_loaded      (ScImport             *self);

G_END_DECLS

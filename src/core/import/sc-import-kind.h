/* sc-import-kind.h — what one import assistant needs to know of an import
 *
 * The list of people and the activity imports keep their typed plans
 * (sc-people-import.h, sc-activity-import.h). An ScImportKind is a small table
 * of functions over such a plan, so that one worker (sc-import-task.h) and
 * one assistant window can read, check, preview and load either. The kinds
 * are in sc-people-import-kind.c and sc-activity-import-kind.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-column-map.h"
#include "sc-database.h"
#include "sc-table.h"

G_BEGIN_DECLS

/* What happens to a data row; the order of ScPeopleImportOutcome and ScActivityImportOutcome. */
typedef enum
{
  SC_IMPORT_ROW_ADDED,
  SC_IMPORT_ROW_UPDATED,
  SC_IMPORT_ROW_UNCHANGED,
  SC_IMPORT_ROW_DUPLICATE,
  SC_IMPORT_ROW_ERROR,
  SC_IMPORT_ROW_N_OUTCOMES
} ScImportOutcome;

/* The choices a person makes before loading; a kind reads those it has. */
typedef struct
{
  gboolean    strict;     /* any row error → load nothing */
  gboolean    full_list;  /* list of people: whoever the file leaves out has left */
  const char *left_on;    /* list of people, full list: ISO date they left; NULL: today */
  const char *file_name;  /* the file's name, for the history; the worker fills it */
} ScImportChoices;

/* One data row of a plan. */
typedef struct
{
  guint            line;
  ScImportOutcome  outcome;
  const char      *message;  /* the error, "same as line N", or what changes; "" */
  const char      *warning;  /* loaded, but worth a look; NULL */
} ScImportRowInfo;

typedef struct _ScImportKind ScImportKind;
struct _ScImportKind
{
  const char *title;         /* untranslated (N_): the assistant's title */
  const char *changed;       /* what ScDatabase::changed names after a load */
  gboolean    has_full_list; /* offers the full-list mode and its leavers */

  const ScField *(*fields)     (void);
  /* «Список загружен: …» for a toast, @counts as sc_import_kind_describe_done () says them. */
  char       *(*describe_loaded) (const char          *counts);
  gpointer    (*plan_new)      (ScDatabase             *db,
                                ScTable                *table,
                                const ScColumnMap      *map,
                                const ScImportChoices  *choices,
                                ScImportProgressFunc    progress,
                                gpointer                user_data,
                                GCancellable           *cancellable,
                                GError                **error);
  gboolean    (*plan_commit)   (gpointer                plan,
                                ScDatabase             *db,
                                ScImportProgressFunc    progress,
                                gpointer                user_data,
                                GCancellable           *cancellable,
                                GError                **error);
  gpointer    (*plan_ref)      (gpointer                plan);
  void        (*plan_unref)    (gpointer                plan);
  guint       (*count)         (gpointer                plan,
                                ScImportOutcome         outcome);
  guint       (*n_rows)        (gpointer                plan);
  void        (*get_row)       (gpointer                plan,
                                guint                   index,
                                ScImportRowInfo        *info);
  /* Whom the row is about, and what it does: as it will be stored when
   * added, each change (field: old → new) when updated, the line it
   * repeats when a repeat. */
  void        (*describe_row)  (gpointer                plan,
                                guint                   index,
                                char                  **title,
                                char                  **details);
  /* Remarks on the file as a whole, translated; NULL-terminated. */
  const char * const *(*notes) (gpointer                plan);
  /* Full-list mode only (else NULL): who will be marked as left. */
  guint       (*n_leavers)     (gpointer                plan);
  void        (*describe_leaver) (gpointer              plan,
                                guint                   index,
                                char                  **title,
                                char                  **details);
};

const ScImportKind *sc_people_import_kind          (void);
const ScImportKind *sc_activity_import_kind           (void);

/* «Добавить 1 240 · Обновить 12 · Без изменений 3 · Повторы 0 · Ошибки 2» */
char               *sc_import_kind_describe_counts (const ScImportKind *kind,
                                                    gpointer            plan);
/* After the load, for a toast: «добавлено 1 240 · обновлено 12 · без изменений 3 · …» */
char               *sc_import_kind_describe_done   (const ScImportKind *kind,
                                                    gpointer            plan);

G_END_DECLS

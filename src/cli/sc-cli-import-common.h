/* sc-cli-import-common.h — what the import verbs share: the run (read,
 * detect, plan, commit unless a dry run), the exit status, and the summary
 * printed for people or as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-column-map.h"
#include "sc-database.h"
#include "sc-table.h"

G_BEGIN_DECLS

typedef enum
{
  SC_CLI_COUNT_ADDED,
  SC_CLI_COUNT_UPDATED,
  SC_CLI_COUNT_UNCHANGED,
  SC_CLI_COUNT_DUPLICATES,
  SC_CLI_COUNT_ERRORS,
  SC_CLI_N_COUNTS
} ScCliCount;

typedef struct
{
  gboolean dry_run;
  gboolean strict;
  gboolean json;
} ScCliImportFlags;

typedef struct
{
  guint       line;
  const char *reason;
} ScCliImportError;

/* What a plan tells, filled by the verb after planning or committing. */
typedef struct
{
  guint              counts[SC_CLI_N_COUNTS];
  gboolean           committed;
  ScTable           *table;
  const ScColumnMap *map;
  GArray            *errors;     /* ScCliImportError, in line order */
  GArray            *warnings;   /* ScCliImportError: rows loaded that are worth a look */
  const char *const *notes;
} ScCliImportSummary;

/* One import seen through these callbacks; @options is the verb's. */
typedef struct
{
  gpointer (*make)      (ScDatabase         *db,
                         ScTable            *table,
                         gpointer            options,
                         GError            **error);
  gboolean (*commit)    (gpointer            plan,
                         ScDatabase         *db,
                         GError            **error);
  void     (*summarize) (gpointer            plan,
                         ScCliImportSummary *summary);
  /* Prints the summary; sc_cli_import_print() when NULL. */
  void     (*print)     (gpointer            plan,
                         const ScCliImportSummary *summary,
                         gpointer            options);
  GDestroyNotify free_plan;
} ScCliImportOps;

/* Opens the database, reads and plans @file, commits unless a dry run,
 * prints and returns the exit status. */
int          sc_cli_import_run          (const char               *db_path,
                                         const char               *file,
                                         const ScCliImportFlags   *flags,
                                         const ScCliImportOps     *ops,
                                         gpointer                  options);
void         sc_cli_import_add_error    (ScCliImportSummary       *summary,
                                         guint                     line,
                                         const char               *reason);
void         sc_cli_import_add_warning  (ScCliImportSummary       *summary,
                                         guint                     line,
                                         const char               *reason);

/* The counts, whether it was saved, the file and its columns. */
void         sc_cli_import_print_head   (const ScCliImportSummary *summary,
                                         gboolean                  dry_run);
/* The notes, the warnings, then the errors with their lines. */
void         sc_cli_import_print_tail   (const ScCliImportSummary *summary);

/* {"added", "updated", "unchanged", "duplicates", "skipped", "errors": [{"line",
 * "reason"}], "warnings": [{"line", "reason"}], … — the caller may add
 * members — then "dry_run", "committed"}. */
JsonBuilder *sc_cli_import_json_begin   (const ScCliImportSummary *summary);
void         sc_cli_import_json_add_int (JsonBuilder              *builder,
                                         const char               *name,
                                         gint64                    value);
void         sc_cli_import_json_print   (JsonBuilder              *builder,
                                         const ScCliImportSummary *summary,
                                         gboolean                  dry_run);
/* The whole summary for people, or as JSON with --json. */
void         sc_cli_import_print        (const ScCliImportSummary *summary,
                                         const ScCliImportFlags   *flags);

G_END_DECLS

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

/* One import's plan seen through these callbacks; @options is the verb's. */
typedef struct
{
  gpointer    (*make)      (ScDatabase   *db,
                            ScTable      *table,
                            gpointer      options,
                            GError      **error);
  gboolean    (*commit)    (gpointer      plan,
                            ScDatabase   *db,
                            GError      **error);
  void        (*print)     (gpointer      plan,
                            gpointer      options);
  GDestroyNotify free_plan;
  guint       (*count)     (gpointer      plan,
                            ScCliCount    count);
  gboolean    (*committed) (gpointer      plan);
  ScTable    *(*table)     (gpointer      plan);
  const ScColumnMap *(*map) (gpointer     plan);
  guint       (*n_rows)    (gpointer      plan);
  /* The row's error and its line, or NULL when the row has none. */
  const char *(*row_error) (gpointer      plan,
                            guint         index,
                            guint        *line);
} ScCliImportOps;

/* Opens the database, reads and plans @file, commits unless a dry run,
 * prints (ops->print) and returns the exit status. */
int          sc_cli_import_run          (const char             *db_path,
                                         const char             *file,
                                         const ScCliImportFlags *flags,
                                         const ScCliImportOps   *ops,
                                         gpointer                options);

/* The counts, whether it was saved, the file and its columns. */
void         sc_cli_import_print_head   (const ScCliImportOps   *ops,
                                         gpointer                plan,
                                         gboolean                dry_run);
void         sc_cli_import_print_notes  (const char * const     *notes);
void         sc_cli_import_print_errors (const ScCliImportOps   *ops,
                                         gpointer                plan);

/* {"added", "updated", "unchanged", "duplicates", "skipped", "errors": [{"line",
 * "reason"}], … — the caller may add members — then "dry_run", "committed"}. */
JsonBuilder *sc_cli_import_json_begin   (const ScCliImportOps   *ops,
                                         gpointer                plan);
void         sc_cli_import_json_add_int (JsonBuilder            *builder,
                                         const char             *name,
                                         gint64                  value);
void         sc_cli_import_json_print   (JsonBuilder            *builder,
                                         const ScCliImportOps   *ops,
                                         gpointer                plan,
                                         gboolean                dry_run);

G_END_DECLS

/* sc-cli-import-common.h — what the import verbs share: the run (read,
 * detect, plan, commit unless a dry run), the exit status, and the summary
 * printed for people or as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-cli-verbs.h"
#include "sc-import.h"

G_BEGIN_DECLS

/* What an import verb was asked. */
typedef struct
{
  ScImportOptions options;   /* --strict; the verb fills in its own */
  gboolean        dry_run;
  gboolean        json;
  GStrv           files;     /* exactly one once parsed */
} ScCliImportArgs;

void         sc_cli_import_args_clear   (ScCliImportArgs        *args);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScCliImportArgs, sc_cli_import_args_clear)

/* Parses --dry-run, --strict, the verb's own @extra (NULL-ended, may be
 * NULL), --json and one FILE. -1 when they are good, else the exit status. */
int          sc_cli_import_parse_args   (const ScCliInvocation  *inv,
                                         const char             *summary,
                                         const GOptionEntry     *extra,
                                         ScCliImportArgs        *args);

/* Prints the summary of @import, planned or committed. */
typedef void (*ScCliImportPrintFunc) (ScImport               *import,
                                      const ScCliImportArgs  *args);

/* Opens the database, reads the file and plans an import of @import_type
 * (@args' options with the file's name), commits unless a dry run, prints
 * with @print (sc_cli_import_print() when NULL) and returns the exit
 * status. */
int          sc_cli_import_run          (const char             *db_path,
                                         GType                   import_type,
                                         const ScCliImportArgs  *args,
                                         ScCliImportPrintFunc    print);

/* The counts, whether it was saved, the file and its columns. */
void         sc_cli_import_print_head   (ScImport               *import,
                                         gboolean                dry_run);
/* The notes, the warnings, then the errors with their lines. */
void         sc_cli_import_print_tail   (ScImport               *import);

/* {"added", "updated", "unchanged", "duplicates", "skipped", "errors": [{"line",
 * "reason"}], "warnings": [{"line", "reason"}], … — the caller may add
 * members — then "dry_run", "committed"}. */
JsonBuilder *sc_cli_import_json_begin   (ScImport               *import);
void         sc_cli_import_json_add_int (JsonBuilder            *builder,
                                         const char             *name,
                                         gint64                  value);
void         sc_cli_import_json_print   (JsonBuilder            *builder,
                                         ScImport               *import,
                                         gboolean                dry_run);
/* The whole summary for people, or as JSON with --json. */
void         sc_cli_import_print        (ScImport               *import,
                                         const ScCliImportArgs  *args);

G_END_DECLS

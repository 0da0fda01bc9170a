/* sc-cli-import-common.c — what the import verbs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-cli-import-common.h"
#include "sc-cli-verbs.h"
#include "sc-table-reader.h"

void
sc_cli_import_args_clear (ScCliImportArgs *args)
{
  g_clear_pointer (&args->files, g_strfreev);
}

static guint
count_entries (const GOptionEntry *entries)
{
  guint n = 0;

  while (entries != NULL && entries[n].long_name != NULL)
    n++;
  return n;
}

int
sc_cli_import_parse_args (const ScCliInvocation *inv,
                          const char            *summary,
                          const GOptionEntry    *extra,
                          ScCliImportArgs       *args)
{
  const GOptionEntry first[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &args->dry_run,
      N_("Show what would change; save nothing"), NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &args->options.strict,
      N_("Load nothing if any row has an error"), NULL },
  };
  const GOptionEntry last[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &args->json,
      N_("Print the summary as one JSON object"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args->files, NULL, NULL },
    { NULL }
  };
  guint n_extra = count_entries (extra);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (GOptionEntry));
  int status;

  g_array_append_vals (entries, first, G_N_ELEMENTS (first));
  g_array_append_vals (entries, extra, n_extra);
  g_array_append_vals (entries, last, G_N_ELEMENTS (last));
  status = sc_cli_parse_options (inv, _("FILE"), summary, (GOptionEntry *)entries->data);
  if (status >= 0)
    return status;
  if (args->files == NULL || g_strv_length (args->files) != 1)
    {
      g_printerr ("sferum-coordinator %s: %s\n", inv->argv[0],
                  _("name one CSV or XLSX file to import"));
      return SC_CLI_USAGE;
    }
  return -1;
}

static const char *
describe_delimiter (char delimiter)
{
  switch (delimiter)
    {
    case ';': return "«;»";
    case ',': return "«,»";
    case '\t': return _("tab");
    default: return "—";
    }
}

static void
print_file (ScTable           *table,
            const ScColumnMap *map)
{
  guint n = sc_column_map_get_n_columns (map);

  if (sc_table_get_format (table) == SC_TABLE_FORMAT_XLSX)
    g_print (_("File: XLSX, first sheet; header on row %u\n"),
             sc_column_map_get_header_line (map));
  else
    g_print (_("File: CSV, encoding %s, delimiter %s; header on line %u\n"),
             sc_table_get_encoding (table) ? sc_table_get_encoding (table) : "UTF-8",
             describe_delimiter (sc_table_get_delimiter (table)),
             sc_column_map_get_header_line (map));
  g_print ("%s\n", _("Columns:"));
  for (guint col = 0; col < n; col++)
    g_print ("  %2u. «%s» → %s\n", col + 1, sc_column_map_get_header (map, col),
             sc_field_get_label (sc_column_map_get_field (map, col)));
}

void
sc_cli_import_print_head (ScImport *import,
                          gboolean  dry_run)
{
  g_print (_("Added: %u, updated: %u, unchanged: %u, duplicates: %u, errors: %u\n"),
           sc_import_count (import, SC_IMPORT_ROW_ADDED),
           sc_import_count (import, SC_IMPORT_ROW_UPDATED),
           sc_import_count (import, SC_IMPORT_ROW_UNCHANGED),
           sc_import_count (import, SC_IMPORT_ROW_DUPLICATE),
           sc_import_count (import, SC_IMPORT_ROW_ERROR));
  if (sc_import_is_committed (import))
    g_print ("%s\n", _("Saved."));
  else
    g_print ("%s\n", dry_run ? _("Dry run: nothing was saved.") : _("Nothing was saved."));
  print_file (sc_import_get_table (import), sc_import_get_column_map (import));
}

/* The rows listed with their lines: the errors (skipped) or the warnings
 * (loaded, worth a look). */
typedef enum
{
  LINES_ERRORS,
  LINES_WARNINGS,
} Lines;

/* Why @row stands among @lines, or NULL. */
static const char *
row_reason (const ScImportRow *row,
            Lines              lines)
{
  if (lines == LINES_ERRORS)
    return row->outcome == SC_IMPORT_ROW_ERROR ? row->message : NULL;
  if (row->outcome == SC_IMPORT_ROW_ERROR || row->outcome == SC_IMPORT_ROW_DUPLICATE)
    return NULL;
  return row->warning;
}

static guint
count_lines (ScImport *import,
             Lines     lines)
{
  return lines == LINES_ERRORS ? sc_import_count (import, SC_IMPORT_ROW_ERROR)
                               : sc_import_count_warnings (import);
}

static void
print_lines (ScImport   *import,
             Lines       lines,
             const char *heading)
{
  guint n = sc_import_get_n_rows (import);

  if (count_lines (import, lines) == 0)
    return;
  g_print ("%s\n", heading);
  for (guint i = 0; i < n; i++)
    {
      ScImportRow row;
      const char *reason;

      sc_import_get_row (import, i, &row);
      if ((reason = row_reason (&row, lines)) != NULL)
        g_print (_("  line %u: %s\n"), row.line, reason);
    }
}

void
sc_cli_import_print_tail (ScImport *import)
{
  const char * const *notes = sc_import_get_notes (import);

  for (guint i = 0; notes[i] != NULL; i++)
    g_print ("%s\n", notes[i]);
  print_lines (import, LINES_WARNINGS, _("Warnings (these rows are loaded):"));
  print_lines (import, LINES_ERRORS, _("Errors (these rows are skipped):"));
}

void
sc_cli_import_json_add_int (JsonBuilder *builder,
                            const char  *name,
                            gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_lines (JsonBuilder *builder,
           const char  *name,
           ScImport    *import,
           Lines        lines)
{
  guint n = sc_import_get_n_rows (import);

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      ScImportRow row;
      const char *reason;

      sc_import_get_row (import, i, &row);
      if ((reason = row_reason (&row, lines)) == NULL)
        continue;
      json_builder_begin_object (builder);
      sc_cli_import_json_add_int (builder, "line", row.line);
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonBuilder *
sc_cli_import_json_begin (ScImport *import)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  sc_cli_import_json_add_int (builder, "added", sc_import_count (import, SC_IMPORT_ROW_ADDED));
  sc_cli_import_json_add_int (builder, "updated", sc_import_count (import, SC_IMPORT_ROW_UPDATED));
  sc_cli_import_json_add_int (builder, "unchanged",
                              sc_import_count (import, SC_IMPORT_ROW_UNCHANGED));
  sc_cli_import_json_add_int (builder, "duplicates",
                              sc_import_count (import, SC_IMPORT_ROW_DUPLICATE));
  sc_cli_import_json_add_int (builder, "skipped", sc_import_count (import, SC_IMPORT_ROW_ERROR));
  add_lines (builder, "errors", import, LINES_ERRORS);
  add_lines (builder, "warnings", import, LINES_WARNINGS);
  return builder;
}

void
sc_cli_import_json_print (JsonBuilder *builder,
                          ScImport    *import,
                          gboolean     dry_run)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_set_member_name (builder, "dry_run");
  json_builder_add_boolean_value (builder, dry_run);
  json_builder_set_member_name (builder, "committed");
  json_builder_add_boolean_value (builder, sc_import_is_committed (import));
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

void
sc_cli_import_print (ScImport              *import,
                     const ScCliImportArgs *args)
{
  if (args->json)
    {
      g_autoptr(JsonBuilder) builder = sc_cli_import_json_begin (import);
      sc_cli_import_json_print (builder, import, args->dry_run);
      return;
    }
  sc_cli_import_print_head (import, args->dry_run);
  sc_cli_import_print_tail (import);
}

/* Reads @file and plans its import; the options get the file's name. */
static ScImport *
plan_file (ScDatabase            *db,
           const char            *file,
           GType                  import_type,
           const ScImportOptions *options,
           GError               **error)
{
  g_autoptr(ScTable) table = sc_table_read_file (file, NULL, error);
  g_autoptr(ScColumnMap) map = NULL;
  g_autoptr(ScImport) import = NULL;
  g_autofree char *file_name = g_path_get_basename (file);
  ScImportOptions named = *options;

  if (table == NULL ||
      (map = sc_import_type_detect_columns (import_type, table, error)) == NULL)
    return NULL;
  named.file_name = file_name;
  import = sc_import_new (import_type, table, map, &named);
  if (!sc_import_plan (import, db, NULL, NULL, NULL, error))
    return NULL;
  return g_steal_pointer (&import);
}

int
sc_cli_import_run (const char            *db_path,
                   GType                  import_type,
                   const ScCliImportArgs *args,
                   ScCliImportPrintFunc   print)
{
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScImport) import = NULL;

  db = sc_database_open (db_path, &error);
  if (db == NULL ||
      (import = plan_file (db, args->files[0], import_type, &args->options, &error)) == NULL)
    return sc_cli_fail (error->message);
  if (!args->dry_run)
    sc_import_commit (import, db, NULL, NULL, NULL, &error);
  else if (args->options.strict && sc_import_count (import, SC_IMPORT_ROW_ERROR) > 0)
    g_set_error_literal (&error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_STRICT,
                         _("Some rows have errors; in strict mode nothing would be loaded."));
  if (error == NULL || g_error_matches (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_STRICT))
    (print != NULL ? print : sc_cli_import_print) (import, args);
  return error == NULL ? SC_CLI_OK : sc_cli_fail (error->message);
}

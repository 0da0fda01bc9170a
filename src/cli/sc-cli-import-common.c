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
sc_cli_import_print_head (const ScCliImportSummary *summary,
                          gboolean                  dry_run)
{
  const guint *n = summary->counts;

  g_print (_("Added: %u, updated: %u, unchanged: %u, duplicates: %u, errors: %u\n"),
           n[SC_CLI_COUNT_ADDED], n[SC_CLI_COUNT_UPDATED], n[SC_CLI_COUNT_UNCHANGED],
           n[SC_CLI_COUNT_DUPLICATES], n[SC_CLI_COUNT_ERRORS]);
  if (summary->committed)
    g_print ("%s\n", _("Saved."));
  else
    g_print ("%s\n", dry_run ? _("Dry run: nothing was saved.") : _("Nothing was saved."));
  print_file (summary->table, summary->map);
}

static void
print_lines (GArray     *lines,
             const char *heading)
{
  if (lines->len == 0)
    return;
  g_print ("%s\n", heading);
  for (guint i = 0; i < lines->len; i++)
    {
      const ScCliImportError *e = &g_array_index (lines, ScCliImportError, i);
      g_print (_("  line %u: %s\n"), e->line, e->reason);
    }
}

void
sc_cli_import_print_tail (const ScCliImportSummary *summary)
{
  for (guint i = 0; summary->notes != NULL && summary->notes[i] != NULL; i++)
    g_print ("%s\n", summary->notes[i]);
  print_lines (summary->warnings, _("Warnings (these rows are loaded):"));
  print_lines (summary->errors, _("Errors (these rows are skipped):"));
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
           GArray      *lines)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < lines->len; i++)
    {
      const ScCliImportError *e = &g_array_index (lines, ScCliImportError, i);

      json_builder_begin_object (builder);
      sc_cli_import_json_add_int (builder, "line", e->line);
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, e->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonBuilder *
sc_cli_import_json_begin (const ScCliImportSummary *summary)
{
  JsonBuilder *builder = json_builder_new ();
  const guint *n = summary->counts;

  json_builder_begin_object (builder);
  sc_cli_import_json_add_int (builder, "added", n[SC_CLI_COUNT_ADDED]);
  sc_cli_import_json_add_int (builder, "updated", n[SC_CLI_COUNT_UPDATED]);
  sc_cli_import_json_add_int (builder, "unchanged", n[SC_CLI_COUNT_UNCHANGED]);
  sc_cli_import_json_add_int (builder, "duplicates", n[SC_CLI_COUNT_DUPLICATES]);
  sc_cli_import_json_add_int (builder, "skipped", n[SC_CLI_COUNT_ERRORS]);
  add_lines (builder, "errors", summary->errors);
  add_lines (builder, "warnings", summary->warnings);
  return builder;
}

void
sc_cli_import_json_print (JsonBuilder              *builder,
                          const ScCliImportSummary *summary,
                          gboolean                  dry_run)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_set_member_name (builder, "dry_run");
  json_builder_add_boolean_value (builder, dry_run);
  json_builder_set_member_name (builder, "committed");
  json_builder_add_boolean_value (builder, summary->committed);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

void
sc_cli_import_print (const ScCliImportSummary *summary,
                     const ScCliImportFlags   *flags)
{
  if (flags->json)
    {
      g_autoptr(JsonBuilder) builder = sc_cli_import_json_begin (summary);
      sc_cli_import_json_print (builder, summary, flags->dry_run);
      return;
    }
  sc_cli_import_print_head (summary, flags->dry_run);
  sc_cli_import_print_tail (summary);
}

void
sc_cli_import_add_error (ScCliImportSummary *summary,
                         guint               line,
                         const char         *reason)
{
  ScCliImportError e = { line, reason };

  g_array_append_val (summary->errors, e);
}

void
sc_cli_import_add_warning (ScCliImportSummary *summary,
                           guint               line,
                           const char         *reason)
{
  ScCliImportError e = { line, reason };

  g_array_append_val (summary->warnings, e);
}

static gpointer
make_plan (ScDatabase           *db,
           const char           *file,
           const ScCliImportOps *ops,
           gpointer              options,
           GError              **error)
{
  g_autoptr(ScTable) table = sc_table_read_file (file, NULL, error);

  return table != NULL ? ops->make (db, table, options, error) : NULL;
}

static void
print_plan (const ScCliImportOps   *ops,
            gpointer                plan,
            const ScCliImportFlags *flags,
            gpointer                options)
{
  ScCliImportSummary summary = { { 0 } };

  summary.errors = g_array_new (FALSE, FALSE, sizeof (ScCliImportError));
  summary.warnings = g_array_new (FALSE, FALSE, sizeof (ScCliImportError));
  ops->summarize (plan, &summary);
  if (ops->print != NULL)
    ops->print (plan, &summary, options);
  else
    sc_cli_import_print (&summary, flags);
  g_array_unref (summary.errors);
  g_array_unref (summary.warnings);
}

static guint
count_errors (const ScCliImportOps *ops,
              gpointer              plan)
{
  ScCliImportSummary summary = { { 0 } };

  summary.errors = g_array_new (FALSE, FALSE, sizeof (ScCliImportError));
  summary.warnings = g_array_new (FALSE, FALSE, sizeof (ScCliImportError));
  ops->summarize (plan, &summary);
  g_array_unref (summary.errors);
  g_array_unref (summary.warnings);
  return summary.counts[SC_CLI_COUNT_ERRORS];
}

int
sc_cli_import_run (const char             *db_path,
                   const char             *file,
                   const ScCliImportFlags *flags,
                   const ScCliImportOps   *ops,
                   gpointer                options)
{
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gpointer plan = NULL;
  int status;

  db = sc_database_open (db_path, &error);
  if (db == NULL || (plan = make_plan (db, file, ops, options, &error)) == NULL)
    return sc_cli_fail (error->message);
  if (!flags->dry_run)
    ops->commit (plan, db, &error);
  else if (flags->strict && count_errors (ops, plan) > 0)
    g_set_error_literal (&error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_STRICT,
                         _("Some rows have errors; in strict mode nothing would be loaded."));
  if (error == NULL || g_error_matches (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_STRICT))
    print_plan (ops, plan, flags, options);
  status = error == NULL ? SC_CLI_OK : sc_cli_fail (error->message);
  ops->free_plan (plan);
  return status;
}

/* sc-cli-import.c — the verb "import-roster"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sc-cli-verbs.h"
#include "sc-database.h"
#include "sc-date.h"
#include "sc-person-name.h"
#include "sc-roster-import.h"
#include "sc-table-reader.h"

typedef struct
{
  GStrv     files;
  gboolean  dry_run;
  gboolean  strict;
  gboolean  full_roster;
  char     *left_on;     /* as typed */
  gboolean  json;
  char     *left_on_iso;
} Options;

static void
options_clear (Options *options)
{
  g_strfreev (options->files);
  g_free (options->left_on);
  g_free (options->left_on_iso);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static int
usage_error (const char *message)
{
  g_printerr ("sferum-coordinator import-roster: %s\n", message);
  return SC_CLI_USAGE;
}

/* -1 when the options are good, else the exit status. */
static int
parse_options (const ScCliInvocation *inv,
               Options               *options)
{
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options->dry_run,
      N_("Show what would change; save nothing"), NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &options->strict,
      N_("Load nothing if any row has an error"), NULL },
    { "full-roster", 0, 0, G_OPTION_ARG_NONE, &options->full_roster,
      N_("The file lists everyone: mark the people it does not list as left"), NULL },
    { "left-on", 0, 0, G_OPTION_ARG_STRING, &options->left_on,
      N_("With --full-roster: the date they left"), N_("DD.MM.YYYY") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->json,
      N_("Print the summary as one JSON object"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->files, NULL, NULL },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, _("FILE"),
                                     _("Load a list of people from a CSV or XLSX file."),
                                     entries);

  if (status >= 0)
    return status;
  if (options->files == NULL || g_strv_length (options->files) != 1)
    return usage_error (_("name one CSV or XLSX file to import"));
  if (options->full_roster != (options->left_on != NULL))
    return usage_error (_("--full-roster and --left-on DD.MM.YYYY go together"));
  if (options->left_on != NULL &&
      (options->left_on_iso = sc_date_parse (options->left_on)) == NULL)
    return usage_error (_("--left-on needs a date such as 31.08.2024"));
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
print_file (const ScRosterPlan *plan)
{
  ScTable *table = sc_roster_plan_get_table (plan);
  const ScColumnMap *map = sc_roster_plan_get_column_map (plan);
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

static void
print_leavers (const ScRosterPlan *plan)
{
  guint n = sc_roster_plan_get_n_leavers (plan);
  g_autofree char *date = sc_date_format_short (sc_roster_plan_get_left_on (plan));

  if (n == 0)
    return;
  g_print (sc_roster_plan_is_committed (plan) ? _("Marked as left on %s:\n")
                                              : _("To be marked as left on %s:\n"), date);
  for (guint i = 0; i < n; i++)
    {
      const ScRosterLeaver *leaver = sc_roster_plan_get_leaver (plan, i);
      g_autofree char *name = sc_person_name_join (leaver->last_name, leaver->first_name,
                                                   leaver->patronymic);
      g_print (*leaver->group ? "  %s (%s)\n" : "  %s\n", name, leaver->group);
    }
}

static void
print_errors (const ScRosterPlan *plan)
{
  guint n = sc_roster_plan_get_n_rows (plan);

  if (sc_roster_plan_count (plan, SC_ROSTER_ERROR) == 0)
    return;
  g_print ("%s\n", _("Errors (these rows are skipped):"));
  for (guint i = 0; i < n; i++)
    {
      const ScRosterRow *row = sc_roster_plan_get_row (plan, i);
      if (row->outcome == SC_ROSTER_ERROR)
        g_print (_("  line %u: %s\n"), row->line, row->message);
    }
}

static void
print_human (const ScRosterPlan *plan,
             const Options      *options)
{
  const char * const *notes = sc_roster_plan_get_notes (plan);

  g_print (_("Added: %u, updated: %u, unchanged: %u, duplicates: %u, errors: %u\n"),
           sc_roster_plan_count (plan, SC_ROSTER_ADDED),
           sc_roster_plan_count (plan, SC_ROSTER_UPDATED),
           sc_roster_plan_count (plan, SC_ROSTER_UNCHANGED),
           sc_roster_plan_count (plan, SC_ROSTER_DUPLICATE),
           sc_roster_plan_count (plan, SC_ROSTER_ERROR));
  if (sc_roster_plan_is_committed (plan))
    g_print ("%s\n", _("Saved."));
  else
    g_print ("%s\n", options->dry_run ? _("Dry run: nothing was saved.")
                                      : _("Nothing was saved."));
  print_file (plan);
  g_print (_("New groups: %u, new departments: %u\n"),
           sc_roster_plan_get_n_new_groups (plan), sc_roster_plan_get_n_new_departments (plan));
  for (guint i = 0; notes[i] != NULL; i++)
    g_print ("%s\n", notes[i]);
  print_leavers (plan);
  print_errors (plan);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_errors (JsonBuilder        *builder,
            const ScRosterPlan *plan)
{
  guint n = sc_roster_plan_get_n_rows (plan);

  json_builder_set_member_name (builder, "errors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      const ScRosterRow *row = sc_roster_plan_get_row (plan, i);

      if (row->outcome != SC_ROSTER_ERROR)
        continue;
      json_builder_begin_object (builder);
      add_int (builder, "line", row->line);
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, row->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
print_json (const ScRosterPlan *plan,
            const Options      *options)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  add_int (builder, "added", sc_roster_plan_count (plan, SC_ROSTER_ADDED));
  add_int (builder, "updated", sc_roster_plan_count (plan, SC_ROSTER_UPDATED));
  add_int (builder, "unchanged", sc_roster_plan_count (plan, SC_ROSTER_UNCHANGED));
  add_int (builder, "duplicates", sc_roster_plan_count (plan, SC_ROSTER_DUPLICATE));
  add_int (builder, "skipped", sc_roster_plan_count (plan, SC_ROSTER_ERROR));
  add_errors (builder, plan);
  add_int (builder, "left", sc_roster_plan_get_n_leavers (plan));
  json_builder_set_member_name (builder, "dry_run");
  json_builder_add_boolean_value (builder, options->dry_run);
  json_builder_set_member_name (builder, "committed");
  json_builder_add_boolean_value (builder, sc_roster_plan_is_committed (plan));
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
print_plan (const ScRosterPlan *plan,
            const Options      *options)
{
  if (options->json)
    print_json (plan, options);
  else
    print_human (plan, options);
}

static ScRosterPlan *
make_plan (ScDatabase    *db,
           const Options *options,
           GError       **error)
{
  g_autoptr(ScTable) table = sc_table_read_file (options->files[0], NULL, error);
  g_autoptr(ScColumnMap) map = NULL;
  g_autofree char *today = sc_date_today ();
  ScRosterOptions roster = {
    options->full_roster ? SC_ROSTER_MODE_FULL : SC_ROSTER_MODE_ADDITION,
    options->strict, today, options->left_on_iso
  };

  if (table == NULL)
    return NULL;
  map = sc_roster_detect_columns (table, error);
  if (map == NULL)
    return NULL;
  return sc_roster_plan_new (db, table, map, &roster, NULL, NULL, NULL, error);
}

int
sc_cli_verb_import_roster (const ScCliInvocation *inv)
{
  g_auto(Options) options = { 0 };
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(ScRosterPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  int status = parse_options (inv, &options);

  if (status >= 0)
    return status;
  db = sc_database_open (inv->db_path, &error);
  if (db == NULL || (plan = make_plan (db, &options, &error)) == NULL)
    return sc_cli_fail (error->message);
  if (!options.dry_run)
    sc_roster_plan_commit (plan, db, NULL, NULL, NULL, &error);
  else if (options.strict && sc_roster_plan_count (plan, SC_ROSTER_ERROR) > 0)
    g_set_error_literal (&error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_STRICT,
                         _("Some rows have errors; in strict mode nothing would be loaded."));
  if (error == NULL || g_error_matches (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_STRICT))
    print_plan (plan, &options);
  return error == NULL ? SC_CLI_OK : sc_cli_fail (error->message);
}

/* sc-cli-import-people.c — the verb "import-roster"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-cli-import-common.h"
#include "sc-cli-verbs.h"
#include "sc-database.h"
#include "sc-date.h"
#include "sc-enums.h"
#include "sc-person-name.h"
#include "sc-people-import.h"

/* The human summary names this many people a list, then counts the rest. */
#define MAX_LISTED 50

typedef struct
{
  GStrv            files;
  ScCliImportFlags flags;
  gboolean         full_roster;
  char            *left_on;     /* as typed */
  char            *left_on_iso;
  char            *as_of;       /* as typed */
  char            *as_of_iso;
  char            *file_name;
} Options;

static void
options_clear (Options *options)
{
  g_strfreev (options->files);
  g_free (options->left_on);
  g_free (options->left_on_iso);
  g_free (options->as_of);
  g_free (options->as_of_iso);
  g_free (options->file_name);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static int
misuse (const char *message)
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
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options->flags.dry_run,
      N_("Show what would change; save nothing"), NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &options->flags.strict,
      N_("Load nothing if any row has an error"), NULL },
    { "full-roster", 0, 0, G_OPTION_ARG_NONE, &options->full_roster,
      N_("The file lists everyone: mark the people it does not list as left"), NULL },
    { "left-on", 0, 0, G_OPTION_ARG_STRING, &options->left_on,
      N_("With --full-roster: the date they left"), N_("DD.MM.YYYY") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &options->as_of,
      N_("The day the list is as of: statuses without a date and group changes are dated with it, and new people count from it (today by default)"),
      N_("DD.MM.YYYY") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->flags.json,
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
    return misuse (_("name one CSV or XLSX file to import"));
  if (options->full_roster != (options->left_on != NULL))
    return misuse (_("--full-roster and --left-on DD.MM.YYYY go together"));
  if (options->left_on != NULL &&
      (options->left_on_iso = sc_date_parse (options->left_on)) == NULL)
    return misuse (_("--left-on needs a date such as 31.08.2024"));
  if (options->as_of != NULL &&
      (options->as_of_iso = sc_date_parse (options->as_of)) == NULL)
    return misuse (_("--as-of needs a date such as 30.11.2023"));
  options->file_name = g_path_get_basename (options->files[0]);
  return -1;
}

static char *
row_name (const ScPeopleImportRow *row)
{
  return sc_person_name_join (row->last_name, row->first_name, row->patronymic);
}

/* «Иванов Иван Иванович (Студент, ИС-21)» */
static char *
row_who (const ScPeopleImportRow *row)
{
  g_autofree char *name = row_name (row);
  ScCategory category;
  const char *label = row->category != NULL && sc_category_from_code (row->category, &category)
                      ? sc_category_get_label (category) : NULL;

  if (label != NULL && row->group != NULL && *row->group != '\0')
    return g_strdup_printf ("%s (%s, %s)", name, label, row->group);
  if (label != NULL)
    return g_strdup_printf ("%s (%s)", name, label);
  return g_steal_pointer (&name);
}

static void
print_more (guint shown,
            guint total)
{
  if (total > shown)
    g_print (g_dngettext (GETTEXT_PACKAGE, "  …and %u more (all of them with --json)\n",
                          "  …and %u more (all of them with --json)\n", total - shown),
             total - shown);
}

/* The rows of one outcome, each with whom it names and what it does. */
static void
print_rows (const ScPeopleImport *plan,
            ScPeopleImportOutcome     outcome,
            const char         *heading)
{
  guint total = sc_people_import_count (plan, outcome), shown = 0;

  if (total == 0)
    return;
  g_print ("%s\n", heading);
  for (guint i = 0; i < sc_people_import_get_n_rows (plan) && shown < MAX_LISTED; i++)
    {
      const ScPeopleImportRow *row = sc_people_import_get_row (plan, i);
      g_autofree char *who = NULL;

      if (row->outcome != outcome)
        continue;
      who = row_who (row);
      if (outcome == SC_PEOPLE_IMPORT_UPDATED)
        g_print (_("  line %u: %s — %s\n"), row->line, who, row->message);
      else if (outcome == SC_PEOPLE_IMPORT_DUPLICATE)
        g_print (_("  line %u repeats line %u: %s\n"), row->line, row->same_as_line, who);
      else
        g_print (_("  line %u: %s\n"), row->line, who);
      shown++;
    }
  print_more (shown, total);
}

static void
print_leavers (const ScPeopleImport *plan)
{
  guint n = sc_people_import_get_n_leavers (plan);
  g_autofree char *date = sc_date_format_short (sc_people_import_get_left_on (plan));

  if (n == 0)
    return;
  g_print (sc_people_import_is_committed (plan) ? _("Marked as left on %s:\n")
                                              : _("To be marked as left on %s:\n"), date);
  for (guint i = 0; i < n && i < MAX_LISTED; i++)
    {
      const ScPeopleImportLeaver *leaver = sc_people_import_get_leaver (plan, i);
      g_autofree char *name = sc_person_name_join (leaver->last_name, leaver->first_name,
                                                   leaver->patronymic);
      g_print (*leaver->group ? "  %s (%s)\n" : "  %s\n", name, leaver->group);
    }
  print_more (MIN (n, MAX_LISTED), n);
}

static void
print_people (const ScPeopleImport *plan)
{
  gboolean saved = sc_people_import_is_committed (plan);

  print_rows (plan, SC_PEOPLE_IMPORT_ADDED, saved ? _("Added:") : _("To be added:"));
  print_rows (plan, SC_PEOPLE_IMPORT_UPDATED, saved ? _("Changed:") : _("To be changed:"));
  print_rows (plan, SC_PEOPLE_IMPORT_DUPLICATE, _("Repeated rows (loaded once):"));
  print_leavers (plan);
}

/* ---- JSON ---------------------------------------------------------------- */

static void
add_member (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_who (JsonBuilder *builder,
         const char  *last_name,
         const char  *first_name,
         const char  *patronymic,
         const char  *category,
         const char  *group)
{
  add_member (builder, "last_name", last_name);
  add_member (builder, "first_name", first_name);
  add_member (builder, "patronymic", patronymic);
  add_member (builder, "category", category);
  add_member (builder, "group", group);
}

static void
add_changes (JsonBuilder        *builder,
             const ScPeopleImport *plan,
             guint               index)
{
  const ScPeopleImportRow *row = sc_people_import_get_row (plan, index);

  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (guint c = 0; c < row->n_changes; c++)
    {
      const ScPeopleImportChange *change = sc_people_import_get_change (plan, index, c);

      json_builder_begin_object (builder);
      add_member (builder, "field", sc_field_get_nick (change->field));
      add_member (builder, "old", change->before);
      add_member (builder, "new", change->after);
      add_member (builder, "on", change->on_date);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* "added", "updated", "repeats": the rows of that outcome, each naming
 * its person ("updated" with the changes, "repeats" with the line). */
static void
add_rows (JsonBuilder        *builder,
          const ScPeopleImport *plan,
          ScPeopleImportOutcome     outcome,
          const char         *name)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < sc_people_import_get_n_rows (plan); i++)
    {
      const ScPeopleImportRow *row = sc_people_import_get_row (plan, i);

      if (row->outcome != outcome)
        continue;
      json_builder_begin_object (builder);
      sc_cli_import_json_add_int (builder, "line", row->line);
      add_who (builder, row->last_name, row->first_name, row->patronymic, row->category, row->group);
      if (outcome == SC_PEOPLE_IMPORT_UPDATED)
        add_changes (builder, plan, i);
      if (outcome == SC_PEOPLE_IMPORT_DUPLICATE)
        sc_cli_import_json_add_int (builder, "same_as_line", row->same_as_line);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_leavers (JsonBuilder        *builder,
             const ScPeopleImport *plan)
{
  json_builder_set_member_name (builder, "leavers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sc_people_import_get_n_leavers (plan); i++)
    {
      const ScPeopleImportLeaver *leaver = sc_people_import_get_leaver (plan, i);

      json_builder_begin_object (builder);
      add_who (builder, leaver->last_name, leaver->first_name, leaver->patronymic,
               leaver->category, leaver->group);
      add_member (builder, "left_on", sc_people_import_get_left_on (plan));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
print_json (const ScPeopleImport       *plan,
            const ScCliImportSummary *summary,
            gboolean                  dry_run)
{
  g_autoptr(JsonBuilder) builder = sc_cli_import_json_begin (summary);

  sc_cli_import_json_add_int (builder, "left", sc_people_import_get_n_leavers (plan));
  add_rows (builder, plan, SC_PEOPLE_IMPORT_ADDED, "added_people");
  add_rows (builder, plan, SC_PEOPLE_IMPORT_UPDATED, "updated_people");
  add_rows (builder, plan, SC_PEOPLE_IMPORT_DUPLICATE, "repeats");
  add_leavers (builder, plan);
  sc_cli_import_json_print (builder, summary, dry_run);
}

static void
print_plan (gpointer                  data,
            const ScCliImportSummary *summary,
            gpointer                  user_data)
{
  ScPeopleImport *plan = data;
  const Options *options = user_data;

  if (options->flags.json)
    {
      print_json (plan, summary, options->flags.dry_run);
      return;
    }
  sc_cli_import_print_head (summary, options->flags.dry_run);
  g_print (_("New groups: %u, new departments: %u\n"),
           sc_people_import_get_n_new_groups (plan), sc_people_import_get_n_new_departments (plan));
  print_people (plan);
  sc_cli_import_print_tail (summary);
}

static gpointer
make_plan (ScDatabase *db,
           ScTable    *table,
           gpointer    data,
           GError    **error)
{
  const Options *options = data;
  g_autoptr(ScColumnMap) map = NULL;
  g_autofree char *today = options->as_of_iso != NULL ? g_strdup (options->as_of_iso)
                                                     : sc_date_today ();
  ScPeopleImportOptions people_list = {
    options->full_roster ? SC_PEOPLE_IMPORT_MODE_FULL : SC_PEOPLE_IMPORT_MODE_ADDITION,
    options->flags.strict, today, options->left_on_iso, options->file_name
  };

  map = sc_people_import_detect_columns (table, error);
  if (map == NULL)
    return NULL;
  return sc_people_import_new (db, table, map, &people_list, NULL, NULL, NULL, error);
}

static gboolean
commit_plan (gpointer    plan,
             ScDatabase *db,
             GError    **error)
{
  return sc_people_import_commit (plan, db, NULL, NULL, NULL, error);
}

G_STATIC_ASSERT ((int)SC_PEOPLE_IMPORT_N_OUTCOMES == (int)SC_CLI_N_COUNTS);

static void
summarize (gpointer            data,
           ScCliImportSummary *summary)
{
  ScPeopleImport *plan = data;
  guint n = sc_people_import_get_n_rows (plan);

  for (guint c = 0; c < SC_CLI_N_COUNTS; c++)
    summary->counts[c] = sc_people_import_count (plan, (ScPeopleImportOutcome)c);
  summary->committed = sc_people_import_is_committed (plan);
  summary->table = sc_people_import_get_table (plan);
  summary->map = sc_people_import_get_column_map (plan);
  summary->notes = sc_people_import_get_notes (plan);
  for (guint i = 0; i < n; i++)
    {
      const ScPeopleImportRow *row = sc_people_import_get_row (plan, i);
      if (row->outcome == SC_PEOPLE_IMPORT_ERROR)
        sc_cli_import_add_error (summary, row->line, row->message);
    }
}

static const ScCliImportOps people_list_ops = {
  make_plan, commit_plan, summarize, print_plan, (GDestroyNotify)sc_people_import_unref
};

int
sc_cli_verb_import_people (const ScCliInvocation *inv)
{
  g_auto(Options) options = { 0 };
  int status = parse_options (inv, &options);

  if (status >= 0)
    return status;
  return sc_cli_import_run (inv->db_path, options.files[0], &options.flags, &people_list_ops, &options);
}

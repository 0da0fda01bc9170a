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
  ScCliImportArgs  args;
  gboolean         full_roster;
  char            *left_on;     /* as typed */
  char            *left_on_iso;
  char            *as_of;       /* as typed */
  char            *as_of_iso;
} Options;

static void
options_clear (Options *options)
{
  sc_cli_import_args_clear (&options->args);
  g_free (options->left_on);
  g_free (options->left_on_iso);
  g_free (options->as_of);
  g_free (options->as_of_iso);
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
    { "full-roster", 0, 0, G_OPTION_ARG_NONE, &options->full_roster,
      N_("The file lists everyone: mark the people it does not list as left"), NULL },
    { "left-on", 0, 0, G_OPTION_ARG_STRING, &options->left_on,
      N_("With --full-roster: the date they left"), N_("DD.MM.YYYY") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &options->as_of,
      N_("The day the list is as of: statuses without a date and group changes are dated with it, and new people count from it (today by default)"),
      N_("DD.MM.YYYY") },
    { NULL }
  };
  int status = sc_cli_import_parse_args (inv, _("Load a list of people from a CSV or XLSX file."),
                                         entries, &options->args);

  if (status >= 0)
    return status;
  if (options->full_roster != (options->left_on != NULL))
    return misuse (_("--full-roster and --left-on DD.MM.YYYY go together"));
  if (options->left_on != NULL &&
      (options->left_on_iso = sc_date_parse (options->left_on)) == NULL)
    return misuse (_("--left-on needs a date such as 31.08.2024"));
  if (options->as_of != NULL &&
      (options->as_of_iso = sc_date_parse (options->as_of)) == NULL)
    return misuse (_("--as-of needs a date such as 30.11.2023"));
  options->args.options.today = options->as_of_iso;
  options->args.options.full_list = options->full_roster;
  options->args.options.left_on = options->left_on_iso;
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
print_rows (ScPeopleImport  *plan,
            ScImportOutcome  outcome,
            const char      *heading)
{
  guint total = sc_import_count (SC_IMPORT (plan), outcome), shown = 0;
  guint n = sc_import_get_n_rows (SC_IMPORT (plan));

  if (total == 0)
    return;
  g_print ("%s\n", heading);
  for (guint i = 0; i < n && shown < MAX_LISTED; i++)
    {
      const ScPeopleImportRow *row = sc_people_import_get_row (plan, i);
      g_autofree char *who = NULL;

      if (row->outcome != outcome)
        continue;
      who = row_who (row);
      if (outcome == SC_IMPORT_ROW_UPDATED)
        g_print (_("  line %u: %s — %s\n"), row->line, who, row->message);
      else if (outcome == SC_IMPORT_ROW_DUPLICATE)
        g_print (_("  line %u repeats line %u: %s\n"), row->line, row->same_as_line, who);
      else
        g_print (_("  line %u: %s\n"), row->line, who);
      shown++;
    }
  print_more (shown, total);
}

static void
print_leavers (ScPeopleImport *plan)
{
  ScImport *import = SC_IMPORT (plan);
  guint n = sc_import_get_n_leavers (import);
  g_autofree char *date = sc_date_format_short (sc_import_get_left_on (import));

  if (n == 0)
    return;
  g_print (sc_import_is_committed (import) ? _("Marked as left on %s:\n")
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
print_people (ScPeopleImport *plan)
{
  gboolean saved = sc_import_is_committed (SC_IMPORT (plan));

  print_rows (plan, SC_IMPORT_ROW_ADDED, saved ? _("Added:") : _("To be added:"));
  print_rows (plan, SC_IMPORT_ROW_UPDATED, saved ? _("Changed:") : _("To be changed:"));
  print_rows (plan, SC_IMPORT_ROW_DUPLICATE, _("Repeated rows (loaded once):"));
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
add_changes (JsonBuilder    *builder,
             ScPeopleImport *plan,
             guint           index)
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
add_rows (JsonBuilder     *builder,
          ScPeopleImport  *plan,
          ScImportOutcome  outcome,
          const char      *name)
{
  guint n = sc_import_get_n_rows (SC_IMPORT (plan));

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      const ScPeopleImportRow *row = sc_people_import_get_row (plan, i);

      if (row->outcome != outcome)
        continue;
      json_builder_begin_object (builder);
      sc_cli_import_json_add_int (builder, "line", row->line);
      add_who (builder, row->last_name, row->first_name, row->patronymic, row->category, row->group);
      if (outcome == SC_IMPORT_ROW_UPDATED)
        add_changes (builder, plan, i);
      if (outcome == SC_IMPORT_ROW_DUPLICATE)
        sc_cli_import_json_add_int (builder, "same_as_line", row->same_as_line);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_leavers (JsonBuilder    *builder,
             ScPeopleImport *plan)
{
  ScImport *import = SC_IMPORT (plan);
  guint n = sc_import_get_n_leavers (import);

  json_builder_set_member_name (builder, "leavers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      const ScPeopleImportLeaver *leaver = sc_people_import_get_leaver (plan, i);

      json_builder_begin_object (builder);
      add_who (builder, leaver->last_name, leaver->first_name, leaver->patronymic,
               leaver->category, leaver->group);
      add_member (builder, "left_on", sc_import_get_left_on (import));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
print_json (ScPeopleImport *plan,
            gboolean        dry_run)
{
  ScImport *import = SC_IMPORT (plan);
  g_autoptr(JsonBuilder) builder = sc_cli_import_json_begin (import);

  sc_cli_import_json_add_int (builder, "left", sc_import_get_n_leavers (import));
  add_rows (builder, plan, SC_IMPORT_ROW_ADDED, "added_people");
  add_rows (builder, plan, SC_IMPORT_ROW_UPDATED, "updated_people");
  add_rows (builder, plan, SC_IMPORT_ROW_DUPLICATE, "repeats");
  add_leavers (builder, plan);
  sc_cli_import_json_print (builder, import, dry_run);
}

/* The shared summary, with the people it adds, changes and marks as left. */
static void
print_plan (ScImport              *import,
            const ScCliImportArgs *args)
{
  ScPeopleImport *plan = SC_PEOPLE_IMPORT (import);

  if (args->json)
    {
      print_json (plan, args->dry_run);
      return;
    }
  sc_cli_import_print_head (import, args->dry_run);
  g_print (_("New groups: %u, new departments: %u\n"),
           sc_people_import_get_n_new_groups (plan), sc_people_import_get_n_new_departments (plan));
  print_people (plan);
  sc_cli_import_print_tail (import);
}

int
sc_cli_verb_import_people (const ScCliInvocation *inv)
{
  g_auto(Options) options = { { { 0 } } };
  int status = parse_options (inv, &options);

  if (status >= 0)
    return status;
  return sc_cli_import_run (inv->db_path, SC_TYPE_PEOPLE_IMPORT, &options.args, print_plan);
}

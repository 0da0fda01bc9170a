/* sc-cli-import.c — the verb "import-roster"
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
#include "sc-person-name.h"
#include "sc-roster-import.h"

typedef struct
{
  GStrv            files;
  ScCliImportFlags flags;
  gboolean         full_roster;
  char            *left_on;     /* as typed */
  char            *left_on_iso;
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
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options->flags.dry_run,
      N_("Show what would change; save nothing"), NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &options->flags.strict,
      N_("Load nothing if any row has an error"), NULL },
    { "full-roster", 0, 0, G_OPTION_ARG_NONE, &options->full_roster,
      N_("The file lists everyone: mark the people it does not list as left"), NULL },
    { "left-on", 0, 0, G_OPTION_ARG_STRING, &options->left_on,
      N_("With --full-roster: the date they left"), N_("DD.MM.YYYY") },
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
    return usage_error (_("name one CSV or XLSX file to import"));
  if (options->full_roster != (options->left_on != NULL))
    return usage_error (_("--full-roster and --left-on DD.MM.YYYY go together"));
  if (options->left_on != NULL &&
      (options->left_on_iso = sc_date_parse (options->left_on)) == NULL)
    return usage_error (_("--left-on needs a date such as 31.08.2024"));
  return -1;
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
print_plan (gpointer                  data,
            const ScCliImportSummary *summary,
            gpointer                  user_data)
{
  ScRosterPlan *plan = data;
  const Options *options = user_data;
  g_autoptr(JsonBuilder) builder = NULL;

  if (options->flags.json)
    {
      builder = sc_cli_import_json_begin (summary);
      sc_cli_import_json_add_int (builder, "left", sc_roster_plan_get_n_leavers (plan));
      sc_cli_import_json_print (builder, summary, options->flags.dry_run);
      return;
    }
  sc_cli_import_print_head (summary, options->flags.dry_run);
  g_print (_("New groups: %u, new departments: %u\n"),
           sc_roster_plan_get_n_new_groups (plan), sc_roster_plan_get_n_new_departments (plan));
  print_leavers (plan);
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
  g_autofree char *today = sc_date_today ();
  ScRosterOptions roster = {
    options->full_roster ? SC_ROSTER_MODE_FULL : SC_ROSTER_MODE_ADDITION,
    options->flags.strict, today, options->left_on_iso
  };

  map = sc_roster_detect_columns (table, error);
  if (map == NULL)
    return NULL;
  return sc_roster_plan_new (db, table, map, &roster, NULL, NULL, NULL, error);
}

static gboolean
commit_plan (gpointer    plan,
             ScDatabase *db,
             GError    **error)
{
  return sc_roster_plan_commit (plan, db, NULL, NULL, NULL, error);
}

G_STATIC_ASSERT ((int)SC_ROSTER_N_OUTCOMES == (int)SC_CLI_N_COUNTS);

static void
summarize (gpointer            data,
           ScCliImportSummary *summary)
{
  ScRosterPlan *plan = data;
  guint n = sc_roster_plan_get_n_rows (plan);

  for (guint c = 0; c < SC_CLI_N_COUNTS; c++)
    summary->counts[c] = sc_roster_plan_count (plan, (ScRosterOutcome)c);
  summary->committed = sc_roster_plan_is_committed (plan);
  summary->table = sc_roster_plan_get_table (plan);
  summary->map = sc_roster_plan_get_column_map (plan);
  summary->notes = sc_roster_plan_get_notes (plan);
  for (guint i = 0; i < n; i++)
    {
      const ScRosterRow *row = sc_roster_plan_get_row (plan, i);
      if (row->outcome == SC_ROSTER_ERROR)
        sc_cli_import_add_error (summary, row->line, row->message);
    }
}

static const ScCliImportOps roster_ops = {
  make_plan, commit_plan, summarize, print_plan, (GDestroyNotify)sc_roster_plan_unref
};

int
sc_cli_verb_import_roster (const ScCliInvocation *inv)
{
  g_auto(Options) options = { 0 };
  int status = parse_options (inv, &options);

  if (status >= 0)
    return status;
  return sc_cli_import_run (inv->db_path, options.files[0], &options.flags, &roster_ops, &options);
}

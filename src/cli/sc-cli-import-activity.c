/* sc-cli-import-activity.c — the verb "import-usage": teachers' weekly counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-cli-import-common.h"
#include "sc-cli-verbs.h"
#include "sc-date.h"
#include "sc-activity-import.h"

typedef struct
{
  GStrv            files;
  ScCliImportFlags flags;
} Options;

static void
options_clear (Options *options)
{
  g_strfreev (options->files);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

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
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->flags.json,
      N_("Print the summary as one JSON object"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->files, NULL, NULL },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, _("FILE"),
                                     _("Load teachers' weekly messages and calls from a CSV or XLSX file."),
                                     entries);

  if (status >= 0)
    return status;
  if (options->files == NULL || g_strv_length (options->files) != 1)
    {
      g_printerr ("sferum-coordinator import-usage: %s\n",
                  _("name one CSV or XLSX file to import"));
      return SC_CLI_USAGE;
    }
  return -1;
}

static gpointer
make_plan (ScDatabase *db,
           ScTable    *table,
           gpointer    data,
           GError    **error)
{
  const Options *options = data;
  g_autoptr(ScColumnMap) map = sc_activity_import_detect_columns (table, error);
  ScActivityImportOptions activity = { options->flags.strict, NULL };

  if (map == NULL)
    return NULL;
  return sc_activity_import_new (db, table, map, &activity, NULL, NULL, NULL, error);
}

static gboolean
commit_plan (gpointer    plan,
             ScDatabase *db,
             GError    **error)
{
  return sc_activity_import_commit (plan, db, NULL, NULL, NULL, error);
}

G_STATIC_ASSERT ((int)SC_ACTIVITY_IMPORT_N_OUTCOMES == (int)SC_CLI_N_COUNTS);

static void
summarize (gpointer            data,
           ScCliImportSummary *summary)
{
  ScActivityImport *plan = data;
  guint n = sc_activity_import_get_n_rows (plan);

  for (guint c = 0; c < SC_CLI_N_COUNTS; c++)
    summary->counts[c] = sc_activity_import_count (plan, (ScActivityImportOutcome)c);
  summary->committed = sc_activity_import_is_committed (plan);
  summary->table = sc_activity_import_get_table (plan);
  summary->map = sc_activity_import_get_column_map (plan);
  summary->notes = sc_activity_import_get_notes (plan);
  for (guint i = 0; i < n; i++)
    {
      const ScActivityImportRow *row = sc_activity_import_get_row (plan, i);
      if (row->outcome == SC_ACTIVITY_IMPORT_ERROR)
        sc_cli_import_add_error (summary, row->line, row->message);
      else if (row->warning != NULL && row->outcome != SC_ACTIVITY_IMPORT_DUPLICATE)
        sc_cli_import_add_warning (summary, row->line, row->warning);
    }
}

static const ScCliImportOps activity_ops = {
  make_plan, commit_plan, summarize, NULL, (GDestroyNotify)sc_activity_import_unref
};

int
sc_cli_verb_import_activity (const ScCliInvocation *inv)
{
  g_auto(Options) options = { 0 };
  int status = parse_options (inv, &options);

  if (status >= 0)
    return status;
  return sc_cli_import_run (inv->db_path, options.files[0], &options.flags, &activity_ops, &options);
}

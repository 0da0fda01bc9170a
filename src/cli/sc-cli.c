/* sc-cli.c — dispatch of the command-line verbs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "sc-cli-memory.h"
#include "sc-cli-verbs.h"
#include "sc-database.h"

/* Address space the heap grows by at once, in huge pages: a 50 000-person
 * import or report uses 70 MB (sc-cli-memory.c). */
#define HEAP_RESERVE ((gsize)256 * 1024 * 1024)

typedef struct
{
  const char    *name;
  ScCliVerbFunc  func;
  const char    *summary;
} Verb;

static const Verb verbs[] = {
  { "init", sc_cli_verb_init, N_("Create a new college database") },
  { "demo", sc_cli_verb_demo, N_("Create a demonstration college full of made-up data") },
  { "check", sc_cli_verb_check, N_("Check the database's integrity and schema version") },
  { "report", sc_cli_verb_report, N_("Make a month's report as XLSX, PDF or JSON") },
  { "plan-chats", sc_cli_verb_plan_chats, N_("Add the chats of the default templates; --xlsx saves the plan") },
  { "export-missing", sc_cli_verb_export_missing, N_("Save the lists of who is not connected, for the curators") },
  { "import-roster", sc_cli_verb_import_people, N_("Load a list of people from a CSV or XLSX file") },
  { "import-usage", sc_cli_verb_import_activity, N_("Load teachers' weekly messages and calls from a CSV or XLSX file") },
  { "set-status", sc_cli_verb_set_status, N_("Mark people's status from a date, by name, group or category") },
  { "people", sc_cli_verb_people, N_("List everyone with their status on a day") },
  { "summarize", sc_cli_verb_summarize, N_("Add up the colleges' report files into the region's summary (no database needed)") },
  { "platform", sc_cli_verb_platform, N_("Print the messenger platforms, or record the move to MAX") },
};

static const Verb *
find_verb (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_strcmp0 (verbs[i].name, name) == 0)
      return &verbs[i];
  return NULL;
}

/* Index of the first argument after the global options, or -1 on bad activity. */
static int
skip_global_options (int          argc,
                     char       **argv,
                     const char **db_path)
{
  int i = 1;

  while (i < argc)
    {
      if (g_strcmp0 (argv[i], "--db") == 0)
        {
          if (i + 1 >= argc)
            return -1;
          *db_path = argv[i + 1];
          i += 2;
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        *db_path = argv[i++] + strlen ("--db=");
      else
        break;
    }
  return i;
}

gboolean
sc_cli_wants (int    argc,
              char **argv)
{
  const char *db = NULL;
  int i = skip_global_options (argc, argv, &db);

  /* The window takes no option but --db: anything else is the command
   * line's to answer (a verb, --help, or a activity error), so an unknown
   * option never reaches GApplication. */
  return i < 0 || i < argc;
}

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n", _("Synopsis:"));
  fprintf (out, "  sferum-coordinator [--db FILE]\n");
  fprintf (out, "  sferum-coordinator [--db FILE] VERB [OPTIONS…]\n\n");
  fprintf (out, "%s\n", _("Without a verb, the window opens."));
  fprintf (out, "%s\n", _("--db FILE names the college database (by default the standard one in the user data folder)."));
  fprintf (out, "\n%s\n", _("Verbs:"));
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    fprintf (out, "  %-14s %s\n", verbs[i].name, _(verbs[i].summary));
  fprintf (out, "\n%s\n", _("Run “sferum-coordinator VERB --help” for a verb's options."));
  fprintf (out, "%s\n", _("Exit status: 0 success, 1 the job failed, 2 wrong invocation."));
}

int
sc_cli_fail (const char *message)
{
  g_printerr ("sferum-coordinator: %s\n", message);
  return SC_CLI_FAILED;
}

/* Returns -1 when the options parsed and the verb should go on, else the
 * exit status (0 after --help). */
int
sc_cli_parse_options (const ScCliInvocation *inv,
                      const char            *parameter_string,
                      const char            *summary,
                      const GOptionEntry    *entries)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_new0 (char *, inv->argc + 1);
  g_autofree char **argv = NULL; /* parsing removes entries; args frees them */
  int argc = inv->argc;
  gboolean help = FALSE;

  for (int i = 0; i < inv->argc; i++)
    args[i] = g_strdup (inv->argv[i]);
  argv = g_memdup2 (args, sizeof (char *) * (inv->argc + 1));
  g_option_context_set_summary (context, summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  {
    GOptionEntry help_entry[] = {
      { "help", 'h', 0, G_OPTION_ARG_NONE, &help, N_("Show the verb's options"), NULL },
      { NULL }
    };
    g_option_context_add_main_entries (context, help_entry, GETTEXT_PACKAGE);
  }
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("sferum-coordinator %s: %s\n", inv->argv[0], error->message);
      return SC_CLI_USAGE;
    }
  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);
      g_print ("%s", text);
      return SC_CLI_OK;
    }
  if (argc > 1)
    {
      g_printerr (_("sferum-coordinator %s: unexpected argument “%s”\n"), inv->argv[0], argv[1]);
      return SC_CLI_USAGE;
    }
  return -1;
}

int
sc_cli_run (int    argc,
            char **argv)
{
  const char *db_path = NULL;
  g_autofree char *default_path = NULL;
  int i = skip_global_options (argc, argv, &db_path);
  const Verb *verb;
  ScCliInvocation inv;

  if (i < 0)
    {
      g_printerr ("%s\n", _("sferum-coordinator: --db needs a file name"));
      return SC_CLI_USAGE;
    }
  if (i >= argc || g_strcmp0 (argv[i], "--help") == 0 || g_strcmp0 (argv[i], "-h") == 0)
    {
      print_help (stdout);
      return SC_CLI_OK;
    }
  if (g_strcmp0 (argv[i], "--version") == 0)
    {
      g_print ("sferum-coordinator %s\n", PACKAGE_VERSION);
      return SC_CLI_OK;
    }
  verb = find_verb (argv[i]);
  if (verb == NULL && argv[i][0] == '-')
    {
      g_printerr (_("sferum-coordinator: unknown option “%s”\n\n"), argv[i]);
      print_help (stderr);
      return SC_CLI_USAGE;
    }
  if (verb == NULL)
    {
      g_printerr (_("sferum-coordinator: unknown verb “%s”\n\n"), argv[i]);
      print_help (stderr);
      return SC_CLI_USAGE;
    }
  if (db_path == NULL)
    db_path = default_path = sc_database_default_path ();
  inv = (ScCliInvocation) { db_path, argc - i, argv + i };
  sc_cli_memory_prefer_huge_pages (HEAP_RESERVE);
  return verb->func (&inv);
}

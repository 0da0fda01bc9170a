/* sc-cli-demo.c — the verb "demo": a demonstration college in a new file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-cli-verbs.h"
#include "sc-demo.h"

static int
misuse (const char *message)
{
  g_printerr ("sferum-coordinator demo: %s\n", message);
  return SC_CLI_USAGE;
}

/* -1 when @text is a number in [min, max] (stored in @out), else 2. */
static int
parse_number (const char *option,
              const char *text,
              guint64     min,
              guint64     max,
              guint64    *out)
{
  g_autofree char *message = NULL;

  if (text == NULL || g_ascii_string_to_unsigned (text, 10, min, max, out, NULL))
    return -1;
  message = g_strdup_printf (_("%s must be a whole number from %u to %u, not “%s”"),
                             option, (guint)min, (guint)max, text);
  return misuse (message);
}

static int
run (const ScCliInvocation *inv,
     const ScDemoOptions   *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_demo_create (inv->db_path, options, &error);

  if (db == NULL)
    return sc_cli_fail (error->message);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Created a demonstration college of %u person in %s\n",
                        "Created a demonstration college of %u people in %s\n", options->n_people),
           options->n_people, sc_database_get_path (db));
  return SC_CLI_OK;
}

int
sc_cli_verb_demo (const ScCliInvocation *inv)
{
  g_autofree char *people = NULL;
  g_autofree char *seed = NULL;
  ScDemoOptions options;
  guint64 n_people = SC_DEMO_DEFAULT_PEOPLE, n_seed = SC_DEMO_DEFAULT_SEED;
  GOptionEntry entries[] = {
    { "people", 0, 0, G_OPTION_ARG_STRING, &people, N_("How many people the college has (1200 by default)"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed, N_("Another seed makes another college (1 by default)"), "S" },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, NULL,
                                     _("Create a demonstration college with an autumn of 2023 of made-up data; the same seed always makes the same file."),
                                     entries);

  if (status < 0)
    status = parse_number ("--people", people, SC_DEMO_MIN_PEOPLE, SC_DEMO_MAX_PEOPLE, &n_people);
  if (status < 0)
    status = parse_number ("--seed", seed, 0, G_MAXUINT32, &n_seed);
  if (status >= 0)
    return status;
  sc_demo_options_init (&options);
  options.n_people = (guint)n_people;
  options.seed = (guint32)n_seed;
  return run (inv, &options);
}

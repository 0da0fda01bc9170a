/* sc-cli-summarize.c — the verb "summarize": the regional summary of the
 * colleges' report files (issue 16)
 *
 * Needs no college database. Each problem is one line on stderr (the file
 * and why); --json prints everything as one object instead. Without
 * --strict the files that can be counted are; with it nothing is written
 * when anything is wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-cli-verbs.h"
#include "sc-export-log.h"
#include "sc-report-figures.h"
#include "sc-summary-pdf.h"
#include "sc-summary-task.h"
#include "sc-summary-xlsx.h"

typedef struct
{
  char     *month;
  char     *xlsx;
  char     *pdf;
  char     *expected;
  char     *title;
  gboolean  strict;
  gboolean  json;
  GStrv     files;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->month);
  g_free (o->xlsx);
  g_free (o->pdf);
  g_free (o->expected);
  g_free (o->title);
  g_strfreev (o->files);
}

static int
misuse (const char *message)
{
  g_printerr ("sferum-coordinator summarize: %s\n", message);
  return SC_CLI_USAGE;
}

static int
check_options (const Options *o)
{
  if (o->month == NULL)
    return misuse (_("--month is required, for example --month 2023-11"));
  if (!sc_report_month_is_valid (o->month))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a month; write it as YYYY-MM, for example 2023-11"),
                                                  o->month);
      return misuse (message);
    }
  if (o->xlsx == NULL)
    return misuse (_("--xlsx FILE is required: the summary workbook to write"));
  if (o->files == NULL || o->files[0] == NULL)
    return misuse (_("name the colleges' report files, or a folder that holds them"));
  return -1;
}

static void
print_problems (ScSummary *summary)
{
  GListModel *problems = sc_summary_get_problems (summary);
  GPtrArray *missing = sc_summary_get_missing (summary);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(ScSummaryProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *reason = sc_summary_problem_dup_text (problem);

      g_printerr ("sferum-coordinator summarize: %s: %s\n", sc_summary_problem_get_path (problem), reason);
    }
  for (guint i = 0; i < missing->len; i++)
    {
      ScSummaryExpected *expected = g_ptr_array_index (missing, i);

      if (expected->inn[0] != '\0')
        g_printerr (_("sferum-coordinator summarize: no report from %s (INN %s)\n"), expected->name, expected->inn);
      else
        g_printerr (_("sferum-coordinator summarize: no report from %s\n"), expected->name);
    }
}

static int
refuse_strict (ScSummary *summary)
{
  guint n = g_list_model_get_n_items (sc_summary_get_problems (summary)) + sc_summary_get_missing (summary)->len;
  g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "strict mode: %u problem, nothing was written",
                                                           "strict mode: %u problems, nothing was written", n),
                                              n);

  return sc_cli_fail (message);
}

static int
refuse_empty (const Options *o)
{
  g_autofree char *month = sc_report_month_format (o->month);
  g_autofree char *message = g_strdup_printf (_("no report for %s could be counted; nothing was written"), month);

  return sc_cli_fail (message);
}

static gboolean
write_files (const Options  *o,
             ScSummary      *summary,
             GError        **error)
{
  return sc_summary_xlsx_save (summary, o->xlsx, error) &&
         (o->pdf == NULL || sc_summary_pdf_save (summary, o->pdf, error));
}

/* A summary needs no college; made with --db, it goes into that college's
 * export log (it names colleges, not people). */
static gboolean
log_files (const ScCliInvocation  *inv,
           const Options          *o,
           GError                **error)
{
  g_autoptr(ScDatabase) db = NULL;

  if (!inv->db_given)
    return TRUE;
  db = sc_database_open_unchecked (inv->db_path, error);
  return db != NULL &&
         sc_export_log_add (db, SC_EXPORT_SUMMARY_XLSX, o->month, o->xlsx, FALSE, TRUE, error) &&
         (o->pdf == NULL || sc_export_log_add (db, SC_EXPORT_SUMMARY_PDF, o->month, o->pdf, FALSE, TRUE, error));
}

static void
print_done (const Options *o,
            ScSummary     *summary)
{
  g_autofree char *month = sc_report_month_format (o->month);
  guint n = sc_summary_get_n_colleges (summary);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Summary for %s: %u college\n", "Summary for %s: %u colleges\n", n),
           month, n);
  g_print (_("Saved %s\n"), o->xlsx);
  if (o->pdf != NULL)
    g_print (_("Saved %s\n"), o->pdf);
}

static int
run (const ScCliInvocation *inv,
     const Options         *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScSummary) summary = NULL;
  const char *skip[] = { o->xlsx, o->pdf, NULL };
  ScSummaryRequest request = { o->files, o->expected, o->month, o->title };

  summary = sc_summary_build (&request, skip, NULL, NULL, NULL, &error);
  if (summary == NULL)
    return sc_cli_fail (error->message);
  if (o->json)
    {
      g_autofree char *json = sc_summary_to_json (summary);
      g_print ("%s\n", json);
    }
  else
    print_problems (summary);
  if (o->strict && sc_summary_has_problems (summary))
    return refuse_strict (summary);
  if (g_list_model_get_n_items (sc_summary_get_colleges (summary)) == 0)
    return refuse_empty (o);
  if (!write_files (o, summary, &error) || !log_files (inv, o, &error))
    return sc_cli_fail (error->message);
  if (!o->json)
    print_done (o, summary);
  return SC_CLI_OK;
}

int
sc_cli_verb_summarize (const ScCliInvocation *inv)
{
  Options o = { 0 };
  GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &o.month, N_("The month of the reports"), N_("YYYY-MM") },
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &o.xlsx, N_("Save the summary as an XLSX workbook"), N_("FILE") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &o.pdf, N_("Save the summary table as a PDF document"), N_("FILE") },
    { "expected", 0, 0, G_OPTION_ARG_FILENAME, &o.expected,
      N_("A list of the colleges expected to report (columns Наименование and ИНН)"), N_("FILE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &o.title,
      N_("The summary's name, for its documents and for a summary of summaries"), N_("TEXT") },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &o.strict, N_("Write nothing if any file has a problem or any college is missing"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, N_("Print the totals and the problems as one JSON object"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.files, NULL, NULL },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, N_("FILE|FOLDER…"),
                                     _("Add up the colleges' monthly reports (the XLSX files this program saves) into the region's summary. Needs no college database."),
                                     entries);

  if (status < 0)
    status = check_options (&o);
  if (status < 0)
    status = run (inv, &o);
  options_clear (&o);
  return status;
}

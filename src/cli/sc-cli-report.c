/* sc-cli-report.c — the verb "report": a month's report as XLSX, PDF, JSON
 *
 * Reads only: exporting never creates or changes the month's draft. A
 * submitted report exports its frozen figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-cli-verbs.h"
#include "sc-database.h"
#include "sc-export-log.h"
#include "sc-report-pdf.h"
#include "sc-report-text.h"
#include "sc-report-xlsx.h"
#include "sc-report.h"

typedef struct
{
  char     *month;
  char     *xlsx;
  char     *pdf;
  gboolean  with_teachers;
  gboolean  json;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->month);
  g_free (o->xlsx);
  g_free (o->pdf);
}

static int
misuse (const char *message)
{
  g_printerr ("sferum-coordinator report: %s\n", message);
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
  if (o->xlsx == NULL && o->pdf == NULL && !o->json)
    return misuse (_("say what to make: --xlsx FILE, --pdf FILE or --json"));
  return -1;
}

/* Every document goes into the export log; a report names curators,
 * chat administrators and its signatories (sc-export-log.h). */
static gboolean
export (ScDatabase             *db,
        const Options          *o,
        const ScReport         *report,
        const ScOrganization     *organization,
        const ScReportFigures  *figures,
        GError                **error)
{
  if (o->xlsx != NULL &&
      (!sc_report_xlsx_save (o->xlsx, report, organization, figures, error) ||
       !sc_export_log_add (db, SC_EXPORT_REPORT_XLSX, report->month, o->xlsx, TRUE, TRUE, error)))
    return FALSE;
  if (o->pdf != NULL &&
      (!sc_report_pdf_save (o->pdf, report, organization, figures, error) ||
       !sc_export_log_add (db, SC_EXPORT_REPORT_PDF, report->month, o->pdf, TRUE, TRUE, error)))
    return FALSE;
  if (o->json)
    {
      g_autofree char *json = sc_report_figures_to_json (figures);
      g_print ("%s\n", json);
    }
  else
    {
      if (o->xlsx != NULL)
        g_print (_("Saved %s\n"), o->xlsx);
      if (o->pdf != NULL)
        g_print (_("Saved %s\n"), o->pdf);
    }
  return TRUE;
}

/* A document with blanks is sent back: say what is missing, on stderr,
 * and still write it (the details may be filled in by hand). */
static void
warn_missing (const ScReport     *report,
              const ScOrganization *organization,
              const ScReportFigures *figures)
{
  g_auto(GStrv) missing = sc_report_missing_details (report, organization);
  g_auto(GStrv) notes = sc_report_auto_notes (figures);

  for (guint i = 0; missing[i] != NULL; i++)
    g_printerr (_("sferum-coordinator report: warning: %s is not filled in, the report prints a blank (set it in the window's «Organization» or with init)\n"),
                missing[i]);
  for (guint i = 0; notes[i] != NULL; i++)
    g_printerr (_("sferum-coordinator report: warning: %s\n"), notes[i]);
}

static int
run (const ScCliInvocation *inv,
     const Options         *o)
{
  g_autoptr(GError) error = NULL;
  /* A report only reads: a damaged page it reads is refused by SQLite
   * itself; the whole-file check is `check`'s and the window's. */
  g_autoptr(ScDatabase) db = sc_database_open_unchecked (inv->db_path, &error);
  g_autoptr(ScReport) report = NULL;
  g_autoptr(ScOrganization) organization = NULL;
  g_autoptr(ScReportFigures) figures = NULL;

  if (db == NULL ||
      (report = sc_report_load (db, o->month, &error)) == NULL ||
      (organization = sc_organization_load (db, &error)) == NULL)
    return sc_cli_fail (error->message);
  report->include_teachers = report->include_teachers || o->with_teachers;
  figures = sc_report_load_figures (db, report, &error);
  if (figures == NULL)
    return sc_cli_fail (error->message);
  if (!export (db, o, report, organization, figures, &error))
    return sc_cli_fail (error->message);
  if (o->xlsx != NULL || o->pdf != NULL)
    warn_missing (report, organization, figures);
  return SC_CLI_OK;
}

int
sc_cli_verb_report (const ScCliInvocation *inv)
{
  Options o = { 0 };
  GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &o.month, N_("The report's month"), N_("YYYY-MM") },
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &o.xlsx, N_("Save the report as an XLSX workbook"), N_("FILE") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &o.pdf, N_("Save the report as a PDF document"), N_("FILE") },
    { "with-teachers", 0, 0, G_OPTION_ARG_NONE, &o.with_teachers,
      N_("Add the sheet of teachers' weekly activity (personal data)"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, N_("Print the figures as one JSON object"), NULL },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, NULL,
                                     _("Make a month's report to the ministry: figures as of the month's last day."),
                                     entries);

  if (status < 0)
    status = check_options (&o);
  if (status < 0)
    status = run (inv, &o);
  options_clear (&o);
  return status;
}

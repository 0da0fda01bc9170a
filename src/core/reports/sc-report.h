/* sc-report.h — monthly report drafts: narrative, signatories, status, freezing
 *
 * A report goes draft → ready → submitted. Submitting stores the figures of
 * that moment (JSON) and the date; from then on the report's figures are the
 * frozen ones, while today's figures can still be computed to show what
 * changed since.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"
#include "sc-organization.h"
#include "sc-report-figures.h"

G_BEGIN_DECLS

typedef enum
{
  SC_REPORT_STATUS_DRAFT,
  SC_REPORT_STATUS_READY,
  SC_REPORT_STATUS_SUBMITTED,
} ScReportStatus;

/* The documents a report is saved as. */
typedef enum
{
  SC_REPORT_FORMAT_XLSX,
  SC_REPORT_FORMAT_PDF,
} ScReportFormat;

typedef struct
{
  char           *month;                 /* YYYY-MM */
  gboolean        exists;                /* FALSE: defaults, not yet saved */
  ScReportStatus  status;
  char           *problems;
  char           *measures;
  char           *notes;
  char           *head_name;
  char           *head_position;
  char           *coordinator_name;
  char           *coordinator_position;
  gboolean        include_teachers;      /* the «Педагоги» sheet, off by default */
  char           *submitted_on;          /* YYYY-MM-DD or NULL: the outgoing date */
  char           *outgoing_number;       /* the registry's number, "" until submitted */
  char           *frozen_figures;        /* JSON or NULL */
  char           *updated_at;
} ScReport;

/* One line of the Отчёты page. */
typedef struct
{
  char           *month;
  gboolean        exists;
  ScReportStatus  status;
  char           *due_date;              /* YYYY-MM-DD */
  char           *submitted_on;          /* or NULL */
} ScReportMonth;

#define SC_TYPE_REPORT (sc_report_get_type ())

GType           sc_report_get_type          (void) G_GNUC_CONST;
ScReport       *sc_report_copy              (const ScReport *report);
void            sc_report_free              (ScReport       *report);
void            sc_report_month_free        (ScReportMonth  *month);

const char     *sc_report_status_to_string  (ScReportStatus  status);
const char     *sc_report_status_get_label  (ScReportStatus  status);
char           *sc_report_due_date          (const char     *month,
                                             int             due_day);
/* "for November 2023" (in Russian «за ноябрь 2023 г.»). */
char           *sc_report_format_period     (const char     *month);

/* Texts both exports print (XLSX «Отчёт» and PDF), so they say the same. */
#define SC_REPORT_N_NARRATIVE 3
const char     *sc_report_get_title         (void);
char           *sc_report_format_as_of      (const char         *as_of);
/* «Платформа: …» (the one in force on the as-of date) and the
 * coordinator's appointment. */
GStrv           sc_report_get_details       (const ScOrganization *organization,
                                             ScPlatform          platform);
char           *sc_report_get_norm_text     (int                 norm_messages,
                                             int                 norm_calls);
const char     *sc_report_narrative_label   (guint               index);
const char     *sc_report_narrative_text    (const ScReport     *report,
                                             guint               index);
/* The saved report, or an unsaved one with the profile's signatories. */
ScReport       *sc_report_load              (ScDatabase     *db,
                                             const char     *month,
                                             GError        **error);
ScReport       *sc_report_get_or_create     (ScDatabase     *db,
                                             const char     *month,
                                             GError        **error);
/* Saves the narrative, signatories and include_teachers of @report
 * (creating the row if needed); refused once the report is submitted. */
gboolean        sc_report_save              (ScDatabase     *db,
                                             const ScReport *report,
                                             GError        **error);
/* Draft ↔ ready; use sc_report_submit() to submit. */
gboolean        sc_report_set_status        (ScDatabase     *db,
                                             const char     *month,
                                             ScReportStatus  status,
                                             GError        **error);
/* Freezes the figures; @submitted_on NULL means today. */
gboolean        sc_report_submit            (ScDatabase     *db,
                                             const char     *month,
                                             const char     *submitted_on,
                                             GError        **error);
/* The same, with the outgoing number the college's registry gave the
 * letter (kept after a withdrawal, offered again on the next submission). */
gboolean        sc_report_submit_numbered   (ScDatabase     *db,
                                             const char     *month,
                                             const char     *submitted_on,
                                             const char     *outgoing_number,
                                             GError        **error);
/* Undoes a submission: back to ready, frozen figures dropped. */
gboolean        sc_report_withdraw          (ScDatabase     *db,
                                             const char     *month,
                                             GError        **error);

/* The report's figures: for a submitted report the frozen list (figures
 * ->frozen is TRUE), else computed now. The group, chat and teacher rows
 * are computed as of the month's end either way. */
ScReportFigures *sc_report_load_figures     (ScDatabase     *db,
                                             const ScReport *report,
                                             GError        **error);
/* Codes whose frozen value differs from today's; empty for an unsubmitted
 * report. */
GStrv           sc_report_changed_since_submission (ScDatabase     *db,
                                             const ScReport *report,
                                             GError        **error);

/* Months from the first data (status events, weekly activity, reports) to
 * @today's month (NULL: today), newest first. */
GPtrArray      *sc_report_list_months       (ScDatabase     *db,
                                             const char     *today,
                                             GError        **error);

/* Exports write "OUT.tmp" in the same folder and rename it over OUT when
 * done, so a failed export never leaves a half-written file. The temporary
 * path is NULL, with @error set, when the folder does not exist. */
char           *sc_report_temp_path         (const char     *path,
                                             GError        **error);
gboolean        sc_report_commit_file       (const char     *temp_path,
                                             const char     *path,
                                             GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScReport, sc_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScReportMonth, sc_report_month_free)

G_END_DECLS

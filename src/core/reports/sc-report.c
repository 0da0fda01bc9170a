/* sc-report.c — monthly report drafts: narrative, signatories, status, freezing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-report.h"

/* How far back the list of months goes, whatever old dates the data hold. */
#define MAX_MONTHS 120

G_DEFINE_BOXED_TYPE (ScReport, sc_report, sc_report_copy, sc_report_free)

#define COLUMNS \
  "month, status, problems, measures, notes, head_name, head_position, " \
  "coordinator_name, coordinator_position, include_teachers, submitted_on, " \
  "frozen_figures, updated_at, outgoing_number"

ScReport *
sc_report_copy (const ScReport *report)
{
  ScReport *copy = g_memdup2 (report, sizeof *report);

  copy->month = g_strdup (report->month);
  copy->problems = g_strdup (report->problems);
  copy->measures = g_strdup (report->measures);
  copy->notes = g_strdup (report->notes);
  copy->head_name = g_strdup (report->head_name);
  copy->head_position = g_strdup (report->head_position);
  copy->coordinator_name = g_strdup (report->coordinator_name);
  copy->coordinator_position = g_strdup (report->coordinator_position);
  copy->submitted_on = g_strdup (report->submitted_on);
  copy->frozen_figures = g_strdup (report->frozen_figures);
  copy->updated_at = g_strdup (report->updated_at);
  copy->outgoing_number = g_strdup (report->outgoing_number);
  return copy;
}

void
sc_report_free (ScReport *report)
{
  if (report == NULL)
    return;
  g_free (report->month);
  g_free (report->problems);
  g_free (report->measures);
  g_free (report->notes);
  g_free (report->head_name);
  g_free (report->head_position);
  g_free (report->coordinator_name);
  g_free (report->coordinator_position);
  g_free (report->submitted_on);
  g_free (report->frozen_figures);
  g_free (report->updated_at);
  g_free (report->outgoing_number);
  g_free (report);
}

void
sc_report_month_free (ScReportMonth *month)
{
  if (month == NULL)
    return;
  g_free (month->month);
  g_free (month->due_date);
  g_free (month->submitted_on);
  g_free (month);
}

const char *
sc_report_status_to_string (ScReportStatus status)
{
  switch (status)
    {
    case SC_REPORT_STATUS_READY: return "ready";
    case SC_REPORT_STATUS_SUBMITTED: return "submitted";
    case SC_REPORT_STATUS_DRAFT:
    default: return "draft";
    }
}

static ScReportStatus
status_from_string (const char *text)
{
  if (g_strcmp0 (text, "ready") == 0)
    return SC_REPORT_STATUS_READY;
  if (g_strcmp0 (text, "submitted") == 0)
    return SC_REPORT_STATUS_SUBMITTED;
  return SC_REPORT_STATUS_DRAFT;
}

const char *
sc_report_status_get_label (ScReportStatus status)
{
  switch (status)
    {
    case SC_REPORT_STATUS_READY: return C_("report status", "Ready");
    case SC_REPORT_STATUS_SUBMITTED: return C_("report status", "Submitted");
    case SC_REPORT_STATUS_DRAFT:
    default: return C_("report status", "Draft");
    }
}

/* The report for November is due on the due day of December. */
char *
sc_report_due_date (const char *month,
                    int         due_day)
{
  g_autofree char *next = sc_report_month_add (month, 1);

  if (next == NULL)
    return NULL;
  return g_strdup_printf ("%s-%02d", next, CLAMP (due_day, 1, 28));
}

char *
sc_report_format_period (const char *month)
{
  int year, number;

  if (!sc_report_month_parse (month, &year, &number))
    return g_strdup ("");
  /* Translators: the period of a report, "for November 2023"; in Russian
   * «за %s %d г.» — the month name is nominative (accusative = nominative). */
  return g_strdup_printf (_("for %s %d"), sc_date_month_name (number), year);
}

/* ---- texts of the document ---------------------------------------------- */

const char *
sc_report_get_title (void)
{
  return _("Report on the use of the «Sferum» educational platform");
}

char *
sc_report_format_as_of (const char *as_of)
{
  g_autofree char *date = sc_date_format_long (as_of);

  /* Translators: %s is a date in prose, "30 November 2023". */
  return g_strdup_printf (_("as of %s"), date);
}

GStrv
sc_report_get_details (const ScOrganization *organization,
                       ScPlatform            platform)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *line = g_strdup_printf (_("Platform: %s"), sc_platform_get_label (platform));

  g_strv_builder_add (builder, line);
  if (organization->order_number != NULL && *organization->order_number != '\0')
    {
      g_autofree char *date = sc_date_format_short (organization->order_date);
      g_autofree char *order = *date != '\0'
        ? g_strdup_printf (_("Coordinator appointed by order No. %s of %s"), organization->order_number, date)
        : g_strdup_printf (_("Coordinator appointed by order No. %s"), organization->order_number);
      g_strv_builder_add (builder, order);
    }
  return g_strv_builder_end (builder);
}

char *
sc_report_get_norm_text (int norm_messages,
                         int norm_calls)
{
  g_autofree char *messages = g_strdup_printf (sc_ngettext ("%d message", "%d messages", norm_messages),
                                               norm_messages);
  g_autofree char *calls = g_strdup_printf (sc_ngettext ("%d call", "%d calls", norm_calls),
                                            norm_calls);

  /* Translators: "Norm: 10 messages and 1 call a week". */
  return g_strdup_printf (_("Norm: %s and %s a week"), messages, calls);
}

const char *
sc_report_narrative_label (guint index)
{
  switch (index)
    {
    case 0: return C_("report section", "Problems");
    case 1: return C_("report section", "Measures taken");
    case 2: return C_("report section", "Notes");
    default: return "";
    }
}

const char *
sc_report_narrative_text (const ScReport *report,
                          guint           index)
{
  const char *text = index == 0 ? report->problems : index == 1 ? report->measures
                   : index == 2 ? report->notes : NULL;
  return text != NULL ? text : "";
}

static gboolean
invalid_month (const char  *month,
               GError     **error)
{
  if (sc_report_month_is_valid (month))
    return FALSE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("“%s” is not a month. Write it as YYYY-MM, for example 2023-11."),
               month ? month : "");
  return TRUE;
}

static ScReport *
report_from_row (sqlite3_stmt *stmt)
{
  ScReport *r = g_new0 (ScReport, 1);

  r->month = sc_database_column_dup (stmt, 0);
  r->exists = TRUE;
  r->status = status_from_string ((const char *)sqlite3_column_text (stmt, 1));
  r->problems = sc_database_column_dup (stmt, 2);
  r->measures = sc_database_column_dup (stmt, 3);
  r->notes = sc_database_column_dup (stmt, 4);
  r->head_name = sc_database_column_dup (stmt, 5);
  r->head_position = sc_database_column_dup (stmt, 6);
  r->coordinator_name = sc_database_column_dup (stmt, 7);
  r->coordinator_position = sc_database_column_dup (stmt, 8);
  r->include_teachers = sqlite3_column_int (stmt, 9) != 0;
  r->submitted_on = sc_database_column_dup_or_null (stmt, 10);
  r->frozen_figures = sc_database_column_dup_or_null (stmt, 11);
  r->updated_at = sc_database_column_dup_or_null (stmt, 12);
  r->outgoing_number = sc_database_column_dup (stmt, 13);
  return r;
}

static ScReport *
report_with_defaults (const char         *month,
                      const ScOrganization *organization)
{
  ScReport *r = g_new0 (ScReport, 1);

  r->month = g_strdup (month);
  r->status = SC_REPORT_STATUS_DRAFT;
  r->problems = g_strdup ("");
  r->measures = g_strdup ("");
  r->notes = g_strdup ("");
  r->head_name = g_strdup (organization->head_name);
  r->head_position = g_strdup (organization->head_position);
  r->coordinator_name = g_strdup (organization->coordinator_name);
  r->coordinator_position = g_strdup (organization->coordinator_position);
  r->outgoing_number = g_strdup ("");
  return r;
}

/* The saved row, or NULL with no error when there is none. */
static ScReport *
select_report (ScDatabase  *db,
               const char  *month,
               GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT " COLUMNS " FROM report WHERE month = ?1", error);
  ScReport *report = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, month, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    report = report_from_row (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    sc_database_set_error (db, rc, error);
  return report;
}

ScReport *
sc_report_load (ScDatabase  *db,
                const char  *month,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(ScOrganization) organization = NULL;
  ScReport *report;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  if (invalid_month (month, error))
    return NULL;
  report = select_report (db, month, &local_error);
  if (report != NULL || local_error != NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return report;
    }
  organization = sc_organization_load (db, error);
  return organization != NULL ? report_with_defaults (month, organization) : NULL;
}

static gboolean
insert_report (ScDatabase     *db,
               const ScReport *r,
               GError        **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT OR IGNORE INTO report (month, head_name, head_position, coordinator_name,"
      " coordinator_position, updated_at) VALUES (?1, ?2, ?3, ?4, ?5,"
      " strftime ('%Y-%m-%dT%H:%M:%S', 'now'))", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, r->month, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, r->head_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, r->head_position, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, r->coordinator_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, r->coordinator_position, -1, SQLITE_TRANSIENT);
  return sc_database_step_done (db, stmt, error);
}

/* Inside a transaction: the saved report, created with the defaults when
 * missing. */
static ScReport *
ensure_report (ScDatabase  *db,
               const char  *month,
               gboolean    *created,
               GError     **error)
{
  g_autoptr(ScReport) report = sc_report_load (db, month, error);

  if (report == NULL)
    return NULL;
  *created = !report->exists;
  if (!report->exists)
    {
      if (!insert_report (db, report, error))
        return NULL;
      report->exists = TRUE;
    }
  return g_steal_pointer (&report);
}

static gboolean
finish_write (ScDatabase *db,
              gboolean    ok,
              GError    **error)
{
  if (!ok)
    {
      sc_database_rollback (db);
      return FALSE;
    }
  if (!sc_database_commit (db, error))
    return FALSE;
  sc_database_emit_changed (db, "reports");
  return TRUE;
}

ScReport *
sc_report_get_or_create (ScDatabase  *db,
                         const char  *month,
                         GError     **error)
{
  g_autoptr(ScReport) report = NULL;
  gboolean created = FALSE;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  if (invalid_month (month, error) || !sc_database_begin (db, error))
    return NULL;
  report = ensure_report (db, month, &created, error);
  if (report == NULL)
    {
      sc_database_rollback (db);
      return NULL;
    }
  if (!created)
    {
      sc_database_rollback (db);
      return g_steal_pointer (&report);
    }
  if (!finish_write (db, TRUE, error))
    return NULL;
  return g_steal_pointer (&report);
}

static gboolean
refuse_submitted (const ScReport  *stored,
                  GError         **error)
{
  g_autofree char *date = NULL;

  if (stored->status != SC_REPORT_STATUS_SUBMITTED)
    return FALSE;
  date = sc_date_format_short (stored->submitted_on);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
               _("The report was submitted on %s and cannot be changed. Withdraw the submission first to edit it."),
               date);
  return TRUE;
}

static gboolean
update_texts (ScDatabase     *db,
              const ScReport *r,
              GError        **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "UPDATE report SET problems = ?2, measures = ?3, notes = ?4, head_name = ?5,"
      " head_position = ?6, coordinator_name = ?7, coordinator_position = ?8,"
      " include_teachers = ?9, updated_at = strftime ('%Y-%m-%dT%H:%M:%S', 'now')"
      " WHERE month = ?1", error);
  const char *texts[] = {
    r->month, r->problems, r->measures, r->notes, r->head_name, r->head_position,
    r->coordinator_name, r->coordinator_position,
  };

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    sqlite3_bind_text (stmt, i + 1, texts[i] ? texts[i] : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 9, r->include_teachers ? 1 : 0);
  return sc_database_step_done (db, stmt, error);
}

gboolean
sc_report_save (ScDatabase     *db,
                const ScReport *report,
                GError        **error)
{
  g_autoptr(ScReport) stored = NULL;
  gboolean created = FALSE;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  if (invalid_month (report->month, error) || !sc_database_begin (db, error))
    return FALSE;
  stored = ensure_report (db, report->month, &created, error);
  return finish_write (db, stored != NULL && !refuse_submitted (stored, error) &&
                           update_texts (db, report, error), error);
}

static gboolean
update_number (ScDatabase  *db,
               const char  *month,
               const char  *outgoing_number,
               GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "UPDATE report SET outgoing_number = ?2 WHERE month = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, month, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, outgoing_number, -1, SQLITE_TRANSIENT);
  return sc_database_step_done (db, stmt, error);
}

static gboolean
update_status (ScDatabase     *db,
               const char     *month,
               ScReportStatus  status,
               const char     *submitted_on,
               const char     *frozen,
               GError        **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "UPDATE report SET status = ?2, submitted_on = ?3, frozen_figures = ?4,"
      " updated_at = strftime ('%Y-%m-%dT%H:%M:%S', 'now') WHERE month = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, month, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sc_report_status_to_string (status), -1, SQLITE_STATIC);
  if (submitted_on != NULL)
    sqlite3_bind_text (stmt, 3, submitted_on, -1, SQLITE_TRANSIENT);
  if (frozen != NULL)
    sqlite3_bind_text (stmt, 4, frozen, -1, SQLITE_TRANSIENT);
  return sc_database_step_done (db, stmt, error);
}

gboolean
sc_report_set_status (ScDatabase     *db,
                      const char     *month,
                      ScReportStatus  status,
                      GError        **error)
{
  g_autoptr(ScReport) stored = NULL;
  gboolean created = FALSE;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (status != SC_REPORT_STATUS_SUBMITTED, FALSE);
  if (invalid_month (month, error) || !sc_database_begin (db, error))
    return FALSE;
  stored = ensure_report (db, month, &created, error);
  return finish_write (db, stored != NULL && !refuse_submitted (stored, error) &&
                           update_status (db, month, status, NULL, NULL, error), error);
}

static gboolean
freeze (ScDatabase     *db,
        const ScReport *stored,
        const char     *submitted_on,
        GError        **error)
{
  g_autoptr(ScReportFigures) figures = NULL;
  g_autofree char *json = NULL;

  if (refuse_submitted (stored, error))
    return FALSE;
  figures = sc_report_figures_compute (db, stored->month, error);
  if (figures == NULL)
    return FALSE;
  json = sc_report_figures_to_json (figures);
  return update_status (db, stored->month, SC_REPORT_STATUS_SUBMITTED, submitted_on, json, error);
}

gboolean
sc_report_submit (ScDatabase  *db,
                  const char  *month,
                  const char  *submitted_on,
                  GError     **error)
{
  return sc_report_submit_numbered (db, month, submitted_on, NULL, error);
}

/* @outgoing_number NULL keeps the stored one. */
gboolean
sc_report_submit_numbered (ScDatabase  *db,
                           const char  *month,
                           const char  *submitted_on,
                           const char  *outgoing_number,
                           GError     **error)
{
  g_autoptr(ScReport) stored = NULL;
  g_autofree char *today = sc_date_today ();
  g_autofree char *number = outgoing_number ? g_strstrip (g_strdup (outgoing_number)) : NULL;
  gboolean created = FALSE;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (submitted_on == NULL || sc_date_is_valid_iso (submitted_on), FALSE);
  if (invalid_month (month, error) || !sc_database_begin (db, error))
    return FALSE;
  stored = ensure_report (db, month, &created, error);
  return finish_write (db, stored != NULL &&
                           freeze (db, stored, submitted_on ? submitted_on : today, error) &&
                           (number == NULL || update_number (db, month, number, error)),
                       error);
}

gboolean
sc_report_withdraw (ScDatabase  *db,
                    const char  *month,
                    GError     **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  if (invalid_month (month, error) || !sc_database_begin (db, error))
    return FALSE;
  return finish_write (db, update_status (db, month, SC_REPORT_STATUS_READY, NULL, NULL, error),
                       error);
}

ScReportFigures *
sc_report_load_figures (ScDatabase      *db,
                        const ScReport  *report,
                        GError         **error)
{
  g_autoptr(ScReportFigures) figures = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (report != NULL, NULL);
  figures = sc_report_figures_compute (db, report->month, error);
  if (figures == NULL)
    return NULL;
  if (report->status == SC_REPORT_STATUS_SUBMITTED &&
      !sc_report_figures_apply_frozen (figures, report->frozen_figures, error))
    return NULL;
  return g_steal_pointer (&figures);
}

GStrv
sc_report_changed_since_submission (ScDatabase      *db,
                                    const ScReport  *report,
                                    GError         **error)
{
  g_autoptr(ScReportFigures) now = NULL;
  g_autoptr(GPtrArray) frozen = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (report != NULL, NULL);
  if (report->status != SC_REPORT_STATUS_SUBMITTED)
    return g_new0 (char *, 1);
  frozen = sc_report_figures_list_from_json (report->frozen_figures, error);
  now = frozen != NULL ? sc_report_figures_compute (db, report->month, error) : NULL;
  if (now == NULL)
    return NULL;
  return sc_report_figures_diff_frozen (frozen, now->figures);
}

/* ---- the list of months -------------------------------------------------- */

/* Weekly activity belongs to the month of the week's Thursday. */
/* The minimum taken before substr () and date (): the week's index then
 * answers at once, and the events are scanned without a call per row. */
#define SQL_FIRST_MONTH \
  "SELECT min (m) FROM (" \
  " SELECT substr (min (on_date), 1, 7) AS m FROM status_event" \
  " UNION ALL SELECT substr (date (min (week_monday), '+3 days'), 1, 7) FROM usage_week" \
  " UNION ALL SELECT min (month) FROM report)"

static char *
query_first_month (ScDatabase  *db,
                   GError     **error,
                   gboolean    *ok)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, SQL_FIRST_MONTH, error);
  char *month = NULL;
  int rc;

  *ok = stmt != NULL;
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    month = sc_database_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    *ok = sc_database_set_error (db, rc, error);
  return month;
}

static GHashTable *
query_saved_reports (ScDatabase  *db,
                     GError     **error)
{
  g_autoptr(GHashTable) saved = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify)sc_report_free);
  sqlite3_stmt *stmt = sc_database_prepare (db, "SELECT " COLUMNS " FROM report", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScReport *report = report_from_row (stmt);
      g_hash_table_replace (saved, report->month, report);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&saved);
}

static ScReportMonth *
month_entry (const char *month,
             ScReport   *saved,
             int         due_day)
{
  ScReportMonth *entry = g_new0 (ScReportMonth, 1);

  entry->month = g_strdup (month);
  entry->due_date = sc_report_due_date (month, due_day);
  if (saved != NULL)
    {
      entry->exists = TRUE;
      entry->status = saved->status;
      entry->submitted_on = g_strdup (saved->submitted_on);
    }
  return entry;
}

/* The first month to list: the first data, at most MAX_MONTHS back, never
 * after the last. */
static char *
clamp_first_month (char       *first,
                   const char *last)
{
  g_autofree char *earliest = sc_report_month_add (last, 1 - MAX_MONTHS);

  if (!sc_report_month_is_valid (first) || g_strcmp0 (first, last) > 0)
    {
      g_free (first);
      return g_strdup (last);
    }
  if (g_strcmp0 (first, earliest) < 0)
    {
      g_free (first);
      return g_steal_pointer (&earliest);
    }
  return first;
}

static char *
last_saved_month (GHashTable *saved,
                  const char *last)
{
  GHashTableIter iter;
  const char *month;
  const char *latest = last;

  g_hash_table_iter_init (&iter, saved);
  while (g_hash_table_iter_next (&iter, (gpointer *)&month, NULL))
    if (g_strcmp0 (month, latest) > 0 && sc_report_month_is_valid (month))
      latest = month;
  return g_strdup (latest);
}

GPtrArray *
sc_report_list_months (ScDatabase  *db,
                       const char  *today,
                       GError     **error)
{
  g_autoptr(GHashTable) saved = NULL;
  g_autoptr(ScOrganization) organization = NULL;
  g_autofree char *now = today ? g_strdup (today) : sc_date_today ();
  g_autofree char *this_month = g_strndup (now, 7);
  g_autofree char *first = NULL;
  g_autofree char *month = NULL;
  GPtrArray *list;
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (sc_report_month_is_valid (this_month), NULL);
  first = query_first_month (db, error, &ok);
  if (!ok || (saved = query_saved_reports (db, error)) == NULL ||
      (organization = sc_organization_load (db, error)) == NULL)
    return NULL;
  month = last_saved_month (saved, this_month);
  first = clamp_first_month (g_steal_pointer (&first), month);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_report_month_free);
  while (g_strcmp0 (month, first) >= 0)
    {
      char *previous = sc_report_month_add (month, -1);

      g_ptr_array_add (list, month_entry (month, g_hash_table_lookup (saved, month),
                                          organization->report_due_day));
      g_free (month);
      month = previous;
    }
  return list;
}

/* ---- files ----------------------------------------------------------------- */

char *
sc_report_temp_path (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The folder “%s” does not exist. Choose another place for the file."), dir);
      return NULL;
    }
  return g_strconcat (path, ".tmp", NULL);
}

gboolean
sc_report_commit_file (const char  *temp_path,
                       const char  *path,
                       GError     **error)
{
  if (g_rename (temp_path, path) == 0)
    return TRUE;
  {
    int saved_errno = errno;
    g_unlink (temp_path);
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("The file “%s” could not be written: %s. Choose another folder."),
                 path, g_strerror (saved_errno));
  }
  return FALSE;
}

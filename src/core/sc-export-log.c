/* sc-export-log.c — «Журнал выгрузок»: every document the program wrote
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-export-log"

#include "config.h"

#include <string.h>

#include "sc-date.h"
#include "sc-export-log.h"
#include "sc-i18n.h"
#include "sc-report.h"

void
sc_export_entry_free (ScExportEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->exported_at);
  g_free (entry->details);
  g_free (entry->file_name);
  g_free (entry);
}

gboolean
sc_export_log_add (ScDatabase    *db,
                   ScExportKind   kind,
                   const char    *details,
                   const char    *file_name,
                   gboolean       personal_data,
                   gboolean       from_command_line,
                   GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
  /* Where the file is, whatever folder the command line ran in. */
  g_autofree char *path = file_name && *file_name ? g_canonicalize_filename (file_name, NULL) : NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kind < SC_N_EXPORT_KINDS, FALSE);

  if (!sc_database_begin (db, error))
    return FALSE;
  stmt = sc_database_prepare (db,
      "INSERT INTO export_log (exported_at, kind, details, file_name, personal_data,"
      " from_command_line) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    {
      sc_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, stamp, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sc_export_kind_to_code (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, details ? details : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, path ? path : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, personal_data ? 1 : 0);
  sqlite3_bind_int (stmt, 6, from_command_line ? 1 : 0);
  if (!sc_database_step_done (db, stmt, error) || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  sc_database_emit_changed (db, "exports");
  return TRUE;
}

static ScExportEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  ScExportEntry *entry = g_new0 (ScExportEntry, 1);

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->exported_at = sc_database_column_dup (stmt, 1);
  if (!sc_export_kind_from_code ((const char *)sqlite3_column_text (stmt, 2), &entry->kind))
    entry->kind = SC_EXPORT_REPORT_XLSX;   /* a later version's kind: shown as a report */
  entry->details = sc_database_column_dup (stmt, 3);
  entry->file_name = sc_database_column_dup (stmt, 4);
  entry->personal_data = sqlite3_column_int (stmt, 5) != 0;
  entry->from_command_line = sqlite3_column_int (stmt, 6) != 0;
  return entry;
}

GPtrArray *
sc_export_log_list (ScDatabase  *db,
                    GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_export_entry_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  stmt = sc_database_prepare (db,
      "SELECT id, exported_at, kind, details, file_name, personal_data, from_command_line"
      " FROM export_log ORDER BY exported_at DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, entry_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

static char *
describe_report (const ScExportEntry *entry)
{
  g_autofree char *period = sc_report_format_period (entry->details);

  switch (entry->kind)
    {
    case SC_EXPORT_REPORT_PDF:
      /* Translators: «Отчёт за ноябрь 2023 г. (PDF)» */
      return g_strdup_printf (_("Report %s (PDF)"), period);
    case SC_EXPORT_REPORT_PRINT:
      /* Translators: «Отчёт за ноябрь 2023 г., печать» */
      return g_strdup_printf (_("Report %s, printed"), period);
    case SC_EXPORT_REPORT_XLSX:
    default:
      return g_strdup_printf (_("Report %s (XLSX)"), period);
    }
}

char *
sc_export_entry_describe (const ScExportEntry *entry)
{
  g_autofree char *period = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  switch (entry->kind)
    {
    case SC_EXPORT_CHAT_PLAN:
      return g_strdup (_("Chat plan (XLSX)"));
    case SC_EXPORT_MISSING:
      if (*entry->details != '\0')
        return g_strdup_printf (_("Not connected, group %s (XLSX)"), entry->details);
      return g_strdup (_("Not connected, every group (XLSX)"));
    case SC_EXPORT_SUMMARY_XLSX:
    case SC_EXPORT_SUMMARY_PDF:
      period = sc_report_format_period (entry->details);
      return g_strdup_printf (entry->kind == SC_EXPORT_SUMMARY_PDF ? _("Regional summary %s (PDF)")
                                                                   : _("Regional summary %s (XLSX)"),
                              period);
    case SC_EXPORT_REPORT_XLSX:
    case SC_EXPORT_REPORT_PDF:
    case SC_EXPORT_REPORT_PRINT:
    case SC_N_EXPORT_KINDS:
    default:
      return describe_report (entry);
    }
}

char *
sc_export_entry_format_time (const ScExportEntry *entry)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (entry != NULL, NULL);
  if (strlen (entry->exported_at) < 16)
    return g_strdup (entry->exported_at);
  date = g_strndup (entry->exported_at, 10);
  {
    g_autofree char *short_date = sc_date_format_short (date);
    return g_strdup_printf ("%s %.5s", short_date, entry->exported_at + 11);
  }
}

/* sc-export-log.h — «Журнал выгрузок»: every document the program wrote
 *
 * Each export from the window or the command line adds a line: when, what
 * (the report of a month, the chat plan, a list of who is not connected,
 * the regional summary), the file's path, and whether the file names
 * people (DESIGN.md §10). What the college's personal-data officer asks
 * for: what left this computer, and where to.
 *
 * Which documents name people: the report (its signatories, and the
 * curators and chat administrators of its «Группы» and «Чаты» sheets;
 * every teacher with «Педагоги»; never a student), the chat plan (every
 * member), the lists of who is not connected (names and phones); the
 * regional summary names colleges only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"
#include "sc-enums.h"

G_BEGIN_DECLS

/* Stored, and printed by `exports --json`, as its code ("report-xlsx"). */
typedef enum
{
  SC_EXPORT_REPORT_XLSX,   /*< nick=report-xlsx >*/
  SC_EXPORT_REPORT_PDF,    /*< nick=report-pdf >*/
  SC_EXPORT_REPORT_PRINT,  /*< nick=report-print >*/
  SC_EXPORT_CHAT_PLAN,     /*< nick=chat-plan >*/
  SC_EXPORT_MISSING,       /*< nick=missing >*/
  SC_EXPORT_SUMMARY_XLSX,  /*< nick=summary-xlsx >*/
  SC_EXPORT_SUMMARY_PDF,   /*< nick=summary-pdf >*/
  SC_N_EXPORT_KINDS        /*< skip >*/
} ScExportKind;

SC_DEFINE_ENUM_CODES (ScExportKind, sc_export_kind, SC_TYPE_EXPORT_KIND)

typedef struct
{
  gint64        id;
  char         *exported_at;      /* local time, YYYY-MM-DDTHH:MM:SS */
  ScExportKind  kind;
  char         *details;          /* the month (YYYY-MM), the group; "" */
  char         *file_name;        /* the path written; "" for a print */
  gboolean      personal_data;    /* the file names people */
  gboolean      from_command_line;
} ScExportEntry;

void          sc_export_entry_free          (ScExportEntry *entry);

/* Adds a line dated now, in one transaction; emits
 * ScDatabase::changed::exports. */
gboolean      sc_export_log_add             (ScDatabase    *db,
                                             ScExportKind   kind,
                                             const char    *details,
                                             const char    *file_name,
                                             gboolean       personal_data,
                                             gboolean       from_command_line,
                                             GError       **error);
/* Newest first: ScExportEntry. */
GPtrArray    *sc_export_log_list            (ScDatabase    *db,
                                             GError       **error);

/* «Отчёт за ноябрь 2023 г. (XLSX)», «Список не подключённых: группа ИС-21» */
char         *sc_export_entry_describe      (const ScExportEntry *entry);
/* «05.12.2023 14:03» */
char         *sc_export_entry_format_time   (const ScExportEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScExportEntry, sc_export_entry_free)

G_END_DECLS

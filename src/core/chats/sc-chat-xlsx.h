/* sc-chat-xlsx.h — the chat plan as a spreadsheet
 *
 * Sheet «План чатов»: one row per chat in tree order — title indented by its
 * depth, the chat it is in («Отделение информационных технологий»), kind,
 * administrator, number of active members, status, date created (a date
 * cell, dd.mm.yyyy), invite link, notes. Sheet «Участники»: one row per
 * active member of each chat — chat, full name, category, group, where the
 * membership comes from. Header rows bold, frozen and filtered; A4
 * landscape, one page wide. Written to a temporary file in the same folder
 * and renamed over @path, so a failed export leaves no half-written file.
 * In Russian and with decimal points whatever the locale (sc-doc-locale.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"
#include "sc-organization.h"

G_BEGIN_DECLS

gboolean sc_chat_xlsx_write (ScDatabase  *db,
                             const char  *path,
                             const char  *on_date,
                             GError     **error);
/* «План чатов — ТКЦТ — 29.11.2023.xlsx», in the documents' language. */
char    *sc_chat_xlsx_file_name (const ScOrganization *organization,
                                 const char         *on_date);

G_END_DECLS

/* sc-import-counts.h — an import's counts, each a button to the rows behind it
 *
 * «Добавить 1 240 · Обновить 1 152 · Без изменений 3 · Повторы 1 ·
 * Ошибки 2»: a count opens the whole list of its rows — whom each is about,
 * its line and what it does (the fields that change, the line it repeats,
 * the error) — however many there are; the groups under the counts show
 * only the first of them. A count of nought opens nothing. Any import
 * (sc-import.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-import.h"

G_BEGIN_DECLS

#define SC_TYPE_IMPORT_COUNTS (sc_import_counts_get_type ())
G_DECLARE_FINAL_TYPE (ScImportCounts, sc_import_counts, SC, IMPORT_COUNTS, AdwBin)

ScImportCounts *sc_import_counts_new    (void);
/* @plan NULL: shows nothing. */
void            sc_import_counts_show   (ScImportCounts  *self,
                                         ScImport        *plan);
/* The button of @outcome's count, for tests and for the groups' «…ещё». */
GtkMenuButton  *sc_import_counts_get_button (ScImportCounts  *self,
                                             ScImportOutcome  outcome);
/* The list @outcome's button opens, once it has been opened: rows of
 * GtkStringObject whose strings are row indices of the plan. */
GListModel     *sc_import_counts_get_list   (ScImportCounts  *self,
                                             ScImportOutcome  outcome);

G_END_DECLS

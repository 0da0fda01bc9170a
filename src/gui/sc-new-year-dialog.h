/* sc-new-year-dialog.h — «Новый учебный год…»: the assistant that starts an
 * academic year (sc-new-year.h)
 *
 * First page: the new year's full list of people, the day those it leaves
 * out left (30 June by default), the day of the list and the year's 100 %
 * target. Second page: what each step will do — who leaves, the groups
 * left without students and their chats that go to the archive, the chats
 * of the new groups (planned from the templates, or expected from MAX),
 * the year and its target, the «Обзор» checklist started again — before
 * anything is written. Then all of it in one transaction; the window
 * offers Undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-database-snapshot.h"
#include "sc-database.h"

G_BEGIN_DECLS

#define SC_TYPE_NEW_YEAR_DIALOG (sc_new_year_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ScNewYearDialog, sc_new_year_dialog, SC, NEW_YEAR_DIALOG, AdwWindow)

/* "started" (const char *message): done; the message suits a toast.
 * sc_new_year_dialog_steal_undo () then gives the file as it was. */
ScNewYearDialog    *sc_new_year_dialog_new        (ScDatabase      *database,
                                                   const char      *today);
/* The fields and buttons, as the person uses them (for tests). */
void                sc_new_year_dialog_set_file   (ScNewYearDialog *self,
                                                   const char      *path);
void                sc_new_year_dialog_set_left_on (ScNewYearDialog *self,
                                                   const char      *text);
void                sc_new_year_dialog_set_target (ScNewYearDialog *self,
                                                   const char      *text);
/* «Далее»: reads and plans; TRUE when the preview is shown. */
gboolean            sc_new_year_dialog_next       (ScNewYearDialog *self);
/* «Начать учебный год»: TRUE when done (the dialog then closes). */
gboolean            sc_new_year_dialog_apply      (ScNewYearDialog *self);
ScDatabaseSnapshot *sc_new_year_dialog_steal_undo (ScNewYearDialog *self);

G_END_DECLS

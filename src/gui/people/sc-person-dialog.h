/* sc-person-dialog.h — add or edit one person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-database.h"
#include "sc-person.h"
#include "sc-person-history.h"

G_BEGIN_DECLS

#define SC_TYPE_PERSON_DIALOG (sc_person_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ScPersonDialog, sc_person_dialog, SC, PERSON_DIALOG, AdwWindow)

/* @record: the person to edit, or NULL to add one. */
ScPersonDialog *sc_person_dialog_new  (ScDatabase           *database,
                                       const ScPersonRecord *record);
/* Validates and writes; FALSE (with the problem shown) when it cannot. */
gboolean        sc_person_dialog_save (ScPersonDialog       *self);
/* Why the mark recorded last is not the status in force (a later-dated
 * event is), as the dialog shows it; NULL when it is. */
const char     *sc_person_dialog_get_notice  (ScPersonDialog *self);
ScPersonHistory *sc_person_dialog_get_history (ScPersonDialog *self);

G_END_DECLS

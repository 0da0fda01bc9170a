/* sc-import-assistant.h — «Загрузка списка людей»: check, then load
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-database.h"
#include "sc-roster-import.h"

G_BEGIN_DECLS

#define SC_TYPE_IMPORT_ASSISTANT (sc_import_assistant_get_type ())
G_DECLARE_FINAL_TYPE (ScImportAssistant, sc_import_assistant, SC, IMPORT_ASSISTANT, AdwWindow)

/* Starts reading and checking @file_path at once. */
ScImportAssistant *sc_import_assistant_new        (ScDatabase        *database,
                                                   const char        *file_path);
void               sc_import_assistant_commit     (ScImportAssistant *self);
gboolean           sc_import_assistant_is_busy    (ScImportAssistant *self);
ScRosterPlan      *sc_import_assistant_get_plan   (ScImportAssistant *self);
/* What a person does with a column's drop-down. */
void               sc_import_assistant_set_column (ScImportAssistant *self,
                                                   guint              column,
                                                   ScField            field);

G_END_DECLS

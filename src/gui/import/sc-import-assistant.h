/* sc-import-assistant.h — check a file, then load it: any kind of import
 *
 * «Загрузка списка людей» (SC_TYPE_PEOPLE_IMPORT) and «Загрузка активности
 * педагогов» (SC_TYPE_ACTIVITY_IMPORT) alike, any ScImport: the file is read
 * and checked in a worker thread; the person sees the detected format and
 * header, chooses what each column holds (checked again at once), sees
 * the counts, the first rows as they will be stored and every error with
 * its line, then loads it in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-database.h"
#include "sc-import.h"

G_BEGIN_DECLS

#define SC_TYPE_IMPORT_ASSISTANT (sc_import_assistant_get_type ())
G_DECLARE_FINAL_TYPE (ScImportAssistant, sc_import_assistant, SC, IMPORT_ASSISTANT, AdwWindow)

/* Starts reading and checking @file_path at once, as an import of
 * @import_type (an ScImport type). */
ScImportAssistant *sc_import_assistant_new         (ScDatabase         *database,
                                                    GType               import_type,
                                                    const char         *file_path);
/* The same, shown over @from's window. */
ScImportAssistant *sc_import_assistant_open        (ScDatabase         *database,
                                                    GType               import_type,
                                                    const char         *file_path,
                                                    GtkWidget          *from);
/* What «Загрузить» does. Once loaded, the assistant emits "loaded" (with
 * the committed ScImport, so that the page can show what came in), closes,
 * and a toast in the window it stands over tells the counts. */
void               sc_import_assistant_commit      (ScImportAssistant  *self);
gboolean           sc_import_assistant_is_busy     (ScImportAssistant  *self);
/* The planned import (an ScPeopleImport, ScActivityImport…): NULL until
 * the first check is done, after a failure, or while a needed column is
 * not chosen. */
ScImport          *sc_import_assistant_get_plan    (ScImportAssistant  *self);
/* Why there is no plan though the file was read, or NULL. */
const char        *sc_import_assistant_get_problem (ScImportAssistant  *self);
/* What a person does with a column's drop-down. */
void               sc_import_assistant_set_column  (ScImportAssistant  *self,
                                                    guint               column,
                                                    ScField             field);

G_END_DECLS

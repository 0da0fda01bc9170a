/* sc-personal-data.h — the main menu's personal-data windows (issue 20):
 * «Обезличить выбывших…», «Журнал выгрузок», «О персональных данных»
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-database.h"

G_BEGIN_DECLS

/* The confirmation: how many people left before the date (by default the
 * profile's months ago), that the backup copies still hold their names
 * (with a switch to depersonalise them too), and that only a copy can undo
 * it. On «Обезличить» it runs and @done gets the message for a toast. */
typedef void (*ScPersonalDataDone) (const char *message,
                                    gpointer    user_data);
AdwMessageDialog *sc_depersonalize_dialog_new (GtkWindow          *parent,
                                               ScDatabase         *database,
                                               const char         *today,
                                               ScPersonalDataDone  done,
                                               gpointer            user_data);
/* The dialog's date field and copies switch (for tests). */
void              sc_depersonalize_dialog_set_date   (AdwMessageDialog *dialog,
                                                      const char       *text);
void              sc_depersonalize_dialog_set_copies (AdwMessageDialog *dialog,
                                                      gboolean          with_copies);

/* «Журнал выгрузок»: every export, newest first. */
GtkWindow        *sc_export_log_window_new    (GtkWindow          *parent,
                                               ScDatabase         *database);
/* «О персональных данных»: one screen for the personal-data officer. */
GtkWindow        *sc_personal_data_window_new (GtkWindow          *parent,
                                               ScDatabase         *database);

G_END_DECLS

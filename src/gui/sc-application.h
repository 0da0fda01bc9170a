/* sc-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SC_TYPE_APPLICATION (sc_application_get_type ())
G_DECLARE_FINAL_TYPE (ScApplication, sc_application, SC, APPLICATION, AdwApplication)

ScApplication *sc_application_new           (void);
int            sc_application_run_with_args (ScApplication *self,
                                             int            argc,
                                             char         **argv);
GSettings     *sc_application_get_settings  (ScApplication *self);
const char    *sc_application_get_initial_database (ScApplication *self);

G_END_DECLS

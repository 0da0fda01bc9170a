/* sc-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-application.h"
#include "sc-database.h"

G_BEGIN_DECLS

#define SC_TYPE_WINDOW (sc_window_get_type ())
G_DECLARE_FINAL_TYPE (ScWindow, sc_window, SC, WINDOW, AdwApplicationWindow)

ScWindow   *sc_window_new               (ScApplication *application);
ScDatabase *sc_window_get_database      (ScWindow      *self);
gboolean    sc_window_open_database     (ScWindow      *self,
                                         const char    *path);
gboolean    sc_window_create_college    (ScWindow      *self,
                                         const char    *name,
                                         const char    *path);
void        sc_window_choose_database   (ScWindow      *self);
void        sc_window_show_welcome      (ScWindow      *self);
void        sc_window_show_organization (ScWindow      *self);
void        sc_window_show_backups      (ScWindow      *self);
/* «Переход на MAX…»: the assistant, presented; NULL without a college. */
struct _ScPlatformDialog *sc_window_show_platform_switch (ScWindow *self);
void        sc_window_set_page          (ScWindow      *self,
                                         const char    *page);
const char *sc_window_get_page          (ScWindow      *self);
void        sc_window_add_toast         (ScWindow      *self,
                                         AdwToast      *toast);

G_END_DECLS

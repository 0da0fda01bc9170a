/* sc-welcome-page.h — first run: create a college, open a file or the demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SC_TYPE_WELCOME_PAGE (sc_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (ScWelcomePage, sc_welcome_page, SC, WELCOME_PAGE, AdwBin)

void sc_welcome_page_set_target_path (ScWelcomePage *self,
                                      const char    *path);
const char *sc_welcome_page_get_target_path (ScWelcomePage *self);
void sc_welcome_page_focus_name      (ScWelcomePage *self);

/* The colleges opened lately (ScRecentCollege), listed above the form;
 * none hides the list. */
void        sc_welcome_page_set_recent      (ScWelcomePage *self,
                                             GPtrArray     *colleges);

G_END_DECLS

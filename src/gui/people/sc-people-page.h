/* sc-people-page.h — «Люди»: who is connected, who is missing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-page.h"
#include "sc-person.h"

G_BEGIN_DECLS

#define SC_TYPE_PEOPLE_PAGE (sc_people_page_get_type ())
G_DECLARE_FINAL_TYPE (ScPeoplePage, sc_people_page, SC, PEOPLE_PAGE, ScPage)

/* The rows shown (ScPersonRow items, the same model as the selection). */
GListModel *sc_people_page_get_visible  (ScPeoplePage *self);
/* The person shown at @position (transfer none), NULL past the end. */
ScPerson   *sc_people_page_get_person   (ScPeoplePage *self,
                                         guint         position);
/* Selected per person: those a search hides stay selected. */
GtkSelectionModel *sc_people_page_get_selection (ScPeoplePage *self);
void        sc_people_page_focus_search (ScPeoplePage *self);

G_END_DECLS

/* sc-person-row.h — one row of the «Люди» table: whoever is shown there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-person.h"

G_BEGIN_DECLS

#define SC_TYPE_PERSON_ROW (sc_person_row_get_type ())
G_DECLARE_FINAL_TYPE (ScPersonRow, sc_person_row, SC, PERSON_ROW, GObject)

ScPersonRow *sc_person_row_new        (ScPerson    *person);
ScPerson    *sc_person_row_get_person (ScPersonRow *self);
void         sc_person_row_set_person (ScPersonRow *self,
                                       ScPerson    *person);

G_END_DECLS

/* sc-date-row.h — a date typed as DD.MM.YYYY or picked in a calendar, with
 * what is wrong with it said beside it («такой даты нет»)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-date.h"

G_BEGIN_DECLS

#define SC_TYPE_DATE_ROW (sc_date_row_get_type ())
G_DECLARE_FINAL_TYPE (ScDateRow, sc_date_row, SC, DATE_ROW, AdwEntryRow)

GtkWidget     *sc_date_row_new          (void);
/* An optional date may be left empty (a person who has not left). */
void           sc_date_row_set_optional (ScDateRow   *self,
                                         gboolean     optional);
gboolean       sc_date_row_get_optional (ScDateRow   *self);
/* YYYY-MM-DD, or NULL when empty or not a date. */
char          *sc_date_row_get_date     (ScDateRow   *self);
/* Shows @iso (NULL: empty) as DD.MM.YYYY. */
void           sc_date_row_set_date     (ScDateRow   *self,
                                         const char  *iso);
/* SC_DATE_OK for a date, or for an empty optional row. */
ScDateProblem  sc_date_row_get_problem  (ScDateRow   *self);
/* The words beside the field, NULL when there is nothing wrong. */
const char    *sc_date_row_get_problem_text (ScDateRow *self);
GtkMenuButton *sc_date_row_get_calendar_button (ScDateRow *self);

/* A popover with a calendar on the date in @editable (today when it holds
 * none); the day chosen is written into @editable as DD.MM.YYYY. */
GtkWidget     *sc_date_calendar_popover_new (GtkEditable *editable);

G_END_DECLS

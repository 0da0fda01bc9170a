/* sc-count-entry.h — a cell of the week grid: a teacher's messages or calls
 *
 * Digits only. Typing and leaving the cell (Tab, Enter, arrows, a click
 * elsewhere) saves through the widget action "activity.set-count"
 * (x person, s field, i value; -1 for an empty cell); Tab, Shift+Tab,
 * Enter and the arrows ask "activity.move" (u position, s field,
 * i direction) for the next cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-activity-week.h"

G_BEGIN_DECLS

typedef enum
{
  SC_COUNT_MOVE_NEXT,    /* Tab: the next cell, then the next row's first */
  SC_COUNT_MOVE_PREVIOUS,
  SC_COUNT_MOVE_DOWN,    /* Enter, Down: the same column, the next row */
  SC_COUNT_MOVE_UP,
} ScCountMove;

#define SC_TYPE_COUNT_ENTRY (sc_count_entry_get_type ())
G_DECLARE_FINAL_TYPE (ScCountEntry, sc_count_entry, SC, COUNT_ENTRY, GtkEntry)

ScActivityTeacher *sc_count_entry_get_teacher  (ScCountEntry *self);
const char     *sc_count_entry_get_field    (ScCountEntry *self);
guint           sc_count_entry_get_position (ScCountEntry *self);
/* Saves the typed value if it differs from the stored one. */
void            sc_count_entry_commit       (ScCountEntry *self);

G_END_DECLS

/* sc-a11y.h — names for screen readers where GTK 4.8 gives none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A GtkDropDown is named, but the button inside it, which takes the focus,
 * is not: it gets @label too. */
void sc_a11y_name_drop_down (GtkDropDown *drop_down,
                             const char  *label);

/* A GtkMenuButton with a label: GTK 4.8 names the button inside, not the
 * one a reader meets. The label, without its access key mark. */
void sc_a11y_name_menu_button (GtkMenuButton *button);
/* The menu button and the button inside it named @label. */
void sc_a11y_name_menu_button_as (GtkMenuButton *button,
                                  const char    *label);
/* The column headers of @view, which sort when clicked, read by their
 * titles, and their row as the table's header. */
void sc_a11y_name_column_headers (GtkColumnView *view);
/* The choices of a combo row over a GtkStringList, each read by its text:
 * GTK 4.8 leaves them "list item". */
void sc_a11y_name_combo_row_choices (AdwComboRow *row);

G_END_DECLS

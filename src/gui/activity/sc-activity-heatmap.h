/* sc-activity-heatmap.h — a month's teachers × weeks, each cell met, below
 * the norm or without data, in the theme's colours with a legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-activity-month.h"

G_BEGIN_DECLS

#define SC_TYPE_ACTIVITY_HEATMAP (sc_activity_heatmap_get_type ())
G_DECLARE_FINAL_TYPE (ScActivityHeatmap, sc_activity_heatmap, SC, ACTIVITY_HEATMAP, GtkWidget)

/* Takes @month; with @only_below, the teachers who met the norm in every
 * week are left out. */
void     sc_activity_heatmap_set_month (ScActivityHeatmap *self,
                                        ScActivityMonth      *month,
                                        gboolean           only_below);
guint    sc_activity_heatmap_get_n_rows (ScActivityHeatmap *self);

/* A named colour of the theme ("success_color"), or @fallback. */
void     sc_activity_lookup_color      (GtkWidget         *widget,
                                        const char        *name,
                                        const char        *fallback,
                                        GdkRGBA           *color);

G_END_DECLS

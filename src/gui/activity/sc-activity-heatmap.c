/* sc-activity-heatmap.c — a month's teachers × weeks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-activity-heatmap.h"
#include "sc-date.h"

#define CELL_W 92
#define ROW_H 28
#define HEADER_H 30
#define LEGEND_H 40
#define NAME_W 300
#define GAP 3

struct _ScActivityHeatmap
{
  GtkWidget     parent_instance;
  ScActivityMonth *month;
  GPtrArray    *rows;      /* ScActivityMonthRow, borrowed from month: those shown */
};

G_DEFINE_FINAL_TYPE (ScActivityHeatmap, sc_activity_heatmap, GTK_TYPE_WIDGET)

void
sc_activity_lookup_color (GtkWidget  *widget,
                          const char *name,
                          const char *fallback,
                          GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
mark_color (GtkWidget   *widget,
            ScActivityMark  mark,
            GdkRGBA     *color)
{
  if (mark == SC_ACTIVITY_MET)
    sc_activity_lookup_color (widget, "success_color", "#26a269", color);
  else if (mark == SC_ACTIVITY_BELOW)
    sc_activity_lookup_color (widget, "error_color", "#c01c28", color);
  else
    gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
  /* A tint under the text in the foreground colour: readable light and dark. */
  color->alpha = mark == SC_ACTIVITY_NO_DATA ? 0.10 : 0.35;
}

static void
draw_text (GtkWidget     *widget,
           cairo_t       *cr,
           const char    *text,
           double         x,
           double         y,
           double         width,
           double         height,
           PangoAlignment align)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int text_w, text_h;
  GdkRGBA fg;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, align);
  pango_layout_get_pixel_size (layout, &text_w, &text_h);
  gdk_cairo_set_source_rgba (cr, &fg);
  cairo_move_to (cr, x, y + (height - text_h) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_cell (GtkWidget   *widget,
           cairo_t     *cr,
           ScActivityMark  mark,
           double       x,
           double       y,
           const char  *text)
{
  GdkRGBA color;

  mark_color (widget, mark, &color);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_rectangle (cr, x, y, CELL_W - GAP, ROW_H - GAP);
  cairo_fill (cr);
  draw_text (widget, cr, text, x, y, CELL_W - GAP, ROW_H - GAP, PANGO_ALIGN_CENTER);
}

static void
draw_header (ScActivityHeatmap *self,
             cairo_t           *cr)
{
  for (guint i = 0; i < self->month->n_weeks; i++)
    {
      g_autoptr(GDate) monday = sc_date_to_gdate (self->month->weeks[i]);
      g_autoptr(GDate) sunday = g_date_copy (monday);
      g_autofree char *text = NULL;

      g_date_add_days (sunday, 6);
      text = g_strdup_printf ("%02d.%02d–%02d.%02d", g_date_get_day (monday), g_date_get_month (monday),
                              g_date_get_day (sunday), g_date_get_month (sunday));
      draw_text (GTK_WIDGET (self), cr, text, NAME_W + i * CELL_W, 0, CELL_W - GAP, HEADER_H,
                 PANGO_ALIGN_CENTER);
    }
}

static void
draw_row (ScActivityHeatmap     *self,
          cairo_t               *cr,
          const ScActivityMonthRow *row,
          double                 y)
{
  draw_text (GTK_WIDGET (self), cr, row->name, 0, y, NAME_W - 12, ROW_H - GAP, PANGO_ALIGN_LEFT);
  for (guint i = 0; i < self->month->n_weeks; i++)
    {
      g_autofree char *text = row->marks[i] == SC_ACTIVITY_NO_DATA
                              ? g_strdup ("—")
                              : g_strdup_printf ("%d · %d", row->messages[i], row->calls[i]);
      draw_cell (GTK_WIDGET (self), cr, row->marks[i], NAME_W + i * CELL_W, y, text);
    }
}

static void
draw_legend (ScActivityHeatmap *self,
             cairo_t           *cr,
             double             y)
{
  const ScActivityMark marks[] = { SC_ACTIVITY_MET, SC_ACTIVITY_BELOW, SC_ACTIVITY_NO_DATA };
  double x = 0;

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      GdkRGBA color;

      mark_color (GTK_WIDGET (self), marks[i], &color);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_rectangle (cr, x, y + 10, 22, 18);
      cairo_fill (cr);
      draw_text (GTK_WIDGET (self), cr, sc_activity_mark_get_label (marks[i]), x + 30, y + 10, 170, 18,
                 PANGO_ALIGN_LEFT);
      x += 200;
    }
  draw_text (GTK_WIDGET (self), cr, _("In a cell: messages · calls"), x, y + 10, 300, 18,
             PANGO_ALIGN_LEFT);
}

static void
sc_activity_heatmap_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  ScActivityHeatmap *self = SC_ACTIVITY_HEATMAP (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->month == NULL)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_header (self, cr);
  for (guint r = 0; r < self->rows->len; r++)
    draw_row (self, cr, g_ptr_array_index (self->rows, r), HEADER_H + r * ROW_H);
  draw_legend (self, cr, HEADER_H + self->rows->len * ROW_H);
  cairo_destroy (cr);
}

static void
sc_activity_heatmap_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  ScActivityHeatmap *self = SC_ACTIVITY_HEATMAP (widget);
  guint n_weeks = self->month ? self->month->n_weeks : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = MAX (NAME_W + n_weeks * CELL_W, 840);
  else
    *minimum = *natural = HEADER_H + self->rows->len * ROW_H + LEGEND_H;
}

static void
update_description (ScActivityHeatmap *self)
{
  g_autofree char *text = NULL;

  if (self->month == NULL)
    return;
  text = g_strdup_printf (_("%u teachers met the norm in every week of the month, of %u."),
                          self->month->all_weeks, self->month->rows->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

void
sc_activity_heatmap_set_month (ScActivityHeatmap *self,
                               ScActivityMonth      *month,
                               gboolean           only_below)
{
  g_return_if_fail (SC_IS_ACTIVITY_HEATMAP (self));

  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->month, sc_activity_month_free);
  self->month = month;
  for (guint i = 0; month != NULL && i < month->rows->len; i++)
    {
      ScActivityMonthRow *row = g_ptr_array_index (month->rows, i);
      if (!only_below || !row->all_weeks)
        g_ptr_array_add (self->rows, row);
    }
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
sc_activity_heatmap_get_n_rows (ScActivityHeatmap *self)
{
  g_return_val_if_fail (SC_IS_ACTIVITY_HEATMAP (self), 0);
  return self->rows->len;
}

static void
sc_activity_heatmap_finalize (GObject *object)
{
  ScActivityHeatmap *self = SC_ACTIVITY_HEATMAP (object);

  g_ptr_array_unref (self->rows);
  g_clear_pointer (&self->month, sc_activity_month_free);
  G_OBJECT_CLASS (sc_activity_heatmap_parent_class)->finalize (object);
}

static void
sc_activity_heatmap_class_init (ScActivityHeatmapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sc_activity_heatmap_finalize;
  widget_class->snapshot = sc_activity_heatmap_snapshot;
  widget_class->measure = sc_activity_heatmap_measure;
  gtk_widget_class_set_css_name (widget_class, "activityheatmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sc_activity_heatmap_init (ScActivityHeatmap *self)
{
  self->rows = g_ptr_array_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Norm by teacher and week"), -1);
}

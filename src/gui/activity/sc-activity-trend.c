/* sc-activity-trend.c — the weekly share meeting the norm
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-activity-heatmap.h"
#include "sc-activity-trend.h"
#include "sc-date.h"
#include "sc-format.h"

#define LEFT 56
#define RIGHT 12
#define TOP 24
#define BOTTOM 28

struct _ScActivityTrend
{
  GtkWidget  parent_instance;
  GArray    *shares;
  char      *current;
};

G_DEFINE_FINAL_TYPE (ScActivityTrend, sc_activity_trend, GTK_TYPE_WIDGET)

static void
show_text (GtkWidget  *widget,
           cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      align)   /* 0 left, 0.5 centre, 1 right of x */
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - align * w, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_grid (GtkWidget *widget,
           cairo_t   *cr,
           double     width,
           double     plot_h)
{
  GdkRGBA fg;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  cairo_set_line_width (cr, 1);
  for (int pct = 0; pct <= 100; pct += 25)
    {
      double y = TOP + plot_h * (1 - pct / 100.0);
      /* «50 %»: whole numbers with sc-format's narrow no-break space. */
      g_autofree char *label = g_strdup_printf ("%d\u202f%%", pct);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.15);
      cairo_move_to (cr, LEFT, (int)y + 0.5);
      cairo_line_to (cr, width - RIGHT, (int)y + 0.5);
      cairo_stroke (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      show_text (widget, cr, label, LEFT - 6, y, 1.0);
    }
}

static void
draw_bar (ScActivityTrend        *self,
          cairo_t                *cr,
          const ScActivityWeekShare *share,
          double                  x,
          double                  bar_w,
          double                  plot_h)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double pct = sc_activity_week_share_pct (share);
  gboolean current = g_strcmp0 (share->monday, self->current) == 0;
  GdkRGBA accent, fg;
  double h = plot_h * pct / 100.0;

  sc_activity_lookup_color (widget, "accent_color", "#3584e4", &accent);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  if (share->total == 0)
    return;
  accent.alpha = current ? 1.0 : 0.55;
  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_rectangle (cr, x, TOP + plot_h - h, bar_w, MAX (h, 1));
  cairo_fill (cr);
  if (current)
    {
      g_autofree char *label = sc_format_percent (pct);
      gdk_cairo_set_source_rgba (cr, &fg);
      show_text (widget, cr, label, x + bar_w / 2, TOP + plot_h - h - 10, 0.5);
    }
}

static void
draw_week_label (GtkWidget              *widget,
                 cairo_t                *cr,
                 const ScActivityWeekShare *share,
                 double                  x,
                 double                  y)
{
  g_autoptr(GDate) monday = sc_date_to_gdate (share->monday);
  g_autofree char *text = g_strdup_printf ("%02d.%02d", g_date_get_day (monday), g_date_get_month (monday));
  GdkRGBA fg;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  fg.alpha = 0.7;
  gdk_cairo_set_source_rgba (cr, &fg);
  show_text (widget, cr, text, x, y, 0.5);
}

static void
sc_activity_trend_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  ScActivityTrend *self = SC_ACTIVITY_TREND (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double plot_h = height - TOP - BOTTOM, slot;
  cairo_t *cr;

  if (self->shares == NULL || self->shares->len == 0 || plot_h <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_grid (widget, cr, width, plot_h);
  slot = (width - LEFT - RIGHT) / self->shares->len;
  for (guint i = 0; i < self->shares->len; i++)
    {
      const ScActivityWeekShare *share = &g_array_index (self->shares, ScActivityWeekShare, i);
      double x = LEFT + i * slot;

      draw_bar (self, cr, share, x + slot * 0.2, slot * 0.6, plot_h);
      if (i % 2 == (self->shares->len - 1) % 2)
        draw_week_label (widget, cr, share, x + slot / 2, height - BOTTOM / 2.0);
    }
  cairo_destroy (cr);
}

static void
sc_activity_trend_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 200;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 840 : 240;
}

static void
update_description (ScActivityTrend *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->shares->len; i++)
    {
      const ScActivityWeekShare *share = &g_array_index (self->shares, ScActivityWeekShare, i);
      g_autofree char *date = sc_date_format_short (share->monday);
      g_autofree char *pct = sc_format_percent (sc_activity_week_share_pct (share));

      g_string_append_printf (text, "%s%s: %s", text->len > 0 ? "; " : "", date, pct);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text->str, -1);
}

void
sc_activity_trend_set_weeks (ScActivityTrend *self,
                             GArray          *shares,
                             const char      *current)
{
  g_return_if_fail (SC_IS_ACTIVITY_TREND (self));

  g_clear_pointer (&self->shares, g_array_unref);
  g_free (self->current);
  self->shares = shares;
  self->current = g_strdup (current);
  if (shares != NULL)
    update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sc_activity_trend_finalize (GObject *object)
{
  ScActivityTrend *self = SC_ACTIVITY_TREND (object);

  g_clear_pointer (&self->shares, g_array_unref);
  g_free (self->current);
  G_OBJECT_CLASS (sc_activity_trend_parent_class)->finalize (object);
}

static void
sc_activity_trend_class_init (ScActivityTrendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sc_activity_trend_finalize;
  widget_class->snapshot = sc_activity_trend_snapshot;
  widget_class->measure = sc_activity_trend_measure;
  gtk_widget_class_set_css_name (widget_class, "activitytrend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sc_activity_trend_init (ScActivityTrend *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Share of teachers meeting the norm, by week"), -1);
}

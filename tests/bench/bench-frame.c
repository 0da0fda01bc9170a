/* bench-frame.c — print when the first frame was painted, then quit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "bench-frame.h"

static BenchFrameReady page_ready;

typedef struct
{
  GtkApplication *app;
  GtkWidget      *window;
  guint           n_painted;
} Watch;

static gboolean
quit_cb (gpointer data)
{
  Watch *watch = data;

  g_application_quit (G_APPLICATION (watch->app));
  return G_SOURCE_REMOVE;
}

/* Polled: the rows come from a worker thread, with no signal of our own. */
static gboolean
wait_ready_cb (gpointer data)
{
  Watch *watch = data;

  if (!page_ready (watch->window))
    return G_SOURCE_CONTINUE;
  printf ("page-ready-us: %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_idle_add (quit_cb, watch);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Watch         *watch)
{
  const char *page = g_getenv ("BENCH_PAGE");

  if (watch->n_painted++ == 0)
    {
      printf ("first-frame-us: %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
      printf ("title: %s\n", gtk_window_get_title (GTK_WINDOW (watch->window)));
      fflush (stdout);
      if (page == NULL)
        {
          g_signal_handlers_disconnect_by_data (clock, watch);
          g_idle_add (quit_cb, watch);
          return;
        }
      gtk_widget_activate_action (watch->window, "win.show-page", "s", page);
      gtk_widget_queue_draw (watch->window);
      return;
    }
  printf ("page-frame-us: %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_data (clock, watch);
  if (page_ready != NULL)
    g_timeout_add (5, wait_ready_cb, watch);
  else
    g_idle_add (quit_cb, watch);
}

static void
realized_cb (GtkWidget *window,
             Watch     *watch)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), watch);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 Watch          *watch)
{
  if (watch->window != NULL)
    return;
  watch->window = GTK_WIDGET (window);
  g_signal_connect_after (window, "realize", G_CALLBACK (realized_cb), watch);
}

void
bench_frame_watch (GtkApplication *app)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->app = app;
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), watch);
}

void
bench_frame_set_ready (BenchFrameReady ready)
{
  page_ready = ready;
}

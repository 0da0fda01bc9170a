/* bench-frame.h — for the window benchmarks: print when the first frame
 * was painted, then quit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* On the first window's first "after-paint", prints
 * "first-frame-us: T" (g_get_monotonic_time (), the clock the parent
 * started the process by). With $BENCH_PAGE set, then shows that page
 * ("win.show-page"), prints "page-frame-us: T" after its first frame, and
 * quits. */
void bench_frame_watch (GtkApplication *app);

/* TRUE once the page shown has all it reads (its rows may arrive after
 * its first frame, from a worker). */
typedef gboolean (*BenchFrameReady) (GtkWidget *window);

/* With @ready, after "page-frame-us" the page is awaited until @ready
 * says so, then "page-ready-us: T" is printed and the program quits: the
 * peak memory is then that of the page with everything in it. */
void bench_frame_set_ready (BenchFrameReady ready);

G_END_DECLS

/* bench-search.c — the Люди page's search over 50 000 people: the time
 * each keystroke spends filtering and sorting, typing a surname and then
 * erasing it, in-process on ScPeoplePage's own search entry
 *
 * Each keystroke sets the entry's text and, when the entry does not
 * report it at once, emits "search-changed" as the entry does when the
 * typing pauses; the page filters (and sorts) inside that emission. The
 * time to the next painted frame is printed too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <time.h>

#include "bench-util.h"
#include "sc-people-page-private.h"
#include "sc-resources.h"

#define TARGET_MS 16.0
#define SURNAME "Ковалёва"

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_frame (GtkWidget *widget)
{
  gboolean painted = FALSE;
  gint64 give_up = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  gtk_widget_add_tick_callback (widget, count_frame, &painted, NULL);
  gtk_widget_queue_draw (widget);
  while (!painted && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   guint          *n_emitted)
{
  (*n_emitted)++;
}

static gint64
thread_cpu_us (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * G_GINT64_CONSTANT (1000000) + now.tv_nsec / 1000;
}

static void
set_text_as_typed (GtkEditable *editable,
                   const char  *text)
{
  const char *now = gtk_editable_get_text (editable);
  int n_now = g_utf8_strlen (now, -1), n_text = g_utf8_strlen (text, -1);

  if (n_text > n_now)
    {
      int position = n_now;
      const char *added = g_utf8_offset_to_pointer (text, n_now);
      gtk_editable_insert_text (editable, added, -1, &position);
    }
  else
    gtk_editable_delete_text (editable, n_text, n_now);
  g_assert (g_str_equal (gtk_editable_get_text (editable), text));
}

/* One keystroke: the entry holds @text. Returns the filter + sort time;
 * *cpu the CPU time of it (steadier on a busy machine), *to_frame the
 * time to the next frame. */
static double
keystroke (ScPeoplePage *page,
           const char   *text,
           double       *cpu,
           double       *to_frame)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (page)));
  guint n_emitted = 0;
  gulong handler = g_signal_connect (page->search_entry, "search-changed",
                                     G_CALLBACK (search_changed_cb), &n_emitted);
  gint64 start = g_get_monotonic_time (), start_cpu = thread_cpu_us (), done;

  /* A keystroke adds or removes the last letter. An emptied entry is
   * reported at once; a typed text after the delay, out of reach here. */
  set_text_as_typed (GTK_EDITABLE (page->search_entry), text);
  if (n_emitted == 0)
    g_signal_emit_by_name (page->search_entry, "search-changed");
  done = g_get_monotonic_time ();
  *cpu = (thread_cpu_us () - start_cpu) / 1000.0;
  g_signal_handler_disconnect (page->search_entry, handler);
  wait_frame (window);
  *to_frame = (g_get_monotonic_time () - start) / 1000.0;
  return (done - start) / 1000.0;
}

typedef struct
{
  GArray *ms;
  GArray *cpu;
  GArray *frames;
} Keystrokes;

static void
keystrokes_init (Keystrokes *k)
{
  k->ms = g_array_new (FALSE, FALSE, sizeof (double));
  k->cpu = g_array_new (FALSE, FALSE, sizeof (double));
  k->frames = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
keystrokes_clear (Keystrokes *k)
{
  g_array_unref (k->ms);
  g_array_unref (k->cpu);
  g_array_unref (k->frames);
}

static void
type (ScPeoplePage *page,
      const char   *text,
      Keystrokes   *k)
{
  double cpu, frame, ms = keystroke (page, text, &cpu, &frame);

  g_array_append_val (k->ms, ms);
  if (g_getenv ("VERBOSE")) g_printerr ("%s: cpu %.1f ms, %u shown\n", text, cpu, g_list_model_get_n_items (sc_people_page_get_visible (page)));
  g_array_append_val (k->cpu, cpu);
  g_array_append_val (k->frames, frame);
}

static void
report (const char *what,
        Keystrokes *k,
        guint       shown)
{
  bench_print ("people search over %u people, %s: median %.1f ms, max %.1f ms per keystroke "
               "(CPU median %.1f ms, max %.1f ms; target median ≤ %.0f ms); to the next frame "
               "median %.1f ms, max %.1f ms; %u shown at the end",
               BENCH_PEOPLE, what, bench_median (k->ms), bench_max (k->ms),
               bench_median (k->cpu), bench_max (k->cpu), TARGET_MS,
               bench_median (k->frames), bench_max (k->frames), shown);
}

static void
type_and_erase (ScPeoplePage *page)
{
  Keystrokes typing, erasing;
  glong n = g_utf8_strlen (SURNAME, -1);

  keystrokes_init (&typing);
  keystrokes_init (&erasing);
  for (glong i = 1; i <= n; i++)
    {
      g_autofree char *prefix = g_utf8_substring (SURNAME, 0, i);
      type (page, prefix, &typing);
    }
  report ("typing «" SURNAME "»", &typing,
          g_list_model_get_n_items (sc_people_page_get_visible (page)));
  for (glong i = n - 1; i >= 0; i--)
    {
      g_autofree char *prefix = g_utf8_substring (SURNAME, 0, i);
      type (page, prefix, &erasing);
    }
  report ("erasing it", &erasing, g_list_model_get_n_items (sc_people_page_get_visible (page)));
  keystrokes_clear (&typing);
  keystrokes_clear (&erasing);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  ScPeoplePage *page;
  GtkWidget *window;

  setlocale (LC_ALL, "");
  if (!gtk_init_check ())
    {
      bench_print ("people search: skipped, no display (run build-aux/bench, which uses xvfb-run)");
      return 0;
    }
  adw_init ();
  sc_register_resource ();
  path = bench_make_college ("college.sqlite3", BENCH_PEOPLE, BENCH_TEACHERS, BENCH_WEEKS);
  db = sc_database_open (path, &error);
  g_assert_no_error (error);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  page = g_object_new (SC_TYPE_PEOPLE_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  sc_page_set_database (SC_PAGE (page), db);
  wait_frame (window);
  gtk_search_entry_set_search_delay (page->search_entry, 1000 * 1000);
  if (g_getenv ("NOVIEW")) { g_object_ref (page->people); gtk_column_view_set_model (page->column_view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_list_store_new (SC_TYPE_PERSON))))); }
  type_and_erase (page);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  bench_cleanup ();
  return 0;
}

/* window-probe.c — the program as main.c starts it (the window, --db
 * FILE), plus bench-frame.c's note of the first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "bench-frame.h"
#include "sc-application.h"
#include "sc-people-page-private.h"

static GtkWidget *
find_people_page (GtkWidget *widget)
{
  if (SC_IS_PEOPLE_PAGE (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *page = find_people_page (child);
      if (page != NULL)
        return page;
    }
  return NULL;
}

/* «Люди» has its rows (read in a worker for a large college). */
static gboolean
people_ready (GtkWidget *window)
{
  GtkWidget *page = find_people_page (window);

  return page == NULL || !sc_people_page_is_loading (SC_PEOPLE_PAGE (page));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(ScApplication) app = NULL;
  const char *localedir = g_getenv ("SC_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sc_application_new ();
  bench_frame_watch (GTK_APPLICATION (app));
  bench_frame_set_ready (people_ready);
  return sc_application_run_with_args (app, argc, argv);
}

/* test-ui-layout.c — nothing cut off, at 1024 × 768, 1100 × 720 and at
 * the narrowest width the window allows, in light and dark style: every
 * page (and a draft report), each saved as a screenshot
 *
 * A widget is cut when it is allocated outside its window (the «⋮» menu of
 * «Люди» was beyond the right edge at 1024 px), when a label outside a
 * list is shortened with «…» (a column title, a button, the week), or when
 * a wrapped label breaks inside its words («Статус» wrapped letter by
 * letter). Lists of names ellipsize long ones by design, and whatever is
 * inside a scrolled window is checked against that window, not the page.
 *
 * The college is the demonstration one: realistic names, groups and
 * reports in every state. The minimum width is what the window measures;
 * it is also asserted to stay well below 1024 px, since the people who use
 * the program set windows side by side on small screens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-demo.h"
#include "sc-import-assistant.h"
#include "sc-organization-window.h"
#include "sc-people-page-private.h"
#include "sc-person-dialog.h"
#include "sc-reports-page.h"
#include "sc-test-ui.h"

/* The narrowest the window may become: a half of a 1600 px screen. */
#define MAX_MIN_WIDTH 800

/* Pixels a widget may reach past its area: Adwaita's header bar has a
 * margin of -1 px under the window's border. */
#define SLACK 1.5

static ScApplication *app;
static char *dir;
static char *college;

typedef struct
{
  GtkWidget *window;
  GString   *problems;
  guint      n_checked;
} Check;

static const char *
describe (GtkWidget *widget)
{
  const char *text = NULL;

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (text == NULL || *text == '\0')
    text = gtk_widget_get_tooltip_text (widget);
  return text ? text : "";
}

static void
add_problem (Check      *check,
             GtkWidget  *widget,
             const char *what)
{
  g_string_append_printf (check->problems, "  %s «%s»: %s\n", G_OBJECT_TYPE_NAME (widget),
                          describe (widget), what);
}

/* Rows of names and chats, and a drop-down showing one of them, shorten
 * what is too long for their column; a column's title is no row, and the
 * choice a combo row shows is one of a few fixed texts, said whole (the
 * people import's «Что это за файл» was cut to «По…»). */
static gboolean
in_list (GtkWidget *widget)
{
  gboolean listed = FALSE;

  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *type = G_OBJECT_TYPE_NAME (w);

      if (GTK_IS_POPOVER (w))
        return TRUE;
      if (g_str_equal (type, "GtkColumnViewTitle") || ADW_IS_COMBO_ROW (w))
        return FALSE;
      listed |= g_str_equal (type, "GtkListItemWidget") || GTK_IS_DROP_DOWN (w);
    }
  return listed;
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\u00a0-", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += *words[i] != '\0';
  return n;
}

static void
check_label (Check    *check,
             GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = gtk_label_get_text (label);

  if (*text == '\0')
    return;
  if (gtk_label_get_wrap (label) && (guint)pango_layout_get_line_count (layout) > count_words (text))
    add_problem (check, GTK_WIDGET (label), "wrapped inside its words");
  if (!in_list (GTK_WIDGET (label)) && pango_layout_is_ellipsized (layout))
    add_problem (check, GTK_WIDGET (label), "shortened with «…»");
}

/* A table or a form that scrolls sideways hides its right-hand side. */
static gboolean
check_scrolled (Check             *check,
                GtkScrolledWindow *scrolled)
{
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (scrolled);

  if (gtk_adjustment_get_upper (h) - gtk_adjustment_get_lower (h) > gtk_adjustment_get_page_size (h) + SLACK)
    {
      g_autofree char *what = g_strdup_printf ("%.0f px wide, shows %.0f: scrolls sideways",
                                               gtk_adjustment_get_upper (h) - gtk_adjustment_get_lower (h),
                                               gtk_adjustment_get_page_size (h));
      add_problem (check, GTK_WIDGET (scrolled), what);
      return FALSE;
    }
  return TRUE;
}

static gboolean
outside (const graphene_rect_t *bounds,
         const graphene_rect_t *clip)
{
  return bounds->origin.x < clip->origin.x - SLACK || bounds->origin.y < clip->origin.y - SLACK ||
         bounds->origin.x + bounds->size.width > clip->origin.x + clip->size.width + SLACK ||
         bounds->origin.y + bounds->size.height > clip->origin.y + clip->size.height + SLACK;
}

/* What is inside a scrolled window may lie beyond it in the direction it
 * scrolls: it is reached by scrolling. Not across (unless it scrolls
 * sideways, which is said once for all its content). */
static graphene_rect_t
scrolled_clip (const graphene_rect_t *bounds,
               gboolean               across)
{
  graphene_rect_t clip = *bounds;

  clip.origin.y = -G_MAXINT / 2;
  clip.size.height = G_MAXINT;
  if (!across)
    {
      clip.origin.x = -G_MAXINT / 2;
      clip.size.width = G_MAXINT;
    }
  return clip;
}

/* @clip: the area the widget must be in (the window's, or across its
 * scrolled window's), in the window's coordinates. */
static void
check_widget (Check                 *check,
              GtkWidget             *widget,
              const graphene_rect_t *clip)
{
  graphene_rect_t bounds = *clip;
  graphene_rect_t inner = *clip;

  /* Overlay scrollbars reach past the edge they hug. */
  if (!gtk_widget_get_mapped (widget) || (GTK_IS_NATIVE (widget) && widget != check->window) ||
      GTK_IS_SCROLLBAR (widget))
    return;
  check->n_checked++;
  if (widget != check->window && gtk_widget_compute_bounds (widget, check->window, &bounds) &&
      bounds.size.width > 0 && bounds.size.height > 0 && outside (&bounds, clip))
    {
      g_autofree char *where = g_strdup_printf ("at %.0f,%.0f %.0f×%.0f, outside %.0f,%.0f %.0f×%.0f",
                                                bounds.origin.x, bounds.origin.y,
                                                bounds.size.width, bounds.size.height,
                                                clip->origin.x, clip->origin.y,
                                                clip->size.width, clip->size.height);
      add_problem (check, widget, where);
      return;   /* its children are outside too */
    }
  if (GTK_IS_LABEL (widget))
    check_label (check, GTK_LABEL (widget));
  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      gboolean fits = check_scrolled (check, GTK_SCROLLED_WINDOW (widget));
      inner = scrolled_clip (&bounds, fits);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_widget (check, child, &inner);
}

/* Every widget cut off in @window, one line each, for the message the
 * test fails with once all the screenshots are made. */
static GString *cut_off;

static void
assert_nothing_cut (GtkWidget  *window,
                    const char *name)
{
  Check check = { window, g_string_new (NULL), 0 };
  graphene_rect_t area = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (window),
                                             gtk_widget_get_height (window));

  check_widget (&check, window, &area);
  g_assert_cmpuint (check.n_checked, >, 10);
  if (check.problems->len > 0)
    g_string_append_printf (cut_off, "%s:\n%s", name, check.problems->str);
  g_string_free (check.problems, TRUE);
}

static void
assert_none_cut_off (void)
{
  if (cut_off->len > 0)
    g_error ("cut off:\n%s", cut_off->str);
}

static void
set_dark (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
}

static int
minimum_width (GtkWidget *window)
{
  int minimum = 0;

  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static ScPage *
shown_page (ScWindow *window)
{
  GtkWidget *stack = sc_test_ui_find (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);
  GtkWidget *slot = adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack));

  return SC_PAGE (adw_bin_get_child (ADW_BIN (slot)));
}

/* A draft's buttons are the widest: «Отметить готовым» beside «Отметить
 * отправленным…», which was cut at the right edge. */
static void
shoot_draft_report (ScWindow   *window,
                    const char *size,
                    const char *style)
{
  g_autofree char *name = g_strdup_printf ("layout-reports-draft-%s-%s", size, style);
  ScPage *page = shown_page (window);

  g_assert_true (SC_IS_REPORTS_PAGE (page));
  g_assert_true (sc_reports_page_select_month (SC_REPORTS_PAGE (page), "2023-12"));
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  sc_test_ui_screenshot (GTK_WIDGET (window), name);
  assert_nothing_cut (GTK_WIDGET (window), name);
  g_assert_true (sc_reports_page_select_month (SC_REPORTS_PAGE (page), "2023-11"));
}

static void
shoot_pages (ScWindow   *window,
             const char *size,
             const char *style)
{
  const char *pages[] = { "overview", "people", "chats", "activity", "reports" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("layout-%s-%s-%s", pages[i], size, style);
      ScPage *page;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]);
      page = shown_page (window);
      sc_test_assert_eventually (!sc_page_get_stale (page));
      g_test_message ("%s: the page needs %d px", name, minimum_width (GTK_WIDGET (page)));
      sc_test_ui_screenshot (GTK_WIDGET (window), name);
      assert_nothing_cut (GTK_WIDGET (window), name);
    }
  shoot_draft_report (window, size, style);
}

static void
test_pages (gconstpointer data)
{
  gboolean dark = GPOINTER_TO_INT (data);
  const char *style = dark ? "dark" : "light";
  ScWindow *window;
  int width;

  set_dark (dark);
  window = sc_test_ui_window_new (app, 1024, 768);
  g_assert_true (sc_window_open_database (window, college));
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  shoot_pages (window, "1024", style);

  /* «Дата подключения» was cut at 1100 px. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  shoot_pages (window, "1100", style);

  /* Asked for less, the window takes the least it allows. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1, 768);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  g_test_message ("the window's minimum width: %d px (measured %d)", width,
                  minimum_width (GTK_WIDGET (window)));
  shoot_pages (window, "narrowest", style);
  assert_none_cut_off ();
  g_assert_cmpint (width, <=, MAX_MIN_WIDTH);
  sc_test_ui_close (GTK_WINDOW (window));
}

/* The people import's choice «Что это за файл» is said whole (it decides
 * who is marked as left), with its meaning under it, in both modes. */
static void
test_people_import (void)
{
  ScWindow *window;
  ScPeoplePage *page;
  ScImportAssistant *assistant;
  g_autofree char *path = sc_test_write_file (dir, "new.csv",
                                             "Фамилия;Имя;Группа\nНовиков;Пётр;ИС-21\n");
  GtkWidget *scrolled;
  GtkAdjustment *adjustment;

  set_dark (FALSE);
  window = sc_test_ui_window_new (app, 1024, 768);
  g_assert_true (sc_window_open_database (window, college));
  sc_window_set_page (window, "people");
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  page = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
  assistant = sc_people_page_import_file (page, path);
  sc_test_ui_wait_assistant (assistant);
  scrolled = gtk_widget_get_ancestor (sc_test_ui_find (GTK_WIDGET (assistant), ADW_TYPE_COMBO_ROW,
                                                       "Что это за файл"), GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  for (guint mode = 0; mode < 2; mode++)
    {
      g_autofree char *name = g_strdup_printf ("layout-people-import-%s", mode ? "full" : "addition");

      adw_combo_row_set_selected (ADW_COMBO_ROW (sc_test_ui_find (GTK_WIDGET (assistant), ADW_TYPE_COMBO_ROW,
                                                                  "Что это за файл")), mode);
      sc_test_ui_wait_assistant (assistant);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      sc_test_ui_wait_frames (GTK_WIDGET (assistant), 3);
      sc_test_ui_screenshot (GTK_WIDGET (assistant), name);
      assert_nothing_cut (GTK_WIDGET (assistant), name);
    }
  assert_none_cut_off ();
  sc_test_ui_close (GTK_WINDOW (assistant));
  sc_test_ui_close (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(ScDatabase) db = NULL;
  ScDemoOptions options;
  int status;

  sc_test_ui_init (&argc, &argv);
  cut_off = g_string_new (NULL);
  app = sc_test_ui_app_new ();
  dir = sc_test_make_dir ("layout");
  college = g_build_filename (dir, "college.sqlite3", NULL);
  sc_demo_options_init (&options);
  db = sc_demo_create (college, &options, NULL);
  g_assert_nonnull (db);
  g_clear_object (&db);

  g_test_add_data_func ("/sc/ui/layout/pages-light", GINT_TO_POINTER (FALSE), test_pages);
  g_test_add_data_func ("/sc/ui/layout/pages-dark", GINT_TO_POINTER (TRUE), test_pages);
  g_test_add_func ("/sc/ui/layout/people-import", test_people_import);

  status = g_test_run ();
  sc_test_ui_app_finish (app);
  sc_test_remove_tree (dir);
  g_free (college);
  g_free (dir);
  return status;
}

/* sc-test-ui.c — helpers shared by the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "sc-test-ui.h"

/* Animations off: transitions end at once, and what is asserted or shot
 * is the end state, with no fixed wait for it. */
static void
turn_off_animations (void)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

void
sc_test_ui_init (int    *argc,
                 char ***argv)
{
  g_autofree char *data = g_dir_make_tmp ("sc-ui-XXXXXX", NULL);

  /* The default college file must land in a fresh folder, never the user's. */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  /* Russian, from the catalogue built in this tree: the screenshots show what
   * the users see, and the tests compare against _() so any language works.
   * gtk_test_init() does not set the locale itself. */
  sc_test_set_locale ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  turn_off_animations ();
}

ScApplication *
sc_test_ui_app_new (void)
{
  ScApplication *app = sc_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  return app;
}

void
sc_test_ui_app_finish (ScApplication *app)
{
  sc_test_drain ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  /* Without g_application_run() the application is never shut down, so its
   * D-Bus side keeps a reference: the windows are checked, not the app. */
  g_object_unref (app);
}

ScWindow *
sc_test_ui_window_new (ScApplication *app,
                       int            width,
                       int            height)
{
  ScWindow *window = sc_window_new (app);

  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  return window;
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  guint *left = data;
  if (*left > 0)
    (*left)--;
  return *left > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

void
sc_test_ui_wait_frames (GtkWidget *widget,
                        guint      n_frames)
{
  guint left = n_frames;

  gtk_widget_add_tick_callback (widget, count_frame, &left, NULL);
  sc_test_assert_eventually (left == 0);
  sc_test_drain ();
}

static gboolean
widget_matches (GtkWidget  *widget,
                GType       type,
                const char *text)
{
  const char *title = NULL;

  if (!g_type_is_a (G_OBJECT_TYPE (widget), type))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (ADW_IS_PREFERENCES_ROW (widget))
    title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  else if (GTK_IS_BUTTON (widget))
    title = gtk_button_get_label (GTK_BUTTON (widget));
  else if (GTK_IS_LABEL (widget))
    title = gtk_label_get_label (GTK_LABEL (widget));
  else if (GTK_IS_INSCRIPTION (widget))
    title = gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  else if (ADW_IS_STATUS_PAGE (widget))
    title = adw_status_page_get_title (ADW_STATUS_PAGE (widget));
  return g_strcmp0 (title, text) == 0;
}

/* Depth-first search for a widget of @type whose title or label is @text
 * (any when NULL). */
GtkWidget *
sc_test_ui_find (GtkWidget  *root,
                 GType       type,
                 const char *text)
{
  if (widget_matches (root, type, text))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sc_test_ui_find (child, type, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The letter of a label's access key, in lower case, or 0. GTK keeps
 * some keys (Cyrillic ones) as bare code points, not as key symbols. */
static gunichar
access_letter (GtkLabel *label)
{
  guint key = gtk_label_get_mnemonic_keyval (label);
  gunichar c;

  if (key == GDK_KEY_VoidSymbol)
    return 0;
  c = gdk_keyval_to_unicode (key);
  return g_unichar_tolower (c != 0 ? c : key);
}

static void
collect_access_keys (GtkWidget  *widget,
                     GHashTable *seen)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      gunichar letter = access_letter (GTK_LABEL (widget));
      const char *label = gtk_label_get_label (GTK_LABEL (widget));

      if (letter != 0)
        {
          const char *other = g_hash_table_lookup (seen, GUINT_TO_POINTER (letter));
          char text[8] = { 0 };

          g_unichar_to_utf8 (letter, text);
          if (other != NULL)
            g_error ("«%s» and «%s» share the access key Alt+%s", other, label, text);
          g_hash_table_insert (seen, GUINT_TO_POINTER (letter), (gpointer)label);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_access_keys (child, seen);
}

guint
sc_test_ui_assert_access_keys (GtkWidget *root)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  collect_access_keys (root, seen);
  return g_hash_table_size (seen);
}

GtkWindow *
sc_test_ui_find_window (GType type)
{
  GListModel *windows = gtk_window_get_toplevels (); /* owned by GTK */

  /* Newest first: a dialog just answered may not be gone yet. */
  for (guint i = g_list_model_get_n_items (windows); i-- > 0;)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (windows, i);
      if (g_type_is_a (G_OBJECT_TYPE (window), type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
window_shown (gpointer data)
{
  return sc_test_ui_find_window (GPOINTER_TO_SIZE (data)) != NULL;
}

GtkWindow *
sc_test_ui_wait_for_window (GType type)
{
  GtkWindow *window;

  if (!sc_test_wait_until (window_shown, GSIZE_TO_POINTER (type), SC_TEST_TIMEOUT_MS))
    g_error ("no %s was shown", g_type_name (type));
  window = sc_test_ui_find_window (type);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 1);
  return window;
}

static gboolean
only_ours (gpointer object)
{
  return g_atomic_int_get (&G_OBJECT (object)->ref_count) == 1;
}

/* The caller holds the one reference to @object it expects to be left. */
static void
assert_object_freed (gpointer object)
{
  /* A task or an idle may hold it a while longer. */
  if (!sc_test_wait_until (only_ours, object, SC_TEST_TIMEOUT_MS))
    g_error ("%s is still held %u times after it was closed: a leak",
             G_OBJECT_TYPE_NAME (object), g_atomic_int_get (&G_OBJECT (object)->ref_count) - 1);
  g_assert_finalize_object (object);
}

void
sc_test_ui_assert_freed (GtkWindow *window)
{
  assert_object_freed (window);
}

void
sc_test_ui_close (GtkWindow *window)
{
  /* A main window's college file closes with it. */
  ScDatabase *database = SC_IS_WINDOW (window) ? sc_window_get_database (SC_WINDOW (window)) : NULL;

  g_assert_true (GTK_IS_WINDOW (window));
  if (database != NULL)
    g_object_ref (database);
  g_object_ref (window);
  gtk_window_close (window);
  if (gtk_widget_get_visible (GTK_WIDGET (window)))
    g_error ("%s refused to close", G_OBJECT_TYPE_NAME (window));
  assert_object_freed (window);
  if (database != NULL)
    assert_object_freed (database);
}

void
sc_test_ui_respond (AdwMessageDialog *dialog,
                    const char       *response)
{
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  sc_test_ui_assert_access_keys (GTK_WIDGET (dialog));
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  sc_test_ui_assert_freed (GTK_WINDOW (dialog));
}

void
sc_test_ui_type_into (GtkWidget  *root,
                      const char *row_title,
                      const char *text)
{
  GtkWidget *row = sc_test_ui_find (root, ADW_TYPE_ENTRY_ROW, row_title);

  if (row == NULL)
    g_error ("no field «%s»", row_title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Saves what @widget shows as <build>/tests/screenshots/<name>.png. */
void
sc_test_ui_screenshot (GtkWidget  *widget,
                       const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ?: ".", "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  sc_test_ui_wait_frames (widget, 3);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

void
sc_test_ui_wait_assistant (ScImportAssistant *assistant)
{
  sc_test_drain ();
  sc_test_assert_eventually (!sc_import_assistant_is_busy (assistant));
  sc_test_ui_wait_frames (GTK_WIDGET (assistant), 2);
}

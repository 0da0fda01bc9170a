/* sc-recent-colleges.c — the colleges opened lately, with their names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-recent-colleges"

#include "config.h"

#include <gtk/gtk.h>

#include "sc-recent-colleges.h"

void
sc_recent_college_free (ScRecentCollege *college)
{
  if (college == NULL)
    return;
  g_free (college->path);
  g_free (college->name);
  g_free (college);
}

/* Every entry, existing or not, newest first. */
static GPtrArray *
read_all (GSettings *settings)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_recent_college_free);
  g_autoptr(GVariant) value = g_settings_get_value (settings, "recent-colleges");
  GVariantIter iter;
  const char *path, *name;
  gint64 opened;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "(&s&sx)", &path, &name, &opened))
    {
      ScRecentCollege *college = g_new0 (ScRecentCollege, 1);

      college->path = g_strdup (path);
      college->name = g_strdup (name);
      college->opened = opened;
      g_ptr_array_add (all, college);
    }
  return all;
}

GPtrArray *
sc_recent_colleges_list (GSettings *settings)
{
  GPtrArray *all;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  all = read_all (settings);
  for (guint i = all->len; i-- > 0;)
    if (!g_file_test (((ScRecentCollege *)all->pdata[i])->path, G_FILE_TEST_IS_REGULAR))
      g_ptr_array_remove_index (all, i);
  return all;
}

/* The file chooser's «Недавние» lists it too. */
static void
tell_recent_manager (const char *path,
                     const char *name)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkRecentData data = {
    .display_name = (char *)name,
    .mime_type = (char *)"application/vnd.sqlite3",
    .app_name = (char *)g_get_application_name (),
    .app_exec = (char *)"sferum-coordinator --db %f",
  };

  if (uri != NULL && data.app_name != NULL)
    gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

void
sc_recent_colleges_note (GSettings  *settings,
                         const char *path,
                         const char *name)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GVariantBuilder builder;
  guint n = 1;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (path != NULL);

  all = read_all (settings);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ssx)"));
  g_variant_builder_add (&builder, "(ssx)", path, name ? name : "", g_date_time_to_unix (now));
  for (guint i = 0; i < all->len && n < SC_RECENT_COLLEGES_MAX; i++)
    {
      const ScRecentCollege *college = all->pdata[i];

      if (g_str_equal (college->path, path))
        continue;
      g_variant_builder_add (&builder, "(ssx)", college->path, college->name, college->opened);
      n++;
    }
  g_settings_set_value (settings, "recent-colleges", g_variant_builder_end (&builder));
  tell_recent_manager (path, name);
}

char *
sc_recent_college_format_opened (const ScRecentCollege *college)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (college->opened);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  return local ? g_date_time_format (local, "%d.%m.%Y") : g_strdup ("");
}

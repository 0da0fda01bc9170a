/* test-import-task.c — the one worker behind the import assistant, with both
 * kinds: a file whose header names no column for a needed field comes back
 * with its columns and the reason, a changed map plans again on the same
 * connection and table, and the load writes in one go; progress arrives in
 * the caller's context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sc-activity-import.h"
#include "sc-import-task.h"
#include "sc-people-import.h"
#include "sc-people.h"
#include "sc-activity.h"
#include "sc-test-util.h"

typedef struct
{
  char         *dir;
  char         *db_path;
  ScDatabase   *db;
  gint64        teacher;
  GAsyncResult *result;
  guint         n_progress;
  double        last_fraction;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScPersonRecord) r = sc_person_record_new ();

  f->dir = sc_test_make_dir ("sc-import-task");
  f->db = sc_test_college_new (f->dir, "Колледж", &f->db_path);
  g_free (r->last_name), r->last_name = g_strdup ("Ёлкина");
  g_free (r->first_name), r->first_name = g_strdup ("Мария");
  g_free (r->patronymic), r->patronymic = g_strdup ("Игоревна");
  r->category = SC_CATEGORY_TEACHER;
  f->teacher = sc_people_save (f->db, r, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->result);
  g_clear_object (&f->db);
  sc_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
}

static char *
write_file (Fixture    *f,
            const char *text)
{
  char *path = g_build_filename (f->dir, "import.csv", NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Fixture *f = data;

  f->result = g_object_ref (result);
}

static void
progress_cb (double   fraction,
             gpointer data)
{
  Fixture *f = data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  f->n_progress++;
  f->last_fraction = fraction;
}

static void
wait_result (Fixture *f)
{
  sc_test_assert_eventually (f->result != NULL);
  sc_test_drain ();
}

static ScImportPreview *
plan (Fixture            *f,
      GType               kind,
      ScDatabase         *db,
      const char         *file,
      ScImportPreview    *previous,
      const ScColumnMap  *map)
{
  ScImportOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  ScImportPreview *preview;

  g_clear_object (&f->result);
  sc_import_task_plan_async (kind, f->db_path, db, file, previous ? previous->table : NULL, map,
                             &options, progress_cb, f, NULL, done_cb, f);
  wait_result (f);
  preview = sc_import_task_plan_finish (f->result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (preview);
  return preview;
}

/* «Преподаватель» is no name for the ФИО column: the preview has the
 * columns and the reason; mapped by hand, the same table plans on the same
 * connection and loads. */
static void
test_usage_remap (Fixture       *f,
                  gconstpointer  data)
{
  GType kind = SC_TYPE_ACTIVITY_IMPORT;
  g_autofree char *file = write_file (f, "Преподаватель;Неделя;Сообщений;Звонков\n"
                                         "Елкина Мария Игоревна;29.11.2023;12;1\n");
  g_autoptr(ScImportPreview) first = plan (f, kind, NULL, file, NULL, NULL);
  g_autoptr(ScImportPreview) second = NULL;
  g_autoptr(ScColumnMap) map = sc_column_map_copy (first->map);
  g_autoptr(GError) error = NULL;
  ScActivityRecord record;
  gboolean found = FALSE;

  g_assert_null (first->plan);
  g_assert_error (first->problem, SC_IMPORT_ERROR, SC_IMPORT_ERROR_MAPPING);
  g_assert_cmpint (sc_column_map_get_field (first->map, 0), ==, SC_FIELD_NONE);
  g_assert_cmpint (sc_column_map_get_field (first->map, 2), ==, SC_FIELD_MESSAGES);

  sc_column_map_set_field (map, 0, SC_FIELD_FULL_NAME);
  f->n_progress = 0;
  second = plan (f, kind, first->db, NULL, first, map);
  g_assert_null (second->problem);
  g_assert_true (second->db == first->db);
  g_assert_true (second->table == first->table);
  g_assert_cmpuint (sc_import_count (second->plan, SC_IMPORT_ROW_ADDED), ==, 1);
  g_assert_cmpuint (f->n_progress, >, 0);

  g_clear_object (&f->result);
  sc_import_task_commit_async (second, progress_cb, f, NULL, done_cb, f);
  wait_result (f);
  g_assert_true (sc_import_task_commit_finish (f->result, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (f->last_fraction, ==, 1.0);
  g_assert_true (sc_activity_get (f->db, f->teacher, "2023-11-27", &record, &found, NULL));
  g_assert_true (found);
  g_assert_cmpint (record.messages, ==, 12);
  g_assert_cmpint (record.calls, ==, 1);
}

/* The list of people kind through the same worker: the rows as they will be
 * stored, then the load. */
static void
test_people_list (Fixture       *f,
             gconstpointer  data)
{
  GType kind = SC_TYPE_PEOPLE_IMPORT;
  g_autofree char *file = write_file (f, "Фамилия;Имя;Группа\nОрлов;Пётр;ИС-21\n;Нет фамилии;ИС-21\n");
  g_autoptr(ScImportPreview) preview = plan (f, kind, NULL, file, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;
  g_autofree char *counts = NULL;
  ScImportRow info;

  g_assert_null (preview->problem);
  g_assert_cmpuint (sc_import_get_n_rows (preview->plan), ==, 2);
  sc_import_describe_row (preview->plan, 0, &title, &details);
  g_assert_cmpstr (title, ==, "Орлов Пётр");
  g_assert_nonnull (strstr (details, "ИС-21"));
  sc_import_get_row (preview->plan, 1, &info);
  g_assert_cmpuint (info.line, ==, 3);
  g_assert_cmpint (info.outcome, ==, SC_IMPORT_ROW_ERROR);
  counts = sc_import_describe_counts (preview->plan);
  g_assert_nonnull (strstr (counts, "1"));

  g_clear_object (&f->result);
  sc_import_task_commit_async (preview, NULL, NULL, NULL, done_cb, f);
  wait_result (f);
  g_assert_true (sc_import_task_commit_finish (f->result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_import_count (preview->plan, SC_IMPORT_ROW_ADDED), ==, 1);
}

/* A file that cannot be read is an error, not a preview. */
static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  ScImportOptions options = { 0 };
  g_autofree char *file = g_build_filename (f->dir, "missing.csv", NULL);
  g_autoptr(GError) error = NULL;

  sc_import_task_plan_async (SC_TYPE_ACTIVITY_IMPORT, f->db_path, NULL, file, NULL, NULL,
                             &options, NULL, NULL, NULL, done_cb, f);
  wait_result (f);
  g_assert_null (sc_import_task_plan_finish (f->result, &error));
  g_assert_nonnull (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sc/import-task/usage-remap", Fixture, NULL, fixture_set_up, test_usage_remap,
              fixture_tear_down);
  g_test_add ("/sc/import-task/roster", Fixture, NULL, fixture_set_up, test_people_list, fixture_tear_down);
  g_test_add ("/sc/import-task/unreadable", Fixture, NULL, fixture_set_up, test_unreadable,
              fixture_tear_down);
  return g_test_run ();
}

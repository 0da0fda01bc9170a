/* fuzz-activity.c — libFuzzer target: any bytes as a weekly activity file,
 * read, mapped and planned against a small college (the plan writes
 * nothing, so every input meets the same database)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>

#include "sc-date.h"
#include "sc-people.h"
#include "sc-table-reader.h"
#include "sc-activity-import.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static ScDatabase *db;

static void
add_teacher (const char *last,
             const char *first,
             const char *patronymic,
             const char *left_on)
{
  g_autoptr(ScPersonRecord) r = sc_person_record_new ();

  g_free (r->last_name), r->last_name = g_strdup (last);
  g_free (r->first_name), r->first_name = g_strdup (first);
  g_free (r->patronymic), r->patronymic = g_strdup (patronymic);
  g_free (r->left_on), r->left_on = g_strdup (left_on);
  r->category = SC_CATEGORY_TEACHER;
  g_assert (sc_people_save (db, r, NULL) > 0);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *dir = g_dir_make_tmp ("sc-fuzz-activity-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "college.sqlite3", NULL);

  db = sc_database_create (path, "Колледж", NULL);
  g_assert (db != NULL);
  add_teacher ("Петров", "Пётр", "Петрович", NULL);
  add_teacher ("Ёлкина", "Анна", "", NULL);
  add_teacher ("Иванов", "Иван", "", NULL);
  add_teacher ("Иванов", "Иван", "", NULL);          /* namesakes */
  add_teacher ("Сидоров", "Олег", "", "2023-11-15");  /* left */
  /* The file is only read from now on; it goes when the run ends. */
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScTable) table = sc_table_read_bytes (bytes, "fuzz.csv", NULL, &error);
  g_autoptr(ScActivityImport) plan = NULL;
  ScColumnMap *map;
  ScImportOptions options = { .today = "2023-12-31" };
  guint counted = 0;
  gboolean planned;

  if (table == NULL)
    return 0;
  map = sc_import_type_detect_columns (SC_TYPE_ACTIVITY_IMPORT, table, &error);
  if (map == NULL)
    {
      g_assert (error != NULL && error->message[0] != '\0');
      return 0;
    }
  plan = SC_ACTIVITY_IMPORT (sc_import_new (SC_TYPE_ACTIVITY_IMPORT, table, map, &options));
  sc_column_map_free (map);
  planned = sc_import_plan (SC_IMPORT (plan), db, NULL, NULL, NULL, &error);
  g_assert (planned == (error == NULL));
  if (!planned)
    return 0;
  for (guint i = 0; i < sc_import_get_n_rows (SC_IMPORT (plan)); i++)
    {
      const ScActivityImportRow *row = sc_activity_import_get_row (plan, i);

      g_assert (row->outcome < SC_IMPORT_ROW_N_OUTCOMES && row->message != NULL);
      g_assert (row->week_monday == NULL || sc_date_is_valid_iso (row->week_monday));
      g_assert (row->outcome == SC_IMPORT_ROW_ERROR || (row->person_id > 0 && row->messages >= 0 && row->calls >= 0));
    }
  for (int o = 0; o < SC_IMPORT_ROW_N_OUTCOMES; o++)
    counted += sc_import_count (SC_IMPORT (plan), o);
  g_assert (counted == sc_import_get_n_rows (SC_IMPORT (plan)));
  return 0;
}

/* test-sql-safety.c — names that look like SQL are stored as typed, through
 * the people import and the person editor's save, and every table survives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sc-people.h"
#include "sc-people-import.h"
#include "sc-table-reader.h"
#include "sc-test-util.h"

static const char *const hostile[] = {
  "'); DROP TABLE person;--",
  "Robert\"); --",
  "x' OR '1'='1",
  "; DELETE FROM status_event; --",
  "Robert'); DROP TABLE study_group; SELECT ('",
  "\\'; UPDATE person SET last_name = 'pwned'; --",
  "%s%n%x ?1 :name @p $v",
};

static const char *const tables[] = {
  "organization", "department", "study_group", "person", "status_event",
  "chat", "chat_member", "usage_week", "report",
};

typedef struct
{
  char       *dir;
  ScDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sc_test_make_dir ("sc-sql");
  f->db = sc_test_college_new (f->dir, "Колледж'); DROP TABLE organization;--", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  sc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static int
count_where (Fixture    *f,
             const char *sql,
             const char *value)
{
  sqlite3_stmt *stmt = sc_database_prepare (f->db, sql, NULL);
  int n;

  g_assert_nonnull (stmt);
  if (value != NULL)
    sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
assert_tables_intact (Fixture *f)
{
  gboolean ok = FALSE;
  g_autofree char *report = sc_database_check (f->db, &ok, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_assert_cmpint (count_where (f, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                                  tables[i]), ==, 1);
  g_assert_true (ok);
  g_assert_cmpint (count_where (f, "SELECT count(*) FROM organization WHERE full_name = ?1",
                                "Колледж'); DROP TABLE organization;--"), ==, 1);
  g_assert_cmpint (count_where (f, "SELECT count(*) FROM person WHERE last_name = 'pwned'", NULL), ==, 0);
}

/* A CSV cell, quoted as RFC 4180 says. */
static void
append_cell (GString    *csv,
             const char *text)
{
  g_autoptr(GString) quoted = g_string_new (text);

  g_string_replace (quoted, "\"", "\"\"", 0);
  g_string_append_printf (csv, "\"%s\"", quoted->str);
}

static void
test_people_list_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("Фамилия;Имя;Отчество;Категория;Группа;Отделение;Статус\n");
  g_autofree char *path = g_build_filename (f->dir, "hostile.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScTable) table = NULL;
  g_autoptr(ScColumnMap) map = NULL;
  g_autoptr(ScPeopleImport) plan = NULL;
  ScImportOptions options = { .today = "2023-11-20" };

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      append_cell (csv, hostile[i]);
      g_string_append_c (csv, ';');
      append_cell (csv, hostile[(i + 1) % G_N_ELEMENTS (hostile)]);
      g_string_append_c (csv, ';');
      append_cell (csv, hostile[(i + 2) % G_N_ELEMENTS (hostile)]);
      g_string_append (csv, ";студент;");
      append_cell (csv, hostile[i]);
      g_string_append_c (csv, ';');
      append_cell (csv, hostile[(i + 3) % G_N_ELEMENTS (hostile)]);
      g_string_append (csv, ";подключён\n");
    }
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
  table = sc_table_read_file (path, NULL, &error);
  g_assert_no_error (error);
  map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, &error);
  g_assert_no_error (error);
  plan = SC_PEOPLE_IMPORT (sc_import_new (SC_TYPE_PEOPLE_IMPORT, table, map, &options));
  sc_import_plan (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_test_message ("%s", hostile[i]);
      g_assert_cmpint (count_where (f, "SELECT count(*) FROM person WHERE last_name = ?1", hostile[i]), ==, 1);
      g_assert_cmpint (count_where (f, "SELECT count(*) FROM person WHERE first_name = ?1", hostile[i]), ==, 1);
      g_assert_cmpint (count_where (f, "SELECT count(*) FROM person WHERE patronymic = ?1", hostile[i]), ==, 1);
      g_assert_cmpint (count_where (f, "SELECT count(*) FROM study_group WHERE code = ?1", hostile[i]), ==, 1);
      g_assert_cmpint (count_where (f, "SELECT count(*) FROM department WHERE name = ?1", hostile[i]), ==, 1);
    }
  g_assert_cmpint (count_where (f, "SELECT count(*) FROM person", NULL), ==, G_N_ELEMENTS (hostile));
  g_assert_cmpint (count_where (f, "SELECT count(*) FROM status_event", NULL), ==, G_N_ELEMENTS (hostile));
  assert_tables_intact (f);
}

static void
test_person_editor (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(ScPersonRecord) r = sc_person_record_new ();
      gint64 id;

      g_free (r->last_name), r->last_name = g_strdup (hostile[i]);
      g_free (r->first_name), r->first_name = g_strdup (hostile[(i + 1) % G_N_ELEMENTS (hostile)]);
      g_free (r->patronymic), r->patronymic = g_strdup (hostile[(i + 2) % G_N_ELEMENTS (hostile)]);
      r->category = SC_CATEGORY_TEACHER;
      g_free (r->group_code), r->group_code = g_strdup (hostile[i]);
      g_free (r->department), r->department = g_strdup (hostile[(i + 3) % G_N_ELEMENTS (hostile)]);
      g_free (r->position), r->position = g_strdup (hostile[i]);
      g_free (r->notes), r->notes = g_strdup (hostile[i]);
      id = sc_people_save (f->db, r, &error);
      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);

      g_assert_cmpint (count_where (f, "SELECT count(*) FROM person WHERE last_name = ?1 AND notes = last_name"
                                       " AND position = last_name", hostile[i]), ==, 1);
      g_assert_cmpint (count_where (f, "SELECT count(*) FROM study_group WHERE code = ?1", hostile[i]), ==, 1);
    }
  g_assert_cmpint (count_where (f, "SELECT count(*) FROM person", NULL), ==, G_N_ELEMENTS (hostile));
  assert_tables_intact (f);

  /* and they read back as typed */
  {
    g_autoptr(GListStore) people = sc_people_load (f->db, "2023-11-20", &error);
    guint matched = 0;

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
      {
        g_autoptr(ScPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
        const ScPersonRecord *r = sc_person_get_record (person);
        for (guint j = 0; j < G_N_ELEMENTS (hostile); j++)
          matched += g_strcmp0 (r->last_name, hostile[j]) == 0 && g_strcmp0 (r->group_code, hostile[j]) == 0;
      }
    g_assert_cmpuint (matched, ==, G_N_ELEMENTS (hostile));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sc/sql/roster-import", Fixture, NULL, fixture_set_up, test_people_list_import, fixture_tear_down);
  g_test_add ("/sc/sql/person-editor", Fixture, NULL, fixture_set_up, test_person_editor, fixture_tear_down);
  return g_test_run ();
}

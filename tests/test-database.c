/* test-database.c — opening, creating, refusing and migrating college files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "sc-database-private.h"
#include "sc-organization.h"
#include "sc-people.h"
#include "sc-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sc_test_make_dir ("sc-db");
  f->path = g_build_filename (f->dir, "college.sqlite3", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sc_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
make_college (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_create (f->path, "Колледж связи", &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_true (sc_database_exec (db,
      "INSERT INTO person (last_name, first_name, category) VALUES ('Ёлкина', 'Анна', 'teacher')",
      &error));
  g_assert_no_error (error);
}

/* Asserts that opening fails with @code and leaves the file byte for byte. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = sc_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open (path, &error);

  g_assert_null (db);
  g_assert_error (error, SC_DATABASE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  after = sc_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_create (f->path, "  Колледж связи  ", &error);
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_cmpint (sc_database_get_schema_version (db), ==, SC_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (sc_test_query_int (db, "PRAGMA user_version"), ==, SC_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (sc_test_query_int (db, "PRAGMA application_id"), ==, SC_DATABASE_APPLICATION_ID);
  g_assert_cmpint (sc_test_query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count(*) FROM organization WHERE full_name = 'Колледж связи'"), ==, 1);
  g_assert_cmpint (sc_test_query_int (db,
      "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
      "('organization','department','study_group','person','status_event','chat',"
      "'chat_member','usage_week','report')"), ==, 9);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_create_refuses_existing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_college (f);
  before = sc_test_file_checksum (f->path);
  db = sc_database_create (f->path, "Другой", &error);
  g_assert_null (db);
  g_assert_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_EXISTS);
  after = sc_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_create_empty_name (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_create (f->path, "   ", &error);

  g_assert_null (db);
  g_assert_nonnull (error);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_reopen_keeps_data (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;

  make_college (f);
  db = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count(*) FROM person WHERE last_name = 'Ёлкина'"), ==, 1);
  g_assert_cmpint (sc_test_query_int (db, "PRAGMA foreign_keys"), ==, 1);
}

static void
test_missing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open (f->path, &error);

  g_assert_null (db);
  g_assert_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_not_a_database (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "Фамилия;Имя\nИванов;Иван\n", -1, NULL));
  assert_refused (f->path, SC_DATABASE_ERROR_NOT_A_DATABASE);
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  assert_refused (f->path, SC_DATABASE_ERROR_NOT_A_DATABASE);
}

static void
test_foreign_database (Fixture       *f,
                       gconstpointer  data)
{
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('x')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  assert_refused (f->path, SC_DATABASE_ERROR_NOT_A_DATABASE);
}

static void
fill_pages (const char *path)
{
  g_autoptr(ScDatabase) db = sc_database_open (path, NULL);

  g_assert_nonnull (db);
  g_assert_true (sc_database_exec (db,
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
      "INSERT INTO person (last_name, first_name, category) "
      "SELECT 'Фамилия' || i, 'Имя' || i, 'student' FROM n", NULL));
  g_assert_true (sc_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
}

static void
test_corrupt (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  make_college (f);
  fill_pages (f->path);
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 16 * 4096);
  /* Scribble over a b-tree page in the middle of the file. */
  memset (contents + len / 2, 0x5a, 4096);
  g_assert_true (g_file_set_contents (f->path, contents, len, NULL));
  assert_refused (f->path, SC_DATABASE_ERROR_CORRUPT);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  make_college (f);
  fill_pages (f->path);
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, len / 3, NULL));
  assert_refused (f->path, SC_DATABASE_ERROR_CORRUPT);
}

static void
test_too_new (Fixture       *f,
              gconstpointer  data)
{
  sqlite3 *raw = NULL;

  make_college (f);
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  assert_refused (f->path, SC_DATABASE_ERROR_TOO_NEW);
}

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  make_college (f);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  assert_refused (f->path, SC_DATABASE_ERROR_READ_ONLY);
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  make_college (f);
  g_assert_cmpint (g_chmod (f->dir, 0500), ==, 0);
  assert_refused (f->path, SC_DATABASE_ERROR_READ_ONLY);
  g_chmod (f->dir, 0700);
}

static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  sqlite3 *other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;

  make_college (f);
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  db = sc_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_LOCKED);
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  /* Once the other program lets go, the file opens with its data. */
  db = sc_database_open (f->path, NULL);
  g_assert_nonnull (db);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count(*) FROM person"), ==, 1);
}

static guint
count_backups (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "college.sqlite3.v1-") && g_str_has_suffix (name, ".bak"))
      n++;
  return n;
}

static void
test_migration_backs_up (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;
  sqlite3 *raw = NULL;

  g_assert_true (sc_database_create_at_version (f->path, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "INSERT INTO person (last_name, category) VALUES ('Петров', 'teacher')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_cmpuint (count_backups (f->dir), ==, 0);

  db = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_database_get_schema_version (db), ==, SC_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'status_event_person_date'"), ==, 1);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count(*) FROM person WHERE last_name = 'Петров'"), ==, 1);
  g_assert_cmpuint (count_backups (f->dir), ==, 1);
}

static void
test_foreign_keys_enforced (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_create (f->path, "Колледж", NULL);

  g_assert_false (sc_database_exec (db,
      "INSERT INTO status_event (person_id, status, on_date) VALUES (4242, 'joined', '2023-11-01')",
      &error));
  g_assert_nonnull (error);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count(*) FROM status_event"), ==, 0);
}

static char *
journal_mode (ScDatabase *db)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, "PRAGMA journal_mode", NULL);
  char *mode;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  mode = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return mode;
}

/* Alone with the file, a bulk write takes it into a rollback journal and
 * gives it back to the write-ahead log; what it wrote stays. */
static void
test_bulk_write_alone (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(ScDatabase) again = NULL;
  g_autofree char *during = NULL;
  g_autofree char *after = NULL;

  make_college (f);
  db = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sc_database_take_for_bulk_write (db));
  during = journal_mode (db);
  g_assert_cmpstr (during, ==, "delete");
  g_assert_true (sc_database_begin (db, &error) &&
                 sc_database_exec (db, "INSERT INTO person (last_name, category)"
                                       " VALUES ('Новикова', 'student')", &error) &&
                 sc_database_commit (db, &error));
  g_assert_no_error (error);
  sc_database_release_bulk_write (db);
  after = journal_mode (db);
  g_assert_cmpstr (after, ==, "wal");
  g_clear_object (&db);
  again = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_test_query_int (again, "SELECT count(*) FROM person"), ==, 2);
}

/* With the file open elsewhere (the window, while the command line
 * imports) it stays in the write-ahead log, and both go on working. */
static void
test_bulk_write_shared (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(ScDatabase) window = NULL;
  g_autofree char *mode = NULL;

  make_college (f);
  window = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_test_query_int (window, "SELECT count(*) FROM person"), ==, 1);
  db = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (sc_database_take_for_bulk_write (db));
  mode = journal_mode (db);
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_true (sc_database_exec (db, "INSERT INTO person (last_name, category)"
                                       " VALUES ('Новикова', 'student')", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_test_query_int (window, "SELECT count(*) FROM person"), ==, 2);
}

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ScDatabase) db = sc_database_create (f->path, "Колледж", NULL);
  g_autofree char *report = NULL;
  gboolean ok = FALSE;

  report = sc_database_check (db, &ok, NULL);
  g_assert_true (ok);
  g_assert_nonnull (strstr (report, "Integrity: ok"));
}

static void
test_profile_defaults (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ScDatabase) db = sc_database_create (f->path, "Колледж связи", NULL);
  g_autoptr(ScOrganization) p = sc_organization_load (db, NULL);

  g_assert_nonnull (p);
  g_assert_cmpstr (p->full_name, ==, "Колледж связи");
  g_assert_cmpint (p->norm_messages, ==, 10);
  g_assert_cmpint (p->norm_calls, ==, 1);
  g_assert_cmpint (p->report_due_day, ==, 5);
  g_assert_cmpstr (p->full_connection_deadline, ==, "2023-11-15");
  g_assert_null (p->order_date);
  g_assert_null (p->demo_today);   /* a real college: today is today */
  g_assert_true (p->norm_enabled);
}

static void
test_profile_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScOrganization) p = NULL;
  g_autoptr(ScOrganization) again = NULL;

  {
    g_autoptr(ScDatabase) db = sc_database_create (f->path, "Колледж", NULL);
    p = sc_organization_load (db, NULL);
    g_free (p->coordinator_name);
    p->coordinator_name = g_strdup ("Ёжикова Алёна Петровна");
    g_free (p->order_number);
    p->order_number = g_strdup ("45");
    p->order_date = g_strdup ("2023-11-10");
    p->norm_enabled = FALSE;
    p->norm_messages = 12;
    g_assert_true (sc_organization_save (db, p, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(ScDatabase) db = sc_database_open (f->path, NULL);
    again = sc_organization_load (db, NULL);
  }
  g_assert_cmpstr (again->coordinator_name, ==, "Ёжикова Алёна Петровна");
  g_assert_cmpstr (again->order_number, ==, "45");
  g_assert_cmpstr (again->order_date, ==, "2023-11-10");
  g_assert_false (again->norm_enabled);
  g_assert_cmpint (again->norm_messages, ==, 12);
}

static void
test_profile_invalid_not_saved (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(ScDatabase) db = sc_database_create (f->path, "Колледж", NULL);
  g_autoptr(ScOrganization) p = sc_organization_load (db, NULL);
  g_autoptr(ScOrganization) stored = NULL;
  g_autoptr(GError) error = NULL;

  p->report_due_day = 31;
  g_assert_false (sc_organization_save (db, p, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  p->report_due_day = 5;
  p->order_date = g_strdup ("2023-02-30");
  g_assert_false (sc_organization_save (db, p, &error));
  g_clear_error (&error);
  g_clear_pointer (&p->order_date, g_free);
  g_free (p->full_name);
  p->full_name = g_strdup ("  ");
  g_assert_false (sc_organization_save (db, p, &error));
  stored = sc_organization_load (db, NULL);
  g_assert_cmpstr (stored->full_name, ==, "Колледж");
  g_assert_cmpint (stored->report_due_day, ==, 5);
  g_assert_null (stored->order_date);
}

static void
count_cb (ScDatabase *db,
          const char *what,
          GPtrArray  *heard)
{
  g_ptr_array_add (heard, g_strdup (what));
}

/* "changed::people" hears people only; "changed" everything; a kind of
 * change nobody could listen to is refused. */
static void
test_changed_details (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ScDatabase) db = sc_database_create (f->path, "Колледж", NULL);
  g_autoptr(ScOrganization) organization = sc_organization_load (db, NULL);
  g_autoptr(ScPersonRecord) person = sc_person_record_new ();
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (db, "changed::people", G_CALLBACK (count_cb), people);
  g_signal_connect (db, "changed", G_CALLBACK (count_cb), all);
  g_assert_true (sc_organization_save (db, organization, NULL));
  g_free (person->last_name), person->last_name = g_strdup ("Сидорова");
  g_free (person->first_name), person->first_name = g_strdup ("Анна");
  g_assert_cmpint (sc_people_save (db, person, NULL), >, 0);
  sc_database_emit_changed (db, "chats");
  g_test_expect_message ("sc-database", G_LOG_LEVEL_CRITICAL, "*g_strv_contains*");
  sc_database_emit_changed (db, "person");
  g_test_assert_expected_messages ();

  g_assert_cmpuint (people->len, ==, 1);
  g_assert_cmpstr (people->pdata[0], ==, "people");
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpstr (all->pdata[0], ==, "organization");
  g_assert_cmpstr (all->pdata[1], ==, "people");
  g_assert_cmpstr (all->pdata[2], ==, "chats");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/sc/database/create", test_create);
  ADD ("/sc/database/create-refuses-existing", test_create_refuses_existing);
  ADD ("/sc/database/create-empty-name", test_create_empty_name);
  ADD ("/sc/database/reopen", test_reopen_keeps_data);
  ADD ("/sc/database/missing", test_missing);
  ADD ("/sc/database/not-a-database", test_not_a_database);
  ADD ("/sc/database/foreign-database", test_foreign_database);
  ADD ("/sc/database/corrupt", test_corrupt);
  ADD ("/sc/database/truncated", test_truncated);
  ADD ("/sc/database/too-new", test_too_new);
  ADD ("/sc/database/read-only-file", test_read_only_file);
  ADD ("/sc/database/read-only-folder", test_read_only_folder);
  ADD ("/sc/database/locked", test_locked);
  ADD ("/sc/database/migration-backs-up", test_migration_backs_up);
  ADD ("/sc/database/foreign-keys", test_foreign_keys_enforced);
  ADD ("/sc/database/check", test_check);
  ADD ("/sc/database/bulk-write-alone", test_bulk_write_alone);
  ADD ("/sc/database/bulk-write-shared", test_bulk_write_shared);
  ADD ("/sc/database/changed-details", test_changed_details);
  ADD ("/sc/profile/defaults", test_profile_defaults);
  ADD ("/sc/profile/round-trip", test_profile_round_trip);
  ADD ("/sc/profile/invalid-not-saved", test_profile_invalid_not_saved);

  return g_test_run ();
}

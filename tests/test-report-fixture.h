/* test-report-fixture.h — a small college built by hand for the report tests
 *
 * Every person, event, chat and activity row is inserted with SQL, so the
 * expected figures below can be checked against the data by a reader.
 *
 * Teachers (norm 10 messages and 1 call):
 *   T1 Алексеев   joined 01.10; meets the norm every week of November
 *   T2 Борисова   invited 01.10, joined 02.12 (not connected in November);
 *                 10 messages + 1 call (meets), 9 messages (does not)
 *   T3 Васильев   declined 05.10, then joined 10.11
 *   T4 Григорьева joined 01.10, left_on 2023-12-01 (counts on 30.11)
 *   T5 Дмитриев   joined 01.10, left_on 2023-11-30 (does not count)
 *   T6 Егорова    joined 01.10, left mid-month 2023-11-15
 *   T7 Жуков      joined 01.10, no activity records at all
 * Staff and a parent, both joined, with activity — counted nowhere.
 * Students (their surnames must never reach the export):
 *   ИС-21: Зайцев joined 01.10; Ильин joined 20.11; Ковалёв joined and
 *          then invited on the same day 05.11 (the later row wins);
 *          Лебедев joined 02.12
 *   ИС-22: Морозов joined 01.10, left_on 2023-12-01; Новикова declined
 *   ЭК-11: Орлов joined 01.11; Павлова left_on 2023-11-30
 *   ЭК-12: Романов left_on 2023-11-01 (the group has nobody active)
 * Chats: ИС-21 created 10.11, ИС-22 created 03.12, ЭК-11 planned, ЭК-12
 * created (no active students), a staff chat, a parents' chat of ИС-21
 * whose admin is the student Зайцев.
 * The college was on VK Messenger from the start (2023, before MAX).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>

#include "sc-database.h"
#include "sc-organization.h"
#include "sc-platform.h"
#include "sc-test-util.h"

#define FIXTURE_COLLEGE "ГБПОУ «Колледж связи № 7»"

static const char *const fixture_student_surnames[] = {
  "Зайцев", "Ильин", "Ковалёв", "Лебедев", "Морозов", "Новикова", "Орлов",
  "Павлова", "Романов", NULL
};

typedef struct
{
  char       *dir;
  char       *path;
  ScDatabase *db;
  gint64      t2;
} Fixture;

static gint64
fixture_insert (ScDatabase *db,
                const char *sql,
                ...)
{
  sqlite3 *handle = sc_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;
  va_list args;
  const char *text;
  int i = 1;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  va_start (args, sql);
  /* Arguments are strings, NULL binds NULL; the list ends with END. */
  while ((text = va_arg (args, const char *)) != (const char *)1)
    {
      if (text == NULL)
        sqlite3_bind_null (stmt, i++);
      else
        sqlite3_bind_text (stmt, i++, text, -1, SQLITE_TRANSIENT);
    }
  va_end (args);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (handle));
  sqlite3_finalize (stmt);
  return sqlite3_last_insert_rowid (handle);
}

#define END ((const char *)1)

static char *
id_text (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

static gint64
fixture_person (ScDatabase *db,
                const char *last,
                const char *first,
                const char *patronymic,
                const char *category,
                gint64      group,
                const char *left_on)
{
  g_autofree char *group_id = group > 0 ? id_text (group) : NULL;

  return fixture_insert (db,
      "INSERT INTO person (last_name, first_name, patronymic, category, group_id, left_on)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
      last, first, patronymic, category, group_id, left_on, END);
}

static void
fixture_event (ScDatabase *db,
               gint64      person,
               const char *status,
               const char *on_date)
{
  g_autofree char *id = id_text (person);

  fixture_insert (db, "INSERT INTO status_event (person_id, status, on_date) VALUES (?1, ?2, ?3)",
                  id, status, on_date, END);
}

static void
fixture_usage (ScDatabase *db,
               gint64      person,
               const char *monday,
               int         messages,
               int         calls)
{
  g_autofree char *id = id_text (person);
  g_autofree char *m = g_strdup_printf ("%d", messages);
  g_autofree char *c = g_strdup_printf ("%d", calls);

  fixture_insert (db, "INSERT INTO usage_week (person_id, week_monday, messages, calls)"
                  " VALUES (?1, ?2, ?3, ?4)", id, monday, m, c, END);
}

static gint64
fixture_group (ScDatabase *db,
               const char *code,
               gint64      department)
{
  g_autofree char *dep = id_text (department);

  return fixture_insert (db, "INSERT INTO study_group (code, department_id) VALUES (?1, ?2)",
                         code, dep, END);
}

static void
fixture_curator (ScDatabase *db,
                 gint64      group,
                 gint64      person)
{
  g_autofree char *g = id_text (group);
  g_autofree char *p = id_text (person);

  fixture_insert (db, "UPDATE study_group SET curator_id = ?2 WHERE id = ?1", g, p, END);
}

static gint64
fixture_chat (ScDatabase *db,
              const char *title,
              const char *kind,
              gint64      group,
              gint64      admin,
              const char *status,
              const char *created_on,
              gint64      parent,
              int         sort_order)
{
  g_autofree char *g = group > 0 ? id_text (group) : NULL;
  g_autofree char *a = admin > 0 ? id_text (admin) : NULL;
  g_autofree char *p = parent > 0 ? id_text (parent) : NULL;
  g_autofree char *s = g_strdup_printf ("%d", sort_order);

  return fixture_insert (db,
      "INSERT INTO chat (title, kind, group_id, admin_person_id, status, created_on,"
      " parent_id, sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
      title, kind, g, a, status, created_on, p, s, END);
}

static void
fixture_member (ScDatabase *db,
                gint64      chat,
                gint64      person)
{
  g_autofree char *c = id_text (chat);
  g_autofree char *p = id_text (person);

  fixture_insert (db, "INSERT INTO chat_member (chat_id, person_id) VALUES (?1, ?2)", c, p, END);
}

static void
fixture_profile (ScDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScOrganization) organization = sc_organization_load (db, &error);

  g_assert_no_error (error);
  g_free (organization->full_name);
  organization->full_name = g_strdup (FIXTURE_COLLEGE);
  g_free (organization->head_name);
  organization->head_name = g_strdup ("Петрова Анна Сергеевна");
  g_free (organization->head_position);
  organization->head_position = g_strdup ("Директор");
  g_free (organization->coordinator_name);
  organization->coordinator_name = g_strdup ("Смирнов Олег Викторович");
  g_free (organization->coordinator_position);
  organization->coordinator_position = g_strdup ("Заместитель директора по УВР");
  g_free (organization->order_number);
  organization->order_number = g_strdup ("45");
  organization->order_date = g_strdup ("2023-11-10");
  g_assert_true (sc_organization_save (db, organization, &error));
  g_assert_no_error (error);
}

static void
fixture_teachers (Fixture *f,
                  gint64  *t)
{
  ScDatabase *db = f->db;
  const char *weeks[] = { "2023-10-30", "2023-11-06", "2023-11-13", "2023-11-20", "2023-11-27" };
  const int t2_messages[] = { 10, 9, 20, 15, 11 };
  const int t2_calls[] = { 1, 3, 1, 2, 1 };

  t[1] = fixture_person (db, "Алексеев", "Иван", "Петрович", "teacher", 0, NULL);
  t[2] = f->t2 = fixture_person (db, "Борисова", "Мария", "Ивановна", "teacher", 0, NULL);
  t[3] = fixture_person (db, "Васильев", "Пётр", "Олегович", "teacher", 0, NULL);
  t[4] = fixture_person (db, "Григорьева", "Елена", "Андреевна", "teacher", 0, "2023-12-01");
  t[5] = fixture_person (db, "Дмитриев", "Олег", "Сергеевич", "teacher", 0, "2023-11-30");
  t[6] = fixture_person (db, "Егорова", "Анна", "Павловна", "teacher", 0, "2023-11-15");
  t[7] = fixture_person (db, "Жуков", "Семён", "Ильич", "teacher", 0, NULL);
  for (int i = 1; i <= 7; i++)
    if (i != 2 && i != 3)
      fixture_event (db, t[i], "joined", "2023-10-01");
  fixture_event (db, t[2], "invited", "2023-10-01");
  fixture_event (db, t[2], "joined", "2023-12-02");
  fixture_event (db, t[3], "declined", "2023-10-05");
  fixture_event (db, t[3], "joined", "2023-11-10");
  for (int w = 0; w < 5; w++)
    {
      fixture_usage (db, t[1], weeks[w], 12, 2);
      fixture_usage (db, t[2], weeks[w], t2_messages[w], t2_calls[w]);
      fixture_usage (db, t[3], weeks[w], 30, 3);
      fixture_usage (db, t[5], weeks[w], 100, 10);
    }
  fixture_usage (db, t[1], "2023-10-23", 50, 5);   /* October only */
  fixture_usage (db, t[4], "2023-10-30", 0, 0);
  fixture_usage (db, t[6], "2023-11-06", 40, 4);   /* left on 15.11 */
  fixture_usage (db, t[1], "2023-12-04", 10, 1);
  fixture_usage (db, t[1], "2023-12-11", 10, 0);
  fixture_usage (db, t[3], "2023-12-04", 10, 1);
  fixture_usage (db, t[2], "2023-12-18", 9, 1);
  fixture_usage (db, t[4], "2023-12-04", 50, 5);   /* left on 01.12 */
}

static void
fixture_others (ScDatabase *db)
{
  gint64 staff = fixture_person (db, "Ёлкина", "Ольга", "", "staff", 0, NULL);
  gint64 parent = fixture_person (db, "Родителева", "Нина", "", "parent", 0, NULL);

  fixture_event (db, staff, "joined", "2023-10-01");
  fixture_event (db, parent, "joined", "2023-10-01");
  fixture_usage (db, staff, "2023-11-06", 100, 10);
}

static gint64
fixture_students (ScDatabase *db,
                  gint64     *g)
{
  gint64 s[10];

  s[1] = fixture_person (db, "Зайцев", "Артём", "", "student", g[1], NULL);
  s[2] = fixture_person (db, "Ильин", "Борис", "", "student", g[1], NULL);
  s[3] = fixture_person (db, "Ковалёв", "Виктор", "", "student", g[1], NULL);
  s[4] = fixture_person (db, "Лебедев", "Глеб", "", "student", g[1], NULL);
  s[5] = fixture_person (db, "Морозов", "Денис", "", "student", g[2], "2023-12-01");
  s[6] = fixture_person (db, "Новикова", "Ева", "", "student", g[2], NULL);
  s[7] = fixture_person (db, "Орлов", "Жан", "", "student", g[3], NULL);
  s[8] = fixture_person (db, "Павлова", "Зоя", "", "student", g[3], "2023-11-30");
  s[9] = fixture_person (db, "Романов", "Игорь", "", "student", g[4], "2023-11-01");
  fixture_event (db, s[1], "joined", "2023-10-01");
  fixture_event (db, s[2], "invited", "2023-10-01");
  fixture_event (db, s[2], "joined", "2023-11-20");
  fixture_event (db, s[3], "joined", "2023-11-05");
  fixture_event (db, s[3], "invited", "2023-11-05");
  fixture_event (db, s[4], "joined", "2023-12-02");
  fixture_event (db, s[5], "joined", "2023-10-01");
  fixture_event (db, s[6], "declined", "2023-11-03");
  fixture_event (db, s[7], "joined", "2023-11-01");
  fixture_event (db, s[8], "joined", "2023-10-01");
  fixture_event (db, s[9], "joined", "2023-10-01");
  return s[1];
}

static void
fixture_chats (ScDatabase *db,
               gint64     *g,
               gint64     *t,
               gint64      student)
{
  gint64 c1;

  fixture_chat (db, "Педагоги колледжа", "staff", 0, t[1], "created", "2023-10-15", 0, 0);
  c1 = fixture_chat (db, "ИС-21", "group", g[1], t[1], "created", "2023-11-10", 0, 1);
  fixture_chat (db, "ИС-22", "group", g[2], t[2], "created", "2023-12-03", 0, 2);
  fixture_chat (db, "ЭК-11", "group", g[3], t[3], "planned", NULL, 0, 3);
  fixture_chat (db, "ЭК-12", "group", g[4], 0, "created", "2023-10-01", 0, 4);
  fixture_chat (db, "ИС-21 — родители", "parents", g[1], student, "created", "2023-11-12", c1, 0);
  fixture_member (db, c1, t[1]);
  fixture_member (db, c1, student);
  fixture_member (db, c1, student + 1);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 t[8], g[5], d1, d2, student;

  f->dir = sc_test_make_dir ("sc-report");
  f->db = sc_test_college_new (f->dir, FIXTURE_COLLEGE, &f->path);
  g_assert_true (sc_platform_set_first (f->db, SC_PLATFORM_VK, &error));
  fixture_profile (f->db);
  d1 = fixture_insert (f->db, "INSERT INTO department (name) VALUES (?1)",
                       "Отделение информационных технологий", END);
  d2 = fixture_insert (f->db, "INSERT INTO department (name) VALUES (?1)",
                       "Экономическое отделение", END);
  g[1] = fixture_group (f->db, "ИС-21", d1);
  g[2] = fixture_group (f->db, "ИС-22", d1);
  g[3] = fixture_group (f->db, "ЭК-11", d2);
  g[4] = fixture_group (f->db, "ЭК-12", d2);
  fixture_teachers (f, t);
  fixture_others (f->db);
  student = fixture_students (f->db, g);
  fixture_chats (f->db, g, t, student);
  fixture_curator (f->db, g[1], t[1]);
  fixture_curator (f->db, g[2], t[2]);
  fixture_curator (f->db, g[3], t[3]);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  sc_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

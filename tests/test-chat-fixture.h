/* test-chat-fixture.h — a small college built by hand for the chat tests
 *
 * Departments: «Отделение информационных технологий» (head Петров) and
 * «Экономика» (no head). Groups: ИС-21 (ИТ, curator Сидорова), ИС-22 (ИТ, no
 * curator), ЭК-11 (Экономика, curator Кузнецов), ТМ-31 (no department,
 * curator Смирнова, who left), ОЛД-41 (Экономика; its only student left).
 * Teachers: Петров (ИТ), Сидорова (ИТ), Кузнецов (Экономика), Орлова
 * («Директор»), Смирнова (left 2020), Иванова («Заместитель директора по
 * УВР», the coordinator «Иванова М. С.»). Staff: Фёдоров («Бухгалтер»),
 * Белова («зам. директора по АХЧ»). Students: Алексеев, Борисова, Гусев
 * (left) in ИС-21; Дмитриев in ИС-22; Ёлкина in ЭК-11; Жуков in ТМ-31;
 * Зайцев (left) in ОЛД-41. Parent: Алексеева (ИС-21).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "sc-chat-store.h"
#include "sc-database.h"
#include "sc-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  ScDatabase *db;
  gint64      dept_it, dept_ec;
  gint64      is21, is22, ek11, tm31, old41;
  gint64      petrov, sidorova, kuznetsov, orlova, smirnova, ivanova;
  gint64      fedorov, belova;
  gint64      alekseev, borisova, gusev, dmitriev, yolkina, zhukov, zaitsev;
  gint64      alekseeva;
} College;

static G_GNUC_UNUSED gint64
college_exec (College    *college,
              const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_database_exec (college->db, sql, &error));
  g_assert_no_error (error);
  return sqlite3_last_insert_rowid (sc_database_get_handle (college->db));
}

/* Runs and frees SQL made by sqlite3_mprintf (); ids of 0 become NULL
 * through nullif (…, 0). */
static G_GNUC_UNUSED gint64
college_exec_printf (College *college,
                     char    *sql)
{
  gint64 id = college_exec (college, sql);

  sqlite3_free (sql);
  return id;
}

static G_GNUC_UNUSED gint64
college_add_person (College    *college,
                    const char *last,
                    const char *first,
                    const char *category,
                    gint64      group_id,
                    gint64      department_id,
                    const char *position,
                    const char *left_on)
{
  return college_exec_printf (college, sqlite3_mprintf (
      "INSERT INTO person (last_name, first_name, patronymic, category, group_id,"
      " department_id, position, left_on)"
      " VALUES (%Q, %Q, '', %Q, nullif (%lld, 0), nullif (%lld, 0), %Q, %Q)",
      last, first, category, (long long)group_id, (long long)department_id,
      position ? position : "", left_on));
}

static G_GNUC_UNUSED gint64
college_add_group (College    *college,
                   const char *code,
                   gint64      department_id,
                   gint64      curator_id)
{
  return college_exec_printf (college, sqlite3_mprintf (
      "INSERT INTO study_group (code, department_id, curator_id)"
      " VALUES (%Q, nullif (%lld, 0), nullif (%lld, 0))",
      code, (long long)department_id, (long long)curator_id));
}

static G_GNUC_UNUSED void
college_set (College    *college,
             const char *table,
             const char *column,
             const char *value,
             gint64      id)
{
  college_exec_printf (college, sqlite3_mprintf ("UPDATE %s SET %s = %Q WHERE id = %lld",
                                                 table, column, value, (long long)id));
}

static G_GNUC_UNUSED void
college_add_people (College *c)
{
  c->petrov = college_add_person (c, "Петров", "Пётр", "teacher", 0, c->dept_it, "Заведующий отделением", NULL);
  c->sidorova = college_add_person (c, "Сидорова", "Анна", "teacher", 0, c->dept_it, "Преподаватель", NULL);
  c->kuznetsov = college_add_person (c, "Кузнецов", "Олег", "teacher", 0, c->dept_ec, "", NULL);
  c->orlova = college_add_person (c, "Орлова", "Елена", "teacher", 0, 0, "Директор", NULL);
  c->smirnova = college_add_person (c, "Смирнова", "Ольга", "teacher", 0, 0, "", "2020-06-30");
  c->ivanova = college_add_person (c, "Иванова", "Мария", "teacher", 0, 0, "Заместитель директора по УВР", NULL);
  college_set (c, "person", "patronymic", "Сергеевна", c->ivanova);
  c->fedorov = college_add_person (c, "Фёдоров", "Илья", "staff", 0, 0, "Бухгалтер", NULL);
  c->belova = college_add_person (c, "Белова", "Нина", "staff", 0, 0, "зам. директора по АХЧ", NULL);
}

static G_GNUC_UNUSED void
college_add_groups (College *c)
{
  c->is21 = college_add_group (c, "ИС-21", c->dept_it, c->sidorova);
  c->is22 = college_add_group (c, "ИС-22", c->dept_it, 0);
  c->ek11 = college_add_group (c, "ЭК-11", c->dept_ec, c->kuznetsov);
  c->tm31 = college_add_group (c, "ТМ-31", 0, c->smirnova);
  c->old41 = college_add_group (c, "ОЛД-41", c->dept_ec, 0);
  c->alekseev = college_add_person (c, "Алексеев", "Артём", "student", c->is21, 0, NULL, NULL);
  c->borisova = college_add_person (c, "Борисова", "Вера", "student", c->is21, 0, NULL, NULL);
  c->gusev = college_add_person (c, "Гусев", "Глеб", "student", c->is21, 0, NULL, "2021-01-15");
  c->dmitriev = college_add_person (c, "Дмитриев", "Денис", "student", c->is22, 0, NULL, NULL);
  c->yolkina = college_add_person (c, "Ёлкина", "Евгения", "student", c->ek11, 0, NULL, NULL);
  c->zhukov = college_add_person (c, "Жуков", "Захар", "student", c->tm31, 0, NULL, NULL);
  c->zaitsev = college_add_person (c, "Зайцев", "Иван", "student", c->old41, 0, NULL, "2022-07-01");
  c->alekseeva = college_add_person (c, "Алексеева", "Анна", "parent", c->is21, 0, NULL, NULL);
}

static G_GNUC_UNUSED College *
college_new (void)
{
  College *c = g_new0 (College, 1);

  c->dir = sc_test_make_dir ("sc-chat");
  c->db = sc_test_college_new (c->dir, "ГБПОУ «Тестовый колледж»", &c->path);
  college_exec (c, "UPDATE organization SET short_name = 'Тестовый колледж',"
                   " coordinator_name = 'Иванова М. С.'");
  c->dept_it = college_exec (c, "INSERT INTO department (name) VALUES ('Отделение информационных технологий')");
  c->dept_ec = college_exec (c, "INSERT INTO department (name) VALUES ('Экономика')");
  college_add_people (c);
  college_exec_printf (c, sqlite3_mprintf ("UPDATE department SET head_person_id = %lld"
                                           " WHERE id = %lld", (long long)c->petrov,
                                           (long long)c->dept_it));
  college_add_groups (c);
  return c;
}

static G_GNUC_UNUSED void
college_free (College *c)
{
  g_clear_object (&c->db);
  sc_test_remove_tree (c->dir);
  g_free (c->path);
  g_free (c->dir);
  g_free (c);
}

/* The chat with @title in @chats, failing the test if there is none. */
static G_GNUC_UNUSED const ScChat *
college_find_chat (GPtrArray  *chats,
                   const char *title)
{
  for (guint i = 0; i < chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (chats, i);
      if (g_strcmp0 (chat->title, title) == 0)
        return chat;
    }
  g_error ("No chat “%s”", title);
  return NULL;
}

static G_GNUC_UNUSED GPtrArray *
college_list_chats (College *c)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *chats = sc_chat_store_list (c->db, &error);

  g_assert_no_error (error);
  return chats;
}

/* sc-demo-people.c — the demonstration college's people as a list of people file
 *
 * The list a college's office would send: one row a person with the status
 * at the end of December 2023. Used to try the import on a realistic file
 * of any size (the benchmarks import 50 000 rows in Windows-1251).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-demo"

#include "config.h"

#include "sc-demo-private.h"

static const char header[] =
  "Фамилия;Имя;Отчество;Категория;Группа;Отделение;Должность;Телефон;"
  "Статус;Дата подключения;Дата выбытия\r\n";

static const char *
category_word (ScCategory category)
{
  switch (category)
    {
    case SC_CATEGORY_TEACHER:
      return "преподаватель";
    case SC_CATEGORY_STUDENT:
      return "студент";
    case SC_CATEGORY_STAFF:
    case SC_CATEGORY_PARENT:
    case SC_N_CATEGORIES:
    default:
      return "сотрудник";
    }
}

static const char *
status_word (const ScDemoPerson *p)
{
  if (p->joined_on != 0)
    return "подключён";
  if (p->declined_on != 0)
    return "отказ";
  if (p->invited_on != 0)
    return "приглашён";
  return "не подключён";
}

/* "05.12.2023", or "" */
static void
append_day (GString *out,
            guint32  julian)
{
  char iso[11];

  if (julian == 0)
    return;
  sc_demo_format_day (julian, iso);
  g_string_append_printf (out, "%.2s.%.2s.%.4s", iso + 8, iso + 5, iso);
}

static void
append_person (GString             *out,
               const ScDemoCollege *c,
               const ScDemoPerson  *p)
{
  const ScDemoGroup *group = p->group != SC_DEMO_NONE ? sc_demo_group (c, p->group) : NULL;
  guint department = group ? group->department : p->department;

  g_string_append_printf (out, "%s;%s;%s;%s;%s;%s;%s;%s;%s;",
                          p->last_name, p->first_name, p->patronymic, category_word (p->category),
                          group ? group->code : "",
                          department != SC_DEMO_NONE ? sc_demo_departments[department] : "",
                          p->position ? p->position : "", p->phone ? p->phone : "",
                          status_word (p));
  append_day (out, p->joined_on);
  g_string_append_c (out, ';');
  append_day (out, p->left_on);
  g_string_append (out, "\r\n");
}

gboolean
sc_demo_write_people (const ScDemoOptions *options,
                      const char          *path,
                      const char          *charset,
                      GError             **error)
{
  g_autoptr(ScDemoCollege) college = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *converted = NULL;
  gsize length = 0;

  g_return_val_if_fail (options != NULL && path != NULL && charset != NULL, FALSE);

  college = sc_demo_college_new (options);
  out = g_string_sized_new (college->people->len * 128);
  g_string_append (out, header);
  for (guint i = 0; i < college->people->len; i++)
    append_person (out, college, sc_demo_person (college, i));
  converted = g_convert (out->str, out->len, charset, "UTF-8", NULL, &length, error);
  return converted != NULL && g_file_set_contents (path, converted, length, error);
}

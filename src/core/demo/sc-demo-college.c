/* sc-demo-college.c — the demonstration college's people and groups
 *
 * Built in memory in a fixed order from one GRand, so the same options
 * always give the same college: staff first (the director, the deputies),
 * then the teachers by department, then the groups with their students.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-demo"

#include "config.h"

#include "sc-demo-history.h"
#include "sc-demo-names.h"
#include "sc-demo-private.h"

const char *const sc_demo_departments[4] = {
  "Информационные технологии",
  "Экономика и право",
  "Строительство",
  "Сфера обслуживания",
};

static const ScDemoSpecialty specialties[] = {
  { "ИС", 0 }, { "СА", 0 }, { "КС", 0 },
  { "ЭК", 1 }, { "ЮР", 1 }, { "БД", 1 },
  { "СТ", 2 }, { "ДС", 2 }, { "АР", 2 },
  { "ПК", 3 }, { "ГД", 3 }, { "ТУ", 3 }, { "ПИ", 3 },
};

static const char *const staff_positions[] = {
  "Директор",
  "Заместитель директора по учебной работе",
  "Заместитель директора по воспитательной работе",
  "Заместитель директора по учебно-производственной работе",
  "Главный бухгалтер",
  "Специалист по кадрам",
  "Секретарь учебной части",
  "Юрисконсульт",
  "Системный администратор",
  "Заведующий библиотекой",
};

/* Positions one teacher each holds, after the heads of departments. */
static const char *const special_positions[] = {
  "Педагог-психолог",
  "Социальный педагог",
  "Педагог-организатор",
  "Руководитель физического воспитания",
  "Преподаватель-организатор ОБЖ",
};

#define COORDINATOR_STAFF 2 /* the deputy for educational work */

void
sc_demo_format_day (guint32 julian,
                    char    out[11])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date));
}

guint32
sc_demo_day (int year,
             int month,
             int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static ScDemoPerson *
add_person (ScDemoCollege *c,
            ScCategory     category,
            double         female_share)
{
  ScDemoPerson person = { 0 };
  ScDemoName name;

  person.category = category;
  person.female = g_rand_double (c->rand) < female_share;
  sc_demo_name_generate (c->rand, c->strings, person.female, &name);
  person.last_name = name.last_name;
  person.first_name = name.first_name;
  person.patronymic = name.patronymic;
  person.group = SC_DEMO_NONE;
  person.department = SC_DEMO_NONE;
  if (category != SC_CATEGORY_STUDENT || g_rand_double (c->rand) < 0.7)
    person.phone = sc_demo_phone_generate (c->rand, c->strings);
  g_array_append_val (c->people, person);
  return sc_demo_person (c, c->people->len - 1);
}

static void
add_staff (ScDemoCollege *c,
           guint          n_staff)
{
  for (guint i = 0; i < n_staff; i++)
    {
      ScDemoPerson *p = add_person (c, SC_CATEGORY_STAFF, 0.6);
      p->position = staff_positions[i % G_N_ELEMENTS (staff_positions)];
    }
  c->director = 0;
  c->coordinator = MIN (COORDINATOR_STAFF, n_staff - 1);
}

static const char *
teacher_position (ScDemoCollege *c,
                  guint          index,
                  guint          department)
{
  if (index < G_N_ELEMENTS (c->department_heads))
    return "Заведующий отделением";
  if (index - G_N_ELEMENTS (c->department_heads) < G_N_ELEMENTS (special_positions))
    return special_positions[index - G_N_ELEMENTS (c->department_heads)];
  if (department >= 2 && g_rand_double (c->rand) < 0.35)
    return "Мастер производственного обучения";
  return "Преподаватель";
}

static void
add_teachers (ScDemoCollege *c,
              guint          n_teachers)
{
  for (guint i = 0; i < n_teachers; i++)
    {
      guint department = i % G_N_ELEMENTS (sc_demo_departments);
      ScDemoPerson *p = add_person (c, SC_CATEGORY_TEACHER, 0.75);

      p->department = department;
      p->position = teacher_position (c, i, department);
      p->diligence = g_rand_double (c->rand) < 0.70 ? 0 : g_rand_double (c->rand) < 0.75 ? 1 : 2;
      if (i < G_N_ELEMENTS (c->department_heads))
        c->department_heads[department] = c->people->len - 1;
    }
}

/* «ИС-21»: the specialty and the year of admission (21 is the third course
 * in the autumn of 2023); parallel groups of one year get «-2», «-3». */
static char *
group_code (guint k)
{
  guint n_specialties = G_N_ELEMENTS (specialties);
  const ScDemoSpecialty *s = &specialties[k % n_specialties];
  guint course = (k / n_specialties) % 4 + 1;
  guint parallel = k / (n_specialties * 4) + 1;

  if (parallel == 1)
    return g_strdup_printf ("%s-%u", s->code, 24 - course);
  return g_strdup_printf ("%s-%u-%u", s->code, 24 - course, parallel);
}

static void
add_group (ScDemoCollege *c)
{
  guint k = c->groups->len;
  ScDemoGroup group = { 0 };

  group.code = group_code (k);
  group.department = specialties[k % G_N_ELEMENTS (specialties)].department;
  group.course = (k / G_N_ELEMENTS (specialties)) % 4 + 1;
  group.curator = SC_DEMO_NONE;
  g_array_append_val (c->groups, group);
}

/* A few students share a full name with another student of another group. */
static void
make_namesake (ScDemoCollege *c,
               ScDemoPerson  *p,
               guint          first_student)
{
  guint n = c->people->len - 1 - first_student;
  const ScDemoPerson *other;

  if (n < 40)
    return;
  other = sc_demo_person (c, first_student + g_rand_int_range (c->rand, 0, n - 35));
  p->female = other->female;
  p->last_name = other->last_name;
  p->first_name = other->first_name;
  p->patronymic = other->patronymic;
}

static void
add_students (ScDemoCollege *c,
              guint          n_students)
{
  guint first_student = c->people->len;
  guint left_in_group = 0;

  for (guint i = 0; i < n_students; i++)
    {
      ScDemoPerson *p;

      if (left_in_group == 0)
        {
          add_group (c);
          left_in_group = g_rand_int_range (c->rand, 18, 31);
          if (n_students - i < left_in_group + 12)
            left_in_group = n_students - i;
        }
      p = add_person (c, SC_CATEGORY_STUDENT, 0.5);
      p->group = c->groups->len - 1;
      left_in_group--;
      if (i % 200 == 199)
        make_namesake (c, p, first_student);
    }
}

/* Each group's curator teaches in its department; the heads of departments
 * and the special positions curate no group while others are free. */
static void
assign_curators (ScDemoCollege *c,
                 guint          first_teacher,
                 guint          n_teachers)
{
  guint next[G_N_ELEMENTS (sc_demo_departments)] = { 0 };
  guint skip = G_N_ELEMENTS (c->department_heads) + G_N_ELEMENTS (special_positions);

  if (n_teachers <= skip + G_N_ELEMENTS (sc_demo_departments))
    skip = 0;
  for (guint g = 0; g < c->groups->len; g++)
    {
      ScDemoGroup *group = sc_demo_group (c, g);
      guint d = group->department;
      guint n_in_department = (n_teachers - d + 3) / 4;
      guint first = (skip + 3 - d) / 4;
      guint k = first + next[d]++ % MAX (n_in_department - first, 1);

      group->curator = first_teacher + d + 4 * k;
    }
}

static void
count_people (const ScDemoOptions *o,
              guint               *n_staff,
              guint               *n_teachers,
              guint               *n_students)
{
  *n_staff = MIN (5 + o->n_people / 1000, G_N_ELEMENTS (staff_positions));
  *n_teachers = o->n_teachers > 0 ? o->n_teachers : MAX (o->n_people * 8 / 100, 8);
  *n_teachers = CLAMP (*n_teachers, 8, o->n_people / 3);
  *n_students = o->n_people - *n_staff - *n_teachers;
}

ScDemoCollege *
sc_demo_college_new (const ScDemoOptions *options)
{
  ScDemoCollege *c = g_new0 (ScDemoCollege, 1);
  guint n_staff, n_teachers, n_students;

  c->options = *options;
  c->rand = g_rand_new_with_seed (options->seed);
  c->strings = g_string_chunk_new (64 * 1024);
  c->groups = g_array_new (FALSE, TRUE, sizeof (ScDemoGroup));
  c->people = g_array_sized_new (FALSE, TRUE, sizeof (ScDemoPerson), options->n_people);
  count_people (options, &n_staff, &n_teachers, &n_students);
  add_staff (c, n_staff);
  add_teachers (c, n_teachers);
  add_students (c, n_students);
  assign_curators (c, n_staff, n_teachers);
  sc_demo_history_generate (c);
  return c;
}

void
sc_demo_college_free (ScDemoCollege *c)
{
  if (c == NULL)
    return;
  for (guint g = 0; g < c->groups->len; g++)
    g_free (sc_demo_group (c, g)->code);
  g_array_unref (c->groups);
  g_array_unref (c->people);
  g_string_chunk_free (c->strings);
  g_rand_free (c->rand);
  g_free (c);
}

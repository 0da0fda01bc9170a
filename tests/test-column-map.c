/* test-column-map.c — header detection, synonyms, the editable mapping;
 * person names; the words and phones of list of people cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "sc-column-map.h"
#include "sc-person-name.h"
#include "sc-people-import.h"
#include "sc-people-import-values.h"
#include "sc-text.h"

/* Rows of ';'-separated cells, one a line, numbered from 1. */
static ScTable *
table_from_text (const char *text)
{
  ScTable *table = sc_table_new (SC_TABLE_FORMAT_CSV);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' || lines[i + 1] != NULL)
      sc_table_append_row (table, i + 1, g_strsplit (lines[i], ";", -1));
  return table;
}

static void
test_header_after_titles (void)
{
  g_autoptr(ScTable) table = table_from_text (
    "Список педагогических работников\n"
    "на 01.11.2023;;;\n"
    "\n"
    "№;Фамилия;Имя;Отчество;Должность\n"
    "1;Иванова;Анна;Петровна;Преподаватель\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScColumnMap) map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sc_column_map_get_header_row (map), ==, 3);
  g_assert_cmpuint (sc_column_map_get_header_line (map), ==, 4);
  g_assert_cmpuint (sc_column_map_get_n_columns (map), ==, 5);
  g_assert_cmpint (sc_column_map_get_field (map, 0), ==, SC_FIELD_NONE);
  g_assert_cmpstr (sc_column_map_get_header (map, 0), ==, "№");
  g_assert_cmpint (sc_column_map_find (map, SC_FIELD_LAST_NAME), ==, 1);
  g_assert_cmpint (sc_column_map_find (map, SC_FIELD_FIRST_NAME), ==, 2);
  g_assert_cmpint (sc_column_map_find (map, SC_FIELD_PATRONYMIC), ==, 3);
  g_assert_cmpint (sc_column_map_find (map, SC_FIELD_POSITION), ==, 4);
}

/* One known name is a title, not a header. */
static void
test_one_name_is_not_a_header (void)
{
  g_autoptr(ScTable) table = table_from_text ("ФИО\nИванов Иван\nГруппа;Категория\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScColumnMap) map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sc_column_map_get_header_line (map), ==, 3);
}

static void
test_no_header (void)
{
  g_autoptr(ScTable) table = table_from_text ("Иванов;Иван\nПетров;Пётр\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScColumnMap) map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, &error);

  g_assert_null (map);
  g_assert_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_NO_HEADER);
  /* It says which names it looks for. */
  g_assert_nonnull (strstr (error->message, "«Фамилия»"));
  g_assert_nonnull (strstr (error->message, "«ФИО»"));
  g_assert_nonnull (strstr (error->message, "«Категория»"));
}

static void
test_synonyms (void)
{
  const ScField *fields = sc_import_type_get_fields (SC_TYPE_PEOPLE_IMPORT);
  struct { const char *header; ScField field; } cases[] = {
    { "ФИО", SC_FIELD_FULL_NAME },
    { "Ф.И.О.", SC_FIELD_FULL_NAME },
    { " ф. и. о.: ", SC_FIELD_FULL_NAME },
    { "Фамилия Имя Отчество", SC_FIELD_FULL_NAME },
    { "ФАМИЛИЯ", SC_FIELD_LAST_NAME },
    { "Фамилия:", SC_FIELD_LAST_NAME },
    { "Роль", SC_FIELD_CATEGORY },
    { "Тип", SC_FIELD_CATEGORY },
    { "Учебная  группа", SC_FIELD_GROUP },
    { "отделение", SC_FIELD_DEPARTMENT },
    { "E-mail", SC_FIELD_EMAIL },
    { "email", SC_FIELD_EMAIL },
    { "Эл. почта", SC_FIELD_EMAIL },
    { "Электронная почта", SC_FIELD_EMAIL },
    { "Статус подключения", SC_FIELD_STATUS },
    { "Дата подключения", SC_FIELD_JOINED_ON },
    { "Дата отчисления", SC_FIELD_LEFT_ON },
    { "Дата увольнения.", SC_FIELD_LEFT_ON },
    { "Дата выбытия", SC_FIELD_LEFT_ON },
    { "Внешний ID", SC_FIELD_EXTERNAL_ID },
    { "Табельный номер", SC_FIELD_EXTERNAL_ID },
    { "Код", SC_FIELD_EXTERNAL_ID },
    { "Примечание", SC_FIELD_NOTES },
    { "Телефон", SC_FIELD_PHONE },
    { "Должность", SC_FIELD_POSITION },
    { "№", SC_FIELD_NONE },
    { "Дата рождения", SC_FIELD_NONE },
    { "", SC_FIELD_NONE },
    /* Activity columns are not list of people columns. */
    { "Неделя", SC_FIELD_NONE },
  };
  static const ScField activity[] = { SC_FIELD_FULL_NAME, SC_FIELD_WEEK, SC_FIELD_MESSAGES,
                                   SC_FIELD_CALLS, SC_FIELD_NONE };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("header «%s»", cases[i].header);
      g_assert_cmpint (sc_field_from_header (cases[i].header, fields), ==, cases[i].field);
    }
  g_assert_cmpint (sc_field_from_header ("Неделя", activity), ==, SC_FIELD_WEEK);
  g_assert_cmpint (sc_field_from_header ("Сообщений", activity), ==, SC_FIELD_MESSAGES);
  g_assert_cmpint (sc_field_from_header ("Звонков", activity), ==, SC_FIELD_CALLS);
  g_assert_cmpint (sc_field_from_header ("Группа", activity), ==, SC_FIELD_NONE);
}

/* The first of two columns naming one field wins; the person can move a
 * field to another column, and a field lives in one column at most. */
static void
test_edit_mapping (void)
{
  g_autoptr(ScTable) table = table_from_text ("ФИО;Телефон;Телефон;Комментарий\n");
  g_autoptr(ScColumnMap) map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, NULL);
  g_autoptr(ScColumnMap) copy = NULL;

  g_assert_nonnull (map);
  g_assert_cmpint (sc_column_map_get_field (map, 1), ==, SC_FIELD_PHONE);
  g_assert_cmpint (sc_column_map_get_field (map, 2), ==, SC_FIELD_NONE);
  g_assert_cmpint (sc_column_map_get_field (map, 3), ==, SC_FIELD_NONE);

  copy = sc_column_map_copy (map);
  sc_column_map_set_field (map, 2, SC_FIELD_PHONE);
  sc_column_map_set_field (map, 3, SC_FIELD_NOTES);
  g_assert_cmpint (sc_column_map_get_field (map, 1), ==, SC_FIELD_NONE);
  g_assert_cmpint (sc_column_map_find (map, SC_FIELD_PHONE), ==, 2);
  g_assert_cmpint (sc_column_map_find (map, SC_FIELD_NOTES), ==, 3);
  sc_column_map_set_field (map, 3, SC_FIELD_NONE);
  g_assert_cmpint (sc_column_map_find (map, SC_FIELD_NOTES), ==, -1);
  /* The copy did not follow. */
  g_assert_cmpint (sc_column_map_find (copy, SC_FIELD_PHONE), ==, 1);
  g_assert_cmpstr (sc_field_get_nick (SC_FIELD_PHONE), ==, "phone");
  g_assert_cmpstr (sc_field_get_label (SC_FIELD_LAST_NAME), ==, "Last name");
}

static void
assert_split (const char *full,
              const char *last,
              const char *first,
              const char *patronymic)
{
  g_autofree char *l = NULL, *f = NULL, *p = NULL;

  sc_person_name_split (full, &l, &f, &p);
  g_assert_cmpstr (l, ==, last);
  g_assert_cmpstr (f, ==, first);
  g_assert_cmpstr (p, ==, patronymic);
}

static void
test_name_split (void)
{
  assert_split ("Иванов Иван Иванович", "Иванов", "Иван", "Иванович");
  assert_split ("  Ёлкина\u00a0 Алёна   Сергеевна ", "Ёлкина", "Алёна", "Сергеевна");
  assert_split ("Мамедов Али Гасан оглы", "Мамедов", "Али", "Гасан оглы");
  assert_split ("Петров Пётр", "Петров", "Пётр", "");
  assert_split ("Сидоров", "Сидоров", "", "");
  assert_split ("", "", "", "");
}

static void
test_name_key (void)
{
  g_autofree char *a = sc_person_name_key ("Ёлкина", "Алёна", "Сергеевна");
  g_autofree char *b = sc_person_name_key (" ЕЛКИНА ", "алена", "сергеевна");
  g_autofree char *c = sc_person_name_key ("Елкина", "Алена", "");
  g_autofree char *d = sc_person_name_key ("Елкина Алена", "", "");
  g_autofree char *joined = sc_person_name_join ("Ёлкина", "", "Сергеевна");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpstr (c, !=, d);
  g_assert_cmpstr (joined, ==, "Ёлкина Сергеевна");
}

static void
test_categories (void)
{
  struct { const char *text; const char *category; } cases[] = {
    { "Преподаватель", "teacher" }, { "педагог", "teacher" },
    { " Педагогический   работник ", "teacher" }, { "Мастер П/О", "teacher" },
    { "мастер производственного обучения", "teacher" }, { "Куратор", "teacher" },
    { "СТУДЕНТ", "student" }, { "обучающийся", "student" }, { "Учащийся", "student" },
    { "Студентка", "student" }, { "сотрудник", "staff" }, { "Родитель", "parent" },
    { "учитель", NULL }, { "", NULL }, { "студ", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (sc_people_import_category_from_text (cases[i].text), ==, cases[i].category);
}

static void
test_statuses (void)
{
  struct { const char *text; const char *status; } cases[] = {
    { "Подключён", "joined" }, { "подключен", "joined" }, { "  ПОДКЛЮЧЕН ", "joined" },
    { "да", "joined" }, { "+", "joined" }, { "Приглашён", "invited" },
    { "приглашен", "invited" }, { "Отказ", "declined" }, { "отказался", "declined" },
    { "не подключён", "not_invited" }, { "Не  подключен", "not_invited" },
    { "нет", "not_invited" }, { "-", "not_invited" }, { "", "not_invited" },
    { " ", "not_invited" }, { "может быть", NULL }, { "++", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (sc_people_import_status_from_text (cases[i].text), ==, cases[i].status);
}

static void
test_phones (void)
{
  struct { const char *text; const char *phone; } cases[] = {
    { "8 (916) 123-45-67", "+79161234567" }, { "+7 916 123 45 67", "+79161234567" },
    { "79161234567", "+79161234567" }, { "9161234567", "+79161234567" },
    { "+7(3452)12-34-56", "+73452123456" }, { " 8-916-123-45-67 ", "+79161234567" },
    { "123-45-67", "123-45-67" }, { "+375 29 123 45 67", "+375 29 123 45 67" },
    { "8 916 123 45 67 доб. 12", "8 916 123 45 67 доб. 12" }, { "", "" },
    { "89161234567 89161234568", "89161234567 89161234568" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *phone = sc_phone_normalize (cases[i].text);
      g_assert_cmpstr (phone, ==, cases[i].phone);
    }
}

static void
assert_fold_like_text (const char *text)
{
  g_autofree char *clean = sc_text_clean (text);
  g_autofree char *folded = sc_text_fold (text);
  g_autoptr(GString) fast_clean = g_string_new ("prefix ");
  g_autoptr(GString) fast_fold = g_string_new ("prefix ");

  sc_text_clean_append (fast_clean, text);
  sc_text_fold_append (fast_fold, text);
  g_assert_cmpstr (fast_clean->str + strlen ("prefix "), ==, clean);
  g_assert_cmpstr (fast_fold->str + strlen ("prefix "), ==, folded);
  /* It may miss a clean text (then the slow path cleans it), never the reverse. */
  if (sc_text_is_clean (text))
    g_assert_cmpstr (clean, ==, text);
}

/* The fast paths give what sc-text gives, on chosen and on random text. */
static void
test_fold_matches_text (void)
{
  static const char *const pieces[] = {
    "Иванов", "ИВАНОВ", "ёлка", "Ёлкин", "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
    "абвгдежзийклмнопрстуфхцчшщъыьэюя", "Hello", "E-MAIL", " ", "  ", "\t", "\n",
    "\r\n", "\f", "\v", "\u00a0", "\u202f", "\ufeff", "\u2003", "«", "»", "Ї", "і",
    "Ђ", "É", "ß", "Σ", "日本", "\xf0\x9f\x98\x80", "-", "/", "0", "9", "",
  };
  GRand *rand = g_rand_new_with_seed (20231101);

  for (guint i = 0; i < G_N_ELEMENTS (pieces); i++)
    assert_fold_like_text (pieces[i]);
  g_assert_true (sc_text_is_clean ("Ёлкина Алёна Сергеевна"));
  g_assert_true (sc_text_is_clean ("ИС-21"));
  g_assert_false (sc_text_is_clean ("Ёлкина  Алёна"));
  g_assert_false (sc_text_is_clean (" ИС-21"));
  g_assert_false (sc_text_is_clean ("ИС-21 "));
  for (guint i = 0; i < 5000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 7);

      for (guint j = 0; j < n; j++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      assert_fold_like_text (text->str);
    }
  g_rand_free (rand);
}

/* The name keys' hash: equal keys hash alike, and 20 000 keys that differ
 * in one place (a number, a letter at the start, a group at the end, past
 * any 8-byte boundary) hardly ever share a value. */
static void
test_key_hash (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autofree char *a = g_strdup ("ёлкина алёна сергеевна\x1fstudent\x1fис-21");

  g_assert_cmpuint (sc_text_key_hash (a), ==, sc_text_key_hash ("ёлкина алёна сергеевна\x1fstudent\x1fис-21"));
  g_assert_cmpuint (sc_text_key_hash (""), !=, sc_text_key_hash ("а"));
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *k1 = g_strdup_printf ("иванов%u иван иванович\x1fstudent\x1fис-21", i);
      g_autofree char *k2 = g_strdup_printf ("иванова иван иванович\x1fstudent\x1fис-%u", i);
      g_autofree char *k3 = g_strdup_printf ("%u", i);
      g_autofree char *k4 = g_strdup_printf ("петров петр петрович\x1fteacher\x1f%06u", i);

      g_hash_table_add (seen, GUINT_TO_POINTER (sc_text_key_hash (k1)));
      g_hash_table_add (seen, GUINT_TO_POINTER (sc_text_key_hash (k2)));
      g_hash_table_add (seen, GUINT_TO_POINTER (sc_text_key_hash (k3)));
      g_hash_table_add (seen, GUINT_TO_POINTER (sc_text_key_hash (k4)));
    }
  g_assert_cmpuint (g_hash_table_size (seen), >=, 19990);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sc/column-map/header-after-titles", test_header_after_titles);
  g_test_add_func ("/sc/column-map/one-name-is-not-a-header", test_one_name_is_not_a_header);
  g_test_add_func ("/sc/column-map/no-header", test_no_header);
  g_test_add_func ("/sc/column-map/synonyms", test_synonyms);
  g_test_add_func ("/sc/column-map/edit-mapping", test_edit_mapping);
  g_test_add_func ("/sc/fold/matches-text", test_fold_matches_text);
  g_test_add_func ("/sc/person-name/split", test_name_split);
  g_test_add_func ("/sc/person-name/key", test_name_key);
  g_test_add_func ("/sc/fold/key-hash", test_key_hash);
  g_test_add_func ("/sc/roster-values/categories", test_categories);
  g_test_add_func ("/sc/roster-values/statuses", test_statuses);
  g_test_add_func ("/sc/roster-values/phones", test_phones);
  return g_test_run ();
}

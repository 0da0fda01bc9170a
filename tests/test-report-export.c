/* test-report-export.c — the report's XLSX read back by openpyxl, its PDF
 * by pdftotext: what a ministry specialist and a clerk would check
 *
 * Runs twice (tests/meson.build): under LANG=ru_RU.UTF-8, as the users'
 * PCs, and under C.UTF-8; the documents must say the same, in Russian.
 * Set SC_TEST_KEEP=1 to keep the files (the folder is printed) and look at
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "sc-report-pdf.h"
#include "sc-report-text.h"
#include "sc-report-xlsx.h"
#include "test-report-fixture.h"

#define NBSP "\u00a0"
#define FIXTURE_INN "7707083893"

typedef struct
{
  ScReport        *report;
  ScOrganization    *organization;
  ScReportFigures *figures;
} Doc;

static const char long_problems[] =
  "Два педагога без смартфона; у группы ЭК-11 чат ещё не создан. "
  "Студенты ИС-22 ждут приглашений от куратора, который был на больничном до 27 ноября. "
  "Часть родителей возражает против подключения несовершеннолетних, с ними проведены беседы. "
  "В корпусе на улице Мира слабый сигнал сотовой связи, поэтому звонки в «Сферуме» срываются.";

static void
doc_load (Fixture  *f,
          Doc      *doc,
          gboolean  with_teachers,
          guint     narrative_repeats)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GString) measures = g_string_new (NULL);

  for (guint i = 0; i < narrative_repeats; i++)
    {
      g_string_append_printf (problems, "%s%s", i ? "\n" : "", long_problems);
      g_string_append_printf (measures, "%sПроведена консультация для кураторов 21.11.2023; "
                              "кураторам групп разосланы памятки по подключению.", i ? "\n" : "");
    }
  doc->report = sc_report_get_or_create (f->db, "2023-11", &error);
  g_assert_no_error (error);
  g_free (doc->report->problems);
  doc->report->problems = g_strdup (problems->str);
  g_free (doc->report->measures);
  doc->report->measures = g_strdup (measures->str);
  doc->report->include_teachers = with_teachers;
  g_assert_true (sc_report_save (f->db, doc->report, &error));
  doc->organization = sc_organization_load (f->db, &error);
  g_free (doc->organization->inn);
  doc->organization->inn = g_strdup (FIXTURE_INN);
  g_free (doc->organization->executor_name);
  doc->organization->executor_name = g_strdup ("Смирнов Олег Викторович");
  g_free (doc->organization->executor_phone);
  doc->organization->executor_phone = g_strdup ("8 963 566-42-64");
  doc->figures = sc_report_load_figures (f->db, doc->report, &error);
  g_assert_no_error (error);
}

static void
doc_clear (Doc *doc)
{
  sc_report_free (doc->report);
  sc_organization_free (doc->organization);
  sc_report_figures_unref (doc->figures);
}

static void
keep_if_asked (Fixture *f)
{
  if (g_getenv ("SC_TEST_KEEP") == NULL)
    return;
  g_printerr ("kept %s\n", f->dir);
  f->dir[0] = '\0';   /* fixture_tear_down then removes nothing */
}

/* The workbook as openpyxl sees it (tests/read-report-xlsx.py). */
static JsonObject *
read_back (const char *path,
           JsonParser *parser)
{
  g_autofree char *out = sc_test_python_script ("read-report-xlsx.py", path);
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonArray *
sheet_cells (JsonObject *book,
             const char *sheet)
{
  JsonObject *cells = json_object_get_object_member (book, "cells");

  g_assert_true (json_object_has_member (cells, sheet));
  return json_object_get_array_member (cells, sheet);
}

static JsonObject *
sheet_print (JsonObject *book,
             const char *sheet)
{
  return json_object_get_object_member (json_object_get_object_member (book, "print"), sheet);
}

/* The cell at (row, column), 1-based, or NULL. */
static JsonArray *
find_cell (JsonArray *cells,
           gint64     row,
           gint64     column)
{
  for (guint i = 0; i < json_array_get_length (cells); i++)
    {
      JsonArray *cell = json_array_get_array_element (cells, i);
      if (json_array_get_int_element (cell, 0) == row && json_array_get_int_element (cell, 1) == column)
        return cell;
    }
  return NULL;
}

static const char *
cell_string (JsonArray *cell)
{
  JsonNode *value = cell != NULL ? json_array_get_element (cell, 2) : NULL;

  return value != NULL && json_node_get_value_type (value) == G_TYPE_STRING
         ? json_node_get_string (value) : NULL;
}

/* A text cell as a reader sees it: no-break spaces read as spaces. */
static gboolean
same_text (const char *cell,
           const char *text)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *plain = NULL;

  if (cell == NULL)
    return FALSE;
  parts = g_strsplit (cell, NBSP, -1);
  plain = g_strjoinv (" ", parts);
  return g_strcmp0 (plain, text) == 0;
}

static JsonArray *
find_text (JsonArray  *cells,
           const char *text)
{
  for (guint i = 0; i < json_array_get_length (cells); i++)
    {
      JsonArray *cell = json_array_get_array_element (cells, i);
      if (same_text (cell_string (cell), text))
        return cell;
    }
  return NULL;
}

static gint64
row_of (JsonArray  *cells,
        const char *text)
{
  JsonArray *cell = find_text (cells, text);

  if (cell == NULL)
    g_error ("no cell «%s»", text);
  return json_array_get_int_element (cell, 0);
}

static double
cell_number (JsonArray *cell)
{
  JsonNode *value;

  g_assert_nonnull (cell);
  value = json_array_get_element (cell, 2);
  g_assert_true (json_node_get_value_type (value) == G_TYPE_INT64 ||
                 json_node_get_value_type (value) == G_TYPE_DOUBLE);
  return json_node_get_double (value);
}

static const char *
cell_format (JsonArray *cell)
{
  return json_array_get_string_element (cell, 3);
}

static JsonObject *
save_and_read (Fixture    *f,
               Doc        *doc,
               JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "report.xlsx", NULL);
  g_autofree char *temp = g_strconcat (path, ".tmp", NULL);

  g_assert_true (sc_report_xlsx_save (path, doc->report, doc->organization, doc->figures, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (temp, G_FILE_TEST_EXISTS));
  return read_back (path, parser);
}

/* ---- «Данные» ------------------------------------------------------------ */

static void
assert_identity (JsonArray  *cells,
                 const char *code,
                 const char *text)
{
  JsonArray *value = find_cell (cells, row_of (cells, code), 2);

  g_assert_cmpint (json_array_get_int_element (find_text (cells, code), 1), ==, 1);
  g_assert_nonnull (value);
  g_assert_cmpstr (cell_string (value), ==, text);
}

/* A header row, the identity rows in their order, then one row per
 * figure: code in A, number in B (percentages as 57.1). */
static void
assert_data_sheet (JsonObject            *book,
                   const ScReportFigures *figures)
{
  JsonArray *cells = sheet_cells (book, "Данные");
  const char *const identity[] = {
    "report_month", "as_of", "organization_name", "organization_inn", "platform",
    "weeks_in_month", "app_version",
  };
  guint n_codes = 0;

  g_assert_cmpstr (cell_string (find_cell (cells, 1, 1)), ==, "Код");
  g_assert_cmpstr (cell_string (find_cell (cells, 1, 2)), ==, "Значение");
  g_assert_cmpstr (cell_string (find_cell (cells, 1, 3)), ==, "Показатель");
  for (guint i = 0; i < G_N_ELEMENTS (identity); i++)
    g_assert_cmpstr (cell_string (find_cell (cells, 2 + i, 1)), ==, identity[i]);
  assert_identity (cells, "report_month", "2023-11");
  assert_identity (cells, "as_of", "2023-11-30");   /* a date cell, read as a date */
  assert_identity (cells, "organization_name", FIXTURE_COLLEGE);
  assert_identity (cells, "organization_inn", FIXTURE_INN);
  assert_identity (cells, "platform", "vk");
  assert_identity (cells, "app_version", PACKAGE_VERSION);
  g_assert_cmpfloat (cell_number (find_cell (cells, row_of (cells, "weeks_in_month"), 2)), ==, 5);
  g_assert_cmpstr (cell_string (find_cell (cells, row_of (cells, "report_month"), 3)), ==, "Отчётный месяц");
  for (guint i = 0; i < figures->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (figures->figures, i);
      gint64 row = row_of (cells, figure->code);

      g_assert_cmpint (row, ==, 2 + G_N_ELEMENTS (identity) + i);
      g_assert_cmpfloat_with_epsilon (cell_number (find_cell (cells, row, 2)), figure->value, 1e-9);
    }
  /* Worked out from the fixture by hand: 4 of the 7 active students are
   * connected; 5 active teachers. */
  g_assert_cmpfloat (cell_number (find_cell (cells, row_of (cells, "students_connected_pct"), 2)), ==, 57.1);
  g_assert_cmpfloat (cell_number (find_cell (cells, row_of (cells, "teachers_total"), 2)), ==, 5);
  g_assert_cmpstr (cell_string (find_cell (cells, row_of (cells, "teachers_total"), 3)), ==, "Педагогов, всего");
  for (guint i = 0; i < json_array_get_length (cells); i++)
    n_codes += json_array_get_int_element (json_array_get_array_element (cells, i), 1) == 1;
  g_assert_cmpuint (n_codes, ==, 1 + G_N_ELEMENTS (identity) + figures->figures->len);
  /* Hidden: printing the workbook does not print a page of codes. */
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (book, "states"), "Данные"),
                   ==, "hidden");
}

/* ---- «Отчёт» ------------------------------------------------------------- */

static void
assert_figure (JsonArray  *cells,
               const char *number,
               const char *label,
               double      value,
               const char *format)
{
  gint64 row = row_of (cells, label);
  JsonArray *cell = find_cell (cells, row, 4);

  g_assert_cmpstr (cell_string (find_cell (cells, row, 1)), ==, number);
  g_assert_cmpfloat_with_epsilon (cell_number (cell), value, 1e-9);
  g_assert_cmpstr (cell_format (cell), ==, format);
}

static void
assert_report_sheet (JsonObject *book)
{
  JsonArray *cells = sheet_cells (book, "Отчёт");
  JsonObject *print = sheet_print (book, "Отчёт");
  JsonArray *margins = json_object_get_array_member (print, "margins");

  /* Percentages are percent cells: 0.571 shown as «57,1 %». */
  assert_figure (cells, "1.1", "Педагогов, всего", 5, "#,##0");
  assert_figure (cells, "1.6", "Доля подключённых студентов", 0.571, "0.0\" \"%");
  assert_figure (cells, "2.2", "Групп, у которых создан чат", 1, "#,##0");
  /* The weeks are sub-items of 3.1, so 3.2 is the same in every month. */
  g_assert_cmpstr (cell_string (find_cell (cells, row_of (cells, "Педагогов, выполнивших норматив, по неделям:"), 1)),
                   ==, "3.1");
  assert_figure (cells, "3.1.1", "30 октября – 5 ноября 2023", 3, "#,##0");
  assert_figure (cells, "3.1.5", "27 ноября – 3 декабря 2023", 3, "#,##0");
  assert_figure (cells, "3.2", "Педагогов, выполнивших норматив во все недели месяца", 2, "#,##0");
  assert_figure (cells, "3.3", "Доля педагогов, выполнивших норматив во все недели", 0.4, "0.0\" \"%");
  g_assert_nonnull (find_text (cells, "Норматив: 10 сообщений и 1 звонок в неделю"));
  /* ГОСТ Р 7.0.97-2016: 20 mm left, 10 mm right, 20 mm top and bottom; the
   * page number in the top margin. */
  g_assert_cmpint (json_object_get_int_member (print, "paper"), ==, 9);
  g_assert_cmpstr (json_object_get_string_member (print, "orientation"), ==, "portrait");
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (margins, 0), 20 / 25.4, 1e-6);
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (margins, 1), 10 / 25.4, 1e-6);
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (margins, 2), 20 / 25.4, 1e-6);
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (margins, 3), 20 / 25.4, 1e-6);
  g_assert_cmpstr (json_object_get_string_member (print, "header"), ==, "&P");
  g_assert_false (json_object_get_null_member (print, "area"));
}

/* The heading a ministry reads first, and the details at the end. */
static void
assert_texts (JsonObject *book)
{
  JsonArray *cells = sheet_cells (book, "Отчёт");
  gint64 head;

  g_assert_nonnull (find_text (cells, "Министерство образования Тверской области"));
  g_assert_nonnull (find_text (cells, "Исх. № ________ от ____________"));
  g_assert_nonnull (find_text (cells, FIXTURE_COLLEGE));
  g_assert_nonnull (find_text (cells, "Отчёт об использовании ИКОП «Сферум»"));
  g_assert_nonnull (find_text (cells, "за ноябрь 2023 г."));
  g_assert_nonnull (find_text (cells, "по состоянию на 30 ноября 2023 г."));
  g_assert_nonnull (find_text (cells, "Основание: приказ № 1301/ПК от 09.11.2023"));
  g_assert_nonnull (find_text (cells, "Координатор назначен приказом № 45 от 10.11.2023"));
  /* «2023 г.» and «30 ноября» never break. */
  g_assert_nonnull (strstr (cell_string (find_text (cells, "по состоянию на 30 ноября 2023 г.")),
                            "30" NBSP "ноября 2023" NBSP "г."));
  g_assert_nonnull (find_text (cells, "Проведена консультация для кураторов 21.11.2023; "
                                      "кураторам групп разосланы памятки по подключению."));
  /* Signatories as ГОСТ writes them: position, a line, «И. О. Фамилия». */
  head = row_of (cells, "Директор");
  g_assert_cmpstr (cell_string (find_cell (cells, head, 4)), ==, "А." NBSP "С." NBSP "Петрова");
  g_assert_cmpstr (cell_string (find_cell (cells, row_of (cells, "Координатор, заместитель директора по УВР"), 4)),
                   ==, "О." NBSP "В." NBSP "Смирнов");
  g_assert_nonnull (find_text (cells, "Исполнитель: Смирнов Олег Викторович, тел. +7 (963) 566-42-64"));
}

/* The signatures print on the page where the table ends: no page break
 * from the table's last two lines to the executor's line. */
static void
assert_signatures_with_table (JsonObject *book)
{
  JsonArray *cells = sheet_cells (book, "Отчёт");
  JsonArray *breaks = json_object_get_array_member (sheet_print (book, "Отчёт"), "row_breaks");
  gint64 last = row_of (cells, "Звонков на педагога в неделю, в среднем");
  gint64 end = row_of (cells, "Исполнитель: Смирнов Олег Викторович, тел. +7 (963) 566-42-64");

  g_assert_cmpint (row_of (cells, "Директор"), >, last);
  g_assert_cmpint (end, >, row_of (cells, "Директор"));
  for (guint i = 0; i < json_array_get_length (breaks); i++)
    {
      gint64 after = json_array_get_int_element (breaks, i);   /* a page ends after this row */
      g_assert_false (after >= last - 1 && after < end);
    }
}

static void
assert_no_students (JsonObject *book)
{
  JsonObject *cells = json_object_get_object_member (book, "cells");
  g_autoptr(GList) sheets = json_object_get_members (cells);

  for (GList *l = sheets; l != NULL; l = l->next)
    {
      JsonArray *array = json_object_get_array_member (cells, l->data);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *text = cell_string (json_array_get_array_element (array, i));
          for (guint s = 0; text != NULL && fixture_student_surnames[s] != NULL; s++)
            g_assert_null (strstr (text, fixture_student_surnames[s]));
        }
    }
}

/* ---- the other sheets ---------------------------------------------------- */

/* A title line (college, period, as of) and page numbers on every sheet. */
static void
assert_sheet_title (JsonObject *book,
                    const char *sheet)
{
  const char *title = cell_string (find_cell (sheet_cells (book, sheet), 1, 1));
  g_auto(GStrv) parts = NULL;
  g_autofree char *plain = NULL;

  g_assert_nonnull (title);
  parts = g_strsplit (title, NBSP, -1);
  plain = g_strjoinv (" ", parts);
  g_assert_true (g_str_has_prefix (plain, FIXTURE_COLLEGE));
  g_assert_nonnull (strstr (title, "ноябрь"));
  g_assert_nonnull (strstr (title, "30" NBSP "ноября"));
  g_assert_cmpstr (json_object_get_string_member (sheet_print (book, sheet), "footer"), ==,
                   "Страница &P из &N");
}

static void
assert_groups_sheet (JsonObject *book)
{
  JsonArray *cells = sheet_cells (book, "Группы");
  JsonObject *formulas = json_object_get_object_member (book, "formulas");
  gint64 is21 = row_of (cells, "ИС-21");

  assert_sheet_title (book, "Группы");
  /* ИС-21 on 30.11: Зайцев and Ильин connected, Ковалёв invited again,
   * Лебедев only in December: 2 of 4. */
  g_assert_cmpfloat (cell_number (find_cell (cells, is21, 4)), ==, 4);
  g_assert_cmpfloat (cell_number (find_cell (cells, is21, 5)), ==, 2);
  g_assert_cmpfloat (cell_number (find_cell (cells, is21, 6)), ==, 0.5);
  g_assert_cmpstr (cell_format (find_cell (cells, is21, 6)), ==, "0.0\" \"%");
  g_assert_cmpstr (cell_string (find_cell (cells, is21, 7)), ==, "да");
  g_assert_cmpint (json_object_get_int_member (formulas, "Группы"), >=, 3);
  g_assert_null (find_text (cells, "ЭК-12"));   /* no active students */
  g_assert_cmpstr (cell_string (find_cell (cells, row_of (cells, "Группа"), 1)), ==, "Группа");
}

/* The chats that existed on 30.11, with their members then (worked out in
 * test-report-figures.c). */
static void
assert_chats_sheet (JsonObject *book)
{
  JsonArray *cells = sheet_cells (book, "Чаты");
  const struct { const char *title; double members; } chats[] = {
    { "Педагоги колледжа", 5 }, { "ИС-21", 5 }, { "ИС-21 — родители", 2 }, { "ЭК-12", 0 },
  };
  gint64 first = row_of (cells, "Педагоги колледжа");

  assert_sheet_title (book, "Чаты");
  for (guint i = 0; i < G_N_ELEMENTS (chats); i++)
    {
      g_assert_cmpint (row_of (cells, chats[i].title), ==, first + i);
      g_assert_cmpfloat (cell_number (find_cell (cells, first + i, 6)), ==, chats[i].members);
    }
  g_assert_null (find_text (cells, "ИС-22"));   /* created on 03.12 */
  g_assert_null (find_text (cells, "ЭК-11"));   /* only planned */
  g_assert_cmpstr (cell_string (find_cell (cells, first + 2, 4)), ==, "студент");   /* the admin Зайцев */
}

static void
assert_sheets (JsonObject        *book,
               const char *const *expected)
{
  JsonArray *sheets = json_object_get_array_member (book, "sheets");

  g_assert_cmpuint (json_array_get_length (sheets), ==, g_strv_length ((GStrv)expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (json_array_get_string_element (sheets, i), ==, expected[i]);
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  const char *const sheets[] = { "Отчёт", "Группы", "Чаты", "Данные", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  Doc doc = { 0 };
  JsonObject *book;

  if (!sc_test_have_python ())
    return;
  doc_load (f, &doc, FALSE, 1);
  book = save_and_read (f, &doc, parser);
  assert_sheets (book, sheets);
  assert_data_sheet (book, doc.figures);
  assert_report_sheet (book);
  assert_texts (book);
  assert_signatures_with_table (book);
  assert_groups_sheet (book);
  assert_chats_sheet (book);
  assert_no_students (book);
  doc_clear (&doc);
  keep_if_asked (f);
}

/* Long «Проблемы» and «Принятые меры» push the table down, never the
 * signatures away from it. */
static void
test_xlsx_long_narrative (Fixture       *f,
                          gconstpointer  data)
{
  if (!sc_test_have_python ())
    return;
  for (guint repeats = 1; repeats <= 9; repeats++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      Doc doc = { 0 };
      JsonObject *book;

      doc_load (f, &doc, FALSE, repeats);
      book = save_and_read (f, &doc, parser);
      if (repeats > 1)
        g_assert_cmpuint (json_array_get_length (json_object_get_array_member (sheet_print (book, "Отчёт"),
                                                                               "row_breaks")), >=, 1);
      assert_signatures_with_table (book);
      doc_clear (&doc);
    }
  keep_if_asked (f);
}

static void
test_xlsx_teachers (Fixture       *f,
                    gconstpointer  data)
{
  const char *const sheets[] = { "Отчёт", "Группы", "Чаты", "Педагоги", "Данные", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  Doc doc = { 0 };
  JsonObject *book;
  JsonArray *cells;
  gint64 teacher;

  if (!sc_test_have_python ())
    return;
  doc_load (f, &doc, TRUE, 1);
  book = save_and_read (f, &doc, parser);
  cells = sheet_cells (book, "Педагоги");
  teacher = row_of (cells, "Борисова Мария Ивановна");
  assert_sheets (book, sheets);
  assert_sheet_title (book, "Педагоги");
  /* Week 30.10: 10 messages and 1 call; week 06.11: 9 messages. */
  g_assert_cmpfloat (cell_number (find_cell (cells, teacher, 2)), ==, 10);
  g_assert_cmpstr (cell_string (find_cell (cells, teacher, 4)), ==, "Выполнен");
  g_assert_cmpfloat (cell_number (find_cell (cells, teacher, 5)), ==, 9);
  g_assert_cmpstr (cell_string (find_cell (cells, teacher, 7)), ==, "Ниже нормы");
  g_assert_null (find_text (cells, "Дмитриев Олег Сергеевич"));   /* left on 30.11 */
  assert_data_sheet (book, doc.figures);
  assert_no_students (book);
  doc_clear (&doc);
  keep_if_asked (f);
}

/* A college without chats says so instead of printing a blank page. */
static void
test_xlsx_no_chats (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  Doc doc = { 0 };
  JsonObject *book;

  if (!sc_test_have_python ())
    return;
  g_assert_true (sc_database_exec (f->db, "DELETE FROM chat", &error));
  doc_load (f, &doc, FALSE, 1);
  book = save_and_read (f, &doc, parser);
  g_assert_nonnull (find_text (sheet_cells (book, "Чаты"), "На 30.11.2023 у колледжа не было ни одного чата."));
  doc_clear (&doc);
}

/* A week without any activity record keeps its 0 (DESIGN.md §5) and is
 * named in «Примечания», so nobody reads it as every teacher failing. */
static void
test_xlsx_week_without_data (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  Doc doc = { 0 };
  JsonArray *cells;
  gint64 notes;

  if (!sc_test_have_python ())
    return;
  g_assert_true (sc_database_exec (f->db, "DELETE FROM usage_week WHERE week_monday = '2023-11-13'", &error));
  doc_load (f, &doc, FALSE, 1);
  cells = sheet_cells (save_and_read (f, &doc, parser), "Отчёт");
  assert_figure (cells, "3.1.3", "13–19 ноября 2023", 0, "#,##0");
  notes = row_of (cells, "Примечания");
  g_assert_cmpstr (cell_string (find_cell (cells, notes + 1, 1)), !=, NULL);
  g_assert_true (same_text (cell_string (find_cell (cells, notes + 1, 1)),
                            "Нет данных за неделю 13–19 ноября 2023: активность педагогов не загружена, "
                            "поэтому за эту неделю норматив не засчитан никому."));
  g_assert_null (find_text (cells, "Нет данных за неделю 6–12 ноября 2023: активность педагогов не загружена, "
                                   "поэтому за эту неделю норматив не засчитан никому."));
  doc_clear (&doc);
}

/* ---- the PDF ------------------------------------------------------------- */

/* The text of one page (0: all, pages split by form feeds), no-break
 * spaces read as spaces. */
static char *
pdf_text (const char *path,
          int         page)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autofree char *number = g_strdup_printf ("%d", MAX (page, 1));
  const char *argv[] = { tool, "-layout", "-f", number, "-l", number, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *joined = NULL;
  int status;

  if (tool == NULL)
    return NULL;
  if (page == 0)
    argv[2] = argv[3] = argv[4] = argv[5] = "-layout";
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  parts = g_strsplit (out, NBSP, -1);
  joined = g_strjoinv (" ", parts);
  g_strfreev (parts);
  parts = g_strsplit (joined, "\u202f", -1);
  return g_strjoinv (" ", parts);
}

static int
count_pages (const char *all_text)
{
  int n = 0;

  for (const char *p = all_text; *p != '\0'; p++)
    n += *p == '\f';
  return n;
}

static char *
save_pdf (Fixture *f,
          Doc     *doc)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  char *path = g_build_filename (f->dir, "report.pdf", NULL);

  g_assert_true (sc_report_pdf_save (path, doc->report, doc->organization, doc->figures, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  return path;
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  Doc doc = { 0 };

  doc_load (f, &doc, TRUE, 1);
  path = save_pdf (f, &doc);
  text = pdf_text (path, 0);
  if (text == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      doc_clear (&doc);
      return;
    }
  g_assert_nonnull (strstr (text, FIXTURE_COLLEGE));
  g_assert_nonnull (strstr (text, "Министерство образования Тверской"));   /* wraps in its block */
  g_assert_nonnull (strstr (text, "Основание: приказ № 1301/ПК от 09.11.2023"));
  g_assert_nonnull (strstr (text, "57,1 %"));   /* students connected */
  g_assert_nonnull (strstr (text, "3.1.5"));
  g_assert_nonnull (strstr (text, "А. С. Петрова"));
  g_assert_nonnull (strstr (text, "Исполнитель: Смирнов Олег Викторович, тел. +7 (963) 566-42-64"));
  g_assert_null (strstr (text, "Teachers"));
  g_assert_null (strstr (text, "Page"));
  for (guint s = 0; fixture_student_surnames[s] != NULL; s++)
    g_assert_null (strstr (text, fixture_student_surnames[s]));
  doc_clear (&doc);
  keep_if_asked (f);
}

/* The page that holds the table's last line holds the signatures, and no
 * other page does; every page but the first is numbered. */
static void
assert_signatures_on_table_page (const char *path)
{
  g_autofree char *all = pdf_text (path, 0);
  int n_pages = count_pages (all), table_end = 0;

  for (int page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_text (path, page);

      if (strstr (text, "Звонков на педагога в неделю, в среднем") != NULL)
        {
          table_end = page;
          g_assert_nonnull (strstr (text, "Директор"));
          g_assert_nonnull (strstr (text, "А. С. Петрова"));
          g_assert_nonnull (strstr (text, "О. В. Смирнов"));
        }
      else
        g_assert_null (strstr (text, "А. С. Петрова"));
      if (page > 1)
        {
          g_autofree char *number = g_strdup_printf ("%d", page);
          g_assert_true (g_str_has_prefix (g_strchug (text), number));
        }
    }
  g_assert_cmpint (table_end, >, 0);
  g_assert_false (g_regex_match_simple ("2023\\s*\\n\\s*г\\.", all, 0, 0));
}

/* Long «Проблемы» and «Принятые меры» of growing length move the table's
 * end down every page; the signatures follow it each time. */
static void
test_pdf_signatures (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");

  if (tool == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  for (guint repeats = 1; repeats <= 9; repeats++)
    {
      g_autofree char *path = NULL;
      Doc doc = { 0 };

      doc_load (f, &doc, FALSE, repeats);
      path = save_pdf (f, &doc);
      assert_signatures_on_table_page (path);
      doc_clear (&doc);
    }
  keep_if_asked (f);
}

/* A failed export leaves neither the file nor a temporary one. */
static void
test_failed_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "report.xlsx", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "a-folder.pdf", NULL);
  g_autofree char *temp = g_strconcat (folder, ".tmp", NULL);
  Doc doc = { 0 };

  doc_load (f, &doc, FALSE, 1);
  g_assert_false (sc_report_xlsx_save (missing, doc.report, doc.organization, doc.figures, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sc_report_pdf_save (missing, doc.report, doc.organization, doc.figures, &error));
  g_clear_error (&error);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);   /* renaming over a folder fails */
  g_assert_false (sc_report_pdf_save (folder, doc.report, doc.organization, doc.figures, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_false (g_file_test (temp, G_FILE_TEST_EXISTS));
  g_rmdir (folder);
  doc_clear (&doc);
}

int
main (int    argc,
      char **argv)
{
  /* The locale the suite gives (ru_RU.UTF-8 or C.UTF-8), as a user's PC,
   * and the Russian of the catalogue built here. */
  sc_test_init (&argc, &argv);
  g_test_add ("/sc/report/export/xlsx", Fixture, NULL, fixture_set_up, test_xlsx, fixture_tear_down);
  g_test_add ("/sc/report/export/xlsx-long-narrative", Fixture, NULL, fixture_set_up, test_xlsx_long_narrative, fixture_tear_down);
  g_test_add ("/sc/report/export/xlsx-teachers", Fixture, NULL, fixture_set_up, test_xlsx_teachers, fixture_tear_down);
  g_test_add ("/sc/report/export/xlsx-no-chats", Fixture, NULL, fixture_set_up, test_xlsx_no_chats, fixture_tear_down);
  g_test_add ("/sc/report/export/xlsx-week-without-data", Fixture, NULL, fixture_set_up, test_xlsx_week_without_data, fixture_tear_down);
  g_test_add ("/sc/report/export/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/sc/report/export/pdf-signatures", Fixture, NULL, fixture_set_up, test_pdf_signatures, fixture_tear_down);
  g_test_add ("/sc/report/export/failed", Fixture, NULL, fixture_set_up, test_failed_export, fixture_tear_down);
  return g_test_run ();
}

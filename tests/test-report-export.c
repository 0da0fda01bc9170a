/* test-report-export.c — the XLSX read back by openpyxl, the PDF by pdftotext
 *
 * Set SC_TEST_KEEP=1 to keep the files (the folder is printed) and look at
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "sc-report-pdf.h"
#include "sc-report-xlsx.h"
#include "test-report-fixture.h"

#define PYTHON "/usr/bin/python3"

typedef struct
{
  ScReport        *report;
  ScOrgProfile    *profile;
  ScReportFigures *figures;
} Doc;

static void
doc_load (Fixture  *f,
          Doc      *doc,
          gboolean  with_teachers)
{
  g_autoptr(GError) error = NULL;

  doc->report = sc_report_get_or_create (f->db, "2023-11", &error);
  g_assert_no_error (error);
  g_free (doc->report->problems);
  doc->report->problems = g_strdup ("Два педагога без смартфона; у группы ЭК-11 чат ещё не создан.\n"
                                    "Студенты ИС-22 ждут приглашений от куратора.");
  g_free (doc->report->measures);
  doc->report->measures = g_strdup ("Проведена консультация для кураторов 21.11.2023.");
  doc->report->include_teachers = with_teachers;
  g_assert_true (sc_report_save (f->db, doc->report, &error));
  doc->profile = sc_org_profile_load (f->db, &error);
  doc->figures = sc_report_load_figures (f->db, doc->report, &error);
  g_assert_no_error (error);
}

static void
doc_clear (Doc *doc)
{
  sc_report_free (doc->report);
  sc_org_profile_free (doc->profile);
  sc_report_figures_free (doc->figures);
}

static void
keep_if_asked (Fixture *f)
{
  if (g_getenv ("SC_TEST_KEEP") == NULL)
    return;
  g_printerr ("kept %s\n", f->dir);
  f->dir[0] = '\0';   /* fixture_tear_down then removes nothing */
}

/* The workbook as openpyxl sees it, or NULL (test skipped) without python3. */
static JsonObject *
read_back (const char *path,
           JsonParser *parser)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "read-report-xlsx.py", NULL);
  const char *argv[] = { PYTHON, script, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("needs " PYTHON " with python3-openpyxl");
      return NULL;
    }
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("read-report-xlsx.py failed: %s", err);
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

static JsonArray *
find_text (JsonArray  *cells,
           const char *text)
{
  for (guint i = 0; i < json_array_get_length (cells); i++)
    {
      JsonArray *cell = json_array_get_array_element (cells, i);
      JsonNode *value = json_array_get_element (cell, 2);
      if (json_node_get_value_type (value) == G_TYPE_STRING &&
          g_strcmp0 (json_node_get_string (value), text) == 0)
        return cell;
    }
  return NULL;
}

static double
cell_number (JsonArray *cell)
{
  JsonNode *value = json_array_get_element (cell, 2);

  g_assert_true (json_node_get_value_type (value) == G_TYPE_INT64 ||
                 json_node_get_value_type (value) == G_TYPE_DOUBLE);
  return json_node_get_double (value);
}

static void
assert_data_sheet (JsonObject            *book,
                   const ScReportFigures *figures)
{
  JsonArray *cells = sheet_cells (book, "Данные");

  for (guint i = 0; i < figures->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (figures->figures, i);
      JsonArray *code = find_text (cells, figure->code);
      JsonArray *value;

      g_assert_nonnull (code);
      g_assert_cmpint (json_array_get_int_element (code, 1), ==, 1);
      value = find_cell (cells, json_array_get_int_element (code, 0), 2);
      g_assert_nonnull (value);
      g_assert_cmpfloat_with_epsilon (cell_number (value), figure->value, 1e-9);
    }
  /* Nothing else in column A: one row per figure. */
  for (guint i = 0, n = 0; i < json_array_get_length (cells); i++)
    if (json_array_get_int_element (json_array_get_array_element (cells, i), 1) == 1)
      g_assert_cmpuint (++n, <=, figures->figures->len);
}

/* Every figure's label on «Отчёт» with its value beside it, as a number. */
static void
assert_report_sheet (JsonObject            *book,
                     const ScReportFigures *figures)
{
  JsonArray *cells = sheet_cells (book, "Отчёт");
  JsonObject *print = json_object_get_object_member (json_object_get_object_member (book, "print"), "Отчёт");

  for (guint i = 0; i < figures->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (figures->figures, i);
      JsonArray *label = find_text (cells, figure->label);
      JsonArray *value;

      g_assert_nonnull (label);
      value = find_cell (cells, json_array_get_int_element (label, 0), 3);
      g_assert_nonnull (value);
      g_assert_cmpfloat_with_epsilon (cell_number (value), figure->value, 1e-9);
      if (sc_figure_is_percent (figure))
        {
          g_assert_cmpstr (json_array_get_string_element (value, 3), ==, "0.0");
          g_assert_nonnull (find_cell (cells, json_array_get_int_element (label, 0), 4));
        }
    }
  g_assert_nonnull (find_text (cells, FIXTURE_COLLEGE));
  g_assert_cmpint (json_object_get_int_member (print, "paper"), ==, 9);
  g_assert_cmpstr (json_object_get_string_member (print, "orientation"), ==, "portrait");
  g_assert_cmpint (json_object_get_int_member (print, "fit_width"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (print, "fit_height"), ==, 0);
  g_assert_false (json_object_get_null_member (print, "area"));
}

static void
assert_texts (JsonObject *book)
{
  JsonArray *cells = sheet_cells (book, "Отчёт");
  g_autofree char *period = sc_report_format_period ("2023-11");
  gboolean head = FALSE;

  g_assert_nonnull (find_text (cells, period));
  g_assert_nonnull (find_text (cells, "Проведена консультация для кураторов 21.11.2023."));
  for (guint i = 0; i < json_array_get_length (cells); i++)
    {
      JsonNode *value = json_array_get_element (json_array_get_array_element (cells, i), 2);
      if (json_node_get_value_type (value) == G_TYPE_STRING)
        head = head || strstr (json_node_get_string (value), "/Петрова Анна Сергеевна/") != NULL;
    }
  g_assert_true (head);
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
          JsonNode *value = json_array_get_element (json_array_get_array_element (array, i), 2);
          if (json_node_get_value_type (value) != G_TYPE_STRING)
            continue;
          for (guint s = 0; fixture_student_surnames[s] != NULL; s++)
            g_assert_null (strstr (json_node_get_string (value), fixture_student_surnames[s]));
        }
    }
}

static void
assert_groups_sheet (JsonObject *book)
{
  JsonArray *cells = sheet_cells (book, "Группы");
  JsonArray *code = find_text (cells, "ИС-21");
  JsonObject *formulas = json_object_get_object_member (book, "formulas");

  g_assert_nonnull (code);
  g_assert_cmpfloat (cell_number (find_cell (cells, json_array_get_int_element (code, 0), 4)), ==, 4);
  g_assert_cmpfloat (cell_number (find_cell (cells, json_array_get_int_element (code, 0), 6)), ==, 50.0);
  g_assert_cmpint (json_object_get_int_member (formulas, "Группы"), >=, 3);
  g_assert_null (find_text (cells, "ЭК-12"));   /* no active students */
}

static JsonObject *
save_and_read (Fixture    *f,
               Doc        *doc,
               JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "report.xlsx", NULL);
  g_autofree char *temp = g_strconcat (path, ".tmp", NULL);

  g_assert_true (sc_report_xlsx_save (path, doc->report, doc->profile, doc->figures, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (temp, G_FILE_TEST_EXISTS));
  return read_back (path, parser);
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

  doc_load (f, &doc, FALSE);
  book = save_and_read (f, &doc, parser);
  if (book != NULL)
    {
      assert_sheets (book, sheets);
      assert_data_sheet (book, doc.figures);
      assert_report_sheet (book, doc.figures);
      assert_texts (book);
      assert_groups_sheet (book);
      assert_no_students (book);
    }
  doc_clear (&doc);
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

  doc_load (f, &doc, TRUE);
  book = save_and_read (f, &doc, parser);
  if (book != NULL)
    {
      JsonArray *cells = sheet_cells (book, "Педагоги");
      JsonArray *teacher = find_text (cells, "Борисова Мария Ивановна");

      assert_sheets (book, sheets);
      g_assert_nonnull (teacher);
      /* Week 30.10: 10 messages and 1 call; week 06.11: 9 messages. */
      g_assert_cmpfloat (cell_number (find_cell (cells, json_array_get_int_element (teacher, 0), 2)), ==, 10);
      g_assert_cmpfloat (cell_number (find_cell (cells, json_array_get_int_element (teacher, 0), 5)), ==, 9);
      g_assert_null (find_text (cells, "Дмитриев Олег Сергеевич"));   /* left on 30.11 */
      assert_data_sheet (book, doc.figures);
      assert_no_students (book);
    }
  doc_clear (&doc);
  keep_if_asked (f);
}

/* A Russian locale for LC_NUMERIC: an installed one, or one compiled into
 * the test's folder with localedef (glibc reads LOCPATH on every
 * setlocale()). */
static gboolean
set_comma_locale (const char *dir)
{
  const char *const names[] = { "ru_RU.UTF-8", "ru_RU.utf8", "de_DE.UTF-8", NULL };
  g_autofree char *tool = g_find_program_in_path ("localedef");
  g_autofree char *out = g_build_filename (dir, "ru_RU.UTF-8", NULL);
  const char *argv[] = { tool, "-i", "ru_RU", "-f", "UTF-8", out, NULL };
  gboolean found;
  int status = -1;

  for (guint i = 0; names[i] != NULL; i++)
    if (setlocale (LC_NUMERIC, names[i]) != NULL)
      return localeconv ()->decimal_point[0] == ',';
  if (tool == NULL ||
      !g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return FALSE;
  g_setenv ("LOCPATH", dir, TRUE);
  found = setlocale (LC_NUMERIC, "ru_RU.UTF-8") != NULL;
  /* Loaded now; glibc's newlocale() leaks its copy of LOCPATH, so unset it. */
  g_unsetenv ("LOCPATH");
  return found && localeconv ()->decimal_point[0] == ',';
}

/* Under a locale whose decimal separator is a comma the numbers must still
 * be written as numbers ("57.1", not "57,1"). */
static void
test_xlsx_comma_locale (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *previous = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *locales = g_build_filename (f->dir, "locales", NULL);
  Doc doc = { 0 };
  JsonObject *book;

  g_mkdir (locales, 0700);
  if (!set_comma_locale (locales))
    {
      setlocale (LC_NUMERIC, previous);
      g_test_skip ("no locale with a decimal comma is available");
      return;
    }
  doc_load (f, &doc, FALSE);
  book = save_and_read (f, &doc, parser);
  setlocale (LC_NUMERIC, previous);
  if (book != NULL)
    {
      assert_data_sheet (book, doc.figures);
      assert_report_sheet (book, doc.figures);
    }
  doc_clear (&doc);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  const char *argv[] = { tool, "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (tool == NULL)
    return NULL;
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  Doc doc = { 0 };

  doc_load (f, &doc, TRUE);
  g_assert_true (sc_report_pdf_save (path, doc.report, doc.profile, doc.figures, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  text = pdf_text (path);
  if (text == NULL)
    g_test_skip ("pdftotext (poppler-utils) is not installed");
  else
    {
      g_assert_nonnull (strstr (text, FIXTURE_COLLEGE));
      g_assert_nonnull (strstr (text, "57,1"));   /* students connected, % */
      g_assert_nonnull (strstr (text, "Петрова Анна Сергеевна"));
      for (guint s = 0; fixture_student_surnames[s] != NULL; s++)
        g_assert_null (strstr (text, fixture_student_surnames[s]));
    }
  doc_clear (&doc);
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

  doc_load (f, &doc, FALSE);
  g_assert_false (sc_report_xlsx_save (missing, doc.report, doc.profile, doc.figures, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sc_report_pdf_save (missing, doc.report, doc.profile, doc.figures, &error));
  g_clear_error (&error);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);   /* renaming over a folder fails */
  g_assert_false (sc_report_pdf_save (folder, doc.report, doc.profile, doc.figures, &error));
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
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sc/report/export/xlsx", Fixture, NULL, fixture_set_up, test_xlsx, fixture_tear_down);
  g_test_add ("/sc/report/export/xlsx-teachers", Fixture, NULL, fixture_set_up, test_xlsx_teachers, fixture_tear_down);
  g_test_add ("/sc/report/export/xlsx-comma-locale", Fixture, NULL, fixture_set_up, test_xlsx_comma_locale, fixture_tear_down);
  g_test_add ("/sc/report/export/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/sc/report/export/failed", Fixture, NULL, fixture_set_up, test_failed_export, fixture_tear_down);
  return g_test_run ();
}

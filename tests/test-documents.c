/* test-documents.c — every document the program writes, on a Russian PC
 * and on any other: the same text, in Russian, with valid numbers
 *
 * The report (with and without «Педагоги»), the chat plan and the
 * not-connected lists are written once under ru_RU.UTF-8 (a decimal
 * comma) and once under C.UTF-8, in this process. Each XLSX is unzipped
 * and every number in it must parse with a decimal point
 * (check-xlsx-numbers.py); each is read back by openpyxl and by our own
 * reader, which must agree; the two runs must read the same, and the text
 * must be Russian. The PDF's text must be the same in both runs too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "sc-chat-xlsx.h"
#include "sc-missing-xlsx.h"
#include "sc-report-pdf.h"
#include "sc-report-xlsx.h"
#include "sc-table-reader.h"
#include "test-report-fixture.h"

#define AS_OF "2023-11-30"

static const char *const documents[] = {
  "report.xlsx", "report-teachers.xlsx", "plan.xlsx", "missing.xlsx", NULL
};

/* Texts of the English interface that must never reach a document. */
static const char *const english[] = {
  "Teachers", "Group ", "Page ", "Chat plan", "Not connected", "Report on", "Indicator",
  "Members", "Curator", "Norm", "Head", "No data", "Below the norm", "Created", NULL
};

/* ---- writing -------------------------------------------------------------- */

static void
prepare (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  /* A phone for the lists: Ковалёв of ИС-21 is invited, not connected. */
  g_assert_true (sc_database_exec (f->db, "UPDATE person SET phone = '89635664264' WHERE last_name = 'Ковалёв'",
                                   &error));
  g_assert_no_error (error);
}

static void
write_report (Fixture    *f,
              const char *dir,
              gboolean    with_teachers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReport) report = sc_report_load (f->db, "2023-11", &error);
  g_autoptr(ScOrganization) organization = sc_organization_load (f->db, &error);
  g_autoptr(ScReportFigures) figures = NULL;
  g_autofree char *xlsx = g_build_filename (dir, with_teachers ? "report-teachers.xlsx" : "report.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);

  g_assert_no_error (error);
  g_free (report->problems);
  report->problems = g_strdup ("Два педагога без смартфона.");
  report->include_teachers = with_teachers;
  figures = sc_report_load_figures (f->db, report, &error);
  g_assert_no_error (error);
  g_assert_true (sc_report_xlsx_save (xlsx, report, organization, figures, &error));
  g_assert_no_error (error);
  if (!with_teachers)
    g_assert_true (sc_report_pdf_save (pdf, report, organization, figures, &error));
  g_assert_no_error (error);
}

/* Every document, written under @locale into a folder of its own. */
static char *
write_all (Fixture    *f,
           const char *locale)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));
  char *dir = g_build_filename (f->dir, locale, NULL);
  g_autofree char *plan = g_build_filename (dir, "plan.xlsx", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.xlsx", NULL);

  g_assert_nonnull (setlocale (LC_ALL, locale));
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  write_report (f, dir, FALSE);
  write_report (f, dir, TRUE);
  g_assert_true (sc_chat_xlsx_write (f->db, plan, AS_OF, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_missing_xlsx_write (f->db, AS_OF, missing, &error), ==, 4);
  g_assert_no_error (error);
  setlocale (LC_ALL, previous);
  return dir;
}

/* Every number inside the zip with a decimal point. */
static void
assert_c_numbers (const char *path)
{
  /* The script fails, listing the numbers written with a comma, if any. */
  g_free (sc_test_python_script ("check-xlsx-numbers.py", path));
}

static JsonObject *
read_openpyxl (const char *path,
               JsonParser *parser)
{
  g_autofree char *out = sc_test_python_script ("read-report-xlsx.py", path);
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* The cell at an XLSX row (1-based) and column as our reader gives it. */
static const char *
own_cell (ScTable *table,
          gint64   row,
          gint64   column)
{
  for (guint i = 0; i < sc_table_get_n_rows (table); i++)
    if (sc_table_get_line (table, i) == row)
      return sc_table_get_cell (table, i, column - 1);
  return "";
}

/* openpyxl and our reader see the same texts and numbers on @sheet. */
static void
assert_readers_agree (const char *path,
                      const char *sheet,
                      JsonArray  *cells)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScTable) table = sc_table_read_file_sheet (path, sheet, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < json_array_get_length (cells); i++)
    {
      JsonArray *cell = json_array_get_array_element (cells, i);
      JsonNode *value = json_array_get_element (cell, 2);
      const char *own = own_cell (table, json_array_get_int_element (cell, 0),
                                  json_array_get_int_element (cell, 1));
      GType type = json_node_get_value_type (value);

      if (type == G_TYPE_STRING && !g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\d$", json_node_get_string (value), 0, 0))
        g_assert_cmpstr (own, ==, json_node_get_string (value));
      else if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
        g_assert_cmpfloat_with_epsilon (g_ascii_strtod (own, NULL), json_node_get_double (value), 1e-9);
    }
}

/* All the texts of a workbook, one a line, sheet by sheet. */
static void
append_texts (GString    *out,
              JsonObject *book)
{
  JsonArray *sheets = json_object_get_array_member (book, "sheets");
  JsonObject *cells = json_object_get_object_member (book, "cells");

  for (guint s = 0; s < json_array_get_length (sheets); s++)
    {
      const char *name = json_array_get_string_element (sheets, s);
      JsonArray *array = json_object_get_array_member (cells, name);

      g_string_append_printf (out, "[%s]\n", name);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonArray *cell = json_array_get_array_element (array, i);
          JsonNode *value = json_array_get_element (cell, 2);
          g_autofree char *text = json_node_get_value_type (value) == G_TYPE_STRING
            ? g_strdup (json_node_get_string (value))
            : g_strdup_printf ("%.10g", json_node_get_double (value));

          g_string_append_printf (out, "%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT " %s\n",
                                  json_array_get_int_element (cell, 0),
                                  json_array_get_int_element (cell, 1), text);
        }
    }
}

/* Reads one workbook both ways; returns its texts. */
static char *
read_document (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) texts = g_string_new (NULL);
  JsonObject *book;
  JsonArray *sheets;

  assert_c_numbers (path);
  book = read_openpyxl (path, parser);
  sheets = json_object_get_array_member (book, "sheets");
  for (guint s = 0; s < json_array_get_length (sheets); s++)
    {
      const char *name = json_array_get_string_element (sheets, s);
      assert_readers_agree (path, name,
                            json_object_get_array_member (json_object_get_object_member (book, "cells"), name));
    }
  append_texts (texts, book);
  return g_strdup (texts->str);
}

static void
assert_russian (const char *name,
                const char *texts,
                const char *expected)
{
  if (strstr (texts, expected) == NULL)
    g_error ("%s does not say «%s»:\n%s", name, expected, texts);
  for (guint i = 0; english[i] != NULL; i++)
    if (strstr (texts, english[i]) != NULL)
      g_error ("%s says «%s» in English:\n%s", name, english[i], texts);
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
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* ---- the test ------------------------------------------------------------- */

static gboolean
have_locales (void)
{
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));
  gboolean ru = setlocale (LC_ALL, "ru_RU.UTF-8") != NULL &&
                localeconv ()->decimal_point[0] == ',';

  setlocale (LC_ALL, previous);
  return ru;
}

static void
test_same_in_both_locales (Fixture       *f,
                           gconstpointer  data)
{
  const char *const says[] = {
    "Отчёт об использовании ИКОП «Сферум»", "Сообщения и звонки педагогов по неделям",
    "Педагогический", "Не подключены к «Сферуму» на 30.11.2023",
  };
  g_autofree char *ru = NULL;
  g_autofree char *c = NULL;
  g_autofree char *ru_pdf_path = NULL;
  g_autofree char *c_pdf_path = NULL;
  g_autofree char *ru_pdf = NULL;
  g_autofree char *c_pdf = NULL;

  if (!sc_test_have_python ())
    return;
  if (!have_locales ())
    {
      g_test_skip ("the ru_RU.UTF-8 locale is not installed (build-aux/setup generates it)");
      return;
    }
  prepare (f);
  /* The chat plan needs chats made by the templates: one of them, with
   * its Russian title, whatever the locale. */
  g_assert_true (sc_database_exec (f->db, "INSERT INTO chat (title, kind, status) VALUES"
                                   " ('Педагогический коллектив', 'staff', 'planned')", NULL));
  ru = write_all (f, "ru_RU.UTF-8");
  c = write_all (f, "C.UTF-8");
  for (guint i = 0; documents[i] != NULL; i++)
    {
      g_autofree char *ru_path = g_build_filename (ru, documents[i], NULL);
      g_autofree char *c_path = g_build_filename (c, documents[i], NULL);
      g_autofree char *ru_texts = read_document (ru_path);
      g_autofree char *c_texts = read_document (c_path);

      g_assert_cmpstr (ru_texts, ==, c_texts);
      assert_russian (documents[i], ru_texts, says[MIN (i, G_N_ELEMENTS (says) - 1)]);
      if (g_str_equal (documents[i], "missing.xlsx"))
        g_assert_nonnull (strstr (ru_texts, "Ковалёв Виктор\n"));
    }
  ru_pdf_path = g_build_filename (ru, "report.pdf", NULL);
  c_pdf_path = g_build_filename (c, "report.pdf", NULL);
  ru_pdf = pdf_text (ru_pdf_path);
  c_pdf = pdf_text (c_pdf_path);
  if (ru_pdf != NULL)
    {
      g_assert_cmpstr (ru_pdf, ==, c_pdf);
      g_assert_nonnull (strstr (ru_pdf, "Отчёт об использовании ИКОП «Сферум»"));
      for (guint i = 0; english[i] != NULL; i++)
        g_assert_null (strstr (ru_pdf, english[i]));
    }
}

int
main (int    argc,
      char **argv)
{
  /* The locale the suite gives (ru_RU.UTF-8 or C.UTF-8), as a user's PC,
   * and the Russian of the catalogue built here. */
  sc_test_init (&argc, &argv);
  g_test_add ("/sc/documents/same-in-both-locales", Fixture, NULL, fixture_set_up,
              test_same_in_both_locales, fixture_tear_down);
  return g_test_run ();
}

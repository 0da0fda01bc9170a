/* test-summary.c — the regional summary (issue 16) over report files the
 * program made for several demonstration colleges: the totals against
 * figures worked out here from each college's own `report --json`, every
 * kind of bad file with its reason, the workbook and the PDF as a reader
 * sees them, and summaries summarised again
 *
 * Runs on a Russian PC and under C.UTF-8 with an English interface: the
 * documents are Russian either way, their numbers with a decimal point.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <minizip/zip.h>
#include <stdlib.h>
#include <utime.h>
#include <xlsxwriter.h>
#include <zlib.h>

#include "sc-report-figures.h"
#include "sc-summary-pdf.h"
#include "sc-summary-task.h"
#include "sc-summary-xlsx.h"
#include "sc-table-reader.h"
#include "sc-demo.h"
#include "test-summary-fixture.h"

#define PYTHON "/usr/bin/python3"
#define N_COLLEGES 3

static char *dir;
static College *colleges[N_COLLEGES];   /* seeds 2, 3, 4: November 2023 */
static College *october;                /* seed 2: October 2023 */

/* ---- helpers ----------------------------------------------------------- */

static char *
make_folder (const char *name)
{
  char *folder = g_build_filename (dir, name, NULL);

  remove_tree (folder);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  return folder;
}

static char *
copy_into (const char *folder,
           const char *source,
           const char *name)
{
  g_autofree char *contents = NULL;
  char *path = g_build_filename (folder, name, NULL);
  gsize len;

  g_assert_true (g_file_get_contents (source, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  return path;
}

static void
set_mtime (const char *path,
           gint64      seconds)
{
  struct utimbuf times = { seconds, seconds };

  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

static ScSummary *
summarize (const char *folder,
           const char *expected,
           const char *month)
{
  const char *paths[] = { folder, NULL };
  ScSummaryRequest request = { (GStrv)paths, (char *)expected, (char *)month, NULL };
  g_autoptr(GError) error = NULL;
  ScSummary *summary = sc_summary_build (&request, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (summary);
  return summary;
}

/* The problems listed for the file called @name. */
static GPtrArray *
problems_of (ScSummary  *summary,
             const char *name)
{
  GListModel *problems = sc_summary_get_problems (summary);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      ScSummaryProblem *problem = g_list_model_get_item (problems, i);

      if (g_str_equal (sc_summary_problem_get_file_name (problem), name))
        g_ptr_array_add (found, problem);
      else
        g_object_unref (problem);
    }
  return found;
}

/* @name has one problem, refused or counted as said, whose message says
 * @phrase (in the English source: the test does not depend on the
 * language), and a reason put into words. */
static void
assert_problem (ScSummary  *summary,
                const char *name,
                gboolean    counted,
                const char *phrase)
{
  g_autoptr(GPtrArray) found = problems_of (summary, name);
  ScSummaryProblem *problem;
  g_autofree char *text = NULL;

  if (found->len != 1)
    g_error ("%s: %u problems, expected one saying “%s”", name, found->len, phrase);
  problem = g_ptr_array_index (found, 0);
  text = sc_summary_problem_dup_text (problem);
  if (strstr (sc_summary_reason_get_msgid (sc_summary_problem_get_reason (problem)), phrase) == NULL)
    g_error ("%s: “%s”, expected “%s”", name, text, phrase);
  g_assert_cmpint (sc_summary_problem_get_counted (problem), ==, counted);
  g_assert_cmpuint (strlen (text), >, 20);
  g_assert_null (strstr (text, "%s"));
}

static guint
n_counted (ScSummary *summary)
{
  return g_list_model_get_n_items (sc_summary_get_colleges (summary));
}

/* Every figure of the summary is the one worked out here. */
static void
assert_totals (ScSummary  *summary,
               GHashTable *expected)
{
  ScSummaryCodes *codes = sc_summary_get_codes (summary);

  g_assert_cmpuint (sc_summary_codes_get_n (codes), ==, g_hash_table_size (expected));
  for (guint i = 0; i < sc_summary_codes_get_n (codes); i++)
    {
      const char *code = sc_summary_codes_get (codes, i)->code;

      if (fabs (sc_summary_get_total (summary, code) - total_of (expected, code)) > 1e-9)
        g_error ("%s: the summary has %g, the colleges' own figures make %g", code,
                 sc_summary_get_total (summary, code), total_of (expected, code));
    }
}

static char *
folder_of_colleges (const char *name)
{
  char *folder = make_folder (name);

  for (guint i = 0; i < N_COLLEGES; i++)
    {
      g_autofree char *base = g_path_get_basename (colleges[i]->xlsx);
      g_autofree char *copy = copy_into (folder, colleges[i]->xlsx, base);
    }
  return folder;
}

/* ---- the figures ------------------------------------------------------- */

/* The summary knows the report's figures in the report's order, and works
 * out its shares and averages as the report does. */
static void
test_codes_match_report (void)
{
  g_autoptr(ScSummaryCodes) codes = sc_summary_codes_new (MONTH);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_open (colleges[0]->db, &error);
  g_autoptr(ScReportFigures) figures = NULL;
  g_autofree double *values = NULL;

  g_assert_no_error (error);
  figures = sc_report_figures_compute (db, MONTH, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sc_summary_codes_get_n (codes), ==, figures->figures->len);
  values = g_new0 (double, figures->figures->len);
  for (guint i = 0; i < figures->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (figures->figures, i);

      g_assert_cmpstr (sc_summary_codes_get (codes, i)->code, ==, figure->code);
      values[i] = figure->value;
    }
  for (guint i = 0; i < figures->figures->len; i++)
    g_assert_cmpfloat (sc_summary_codes_derive (codes, values, i), ==, values[i]);
  g_assert_cmpuint (sc_summary_codes_get_n_weeks (codes), ==, 5);
}

static void
test_totals (void)
{
  g_autofree char *folder = folder_of_colleges ("totals");
  g_autoptr(ScSummary) summary = summarize (folder, NULL, MONTH);
  g_autoptr(GHashTable) expected = expected_totals (colleges, N_COLLEGES);
  GListModel *rows = sc_summary_get_colleges (summary);
  double previous = -1;

  g_assert_cmpstr (sc_summary_get_month (summary), ==, MONTH);
  g_assert_false (sc_summary_has_problems (summary));
  g_assert_cmpuint (sc_summary_get_n_colleges (summary), ==, N_COLLEGES);
  assert_totals (summary, expected);
  /* The region's share is not the average of the colleges' shares. */
  g_assert_cmpfloat (sc_summary_get_total (summary, "students_connected_pct"), !=,
                     round (10 * (college_get (colleges[0], "students_connected_pct") +
                                  college_get (colleges[1], "students_connected_pct") +
                                  college_get (colleges[2], "students_connected_pct")) / 3) / 10);
  /* Worst first, each row its college's own figures. */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ScSummaryReport) report = g_list_model_get_item (rows, i);
      double share = sc_summary_report_get_value (report, "students_connected_pct");
      g_autofree char *expected_name = NULL;
      College *own = NULL;

      g_assert_cmpfloat (share, >=, previous);
      previous = share;
      for (guint k = 0; k < N_COLLEGES; k++)
        {
          g_autofree char *base = g_path_get_basename (colleges[k]->xlsx);
          if (g_str_has_suffix (sc_summary_report_get_path (report), base))
            own = colleges[k];
        }
      g_assert_nonnull (own);
      expected_name = g_strdup_printf ("Демонстрационный колледж № %u", own->seed);
      g_assert_cmpstr (sc_summary_report_get_name (report), ==, expected_name);
      for (guint c = 0; c < own->codes->len; c++)
        g_assert_cmpfloat (sc_summary_report_get_value (report, g_ptr_array_index (own->codes, c)), ==,
                           college_get (own, g_ptr_array_index (own->codes, c)));
    }
}

/* ---- the files a ministry receives -------------------------------------- */

static char *
write_text (const char *folder,
            const char *name,
            const char *text,
            gssize      len)
{
  char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_set_contents (path, text, len, NULL));
  return path;
}

/* The first half of a report: a mail attachment cut short. */
static void
write_truncated (const char *folder,
                 const char *source)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (source, &contents, &len, NULL));
  path = write_text (folder, "cut.xlsx", contents, len / 2);
}

/* Another workbook of the program that is not a report: the lists of who
 * is not connected. */
static void
write_other_workbook (const char *folder)
{
  g_autofree char *path = g_build_filename (folder, "не-подключены.xlsx", NULL);
  const char *const args[] = { "--db", colleges[0]->db, "export-missing", "--xlsx", path, NULL };
  Run run = { 0 };

  run_program (&run, args);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
}

/* Duplicate, other month, not a report, renamed text, cut file; and a list
 * of four colleges of which one sent nothing. */
static void
test_problems (void)
{
  g_autofree char *folder = folder_of_colleges ("problems");
  g_autofree char *older = g_build_filename (folder, "report-3-2023-11.xlsx", NULL);
  g_autofree char *newer = copy_into (folder, colleges[1]->xlsx, "колледж-3-исправленный.xlsx");
  g_autofree char *other_month = copy_into (folder, october->xlsx, "октябрь.xlsx");
  g_autofree char *renamed = write_text (folder, "письмо.xlsx", "Добрый день! Отчёт во вложении.\r\n", -1);
  g_autofree char *inn2 = g_strdup ("6900000029");
  g_autofree char *list = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(ScSummary) summary = NULL;
  g_autoptr(GHashTable) totals = expected_totals (colleges, N_COLLEGES);
  GPtrArray *missing;

  set_mtime (older, 1700000000);
  set_mtime (newer, 1700086400);
  write_other_workbook (folder);
  write_truncated (folder, colleges[2]->xlsx);
  /* № 2 by its ИНН under another spelling, № 3 by name, № 4 by both. */
  list = g_strdup_printf ("Колледжи, сдающие отчёт «Сферум» (на 01.12.2023)\r\n"
                          "№;Наименование;ИНН\r\n"
                          "1;ГБПОУ «Демонстрационный колледж № 2»;%s\r\n"
                          "2;Демонстрационный  колледж №3;\r\n"
                          "3;Демонстрационный колледж № 4;6900000043\r\n"
                          "4;ГБПОУ «Тверской колледж им. Ёлкина»;6950000011\r\n", inn2);
  expected = write_expected (dir, list);
  summary = summarize (folder, expected, MONTH);

  g_assert_cmpuint (n_counted (summary), ==, N_COLLEGES);
  assert_totals (summary, totals);
  assert_problem (summary, "report-3-2023-11.xlsx", FALSE, "is newer and is counted instead");
  {
    g_autoptr(GPtrArray) found = problems_of (summary, "report-3-2023-11.xlsx");
    g_autofree char *text = sc_summary_problem_dup_text (g_ptr_array_index (found, 0));
    /* Both files named: the one left out, and in its reason the one counted. */
    g_assert_nonnull (strstr (text, "колледж-3-исправленный.xlsx"));
  }
  assert_problem (summary, "октябрь.xlsx", FALSE, "not for %s");
  assert_problem (summary, "не-подключены.xlsx", FALSE, "has no «Данные» sheet");
  assert_problem (summary, "письмо.xlsx", FALSE, "Not an Excel workbook");
  assert_problem (summary, "cut.xlsx", FALSE, "damaged");
  g_assert_cmpuint (g_list_model_get_n_items (sc_summary_get_problems (summary)), ==, 5);
  missing = sc_summary_get_missing (summary);
  g_assert_cmpuint (missing->len, ==, 1);
  g_assert_cmpstr (((ScSummaryExpected *)g_ptr_array_index (missing, 0))->name, ==,
                   "ГБПОУ «Тверской колледж им. Ёлкина»");
  g_assert_cmpstr (((ScSummaryExpected *)g_ptr_array_index (missing, 0))->inn, ==, "6950000011");
  g_assert_true (sc_summary_has_problems (summary));
  g_assert_cmpuint (sc_summary_count_refused (summary), ==, 5);
}

/* The month is the one most reports are for, unless it is given. */
static void
test_month (void)
{
  g_autofree char *folder = folder_of_colleges ("month");
  g_autofree char *other = copy_into (folder, october->xlsx, "октябрь.xlsx");
  g_autoptr(ScSummary) summary = summarize (folder, NULL, NULL);
  g_auto(GStrv) months = sc_summary_list_months (summary);
  const char *const both[] = { "2023-11", "2023-10", NULL };

  g_assert_cmpstr (sc_summary_get_month (summary), ==, MONTH);
  g_assert_true (g_strv_equal ((const char *const *)months, both));
  sc_summary_set_month (summary, "2023-10");
  g_assert_cmpuint (n_counted (summary), ==, 1);
  g_assert_cmpfloat (sc_summary_get_total (summary, "students_total"), ==,
                     college_get (october, "students_total"));
  g_assert_cmpuint (sc_summary_codes_get_n_weeks (sc_summary_get_codes (summary)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (sc_summary_get_problems (summary)), ==, N_COLLEGES);
}

/* ---- «Данные» written by hand ---------------------------------------------- */

typedef struct
{
  char *code;
  char *value;
} Cell;

static void
cell_free (Cell *cell)
{
  g_free (cell->code);
  g_free (cell->value);
  g_free (cell);
}

static void
add_cell (GPtrArray  *cells,
          const char *code,
          const char *value)
{
  Cell *cell = g_new (Cell, 1);

  cell->code = g_strdup (code);
  cell->value = g_strdup (value);
  g_ptr_array_add (cells, cell);
}

static void
set_cell (GPtrArray  *cells,
          const char *code,
          const char *value)
{
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (cells, i);
      if (g_str_equal (cell->code, code))
        {
          g_free (cell->value);
          cell->value = g_strdup (value);
          return;
        }
    }
  add_cell (cells, code, value);
}

static void
remove_cell (GPtrArray  *cells,
             const char *code)
{
  for (guint i = 0; i < cells->len; i++)
    if (g_str_equal (((Cell *)g_ptr_array_index (cells, i))->code, code))
      g_ptr_array_remove_index (cells, i--);
}

/* A college's «Данные» in the report's layout, @name and @inn its own. */
static GPtrArray *
data_cells (const College *c,
            const char    *name,
            const char    *inn)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func ((GDestroyNotify)cell_free);
  guint weeks = 0;

  for (guint i = 0; i < c->codes->len; i++)
    weeks += g_str_has_prefix (g_ptr_array_index (c->codes, i), "week_") ? 1 : 0;
  add_cell (cells, "report_month", MONTH);
  add_cell (cells, "as_of", "2023-11-30");
  add_cell (cells, "organization_name", name);
  add_cell (cells, "organization_inn", inn);
  add_cell (cells, "platform", "max");
  add_cell (cells, "weeks_in_month", weeks == 5 ? "5" : "4");
  add_cell (cells, "app_version", "0.1.0");
  for (guint i = 0; i < c->codes->len; i++)
    {
      const char *code = g_ptr_array_index (c->codes, i);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      add_cell (cells, code, g_ascii_formatd (buf, sizeof buf, "%.15g", college_get (c, code)));
    }
  return cells;
}

static gboolean
is_number (const char *text)
{
  char *end = NULL;

  g_ascii_strtod (text, &end);
  return text[0] != '\0' && end != NULL && *end == '\0';
}

/* A workbook with a printed sheet and the hidden «Данные», as a report. */
static char *
write_data_book (const char *folder,
                 const char *name,
                 GPtrArray  *cells)
{
  char *path = g_build_filename (folder, name, NULL);
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *front = workbook_add_worksheet (book, "Отчёт");
  lxw_worksheet *data = workbook_add_worksheet (book, "Данные");

  worksheet_write_string (front, 0, 0, "Отчёт", NULL);
  worksheet_write_string (data, 0, 0, "Код", NULL);
  worksheet_write_string (data, 0, 1, "Значение", NULL);
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (cells, i);

      worksheet_write_string (data, i + 1, 0, cell->code, NULL);
      if (is_number (cell->value))
        worksheet_write_number (data, i + 1, 1, g_ascii_strtod (cell->value, NULL), NULL);
      else
        worksheet_write_string (data, i + 1, 1, cell->value, NULL);
    }
  worksheet_hide (data);
  g_assert_cmpint (workbook_close (book), ==, LXW_NO_ERROR);
  return path;
}

static void
write_variant (const char *folder,
               const char *file,
               const char *name,
               const char *code,
               const char *value)
{
  g_autoptr(GPtrArray) cells = data_cells (colleges[0], name, "");
  g_autofree char *path = NULL;

  if (code != NULL && value != NULL)
    set_cell (cells, code, value);
  else if (code != NULL)
    remove_cell (cells, code);
  path = write_data_book (folder, file, cells);
}

/* A zip whose «Данные» says it unpacks to 300 MB. */
static void
write_bomb (const char *folder)
{
  static const struct { const char *name; const char *content; } parts[] = {
    { "xl/workbook.xml",
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<sheets><sheet name=\"Данные\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
    { "xl/_rels/workbook.xml.rels",
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>" },
  };
  const char *sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>report_month</t></is></c></row></sheetData></worksheet>";
  g_autofree char *path = g_build_filename (folder, "bomb.xlsx", NULL);
  zipFile zip = zipOpen64 (path, APPEND_STATUS_CREATE);
  gsize len = strlen (sheet);

  g_assert_nonnull (zip);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_assert_cmpint (zipOpenNewFileInZip (zip, parts[i].name, NULL, NULL, 0, NULL, 0, NULL,
                                            Z_DEFLATED, Z_DEFAULT_COMPRESSION), ==, ZIP_OK);
      g_assert_cmpint (zipWriteInFileInZip (zip, parts[i].content, strlen (parts[i].content)), ==, ZIP_OK);
      g_assert_cmpint (zipCloseFileInZip (zip), ==, ZIP_OK);
    }
  g_assert_cmpint (zipOpenNewFileInZip2_64 (zip, "xl/worksheets/sheet1.xml", NULL, NULL, 0, NULL, 0,
                                            NULL, 0, 0, 1, 0), ==, ZIP_OK);
  g_assert_cmpint (zipWriteInFileInZip (zip, sheet, len), ==, ZIP_OK);
  g_assert_cmpint (zipCloseFileInZipRaw64 (zip, 300 * 1024 * 1024, crc32 (0, (const Bytef *)sheet, len)),
                   ==, ZIP_OK);
  g_assert_cmpint (zipClose (zip, NULL), ==, ZIP_OK);
}

/* Each bad «Данные» gets its reason; two files with remarks still count. */
static void
test_bad_data (void)
{
  g_autofree char *folder = make_folder ("bad");
  g_autofree char *students = NULL, *share = NULL, *more = NULL;
  g_autoptr(GPtrArray) dup = data_cells (colleges[0], "Колледж повторов", "");
  g_autoptr(GPtrArray) old = data_cells (colleges[0], "Старый колледж", "");
  g_autoptr(GPtrArray) unknown = data_cells (colleges[0], "Колледж У", "");
  g_autoptr(GPtrArray) empty = g_ptr_array_new_with_free_func ((GDestroyNotify)cell_free);
  g_autofree char *p1 = NULL, *p2 = NULL, *p3 = NULL, *p4 = NULL;
  g_autoptr(ScSummary) summary = NULL;
  double connected = college_get (colleges[0], "students_connected");
  double total = college_get (colleges[0], "students_total");

  share = g_strdup_printf ("%.1f", college_get (colleges[0], "students_connected_pct") + 5);
  more = g_strdup_printf ("%.0f", college_get (colleges[0], "teachers_total") + 1);
  write_variant (folder, "share.xlsx", "Колледж Д", "students_connected_pct", share);
  write_variant (folder, "text.xlsx", "Колледж Т", "teachers_total", "много");
  write_variant (folder, "negative.xlsx", "Колледж О", "students_connected", "-3");
  write_variant (folder, "fraction.xlsx", "Колледж Ф", "calls_total", "2.5");
  write_variant (folder, "larger.xlsx", "Колледж Б", "teachers_connected", more);
  write_variant (folder, "weeks.xlsx", "Колледж Н", "weeks_in_month", "4");
  write_variant (folder, "month.xlsx", "Колледж М", "report_month", "2023-13");
  write_variant (folder, "noname.xlsx", "", NULL, NULL);
  write_variant (folder, "nofigure.xlsx", "Колледж П", "calls_total", NULL);
  add_cell (dup, "calls_total", "1");
  p1 = write_data_book (folder, "dup.xlsx", dup);
  for (const char *const *code = sc_summary_identity_codes (); *code != NULL; code++)
    remove_cell (old, *code);
  p2 = write_data_book (folder, "old.xlsx", old);
  add_cell (unknown, "teachers_on_leave", "2");
  add_cell (unknown, "Итого по колледжу", "7");
  p3 = write_data_book (folder, "unknown.xlsx", unknown);
  p4 = write_data_book (folder, "empty.xlsx", empty);
  write_bomb (folder);

  summary = summarize (folder, NULL, MONTH);
  g_assert_cmpuint (n_counted (summary), ==, 2);
  assert_problem (summary, "share.xlsx", TRUE, "its counts make");
  assert_problem (summary, "unknown.xlsx", TRUE, "Unknown codes");
  assert_problem (summary, "text.xlsx", FALSE, "not a number");
  assert_problem (summary, "negative.xlsx", FALSE, "negative");
  assert_problem (summary, "fraction.xlsx", FALSE, "not a whole number");
  assert_problem (summary, "larger.xlsx", FALSE, "is larger than");
  assert_problem (summary, "weeks.xlsx", FALSE, "weeks in the month");
  assert_problem (summary, "month.xlsx", FALSE, "not a month of the form");
  assert_problem (summary, "noname.xlsx", FALSE, "does not name its college");
  assert_problem (summary, "nofigure.xlsx", FALSE, "is missing from");
  assert_problem (summary, "dup.xlsx", FALSE, "appears twice");
  assert_problem (summary, "old.xlsx", FALSE, "no %s row");
  assert_problem (summary, "empty.xlsx", FALSE, "holds no report figures");
  assert_problem (summary, "bomb.xlsx", FALSE, "too large");
  /* The counts win over a share that disagrees with them. */
  g_assert_cmpfloat (sc_summary_get_total (summary, "students_connected_pct"), ==,
                     expected_share (2 * connected, 2 * total));
  {
    g_autoptr(GPtrArray) found = problems_of (summary, "unknown.xlsx");
    g_autofree char *text = sc_summary_problem_dup_text (g_ptr_array_index (found, 0));
    g_assert_nonnull (strstr (text, "teachers_on_leave"));
    g_assert_nonnull (strstr (text, "Итого по колледжу"));
  }
}

/* A report made before the MAX figures existed still counts: nobody
 * declined there, and everyone connected is reached. */
static void
test_before_max (void)
{
  static const char *const added[] = {
    "teachers_declined", "teachers_alternative", "teachers_covered", "teachers_covered_pct",
    "students_declined", "students_alternative", "students_covered", "students_covered_pct",
    "teachers_needs_move", "students_needs_move",
  };
  g_autofree char *folder = make_folder ("before-max");
  g_autoptr(GPtrArray) cells = data_cells (colleges[1], "Колледж до MAX", "");
  g_autofree char *path = NULL;
  g_autoptr(ScSummary) summary = NULL;
  double connected = college_get (colleges[1], "students_connected");
  double total = college_get (colleges[1], "students_total");

  for (guint i = 0; i < G_N_ELEMENTS (added); i++)
    remove_cell (cells, added[i]);
  path = write_data_book (folder, "before-max.xlsx", cells);
  summary = summarize (folder, NULL, MONTH);
  g_assert_cmpuint (n_counted (summary), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (sc_summary_get_problems (summary)), ==, 0);
  g_assert_cmpfloat (sc_summary_get_total (summary, "students_declined"), ==, 0);
  g_assert_cmpfloat (sc_summary_get_total (summary, "students_covered"), ==, connected);
  g_assert_cmpfloat (sc_summary_get_total (summary, "students_covered_pct"), ==,
                     expected_share (connected, total));
  g_assert_cmpfloat (sc_summary_get_total (summary, "teachers_needs_move"), ==, 0);
}

/* ---- the documents ----------------------------------------------------- */

static char *
run_script (const char *script_name,
            const char *path,
            int        *exit_status)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, script_name, NULL);
  const char *argv[] = { PYTHON, script, path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  *exit_status = g_spawn_check_wait_status (status, NULL) ? 0 : 1;
  return out;
}

static JsonObject *
read_openpyxl (const char *path,
               JsonParser *parser)
{
  int status;
  g_autofree char *out = run_script ("read-report-xlsx.py", path, &status);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonArray *
sheet_cells (JsonObject *book,
             const char *sheet)
{
  return json_object_get_array_member (json_object_get_object_member (book, "cells"), sheet);
}

/* The value at @row (1-based), @column, or NULL. */
static JsonNode *
cell_at (JsonArray *cells,
         gint64     row,
         gint64     column)
{
  for (guint i = 0; i < json_array_get_length (cells); i++)
    {
      JsonArray *cell = json_array_get_array_element (cells, i);
      if (json_array_get_int_element (cell, 0) == row && json_array_get_int_element (cell, 1) == column)
        return json_array_get_element (cell, 2);
    }
  return NULL;
}

static gint64
last_row (JsonArray *cells)
{
  gint64 last = 0;

  for (guint i = 0; i < json_array_get_length (cells); i++)
    last = MAX (last, json_array_get_int_element (json_array_get_array_element (cells, i), 0));
  return last;
}

/* «Данные» as code → value, by our reader: what the next level reads. */
static GHashTable *
data_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScTable) table = sc_table_read_file_sheet (path, "Данные", NULL, &error);
  GHashTable *data = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_assert_no_error (error);
  for (guint i = 0; i < sc_table_get_n_rows (table); i++)
    g_hash_table_insert (data, g_strdup (sc_table_get_cell (table, i, 0)),
                         g_strdup (sc_table_get_cell (table, i, 1)));
  return data;
}

static void
assert_print_setup (JsonObject *book,
                    const char *sheet)
{
  JsonObject *setup = json_object_get_object_member (json_object_get_object_member (book, "print"), sheet);

  g_assert_cmpint (json_object_get_int_member (setup, "paper"), ==, 9);
  g_assert_cmpstr (json_object_get_string_member (setup, "orientation"), ==, "landscape");
  g_assert_nonnull (strstr (json_object_get_string_member (setup, "footer"), "Страница &P из &N"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (setup, "area")), ==, 1);
}

static void
assert_russian_sheet (JsonArray *cells)
{
  const char *const english[] = { "Teachers", "Total", "College", "Problems", "Summary", "Report", NULL };

  for (guint i = 0; i < json_array_get_length (cells); i++)
    {
      JsonNode *value = json_array_get_element (json_array_get_array_element (cells, i), 2);

      if (json_node_get_value_type (value) != G_TYPE_STRING)
        continue;
      for (guint k = 0; english[k] != NULL; k++)
        if (strstr (json_node_get_string (value), english[k]) != NULL)
          g_error ("English in the document: «%s»", json_node_get_string (value));
    }
}

static void
check_summary_sheet (JsonObject *book,
                     GHashTable *expected)
{
  JsonArray *cells = sheet_cells (book, "Свод");
  g_autofree char *total_label = NULL;
  JsonNode *node;

  /* Title, what it holds, two rows of headings, a row a college, totals. */
  g_assert_cmpint (last_row (cells), ==, 4 + N_COLLEGES + 1);
  g_assert_nonnull (strstr (json_node_get_string (cell_at (cells, 1, 1)), "Сводный отчёт по колледжам"));
  g_assert_nonnull (strstr (json_node_get_string (cell_at (cells, 1, 1)), "ноябрь 2023"));
  g_assert_cmpstr (json_node_get_string (cell_at (cells, 3, 4)), ==, "Педагоги");
  g_assert_cmpstr (json_node_get_string (cell_at (cells, 4, 4)), ==, "всего");
  total_label = g_strdup_printf ("Итого: %d колледжа", N_COLLEGES);
  g_assert_cmpstr (json_node_get_string (cell_at (cells, 8, 2)), ==, total_label);
  /* The totals row's cached values: D = teachers_total, F = their share. */
  g_assert_cmpfloat (json_node_get_double (cell_at (cells, 8, 4)), ==, total_of (expected, "teachers_total"));
  g_assert_cmpfloat_with_epsilon (json_node_get_double (cell_at (cells, 8, 6)),
                                  total_of (expected, "teachers_connected_pct") / 100, 1e-9);
  node = cell_at (cells, 5, 2);
  g_assert_nonnull (strstr (json_node_get_string (node), "Демонстрационный колледж №"));
  assert_russian_sheet (cells);
}

static void
check_other_sheets (JsonObject *book)
{
  JsonArray *missing = sheet_cells (book, "Не прислали");
  JsonArray *problems = sheet_cells (book, "Проблемы");
  gboolean other_month = FALSE;

  g_assert_cmpstr (json_node_get_string (cell_at (missing, 4, 2)), ==, "ГБПОУ «Тверской колледж им. Ёлкина»");
  g_assert_cmpint (last_row (missing), ==, 4);
  g_assert_cmpint (last_row (problems), ==, 3 + 5);
  for (gint64 row = 4; row <= 8; row++)
    {
      const char *reason = json_node_get_string (cell_at (problems, row, 3));

      other_month = other_month || strstr (reason, "Отчёт за 10.2023, а не за 11.2023") != NULL;
      g_assert_cmpstr (json_node_get_string (cell_at (problems, row, 4)), ==, "нет");
    }
  g_assert_true (other_month);
  assert_russian_sheet (missing);
  assert_russian_sheet (problems);
}

/* The workbook as openpyxl reads it, and its «Данные» as the next level's
 * summary reads it. */
static void
test_xlsx (void)
{
  g_autofree char *folder = g_build_filename (dir, "problems", NULL);
  g_autofree char *expected = g_build_filename (dir, "expected.csv", NULL);
  g_autofree char *out = g_build_filename (dir, "свод.xlsx", NULL);
  g_autoptr(ScSummary) summary = NULL;
  g_autoptr(GHashTable) totals = expected_totals (colleges, N_COLLEGES);
  g_autoptr(GHashTable) data = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *const sheets[] = { "Свод", "Не прислали", "Проблемы", "Данные", NULL };
  JsonObject *book;
  JsonArray *names;
  int status;
  g_autofree char *bad = NULL;

  test_problems ();   /* the folder and the list */
  summary = summarize (folder, expected, MONTH);
  g_assert_true (sc_summary_xlsx_save (summary, out, &error));
  g_assert_no_error (error);
  book = read_openpyxl (out, parser);
  names = json_object_get_array_member (book, "sheets");
  for (guint i = 0; sheets[i] != NULL; i++)
    g_assert_cmpstr (json_array_get_string_element (names, i), ==, sheets[i]);
  check_summary_sheet (book, totals);
  check_other_sheets (book);
  for (guint i = 0; i < 3; i++)
    assert_print_setup (book, sheets[i]);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (book, "states"), "Данные"),
                   ==, "hidden");
  data = data_of (out);
  g_assert_cmpstr (g_hash_table_lookup (data, "report_month"), ==, MONTH);
  g_assert_cmpstr (g_hash_table_lookup (data, "as_of"), ==, "30.11.2023");
  g_assert_cmpstr (g_hash_table_lookup (data, "organization_name"), ==, "Сводный отчёт по колледжам");
  g_assert_cmpstr (g_hash_table_lookup (data, "colleges_count"), ==, "3");
  g_assert_cmpstr (g_hash_table_lookup (data, "weeks_in_month"), ==, "5");
  for (guint i = 0; i < colleges[0]->codes->len; i++)
    {
      const char *code = g_ptr_array_index (colleges[0]->codes, i);
      g_assert_cmpfloat (g_ascii_strtod (g_hash_table_lookup (data, code), NULL), ==, total_of (totals, code));
    }
  bad = run_script ("check-xlsx-numbers.py", out, &status);
  if (status != 0)
    g_error ("numbers with a decimal comma in %s:\n%s", out, bad);
}

static char *
pdf_text (const char *path,
          int         page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-layout", "-f", number, "-l", number, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

static int
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *pages;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  pages = strstr (out, "Pages:");
  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

/* Sixty colleges: the PDF's table runs over pages, the headings on each,
 * the totals and the colleges that sent nothing at its end. */
static void
test_pdf (void)
{
  g_autofree char *folder = make_folder ("pdf");
  g_autofree char *list = write_expected (dir, "Наименование;ИНН\r\nКолледж № 1;\r\nКолледж без отчёта;6950000011\r\n");
  g_autofree char *out = g_build_filename (dir, "свод.pdf", NULL);
  g_autoptr(ScSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;
  int n_pages;

  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Колледж № %u", i);
      g_autofree char *file = g_strdup_printf ("%02u.xlsx", i);
      g_autoptr(GPtrArray) cells = data_cells (colleges[i % N_COLLEGES], name, "");
      g_autofree char *path = write_data_book (folder, file, cells);
    }
  summary = summarize (folder, list, MONTH);
  g_assert_cmpuint (n_counted (summary), ==, 60);
  g_assert_true (sc_summary_pdf_save (summary, out, &error));
  g_assert_no_error (error);
  n_pages = pdf_pages (out);
  g_assert_cmpint (n_pages, >=, 2);
  for (int page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_text (out, page);
      g_autofree char *number = g_strdup_printf ("Страница %d из %d", page, n_pages);

      g_assert_nonnull (strstr (text, "Педагоги"));
      g_assert_nonnull (strstr (text, "Студенты"));
      g_assert_nonnull (strstr (text, "подключено"));
      g_assert_nonnull (strstr (text, number));
    }
  last = pdf_text (out, n_pages);
  g_assert_nonnull (strstr (last, "Итого: 60 колледжей"));
  g_assert_nonnull (strstr (last, "Не прислали: Колледж без отчёта."));
}

/* Two regions' summaries summed: the same totals as their colleges'. */
static void
test_summary_of_summaries (void)
{
  g_autofree char *folder_a = make_folder ("region-a");
  g_autofree char *folder_b = make_folder ("region-b");
  g_autofree char *top = make_folder ("country");
  g_autofree char *a = g_build_filename (top, "a.xlsx", NULL);
  g_autofree char *b = g_build_filename (top, "b.xlsx", NULL);
  g_autoptr(GHashTable) totals = expected_totals (colleges, N_COLLEGES);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScSummary) mixed = NULL;
  g_autoptr(ScSummary) country = NULL;
  const char *paths_a[] = { colleges[0]->xlsx, colleges[1]->xlsx, NULL };
  const char *paths_b[] = { colleges[2]->xlsx, NULL };
  ScSummaryRequest request_a = { (GStrv)paths_a, NULL, MONTH, "Тверская область" };
  ScSummaryRequest request_b = { (GStrv)paths_b, NULL, MONTH, "Псковская область" };
  g_autoptr(ScSummary) region_a = sc_summary_build (&request_a, NULL, NULL, NULL, NULL, &error);
  g_autoptr(ScSummary) region_b = sc_summary_build (&request_b, NULL, NULL, NULL, NULL, &error);
  g_autofree char *college = NULL;

  g_assert_no_error (error);
  g_assert_true (sc_summary_xlsx_save (region_a, a, &error));
  g_assert_true (sc_summary_xlsx_save (region_b, b, &error));
  country = summarize (top, NULL, MONTH);
  g_assert_false (sc_summary_has_problems (country));
  g_assert_cmpuint (n_counted (country), ==, 2);
  g_assert_cmpuint (sc_summary_get_n_colleges (country), ==, N_COLLEGES);
  assert_totals (country, totals);
  /* A summary among colleges' reports would count them twice. */
  college = copy_into (top, colleges[0]->xlsx, "колледж.xlsx");
  mixed = summarize (top, NULL, MONTH);
  g_assert_cmpuint (n_counted (mixed), ==, 1);
  assert_problem (mixed, "a.xlsx", FALSE, "itself a regional summary");
  assert_problem (mixed, "b.xlsx", FALSE, "itself a regional summary");
}

/* {"month", "colleges", "figures", "problems": [{"file", "reason"}], "missing"} */
static void
test_json (void)
{
  g_autofree char *folder = g_build_filename (dir, "problems", NULL);
  g_autofree char *expected = g_build_filename (dir, "expected.csv", NULL);
  g_autoptr(ScSummary) summary = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) totals = expected_totals (colleges, N_COLLEGES);
  g_autofree char *json = NULL;
  g_autoptr(GList) keys = NULL;
  JsonObject *root, *figures;
  JsonArray *problems;
  const char *const wanted[] = { "month", "colleges", "figures", "problems", "missing" };

  test_problems ();
  summary = summarize (folder, expected, MONTH);
  json = sc_summary_to_json (summary);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  keys = json_object_get_members (root);
  g_assert_cmpuint (g_list_length (keys), ==, G_N_ELEMENTS (wanted));
  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    g_assert_true (json_object_has_member (root, wanted[i]));
  g_assert_cmpstr (json_object_get_string_member (root, "month"), ==, MONTH);
  g_assert_cmpint (json_object_get_int_member (root, "colleges"), ==, N_COLLEGES);
  figures = json_object_get_object_member (root, "figures");
  g_assert_cmpuint (json_object_get_size (figures), ==, colleges[0]->codes->len);
  for (guint i = 0; i < colleges[0]->codes->len; i++)
    {
      const char *code = g_ptr_array_index (colleges[0]->codes, i);
      g_assert_cmpfloat (json_object_get_double_member (figures, code), ==, total_of (totals, code));
    }
  problems = json_object_get_array_member (root, "problems");
  g_assert_cmpuint (json_array_get_length (problems), ==, 5);
  for (guint i = 0; i < json_array_get_length (problems); i++)
    {
      JsonObject *problem = json_array_get_object_element (problems, i);
      g_assert_cmpuint (json_object_get_size (problem), ==, 2);
      g_assert_true (g_str_has_prefix (json_object_get_string_member (problem, "file"), folder));
      g_assert_cmpuint (strlen (json_object_get_string_member (problem, "reason")), >, 20);
    }
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (root, "missing"), 0), ==,
                   "ГБПОУ «Тверской колледж им. Ёлкина»");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("sc-summary-XXXXXX", NULL);
  for (guint i = 0; i < N_COLLEGES; i++)
    colleges[i] = college_new (dir, FIRST_SEED + i, MONTH);
  october = college_new (dir, FIRST_SEED, "2023-10");
  g_test_add_func ("/summary/codes-match-report", test_codes_match_report);
  g_test_add_func ("/summary/before-max", test_before_max);
  g_test_add_func ("/summary/totals", test_totals);
  g_test_add_func ("/summary/problems", test_problems);
  g_test_add_func ("/summary/month", test_month);
  g_test_add_func ("/summary/bad-data", test_bad_data);
  g_test_add_func ("/summary/xlsx", test_xlsx);
  g_test_add_func ("/summary/pdf", test_pdf);
  g_test_add_func ("/summary/summary-of-summaries", test_summary_of_summaries);
  g_test_add_func ("/summary/json", test_json);
  status = g_test_run ();
  for (guint i = 0; i < N_COLLEGES; i++)
    college_free (colleges[i]);
  college_free (october);
  remove_tree (dir);
  g_free (dir);
  return status;
}

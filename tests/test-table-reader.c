/* test-table-reader.c — CSV and XLSX files read as a user saved them
 *
 * Every fixture is written here: CSV bytes as Excel and LibreOffice save
 * them, XLSX by libxlsxwriter, by Debian's python3-openpyxl and by hand
 * (minizip) for what those writers never produce.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "sc-table-reader.h"
#include "sc-table-reader-private.h"
#include "sc-table-xlsx-sheet.h"
#include "sc-table-xlsx-styles.h"
#include "sc-table-xlsx-workbook.h"
#include "sc-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = sc_test_make_dir ("sc-table-reader");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  sc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *data,
            gssize      len)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
  return path;
}

static char *
to_cp1251 (const char *utf8)
{
  g_autoptr(GError) error = NULL;
  char *converted = g_convert (utf8, -1, "CP1251", "UTF-8", NULL, NULL, &error);

  g_assert_no_error (error);
  return converted;
}

static ScTable *
read_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  ScTable *table = sc_table_read_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static void
assert_read_fails (const char *path,
                   int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScTable) table = sc_table_read_file (path, NULL, &error);

  g_assert_error (error, SC_TABLE_READER_ERROR, code);
  g_assert_null (table);
  g_assert_cmpstr (error->message, !=, "");
}

/* The row's line and its cells, exactly: a NULL-terminated list. */
static void
assert_row (ScTable *table,
            guint    row,
            guint    line,
            ...)
{
  va_list args;
  const char *cell;
  guint col = 0;

  g_assert_cmpuint (row, <, sc_table_get_n_rows (table));
  g_assert_cmpuint (sc_table_get_line (table, row), ==, line);
  va_start (args, line);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_assert_cmpstr (sc_table_get_cell (table, row, col++), ==, cell);
  va_end (args);
  g_assert_cmpuint (sc_table_get_n_cells (table, row), ==, col);
}

/* ---- CSV ---- */

static void
test_csv_cp1251 (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *bytes = to_cp1251 (
    "Список педагогов на 01.09.2023\r\n"
    "ГБПОУ «Колледж №1»;;;\r\n"
    "Фамилия;Имя;Отчество;Категория\r\n"
    "Ёлкина ;Алёна; Петровна ;преподаватель\r\n"
    "Иванов;Иван;Иванович;мастер\xC2\xA0п/о\r\n"
    "\r\n"
    ";;;\r\n"
    "Петров;Пётр;;студент\r\n");
  g_autofree char *path = write_file (fixture, "педагоги.csv", bytes, -1);
  g_autoptr(ScTable) table = read_ok (path);

  g_assert_cmpint (sc_table_get_format (table), ==, SC_TABLE_FORMAT_CSV);
  g_assert_cmpstr (sc_table_get_encoding (table), ==, "Windows-1251");
  g_assert_cmpint (sc_table_get_delimiter (table), ==, ';');
  g_assert_cmpuint (sc_table_get_n_rows (table), ==, 6);
  assert_row (table, 0, 1, "Список педагогов на 01.09.2023", NULL);
  assert_row (table, 1, 2, "ГБПОУ «Колледж №1»", "", "", "", NULL);
  assert_row (table, 2, 3, "Фамилия", "Имя", "Отчество", "Категория", NULL);
  assert_row (table, 3, 4, "Ёлкина ", "Алёна", " Петровна ", "преподаватель", NULL);
  assert_row (table, 4, 5, "Иванов", "Иван", "Иванович", "мастер\xC2\xA0п/о", NULL);
  assert_row (table, 5, 8, "Петров", "Пётр", "", "студент", NULL);
}

/* Excel's Windows-1251 CSV with a line break typed inside a cell: the
 * quoted cell spans two lines, keeps LF only, and the next row still
 * names its own line. */
static void
test_csv_cp1251_line_break (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *bytes = to_cp1251 (
    "Фамилия;Имя;Примечание\r\n"
    "Ёлкина;Алёна;\"переведена\r\nиз ИС-21\"\r\n"
    "Петров;Пётр;\"Сказал \"\"да\"\"\"\r\n"
    "Орлова;Вера;нет\r\n");
  g_autofree char *path = write_file (fixture, "примечания.csv", bytes, -1);
  g_autoptr(ScTable) table = read_ok (path);

  g_assert_cmpstr (sc_table_get_encoding (table), ==, "Windows-1251");
  g_assert_cmpuint (sc_table_get_n_rows (table), ==, 4);
  assert_row (table, 1, 2, "Ёлкина", "Алёна", "переведена\nиз ИС-21", NULL);
  assert_row (table, 2, 4, "Петров", "Пётр", "Сказал \"да\"", NULL);
  assert_row (table, 3, 5, "Орлова", "Вера", "нет", NULL);
}

/* A cell like the one above it is stored once; one that only starts the
 * same, or is longer, or empty, is its own. */
static void
test_csv_repeated_cells (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *bytes = to_cp1251 ("Фамилия;Группа;Статус\r\n"
                                      "Агеев;ИС-21;подключён\r\n"
                                      "Белов;ИС-21;подключён\r\n"
                                      "Волков;ИС-2;\r\n"
                                      "Громов;ИС-211;подключён\r\n"
                                      "Дёмин;ИС-21;подключён\r\n");
  g_autofree char *path = write_file (fixture, "группы.csv", bytes, -1);
  g_autoptr(ScTable) table = read_ok (path);

  assert_row (table, 1, 2, "Агеев", "ИС-21", "подключён", NULL);
  assert_row (table, 2, 3, "Белов", "ИС-21", "подключён", NULL);
  assert_row (table, 3, 4, "Волков", "ИС-2", "", NULL);
  assert_row (table, 4, 5, "Громов", "ИС-211", "подключён", NULL);
  assert_row (table, 5, 6, "Дёмин", "ИС-21", "подключён", NULL);
}

static void
test_csv_utf8_bom (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "students.csv",
    "\xEF\xBB\xBF"
    "Фамилия,Имя,Примечание\n"
    "Иванов,Иван,\"Москва, ул. Ленина, д. 1\"\n"
    "Петров,Пётр,\"Сказал \"\"да\"\"\"\n"
    "Сидоров,Сидор,\"две\r\nстроки\"\n"
    "Кузнецов,Кузьма,\n"
    "\"\",,\n"
    "Орлова,\"\",\"\"", -1);
  g_autoptr(ScTable) table = read_ok (path);

  g_assert_cmpstr (sc_table_get_encoding (table), ==, "UTF-8 (BOM)");
  g_assert_cmpint (sc_table_get_delimiter (table), ==, ',');
  g_assert_cmpuint (sc_table_get_n_rows (table), ==, 6);
  assert_row (table, 0, 1, "Фамилия", "Имя", "Примечание", NULL);
  assert_row (table, 1, 2, "Иванов", "Иван", "Москва, ул. Ленина, д. 1", NULL);
  assert_row (table, 2, 3, "Петров", "Пётр", "Сказал \"да\"", NULL);
  assert_row (table, 3, 4, "Сидоров", "Сидор", "две\nстроки", NULL);
  assert_row (table, 4, 6, "Кузнецов", "Кузьма", "", NULL);
  /* line 7 is a row of empty cells: skipped */
  assert_row (table, 5, 8, "Орлова", "", "", NULL);
}

static void
test_csv_tab (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "usage.txt",
    "ФИО\tНеделя\tСообщений\tЗвонков\n"
    "Иванов И. И.\t06.11.2023\t12\t1\n"
    "Петрова, Анна\t06.11.2023\t9\t0\n"
    "Сидоров; С.\t13.11.2023\t10\t\n", -1);
  g_autoptr(ScTable) table = read_ok (path);

  g_assert_cmpstr (sc_table_get_encoding (table), ==, "UTF-8");
  g_assert_cmpint (sc_table_get_delimiter (table), ==, '\t');
  g_assert_cmpuint (sc_table_get_n_rows (table), ==, 4);
  assert_row (table, 2, 3, "Петрова, Анна", "06.11.2023", "9", "0", NULL);
  assert_row (table, 3, 4, "Сидоров; С.", "13.11.2023", "10", "", NULL);
}

/* Excel's "Unicode text": UTF-16 with a BOM, tab-separated */
static void
test_csv_utf16 (Fixture       *fixture,
                gconstpointer  data)
{
  const char *text = "Фамилия\tИмя\r\nЁлкина\tАлёна\r\n";
  const char *charsets[] = { "UTF-16LE", "UTF-16BE" };
  const char *boms[] = { "\xFF\xFE", "\xFE\xFF" };

  for (guint i = 0; i < G_N_ELEMENTS (charsets); i++)
    {
      gsize len = 0;
      g_autofree char *body = g_convert (text, -1, charsets[i], "UTF-8", NULL, &len, NULL);
      g_autofree char *bytes = g_malloc (len + 2);
      g_autofree char *path = NULL;
      g_autoptr(ScTable) table = NULL;

      memcpy (bytes, boms[i], 2);
      memcpy (bytes + 2, body, len);
      path = write_file (fixture, "unicode.txt", bytes, len + 2);
      table = read_ok (path);
      g_assert_cmpstr (sc_table_get_encoding (table), ==, "UTF-16");
      g_assert_cmpint (sc_table_get_delimiter (table), ==, '\t');
      assert_row (table, 1, 2, "Ёлкина", "Алёна", NULL);
    }
}

/* Commas inside cells must not outvote the ';' that splits every line. */
static void
test_csv_semicolon_with_commas (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "roster.csv",
    "ФИО;Адрес\n"
    "Иванов И.И.;г. Москва, ул. Ленина, д. 1\n"
    "Петров П.П.;г. Тверь, ул. Мира, д. 2, кв. 3\n"
    "Сидоров С.С.;с. Ильинское\n", -1);
  g_autoptr(ScTable) table = read_ok (path);

  g_assert_cmpint (sc_table_get_delimiter (table), ==, ';');
  assert_row (table, 2, 3, "Петров П.П.", "г. Тверь, ул. Мира, д. 2, кв. 3", NULL);
}

static void
test_csv_blank_lines (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "blank.csv",
    "\n\nФамилия;Имя\n\n   \n\t\nИванов;Иван\n\n\nПетров;Пётр", -1);
  g_autoptr(ScTable) table = read_ok (path);

  g_assert_cmpuint (sc_table_get_n_rows (table), ==, 3);
  assert_row (table, 0, 3, "Фамилия", "Имя", NULL);
  assert_row (table, 1, 7, "Иванов", "Иван", NULL);
  assert_row (table, 2, 10, "Петров", "Пётр", NULL);
}

/* Old Mac files end lines with a lone CR. */
static void
test_csv_cr_only (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "mac.csv",
    "Фамилия;Имя\r\rИванов;\"Ив\rан\"\rПетров;Пётр\r", -1);
  g_autoptr(ScTable) table = read_ok (path);

  g_assert_cmpuint (sc_table_get_n_rows (table), ==, 3);
  assert_row (table, 1, 3, "Иванов", "Ив\rан", NULL);
  assert_row (table, 2, 5, "Петров", "Пётр", NULL);
}

static void
test_csv_binary (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  g_autofree char *controls = g_strnfill (200, '\x01');
  g_autofree char *path = write_file (fixture, "photo.csv", png, sizeof png - 1);
  g_autofree char *path2 = write_file (fixture, "junk.csv", controls, -1);

  g_autofree char *path3 = write_file (fixture, "odd.csv", "\xFF\xFE" "A", 3);

  assert_read_fails (path, SC_TABLE_READER_ERROR_NOT_A_TABLE);
  assert_read_fails (path2, SC_TABLE_READER_ERROR_NOT_A_TABLE);
  /* a UTF-16 BOM before an odd number of bytes */
  assert_read_fails (path3, SC_TABLE_READER_ERROR_NOT_A_TABLE);
}

static void
test_csv_empty (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "empty.csv", "", 0);
  g_autofree char *path2 = write_file (fixture, "blank.csv", "\xEF\xBB\xBF\r\n;;\r\n  \r\n", -1);

  assert_read_fails (path, SC_TABLE_READER_ERROR_EMPTY);
  assert_read_fails (path2, SC_TABLE_READER_ERROR_EMPTY);
}

/* The one byte Windows-1251 leaves undefined must not stop the import. */
static void
test_csv_cp1251_undefined_byte (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "odd.csv",
    "\xD4\xE0\xEC\xE8\xEB\xE8\xFF;\x98\r\n", -1);
  g_autoptr(ScTable) table = read_ok (path);

  g_assert_cmpstr (sc_table_get_encoding (table), ==, "Windows-1251");
  assert_row (table, 0, 1, "Фамилия", "?", NULL);
}

/* Every byte of Windows-1251 reads as iconv converts it («ё», «№», «€»,
 * the Ukrainian and Belarusian letters, quotes and dashes). */
static void
test_csv_cp1251_every_byte (Fixture       *fixture,
                            gconstpointer  data)
{
  char bytes[0x80 + 16] = "\xD4\xE0\xEC\xE8\xEB\xE8\xFF\n";
  gsize n = strlen (bytes);
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(ScTable) table = NULL;

  for (guint b = 0x80; b <= 0xFF; b++)
    if (b != 0x98)
      bytes[n++] = (char)b;
  expected = g_convert (bytes + 8, n - 8, "UTF-8", "CP1251", NULL, NULL, NULL);
  g_assert_nonnull (expected);
  path = write_file (fixture, "every.csv", bytes, n);
  table = read_ok (path);
  g_assert_cmpstr (sc_table_get_encoding (table), ==, "Windows-1251");
  g_assert_cmpuint (sc_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (sc_table_get_cell (table, 1, 0), ==, expected);
  g_assert_true (g_utf8_validate (sc_table_get_cell (table, 1, 0), -1, NULL));
}

static void
test_csv_too_wide (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *line = g_strnfill (SC_TABLE_READER_MAX_COLUMNS, ';');
  g_autofree char *text = g_strconcat ("a;b\n", line, NULL);
  g_autofree char *path = write_file (fixture, "wide.csv", text, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScTable) table = sc_table_read_file (path, NULL, &error);

  g_assert_error (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "Line 2 "));
}

/* A just-wide-enough row is fine. */
static void
test_csv_widest (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *line = g_strnfill (SC_TABLE_READER_MAX_COLUMNS - 1, ';');
  g_autofree char *text = g_strconcat (line, "x", NULL);
  g_autofree char *path = write_file (fixture, "widest.csv", text, -1);
  g_autoptr(ScTable) table = read_ok (path);

  g_assert_cmpuint (sc_table_get_n_cells (table, 0), ==, SC_TABLE_READER_MAX_COLUMNS);
  g_assert_cmpstr (sc_table_get_cell (table, 0, SC_TABLE_READER_MAX_COLUMNS - 1), ==, "x");
}

static void
test_csv_cancelled (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("Фамилия;Имя\n");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScTable) table = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 3 * SC_TABLE_READER_CANCEL_EVERY; i++)
    g_string_append_printf (text, "Иванов%u;Иван\n", i);
  bytes = g_bytes_new (text->str, text->len);
  g_cancellable_cancel (cancellable);
  table = sc_table_read_bytes (bytes, "big.csv", cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (table);
}

/* ---- files ---- */

static void
test_file_missing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "нет.csv", NULL);

  assert_read_fails (path, SC_TABLE_READER_ERROR_UNREADABLE);
  assert_read_fails (fixture->dir, SC_TABLE_READER_ERROR_UNREADABLE);
  /* a device is refused before it is read */
  assert_read_fails ("/dev/zero", SC_TABLE_READER_ERROR_UNREADABLE);
}

static void
test_file_too_large (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "huge.csv", "a;b\n", -1);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("a", SC_TABLE_READER_MAX_FILE_SIZE + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScTable) table = NULL;

  /* sparse: the reader must refuse by size, before reading */
  g_assert_cmpint (truncate (path, SC_TABLE_READER_MAX_FILE_SIZE + 1), ==, 0);
  assert_read_fails (path, SC_TABLE_READER_ERROR_TOO_LARGE);

  table = sc_table_read_bytes (bytes, "huge.csv", NULL, &error);
  g_assert_error (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_TOO_LARGE);
}

static void
test_file_old_xls (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0";
  g_autofree char *path = write_file (fixture, "old.xls", ole, sizeof ole - 1);

  assert_read_fails (path, SC_TABLE_READER_ERROR_NOT_A_TABLE);
}

/* ---- XLSX written by hand ---- */

typedef struct
{
  const char *name;
  const char *content;
} Entry;

static void
write_zip (const char  *path,
           const Entry *entries,
           guint        n_entries)
{
  zipFile zip = zipOpen64 (path, APPEND_STATUS_CREATE);

  g_assert_nonnull (zip);
  for (guint i = 0; i < n_entries; i++)
    {
      g_assert_cmpint (zipOpenNewFileInZip (zip, entries[i].name, NULL, NULL, 0, NULL, 0,
                                            NULL, Z_DEFLATED, Z_DEFAULT_COMPRESSION), ==, ZIP_OK);
      g_assert_cmpint (zipWriteInFileInZip (zip, entries[i].content,
                                            strlen (entries[i].content)), ==, ZIP_OK);
      g_assert_cmpint (zipCloseFileInZip (zip), ==, ZIP_OK);
    }
  g_assert_cmpint (zipClose (zip, NULL), ==, ZIP_OK);
}

/* One stored entry whose central directory claims @declared bytes. */
static void
write_zip_declaring (const char *path,
                     const char *name,
                     const char *content,
                     guint64     declared)
{
  zipFile zip = zipOpen64 (path, APPEND_STATUS_CREATE);
  gsize len = strlen (content);

  g_assert_nonnull (zip);
  g_assert_cmpint (zipOpenNewFileInZip2_64 (zip, name, NULL, NULL, 0, NULL, 0, NULL,
                                            0, 0, 1, declared > 0xffffffffu), ==, ZIP_OK);
  g_assert_cmpint (zipWriteInFileInZip (zip, content, len), ==, ZIP_OK);
  g_assert_cmpint (zipCloseFileInZipRaw64 (zip, declared, crc32 (0, (const Bytef *)content, len)),
                   ==, ZIP_OK);
  g_assert_cmpint (zipClose (zip, NULL), ==, ZIP_OK);
}

#define NS_MAIN "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
#define NS_REL "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

/* What libxlsxwriter and openpyxl never write: a hidden first sheet, an
 * absolute target, x: prefixes, phonetic hints, inline and ISO dates,
 * errors, the 1904 date system and a BOM before the XML. */
static void
test_xlsx_handmade (Fixture       *fixture,
                    gconstpointer  data)
{
  const Entry entries[] = {
    { "xl/workbook.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<workbook " NS_MAIN " " NS_REL "><workbookPr date1904=\"1\"/><sheets>"
      "<sheet name=\"Служебный\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"
      "<sheet name=\"Люди\" sheetId=\"2\" r:id=\"rId2\"/>"
      "</sheets></workbook>" },
    { "xl/_rels/workbook.xml.rels",
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" REL_TYPE "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"" REL_TYPE "worksheet\" Target=\"/xl/worksheets/people.xml\"/>"
      "<Relationship Id=\"rId3\" Type=\"" REL_TYPE "sharedStrings\" Target=\"strings.xml\"/>"
      "<Relationship Id=\"rId4\" Type=\"" REL_TYPE "styles\" Target=\"./styles.xml\"/>"
      "</Relationships>" },
    { "xl/worksheets/sheet1.xml",
      "<worksheet " NS_MAIN "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
      "<is><t>hidden</t></is></c></row></sheetData></worksheet>" },
    { "xl/worksheets/people.xml",
      "\xEF\xBB\xBF<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<x:sheetData>"
      "<x:row r=\"2\"><x:c r=\"B2\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"C2\" t=\"s\"><x:v>1</x:v></x:c>"
      "<x:c r=\"D2\" s=\"5\"/></x:row>"
      "<x:row r=\"3\" spans=\"1:9\"><x:c r=\"A3\" t=\"inlineStr\"><x:is><x:r><x:t>Ёлкина</x:t></x:r>"
      "<x:r><x:t xml:space=\"preserve\"> А.</x:t></x:r></x:is></x:c>"
      "<x:c r=\"B3\" s=\"1\"><x:v>43783</x:v></x:c><x:c r=\"C3\" t=\"d\"><x:v>2023-11-15T00:00:00</x:v></x:c>"
      "<x:c r=\"D3\" t=\"e\"><x:v>#N/A</x:v></x:c><x:c r=\"E3\" t=\"b\"><x:v>0</x:v></x:c>"
      "<x:c r=\"F3\" s=\"2\"><x:v>1.5</x:v></x:c><x:c r=\"G3\" s=\"3\"><x:v>45000</x:v></x:c>"
      "<x:c r=\"H3\" t=\"str\"><x:f>A3&amp;\"!\"</x:f><x:v>&lt;Ёлкина&gt;</x:v></x:c>"
      "<x:c r=\"I3\" s=\"4\"><x:v>1E-3</x:v></x:c></x:row>"
      "<x:row r=\"4\"><x:c r=\"A4\" s=\"5\"/><x:c r=\"B4\" t=\"s\"><x:v>2</x:v></x:c></x:row>"
      "<x:row><x:c t=\"inlineStr\"><x:is><x:t>без ссылок</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>"
      "</x:sheetData></x:worksheet>" },
    { "xl/strings.xml",
      "<sst " NS_MAIN " count=\"3\" uniqueCount=\"3\">"
      "<si><t>Фамилия</t></si>"
      "<si><r><rPr><b/></rPr><t>Дата</t></r><r><t xml:space=\"preserve\"> приёма</t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>ダミー</t></rPh></si>"
      "<si><t>   </t></si></sst>" },
    { "xl/styles.xml",
      "<styleSheet " NS_MAIN "><numFmts count=\"3\">"
      "<numFmt numFmtId=\"164\" formatCode=\"[$-419]d\\ mmmm\\ yyyy&quot;г.&quot;\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"0.00&quot;m&quot;\"/>"
      "<numFmt numFmtId=\"166\" formatCode=\"[h]:mm\"/></numFmts>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
      "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"165\"><alignment horizontal=\"left\"/></xf><xf numFmtId=\"164\"/>"
      "<xf numFmtId=\"166\"/><xf numFmtId=\"0\"/></cellXfs></styleSheet>" },
  };
  g_autofree char *path = g_build_filename (fixture->dir, "handmade.xlsx", NULL);
  g_autoptr(ScTable) table = NULL;

  write_zip (path, entries, G_N_ELEMENTS (entries));
  table = read_ok (path);
  g_assert_cmpint (sc_table_get_format (table), ==, SC_TABLE_FORMAT_XLSX);
  g_assert_null (sc_table_get_encoding (table));
  g_assert_cmpint (sc_table_get_delimiter (table), ==, 0);
  g_assert_cmpuint (sc_table_get_n_rows (table), ==, 3);
  assert_row (table, 0, 2, "", "Фамилия", "Дата приёма", NULL);
  /* 1904 system: serial 43783 is 15.11.2023 */
  assert_row (table, 1, 3, "Ёлкина А.", "15.11.2023", "15.11.2023", "#N/A", "FALSE",
              "1.5", "16.03.2027", "<Ёлкина>", "0.001", NULL);
  /* row 4 holds only spaces; the row without r follows it */
  assert_row (table, 2, 5, "без ссылок", "7", NULL);
}

static void
test_xlsx_fallback_sheet1 (Fixture       *fixture,
                           gconstpointer  data)
{
  const Entry entries[] = {
    { "xl/worksheets/sheet1.xml",
      "<worksheet " NS_MAIN "><sheetData><row r=\"7\"><c r=\"C7\"><v>42</v></c>"
      "<c r=\"A7\" t=\"inlineStr\"><is><t>слева</t></is></c></row></sheetData></worksheet>" },
  };
  g_autofree char *path = g_build_filename (fixture->dir, "bare.xlsx", NULL);
  g_autoptr(ScTable) table = NULL;

  write_zip (path, entries, G_N_ELEMENTS (entries));
  table = read_ok (path);
  assert_row (table, 0, 7, "слева", "", "42", NULL);
}

static void
test_xlsx_not_a_workbook (Fixture       *fixture,
                          gconstpointer  data)
{
  const Entry ods[] = {
    { "mimetype", "application/vnd.oasis.opendocument.spreadsheet" },
    { "content.xml", "<office:document-content/>" },
  };
  const Entry other[] = { { "readme.txt", "hello" } };
  const Entry bad_index[] = {
    { "xl/worksheets/sheet1.xml",
      "<worksheet><sheetData><row><c t=\"s\"><v>3</v></c></row></sheetData></worksheet>" },
  };
  const Entry bad_xml[] = {
    { "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row></sheetData>" },
  };
  g_autofree char *path = g_build_filename (fixture->dir, "table.ods", NULL);
  g_autofree char *path2 = g_build_filename (fixture->dir, "archive.zip", NULL);
  g_autofree char *path3 = g_build_filename (fixture->dir, "index.xlsx", NULL);
  g_autofree char *path4 = g_build_filename (fixture->dir, "xml.xlsx", NULL);
  g_autoptr(ScTable) table = NULL;
  g_autoptr(GError) error = NULL;

  write_zip (path, ods, G_N_ELEMENTS (ods));
  write_zip (path2, other, G_N_ELEMENTS (other));
  write_zip (path3, bad_index, G_N_ELEMENTS (bad_index));
  write_zip (path4, bad_xml, G_N_ELEMENTS (bad_xml));
  table = sc_table_read_file (path, NULL, &error);
  g_assert_error (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_BAD_XLSX);
  g_assert_nonnull (strstr (error->message, ".ods"));
  assert_read_fails (path2, SC_TABLE_READER_ERROR_BAD_XLSX);
  assert_read_fails (path3, SC_TABLE_READER_ERROR_BAD_XLSX);
  assert_read_fails (path4, SC_TABLE_READER_ERROR_BAD_XLSX);
}

static void
test_xlsx_empty_sheet (Fixture       *fixture,
                       gconstpointer  data)
{
  const Entry entries[] = {
    { "xl/worksheets/sheet1.xml",
      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"/></row></sheetData></worksheet>" },
  };
  g_autofree char *path = g_build_filename (fixture->dir, "empty.xlsx", NULL);

  write_zip (path, entries, G_N_ELEMENTS (entries));
  assert_read_fails (path, SC_TABLE_READER_ERROR_EMPTY);
}

static void
test_xlsx_declared_too_large (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "bomb.xlsx", NULL);
  g_autofree char *path2 = g_build_filename (fixture->dir, "bomb64.xlsx", NULL);

  write_zip_declaring (path, "xl/worksheets/sheet1.xml", "<worksheet/>",
                       SC_TABLE_READER_MAX_UNPACKED + 1);
  write_zip_declaring (path2, "xl/worksheets/sheet1.xml", "<worksheet/>",
                       G_GUINT64_CONSTANT (5) << 32);
  assert_read_fails (path, SC_TABLE_READER_ERROR_TOO_LARGE);
  assert_read_fails (path2, SC_TABLE_READER_ERROR_TOO_LARGE);
}

/* A zip that declares less than it holds is read only as far as it says:
 * the XML is cut short, not overrun. */
static void
test_xlsx_declared_too_small (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "liar.xlsx", NULL);

  write_zip_declaring (path, "xl/worksheets/sheet1.xml",
                       "<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>",
                       20);
  assert_read_fails (path, SC_TABLE_READER_ERROR_BAD_XLSX);
}

/* A few hundred bytes that would fill every column up to XFD in every row. */
static void
test_xlsx_column_gaps_bounded (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GString) sheet = g_string_new ("<worksheet><sheetData>");
  g_autofree char *path = g_build_filename (fixture->dir, "wide.xlsx", NULL);
  guint n_rows = SC_TABLE_READER_MAX_CELLS / SC_TABLE_XLSX_MAX_COLUMNS + 2;
  Entry entries[1] = { { "xl/worksheets/sheet1.xml", NULL } };

  for (guint i = 1; i <= n_rows; i++)
    g_string_append_printf (sheet, "<row r=\"%u\"><c r=\"XFD%u\"><v>1</v></c></row>", i, i);
  g_string_append (sheet, "</sheetData></worksheet>");
  entries[0].content = sheet->str;
  write_zip (path, entries, 1);
  assert_read_fails (path, SC_TABLE_READER_ERROR_TOO_LARGE);
}

/* ---- XLSX written by libxlsxwriter ---- */

static void
write_lxw_people_list (const char *path,
                  gboolean    constant_memory)
{
  lxw_workbook_options options = { constant_memory, NULL, 0 };
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_worksheet *people = workbook_add_worksheet (workbook, "Педагоги");
  lxw_worksheet *other = workbook_add_worksheet (workbook, "Прочее");
  lxw_format *date = workbook_add_format (workbook);
  lxw_format *builtin_date = workbook_add_format (workbook);
  lxw_format *bold = workbook_add_format (workbook);
  lxw_datetime joined = { 2023, 11, 15, 0, 0, 0 };
  lxw_rich_string_tuple plain = { NULL, "Список " }, strong = { bold, "педагогов" };
  lxw_rich_string_tuple *title[] = { &plain, &strong, NULL };

  format_set_num_format (date, "dd.mm.yyyy");
  format_set_num_format_index (builtin_date, 14);
  format_set_bold (bold);
  worksheet_write_rich_string (people, 0, 0, title, NULL);
  worksheet_write_string (people, 2, 0, "Фамилия", NULL);
  worksheet_write_string (people, 2, 1, "Имя", NULL);
  worksheet_write_string (people, 2, 3, "Дата подключения", NULL);
  worksheet_write_string (people, 2, 4, "Телефон", NULL);
  worksheet_write_string (people, 2, 5, "Сообщений", NULL);
  worksheet_write_string (people, 3, 0, "Ёлкина", NULL);
  worksheet_write_string (people, 3, 1, "Алёна", NULL);
  worksheet_write_datetime (people, 3, 3, &joined, date);
  worksheet_write_number (people, 3, 4, 79161234567.0, NULL);
  worksheet_write_number (people, 3, 5, 10, NULL);
  worksheet_write_number (people, 3, 6, 2.5, NULL);
  worksheet_write_boolean (people, 3, 7, 1, NULL);
  worksheet_write_formula_str (people, 3, 8, "=A4&\"!\"", NULL, "Ёлкина!");
  worksheet_write_string (people, 4, 0, "Иванов", NULL);
  worksheet_write_number (people, 4, 3, 45170, builtin_date);
  worksheet_write_blank (people, 4, 9, bold);
  worksheet_write_string (other, 0, 0, "не импортировать", NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
}

static void
assert_lxw_people_list (ScTable *table)
{
  g_assert_cmpint (sc_table_get_format (table), ==, SC_TABLE_FORMAT_XLSX);
  g_assert_cmpuint (sc_table_get_n_rows (table), ==, 4);
  assert_row (table, 0, 1, "Список педагогов", NULL);
  assert_row (table, 1, 3, "Фамилия", "Имя", "", "Дата подключения", "Телефон", "Сообщений", NULL);
  assert_row (table, 2, 4, "Ёлкина", "Алёна", "", "15.11.2023", "79161234567", "10", "2.5",
              "TRUE", "Ёлкина!", NULL);
  assert_row (table, 3, 5, "Иванов", "", "", "01.09.2023", NULL);
}

static void
test_xlsx_libxlsxwriter (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "педагоги.xlsx", NULL);
  g_autoptr(ScTable) table = NULL;

  write_lxw_people_list (path, FALSE);
  table = read_ok (path);
  assert_lxw_people_list (table);
}

/* constant_memory writes inline strings instead of shared ones */
static void
test_xlsx_libxlsxwriter_inline (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "inline.xlsx", NULL);
  g_autoptr(ScTable) table = NULL;

  write_lxw_people_list (path, TRUE);
  table = read_ok (path);
  assert_lxw_people_list (table);
}

static void
test_xlsx_truncated (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "full.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *half = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;

  write_lxw_people_list (path, FALSE);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  half = write_file (fixture, "half.xlsx", contents, len / 2);
  text = write_file (fixture, "text.xlsx", "Фамилия;Имя\nИванов;Иван\n", -1);
  assert_read_fails (half, SC_TABLE_READER_ERROR_BAD_XLSX);
  assert_read_fails (text, SC_TABLE_READER_ERROR_BAD_XLSX);
}

/* The format comes from the content: an XLSX named .csv is still read. */
static void
test_xlsx_misnamed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "roster.csv", NULL);
  g_autoptr(ScTable) table = NULL;

  write_lxw_people_list (path, FALSE);
  table = read_ok (path);
  assert_lxw_people_list (table);
}

/* ---- XLSX written by openpyxl ----
 * Debian 12's openpyxl 3.0 writes every text as an inline string made of
 * character references (&#1057;…) and dates as numbers with a custom
 * "yyyy-mm-dd" or "yyyy-mm-dd h:mm:ss" format; shared strings come from
 * libxlsxwriter above. */

static const char openpyxl_script[] =
  "import sys, datetime, openpyxl\n"
  "wb = openpyxl.Workbook()\n"
  "ws = wb.active\n"
  "ws.title = 'Люди'\n"
  "ws['A1'] = 'Список студентов'\n"
  "for col, name in zip('ABCEF', ['Фамилия', 'Имя', 'Группа', 'Дата подключения', 'Сообщений']):\n"
  "    ws[col + '3'] = name\n"
  "ws.append(['Ёлкина', 'Алёна', 'ИС-21', None, datetime.date(2023, 11, 15), 12, 5.0, 0.1 + 0.2, True])\n"
  "ws.append(['Иванов', 'Иван', 'ИС-21', None, datetime.datetime(2023, 9, 1, 10, 30), -3])\n"
  "ws['A7'] = 'Ёлкина'\n"
  "wb.create_sheet('Другое')['A1'] = 'не импортировать'\n"
  "wb.save(sys.argv[1])\n";

static void
test_xlsx_openpyxl (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "students.xlsx", NULL);
  const char *argv[] = { SC_TEST_PYTHON, "-c", openpyxl_script, path, NULL };
  g_autoptr(ScTable) table = NULL;
  g_auto(ScTestRun) run = { 0 };

  if (!sc_test_have_python ())
    return;
  g_assert_cmpint (sc_test_spawn (&run, argv), ==, 0);
  table = read_ok (path);
  g_assert_cmpuint (sc_table_get_n_rows (table), ==, 5);
  assert_row (table, 0, 1, "Список студентов", NULL);
  assert_row (table, 1, 3, "Фамилия", "Имя", "Группа", "", "Дата подключения", "Сообщений", NULL);
  assert_row (table, 2, 4, "Ёлкина", "Алёна", "ИС-21", "", "15.11.2023", "12", "5", "0.3",
              "TRUE", NULL);
  assert_row (table, 3, 5, "Иванов", "Иван", "ИС-21", "", "01.09.2023", "-3", NULL);
  assert_row (table, 4, 7, "Ёлкина", NULL);
}

/* ---- pieces ---- */

static void
test_xlsx_date_formats (void)
{
  const struct { const char *code; gboolean date; } cases[] = {
    { "dd.mm.yyyy", TRUE }, { "d mmmm yyyy", TRUE }, { "[$-419]d\\ mmm\\ yy;@", TRUE },
    { "yyyy-mm-dd h:mm:ss", TRUE }, { "mmm", TRUE }, { "DD/MM/YY", TRUE },
    { "General", FALSE }, { "0.00", FALSE }, { "#,##0\\ [$₽-419]", FALSE },
    { "0\" дней\"", FALSE }, { "0.0\\d", FALSE }, { "[Red]0.00", FALSE },
    { "h:mm", FALSE }, { "[h]:mm:ss", FALSE }, { "[h]:mm", FALSE }, { "[Magenta]dd.mm.yy", TRUE }, { "mm:ss", FALSE }, { "_-* #,##0_-", FALSE },
    { "\"", FALSE }, { "[", FALSE }, { "\\", FALSE }, { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("format code %s", cases[i].code);
      g_assert_cmpint (sc_table_xlsx_format_is_date (cases[i].code), ==, cases[i].date);
    }
}

static void
test_xlsx_numbers (void)
{
  const char *cases[][2] = {
    { "5", "5" }, { "5.0", "5" }, { "5.0000", "5" }, { "-0", "0" }, { "79161234567", "79161234567" },
    { "0.30000000000000004", "0.3" }, { "2.5", "2.5" }, { "1E-3", "0.001" }, { "1E+20", "1e+20" },
    { " 12 ", "12" }, { "abc", "abc" }, { "", "" }, { "nan", "nan" }, { "inf", "inf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *formatted = sc_table_xlsx_format_number (cases[i][0]);
      g_assert_cmpstr (formatted, ==, cases[i][1]);
    }
  g_assert_cmpint (sc_table_xlsx_column_from_ref ("A1"), ==, 0);
  g_assert_cmpint (sc_table_xlsx_column_from_ref ("c5"), ==, 2);
  g_assert_cmpint (sc_table_xlsx_column_from_ref ("AA10"), ==, 26);
  g_assert_cmpint (sc_table_xlsx_column_from_ref ("XFD1048576"), ==, 16383);
  g_assert_cmpint (sc_table_xlsx_column_from_ref ("XFE1"), ==, -1);
  g_assert_cmpint (sc_table_xlsx_column_from_ref ("ZZZZ1"), ==, -1);
  g_assert_cmpint (sc_table_xlsx_column_from_ref ("1A"), ==, -1);
  g_assert_cmpint (sc_table_xlsx_column_from_ref ("A1:B2"), ==, -1);
}

static void
test_xlsx_targets (void)
{
  const char *cases[][2] = {
    { "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml" },
    { "/xl/worksheets/sheet2.xml", "xl/worksheets/sheet2.xml" },
    { "./styles.xml", "xl/styles.xml" },
    { "../xl//sharedStrings.xml", "xl/sharedStrings.xml" },
    { "../../etc/passwd", NULL }, { "..", NULL }, { "/", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *part = sc_table_xlsx_resolve_target ("xl", cases[i][0]);
      g_assert_cmpstr (part, ==, cases[i][1]);
    }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/sc/table-reader/csv/cp1251", test_csv_cp1251);
  ADD ("/sc/table-reader/csv/cp1251-line-break", test_csv_cp1251_line_break);
  ADD ("/sc/table-reader/csv/repeated-cells", test_csv_repeated_cells);
  ADD ("/sc/table-reader/csv/utf8-bom", test_csv_utf8_bom);
  ADD ("/sc/table-reader/csv/tab", test_csv_tab);
  ADD ("/sc/table-reader/csv/utf16", test_csv_utf16);
  ADD ("/sc/table-reader/csv/semicolon-with-commas", test_csv_semicolon_with_commas);
  ADD ("/sc/table-reader/csv/blank-lines", test_csv_blank_lines);
  ADD ("/sc/table-reader/csv/cr-only", test_csv_cr_only);
  ADD ("/sc/table-reader/csv/binary", test_csv_binary);
  ADD ("/sc/table-reader/csv/empty", test_csv_empty);
  ADD ("/sc/table-reader/csv/cp1251-undefined-byte", test_csv_cp1251_undefined_byte);
  ADD ("/sc/table-reader/csv/cp1251-every-byte", test_csv_cp1251_every_byte);
  ADD ("/sc/table-reader/csv/too-wide", test_csv_too_wide);
  ADD ("/sc/table-reader/csv/widest", test_csv_widest);
  ADD ("/sc/table-reader/csv/cancelled", test_csv_cancelled);
  ADD ("/sc/table-reader/file/missing", test_file_missing);
  ADD ("/sc/table-reader/file/too-large", test_file_too_large);
  ADD ("/sc/table-reader/file/old-xls", test_file_old_xls);
  ADD ("/sc/table-reader/xlsx/handmade", test_xlsx_handmade);
  ADD ("/sc/table-reader/xlsx/fallback-sheet1", test_xlsx_fallback_sheet1);
  ADD ("/sc/table-reader/xlsx/not-a-workbook", test_xlsx_not_a_workbook);
  ADD ("/sc/table-reader/xlsx/empty-sheet", test_xlsx_empty_sheet);
  ADD ("/sc/table-reader/xlsx/declared-too-large", test_xlsx_declared_too_large);
  ADD ("/sc/table-reader/xlsx/declared-too-small", test_xlsx_declared_too_small);
  ADD ("/sc/table-reader/xlsx/column-gaps-bounded", test_xlsx_column_gaps_bounded);
  ADD ("/sc/table-reader/xlsx/libxlsxwriter", test_xlsx_libxlsxwriter);
  ADD ("/sc/table-reader/xlsx/libxlsxwriter-inline", test_xlsx_libxlsxwriter_inline);
  ADD ("/sc/table-reader/xlsx/truncated", test_xlsx_truncated);
  ADD ("/sc/table-reader/xlsx/misnamed", test_xlsx_misnamed);
  ADD ("/sc/table-reader/xlsx/openpyxl", test_xlsx_openpyxl);
  g_test_add_func ("/sc/table-reader/xlsx/date-formats", test_xlsx_date_formats);
  g_test_add_func ("/sc/table-reader/xlsx/numbers", test_xlsx_numbers);
  g_test_add_func ("/sc/table-reader/xlsx/targets", test_xlsx_targets);

  return g_test_run ();
}

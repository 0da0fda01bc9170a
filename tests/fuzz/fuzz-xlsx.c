/* fuzz-xlsx.c — libFuzzer target: XLSX files
 *
 * Input starting with "PK" is a whole .xlsx (the seeds store their parts
 * uncompressed, so mutations reach the XML). Any other input is one XML
 * part: its first byte picks which (s sheet, t shared strings, y styles,
 * w workbook, r workbook relationships; anything else the sheet), and it is
 * zipped with valid defaults for the other parts, so that the fuzzer spends
 * its time in the XML readers rather than on zip checksums.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "fuzz-zip.h"

#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " \
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

typedef struct
{
  char        key;
  const char *name;
  const char *content;
} Part;

static const Part parts[] = {
  { 's', "xl/worksheets/sheet1.xml",
    "<worksheet " NS "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
    "<c r=\"C1\" t=\"inlineStr\"><is><t>Имя</t></is></c></row><row r=\"2\">"
    "<c r=\"A2\" s=\"1\"><v>45245</v></c><c r=\"B2\"><v>5.0</v></c></row></sheetData></worksheet>" },
  { 't', "xl/sharedStrings.xml",
    "<sst " NS "><si><t>Фамилия</t></si><si><r><t>a</t></r><r><t>b</t></r></si></sst>" },
  { 'y', "xl/styles.xml",
    "<styleSheet " NS "><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/></numFmts>"
    "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>" },
  { 'w', "xl/workbook.xml",
    "<workbook " NS "><sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
  { 'r', "xl/_rels/workbook.xml.rels",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" REL "sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" REL "styles\" Target=\"styles.xml\"/></Relationships>" },
};

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
fuzz_one_part (const uint8_t *data,
               size_t         size)
{
  const char *names[G_N_ELEMENTS (parts)];
  const guint8 *contents[G_N_ELEMENTS (parts)];
  gsize lens[G_N_ELEMENTS (parts)];
  guint target = 0;
  g_autoptr(GBytes) zip = NULL;
  gsize zip_len = 0;
  const guint8 *zip_data;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i].key == (char)data[0])
      target = i;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      names[i] = parts[i].name;
      contents[i] = i == target ? data + 1 : (const guint8 *)parts[i].content;
      lens[i] = i == target ? size - 1 : strlen (parts[i].content);
    }
  zip = zip_stored (names, contents, lens, G_N_ELEMENTS (parts));
  zip_data = g_bytes_get_data (zip, &zip_len);
  fuzz_read (zip_data, zip_len, "fuzz.xlsx");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    fuzz_read (data, size, "fuzz.xlsx");
  else if (size >= 1)
    fuzz_one_part (data, size);
  return 0;
}

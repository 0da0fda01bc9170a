/* fuzz-summary.c — libFuzzer target: the regional summary's reader of a
 * report's «Данные» sheet (sc_summary_report_read_bytes ())
 *
 * Input starting with "PK" is a whole workbook. Any other input is the
 * «Данные» sheet's XML, zipped (stored) into a workbook that names it
 * «Данные» beside a printed sheet, with shared strings holding the codes a
 * report writes, so that mutations of the sheet meet the real codes.
 * Every outcome must be a report with finite figures, or a refusal put
 * into words; never a crash, a leak or an error other than cancelling.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdint.h>

#include "fuzz-zip.h"
#include "sc-summary-report.h"

#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " \
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static const char *const names[] = {
  "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
  "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
};

static const char *const fixed[] = {
  "<workbook " NS "><sheets><sheet name=\"Отчёт\" sheetId=\"1\" r:id=\"rId1\"/>"
  "<sheet name=\"Данные\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/></sheets></workbook>",
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" REL "worksheet\" Target=\"worksheets/sheet2.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"" REL "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>",
  "<sst " NS "><si><t>Код</t></si><si><t>report_month</t></si><si><t>2023-11</t></si>"
  "<si><t>organization_name</t></si><si><t>teachers_total</t></si><si><t>students_connected_pct</t></si>"
  "<si><t>week_2023-11-06_teachers_meeting_norm</t></si><si><t>colleges_count</t></si></sst>",
  "<worksheet " NS "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Отчёт</t></is></c>"
  "</row></sheetData></worksheet>",
};

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
read_report (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  ScSummaryReason *refusal = NULL;
  g_autoptr(ScSummaryReport) report = sc_summary_report_read_bytes (bytes, "fuzz.xlsx", NULL, &refusal, &error);

  g_assert (error == NULL);
  if (report == NULL)
    {
      g_autofree char *text = sc_summary_reason_format (refusal);

      g_assert (text[0] != '\0' && g_utf8_validate (text, -1, NULL));
      sc_summary_reason_free (refusal);
      return;
    }
  g_assert (refusal == NULL);
  g_assert (sc_summary_report_get_name (report)[0] != '\0');
  for (guint i = 0; i < sc_summary_codes_get_n (sc_summary_report_get_codes (report)); i++)
    g_assert (isfinite (sc_summary_report_get_values (report)[i]) &&
              sc_summary_report_get_values (report)[i] >= 0);
  for (guint i = 0; i < sc_summary_report_get_notes (report)->len; i++)
    {
      g_autofree char *text = sc_summary_reason_format (g_ptr_array_index (sc_summary_report_get_notes (report), i));
      g_assert (g_utf8_validate (text, -1, NULL));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const guint8 *contents[G_N_ELEMENTS (names)];
  gsize lens[G_N_ELEMENTS (names)];
  g_autoptr(GBytes) bytes = NULL;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    {
      bytes = g_bytes_new_static (data, size);
      read_report (bytes);
      return 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      contents[i] = (const guint8 *)fixed[i];
      lens[i] = strlen (fixed[i]);
    }
  contents[4] = data;
  lens[4] = size;
  bytes = zip_stored ((const char **)names, contents, lens, G_N_ELEMENTS (names));
  read_report (bytes);
  return 0;
}

/* sc-table-xlsx-workbook.c — which parts of an XLSX hold the first sheet, the
 * shared strings and the styles
 *
 * The first sheet is the first tab a user sees: the first <sheet> of
 * xl/workbook.xml that is not hidden, found through the workbook's
 * relationships. Writers that skip those files get the usual names. A
 * sheet can also be asked for by name (the report's «Данные», which is
 * hidden).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-table-xlsx-workbook"

#include "config.h"

#include <string.h>

#include "sc-i18n.h"
#include "sc-table-reader.h"
#include "sc-table-xlsx-workbook.h"

#define WORKBOOK_PART "xl/workbook.xml"
#define WORKBOOK_RELS_PART "xl/_rels/workbook.xml.rels"
#define DEFAULT_SHEET_PART "xl/worksheets/sheet1.xml"
#define DEFAULT_STRINGS_PART "xl/sharedStrings.xml"
#define DEFAULT_STYLES_PART "xl/styles.xml"

typedef struct
{
  GPtrArray  *visible_ids;  /* relationship ids of the sheets, in tab order */
  GPtrArray  *hidden_ids;
  GHashTable *names;        /* sheet name → relationship id */
  gboolean    date1904;
  GHashTable *worksheets;   /* relationship id → part name */
  char       *strings_part;
  char       *styles_part;
} Parse;

static void
parse_clear (Parse *parse)
{
  g_clear_pointer (&parse->visible_ids, g_ptr_array_unref);
  g_clear_pointer (&parse->hidden_ids, g_ptr_array_unref);
  g_clear_pointer (&parse->names, g_hash_table_unref);
  g_clear_pointer (&parse->worksheets, g_hash_table_unref);
  g_clear_pointer (&parse->strings_part, g_free);
  g_clear_pointer (&parse->styles_part, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parse, parse_clear)

char *
sc_table_xlsx_resolve_target (const char *base_dir,
                        const char *target)
{
  g_autofree char *joined = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  joined = target[0] == '/' ? g_strdup (target + 1)
                            : g_strconcat (base_dir, "/", target, NULL);
  parts = g_strsplit (joined, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (strcmp (parts[i], "..") == 0)
        {
          if (kept->len == 0)
            return NULL;
          g_ptr_array_remove_index (kept, kept->len - 1);
        }
      else if (parts[i][0] != '\0' && strcmp (parts[i], ".") != 0)
        g_ptr_array_add (kept, parts[i]);
    }
  if (kept->len == 0)
    return NULL;
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("/", (char **)kept->pdata);
}

static gboolean
is_true (const char *value)
{
  return value != NULL && (strcmp (value, "1") == 0 || strcmp (value, "true") == 0);
}

static void
workbook_start_cb (GMarkupParseContext  *context,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              user_data,
                   GError              **error)
{
  Parse *parse = user_data;
  const char *local = sc_table_xlsx_local_name (element);

  if (strcmp (local, "workbookPr") == 0)
    parse->date1904 = is_true (sc_table_xlsx_attribute (names, values, "date1904"));
  else if (strcmp (local, "sheet") == 0)
    {
      const char *id = sc_table_xlsx_attribute (names, values, "id");
      const char *state = sc_table_xlsx_attribute (names, values, "state");
      const char *name = sc_table_xlsx_attribute (names, values, "name");

      if (id == NULL)
        return;
      if (name != NULL && !g_hash_table_contains (parse->names, name))
        g_hash_table_insert (parse->names, g_strdup (name), g_strdup (id));
      if (state == NULL || strcmp (state, "visible") == 0)
        g_ptr_array_add (parse->visible_ids, g_strdup (id));
      else
        g_ptr_array_add (parse->hidden_ids, g_strdup (id));
    }
}

static void
take_part (char      **slot,
           const char *target)
{
  if (*slot == NULL)
    *slot = sc_table_xlsx_resolve_target ("xl", target);
}

static void
rels_start_cb (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Parse *parse = user_data;
  const char *id, *type, *target, *mode;
  char *part;

  if (strcmp (sc_table_xlsx_local_name (element), "Relationship") != 0)
    return;
  id = sc_table_xlsx_attribute (names, values, "Id");
  type = sc_table_xlsx_attribute (names, values, "Type");
  target = sc_table_xlsx_attribute (names, values, "Target");
  mode = sc_table_xlsx_attribute (names, values, "TargetMode");
  if (id == NULL || type == NULL || target == NULL ||
      (mode != NULL && strcmp (mode, "External") == 0))
    return;
  if (g_str_has_suffix (type, "/sharedStrings"))
    take_part (&parse->strings_part, target);
  else if (g_str_has_suffix (type, "/styles"))
    take_part (&parse->styles_part, target);
  else if (g_str_has_suffix (type, "/worksheet") &&
           (part = sc_table_xlsx_resolve_target ("xl", target)) != NULL)
    g_hash_table_replace (parse->worksheets, g_strdup (id), part);
}

static const GMarkupParser workbook_parser = { workbook_start_cb, NULL, NULL, NULL, NULL };
static const GMarkupParser rels_parser = { rels_start_cb, NULL, NULL, NULL, NULL };

static const char *
first_sheet (Parse *parse)
{
  GPtrArray *lists[] = { parse->visible_ids, parse->hidden_ids };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        const char *part = g_hash_table_lookup (parse->worksheets,
                                                g_ptr_array_index (lists[l], i));
        if (part != NULL)
          return part;
      }
  return NULL;
}

static void
set_no_sheet (ScTableXlsxPackage *package,
              GError       **error)
{
  if (sc_table_xlsx_package_has_part (package, "mimetype") ||
      sc_table_xlsx_package_has_part (package, "content.xml"))
    g_set_error_literal (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_BAD_XLSX,
                         _("The file is an OpenDocument spreadsheet (.ods), not an Excel workbook. Open it in LibreOffice and save it as .xlsx or .csv."));
  else
    g_set_error_literal (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_BAD_XLSX,
                         _("The file is a zip archive but not an Excel workbook: it has no worksheet. Open the table in Excel or LibreOffice and save it as .xlsx or .csv."));
}

/* The part the relationships name if the zip has it, else @fallback if
 * the zip has that. */
static char *
existing_part (ScTableXlsxPackage *package,
               const char    *named,
               const char    *fallback)
{
  if (named != NULL && sc_table_xlsx_package_has_part (package, named))
    return g_strdup (named);
  return sc_table_xlsx_package_has_part (package, fallback) ? g_strdup (fallback) : NULL;
}

static gboolean
parse_optional (ScTableXlsxPackage       *package,
                const char          *name,
                const GMarkupParser *parser,
                Parse               *parse,
                GError             **error)
{
  if (!sc_table_xlsx_package_has_part (package, name))
    return TRUE;
  return sc_table_xlsx_package_parse_part (package, name, parser, parse, error);
}

/* The part of the sheet called @name, or NULL. */
static const char *
named_sheet (Parse      *parse,
             const char *name)
{
  const char *id = g_hash_table_lookup (parse->names, name);

  return id != NULL ? g_hash_table_lookup (parse->worksheets, id) : NULL;
}

static ScTableXlsxWorkbook *
build_workbook (ScTableXlsxPackage *package,
                Parse         *parse,
                const char    *sheet_name,
                GError       **error)
{
  g_autoptr(ScTableXlsxWorkbook) workbook = g_new0 (ScTableXlsxWorkbook, 1);

  if (sheet_name != NULL)
    {
      const char *part = named_sheet (parse, sheet_name);

      workbook->sheet_part = part != NULL && sc_table_xlsx_package_has_part (package, part)
                             ? g_strdup (part) : NULL;
      if (workbook->sheet_part == NULL)
        {
          g_set_error (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_NO_SHEET,
                       _("The workbook has no sheet “%s”."), sheet_name);
          return NULL;
        }
    }
  else
    workbook->sheet_part = existing_part (package, first_sheet (parse), DEFAULT_SHEET_PART);
  if (workbook->sheet_part == NULL)
    {
      set_no_sheet (package, error);
      return NULL;
    }
  workbook->strings_part = existing_part (package, parse->strings_part,
                                          DEFAULT_STRINGS_PART);
  workbook->styles_part = existing_part (package, parse->styles_part,
                                         DEFAULT_STYLES_PART);
  workbook->date1904 = parse->date1904;
  return g_steal_pointer (&workbook);
}

/* @sheet_name: (nullable): the sheet to read; NULL for the first one. */
ScTableXlsxWorkbook *
sc_table_xlsx_workbook_read_sheet (ScTableXlsxPackage *package,
                             const char    *sheet_name,
                             GError       **error)
{
  g_auto(Parse) parse = { 0 };

  parse.visible_ids = g_ptr_array_new_with_free_func (g_free);
  parse.hidden_ids = g_ptr_array_new_with_free_func (g_free);
  parse.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  parse.worksheets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!parse_optional (package, WORKBOOK_PART, &workbook_parser, &parse, error) ||
      !parse_optional (package, WORKBOOK_RELS_PART, &rels_parser, &parse, error))
    return NULL;
  return build_workbook (package, &parse, sheet_name, error);
}

ScTableXlsxWorkbook *
sc_table_xlsx_workbook_read (ScTableXlsxPackage *package,
                       GError       **error)
{
  return sc_table_xlsx_workbook_read_sheet (package, NULL, error);
}

void
sc_table_xlsx_workbook_free (ScTableXlsxWorkbook *workbook)
{
  if (workbook == NULL)
    return;
  g_free (workbook->sheet_part);
  g_free (workbook->strings_part);
  g_free (workbook->styles_part);
  g_free (workbook);
}

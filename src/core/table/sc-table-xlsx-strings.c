/* sc-table-xlsx-strings.c — the shared strings of an XLSX
 *
 * Each <si> is one string: a plain <t>, or rich text runs <r><t> to be
 * joined. <rPh> holds phonetic hints (East Asian readings) whose <t> is not
 * part of the text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-table-xlsx-strings"

#include "config.h"

#include <string.h>

#include "sc-i18n.h"
#include "sc-table-reader.h"
#include "sc-table-xlsx-strings.h"

typedef struct
{
  GPtrArray *strings;
  GString   *text;
  gboolean   in_si;
  gboolean   in_t;
  guint      phonetic_depth;
} Parse;

static void
start_cb (GMarkupParseContext  *context,
          const char           *element,
          const char          **names,
          const char          **values,
          gpointer              user_data,
          GError              **error)
{
  Parse *parse = user_data;
  const char *local = sc_table_xlsx_local_name (element);

  if (strcmp (local, "si") == 0)
    {
      parse->in_si = TRUE;
      g_string_truncate (parse->text, 0);
    }
  else if (strcmp (local, "rPh") == 0)
    parse->phonetic_depth++;
  else if (strcmp (local, "t") == 0 && parse->in_si && parse->phonetic_depth == 0)
    parse->in_t = TRUE;
}

static void
end_cb (GMarkupParseContext  *context,
        const char           *element,
        gpointer              user_data,
        GError              **error)
{
  Parse *parse = user_data;
  const char *local = sc_table_xlsx_local_name (element);

  if (strcmp (local, "t") == 0)
    parse->in_t = FALSE;
  else if (strcmp (local, "rPh") == 0 && parse->phonetic_depth > 0)
    parse->phonetic_depth--;
  else if (strcmp (local, "si") == 0 && parse->in_si)
    {
      parse->in_si = FALSE;
      if (parse->strings->len >= SC_TABLE_XLSX_MAX_SHARED_STRINGS)
        {
          g_set_error (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_TOO_LARGE,
                       _("The workbook holds more than %d different texts. Keep only the list to import and save it again, or save it as .csv."),
                       SC_TABLE_XLSX_MAX_SHARED_STRINGS);
          return;
        }
      g_ptr_array_add (parse->strings, g_strndup (parse->text->str, parse->text->len));
    }
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 len,
         gpointer              user_data,
         GError              **error)
{
  Parse *parse = user_data;

  if (parse->in_t)
    g_string_append_len (parse->text, text, len);
}

static const GMarkupParser strings_parser = { start_cb, end_cb, text_cb, NULL, NULL };

GPtrArray *
sc_table_xlsx_strings_read (ScTableXlsxPackage *package,
                      const char    *part,
                      GError       **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  Parse parse = { strings, text, FALSE, FALSE, 0 };

  if (part != NULL &&
      !sc_table_xlsx_package_parse_part (package, part, &strings_parser, &parse, error))
    return NULL;
  return g_steal_pointer (&strings);
}

/* sc-table-xlsx-sheet.c — the cells of one XLSX worksheet as text
 *
 * Streams <sheetData>: <row r="5"><c r="C5" t="s" s="2"><v>0</v></c>.
 * Each cell becomes the text a user sees in Excel, near enough for an
 * import: shared and inline strings, formula results, booleans, numbers
 * without a trailing ".0" (phone numbers are stored as numbers), and
 * date-formatted numbers as "dd.mm.yyyy".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-table-xlsx-sheet"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-table-reader-private.h"
#include "sc-table-xlsx-sheet.h"

/* Serial day numbers of the 1904 date system start 1462 days later. */
#define DATE1904_OFFSET 1462

typedef enum
{
  CELL_NUMBER,
  CELL_SHARED,
  CELL_INLINE,
  CELL_STRING,
  CELL_BOOLEAN,
  CELL_ERROR,
  CELL_DATE,
} CellType;

typedef struct
{
  const ScTableXlsxSheetContext *context;
  const char               *part;
  ScTable                  *table;
  GCancellable             *cancellable;
  ScTableBudget             budget;
  GPtrArray                *row;          /* the cells of the open row */
  guint                     row_number;
  guint                     n_rows;
  gboolean                  in_row;
  gboolean                  in_cell;
  guint                     col;
  guint                     next_col;
  CellType                  type;
  guint                     xf;
  GString                  *text;
  gboolean                  in_value;     /* <v>, or <t> of an inline string */
  guint                     phonetic_depth;
} Parse;

char *
sc_table_xlsx_format_number (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *end = NULL;
  double value;

  if (copy[0] == '\0')
    return g_steal_pointer (&copy);
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value))
    return g_steal_pointer (&copy);
  if (value == 0)
    return g_strdup ("0");
  if (floor (value) == value && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);
  /* Excel shows 15 significant digits; more is binary noise */
  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.15g", value));
}

int
sc_table_xlsx_column_from_ref (const char *ref)
{
  int col = 0, n_letters = 0;

  if (ref == NULL)
    return -1;
  for (; g_ascii_isalpha (*ref) && n_letters < 4; ref++, n_letters++)
    col = col * 26 + (g_ascii_toupper (*ref) - 'A' + 1);
  if (n_letters == 0 || col > SC_TABLE_XLSX_MAX_COLUMNS)
    return -1;
  for (; *ref != '\0'; ref++)
    if (!g_ascii_isdigit (*ref))
      return -1;
  return col - 1;
}

static gboolean
parse_uint (const char *text,
            guint       max,
            guint      *out)
{
  g_autofree char *copy = NULL;
  guint64 value;
  char *end = NULL;

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  if (!g_ascii_isdigit (copy[0]))
    return FALSE;
  value = g_ascii_strtoull (copy, &end, 10);
  if (*end != '\0' || value > max)
    return FALSE;
  *out = (guint)value;
  return TRUE;
}

static CellType
cell_type (const char *t)
{
  static const struct { const char *name; CellType type; } types[] = {
    { "s", CELL_SHARED }, { "inlineStr", CELL_INLINE }, { "str", CELL_STRING },
    { "b", CELL_BOOLEAN }, { "e", CELL_ERROR }, { "d", CELL_DATE },
  };

  for (guint i = 0; t != NULL && i < G_N_ELEMENTS (types); i++)
    if (strcmp (t, types[i].name) == 0)
      return types[i].type;
  return CELL_NUMBER;
}

static char *
format_serial_date (const Parse *parse,
                    const char  *text)
{
  g_autofree char *iso = NULL;
  char *end = NULL;
  double serial = g_ascii_strtod (text, &end);

  if (end == text || !isfinite (serial))
    return NULL;
  if (parse->context->date1904)
    serial += DATE1904_OFFSET;
  iso = sc_date_from_serial (serial);
  return iso != NULL ? sc_date_format_short (iso) : NULL;
}

static char *
number_value (const Parse *parse)
{
  const char *text = parse->text->str;
  char *date = NULL;

  if (sc_table_xlsx_styles_is_date (parse->context->styles, parse->xf))
    date = format_serial_date (parse, text);
  return date != NULL ? date : sc_table_xlsx_format_number (text);
}

/* Some writers store dates as ISO 8601 text with t="d". */
static char *
iso_date_value (const Parse *parse)
{
  g_autofree char *iso = sc_date_parse (parse->text->str);

  return iso != NULL ? sc_date_format_short (iso) : g_strdup (parse->text->str);
}

static char *
shared_value (const Parse *parse,
              GError     **error)
{
  GPtrArray *strings = parse->context->strings;
  guint index;

  if (!parse_uint (parse->text->str, G_MAXUINT, &index) || index >= strings->len)
    {
      sc_table_xlsx_set_damaged (error, parse->part, _("a cell refers to a missing shared text"));
      return NULL;
    }
  return g_strdup (g_ptr_array_index (strings, index));
}

static char *
cell_value (const Parse *parse,
            GError     **error)
{
  switch (parse->type)
    {
    case CELL_SHARED:
      return shared_value (parse, error);
    case CELL_BOOLEAN:
      return g_strdup (strcmp (g_strstrip (parse->text->str), "1") == 0 ? "TRUE" : "FALSE");
    case CELL_DATE:
      return iso_date_value (parse);
    case CELL_NUMBER:
      return number_value (parse);
    case CELL_INLINE:
    case CELL_STRING:
    case CELL_ERROR:
    default:
      return g_strdup (parse->text->str);
    }
}

/* A styled cell without a value does not widen the row. */
static gboolean
place_cell (Parse   *parse,
            char    *value,
            GError **error)
{
  GPtrArray *row = parse->row;
  guint added = parse->col >= row->len ? parse->col + 1 - row->len : 0;

  if (value[0] == '\0')
    {
      g_free (value);
      return TRUE;
    }
  if (!sc_table_budget_spend (&parse->budget, added, strlen (value), error))
    {
      g_free (value);
      return FALSE;
    }
  while (row->len < parse->col)
    g_ptr_array_add (row, g_strdup (""));
  if (parse->col < row->len)
    {
      g_free (row->pdata[parse->col]);
      row->pdata[parse->col] = value;
    }
  else
    g_ptr_array_add (row, value);
  return TRUE;
}

static void
start_row (Parse       *parse,
           const char **names,
           const char **values)
{
  guint number;

  if (!parse_uint (sc_table_xlsx_attribute (names, values, "r"), SC_TABLE_XLSX_MAX_ROWS, &number) ||
      number == 0)
    number = MIN (parse->row_number + 1, SC_TABLE_XLSX_MAX_ROWS);
  parse->row_number = number;
  parse->in_row = TRUE;
  parse->next_col = 0;
  g_ptr_array_set_size (parse->row, 0);
}

static void
start_cell (Parse       *parse,
            const char **names,
            const char **values)
{
  int col = sc_table_xlsx_column_from_ref (sc_table_xlsx_attribute (names, values, "r"));

  parse->col = col >= 0 ? (guint)col : parse->next_col;
  if (parse->col >= SC_TABLE_XLSX_MAX_COLUMNS)
    parse->col = SC_TABLE_XLSX_MAX_COLUMNS - 1;
  parse->type = cell_type (sc_table_xlsx_attribute (names, values, "t"));
  if (!parse_uint (sc_table_xlsx_attribute (names, values, "s"), G_MAXUINT, &parse->xf))
    parse->xf = 0;
  parse->in_cell = TRUE;
  g_string_truncate (parse->text, 0);
}

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

  if (strcmp (local, "row") == 0)
    start_row (parse, names, values);
  else if (strcmp (local, "c") == 0 && parse->in_row)
    start_cell (parse, names, values);
  else if (strcmp (local, "rPh") == 0)
    parse->phonetic_depth++;
  else if (parse->in_cell && parse->phonetic_depth == 0 &&
           (strcmp (local, "v") == 0 || strcmp (local, "t") == 0))
    parse->in_value = TRUE;
}

static gboolean
end_row (Parse   *parse,
         GError **error)
{
  GStrv cells;

  parse->in_row = FALSE;
  if (parse->row->len == 0)
    return TRUE;
  g_ptr_array_add (parse->row, NULL);
  cells = (GStrv)g_ptr_array_steal (parse->row, NULL);
  if (sc_table_reader_row_is_blank (cells))
    g_strfreev (cells);
  else
    sc_table_append_row (parse->table, parse->row_number, cells);
  return ++parse->n_rows % SC_TABLE_READER_CANCEL_EVERY != 0 ||
         !g_cancellable_set_error_if_cancelled (parse->cancellable, error);
}

static void
end_cell (Parse   *parse,
          GError **error)
{
  char *value = cell_value (parse, error);

  parse->in_cell = FALSE;
  parse->next_col = MIN (parse->col + 1, SC_TABLE_XLSX_MAX_COLUMNS - 1);
  if (value != NULL)
    place_cell (parse, value, error);
}

static void
end_cb (GMarkupParseContext  *context,
        const char           *element,
        gpointer              user_data,
        GError              **error)
{
  Parse *parse = user_data;
  const char *local = sc_table_xlsx_local_name (element);

  if (strcmp (local, "v") == 0 || strcmp (local, "t") == 0)
    parse->in_value = FALSE;
  else if (strcmp (local, "rPh") == 0 && parse->phonetic_depth > 0)
    parse->phonetic_depth--;
  else if (strcmp (local, "c") == 0 && parse->in_cell)
    end_cell (parse, error);
  else if (strcmp (local, "row") == 0 && parse->in_row)
    end_row (parse, error);
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 len,
         gpointer              user_data,
         GError              **error)
{
  Parse *parse = user_data;

  if (parse->in_value)
    g_string_append_len (parse->text, text, len);
}

static const GMarkupParser sheet_parser = { start_cb, end_cb, text_cb, NULL, NULL };

ScTable *
sc_table_xlsx_sheet_read (ScTableXlsxPackage            *package,
                    const char               *part,
                    const ScTableXlsxSheetContext *context,
                    GCancellable             *cancellable,
                    GError                  **error)
{
  g_autoptr(ScTable) table = sc_table_new (SC_TABLE_FORMAT_XLSX);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  Parse parse = { 0 };

  parse.context = context;
  parse.part = part;
  parse.table = table;
  parse.cancellable = cancellable;
  parse.row = row;
  parse.text = text;
  if (!sc_table_xlsx_package_parse_part (package, part, &sheet_parser, &parse, error))
    return NULL;
  return g_steal_pointer (&table);
}

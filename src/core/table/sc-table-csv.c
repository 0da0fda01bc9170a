/* sc-table-csv.c — CSV as Russian spreadsheets save it
 *
 * Excel in a Russian locale writes Windows-1251 and ';', LibreOffice and
 * web services UTF-8 and ',', Excel's "Unicode text" UTF-16 and tabs. libcsv does the RFC 4180 tokenizing; this
 * file picks the encoding and the delimiter and remembers on which physical
 * line each record starts, so that a message about "line 12" points where
 * a text editor shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-table-csv"

#include "config.h"

#include <csv.h>
#include <string.h>

#include "sc-table-csv.h"
#include "sc-i18n.h"
#include "sc-table-reader-private.h"

#define UTF8_BOM "\xEF\xBB\xBF"
#define JUNK_SAMPLE (64 * 1024)
#define SNIFF_SAMPLE (256 * 1024)
#define SNIFF_RECORDS 20
#define TRACKED_COLUMNS 32

typedef struct
{
  ScTable   *table;
  GPtrArray *cells;        /* the record being read: strings in the table */
  GString   *scratch;
  gboolean   cp1251;       /* the text is Windows-1251, converted cell by cell */
  gboolean   quoted;       /* a line of the open record has a quote: its cells may hold CRLF */
  /* The last cell stored in each of the first columns, and its length: a
   * cell like the one above it (the same group, category, status, date —
   * half of a list of people's text) is stored once. */
  const char *above[TRACKED_COLUMNS];
  gsize      above_len[TRACKED_COLUMNS];
  guint      line;         /* physical line of the text fed last */
  guint      record_line;  /* where the record started; 0: none open */
  ScTableBudget budget;
  GError    *error;
} Reader;

typedef struct
{
  guint counts[SNIFF_RECORDS];
  guint n_records;
  guint n_fields;
  gboolean blank;
} Sniffer;

static const char delimiters[] = { ';', ',', '\t' };

/* Spaces belong to the cell: importers trim, and a quoted cell must not
 * lose what the user typed. */
static int
never_space (unsigned char c)
{
  return 0;
}

static void
init_parser (struct csv_parser *parser,
             char               delimiter)
{
  csv_init (parser, 0);
  csv_set_delim (parser, (unsigned char)delimiter);
  csv_set_space_func (parser, never_space);
}

static gboolean
is_binary (const guint8 *data,
           gsize         len)
{
  gsize sample = MIN (len, JUNK_SAMPLE), n_control = 0;

  if (len == 0)
    return FALSE;
  if (memchr (data, '\0', len) != NULL)
    return TRUE;
  for (gsize i = 0; i < sample; i++)
    if ((data[i] < 0x20 && data[i] != '\t' && data[i] != '\n' &&
         data[i] != '\r') || data[i] == 0x7f)
      n_control++;
  return n_control * 10 > sample;
}

/* UTF-8 for each byte 0x80–0xFF of Windows-1251, as iconv converts it
 * (test-table-reader compares every byte); the one byte it leaves
 * undefined (0x98, which iconv refuses) becomes "?". A table, not iconv:
 * iconv over a whole 5 MB file was a fifth of a large import's reading,
 * and opening it loads a conversion module. */
typedef struct
{
  char   utf8[3];
  guint8 len;
} Cp1251Char;

static const Cp1251Char cp1251_chars[0x80] = {
  { "\xD0\x82", 2 }, { "\xD0\x83", 2 }, { "\xE2\x80\x9A", 3 }, { "\xD1\x93", 2 },
  { "\xE2\x80\x9E", 3 }, { "\xE2\x80\xA6", 3 }, { "\xE2\x80\xA0", 3 }, { "\xE2\x80\xA1", 3 },
  { "\xE2\x82\xAC", 3 }, { "\xE2\x80\xB0", 3 }, { "\xD0\x89", 2 }, { "\xE2\x80\xB9", 3 },
  { "\xD0\x8A", 2 }, { "\xD0\x8C", 2 }, { "\xD0\x8B", 2 }, { "\xD0\x8F", 2 },
  { "\xD1\x92", 2 }, { "\xE2\x80\x98", 3 }, { "\xE2\x80\x99", 3 }, { "\xE2\x80\x9C", 3 },
  { "\xE2\x80\x9D", 3 }, { "\xE2\x80\xA2", 3 }, { "\xE2\x80\x93", 3 }, { "\xE2\x80\x94", 3 },
  { "\x3F", 1 }, { "\xE2\x84\xA2", 3 }, { "\xD1\x99", 2 }, { "\xE2\x80\xBA", 3 },
  { "\xD1\x9A", 2 }, { "\xD1\x9C", 2 }, { "\xD1\x9B", 2 }, { "\xD1\x9F", 2 },
  { "\xC2\xA0", 2 }, { "\xD0\x8E", 2 }, { "\xD1\x9E", 2 }, { "\xD0\x88", 2 },
  { "\xC2\xA4", 2 }, { "\xD2\x90", 2 }, { "\xC2\xA6", 2 }, { "\xC2\xA7", 2 },
  { "\xD0\x81", 2 }, { "\xC2\xA9", 2 }, { "\xD0\x84", 2 }, { "\xC2\xAB", 2 },
  { "\xC2\xAC", 2 }, { "\xC2\xAD", 2 }, { "\xC2\xAE", 2 }, { "\xD0\x87", 2 },
  { "\xC2\xB0", 2 }, { "\xC2\xB1", 2 }, { "\xD0\x86", 2 }, { "\xD1\x96", 2 },
  { "\xD2\x91", 2 }, { "\xC2\xB5", 2 }, { "\xC2\xB6", 2 }, { "\xC2\xB7", 2 },
  { "\xD1\x91", 2 }, { "\xE2\x84\x96", 3 }, { "\xD1\x94", 2 }, { "\xC2\xBB", 2 },
  { "\xD1\x98", 2 }, { "\xD0\x85", 2 }, { "\xD1\x95", 2 }, { "\xD1\x97", 2 },
  { "\xD0\x90", 2 }, { "\xD0\x91", 2 }, { "\xD0\x92", 2 }, { "\xD0\x93", 2 },
  { "\xD0\x94", 2 }, { "\xD0\x95", 2 }, { "\xD0\x96", 2 }, { "\xD0\x97", 2 },
  { "\xD0\x98", 2 }, { "\xD0\x99", 2 }, { "\xD0\x9A", 2 }, { "\xD0\x9B", 2 },
  { "\xD0\x9C", 2 }, { "\xD0\x9D", 2 }, { "\xD0\x9E", 2 }, { "\xD0\x9F", 2 },
  { "\xD0\xA0", 2 }, { "\xD0\xA1", 2 }, { "\xD0\xA2", 2 }, { "\xD0\xA3", 2 },
  { "\xD0\xA4", 2 }, { "\xD0\xA5", 2 }, { "\xD0\xA6", 2 }, { "\xD0\xA7", 2 },
  { "\xD0\xA8", 2 }, { "\xD0\xA9", 2 }, { "\xD0\xAA", 2 }, { "\xD0\xAB", 2 },
  { "\xD0\xAC", 2 }, { "\xD0\xAD", 2 }, { "\xD0\xAE", 2 }, { "\xD0\xAF", 2 },
  { "\xD0\xB0", 2 }, { "\xD0\xB1", 2 }, { "\xD0\xB2", 2 }, { "\xD0\xB3", 2 },
  { "\xD0\xB4", 2 }, { "\xD0\xB5", 2 }, { "\xD0\xB6", 2 }, { "\xD0\xB7", 2 },
  { "\xD0\xB8", 2 }, { "\xD0\xB9", 2 }, { "\xD0\xBA", 2 }, { "\xD0\xBB", 2 },
  { "\xD0\xBC", 2 }, { "\xD0\xBD", 2 }, { "\xD0\xBE", 2 }, { "\xD0\xBF", 2 },
  { "\xD1\x80", 2 }, { "\xD1\x81", 2 }, { "\xD1\x82", 2 }, { "\xD1\x83", 2 },
  { "\xD1\x84", 2 }, { "\xD1\x85", 2 }, { "\xD1\x86", 2 }, { "\xD1\x87", 2 },
  { "\xD1\x88", 2 }, { "\xD1\x89", 2 }, { "\xD1\x8A", 2 }, { "\xD1\x8B", 2 },
  { "\xD1\x8C", 2 }, { "\xD1\x8D", 2 }, { "\xD1\x8E", 2 }, { "\xD1\x8F", 2 },
};

/* Writes @len bytes of Windows-1251 text to @out as UTF-8 and returns the
 * length written; @out has room for @len * 3 bytes. */
static gsize
convert_cp1251 (char       *out,
                const char *data,
                gsize       len)
{
  const Cp1251Char *chars = cp1251_chars;
  char *p = out;

  for (gsize i = 0; i < len; i++)
    {
      guchar b = (guchar)data[i];

      if (b < 0x80)
        *p++ = (char)b;
      else
        {
          const Cp1251Char *c = &chars[b - 0x80];

          memcpy (p, c->utf8, 3);
          p += c->len;
        }
    }
  return p - out;
}

/* The text to parse, without a copy when it is UTF-8 already: Windows-1251
 * is parsed as it is (the delimiters and quotes are the same bytes) and
 * each cell converted as it is stored. */
static const char *
decode_text (const char  *data,
             gsize        len,
             gsize       *out_len,
             const char **encoding,
             char       **owned)
{
  gboolean bom = len >= 3 && memcmp (data, UTF8_BOM, 3) == 0;
  const char *text = bom ? data + 3 : data;

  if (len == 0)   /* an empty file is mapped as no data at all */
    {
      *out_len = 0;
      *encoding = "UTF-8";
      return "";
    }

  *out_len = bom ? len - 3 : len;
  if (g_utf8_validate_len (text, *out_len, NULL))
    {
      *encoding = bom ? "UTF-8 (BOM)" : "UTF-8";
      return text;
    }
  if (bom)
    {
      *encoding = "UTF-8 (BOM)";
      *owned = g_utf8_make_valid (text, *out_len);
      *out_len = strlen (*owned);
      return *owned;
    }
  *encoding = "Windows-1251";
  return data;
}

/* Excel's "Unicode text" is UTF-16 with a BOM, tab-separated. */
static char *
decode_utf16 (const char  *data,
              gsize        len,
              gsize       *out_len,
              const char **encoding)
{
  const char *charset = (guchar)data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
  g_autofree char *text = g_convert (data + 2, len - 2, "UTF-8", charset, NULL, out_len, NULL);

  if (text == NULL || memchr (text, '\0', *out_len) != NULL)
    return NULL;
  *encoding = "UTF-16";
  return g_steal_pointer (&text);
}

static gboolean
has_utf16_bom (const char *data,
               gsize       len)
{
  return len >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0);
}

/* The text to parse (in @owned when it had to be made); NULL with @error
 * set when the file is not text. */
static const char *
decode (const char  *data,
        gsize        len,
        gsize       *out_len,
        const char **encoding,
        char       **owned,
        GError     **error)
{
  const char *text = NULL;

  if (has_utf16_bom (data, len))
    text = *owned = decode_utf16 (data, len, out_len, encoding);
  else if (is_binary ((const guint8 *)data, len))
    {
      g_set_error_literal (error, SC_TABLE_READER_ERROR,
                           SC_TABLE_READER_ERROR_NOT_A_TABLE,
                           _("The file is not a table: it holds binary data, not text. Open it in Excel or LibreOffice and save it as .xlsx or .csv."));
      return NULL;
    }
  else
    text = decode_text (data, len, out_len, encoding, owned);
  if (text == NULL)
    g_set_error_literal (error, SC_TABLE_READER_ERROR,
                         SC_TABLE_READER_ERROR_NOT_A_TABLE,
                         _("The file’s text encoding is not recognized. Save it again as CSV (UTF-8) or as .xlsx."));
  return text;
}

static void
sniff_field_cb (void   *field,
                size_t  len,
                void   *data)
{
  Sniffer *sniffer = data;

  sniffer->n_fields++;
  for (size_t i = 0; i < len && sniffer->blank; i++)
    if (!g_ascii_isspace (((const char *)field)[i]))
      sniffer->blank = FALSE;
}

static void
sniff_record_cb (int   c,
                 void *data)
{
  Sniffer *sniffer = data;

  if (!sniffer->blank && sniffer->n_records < SNIFF_RECORDS)
    sniffer->counts[sniffer->n_records++] = sniffer->n_fields;
  sniffer->n_fields = 0;
  sniffer->blank = TRUE;
}

static void
sniff (const char *text,
       gsize       len,
       char        delimiter,
       Sniffer    *sniffer)
{
  struct csv_parser parser;

  init_parser (&parser, delimiter);
  sniffer->blank = TRUE;
  len = MIN (len, SNIFF_SAMPLE);
  for (gsize pos = 0; pos < len && sniffer->n_records < SNIFF_RECORDS; pos += 4096)
    csv_parse (&parser, text + pos, MIN (4096, len - pos), sniff_field_cb,
               sniff_record_cb, sniffer);
  csv_fini (&parser, sniff_field_cb, sniff_record_cb, sniffer);
  csv_free (&parser);
}

/* Lines that agree on the most common column count, weighted by how many
 * columns that is: title rows (one cell) do not count, and a stray comma
 * inside a ';' file splits too few lines the same way to win. */
static guint
score_delimiter (const Sniffer *sniffer)
{
  guint best_count = 0, best_agree = 0;

  for (guint i = 0; i < sniffer->n_records; i++)
    {
      guint agree = 0;

      for (guint j = 0; j < sniffer->n_records; j++)
        agree += sniffer->counts[j] == sniffer->counts[i];
      if (agree > best_agree ||
          (agree == best_agree && sniffer->counts[i] > best_count))
        {
          best_agree = agree;
          best_count = sniffer->counts[i];
        }
    }
  return best_count > 1 ? best_agree * (best_count - 1) : 0;
}

static char
detect_delimiter (const char *text,
                  gsize       len)
{
  char best = delimiters[0];
  guint best_score = 0;

  for (guint i = 0; i < G_N_ELEMENTS (delimiters); i++)
    {
      Sniffer sniffer = { { 0 }, 0, 0, TRUE };
      guint score;

      sniff (text, len, delimiters[i], &sniffer);
      score = score_delimiter (&sniffer);
      if (score > best_score)
        {
          best = delimiters[i];
          best_score = score;
        }
    }
  return best;
}

/* The cell above in column @col when it reads the same as @text. */
static const char *
same_as_above (Reader     *reader,
               guint       col,
               const char *text,
               gsize       len)
{
  if (col < TRACKED_COLUMNS && reader->above[col] != NULL && reader->above_len[col] == len &&
      memcmp (reader->above[col], text, len) == 0)
    return reader->above[col];
  return NULL;
}

static const char *
remember (Reader     *reader,
          guint       col,
          const char *cell,
          gsize       len)
{
  if (col < TRACKED_COLUMNS)
    {
      reader->above[col] = cell;
      reader->above_len[col] = len;
    }
  return cell;
}

/* The cell as stored, in UTF-8: a CRLF inside a quoted cell becomes LF
 * (Excel writes a line break in a cell as LF; a CRLF file may carry CRLF
 * there too). A Windows-1251 cell is converted straight into the table. */
static const char *
store_cell (Reader     *reader,
            guint       col,
            const char *field,
            gsize       len)
{
  GString *scratch = reader->scratch;
  const char *same;
  char *converted;

  if (reader->quoted && memchr (field, '\r', len) != NULL)
    {
      g_string_truncate (scratch, 0);
      for (gsize i = 0; i < len; i++)
        if (!(field[i] == '\r' && i + 1 < len && field[i + 1] == '\n'))
          g_string_append_c (scratch, field[i]);
      field = scratch->str;
      len = scratch->len;
    }
  if (!reader->cp1251)
    {
      same = same_as_above (reader, col, field, len);
      return same != NULL ? same : remember (reader, col, sc_table_intern (reader->table, field, len), len);
    }
  /* Converted where it would be kept; kept only when new. */
  converted = sc_table_reserve (reader->table, len * 3);
  len = convert_cp1251 (converted, field, len);
  same = same_as_above (reader, col, converted, len);
  return same != NULL ? same : remember (reader, col, sc_table_commit (reader->table, len), len);
}

static void
field_cb (void   *field,
          size_t  len,
          void   *data)
{
  Reader *reader = data;

  if (reader->error != NULL)
    return;
  if (reader->record_line == 0)
    reader->record_line = reader->line;
  if (reader->cells->len >= SC_TABLE_READER_MAX_COLUMNS)
    {
      g_set_error (&reader->error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_TOO_LARGE,
                   _("Line %u has more than %d cells, more than a spreadsheet holds. Check that you chose the right file and that it is a table."),
                   reader->record_line, SC_TABLE_READER_MAX_COLUMNS);
      return;
    }
  if (!sc_table_budget_spend (&reader->budget, 1, len, &reader->error))
    return;
  g_ptr_array_add (reader->cells,
                   (gpointer)store_cell (reader, reader->cells->len, field, len));
}

static void
record_cb (int   c,
           void *data)
{
  Reader *reader = data;
  guint line = reader->record_line != 0 ? reader->record_line : reader->line;
  guint n = reader->cells->len;

  reader->record_line = 0;
  reader->quoted = FALSE;
  if (reader->error != NULL)
    return;
  g_ptr_array_add (reader->cells, NULL);
  if (!sc_table_reader_row_is_blank ((char **)reader->cells->pdata))
    sc_table_append_cells (reader->table, line, (const char *const *)reader->cells->pdata, n);
  g_ptr_array_set_size (reader->cells, 0);
}

/* The length of the physical line at @text, its end of line included:
 * LF, CRLF or a lone CR (old Mac files). */
static gsize
line_length (const char *text,
             gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      if (text[i] == '\n')
        return i + 1;
      if (text[i] == '\r')
        return (i + 1 < len && text[i + 1] == '\n') ? i + 2 : i + 1;
    }
  return len;
}

static gboolean
is_line_blank (const char *text,
               gsize       len)
{
  return len == 0 || text[0] == '\n' || text[0] == '\r';
}

/* Fed one physical line at a time: a record can only start at the start
 * of a line, so the line of the first non-empty text fed while no record
 * is open is the record's line. */
static gboolean
parse_lines (Reader            *reader,
             struct csv_parser *parser,
             const char        *text,
             gsize              len,
             GCancellable      *cancellable,
             GError           **error)
{
  for (gsize pos = 0; pos < len; reader->line++)
    {
      gsize n = line_length (text + pos, len - pos);

      if (reader->record_line == 0 && !is_line_blank (text + pos, n))
        reader->record_line = reader->line;
      if (memchr (text + pos, '"', n) != NULL)
        reader->quoted = TRUE;
      csv_parse (parser, text + pos, n, field_cb, record_cb, reader);
      pos += n;
      if (reader->error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&reader->error));
          return FALSE;
        }
      if (reader->line % SC_TABLE_READER_CANCEL_EVERY == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  return TRUE;
}

static ScTable *
split_rows (const char   *text,
            gsize         len,
            char          delimiter,
            gboolean      cp1251,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr(ScTable) table = sc_table_new (SC_TABLE_FORMAT_CSV);
  g_autoptr(GPtrArray) cells = g_ptr_array_sized_new (32);
  g_autoptr(GString) scratch = g_string_new (NULL);
  Reader reader = { table, cells, scratch, cp1251, FALSE, { NULL }, { 0 }, 1, 0, { 0, 0 }, NULL };
  struct csv_parser parser;
  gboolean ok;

  init_parser (&parser, delimiter);
  ok = parse_lines (&reader, &parser, text, len, cancellable, error);
  if (ok)
    {
      csv_fini (&parser, field_cb, record_cb, &reader);
      if (reader.error != NULL)
        {
          g_propagate_error (error, reader.error);
          ok = FALSE;
        }
    }
  csv_free (&parser);
  return ok ? g_steal_pointer (&table) : NULL;
}

ScTable *
sc_table_csv_read (GBytes       *bytes,
             GCancellable *cancellable,
             GError      **error)
{
  gsize len = 0, text_len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  const char *encoding = NULL;
  g_autofree char *owned = NULL;
  const char *text;
  ScTable *table;
  char delimiter;

  text = decode (data, len, &text_len, &encoding, &owned, error);
  if (text == NULL)
    return NULL;
  delimiter = detect_delimiter (text, text_len);
  table = split_rows (text, text_len, delimiter, strcmp (encoding, "Windows-1251") == 0,
                      cancellable, error);
  if (table != NULL)
    {
      sc_table_set_encoding (table, encoding);
      sc_table_set_delimiter (table, delimiter);
    }
  return table;
}

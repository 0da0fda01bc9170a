/* sc-table.c — a spreadsheet read into memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-table.h"

/* Cells live in large blocks of text and rows point into one array of cell
 * pointers: reading 50 000 rows costs a few large allocations, not one per
 * cell and per row. A reader may write a cell straight into its block
 * (sc_table_reserve()), converting as it goes. */
#define BLOCK_SIZE (256 * 1024)
typedef struct
{
  guint line;
  guint n_cells;
  guint first;      /* index of the row's first cell in cells */
} Row;

struct _ScTable
{
  gatomicrefcount ref_count;
  ScTableFormat   format;
  char           *encoding;
  char            delimiter;
  GArray         *rows;
  GPtrArray      *cells;
  GPtrArray      *blocks;     /* of text, each g_malloc ()ed */
  char           *free;       /* where the next cell goes in the last block */
  gsize           n_free;
};

G_DEFINE_BOXED_TYPE (ScTable, sc_table, sc_table_ref, sc_table_unref)

ScTable *
sc_table_new (ScTableFormat format)
{
  ScTable *table = g_new0 (ScTable, 1);

  g_atomic_ref_count_init (&table->ref_count);
  table->format = format;
  table->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  table->cells = g_ptr_array_new ();
  table->blocks = g_ptr_array_new_with_free_func (g_free);
  return table;
}

ScTable *
sc_table_ref (ScTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_atomic_ref_count_inc (&table->ref_count);
  return table;
}

void
sc_table_unref (ScTable *table)
{
  g_return_if_fail (table != NULL);
  if (!g_atomic_ref_count_dec (&table->ref_count))
    return;
  g_array_unref (table->rows);
  g_ptr_array_unref (table->cells);
  g_ptr_array_unref (table->blocks);
  g_free (table->encoding);
  g_free (table);
}

/**
 * sc_table_reserve:
 *
 * Room for a cell of at most @max_len bytes, kept as long as the table:
 * write the cell there, then sc_table_commit() its length.
 */
char *
sc_table_reserve (ScTable *table,
                  gsize    max_len)
{
  g_return_val_if_fail (table != NULL, NULL);

  if (max_len >= table->n_free)
    {
      gsize size = MAX (BLOCK_SIZE, max_len + 1);

      table->free = g_malloc (size);
      table->n_free = size;
      g_ptr_array_add (table->blocks, table->free);
    }
  return table->free;
}

/* The cell sc_table_reserve() gave room for, @len bytes long. */
const char *
sc_table_commit (ScTable *table,
                 gsize    len)
{
  char *text = table->free;

  g_return_val_if_fail (table != NULL && len < table->n_free, "");
  text[len] = '\0';
  table->free += len + 1;
  table->n_free -= len + 1;
  return text;
}

/* A copy of @len bytes of @text (no NUL needed) kept as long as the table. */
const char *
sc_table_intern (ScTable    *table,
                 const char *text,
                 gssize      len)
{
  g_return_val_if_fail (table != NULL, "");

  if (len < 0)
    len = strlen (text);
  memcpy (sc_table_reserve (table, len), text, len);
  return sc_table_commit (table, len);
}

/* @cells: strings sc_table_intern() returned. */
void
sc_table_append_cells (ScTable           *table,
                       guint              line,
                       const char *const *cells,
                       guint              n_cells)
{
  Row row = { line, n_cells, table->cells->len };

  g_return_if_fail (table != NULL);
  for (guint i = 0; i < n_cells; i++)
    g_ptr_array_add (table->cells, (gpointer)cells[i]);
  g_array_append_val (table->rows, row);
}

void
sc_table_append_row (ScTable *table,
                     guint    line,
                     GStrv    cells)
{
  guint n = cells ? g_strv_length (cells) : 0;
  g_autofree const char **copies = g_new (const char *, n + 1);

  g_return_if_fail (table != NULL);
  for (guint i = 0; i < n; i++)
    copies[i] = sc_table_intern (table, cells[i], -1);
  sc_table_append_cells (table, line, copies, n);
  g_strfreev (cells);
}

guint
sc_table_get_n_rows (const ScTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->rows->len;
}

guint
sc_table_get_line (const ScTable *table,
                   guint          row)
{
  g_return_val_if_fail (table != NULL && row < table->rows->len, 0);
  return g_array_index (table->rows, Row, row).line;
}

guint
sc_table_get_n_cells (const ScTable *table,
                      guint          row)
{
  g_return_val_if_fail (table != NULL && row < table->rows->len, 0);
  return g_array_index (table->rows, Row, row).n_cells;
}

const char *
sc_table_get_cell (const ScTable *table,
                   guint          row,
                   guint          col)
{
  const Row *r;

  g_return_val_if_fail (table != NULL && row < table->rows->len, "");
  r = &g_array_index (table->rows, Row, row);
  return col < r->n_cells ? table->cells->pdata[r->first + col] : "";
}

ScTableFormat
sc_table_get_format (const ScTable *table)
{
  return table->format;
}

const char *
sc_table_get_encoding (const ScTable *table)
{
  return table->encoding;
}

void
sc_table_set_encoding (ScTable    *table,
                       const char *encoding)
{
  g_free (table->encoding);
  table->encoding = g_strdup (encoding);
}

char
sc_table_get_delimiter (const ScTable *table)
{
  return table->delimiter;
}

void
sc_table_set_delimiter (ScTable *table,
                        char     delimiter)
{
  table->delimiter = delimiter;
}

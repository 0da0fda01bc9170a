/* sc-table.c — a spreadsheet read into memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-table.h"

typedef struct
{
  guint line;
  guint n_cells;
  GStrv cells;
} Row;

struct _ScTable
{
  gatomicrefcount ref_count;
  ScTableFormat   format;
  char           *encoding;
  char            delimiter;
  GArray         *rows;
};

static void
clear_row (gpointer data)
{
  Row *row = data;
  g_strfreev (row->cells);
}

ScTable *
sc_table_new (ScTableFormat format)
{
  ScTable *table = g_new0 (ScTable, 1);

  g_atomic_ref_count_init (&table->ref_count);
  table->format = format;
  table->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_array_set_clear_func (table->rows, clear_row);
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
  g_free (table->encoding);
  g_free (table);
}

void
sc_table_append_row (ScTable *table,
                     guint    line,
                     GStrv    cells)
{
  Row row = { line, cells ? g_strv_length (cells) : 0, cells };

  g_return_if_fail (table != NULL);
  if (row.cells == NULL)
    row.cells = g_new0 (char *, 1);
  g_array_append_val (table->rows, row);
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
  return col < r->n_cells ? r->cells[col] : "";
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

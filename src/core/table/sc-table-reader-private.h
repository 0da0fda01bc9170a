/* sc-table-reader-private.h — limits shared by the CSV and XLSX readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-table-reader.h"

G_BEGIN_DECLS

/* A college list of people is a few thousand rows of twenty cells (10 000 people
 * in 30 columns are 300 000 cells). These bounds
 * only stop a hostile file from growing in memory: 50 MB of delimiters
 * into millions of cells, or one long shared string repeated in every
 * cell of an XLSX sheet. */
#define SC_TABLE_READER_MAX_CELLS (2 * 1000 * 1000)
#define SC_TABLE_READER_MAX_TEXT  (256 * 1024 * 1024)
/* Excel's last column, XFD: no row of a spreadsheet is wider. */
#define SC_TABLE_READER_MAX_COLUMNS 16384

typedef struct
{
  guint64 n_cells;
  guint64 n_bytes;
} ScTableBudget;

/* Rows are checked for cancellation this often. */
#define SC_TABLE_READER_CANCEL_EVERY 4096

gboolean sc_table_budget_spend       (ScTableBudget *budget,
                                      guint          n_cells,
                                      gsize          n_bytes,
                                      GError       **error);
gboolean sc_table_reader_row_is_blank (char **cells);

G_END_DECLS

/* fuzz-common.h — what both libFuzzer targets do with a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdint.h>
#include <string.h>

#include "sc-table-reader.h"

/* Reads @data as a file named @name and touches every cell, so that a bad
 * row or a dangling pointer shows up under AddressSanitizer. */
static inline void
fuzz_read (const uint8_t *data,
           size_t         size,
           const char    *name)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScTable) table = sc_table_read_bytes (bytes, name, NULL, &error);
  gsize total = 0;

  if (table == NULL)
    {
      g_assert (error != NULL && error->message[0] != '\0');
      return;
    }
  g_assert (error == NULL && sc_table_get_n_rows (table) > 0);
  for (guint row = 0; row < sc_table_get_n_rows (table); row++)
    {
      g_assert (sc_table_get_line (table, row) > 0);
      for (guint col = 0; col <= sc_table_get_n_cells (table, row); col++)
        {
          const char *cell = sc_table_get_cell (table, row, col);

          g_assert (g_utf8_validate (cell, -1, NULL));
          total += strlen (cell);
        }
    }
  (void)total;
}

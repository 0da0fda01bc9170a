/* sc-summary-expected.c — the colleges a summary expects a report from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary"

#include "config.h"

#include "sc-column-map.h"
#include "sc-summary-expected.h"
#include "sc-table-reader.h"
#include "sc-text.h"

static const ScField expected_fields[] = { SC_FIELD_ORGANIZATION, SC_FIELD_INN, SC_FIELD_NONE };

void
sc_summary_expected_free (ScSummaryExpected *expected)
{
  if (expected == NULL)
    return;
  g_free (expected->name);
  g_free (expected->inn);
  g_free (expected);
}

/* Digits only: «69 5012 3450» and "6950123450" are one ИНН. */
static char *
inn_digits (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static const char *
column_cell (const ScTable *table,
             guint          row,
             int            column)
{
  return column >= 0 ? sc_table_get_cell (table, row, (guint)column) : "";
}

GPtrArray *
sc_summary_expected_read (const char    *path,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(ScTable) table = sc_table_read_file (path, cancellable, error);
  g_autoptr(ScColumnMap) map = NULL;
  GPtrArray *list;
  int name_column, inn_column;

  if (table == NULL)
    return NULL;
  map = sc_column_map_detect (table, expected_fields, error);
  if (map == NULL)
    return NULL;
  name_column = sc_column_map_find (map, SC_FIELD_ORGANIZATION);
  inn_column = sc_column_map_find (map, SC_FIELD_INN);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_summary_expected_free);
  for (guint row = sc_column_map_get_header_row (map) + 1; row < sc_table_get_n_rows (table); row++)
    {
      g_autofree char *name = sc_text_clean (column_cell (table, row, name_column));
      g_autofree char *inn = inn_digits (column_cell (table, row, inn_column));
      ScSummaryExpected *expected;

      if (name[0] == '\0' && inn[0] == '\0')
        continue;
      expected = g_new0 (ScSummaryExpected, 1);
      expected->name = g_steal_pointer (&name);
      expected->inn = g_steal_pointer (&inn);
      expected->line = sc_table_get_line (table, row);
      g_ptr_array_add (list, expected);
    }
  return list;
}

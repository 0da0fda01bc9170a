/* fuzz-values.c — libFuzzer target: any text through the parsers of cell
 * values (dates, names, categories, statuses, phones) and of a people
 * import's stored read, and any table of cells through the column
 * detection of both imports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "sc-column-map.h"
#include "sc-date.h"
#include "sc-person-name.h"
#include "sc-people-import-private.h"
#include "sc-people-import-values.h"
#include "sc-text.h"
#include "sc-activity-import.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
parse_date (const char *text)
{
  g_autofree char *iso = sc_date_parse (text);
  g_autofree char *shown = NULL;
  g_autofree char *monday = NULL;
  g_autofree char *again = NULL;

  if (iso == NULL)
    return;
  g_assert (sc_date_is_valid_iso (iso));
  shown = sc_date_format_short (iso);
  monday = sc_date_week_monday (iso);
  g_assert (shown != NULL && sc_date_is_valid_iso (monday));
  /* what we print, we read back as the same day */
  again = sc_date_parse (shown);
  g_assert (g_strcmp0 (again, iso) == 0);
}

static void
parse_name (const char *text)
{
  g_autofree char *last = NULL, *first = NULL, *patronymic = NULL;
  g_autofree char *joined = NULL, *key = NULL;

  sc_person_name_split (text, &last, &first, &patronymic);
  g_assert (last != NULL && first != NULL && patronymic != NULL);
  joined = sc_person_name_join (last, first, patronymic);
  key = sc_person_name_key (last, first, patronymic);
  g_assert (g_utf8_validate (joined, -1, NULL) && key != NULL);
}

static void
parse_values (const char *text)
{
  const char *category = sc_people_import_category_from_text (text);
  const char *status = sc_people_import_status_from_text (text);
  g_autofree char *phone = sc_phone_normalize (text);
  g_autofree char *folded = sc_text_fold (text);
  g_autofree char *clean = sc_text_clean (text);

  g_assert (category == NULL || strstr ("teacher student staff parent", category) != NULL);
  g_assert (status == NULL || strstr ("not_invited invited joined declined", status) != NULL);
  g_assert (phone != NULL && g_utf8_validate (phone, -1, NULL));
  g_assert (folded != NULL && clean != NULL);
  parse_date (text);
  parse_name (text);
}

/* Lines become rows, tabs and semicolons separate cells. */
static ScTable *
make_table (const char *text)
{
  ScTable *table = sc_table_new (SC_TABLE_FORMAT_CSV);
  g_auto(GStrv) lines = g_strsplit (text, "\n", 200);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit_set (lines[i], "\t;", 60);

      for (guint j = 0; cells[j] != NULL; j++)
        parse_values (cells[j]);
      sc_table_append_row (table, i + 1, g_steal_pointer (&cells));
    }
  return table;
}

static void
detect (const ScTable *table,
        const ScField *fields)
{
  g_autoptr(GError) error = NULL;
  ScColumnMap *map = sc_column_map_detect (table, fields, &error);

  if (map == NULL)
    {
      g_assert (error != NULL && error->message[0] != '\0');
      return;
    }
  g_assert (sc_column_map_get_header_row (map) < sc_table_get_n_rows (table));
  for (guint col = 0; col < sc_column_map_get_n_columns (map); col++)
    g_assert (sc_column_map_get_header (map, col) != NULL);
  sc_column_map_free (map);
}

/* A stored read that unpacks packs back to the same text, and to "-" for
 * each field a shorter one lacked. */
static void
unpack_read (const char *text,
             gsize       len)
{
  g_autoptr(GStringChunk) strings = g_string_chunk_new (256);
  g_autoptr(GString) again = g_string_new (NULL);
  const char *values[SC_READ_N_FIELDS];

  if (!sc_people_import_read_unpack (text, len, strings, values))
    return;
  sc_people_import_read_pack (again, values);
  g_assert (again->len >= len && memcmp (again->str, text, len) == 0);
  for (gsize i = len; i < again->len; i++)
    g_assert (again->str[i] == '-');
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_utf8_make_valid ((const char *)data, size);
  g_autoptr(ScTable) table = make_table (text);

  parse_values (text);
  unpack_read (text, strlen (text));
  detect (table, sc_import_type_get_fields (SC_TYPE_PEOPLE_IMPORT));
  detect (table, sc_import_type_get_fields (SC_TYPE_ACTIVITY_IMPORT));
  return 0;
}

/* sc-column-map.c — which column of an imported table holds which field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <string.h>

#include "sc-column-map.h"
#include "sc-i18n.h"
#include "sc-text.h"

/* Title rows above the header are few; a file whose header is not among
 * its first rows has none. */
#define MAX_HEADER_SEARCH 100

struct _ScColumnMap
{
  ScField *fields;      /* the import's fields, ended by SC_FIELD_NONE */
  guint    header_row;
  guint    header_line;
  guint    n_columns;
  char   **headers;     /* n_columns, cleaned */
  ScField *mapping;     /* n_columns */
};

G_DEFINE_BOXED_TYPE (ScColumnMap, sc_column_map, sc_column_map_copy, sc_column_map_free)

typedef struct
{
  ScField     field;
  const char *nick;
  /* Column names as Russian spreadsheets write them; the first one is shown
   * when no header is found. Data words, not translated. */
  const char *names[6];
} FieldInfo;

static const FieldInfo field_info[SC_N_FIELDS] = {
  { SC_FIELD_NONE, "none", { NULL } },
  { SC_FIELD_LAST_NAME, "last_name", { "Фамилия" } },
  { SC_FIELD_FIRST_NAME, "first_name", { "Имя" } },
  { SC_FIELD_PATRONYMIC, "patronymic", { "Отчество" } },
  { SC_FIELD_FULL_NAME, "full_name", { "ФИО", "Фамилия Имя Отчество", "Фамилия, имя, отчество",
                                       "Ф.И.О. полностью" } },
  { SC_FIELD_CATEGORY, "category", { "Категория", "Роль", "Тип" } },
  { SC_FIELD_GROUP, "group", { "Группа", "Учебная группа" } },
  { SC_FIELD_DEPARTMENT, "department", { "Отделение" } },
  { SC_FIELD_POSITION, "position", { "Должность" } },
  { SC_FIELD_PHONE, "phone", { "Телефон" } },
  { SC_FIELD_EMAIL, "email", { "E-mail", "Email", "Эл. почта", "Электронная почта" } },
  { SC_FIELD_STATUS, "status", { "Статус", "Статус подключения" } },
  { SC_FIELD_JOINED_ON, "joined_on", { "Дата подключения" } },
  { SC_FIELD_LEFT_ON, "left_on", { "Дата выбытия", "Дата отчисления", "Дата увольнения" } },
  { SC_FIELD_EXTERNAL_ID, "external_id", { "Внешний ID", "Код", "Табельный номер" } },
  { SC_FIELD_NOTES, "notes", { "Примечание", "Примечания" } },
  { SC_FIELD_WEEK, "week", { "Неделя" } },
  { SC_FIELD_MESSAGES, "messages", { "Сообщений", "Сообщения" } },
  { SC_FIELD_CALLS, "calls", { "Звонков", "Звонки" } },
  { SC_FIELD_ORGANIZATION, "organization", { "Наименование", "Наименование организации", "Название",
                                             "Организация", "Образовательная организация", "Колледж" } },
  { SC_FIELD_INN, "inn", { "ИНН", "ИНН организации" } },
};

const char *
sc_field_get_label (ScField field)
{
  switch (field)
    {
    case SC_FIELD_LAST_NAME: return _("Last name");
    case SC_FIELD_FIRST_NAME: return _("First name");
    case SC_FIELD_PATRONYMIC: return _("Patronymic");
    case SC_FIELD_FULL_NAME: return _("Full name");
    case SC_FIELD_CATEGORY: return _("Category");
    case SC_FIELD_GROUP: return _("Group");
    case SC_FIELD_DEPARTMENT: return _("Department");
    case SC_FIELD_POSITION: return _("Position");
    case SC_FIELD_PHONE: return _("Phone");
    case SC_FIELD_EMAIL: return _("Email");
    case SC_FIELD_STATUS: return _("Status");
    case SC_FIELD_JOINED_ON: return _("Date joined");
    case SC_FIELD_LEFT_ON: return _("Date left");
    case SC_FIELD_EXTERNAL_ID: return _("External ID");
    case SC_FIELD_NOTES: return _("Notes");
    case SC_FIELD_WEEK: return _("Week");
    case SC_FIELD_MESSAGES: return _("Messages");
    case SC_FIELD_CALLS: return _("Calls");
    case SC_FIELD_ORGANIZATION: return _("Organization");
    case SC_FIELD_INN: return _("INN");
    case SC_FIELD_NONE:
    case SC_N_FIELDS:
    default: return _("Not loaded");
    }
}

const char *
sc_field_get_nick (ScField field)
{
  g_return_val_if_fail (field < SC_N_FIELDS, "none");
  return field_info[field].nick;
}

/* Folded, then only letters and digits: «Ф. И. О.:» and «фио» meet. */
static char *
header_key (const char *text)
{
  g_autofree char *folded = sc_text_fold (text);
  GString *key = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

static gpointer
build_synonyms (gpointer data)
{
  GHashTable *synonyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint f = 1; f < SC_N_FIELDS; f++)
    for (guint i = 0; i < G_N_ELEMENTS (field_info[f].names) && field_info[f].names[i]; i++)
      g_hash_table_insert (synonyms, header_key (field_info[f].names[i]),
                           GUINT_TO_POINTER (field_info[f].field));
  return synonyms;
}

static gboolean
fields_contain (const ScField *fields,
                ScField        field)
{
  for (; *fields != SC_FIELD_NONE; fields++)
    if (*fields == field)
      return TRUE;
  return FALSE;
}

ScField
sc_field_from_header (const char    *header,
                      const ScField *fields)
{
  static GOnce once = G_ONCE_INIT;
  GHashTable *synonyms = g_once (&once, build_synonyms, NULL);
  g_autofree char *key = header_key (header);
  ScField field = GPOINTER_TO_UINT (g_hash_table_lookup (synonyms, key));

  g_return_val_if_fail (fields != NULL, SC_FIELD_NONE);
  return fields_contain (fields, field) ? field : SC_FIELD_NONE;
}

static guint
count_known (const ScTable *table,
             guint          row,
             const ScField *fields)
{
  guint n = 0, n_cells = sc_table_get_n_cells (table, row);

  for (guint col = 0; col < n_cells; col++)
    if (sc_field_from_header (sc_table_get_cell (table, row, col), fields) != SC_FIELD_NONE)
      n++;
  return n;
}

static ScField *
copy_fields (const ScField *fields)
{
  guint n = 0;

  while (fields[n] != SC_FIELD_NONE)
    n++;
  return g_memdup2 (fields, (n + 1) * sizeof (ScField));
}

static ScColumnMap *
map_header_row (const ScTable *table,
                guint          row,
                const ScField *fields)
{
  ScColumnMap *map = g_new0 (ScColumnMap, 1);

  map->fields = copy_fields (fields);
  map->header_row = row;
  map->header_line = sc_table_get_line (table, row);
  map->n_columns = sc_table_get_n_cells (table, row);
  map->headers = g_new0 (char *, map->n_columns + 1);
  map->mapping = g_new0 (ScField, map->n_columns);
  for (guint col = 0; col < map->n_columns; col++)
    {
      const char *cell = sc_table_get_cell (table, row, col);
      ScField field = sc_field_from_header (cell, fields);

      map->headers[col] = sc_text_clean (cell);
      if (sc_column_map_find (map, field) < 0)
        map->mapping[col] = field;
    }
  return map;
}

static char *
describe_names (const ScField *fields)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (; *fields != SC_FIELD_NONE; fields++)
    {
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append_printf (names, "«%s»", field_info[*fields].names[0]);
    }
  return g_strdup (names->str);
}

ScColumnMap *
sc_column_map_detect (const ScTable *table,
                      const ScField *fields,
                      GError       **error)
{
  guint n_rows;
  g_autofree char *names = NULL;

  g_return_val_if_fail (table != NULL && fields != NULL, NULL);

  n_rows = MIN (sc_table_get_n_rows (table), MAX_HEADER_SEARCH);
  for (guint row = 0; row < n_rows; row++)
    if (count_known (table, row, fields) >= 2)
      return map_header_row (table, row, fields);
  names = describe_names (fields);
  g_set_error (error, SC_IMPORT_ERROR, SC_IMPORT_ERROR_NO_HEADER,
               _("No header row was found. Put a row with the column names above the data; "
                 "at least two of them must be among: %s."), names);
  return NULL;
}

ScColumnMap *
sc_column_map_copy (const ScColumnMap *map)
{
  ScColumnMap *copy;

  g_return_val_if_fail (map != NULL, NULL);
  copy = g_memdup2 (map, sizeof *map);
  copy->fields = copy_fields (map->fields);
  copy->headers = g_strdupv (map->headers);
  copy->mapping = g_memdup2 (map->mapping, map->n_columns * sizeof (ScField));
  return copy;
}

void
sc_column_map_free (ScColumnMap *map)
{
  if (map == NULL)
    return;
  g_free (map->fields);
  g_strfreev (map->headers);
  g_free (map->mapping);
  g_free (map);
}

const ScField *
sc_column_map_get_fields (const ScColumnMap *map)
{
  g_return_val_if_fail (map != NULL, NULL);
  return map->fields;
}

guint
sc_column_map_get_header_row (const ScColumnMap *map)
{
  g_return_val_if_fail (map != NULL, 0);
  return map->header_row;
}

guint
sc_column_map_get_header_line (const ScColumnMap *map)
{
  g_return_val_if_fail (map != NULL, 0);
  return map->header_line;
}

guint
sc_column_map_get_n_columns (const ScColumnMap *map)
{
  g_return_val_if_fail (map != NULL, 0);
  return map->n_columns;
}

const char *
sc_column_map_get_header (const ScColumnMap *map,
                          guint              column)
{
  g_return_val_if_fail (map != NULL && column < map->n_columns, "");
  return map->headers[column];
}

ScField
sc_column_map_get_field (const ScColumnMap *map,
                         guint              column)
{
  g_return_val_if_fail (map != NULL && column < map->n_columns, SC_FIELD_NONE);
  return map->mapping[column];
}

void
sc_column_map_set_field (ScColumnMap *map,
                         guint        column,
                         ScField      field)
{
  int previous;

  g_return_if_fail (map != NULL && column < map->n_columns && field < SC_N_FIELDS);

  previous = sc_column_map_find (map, field);
  if (previous >= 0)
    map->mapping[previous] = SC_FIELD_NONE;
  map->mapping[column] = field;
}

int
sc_column_map_find (const ScColumnMap *map,
                    ScField            field)
{
  g_return_val_if_fail (map != NULL, -1);
  if (field == SC_FIELD_NONE)
    return -1;
  for (guint col = 0; col < map->n_columns; col++)
    if (map->mapping[col] == field)
      return (int)col;
  return -1;
}

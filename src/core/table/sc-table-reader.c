/* sc-table-reader.c — read a CSV or XLSX file into an ScTable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-table-reader"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sc-table-csv.h"
#include "sc-i18n.h"
#include "sc-table-reader-private.h"
#include "sc-table-xlsx.h"

#define ZIP_MAGIC "PK\003\004"
#define EMPTY_ZIP_MAGIC "PK\005\006"
#define OLE_MAGIC "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"

G_DEFINE_QUARK (sc-table-reader-error-quark, sc_table_reader_error)

gboolean
sc_table_budget_spend (ScTableBudget *budget,
                       guint          n_cells,
                       gsize          n_bytes,
                       GError       **error)
{
  budget->n_cells += n_cells;
  budget->n_bytes += n_bytes;
  if (budget->n_cells <= SC_TABLE_READER_MAX_CELLS &&
      budget->n_bytes <= SC_TABLE_READER_MAX_TEXT)
    return TRUE;
  g_set_error (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_TOO_LARGE,
               _("The table has more than %d cells or is too large. Check that you chose the right file; keep only the list to import and save it again."),
               SC_TABLE_READER_MAX_CELLS);
  return FALSE;
}

/* Spaces and no-break spaces only: what an empty Excel row exports as. */
gboolean
sc_table_reader_row_is_blank (char **cells)
{
  for (guint i = 0; cells[i] != NULL; i++)
    for (const char *p = cells[i]; *p != '\0'; p = g_utf8_next_char (p))
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
  return TRUE;
}

static gboolean
has_prefix (GBytes     *bytes,
            const char *magic,
            gsize       magic_len)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);

  return len >= magic_len && memcmp (data, magic, magic_len) == 0;
}

static gboolean
is_named_xlsx (const char *name_hint)
{
  g_autofree char *lower = NULL;

  if (name_hint == NULL)
    return FALSE;
  lower = g_utf8_strdown (name_hint, -1);
  return g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".xlsm");
}

static void
set_too_large (GError **error)
{
  g_set_error (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_TOO_LARGE,
               _("The file is larger than %d MB. Check that you chose the right file; keep only the list to import and save it again."),
               SC_TABLE_READER_MAX_FILE_SIZE / (1024 * 1024));
}

static ScTable *
read_by_content (GBytes       *bytes,
                 const char   *name_hint,
                 GCancellable *cancellable,
                 GError      **error)
{
  if (has_prefix (bytes, ZIP_MAGIC, 4) || has_prefix (bytes, EMPTY_ZIP_MAGIC, 4))
    return sc_table_xlsx_read (bytes, cancellable, error);
  if (has_prefix (bytes, OLE_MAGIC, 8))
    {
      g_set_error_literal (error, SC_TABLE_READER_ERROR,
                           SC_TABLE_READER_ERROR_NOT_A_TABLE,
                           _("The file is an old Excel 97–2003 workbook (.xls) or is protected with a password. Open it in Excel and save it again as .xlsx or .csv without a password."));
      return NULL;
    }
  if (is_named_xlsx (name_hint))
    {
      g_set_error_literal (error, SC_TABLE_READER_ERROR,
                           SC_TABLE_READER_ERROR_BAD_XLSX,
                           _("The file is named .xlsx but is not an Excel workbook. Open it in Excel or LibreOffice and save it again as .xlsx or .csv."));
      return NULL;
    }
  return sc_table_csv_read (bytes, cancellable, error);
}

ScTable *
sc_table_read_bytes (GBytes       *bytes,
                     const char   *name_hint,
                     GCancellable *cancellable,
                     GError      **error)
{
  g_autoptr(ScTable) table = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (bytes) > SC_TABLE_READER_MAX_FILE_SIZE)
    {
      set_too_large (error);
      return NULL;
    }
  table = read_by_content (bytes, name_hint, cancellable, error);
  if (table != NULL && sc_table_get_n_rows (table) == 0)
    {
      g_set_error_literal (error, SC_TABLE_READER_ERROR,
                           SC_TABLE_READER_ERROR_EMPTY,
                           _("The table is empty. Check that you chose the right file and that the list is on its first sheet."));
      return NULL;
    }
  return g_steal_pointer (&table);
}

static void
set_unreadable (GError    **error,
                const char *path,
                const char *reason)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_UNREADABLE,
               _("Could not read “%s”: %s. Check that the file exists and that you may open it."),
               name, reason);
}

/* Refuses before reading: a device or a pipe would be read without end. */
static gboolean
check_file (const char *path,
            GError    **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    set_unreadable (error, path, g_strerror (errno));
  else if (!S_ISREG (st.st_mode))
    set_unreadable (error, path, _("it is a folder or a device, not a file"));
  else if (st.st_size > SC_TABLE_READER_MAX_FILE_SIZE)
    set_too_large (error);
  else
    return TRUE;
  return FALSE;
}

/* The file mapped into memory: its pages are not copied. (Plain POSIX
 * calls, not GFile: GIO's first use loads its modules, a few milliseconds
 * of a command-line import.) */
static GBytes *
load_file (const char   *path,
           GCancellable *cancellable,
           GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GMappedFile) mapped = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error) || !check_file (path, error))
    return NULL;
  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      set_unreadable (error, path, local_error->message);
      return NULL;
    }
  return g_mapped_file_get_bytes (mapped);
}

ScTable *
sc_table_read_file (const char   *path,
                    GCancellable *cancellable,
                    GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = load_file (path, cancellable, error);
  if (bytes == NULL)
    return NULL;
  name = g_path_get_basename (path);
  return sc_table_read_bytes (bytes, name, cancellable, error);
}

ScTable *
sc_table_read_bytes_sheet (GBytes       *bytes,
                           const char   *sheet_name,
                           GCancellable *cancellable,
                           GError      **error)
{
  g_return_val_if_fail (bytes != NULL && sheet_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (bytes) > SC_TABLE_READER_MAX_FILE_SIZE)
    {
      set_too_large (error);
      return NULL;
    }
  if (!has_prefix (bytes, ZIP_MAGIC, 4))
    {
      g_set_error_literal (error, SC_TABLE_READER_ERROR, SC_TABLE_READER_ERROR_NOT_A_TABLE,
                           _("The file is not an Excel workbook (.xlsx). Open it in Excel or LibreOffice and save it again as .xlsx."));
      return NULL;
    }
  return sc_table_xlsx_read_sheet (bytes, sheet_name, cancellable, error);
}

ScTable *
sc_table_read_file_sheet (const char   *path,
                          const char   *sheet_name,
                          GCancellable *cancellable,
                          GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL && sheet_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = load_file (path, cancellable, error);
  if (bytes == NULL)
    return NULL;
  return sc_table_read_bytes_sheet (bytes, sheet_name, cancellable, error);
}

/* sc-missing-xlsx.c — lists of who is not connected yet, for the curators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-missing-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "sc-date.h"
#include "sc-enums.h"
#include "sc-missing-xlsx.h"
#include "sc-status-rule.h"

#define STATUS_EVENT_ON_DATE SC_SQL_STATUS_EVENT_ON ("p.id", "?1")

/* Students by group, then teachers; the collation puts Ё with Е well enough
 * for a printout, and SQLite's NOCASE does not fold Cyrillic, so names are
 * sorted as written. */
static const char missing_sql[] =
  "SELECT p.category, coalesce (g.code, ''), "
  "       coalesce (c.last_name || ' ' || c.first_name || ' ' || c.patronymic, ''), "
  "       trim (p.last_name || ' ' || p.first_name || ' ' || p.patronymic), "
  "       coalesce (e.status, 'not_invited'), p.phone "
  "FROM person p LEFT JOIN study_group g ON g.id = p.group_id "
  "LEFT JOIN person c ON c.id = g.curator_id "
  "LEFT JOIN status_event e ON e.id = " STATUS_EVENT_ON_DATE
  "WHERE " SC_SQL_ACTIVE_ON ("p", "?1") " AND coalesce (e.status, '') <> 'joined' "
  "  AND (p.category = 'teacher' OR (p.category = 'student' AND g.id IS NOT NULL)) "
  "ORDER BY p.category = 'teacher', g.code, p.last_name, p.first_name, p.patronymic";

typedef struct
{
  lxw_workbook  *book;
  lxw_format    *title;
  lxw_format    *header;
  lxw_worksheet *sheet;
  char          *sheet_key;
  GHashTable    *names;
  guint          row;
  const char    *on_date;
} Writer;

/* Excel forbids []:*?/\ in sheet names and allows 31 characters. */
static char *
sheet_name (Writer     *w,
            const char *wanted)
{
  GString *name = g_string_new (NULL);
  guint n = 2;

  for (const char *p = wanted; *p && g_utf8_strlen (name->str, -1) < 28; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (name, c < 128 && strchr ("[]:*?/\\", (int)c) ? '_' : c);
    }
  if (name->len == 0)
    g_string_append (name, "_");
  while (g_hash_table_contains (w->names, name->str))
    {
      g_autofree char *base = g_strndup (name->str, name->len);
      g_string_printf (name, "%s %u", base, n++);
    }
  g_hash_table_add (w->names, g_strdup (name->str));
  return g_string_free (name, FALSE);
}

static void
start_sheet (Writer     *w,
             const char *name,
             const char *title,
             const char *subtitle)
{
  g_autofree char *sheet = sheet_name (w, name);
  g_autofree char *date = sc_date_format_short (w->on_date);
  g_autofree char *as_of = g_strdup_printf (_("Not connected as of %s"), date);
  const char *headers[] = { _("No."), _("Full name"), _("Status"), _("Phone") };

  w->sheet = workbook_add_worksheet (w->book, sheet);
  worksheet_write_string (w->sheet, 0, 0, title, w->title);
  worksheet_write_string (w->sheet, 1, 0, subtitle, NULL);
  worksheet_write_string (w->sheet, 2, 0, as_of, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    worksheet_write_string (w->sheet, 4, i, headers[i], w->header);
  worksheet_set_column (w->sheet, 0, 0, 5, NULL);
  worksheet_set_column (w->sheet, 1, 1, 40, NULL);
  worksheet_set_column (w->sheet, 2, 2, 16, NULL);
  worksheet_set_column (w->sheet, 3, 3, 18, NULL);
  worksheet_set_paper (w->sheet, 9); /* A4 */
  worksheet_fit_to_pages (w->sheet, 1, 0);
  w->row = 5;
}

static void
begin_unit (Writer       *w,
            sqlite3_stmt *stmt)
{
  gboolean teacher = g_str_equal ((const char *)sqlite3_column_text (stmt, 0), "teacher");
  const char *group = (const char *)sqlite3_column_text (stmt, 1);
  const char *curator = (const char *)sqlite3_column_text (stmt, 2);
  g_autofree char *key = g_strdup (teacher ? "\n" : group);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (g_strcmp0 (key, w->sheet_key) == 0)
    return;
  g_free (w->sheet_key);
  w->sheet_key = g_steal_pointer (&key);
  if (teacher)
    {
      start_sheet (w, C_("categories", "Teachers"), C_("categories", "Teachers"), "");
      return;
    }
  title = g_strdup_printf (_("Group %s"), group);
  subtitle = *curator ? g_strdup_printf (_("Curator: %s"), g_strstrip (g_strdup (curator)))
                      : g_strdup (_("No curator"));
  start_sheet (w, group, title, subtitle);
}

static void
write_person (Writer       *w,
              sqlite3_stmt *stmt)
{
  ScStatus status = SC_STATUS_NOT_INVITED;

  sc_status_from_code ((const char *)sqlite3_column_text (stmt, 4), &status);
  worksheet_write_number (w->sheet, w->row, 0, w->row - 4, NULL);
  worksheet_write_string (w->sheet, w->row, 1, (const char *)sqlite3_column_text (stmt, 3), NULL);
  worksheet_write_string (w->sheet, w->row, 2, sc_status_get_label (status), NULL);
  worksheet_write_string (w->sheet, w->row, 3, (const char *)sqlite3_column_text (stmt, 5), NULL);
  w->row++;
}

static int
write_rows (ScDatabase *db,
            Writer     *w,
            GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, missing_sql, error);
  int rc, n = 0;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, w->on_date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      begin_unit (w, stmt);
      write_person (w, stmt);
      n++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return -1;
    }
  if (n == 0)
    start_sheet (w, _("Everyone connected"), _("Everyone is connected"), "");
  return n;
}

static void
add_formats (Writer *w)
{
  w->title = workbook_add_format (w->book);
  format_set_bold (w->title);
  format_set_font_size (w->title, 14);
  w->header = workbook_add_format (w->book);
  format_set_bold (w->header);
  format_set_bottom (w->header, LXW_BORDER_THIN);
}

int
sc_missing_xlsx_write (ScDatabase *db,
                       const char *on_date,
                       const char *path,
                       GError    **error)
{
  g_autofree char *tmp = g_strconcat (path, ".part", NULL);
  Writer w = { 0 };
  lxw_error rc;
  int n;

  g_return_val_if_fail (SC_IS_DATABASE (db), -1);

  w.book = workbook_new (tmp);
  if (w.book == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("“%s” could not be written. Choose a folder you can write to."), path);
      return -1;
    }
  w.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.on_date = on_date;
  add_formats (&w);
  n = write_rows (db, &w, error);
  rc = workbook_close (w.book);
  g_hash_table_unref (w.names);
  g_free (w.sheet_key);
  if (n >= 0 && rc != LXW_NO_ERROR)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("“%s” could not be written (%s). Check the free space on the disk."),
                 path, lxw_strerror (rc));
  if (n >= 0 && rc == LXW_NO_ERROR && g_rename (tmp, path) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("“%s” could not be written. Choose a folder you can write to."), path);
      n = -1;
    }
  if (n < 0 || rc != LXW_NO_ERROR)
    {
      g_unlink (tmp);
      return -1;
    }
  return n;
}

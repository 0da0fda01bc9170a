/* sc-missing-xlsx.c — lists of who is not connected yet, for the curators
 *
 * A curator gets one sheet, printed and pinned up or taken to a class: it
 * says whose list it is (the college, the group, the curator, the date)
 * at the top of every printed page, and numbers its pages. Written in the
 * documents' locale (sc-doc-locale.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-missing-xlsx"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sc-chat-members.h"
#include "sc-date.h"
#include "sc-enums.h"
#include "sc-format.h"
#include "sc-i18n.h"
#include "sc-missing-xlsx.h"
#include "sc-status-rule.h"
#include "sc-organization.h"

#define PAPER_A4 9
#define MM (1.0 / 25.4)
#define HEADER_ROW 4

#define STATUS_EVENT_ON_DATE SC_SQL_STATUS_EVENT_ON ("p.id", "?1")

/* Students by group, then teachers, in Russian alphabetical order (Ё with
 * Е); ?2 a group's code, or NULL for every group and the teachers. */
static const char missing_sql[] =
  "SELECT p.category, coalesce (g.code, ''), "
  "       trim (coalesce (c.last_name || ' ' || c.first_name || ' ' || c.patronymic, '')), "
  "       trim (p.last_name || ' ' || p.first_name || ' ' || p.patronymic), "
  "       coalesce (e.status, 'not_invited'), p.phone "
  "FROM person p LEFT JOIN study_group g ON g.id = p.group_id "
  "LEFT JOIN person c ON c.id = g.curator_id "
  "LEFT JOIN status_event e ON e.id = " STATUS_EVENT_ON_DATE
  "WHERE " SC_SQL_ACTIVE_ON ("p", "?1") " AND coalesce (e.status, '') <> 'joined' "
  "  AND (p.category = 'teacher' OR (p.category = 'student' AND g.id IS NOT NULL)) "
  "  AND (?2 IS NULL OR (p.category = 'student' AND g.code = ?2)) "
  "ORDER BY p.category = 'teacher', g.code COLLATE sc_ru, p.last_name COLLATE sc_ru, "
  "  p.first_name COLLATE sc_ru, p.patronymic COLLATE sc_ru, p.id";

typedef struct
{
  lxw_workbook  *book;
  lxw_format    *college;
  lxw_format    *title;
  lxw_format    *header;
  lxw_format    *cell;
  lxw_format    *number;
  lxw_worksheet *sheet;
  char          *sheet_key;
  GHashTable    *names;
  guint          row;
  const char    *on_date;
  const char    *group;
  char          *college_name;
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

/* At most @max_chars characters (a page header holds 255 in all, and a
 * cut must not split a character), "&" doubled. */
/* A4 portrait one page wide; the college, the group, its curator, the
 * date and the column headers on every printed page; «Страница 1 из 2» at
 * the foot. */
static void
set_up_page (Writer *w)
{
  worksheet_set_paper (w->sheet, PAPER_A4);
  worksheet_set_portrait (w->sheet);
  worksheet_fit_to_pages (w->sheet, 1, 0);
  worksheet_set_margins (w->sheet, 20 * MM, 10 * MM, 20 * MM, 20 * MM);
  worksheet_repeat_rows (w->sheet, 0, HEADER_ROW);
  /* Translators: a spreadsheet page footer; keep the &C, &P and &N codes. */
  worksheet_set_footer (w->sheet, _("&CPage &P of &N"));
}

static void
start_sheet (Writer     *w,
             const char *name,
             const char *title,
             const char *subtitle)
{
  g_autofree char *sheet = sheet_name (w, name);
  g_autofree char *date = sc_date_format_short (w->on_date);
  g_autofree char *as_of = g_strdup_printf (_("Not connected to «Sferum» as of %s"), date);
  const char *headers[] = { _("No."), _("Full name"), _("Status"), _("Phone") };

  w->sheet = workbook_add_worksheet (w->book, sheet);
  worksheet_merge_range (w->sheet, 0, 0, 0, 3, w->college_name, w->college);
  if (g_utf8_strlen (w->college_name, -1) > 80)
    worksheet_set_row (w->sheet, 0, 30, NULL);
  worksheet_write_string (w->sheet, 1, 0, title, w->title);
  worksheet_write_string (w->sheet, 2, 0, subtitle, NULL);
  worksheet_write_string (w->sheet, 3, 0, as_of, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    worksheet_write_string (w->sheet, HEADER_ROW, i, headers[i], w->header);
  worksheet_set_column (w->sheet, 0, 0, 5, NULL);
  worksheet_set_column (w->sheet, 1, 1, 42, NULL);
  worksheet_set_column (w->sheet, 2, 2, 16, NULL);
  worksheet_set_column (w->sheet, 3, 3, 21, NULL);
  set_up_page (w);
  w->row = HEADER_ROW + 1;
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
  subtitle = *curator ? g_strdup_printf (_("Curator: %s"), curator) : g_strdup (_("No curator"));
  start_sheet (w, group, title, subtitle);
}

static void
write_person (Writer       *w,
              sqlite3_stmt *stmt)
{
  ScStatus status = SC_STATUS_NOT_INVITED;
  g_autofree char *phone = sc_format_phone ((const char *)sqlite3_column_text (stmt, 5));

  sc_status_from_code ((const char *)sqlite3_column_text (stmt, 4), &status);
  worksheet_write_number (w->sheet, w->row, 0, w->row - HEADER_ROW, w->number);
  worksheet_write_string (w->sheet, w->row, 1, (const char *)sqlite3_column_text (stmt, 3), w->cell);
  worksheet_write_string (w->sheet, w->row, 2, sc_status_get_label (status), w->cell);
  if (*phone != '\0')
    worksheet_write_string (w->sheet, w->row, 3, phone, w->cell);
  else
    worksheet_write_blank (w->sheet, w->row, 3, w->cell);
  w->row++;
}

static void
write_nobody (Writer *w)
{
  g_autofree char *title = w->group != NULL ? g_strdup_printf (_("Group %s"), w->group) : NULL;

  start_sheet (w, w->group != NULL ? w->group : _("Everyone connected"),
               title != NULL ? title : _("Everyone is connected"), "");
  worksheet_merge_range (w->sheet, w->row, 0, w->row, 3, _("Everyone is connected."), w->cell);
}

static int
write_rows (ScDatabase *db,
            Writer     *w,
            GError    **error)
{
  sqlite3_stmt *stmt = sc_chat_members_prepare (db, missing_sql, error);
  int rc, n = 0;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, w->on_date, -1, SQLITE_TRANSIENT);
  if (w->group != NULL)
    sqlite3_bind_text (stmt, 2, w->group, -1, SQLITE_TRANSIENT);
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
    write_nobody (w);
  return n;
}

static void
add_formats (Writer *w)
{
  w->college = workbook_add_format (w->book);
  format_set_text_wrap (w->college);
  format_set_align (w->college, LXW_ALIGN_VERTICAL_TOP);
  w->title = workbook_add_format (w->book);
  format_set_bold (w->title);
  format_set_font_size (w->title, 14);
  w->header = workbook_add_format (w->book);
  format_set_bold (w->header);
  format_set_border (w->header, LXW_BORDER_THIN);
  format_set_bg_color (w->header, 0xE8E8E8);
  w->cell = workbook_add_format (w->book);
  format_set_border (w->cell, LXW_BORDER_THIN);
  format_set_indent (w->cell, 1);
  w->number = workbook_add_format (w->book);
  format_set_border (w->number, LXW_BORDER_THIN);
  format_set_align (w->number, LXW_ALIGN_CENTER);
}

static gboolean
group_exists (ScDatabase  *db,
              const char  *code,
              GError     **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, "SELECT 1 FROM study_group WHERE code = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("There is no group “%s”. Write its code as the list of people shows it, for example ИС-21."),
               code);
  return FALSE;
}

/* The sheets, in the documents' locale; -1 with @error set on failure. */
static int
write_book (ScDatabase  *db,
            Writer      *w,
            const char  *tmp,
            lxw_error   *rc,
            GError     **error)
{
  ScDocLocale scope;
  int n = -1;

  sc_doc_locale_enter (&scope);
  w->book = workbook_new (tmp);
  if (w->book != NULL)
    {
      add_formats (w);
      n = write_rows (db, w, error);
      *rc = workbook_close (w->book);
    }
  sc_doc_locale_leave (&scope);
  return n;
}

int
sc_missing_xlsx_write_group (ScDatabase *db,
                             const char *on_date,
                             const char *group,
                             const char *path,
                             GError    **error)
{
  g_autofree char *tmp = g_strconcat (path, ".part", NULL);
  g_autoptr(ScOrganization) organization = NULL;
  Writer w = { 0 };
  lxw_error rc = LXW_ERROR_CREATING_XLSX_FILE;
  int n;

  g_return_val_if_fail (SC_IS_DATABASE (db), -1);
  g_return_val_if_fail (on_date != NULL && path != NULL, -1);

  if ((group != NULL && !group_exists (db, group, error)) ||
      (organization = sc_organization_load (db, error)) == NULL)
    return -1;
  w.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.on_date = on_date;
  w.group = group;
  w.college_name = g_strdup (organization->full_name);
  n = write_book (db, &w, tmp, &rc, error);
  g_hash_table_unref (w.names);
  g_free (w.sheet_key);
  g_free (w.college_name);
  if (w.book == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("“%s” could not be written. Choose a folder you can write to."), path);
      return -1;
    }
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

int
sc_missing_xlsx_write (ScDatabase *db,
                       const char *on_date,
                       const char *path,
                       GError    **error)
{
  return sc_missing_xlsx_write_group (db, on_date, NULL, path, error);
}

char *
sc_missing_xlsx_file_name (const ScOrganization *organization,
                           const char         *on_date)
{
  const char *college = *organization->short_name != '\0' ? organization->short_name : organization->full_name;
  g_autofree char *date = sc_date_format_short (on_date);
  g_autofree char *name = NULL;
  g_autofree char *safe = NULL;
  ScDocLocale scope;

  sc_doc_locale_enter (&scope);
  /* Translators: a suggested file name: the college's short name and the
   * date, «Не подключены — ТКЦТ — 29.11.2023». */
  name = g_strdup_printf (_("Not connected — %s — %s"), college, date);
  sc_doc_locale_leave (&scope);
  safe = sc_format_file_name (name);
  return g_strconcat (safe, ".xlsx", NULL);
}

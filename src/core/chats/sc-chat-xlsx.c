/* sc-chat-xlsx.c — the chat plan as a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chat"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sc-chat-members.h"
#include "sc-chat-store.h"
#include "sc-chat-xlsx.h"
#include "sc-date.h"
#include "sc-enums.h"
#include "sc-format.h"
#include "sc-i18n.h"
#include "sc-organization.h"
#include "sc-person-name.h"

#define PAPER_A4 9
#define MAX_INDENT 10
/* Excel's limit for one cell is 32 767 characters; notes could exceed it. */
#define MAX_CELL_CHARS 32000

/* Every cell is aligned to the top, so a row with a wrapped path or note
 * still reads across. */
typedef struct
{
  lxw_format *header;
  lxw_format *text;
  lxw_format *wrap;
  lxw_format *count;
  lxw_format *date;
  lxw_format *link;
  lxw_format *indent[MAX_INDENT + 1];
} Formats;

typedef struct
{
  ScDatabase *db;
  const char *on_date;
  GPtrArray  *chats;   /* ScChat, tree order */
  GHashTable *counts;  /* chat id → active members */
  GHashTable *admins;  /* person id → name as shown */
  GPtrArray  *members; /* per chat (same index): GPtrArray of ScChatMember */
  GPtrArray  *rules;   /* per chat: rule description or NULL */
  char       *college;
} Export;

/* Widths in characters; the titles are in write_*_sheet (). */
static const double plan_widths[] = { 40, 32, 15, 27, 11, 13, 12, 32, 28 };
static const double member_widths[] = { 36, 34, 13, 10, 88 };

#define ROW_HEIGHT 15.0

static void
export_clear (Export *export)
{
  g_clear_pointer (&export->chats, g_ptr_array_unref);
  g_clear_pointer (&export->counts, g_hash_table_unref);
  g_clear_pointer (&export->admins, g_hash_table_unref);
  g_clear_pointer (&export->members, g_ptr_array_unref);
  g_clear_pointer (&export->rules, g_ptr_array_unref);
  g_clear_pointer (&export->college, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

/* Loading */

static char *
admin_name (sqlite3_stmt *stmt,
            const char   *on_date)
{
  const char *left_on = (const char *)sqlite3_column_text (stmt, 4);
  const char *patronymic = (const char *)sqlite3_column_text (stmt, 3);
  g_autofree char *name = g_strjoin (" ", (const char *)sqlite3_column_text (stmt, 1),
                                     (const char *)sqlite3_column_text (stmt, 2),
                                     patronymic, NULL);
  g_autofree char *date = NULL;

  g_strstrip (name);
  if (left_on == NULL || g_strcmp0 (left_on, on_date) > 0)
    return g_steal_pointer (&name);
  date = sc_date_format_short (left_on);
  switch (sc_person_name_sex (patronymic))
    {
    case SC_PERSON_SEX_MALE:
      /* Translators: an administrator's name, then the date he left: «… (выбыл с 05.12.2023)» */
      return g_strdup_printf (C_("left, he", "%s (left %s)"), name, date);
    case SC_PERSON_SEX_FEMALE:
      /* Translators: an administrator's name, then the date she left: «… (выбыла с 05.12.2023)» */
      return g_strdup_printf (C_("left, she", "%s (left %s)"), name, date);
    case SC_PERSON_SEX_UNKNOWN:
    default:
      /* Translators: an administrator's name, then the date they left */
      return g_strdup_printf (_("%s (left %s)"), name, date);
    }
}

static GHashTable *
load_admins (ScDatabase *db,
             const char *on_date,
             GError    **error)
{
  g_autoptr(GHashTable) admins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT id, last_name, first_name, patronymic, left_on FROM person"
      " WHERE id IN (SELECT admin_person_id FROM chat)", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);
      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (admins, id, admin_name (stmt, on_date));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&admins);
}

static gboolean
load_members (Export  *export,
              GError **error)
{
  export->members = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  export->rules = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < export->chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (export->chats, i);
      g_autoptr(GError) local_error = NULL;
      GPtrArray *members = sc_chat_members_list (export->db, chat->id, export->on_date, error);
      char *rule;

      if (members == NULL)
        return FALSE;
      g_ptr_array_add (export->members, members);
      rule = sc_chat_members_describe_rule (export->db, chat, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_ptr_array_add (export->rules, rule);
    }
  return TRUE;
}

static gboolean
load_export (Export  *export,
             GError **error)
{
  g_autoptr(ScOrganization) organization = sc_organization_load (export->db, error);

  if (organization == NULL)
    return FALSE;
  export->college = g_strdup (*organization->short_name ? organization->short_name : organization->full_name);
  return (export->chats = sc_chat_store_list (export->db, error)) != NULL &&
         (export->counts = sc_chat_members_count_all (export->db, export->on_date, error)) != NULL &&
         (export->admins = load_admins (export->db, export->on_date, error)) != NULL &&
         load_members (export, error);
}

/* Writing */

static lxw_format *
add_format (lxw_workbook *workbook)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

static void
add_formats (lxw_workbook *workbook,
             Formats      *formats)
{
  formats->header = add_format (workbook);
  format_set_bold (formats->header);
  format_set_bg_color (formats->header, 0xE8E8E8);
  format_set_pattern (formats->header, LXW_PATTERN_SOLID);
  format_set_bottom (formats->header, LXW_BORDER_THIN);
  format_set_text_wrap (formats->header);
  formats->text = add_format (workbook);
  formats->wrap = add_format (workbook);
  format_set_text_wrap (formats->wrap);
  formats->count = add_format (workbook);
  format_set_align (formats->count, LXW_ALIGN_CENTER);
  formats->date = add_format (workbook);
  format_set_num_format (formats->date, "dd.mm.yyyy");
  format_set_align (formats->date, LXW_ALIGN_LEFT);
  formats->link = add_format (workbook);
  format_set_font_color (formats->link, LXW_COLOR_BLUE);
  format_set_underline (formats->link, LXW_UNDERLINE_SINGLE);
  for (guint level = 0; level <= MAX_INDENT; level++)
    {
      formats->indent[level] = add_format (workbook);
      format_set_indent (formats->indent[level], level);
    }
}

static void
write_text (lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *text,
            lxw_format    *format)
{
  g_autofree char *cut = NULL;

  if (text == NULL || *text == '\0')
    return;
  if (g_utf8_strlen (text, -1) > MAX_CELL_CHARS)
    text = cut = g_utf8_substring (text, 0, MAX_CELL_CHARS);
  worksheet_write_string (sheet, row, col, text, format);
}

/* How many lines @text takes wrapped at word boundaries in a column
 * @width characters wide (a long word breaks across lines). Spreadsheets
 * do not all size rows to wrapped text on opening, so the rows are sized
 * here. */
static guint
count_lines (const char *text,
             double      width)
{
  g_auto(GStrv) words = g_strsplit (text ? text : "", " ", -1);
  /* A column is counted in widths of a digit; Cyrillic letters of
   * Calibri (and Carlito) are a little narrower on average. */
  glong usable = MAX ((glong)(width * 1.08) - 1, 4), line = 0;
  guint lines = 1;

  for (guint i = 0; words[i] != NULL; i++)
    {
      glong len = g_utf8_strlen (words[i], -1);
      if (line > 0 && line + 1 + len > usable)
        {
          lines++;
          line = 0;
        }
      line += (line > 0 ? 1 : 0) + len;
      for (; line > usable; line -= usable)
        lines++;
    }
  return lines;
}

/* Writes a wrapped cell; returns its lines, for the row's height. */
static guint
write_wrapped (lxw_worksheet *sheet,
               lxw_row_t      row,
               lxw_col_t      col,
               const char    *text,
               const double  *widths,
               lxw_format    *format)
{
  write_text (sheet, row, col, text, format);
  return text ? count_lines (text, widths[col]) : 1;
}

static void
fit_row (lxw_worksheet *sheet,
         lxw_row_t      row,
         guint          lines)
{
  if (lines > 1)
    worksheet_set_row (sheet, row, ROW_HEIGHT * MIN (lines, 20), NULL);
}

static void
write_date (lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *iso,
            lxw_format    *format)
{
  g_autoptr(GDate) date = sc_date_to_gdate (iso);
  lxw_datetime value = { 0 };

  if (date == NULL)
    return;
  value.year = g_date_get_year (date);
  value.month = g_date_get_month (date);
  value.day = g_date_get_day (date);
  worksheet_write_datetime (sheet, row, col, &value, format);
}

/* A link that opens in a click when Excel accepts it as one, else text. */
/* Links are not wrapped: a long one shows its start, and opens whole. */
static void
write_link (lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *link,
            const Formats *formats)
{
  if (link == NULL || *link == '\0')
    return;
  if ((g_str_has_prefix (link, "https://") || g_str_has_prefix (link, "http://")) &&
      strlen (link) <= 255 && strpbrk (link, " \t\"") == NULL &&
      worksheet_write_url (sheet, row, col, link, formats->link) == LXW_NO_ERROR)
    return;
  write_text (sheet, row, col, link, formats->text);
}

/* At most @max_chars characters (a page header holds 255 in all, and a
 * cut must not split a character), "&" doubled. */
static char *
escape_page_header (const char *text,
                    glong       max_chars)
{
  g_autofree char *cut = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), max_chars));
  g_auto(GStrv) parts = g_strsplit (cut, "&", -1);

  return g_strjoinv ("&&", parts);
}

/* Header row bold and frozen with a filter; A4 landscape, one page wide,
 * the header row repeated and the college, sheet and date in the page
 * header. */
static void
set_up_sheet (lxw_worksheet *sheet,
              const char   **titles,
              const double  *widths,
              guint          n_columns,
              guint          n_rows,
              const Formats *formats,
              const Export  *export,
              const char    *sheet_name)
{
  g_autofree char *college = escape_page_header (export->college, 100);
  g_autofree char *name = escape_page_header (sheet_name, 60);
  g_autofree char *date = sc_date_format_short (export->on_date);
  g_autofree char *page_header = g_strdup_printf ("&L%s&C%s&R%s", college, name, date);
  g_autofree char *footer = g_strdup_printf ("&C%s", _("Page &P of &N"));

  for (guint col = 0; col < n_columns; col++)
    {
      worksheet_write_string (sheet, 0, col, titles[col], formats->header);
      worksheet_set_column (sheet, col, col, widths[col], NULL);
    }
  /* Two lines: «Дата создания» wraps, and the filter buttons need room. */
  worksheet_set_row (sheet, 0, 2 * ROW_HEIGHT, NULL);
  worksheet_freeze_panes (sheet, 1, 0);
  worksheet_autofilter (sheet, 0, 0, MAX (n_rows, 1), n_columns - 1);
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, PAPER_A4);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_repeat_rows (sheet, 0, 0);
  worksheet_set_margins (sheet, 0.5, 0.5, 0.7, 0.7);
  worksheet_set_header (sheet, page_header);
  worksheet_set_footer (sheet, footer);
}

/* The chat it is in, "" at the root: with the indented titles, enough to
 * place a row even when the sheet is filtered. */
static const char *
parent_title (GPtrArray    *chats,
              const ScChat *chat)
{
  for (guint i = 0; chat->parent_id > 0 && i < chats->len; i++)
    if (((ScChat *)g_ptr_array_index (chats, i))->id == chat->parent_id)
      return ((ScChat *)g_ptr_array_index (chats, i))->title;
  return NULL;
}

static void
write_chat_row (lxw_worksheet *sheet,
                lxw_row_t      row,
                const Export  *export,
                guint          index,
                const Formats *formats)
{
  const ScChat *chat = g_ptr_array_index (export->chats, index);
  const char *admin = g_hash_table_lookup (export->admins, &chat->admin_person_id);
  gpointer count = g_hash_table_lookup (export->counts, &chat->id);
  guint lines;

  write_text (sheet, row, 0, chat->title, formats->indent[MIN (chat->depth, MAX_INDENT)]);
  lines = write_wrapped (sheet, row, 1, parent_title (export->chats, chat), plan_widths,
                         formats->wrap);
  write_text (sheet, row, 2, sc_chat_kind_get_label (chat->kind), formats->text);
  lines = MAX (lines, write_wrapped (sheet, row, 3, admin, plan_widths, formats->wrap));
  worksheet_write_number (sheet, row, 4, GPOINTER_TO_UINT (count), formats->count);
  write_text (sheet, row, 5, sc_chat_status_get_label (chat->status), formats->text);
  write_date (sheet, row, 6, chat->created_on, formats->date);
  write_link (sheet, row, 7, chat->invite_link, formats);
  lines = MAX (lines, write_wrapped (sheet, row, 8, chat->notes, plan_widths, formats->wrap));
  fit_row (sheet, row, lines);
}

static void
write_plan_sheet (lxw_workbook  *workbook,
                  const Export  *export,
                  const Formats *formats)
{
  const char *name = C_("sheet", "Chat plan");
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, name);
  const char *titles[] = {
    _("Chat"), _("In chat"), _("Kind"), _("Administrator"), C_("chats sheet", "Members"),
    _("Status"), _("Created on"), _("Invite link"), _("Notes"),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (titles) == G_N_ELEMENTS (plan_widths));
  set_up_sheet (sheet, titles, plan_widths, G_N_ELEMENTS (titles), export->chats->len,
                formats, export, name);
  for (guint i = 0; i < export->chats->len; i++)
    write_chat_row (sheet, i + 1, export, i, formats);
}

static const char *
category_label (const char *code)
{
  ScCategory category;

  return sc_category_from_code (code, &category) ? sc_category_get_label (category) : code;
}

static guint
count_member_rows (const Export *export)
{
  guint n = 0;

  for (guint i = 0; i < export->members->len; i++)
    {
      GPtrArray *members = g_ptr_array_index (export->members, i);
      for (guint j = 0; j < members->len; j++)
        n += ((ScChatMember *)g_ptr_array_index (members, j))->left_on == NULL;
    }
  return n;
}

static void
write_members_sheet (lxw_workbook  *workbook,
                     const Export  *export,
                     const Formats *formats)
{
  const char *name = C_("sheet", "Members");
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, name);
  const char *titles[] = {
    _("Chat"), _("Full name"), _("Category"), _("Group"), _("Why a member"),
  };
  lxw_row_t row = 1;

  G_STATIC_ASSERT (G_N_ELEMENTS (titles) == G_N_ELEMENTS (member_widths));
  set_up_sheet (sheet, titles, member_widths, G_N_ELEMENTS (titles), count_member_rows (export),
                formats, export, name);
  for (guint i = 0; i < export->chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (export->chats, i);
      GPtrArray *members = g_ptr_array_index (export->members, i);
      for (guint j = 0; j < members->len; j++)
        {
          const ScChatMember *member = g_ptr_array_index (members, j);
          if (member->left_on != NULL)
            continue;
          write_text (sheet, row, 0, chat->title, formats->text);
          write_text (sheet, row, 1, member->full_name, formats->text);
          write_text (sheet, row, 2, category_label (member->category), formats->text);
          write_text (sheet, row, 3, member->group_code, formats->text);
          fit_row (sheet, row, write_wrapped (sheet, row, 4, sc_chat_member_describe_source (
                                   member, g_ptr_array_index (export->rules, i)),
                                 member_widths, formats->wrap));
          row++;
        }
    }
}

/* Atomic replacement */

static char *
make_temp_file (const char *path,
                GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  char *temp = g_build_filename (dir, name, NULL);
  int fd = g_mkstemp_full (temp, O_RDWR, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The chat plan could not be saved in the folder “%s”: %s. Choose another folder."),
                   dir, g_strerror (saved_errno));
      g_free (temp);
      return NULL;
    }
  g_close (fd, NULL);
  return temp;
}

static lxw_error
write_sheets (const char   *temp,
              const Export *export)
{
  lxw_workbook *workbook = workbook_new (temp);
  Formats formats = { NULL };

  if (workbook == NULL)
    return LXW_ERROR_CREATING_XLSX_FILE;
  add_formats (workbook, &formats);
  write_plan_sheet (workbook, export, &formats);
  write_members_sheet (workbook, export, &formats);
  return workbook_close (workbook);
}

/* Read and written in the documents' locale (sc-doc-locale.h): Russian
 * text, numbers with a decimal point; the error, after it, in the user's
 * language. */
static gboolean
write_workbook (const char   *temp,
                Export       *export,
                const char   *path,
                GError      **error)
{
  ScDocLocale scope;
  gboolean loaded;
  lxw_error rc = LXW_NO_ERROR;

  sc_doc_locale_enter (&scope);
  loaded = load_export (export, error);
  if (loaded)
    rc = write_sheets (temp, export);
  sc_doc_locale_leave (&scope);
  if (!loaded)
    return FALSE;
  if (rc != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The chat plan could not be saved to “%s”: %s. Choose another file."),
                   path, lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
replace_file (const char *temp,
              const char *path,
              GError    **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (temp);
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GError) local_error = NULL;

  if (g_file_move (source, target, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                   NULL, NULL, NULL, &local_error))
    return TRUE;
  g_set_error (error, G_IO_ERROR, local_error->code,
               _("The chat plan could not be saved to “%s”: %s. Choose another file."),
               path, local_error->message);
  return FALSE;
}

/**
 * sc_chat_xlsx_write:
 * @on_date: (nullable): YYYY-MM-DD, NULL for today: who counts as a member
 *
 * Writes the chat plan (see sc-chat-xlsx.h) to @path, replacing it.
 */
gboolean
sc_chat_xlsx_write (ScDatabase *db,
                    const char *path,
                    const char *on_date,
                    GError    **error)
{
  g_autofree char *today = sc_date_today ();
  g_auto(Export) export = { db, on_date ? on_date : today };
  g_autofree char *temp = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((temp = make_temp_file (path, error)) == NULL)
    return FALSE;
  if (!write_workbook (temp, &export, path, error) || !replace_file (temp, path, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  return TRUE;
}

char *
sc_chat_xlsx_file_name (const ScOrganization *organization,
                        const char         *on_date)
{
  const char *college = *organization->short_name != '\0' ? organization->short_name : organization->full_name;
  g_autofree char *date = sc_date_format_short (on_date);
  g_autofree char *name = NULL;
  g_autofree char *safe = NULL;
  ScDocLocale scope;

  sc_doc_locale_enter (&scope);
  /* Translators: a suggested file name: the college's short name and the
   * date, «План чатов — ТКЦТ — 29.11.2023». */
  name = g_strdup_printf (_("Chat plan — %s — %s"), college, date);
  sc_doc_locale_leave (&scope);
  safe = sc_format_file_name (name);
  return g_strconcat (safe, ".xlsx", NULL);
}

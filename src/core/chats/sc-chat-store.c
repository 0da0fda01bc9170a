/* sc-chat-store.c — the college's chats: the tree and its edits
 *
 * The tree lives in chat.parent_id; deleting a chat deletes its sub-chats and
 * their explicit members by ON DELETE CASCADE, so sc_chat_store_delete ()
 * reads all of them first and sc_chat_store_restore () puts them back with
 * the same ids where those are still free.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chat"

#include "config.h"

#include <string.h>

#include "sc-chat-store.h"
#include "sc-collate.h"
#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-text.h"

#define CHAT_COLUMNS \
  "id, parent_id, title, kind, group_id, department_id, admin_person_id, " \
  "status, created_on, invite_link, notes, template_key, sort_order, archived_on, " \
  "origin, platform"

#define MAX_TITLE_CHARS 255

typedef struct
{
  gint64  chat_id;
  gint64  person_id;
  char   *added_on;   /* NULL: before the dates were kept */
} MemberRow;

struct _ScChatDeletion
{
  GPtrArray *chats;   /* ScChat, parents before their sub-chats */
  GArray    *members; /* MemberRow */
  gboolean   restored;
};

G_DEFINE_QUARK (sc-chat-error-quark, sc_chat_error)
G_DEFINE_BOXED_TYPE (ScChat, sc_chat, sc_chat_copy, sc_chat_free)

static const char *const kind_names[] = {
  "custom", "staff", "group", "parents", "department", "administration",
};

static const char *const kind_labels[] = {
  NC_("chat kind", "Other"),
  NC_("chat kind", "Teachers"),
  NC_("chat kind", "Group"),
  NC_("chat kind", "Parents"),
  NC_("chat kind", "Department"),
  NC_("chat kind", "Administration"),
};

static const char *const status_names[] = { "planned", "created", "archived" };

static const char *const origin_names[] = { "manual", "platform" };

static const char *const status_labels[] = {
  NC_("chat status", "Planned"),
  NC_("chat status", "Created"),
  NC_("chat status", "Archived"),
};

/* Where a new chat of each kind sits among its siblings: the teachers' chat
 * first, then administration, departments, groups, parents, the rest. */
static const int kind_sort_order[] = { 5, 0, 3, 4, 2, 1 };

ScChat *
sc_chat_copy (const ScChat *chat)
{
  ScChat *copy = g_memdup2 (chat, sizeof *chat);

  copy->title = g_strdup (chat->title);
  copy->created_on = g_strdup (chat->created_on);
  copy->archived_on = g_strdup (chat->archived_on);
  copy->invite_link = g_strdup (chat->invite_link);
  copy->notes = g_strdup (chat->notes);
  copy->template_key = g_strdup (chat->template_key);
  return copy;
}

void
sc_chat_free (ScChat *chat)
{
  if (chat == NULL)
    return;
  g_free (chat->title);
  g_free (chat->created_on);
  g_free (chat->archived_on);
  g_free (chat->invite_link);
  g_free (chat->notes);
  g_free (chat->template_key);
  g_free (chat);
}

const char *
sc_chat_kind_to_string (ScChatKind kind)
{
  g_return_val_if_fail (kind <= SC_CHAT_KIND_ADMINISTRATION, "custom");
  return kind_names[kind];
}

gboolean
sc_chat_kind_from_string (const char *text,
                          ScChatKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (text, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sc_chat_kind_get_label (ScChatKind kind)
{
  g_return_val_if_fail (kind <= SC_CHAT_KIND_ADMINISTRATION, "");
  return sc_pgettext2 ("chat kind", kind_labels[kind]);
}

/* Where a chat of @kind sits among its siblings (ScChat.sort_order). */
int
sc_chat_kind_get_sort_order (ScChatKind kind)
{
  g_return_val_if_fail (kind <= SC_CHAT_KIND_ADMINISTRATION, 0);
  return kind_sort_order[kind];
}

const char *
sc_chat_status_to_string (ScChatStatus status)
{
  g_return_val_if_fail (status <= SC_CHAT_STATUS_ARCHIVED, "planned");
  return status_names[status];
}

gboolean
sc_chat_status_from_string (const char   *text,
                            ScChatStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_strcmp0 (text, status_names[i]) == 0)
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sc_chat_status_get_label (ScChatStatus status)
{
  g_return_val_if_fail (status <= SC_CHAT_STATUS_ARCHIVED, "");
  return sc_pgettext2 ("chat status", status_labels[status]);
}

const char *
sc_chat_origin_to_string (ScChatOrigin origin)
{
  return origin == SC_CHAT_ORIGIN_PLATFORM ? "platform" : "manual";
}

gboolean
sc_chat_origin_from_string (const char   *text,
                            ScChatOrigin *origin)
{
  for (guint i = 0; i < G_N_ELEMENTS (origin_names); i++)
    if (g_strcmp0 (text, origin_names[i]) == 0)
      {
        *origin = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sc_chat_origin_get_label (ScChatOrigin origin)
{
  return origin == SC_CHAT_ORIGIN_PLATFORM ? C_("chat origin", "Made by the platform")
                                           : C_("chat origin", "Added by hand");
}

ScChatOrigin
sc_chat_origin_default (ScPlatform platform,
                        ScChatKind kind)
{
  if (platform == SC_PLATFORM_MAX &&
      (kind == SC_CHAT_KIND_GROUP || kind == SC_CHAT_KIND_PARENTS || kind == SC_CHAT_KIND_STAFF))
    return SC_CHAT_ORIGIN_PLATFORM;
  return SC_CHAT_ORIGIN_MANUAL;
}

/* The platform a chat made today is in. */
static ScPlatform
platform_today (ScDatabase *db)
{
  g_autofree char *today = sc_date_today ();
  ScPlatform platform = SC_PLATFORM_MAX;

  sc_platform_on (db, today, &platform, NULL);
  return platform;
}

/* Reading */

static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static ScChat *
chat_from_row (sqlite3_stmt *stmt)
{
  ScChat *chat = g_new0 (ScChat, 1);

  chat->id = sqlite3_column_int64 (stmt, 0);
  chat->parent_id = sqlite3_column_int64 (stmt, 1);
  chat->title = sc_database_column_dup_or_null (stmt, 2);
  sc_chat_kind_from_string ((const char *)sqlite3_column_text (stmt, 3), &chat->kind);
  chat->group_id = sqlite3_column_int64 (stmt, 4);
  chat->department_id = sqlite3_column_int64 (stmt, 5);
  chat->admin_person_id = sqlite3_column_int64 (stmt, 6);
  sc_chat_status_from_string ((const char *)sqlite3_column_text (stmt, 7), &chat->status);
  chat->created_on = sc_database_column_dup_or_null (stmt, 8);
  chat->invite_link = sc_database_column_dup_or_null (stmt, 9);
  chat->notes = sc_database_column_dup_or_null (stmt, 10);
  chat->template_key = sc_database_column_dup_or_null (stmt, 11);
  chat->sort_order = sqlite3_column_int (stmt, 12);
  chat->archived_on = sc_database_column_dup_or_null (stmt, 13);
  sc_chat_origin_from_string ((const char *)sqlite3_column_text (stmt, 14), &chat->origin);
  sc_platform_from_string ((const char *)sqlite3_column_text (stmt, 15), &chat->platform);
  return chat;
}

/* Steps @stmt to its end, collecting ScChat rows. */
static GPtrArray *
collect_chats (ScDatabase   *db,
               sqlite3_stmt *stmt,
               GError      **error)
{
  g_autoptr(GPtrArray) chats = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_chat_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (chats, chat_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&chats);
}

static void
set_not_found (GError **error)
{
  g_set_error_literal (error, SC_CHAT_ERROR, SC_CHAT_ERROR_NOT_FOUND,
                       _("The chat no longer exists. Reload the list of chats."));
}

ScChat *
sc_chat_store_get (ScDatabase *db,
                   gint64      chat_id,
                   GError    **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) chats = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  stmt = sc_database_prepare (db, "SELECT " CHAT_COLUMNS " FROM chat WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  chats = collect_chats (db, stmt, error);
  if (chats == NULL)
    return NULL;
  if (chats->len == 0)
    {
      set_not_found (error);
      return NULL;
    }
  return g_ptr_array_steal_index (chats, 0);
}

static int
compare_siblings (gconstpointer a,
                  gconstpointer b)
{
  const ScChat *x = *(ScChat *const *)a;
  const ScChat *y = *(ScChat *const *)b;
  int order;

  if (x->sort_order != y->sort_order)
    return x->sort_order < y->sort_order ? -1 : 1;
  if ((order = sc_collate_compare (x->title, y->title)) != 0)
    return order;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* Appends @parent_id's children, then each child's subtree, to @out. */
static void
append_subtree (GHashTable *children,
                gint64      parent_id,
                guint       depth,
                GPtrArray  *out)
{
  GPtrArray *list = g_hash_table_lookup (children, &parent_id);

  if (list == NULL)
    return;
  g_ptr_array_sort (list, compare_siblings);
  for (guint i = 0; i < list->len; i++)
    {
      ScChat *chat = g_ptr_array_index (list, i);
      chat->depth = depth;
      g_ptr_array_add (out, chat);
      /* A tree of rows can hold no cycle (moves refuse them), but stop
       * anyway rather than recurse without end. */
      if (depth < 1000)
        append_subtree (children, chat->id, depth + 1, out);
    }
}

static GHashTable *
group_by_parent (GPtrArray *chats)
{
  GHashTable *children = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                (GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < chats->len; i++)
    {
      ScChat *chat = g_ptr_array_index (chats, i);
      GPtrArray *list = g_hash_table_lookup (children, &chat->parent_id);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (children, &chat->parent_id, list);
        }
      g_ptr_array_add (list, chat);
    }
  return children;
}

/* Only a cycle written into the file by hand leaves rows out of the tree;
 * show them at the root rather than lose them. */
static void
append_unreached (GPtrArray *rows,
                  GPtrArray *out)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < out->len; i++)
    g_hash_table_add (seen, g_ptr_array_index (out, i));
  for (guint i = 0; i < rows->len; i++)
    if (!g_hash_table_contains (seen, g_ptr_array_index (rows, i)))
      g_ptr_array_add (out, g_ptr_array_index (rows, i));
}

/**
 * sc_chat_store_list:
 *
 * Returns: (transfer full) (element-type ScChat): every chat in tree order —
 * each chat followed by its sub-chats, siblings in the order of their kind and
 * then alphabetically — with ScChat.depth set.
 */
GPtrArray *
sc_chat_store_list (ScDatabase *db,
                    GError    **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) children = NULL;
  GPtrArray *out;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  stmt = sc_database_prepare (db, "SELECT " CHAT_COLUMNS " FROM chat", error);
  if (stmt == NULL || (rows = collect_chats (db, stmt, error)) == NULL)
    return NULL;
  children = group_by_parent (rows);
  out = g_ptr_array_new_full (rows->len, NULL);
  append_subtree (children, 0, 0, out);
  if (out->len < rows->len)
    append_unreached (rows, out);
  /* The rows have moved to @out; @rows only frees its array. */
  g_ptr_array_set_free_func (rows, NULL);
  g_ptr_array_set_free_func (out, (GDestroyNotify)sc_chat_free);
  return out;
}

static const ScChat *
find_chat (GPtrArray *chats,
           gint64     id)
{
  for (guint i = 0; i < chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (chats, i);
      if (chat->id == id)
        return chat;
    }
  return NULL;
}

/* The chat's place in the tree: "Teachers › Department › Group", from a list
 * returned by sc_chat_store_list (). */
char *
sc_chat_store_get_path (GPtrArray  *chats,
                        guint       index,
                        const char *separator)
{
  const ScChat *chat;
  GPtrArray *titles = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (chats != NULL && index < chats->len, NULL);

  for (chat = g_ptr_array_index (chats, index);
       chat != NULL && titles->len <= chats->len;
       chat = chat->parent_id > 0 ? find_chat (chats, chat->parent_id) : NULL)
    g_ptr_array_insert (titles, 0, chat->title);
  for (guint i = 0; i < titles->len; i++)
    {
      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, g_ptr_array_index (titles, i));
    }
  g_ptr_array_unref (titles);
  return g_string_free (out, FALSE);
}

/* Writing */

/* Steps an UPDATE or DELETE of one chat in a transaction; no row changed
 * means the chat is gone. */
static gboolean
write_one (ScDatabase   *db,
           sqlite3_stmt *stmt,
           GError      **error)
{
  if (!sc_database_begin (db, error))
    return FALSE;
  if (!sc_database_step_done (db, stmt, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  if (sqlite3_changes (sc_database_get_handle (db)) == 0)
    {
      sc_database_rollback (db);
      set_not_found (error);
      return FALSE;
    }
  if (!sc_database_commit (db, error))
    return FALSE;
  sc_database_emit_changed (db, "chats");
  return TRUE;
}

static gboolean
row_exists (ScDatabase *db,
            const char *sql,
            gint64      id,
            gboolean   *exists,
            GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  *exists = rc == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

static gboolean
check_chat_exists (ScDatabase *db,
                   gint64      chat_id,
                   GError    **error)
{
  gboolean exists = FALSE;

  if (!row_exists (db, "SELECT 1 FROM chat WHERE id = ?1", chat_id, &exists, error))
    return FALSE;
  if (!exists)
    set_not_found (error);
  return exists;
}

static gboolean
check_person_exists (ScDatabase *db,
                     gint64      person_id,
                     GError    **error)
{
  gboolean exists = FALSE;

  if (!row_exists (db, "SELECT 1 FROM person WHERE id = ?1", person_id, &exists, error))
    return FALSE;
  if (!exists)
    g_set_error_literal (error, SC_CHAT_ERROR, SC_CHAT_ERROR_NOT_FOUND,
                         _("The person no longer exists. Reload the list of people."));
  return exists;
}

static char *
clean_title (const char *title,
             GError    **error)
{
  g_autofree char *clean = sc_text_clean (title);

  if (*clean == '\0')
    {
      g_set_error_literal (error, SC_CHAT_ERROR, SC_CHAT_ERROR_INVALID,
                           _("Enter the title of the chat."));
      return NULL;
    }
  if (g_utf8_strlen (clean, -1) > MAX_TITLE_CHARS)
    {
      g_set_error (error, SC_CHAT_ERROR, SC_CHAT_ERROR_INVALID,
                   _("The title of the chat is too long. Shorten it to %d characters."),
                   MAX_TITLE_CHARS);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

static gint64
insert_chat (ScDatabase *db,
             gint64      parent_id,
             const char *title,
             ScChatKind  kind,
             GError    **error)
{
  ScPlatform platform = platform_today (db);
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT INTO chat (parent_id, title, kind, sort_order, platform, origin)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);

  if (stmt == NULL)
    return 0;
  bind_id (stmt, 1, parent_id);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, sc_chat_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, sc_chat_kind_get_sort_order (kind));
  sqlite3_bind_text (stmt, 5, sc_platform_to_string (platform), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, sc_chat_origin_to_string (SC_CHAT_ORIGIN_MANUAL), -1, SQLITE_STATIC);
  if (!sc_database_step_done (db, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (sc_database_get_handle (db));
}

/**
 * sc_chat_store_add:
 * @parent_id: the chat to put it in, or 0 for the root
 *
 * Adds a planned chat made by hand. For a group, parents' or department chat,
 * set its group or department with sc_chat_store_set_unit ().
 *
 * Returns: the new chat's id, or 0 on error
 */
gint64
sc_chat_store_add (ScDatabase *db,
                   gint64      parent_id,
                   const char *title,
                   ScChatKind  kind,
                   GError    **error)
{
  g_autofree char *clean = NULL;
  gint64 id;

  g_return_val_if_fail (SC_IS_DATABASE (db), 0);
  g_return_val_if_fail (kind <= SC_CHAT_KIND_ADMINISTRATION, 0);

  if ((clean = clean_title (title, error)) == NULL ||
      (parent_id > 0 && !check_chat_exists (db, parent_id, error)) ||
      !sc_database_begin (db, error))
    return 0;
  id = insert_chat (db, parent_id, clean, kind, error);
  if (id == 0 || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return 0;
    }
  sc_database_emit_changed (db, "chats");
  return id;
}

gboolean
sc_chat_store_rename (ScDatabase *db,
                      gint64      chat_id,
                      const char *title,
                      GError    **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if ((clean = clean_title (title, error)) == NULL)
    return FALSE;
  stmt = sc_database_prepare (db, "UPDATE chat SET title = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  return write_one (db, stmt, error);
}

/* TRUE in @cycle when @new_parent_id is @chat_id or lies inside its subtree. */
static gboolean
would_make_cycle (ScDatabase *db,
                  gint64      chat_id,
                  gint64      new_parent_id,
                  gboolean   *cycle,
                  GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "WITH RECURSIVE up (id) AS ("
      "  SELECT ?2 UNION SELECT c.parent_id FROM chat c JOIN up ON c.id = up.id"
      "  WHERE c.parent_id IS NOT NULL)"
      " SELECT 1 FROM up WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  sqlite3_bind_int64 (stmt, 2, new_parent_id);
  rc = sqlite3_step (stmt);
  *cycle = rc == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

/**
 * sc_chat_store_move:
 * @new_parent_id: the chat to move it into, or 0 for the root
 *
 * Refuses (SC_CHAT_ERROR_CYCLE) to move a chat into itself or into one of its
 * own sub-chats.
 */
gboolean
sc_chat_store_move (ScDatabase *db,
                    gint64      chat_id,
                    gint64      new_parent_id,
                    GError    **error)
{
  gboolean cycle = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if (!check_chat_exists (db, chat_id, error))
    return FALSE;
  if (new_parent_id > 0 &&
      (!check_chat_exists (db, new_parent_id, error) ||
       !would_make_cycle (db, chat_id, new_parent_id, &cycle, error)))
    return FALSE;
  if (cycle)
    {
      g_set_error_literal (error, SC_CHAT_ERROR, SC_CHAT_ERROR_CYCLE,
                           _("A chat cannot be moved into itself or into one of its own sub-chats. Choose another place."));
      return FALSE;
    }
  stmt = sc_database_prepare (db, "UPDATE chat SET parent_id = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  bind_id (stmt, 2, new_parent_id);
  return write_one (db, stmt, error);
}

static gboolean
check_unit (ScDatabase *db,
            ScChatKind  kind,
            gint64      group_id,
            gint64      department_id,
            GError    **error)
{
  gboolean exists = FALSE;
  const char *sql, *message;
  gint64 id;

  if (kind == SC_CHAT_KIND_GROUP || kind == SC_CHAT_KIND_PARENTS)
    {
      sql = "SELECT 1 FROM study_group WHERE id = ?1";
      message = _("Choose the group of the chat.");
      id = group_id;
    }
  else if (kind == SC_CHAT_KIND_DEPARTMENT)
    {
      sql = "SELECT 1 FROM department WHERE id = ?1";
      message = _("Choose the department of the chat.");
      id = department_id;
    }
  else
    return TRUE;
  if (id > 0 && !row_exists (db, sql, id, &exists, error))
    return FALSE;
  if (!exists)
    g_set_error_literal (error, SC_CHAT_ERROR, SC_CHAT_ERROR_INVALID, message);
  return exists;
}

/**
 * sc_chat_store_set_unit:
 *
 * Sets what the chat is for, which decides its members by rule: a group or
 * parents' chat needs @group_id, a department chat @department_id; the other
 * kinds keep neither.
 */
gboolean
sc_chat_store_set_unit (ScDatabase *db,
                        gint64      chat_id,
                        ScChatKind  kind,
                        gint64      group_id,
                        gint64      department_id,
                        GError    **error)
{
  gboolean for_group = kind == SC_CHAT_KIND_GROUP || kind == SC_CHAT_KIND_PARENTS;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kind <= SC_CHAT_KIND_ADMINISTRATION, FALSE);

  if (!check_chat_exists (db, chat_id, error) ||
      !check_unit (db, kind, group_id, department_id, error))
    return FALSE;
  stmt = sc_database_prepare (db,
      "UPDATE chat SET kind = ?2, group_id = ?3, department_id = ?4 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  sqlite3_bind_text (stmt, 2, sc_chat_kind_to_string (kind), -1, SQLITE_STATIC);
  bind_id (stmt, 3, for_group ? group_id : 0);
  bind_id (stmt, 4, kind == SC_CHAT_KIND_DEPARTMENT ? department_id : 0);
  return write_one (db, stmt, error);
}

/**
 * sc_chat_store_set_status:
 * @created_on: (nullable): YYYY-MM-DD; NULL keeps the stored date, and a
 *   chat marked created without any date gets today's
 * @invite_link: (nullable): NULL keeps the stored link, "" clears it
 *
 * A planned chat has no creation date; an archived one keeps it, and
 * gets today as the day it was archived (the report's «Чаты» shows it on
 * the dates before).
 */
gboolean
sc_chat_store_set_status (ScDatabase   *db,
                          gint64        chat_id,
                          ScChatStatus  status,
                          const char   *created_on,
                          const char   *invite_link,
                          GError      **error)
{
  g_autofree char *today = sc_date_today ();
  g_autofree char *link = invite_link ? g_strstrip (g_strdup (invite_link)) : NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (status <= SC_CHAT_STATUS_ARCHIVED, FALSE);

  if (created_on != NULL && !sc_date_is_valid_iso (created_on))
    {
      g_set_error_literal (error, SC_CHAT_ERROR, SC_CHAT_ERROR_INVALID,
                           _("Enter the date the chat was created as DD.MM.YYYY."));
      return FALSE;
    }
  stmt = sc_database_prepare (db,
      "UPDATE chat SET status = ?2,"
      " created_on = CASE ?2 WHEN 'planned' THEN NULL ELSE coalesce (?3, created_on, ?4) END,"
      " archived_on = CASE ?2 WHEN 'archived' THEN coalesce (archived_on, ?6) END,"
      " invite_link = coalesce (?5, invite_link) WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  sqlite3_bind_text (stmt, 2, sc_chat_status_to_string (status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, created_on, -1, SQLITE_TRANSIENT);
  if (status == SC_CHAT_STATUS_CREATED)
    sqlite3_bind_text (stmt, 4, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, link, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, today, -1, SQLITE_TRANSIENT);
  return write_one (db, stmt, error);
}

/* @person_id: the new administrator, or 0 for none */
gboolean
sc_chat_store_set_admin (ScDatabase *db,
                         gint64      chat_id,
                         gint64      person_id,
                         GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if (person_id > 0 && !check_person_exists (db, person_id, error))
    return FALSE;
  stmt = sc_database_prepare (db, "UPDATE chat SET admin_person_id = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  bind_id (stmt, 2, person_id);
  return write_one (db, stmt, error);
}

/* Who makes the chat: the platform (the coordinator confirms it did), or
 * the coordinator by hand. */
gboolean
sc_chat_store_set_origin (ScDatabase   *db,
                          gint64        chat_id,
                          ScChatOrigin  origin,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  stmt = sc_database_prepare (db, "UPDATE chat SET origin = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  sqlite3_bind_text (stmt, 2, sc_chat_origin_to_string (origin), -1, SQLITE_STATIC);
  return write_one (db, stmt, error);
}

gboolean
sc_chat_store_set_notes (ScDatabase *db,
                         gint64      chat_id,
                         const char *notes,
                         GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  stmt = sc_database_prepare (db, "UPDATE chat SET notes = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  sqlite3_bind_text (stmt, 2, notes ? notes : "", -1, SQLITE_TRANSIENT);
  return write_one (db, stmt, error);
}

/* Adds @person_id to the chat's explicit members from today; adding twice
 * is harmless. */
gboolean
sc_chat_store_add_member (ScDatabase *db,
                          gint64      chat_id,
                          gint64      person_id,
                          GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  if (!check_chat_exists (db, chat_id, error) || !check_person_exists (db, person_id, error))
    return FALSE;
  stmt = sc_database_prepare (db,
      "INSERT OR IGNORE INTO chat_member (chat_id, person_id, added_on) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  sqlite3_bind_int64 (stmt, 2, person_id);
  sqlite3_bind_text (stmt, 3, sc_date_today (), -1, g_free);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  sc_database_emit_changed (db, "chats");
  return TRUE;
}

/* Removes an explicit member; members by rule stay while the rule holds. */
gboolean
sc_chat_store_remove_member (ScDatabase *db,
                             gint64      chat_id,
                             gint64      person_id,
                             GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);

  stmt = sc_database_prepare (db,
      "DELETE FROM chat_member WHERE chat_id = ?1 AND person_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  sqlite3_bind_int64 (stmt, 2, person_id);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  sc_database_emit_changed (db, "chats");
  return TRUE;
}

/* Deleting, with undo */

#define SUBTREE_CTE \
  "WITH RECURSIVE sub (id, depth) AS (" \
  "  SELECT ?1, 0 UNION ALL" \
  "  SELECT c.id, sub.depth + 1 FROM chat c JOIN sub ON c.parent_id = sub.id" \
  "  WHERE sub.depth < 1000) "

static GPtrArray *
read_subtree (ScDatabase *db,
              gint64      chat_id,
              GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      SUBTREE_CTE "SELECT " CHAT_COLUMNS " FROM sub JOIN chat USING (id)"
      " ORDER BY sub.depth, chat.id", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  return collect_chats (db, stmt, error);
}

static void
member_row_clear (gpointer data)
{
  g_free (((MemberRow *)data)->added_on);
}

static GArray *
read_subtree_members (ScDatabase *db,
                      gint64      chat_id,
                      GError    **error)
{
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (MemberRow));
  sqlite3_stmt *stmt = sc_database_prepare (db,
      SUBTREE_CTE "SELECT m.chat_id, m.person_id, m.added_on FROM chat_member m"
      " JOIN sub ON m.chat_id = sub.id"
      " ORDER BY m.chat_id, m.person_id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  g_array_set_clear_func (members, member_row_clear);
  sqlite3_bind_int64 (stmt, 1, chat_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MemberRow row = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                        sc_database_column_dup_or_null (stmt, 2) };
      g_array_append_val (members, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&members);
}

void
sc_chat_deletion_free (ScChatDeletion *deletion)
{
  if (deletion == NULL)
    return;
  g_clear_pointer (&deletion->chats, g_ptr_array_unref);
  g_clear_pointer (&deletion->members, g_array_unref);
  g_free (deletion);
}

guint
sc_chat_deletion_get_n_chats (ScChatDeletion *deletion)
{
  g_return_val_if_fail (deletion != NULL, 0);
  return deletion->chats->len;
}

/* The title of the chat that was deleted (not of its sub-chats). */
const char *
sc_chat_deletion_get_title (ScChatDeletion *deletion)
{
  g_return_val_if_fail (deletion != NULL && deletion->chats->len > 0, NULL);
  return ((ScChat *)g_ptr_array_index (deletion->chats, 0))->title;
}

static ScChatDeletion *
read_deletion (ScDatabase *db,
               gint64      chat_id,
               GError    **error)
{
  g_autoptr(ScChatDeletion) deletion = g_new0 (ScChatDeletion, 1);

  deletion->chats = read_subtree (db, chat_id, error);
  if (deletion->chats == NULL)
    return NULL;
  if (deletion->chats->len == 0)
    {
      set_not_found (error);
      return NULL;
    }
  deletion->members = read_subtree_members (db, chat_id, error);
  if (deletion->members == NULL)
    return NULL;
  return g_steal_pointer (&deletion);
}

/**
 * sc_chat_store_delete:
 *
 * Deletes the chat, its sub-chats and their explicit members.
 *
 * Returns: (transfer full): what was deleted, for sc_chat_store_restore ()
 */
ScChatDeletion *
sc_chat_store_delete (ScDatabase *db,
                      gint64      chat_id,
                      GError    **error)
{
  g_autoptr(ScChatDeletion) deletion = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  if (!sc_database_begin (db, error))
    return NULL;
  deletion = read_deletion (db, chat_id, error);
  stmt = deletion ? sc_database_prepare (db, "DELETE FROM chat WHERE id = ?1", error) : NULL;
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, chat_id);
  if (stmt == NULL || !sc_database_step_done (db, stmt, error) ||
      !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return NULL;
    }
  sc_database_emit_changed (db, "chats");
  return g_steal_pointer (&deletion);
}

/* Puts one chat back: its old id and template key if still free (else new
 * ones), references to groups, departments and people that are gone since
 * become empty. */
static gint64
restore_chat (ScDatabase   *db,
              const ScChat *chat,
              gint64        parent_id,
              GError      **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT INTO chat (" CHAT_COLUMNS ") VALUES ("
      " CASE WHEN EXISTS (SELECT 1 FROM chat WHERE id = ?1) THEN NULL ELSE ?1 END,"
      " (SELECT id FROM chat WHERE id = ?2), ?3, ?4,"
      " (SELECT id FROM study_group WHERE id = ?5),"
      " (SELECT id FROM department WHERE id = ?6),"
      " (SELECT id FROM person WHERE id = ?7), ?8, ?9, ?10, ?11,"
      " CASE WHEN EXISTS (SELECT 1 FROM chat WHERE template_key = ?12) THEN NULL ELSE ?12 END,"
      " ?13, ?14, ?15, ?16)", error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, chat->id);
  bind_id (stmt, 2, parent_id);
  sqlite3_bind_text (stmt, 3, chat->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, sc_chat_kind_to_string (chat->kind), -1, SQLITE_STATIC);
  bind_id (stmt, 5, chat->group_id);
  bind_id (stmt, 6, chat->department_id);
  bind_id (stmt, 7, chat->admin_person_id);
  sqlite3_bind_text (stmt, 8, sc_chat_status_to_string (chat->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, chat->created_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, chat->invite_link ? chat->invite_link : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, chat->notes ? chat->notes : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, chat->template_key, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 13, chat->sort_order);
  sqlite3_bind_text (stmt, 14, chat->archived_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 15, sc_chat_origin_to_string (chat->origin), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 16, sc_platform_to_string (chat->platform), -1, SQLITE_STATIC);
  if (!sc_database_step_done (db, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (sc_database_get_handle (db));
}

static gboolean
restore_member (ScDatabase      *db,
                const MemberRow *row,
                gint64           chat_id,
                GError         **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT OR IGNORE INTO chat_member (chat_id, person_id, added_on)"
      " SELECT ?1, id, ?3 FROM person WHERE id = ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, chat_id);
  sqlite3_bind_int64 (stmt, 2, row->person_id);
  sqlite3_bind_text (stmt, 3, row->added_on, -1, SQLITE_STATIC);
  return sc_database_step_done (db, stmt, error);
}

/* Old chat id → restored chat id, in @ids. */
static gboolean
restore_rows (ScDatabase     *db,
              ScChatDeletion *deletion,
              GHashTable     *ids,
              GError        **error)
{
  for (guint i = 0; i < deletion->chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (deletion->chats, i);
      gint64 *parent = g_hash_table_lookup (ids, &chat->parent_id);
      gint64 *new_id = g_new (gint64, 1);

      *new_id = restore_chat (db, chat, parent ? *parent : chat->parent_id, error);
      g_hash_table_insert (ids, (gpointer)&chat->id, new_id);
      if (*new_id == 0)
        return FALSE;
    }
  for (guint i = 0; i < deletion->members->len; i++)
    {
      const MemberRow *row = &g_array_index (deletion->members, MemberRow, i);
      gint64 *chat_id = g_hash_table_lookup (ids, &row->chat_id);
      if (chat_id != NULL && !restore_member (db, row, *chat_id, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * sc_chat_store_restore:
 *
 * Undoes sc_chat_store_delete (): the chats come back in their place with
 * their explicit members. A deletion can be restored once.
 *
 * Returns: the id of the restored chat (the one that was deleted), or 0 on
 * error
 */
gint64
sc_chat_store_restore (ScDatabase     *db,
                       ScChatDeletion *deletion,
                       GError        **error)
{
  g_autoptr(GHashTable) ids = NULL;
  const ScChat *top;
  gint64 top_id;

  g_return_val_if_fail (SC_IS_DATABASE (db), 0);
  g_return_val_if_fail (deletion != NULL, 0);

  if (deletion->restored)
    {
      g_set_error_literal (error, SC_CHAT_ERROR, SC_CHAT_ERROR_INVALID,
                           _("The deleted chats have already been restored."));
      return 0;
    }
  if (!sc_database_begin (db, error))
    return 0;
  ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  if (!restore_rows (db, deletion, ids, error) || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return 0;
    }
  deletion->restored = TRUE;
  top = g_ptr_array_index (deletion->chats, 0);
  top_id = *(gint64 *)g_hash_table_lookup (ids, &top->id);
  sc_database_emit_changed (db, "chats");
  return top_id;
}

/* sc-chat-template.c — the chat structure built from templates
 *
 * The plan is computed from the data each time (preview and apply run the
 * same code), so what the dialog shows is what applying adds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chat"

#include "config.h"

#include "sc-chat-members.h"
#include "sc-chat-template.h"
#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-organization.h"
#include "sc-text.h"

#define ACTIVE(p) "(" p ".left_on IS NULL OR " p ".left_on > ?1)"

typedef struct
{
  gint64        id;
  ScChatStatus  status;
  char         *title;
} Existing;

typedef struct
{
  gint64  id;
  char   *name;          /* group code or department name */
  gint64  department_id; /* groups only */
  gint64  admin_id;      /* active curator or head, or 0 */
} Unit;

typedef struct
{
  ScDatabase              *db;
  const ScChatTemplateOptions *options;
  const char              *on_date;
  gint64                   coordinator_id;
  ScPlatform               platform;
  GHashTable              *existing; /* key → Existing */
  GHashTable              *planned;  /* key → ScChatTemplateItem, owned by items */
  GPtrArray               *items;
} Plan;

void
sc_chat_template_options_init (ScChatTemplateOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (ScChatTemplateOptions) {
    .staff = TRUE,
    .administration = TRUE,
    .departments = TRUE,
    .groups = TRUE,
    .parents = FALSE,
    .skip_keys = NULL,
  };
}

void
sc_chat_template_item_free (ScChatTemplateItem *item)
{
  if (item == NULL)
    return;
  g_free (item->template_key);
  g_free (item->title);
  g_free (item->parent_key);
  g_free (item->parent_title);
  g_free (item);
}

static void
existing_free (Existing *existing)
{
  g_free (existing->title);
  g_free (existing);
}

static void
unit_free (Unit *unit)
{
  g_free (unit->name);
  g_free (unit);
}

/* «Отделение информационных технологий» stays as it is; «Экономика»
 * becomes «Отделение «Экономика»». */
char *
sc_chat_template_department_title (const char *department_name)
{
  g_autofree char *folded = sc_text_fold (department_name);

  if (g_str_has_prefix (folded, "отделение"))
    return sc_text_clean (department_name);
  return g_strdup_printf (_("Department “%s”"), department_name);
}

/* Folded, with no space after a dot: «Иванова М. П.» → «иванова м.п.». */
static char *
normalize_name (const char *name)
{
  g_autofree char *folded = sc_text_fold (name);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    if (!(*p == ' ' && out->len > 0 && out->str[out->len - 1] == '.'))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static char *
initial (const char *part)
{
  g_autofree char *letter = NULL;

  if (part == NULL || *part == '\0')
    return g_strdup ("");
  letter = g_utf8_substring (part, 0, 1);
  return g_strconcat (letter, ".", NULL);
}

/* TRUE when @target (normalized) names the person in full («Иванова Мария
 * Петровна», «Мария Петровна Иванова», «Иванова Мария») or by initials
 * («Иванова М. П.», «М. П. Иванова»). */
static gboolean
name_matches (const char *target,
              const char *last,
              const char *first,
              const char *patronymic)
{
  g_autofree char *fi = initial (first);
  g_autofree char *pi = initial (patronymic);
  char *forms[] = {
    g_strdup_printf ("%s %s %s", last, first, patronymic),
    g_strdup_printf ("%s %s %s", first, patronymic, last),
    g_strdup_printf ("%s %s", last, first),
    g_strdup_printf ("%s %s", first, last),
    g_strdup_printf ("%s %s%s", last, fi, pi),
    g_strdup_printf ("%s%s %s", fi, pi, last),
  };
  gboolean match = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *form = normalize_name (forms[i]);
      match = match || g_strcmp0 (form, target) == 0;
      g_free (forms[i]);
    }
  return match;
}

static gint64
find_person_by_name (ScDatabase *db,
                     const char *name,
                     const char *on_date,
                     GError    **error)
{
  g_autofree char *target = normalize_name (name);
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT id, last_name, first_name, patronymic FROM person p"
      " WHERE category IN ('teacher', 'staff') AND " ACTIVE ("p"), error);
  gint64 found = 0;
  guint n_found = 0;
  int rc;

  if (stmt == NULL || *target == '\0')
    return 0;
  sqlite3_bind_text (stmt, 1, on_date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (name_matches (target, (const char *)sqlite3_column_text (stmt, 1),
                      (const char *)sqlite3_column_text (stmt, 2),
                      (const char *)sqlite3_column_text (stmt, 3)))
      {
        found = sqlite3_column_int64 (stmt, 0);
        n_found++;
      }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    sc_database_set_error (db, rc, error);
  /* Two namesakes: better no administrator than the wrong one. */
  return n_found == 1 ? found : 0;
}

/**
 * sc_chat_template_find_coordinator:
 * @on_date: (nullable): YYYY-MM-DD, NULL for today
 *
 * Returns: the id of the active teacher or staff member named as the
 * coordinator in the organization profile, or 0 when nobody (or more than
 * one person) matches
 */
gint64
sc_chat_template_find_coordinator (ScDatabase *db,
                               const char *on_date,
                               GError    **error)
{
  g_autoptr(ScOrganization) organization = NULL;
  g_autofree char *today = sc_date_today ();
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  g_return_val_if_fail (SC_IS_DATABASE (db), 0);

  organization = sc_organization_load (db, error);
  if (organization == NULL)
    return 0;
  id = find_person_by_name (db, organization->coordinator_name, on_date ? on_date : today,
                            &local_error);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return id;
}

/* Loading what exists */

/* The key a chat answers to: its template key, and for a chat of a
 * templated kind made by hand, the key its template would give it. */
static char *
derived_key (const char *kind,
             gint64      group_id,
             gint64      department_id)
{
  if (g_strcmp0 (kind, "staff") == 0 || g_strcmp0 (kind, "administration") == 0)
    return g_strdup (kind);
  if ((g_strcmp0 (kind, "group") == 0 || g_strcmp0 (kind, "parents") == 0) && group_id > 0)
    return g_strdup_printf ("%s:%" G_GINT64_FORMAT, kind, group_id);
  if (g_strcmp0 (kind, "department") == 0 && department_id > 0)
    return g_strdup_printf ("department:%" G_GINT64_FORMAT, department_id);
  return NULL;
}

static void
add_existing (GHashTable   *existing,
              const char   *key,
              sqlite3_stmt *stmt)
{
  Existing *row;

  if (key == NULL || g_hash_table_contains (existing, key))
    return;
  row = g_new0 (Existing, 1);
  row->id = sqlite3_column_int64 (stmt, 0);
  sc_chat_status_from_string ((const char *)sqlite3_column_text (stmt, 5), &row->status);
  row->title = g_strdup ((const char *)sqlite3_column_text (stmt, 6));
  g_hash_table_insert (existing, g_strdup (key), row);
}

static GHashTable *
load_existing (ScDatabase *db,
               ScPlatform  platform,
               GError    **error)
{
  g_autoptr(GHashTable) existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify)existing_free);
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "SELECT id, template_key, kind, group_id, department_id, status, title FROM chat"
      " WHERE platform = ?1 ORDER BY template_key IS NULL, id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, sc_platform_to_string (platform), -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *derived = derived_key ((const char *)sqlite3_column_text (stmt, 2),
                                              sqlite3_column_int64 (stmt, 3),
                                              sqlite3_column_int64 (stmt, 4));
      add_existing (existing, (const char *)sqlite3_column_text (stmt, 1), stmt);
      add_existing (existing, derived, stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&existing);
}

/* Columns: id, name, department id, admin id; ?1 is the date. */
static GPtrArray *
load_units (ScDatabase *db,
            const char *sql,
            const char *on_date,
            GError    **error)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func ((GDestroyNotify)unit_free);
  sqlite3_stmt *stmt = sc_chat_members_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, on_date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Unit *unit = g_new0 (Unit, 1);
      unit->id = sqlite3_column_int64 (stmt, 0);
      unit->name = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      unit->department_id = sqlite3_column_int64 (stmt, 2);
      unit->admin_id = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (units, unit);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&units);
}

static GPtrArray *
load_groups (ScDatabase *db,
             const char *on_date,
             GError    **error)
{
  return load_units (db,
      "SELECT g.id, g.code, g.department_id,"
      " (SELECT p.id FROM person p WHERE p.id = g.curator_id AND " ACTIVE ("p") ")"
      " FROM study_group g WHERE EXISTS (SELECT 1 FROM person s WHERE s.group_id = g.id"
      "  AND s.category = 'student' AND " ACTIVE ("s") ")"
      " ORDER BY g.code COLLATE sc_ru, g.id", on_date, error);
}

static GPtrArray *
load_departments (ScDatabase *db,
                  const char *on_date,
                  GError    **error)
{
  return load_units (db,
      "SELECT d.id, d.name, NULL,"
      " (SELECT p.id FROM person p WHERE p.id = d.head_person_id AND " ACTIVE ("p") ")"
      " FROM department d"
      " WHERE EXISTS (SELECT 1 FROM person p WHERE " ACTIVE ("p")
      "  AND (p.id = d.head_person_id OR (p.category = 'teacher' AND p.department_id = d.id)))"
      " OR EXISTS (SELECT 1 FROM study_group g JOIN person p"
      "  ON (p.group_id = g.id AND p.category = 'student') OR p.id = g.curator_id"
      "  WHERE g.department_id = d.id AND " ACTIVE ("p") ")"
      " ORDER BY d.name COLLATE sc_ru, d.id", on_date, error);
}

static gboolean
query_exists (ScDatabase *db,
              const char *sql,
              const char *on_date,
              gboolean   *exists,
              GError    **error)
{
  sqlite3_stmt *stmt = sc_chat_members_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, on_date, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  *exists = rc == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sc_database_set_error (db, rc, error);
  return TRUE;
}

/* Planning */

static gboolean
is_skipped (const Plan *plan,
            const char *key)
{
  return plan->options->skip_keys != NULL &&
         g_strv_contains (plan->options->skip_keys, key);
}

/* An existing chat, not archived, or one this plan adds: a chat can go in it. */
static gboolean
find_parent (Plan        *plan,
             const char  *key,
             gint64      *id,
             const char **title)
{
  Existing *existing = g_hash_table_lookup (plan->existing, key);
  ScChatTemplateItem *item = g_hash_table_lookup (plan->planned, key);

  if (existing != NULL && existing->status != SC_CHAT_STATUS_ARCHIVED)
    {
      *id = existing->id;
      *title = existing->title;
      return TRUE;
    }
  if (item != NULL)
    {
      *id = 0;
      *title = item->title;
      return TRUE;
    }
  return FALSE;
}

/* Adds a chat under the first of @parent_keys (NULL-terminated) that can
 * hold it, unless its key has a chat already, is planned or was unticked. */
static void
plan_chat (Plan              *plan,
           char              *key,
           char              *title,
           ScChatKind         kind,
           const Unit        *unit,
           gint64             admin_id,
           const char *const *parent_keys)
{
  ScChatTemplateItem *item;

  if (g_hash_table_contains (plan->existing, key) || g_hash_table_contains (plan->planned, key) ||
      is_skipped (plan, key))
    {
      g_free (key);
      g_free (title);
      return;
    }
  item = g_new0 (ScChatTemplateItem, 1);
  item->template_key = key;
  item->title = title;
  item->kind = kind;
  item->group_id = unit && (kind == SC_CHAT_KIND_GROUP || kind == SC_CHAT_KIND_PARENTS) ? unit->id : 0;
  item->department_id = unit && kind == SC_CHAT_KIND_DEPARTMENT ? unit->id : 0;
  item->admin_person_id = admin_id;
  item->origin = sc_chat_origin_default (plan->platform, kind);
  for (guint i = 0; parent_keys != NULL && parent_keys[i] != NULL; i++)
    {
      const char *parent_title = NULL;
      if (find_parent (plan, parent_keys[i], &item->parent_id, &parent_title))
        {
          item->parent_key = g_strdup (parent_keys[i]);
          item->parent_title = g_strdup (parent_title);
          break;
        }
    }
  g_ptr_array_add (plan->items, item);
  g_hash_table_insert (plan->planned, item->template_key, item);
}

static char *
unit_key (const char *prefix,
          gint64      id)
{
  return id > 0 ? g_strdup_printf ("%s:%" G_GINT64_FORMAT, prefix, id) : NULL;
}

static void
plan_departments (Plan      *plan,
                  GPtrArray *departments)
{
  const char *parents[] = { "staff", NULL };

  for (guint i = 0; i < departments->len; i++)
    {
      const Unit *unit = g_ptr_array_index (departments, i);
      plan_chat (plan, unit_key ("department", unit->id),
                 sc_chat_template_department_title (unit->name), SC_CHAT_KIND_DEPARTMENT,
                 unit, unit->admin_id, parents);
    }
}

static void
plan_groups (Plan      *plan,
             GPtrArray *groups,
             gboolean   for_parents)
{
  for (guint i = 0; i < groups->len; i++)
    {
      const Unit *unit = g_ptr_array_index (groups, i);
      g_autofree char *group_key = unit_key ("group", unit->id);
      g_autofree char *department_key = unit_key ("department", unit->department_id);
      const char *group_parents[] = { department_key ? department_key : "staff", "staff", NULL };
      const char *parents_parents[] = { group_key, group_parents[0], "staff", NULL };

      if (for_parents)
        plan_chat (plan, unit_key ("parents", unit->id),
                   g_strdup_printf (_("Parents of group %s"), unit->name),
                   SC_CHAT_KIND_PARENTS, unit, unit->admin_id, parents_parents);
      else
        plan_chat (plan, unit_key ("group", unit->id),
                   g_strdup_printf (_("Group %s"), unit->name),
                   SC_CHAT_KIND_GROUP, unit, unit->admin_id, group_parents);
    }
}

static gboolean
plan_college_chats (Plan    *plan,
                    GError **error)
{
  const char *under_staff[] = { "staff", NULL };
  gboolean has_teachers = FALSE, has_administration = FALSE;

  if (plan->options->staff &&
      !query_exists (plan->db, "SELECT 1 FROM person p WHERE p.category = 'teacher' AND "
                     ACTIVE ("p") " LIMIT 1", plan->on_date, &has_teachers, error))
    return FALSE;
  if (plan->options->administration && plan->coordinator_id == 0 &&
      !query_exists (plan->db, "SELECT 1 FROM person p WHERE p.category IN ('teacher', 'staff')"
                     " AND " ACTIVE ("p") " AND sc_chat_is_admin_position (p.position) LIMIT 1",
                     plan->on_date, &has_administration, error))
    return FALSE;
  has_administration = has_administration || plan->coordinator_id > 0;
  if (plan->options->staff && has_teachers)
    plan_chat (plan, g_strdup ("staff"), g_strdup (C_("chat title", "Teaching staff")),
               SC_CHAT_KIND_STAFF, NULL, plan->coordinator_id, NULL);
  if (plan->options->administration && has_administration)
    plan_chat (plan, g_strdup ("administration"), g_strdup (C_("chat title", "Administration")),
               SC_CHAT_KIND_ADMINISTRATION, NULL, plan->coordinator_id, under_staff);
  return TRUE;
}

static gboolean
plan_units (Plan    *plan,
            GError **error)
{
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) departments = NULL;

  if ((groups = load_groups (plan->db, plan->on_date, error)) == NULL ||
      (departments = load_departments (plan->db, plan->on_date, error)) == NULL)
    return FALSE;
  if (plan->options->departments)
    plan_departments (plan, departments);
  if (plan->options->groups)
    plan_groups (plan, groups, FALSE);
  if (plan->options->parents)
    plan_groups (plan, groups, TRUE);
  return TRUE;
}

static GPtrArray *
build_plan (ScDatabase              *db,
            const ScChatTemplateOptions *options,
            const char              *on_date,
            GError                 **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_chat_template_item_free);
  g_autoptr(GHashTable) planned = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) existing = NULL;
  g_autoptr(GError) local_error = NULL;
  Plan plan = { db, options, on_date, 0, SC_PLATFORM_MAX, NULL, planned, items };
  ScDocLocale scope;
  gboolean planned_ok;

  if (!sc_platform_on (db, on_date, &plan.platform, error) ||
      (existing = load_existing (db, plan.platform, error)) == NULL)
    return NULL;
  plan.existing = existing;
  plan.coordinator_id = sc_chat_template_find_coordinator (db, on_date, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  /* A chat's title is data, shared by everyone who opens the file and
   * printed in the plan: Russian whatever the interface language now. */
  sc_doc_locale_enter (&scope);
  planned_ok = plan_college_chats (&plan, error) && plan_units (&plan, error);
  sc_doc_locale_leave (&scope);
  if (!planned_ok)
    return NULL;
  return g_steal_pointer (&items);
}

/**
 * sc_chat_template_preview:
 * @on_date: (nullable): YYYY-MM-DD, NULL for today: who is active
 *
 * Returns: (transfer full) (element-type ScChatTemplateItem): the chats applying
 * @options would add, parents before their sub-chats; nothing is written
 */
GPtrArray *
sc_chat_template_preview (ScDatabase              *db,
                      const ScChatTemplateOptions *options,
                      const char              *on_date,
                      GError                 **error)
{
  g_autofree char *today = sc_date_today ();

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  return build_plan (db, options, on_date ? on_date : today, error);
}

static gboolean
insert_item (ScDatabase     *db,
             ScChatTemplateItem *item,
             ScPlatform      platform,
             GHashTable     *planned,
             GError        **error)
{
  ScChatTemplateItem *parent = item->parent_key ? g_hash_table_lookup (planned, item->parent_key) : NULL;
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT INTO chat (parent_id, title, kind, group_id, department_id, admin_person_id,"
      " template_key, sort_order, platform, origin)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);

  if (stmt == NULL)
    return FALSE;
  if (parent != NULL)
    item->parent_id = parent->id;
  if (item->parent_id > 0)
    sqlite3_bind_int64 (stmt, 1, item->parent_id);
  sqlite3_bind_text (stmt, 2, item->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, sc_chat_kind_to_string (item->kind), -1, SQLITE_STATIC);
  if (item->group_id > 0)
    sqlite3_bind_int64 (stmt, 4, item->group_id);
  if (item->department_id > 0)
    sqlite3_bind_int64 (stmt, 5, item->department_id);
  if (item->admin_person_id > 0)
    sqlite3_bind_int64 (stmt, 6, item->admin_person_id);
  sqlite3_bind_text (stmt, 7, item->template_key, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 8, sc_chat_kind_get_sort_order (item->kind));
  sqlite3_bind_text (stmt, 9, sc_platform_to_string (platform), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, sc_chat_origin_to_string (item->origin), -1, SQLITE_STATIC);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  item->id = sqlite3_last_insert_rowid (sc_database_get_handle (db));
  return TRUE;
}

static gboolean
insert_items (ScDatabase *db,
              GPtrArray  *items,
              const char *on_date,
              GError    **error)
{
  g_autoptr(GHashTable) planned = g_hash_table_new (g_str_hash, g_str_equal);
  ScPlatform platform = SC_PLATFORM_MAX;

  if (!sc_platform_on (db, on_date, &platform, error))
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      ScChatTemplateItem *item = g_ptr_array_index (items, i);
      if (!insert_item (db, item, platform, planned, error))
        return FALSE;
      g_hash_table_insert (planned, item->template_key, item);
    }
  return TRUE;
}

/**
 * sc_chat_template_apply:
 * @on_date: (nullable): YYYY-MM-DD, NULL for today: who is active
 *
 * Adds, in one transaction, the chats sc_chat_template_preview () lists.
 *
 * Returns: (transfer full) (element-type ScChatTemplateItem): the chats added,
 * with their ids (empty when there was nothing to add), or NULL on error
 */
GPtrArray *
sc_chat_template_apply (ScDatabase              *db,
                    const ScChatTemplateOptions *options,
                    const char              *on_date,
                    GError                 **error)
{
  g_autofree char *today = sc_date_today ();
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!sc_database_begin (db, error))
    return NULL;
  items = build_plan (db, options, on_date ? on_date : today, error);
  if (items == NULL || !insert_items (db, items, on_date ? on_date : today, error) ||
      !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return NULL;
    }
  if (items->len > 0)
    sc_database_emit_changed (db, "chats");
  return g_steal_pointer (&items);
}

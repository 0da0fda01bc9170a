/* sc-activity-week.c — one week's teachers with their counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-activity"

#include "config.h"

#include <string.h>

#include "sc-collate.h"
#include "sc-person-name.h"
#include "sc-activity-week.h"

/* ?1 Monday, ?2 Sunday: the teachers active on the Sunday, with their week. */
#define WEEK_TEACHERS \
  " FROM person p LEFT JOIN usage_week u ON u.person_id = p.id AND u.week_monday = ?1" \
  " WHERE p.category = 'teacher' AND (p.left_on IS NULL OR p.left_on > ?2)"

static const char week_sql[] =
  "SELECT p.id, p.last_name, p.first_name, p.patronymic,"
  " coalesce (d.name, gd.name, ''),"
  " u.person_id IS NOT NULL, coalesce (u.messages, 0), coalesce (u.calls, 0)"
  " FROM person p LEFT JOIN usage_week u ON u.person_id = p.id AND u.week_monday = ?1"
  " LEFT JOIN department d ON d.id = p.department_id"
  " LEFT JOIN study_group g ON g.id = p.group_id"
  " LEFT JOIN department gd ON gd.id = g.department_id"
  " WHERE p.category = 'teacher' AND (p.left_on IS NULL OR p.left_on > ?2)";

/* ?3 norm messages, ?4 norm calls. */
static const char summary_sql[] =
  "SELECT count (*), coalesce (sum (coalesce (u.messages, 0) >= ?3"
  " AND coalesce (u.calls, 0) >= ?4), 0)" WEEK_TEACHERS;

static const char counts_sql[] =
  "SELECT p.id, coalesce (u.messages, 0), coalesce (u.calls, 0)" WEEK_TEACHERS
  " AND u.person_id IS NOT NULL";

struct _ScActivityTeacher
{
  GObject      parent_instance;
  gint64       id;
  char        *name;
  char        *department;
  char        *sort_key;
  gboolean     has_record;
  int          messages;
  int          calls;
  ScActivityMark  mark;
};

G_DEFINE_FINAL_TYPE (ScActivityTeacher, sc_activity_teacher, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DEPARTMENT,
  PROP_HAS_RECORD,
  PROP_MESSAGES,
  PROP_CALLS,
  PROP_MARK,
  PROP_MARK_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sc_activity_teacher_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ScActivityTeacher *self = SC_ACTIVITY_TEACHER (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DEPARTMENT: g_value_set_string (value, self->department); break;
    case PROP_HAS_RECORD: g_value_set_boolean (value, self->has_record); break;
    case PROP_MESSAGES: g_value_set_int (value, self->messages); break;
    case PROP_CALLS: g_value_set_int (value, self->calls); break;
    case PROP_MARK: g_value_set_int (value, self->mark); break;
    case PROP_MARK_LABEL: g_value_set_string (value, sc_activity_mark_get_label (self->mark)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_activity_teacher_finalize (GObject *object)
{
  ScActivityTeacher *self = SC_ACTIVITY_TEACHER (object);

  g_free (self->name);
  g_free (self->department);
  g_free (self->sort_key);
  G_OBJECT_CLASS (sc_activity_teacher_parent_class)->finalize (object);
}

static void
sc_activity_teacher_class_init (ScActivityTeacherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = sc_activity_teacher_get_property;
  object_class->finalize = sc_activity_teacher_finalize;
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_DEPARTMENT] = g_param_spec_string ("department", NULL, NULL, NULL, flags);
  properties[PROP_HAS_RECORD] = g_param_spec_boolean ("has-record", NULL, NULL, FALSE, flags);
  properties[PROP_MESSAGES] = g_param_spec_int ("messages", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_CALLS] = g_param_spec_int ("calls", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_MARK] = g_param_spec_int ("mark", NULL, NULL, SC_ACTIVITY_NO_DATA, SC_ACTIVITY_MET,
                                            SC_ACTIVITY_NO_DATA, flags);
  properties[PROP_MARK_LABEL] = g_param_spec_string ("mark-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_activity_teacher_init (ScActivityTeacher *self)
{
}

gint64
sc_activity_teacher_get_id (ScActivityTeacher *self)
{
  g_return_val_if_fail (SC_IS_ACTIVITY_TEACHER (self), 0);
  return self->id;
}

const char *
sc_activity_teacher_get_name (ScActivityTeacher *self)
{
  g_return_val_if_fail (SC_IS_ACTIVITY_TEACHER (self), NULL);
  return self->name;
}

const char *
sc_activity_teacher_get_department (ScActivityTeacher *self)
{
  g_return_val_if_fail (SC_IS_ACTIVITY_TEACHER (self), NULL);
  return self->department;
}

gboolean
sc_activity_teacher_has_record (ScActivityTeacher *self)
{
  g_return_val_if_fail (SC_IS_ACTIVITY_TEACHER (self), FALSE);
  return self->has_record;
}

int
sc_activity_teacher_get_messages (ScActivityTeacher *self)
{
  g_return_val_if_fail (SC_IS_ACTIVITY_TEACHER (self), 0);
  return self->messages;
}

int
sc_activity_teacher_get_calls (ScActivityTeacher *self)
{
  g_return_val_if_fail (SC_IS_ACTIVITY_TEACHER (self), 0);
  return self->calls;
}

ScActivityMark
sc_activity_teacher_get_mark (ScActivityTeacher *self)
{
  g_return_val_if_fail (SC_IS_ACTIVITY_TEACHER (self), SC_ACTIVITY_NO_DATA);
  return self->mark;
}

static void
set_int (ScActivityTeacher *self,
         int            *field,
         int             value,
         guint           prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
sc_activity_teacher_update (ScActivityTeacher    *self,
                         gboolean           has_record,
                         int                messages,
                         int                calls,
                         const ScActivityNorm *norm)
{
  ScActivityMark mark = sc_activity_norm_mark (norm, has_record, messages, calls);

  g_return_if_fail (SC_IS_ACTIVITY_TEACHER (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_int (self, &self->has_record, has_record != FALSE, PROP_HAS_RECORD);
  set_int (self, &self->messages, messages, PROP_MESSAGES);
  set_int (self, &self->calls, calls, PROP_CALLS);
  if (self->mark != mark)
    {
      self->mark = mark;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARK]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARK_LABEL]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* ---- the week ------------------------------------------------------------ */

typedef struct
{
  gint64 id;   /* the key of a table of Counts */
  int    messages;
  int    calls;
} Counts;

static const char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  const char *text = (const char *)sqlite3_column_text (stmt, col);
  return text != NULL ? text : "";
}

static ScActivityTeacher *
teacher_from_row (sqlite3_stmt      *stmt,
                  const ScActivityNorm *norm)
{
  ScActivityTeacher *self = g_object_new (SC_TYPE_ACTIVITY_TEACHER, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->name = sc_person_name_join (column_text (stmt, 1), column_text (stmt, 2),
                                    column_text (stmt, 3));
  self->department = g_strdup (column_text (stmt, 4));
  self->sort_key = sc_collate_key (self->name);
  self->has_record = sqlite3_column_int (stmt, 5) != 0;
  self->messages = sqlite3_column_int (stmt, 6);
  self->calls = sqlite3_column_int (stmt, 7);
  self->mark = sc_activity_norm_mark (norm, self->has_record, self->messages, self->calls);
  return self;
}

static int
compare_teachers (gconstpointer a,
                  gconstpointer b)
{
  const ScActivityTeacher *x = *(ScActivityTeacher *const *)a;
  const ScActivityTeacher *y = *(ScActivityTeacher *const *)b;
  int order = strcmp (x->sort_key, y->sort_key);

  return order != 0 ? order : (x->id > y->id) - (x->id < y->id);
}

static sqlite3_stmt *
prepare_week (ScDatabase *db,
              const char *sql,
              const char *monday,
              GError    **error)
{
  g_autofree char *sunday = NULL;
  sqlite3_stmt *stmt;

  if (!sc_activity_check_week (monday, error))
    return NULL;
  sunday = sc_usage_week_sunday (monday);
  if ((stmt = sc_database_prepare (db, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, monday, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sunday, -1, SQLITE_TRANSIENT);
  return stmt;
}

static gboolean
finish (ScDatabase   *db,
        sqlite3_stmt *stmt,
        int           rc,
        GError      **error)
{
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || sc_database_set_error (db, rc, error);
}

GListStore *
sc_usage_week_load (ScDatabase *db,
                    const char *monday,
                    GError    **error)
{
  g_autoptr(GPtrArray) teachers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) store = g_list_store_new (SC_TYPE_ACTIVITY_TEACHER);
  ScActivityNorm norm;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  if (!sc_activity_norm_load (db, &norm, error) ||
      (stmt = prepare_week (db, week_sql, monday, error)) == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (teachers, teacher_from_row (stmt, &norm));
  if (!finish (db, stmt, rc, error))
    return NULL;
  g_ptr_array_sort (teachers, compare_teachers);
  g_list_store_splice (store, 0, 0, teachers->pdata, teachers->len);
  return g_steal_pointer (&store);
}

static void
update_all (GListStore        *store,
            GHashTable        *records,
            const ScActivityNorm *norm)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScActivityTeacher) teacher = g_list_model_get_item (G_LIST_MODEL (store), i);
      const Counts *counts = g_hash_table_lookup (records, &teacher->id);

      sc_activity_teacher_update (teacher, counts != NULL, counts ? counts->messages : 0,
                               counts ? counts->calls : 0, norm);
    }
}

gboolean
sc_usage_week_refresh (GListStore *store,
                       ScDatabase *db,
                       const char *monday,
                       GError    **error)
{
  g_autoptr(GHashTable) records = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  ScActivityNorm norm;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (G_IS_LIST_STORE (store) && SC_IS_DATABASE (db), FALSE);

  if (!sc_activity_norm_load (db, &norm, error) ||
      (stmt = prepare_week (db, counts_sql, monday, error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Counts *counts = g_new (Counts, 1);
      counts->id = sqlite3_column_int64 (stmt, 0);
      counts->messages = sqlite3_column_int (stmt, 1);
      counts->calls = sqlite3_column_int (stmt, 2);
      g_hash_table_insert (records, &counts->id, counts);
    }
  if (!finish (db, stmt, rc, error))
    return FALSE;
  update_all (store, records, &norm);
  return TRUE;
}

void
sc_usage_week_count (GListModel *model,
                     guint      *met,
                     guint      *total)
{
  guint n = g_list_model_get_n_items (model);

  *met = 0;
  *total = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScActivityTeacher) teacher = g_list_model_get_item (model, i);
      *met += teacher->mark == SC_ACTIVITY_MET ? 1 : 0;
    }
}

gboolean
sc_usage_week_summary (ScDatabase        *db,
                       const char        *monday,
                       const ScActivityNorm *norm,
                       guint             *met,
                       guint             *total,
                       GError           **error)
{
  sqlite3_stmt *stmt = prepare_week (db, summary_sql, monday, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 3, norm->messages);
  sqlite3_bind_int (stmt, 4, norm->calls);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *total = sqlite3_column_int (stmt, 0);
      *met = sqlite3_column_int (stmt, 1);
      rc = sqlite3_step (stmt);
    }
  return finish (db, stmt, rc, error);
}

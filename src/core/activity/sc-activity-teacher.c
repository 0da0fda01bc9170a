/* sc-activity-teacher.c — a teacher's counts in one week, as a list item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-activity"

#include "config.h"

#include <string.h>

#include "sc-activity-teacher.h"
#include "sc-collate.h"

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

ScActivityTeacher *
sc_activity_teacher_new (gint64                id,
                         const char           *name,
                         const char           *department,
                         gboolean              has_record,
                         int                   messages,
                         int                   calls,
                         const ScActivityNorm *norm)
{
  ScActivityTeacher *self = g_object_new (SC_TYPE_ACTIVITY_TEACHER, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->department = g_strdup (department);
  self->sort_key = sc_collate_key (self->name);
  self->has_record = has_record != FALSE;
  self->messages = messages;
  self->calls = calls;
  self->mark = sc_activity_norm_mark (norm, self->has_record, messages, calls);
  return self;
}

int
sc_activity_teacher_compare (const ScActivityTeacher *a,
                             const ScActivityTeacher *b)
{
  int order = strcmp (a->sort_key, b->sort_key);

  return order != 0 ? order : (a->id > b->id) - (a->id < b->id);
}

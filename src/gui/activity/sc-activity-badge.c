/* sc-activity-badge.c — a teacher's week against the norm
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-activity-badge.h"

struct _ScActivityBadge
{
  GtkWidget       parent_instance;
  GtkLabel       *label;
  ScActivityTeacher *teacher;
};

G_DEFINE_FINAL_TYPE (ScActivityBadge, sc_activity_badge, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_TEACHER, N_PROPS };

static GParamSpec *properties[N_PROPS];

const char *
sc_activity_badge_css_class (ScActivityMark mark)
{
  switch (mark)
    {
    case SC_ACTIVITY_MET: return "activity-met";
    case SC_ACTIVITY_BELOW: return "activity-below";
    case SC_ACTIVITY_NO_DATA:
    default: return "activity-no-data";
    }
}

/* The grid's row is read as «Иванова Анна Петровна, Норматив: выполнен»
 * rather than GTK 4.8's "GtkListItemWidget": the badge's cell's row. */
static void
name_row (ScActivityBadge *self,
          const char      *spoken)
{
  GtkWidget *cell = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *row = cell ? gtk_widget_get_parent (cell) : NULL;
  g_autofree char *name = NULL;

  if (row == NULL || self->teacher == NULL)
    return;
  name = g_strdup_printf ("%s, %s", sc_activity_teacher_get_name (self->teacher), spoken);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
update (ScActivityBadge *self)
{
  ScActivityMark mark = self->teacher ? sc_activity_teacher_get_mark (self->teacher) : SC_ACTIVITY_NO_DATA;
  const char *classes[] = { sc_activity_badge_css_class (mark), NULL };
  g_autofree char *spoken = NULL;

  gtk_widget_set_css_classes (GTK_WIDGET (self->label), classes);
  gtk_label_set_text (self->label, self->teacher ? sc_activity_mark_get_label (mark) : "");
  /* Translators: said by screen readers for a row's mark: "Norm: Met". */
  spoken = g_strdup_printf (_("Norm: %s"), sc_activity_mark_get_label (mark));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  name_row (self, spoken);
}

void
sc_activity_badge_set_teacher (ScActivityBadge   *self,
                            ScActivityTeacher *teacher)
{
  g_return_if_fail (SC_IS_ACTIVITY_BADGE (self));

  if (self->teacher == teacher)
    return;
  if (self->teacher != NULL)
    g_signal_handlers_disconnect_by_func (self->teacher, update, self);
  g_set_object (&self->teacher, teacher);
  if (teacher != NULL)
    g_signal_connect_object (teacher, "notify::mark", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEACHER]);
}

static void
sc_activity_badge_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  if (prop_id == PROP_TEACHER)
    sc_activity_badge_set_teacher (SC_ACTIVITY_BADGE (object), g_value_get_object (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sc_activity_badge_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  if (prop_id == PROP_TEACHER)
    g_value_set_object (value, SC_ACTIVITY_BADGE (object)->teacher);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sc_activity_badge_dispose (GObject *object)
{
  ScActivityBadge *self = SC_ACTIVITY_BADGE (object);

  sc_activity_badge_set_teacher (self, NULL);
  if (self->label != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->label));
  self->label = NULL;
  G_OBJECT_CLASS (sc_activity_badge_parent_class)->dispose (object);
}

static void
sc_activity_badge_class_init (ScActivityBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_activity_badge_dispose;
  object_class->set_property = sc_activity_badge_set_property;
  object_class->get_property = sc_activity_badge_get_property;
  properties[PROP_TEACHER] =
    g_param_spec_object ("teacher", NULL, NULL, SC_TYPE_ACTIVITY_TEACHER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "activitybadge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
sc_activity_badge_init (ScActivityBadge *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
}

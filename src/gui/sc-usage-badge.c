/* sc-usage-badge.c — a teacher's week against the norm
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-usage-badge.h"

struct _ScUsageBadge
{
  GtkWidget       parent_instance;
  GtkLabel       *label;
  ScUsageTeacher *teacher;
};

G_DEFINE_FINAL_TYPE (ScUsageBadge, sc_usage_badge, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_TEACHER, N_PROPS };

static GParamSpec *properties[N_PROPS];

const char *
sc_usage_badge_css_class (ScUsageMark mark)
{
  switch (mark)
    {
    case SC_USAGE_MET: return "usage-met";
    case SC_USAGE_BELOW: return "usage-below";
    case SC_USAGE_NO_DATA:
    default: return "usage-no-data";
    }
}

static void
update (ScUsageBadge *self)
{
  ScUsageMark mark = self->teacher ? sc_usage_teacher_get_mark (self->teacher) : SC_USAGE_NO_DATA;
  const char *classes[] = { sc_usage_badge_css_class (mark), NULL };
  g_autofree char *spoken = NULL;

  gtk_widget_set_css_classes (GTK_WIDGET (self->label), classes);
  gtk_label_set_text (self->label, self->teacher ? sc_usage_mark_get_label (mark) : "");
  /* Translators: said by screen readers for a row's mark: "Norm: Met". */
  spoken = g_strdup_printf (_("Norm: %s"), sc_usage_mark_get_label (mark));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

void
sc_usage_badge_set_teacher (ScUsageBadge   *self,
                            ScUsageTeacher *teacher)
{
  g_return_if_fail (SC_IS_USAGE_BADGE (self));

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
sc_usage_badge_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  if (prop_id == PROP_TEACHER)
    sc_usage_badge_set_teacher (SC_USAGE_BADGE (object), g_value_get_object (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sc_usage_badge_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  if (prop_id == PROP_TEACHER)
    g_value_set_object (value, SC_USAGE_BADGE (object)->teacher);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sc_usage_badge_dispose (GObject *object)
{
  ScUsageBadge *self = SC_USAGE_BADGE (object);

  sc_usage_badge_set_teacher (self, NULL);
  if (self->label != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->label));
  self->label = NULL;
  G_OBJECT_CLASS (sc_usage_badge_parent_class)->dispose (object);
}

static void
sc_usage_badge_class_init (ScUsageBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_usage_badge_dispose;
  object_class->set_property = sc_usage_badge_set_property;
  object_class->get_property = sc_usage_badge_get_property;
  properties[PROP_TEACHER] =
    g_param_spec_object ("teacher", NULL, NULL, SC_TYPE_USAGE_TEACHER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "usagebadge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
sc_usage_badge_init (ScUsageBadge *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
}

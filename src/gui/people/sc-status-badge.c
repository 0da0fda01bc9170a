/* sc-status-badge.c — a person's connection status as a coloured label
 *
 * Someone who left shows «Выбыл с …» or «Выбыла с …» instead of a status
 * (as the patronymic tells; else «Дата выбытия: …»): they no longer
 * count towards 100 %. After the switch of platform, one who joined the old
 * platform and is not yet marked on the new one shows «Нужен переход».
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-status-badge.h"

struct _ScStatusBadge
{
  GtkWidget       parent_instance;
  GtkInscription *label;        /* sized by its font, not its text: a new person costs no resize */
  ScPerson       *person;
  const char     *css_class;    /* the status class the label has, or NULL */
};

G_DEFINE_FINAL_TYPE (ScStatusBadge, sc_status_badge, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PERSON, N_PROPS };
static GParamSpec *properties[N_PROPS];

static const char *const status_classes[] = {
  "status-not-invited", "status-invited", "status-joined", "status-declined", "status-left",
  "status-needs-move",
};

#define CLASS_LEFT 4
#define CLASS_NEEDS_MOVE 5

/* Only on a change: a class removed and added again restyles the label. */
static void
set_css_class (ScStatusBadge *self,
               const char    *css_class)
{
  if (self->css_class == css_class)
    return;
  if (self->css_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->label), self->css_class);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->label), css_class);
  self->css_class = css_class;
}

static void
update (ScStatusBadge *self)
{
  const ScPersonRecord *r = self->person ? sc_person_get_record (self->person) : NULL;
  g_autofree char *left = NULL;
  guint css = r == NULL ? 0 : !r->active ? CLASS_LEFT : r->needs_move ? CLASS_NEEDS_MOVE : r->status;

  set_css_class (self, r != NULL ? status_classes[css] : NULL);
  if (r == NULL || !r->active)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  if (r == NULL)
    gtk_inscription_set_text (self->label, "");
  else if (r->active)
    {
      g_autofree char *decline = sc_person_record_describe_decline (r);
      gtk_inscription_set_text (self->label, sc_person_record_status_label (r));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), *decline != '\0' ? decline : NULL);
    }
  else
    {
      g_object_get (self->person, "left", &left, NULL);
      gtk_inscription_set_text (self->label, left);
    }
}

void
sc_status_badge_set_person (ScStatusBadge *self,
                            ScPerson      *person)
{
  g_return_if_fail (SC_IS_STATUS_BADGE (self));

  if (!g_set_object (&self->person, person))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}

static void
sc_status_badge_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  if (prop_id == PROP_PERSON)
    sc_status_badge_set_person (SC_STATUS_BADGE (object), g_value_get_object (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sc_status_badge_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  if (prop_id == PROP_PERSON)
    g_value_set_object (value, SC_STATUS_BADGE (object)->person);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sc_status_badge_dispose (GObject *object)
{
  ScStatusBadge *self = SC_STATUS_BADGE (object);

  g_clear_object (&self->person);
  if (self->label != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->label));
  self->label = NULL;
  G_OBJECT_CLASS (sc_status_badge_parent_class)->dispose (object);
}

static void
sc_status_badge_class_init (ScStatusBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_status_badge_dispose;
  object_class->set_property = sc_status_badge_set_property;
  object_class->get_property = sc_status_badge_get_property;

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, SC_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statusbadge");
}

static void
sc_status_badge_init (ScStatusBadge *self)
{
  self->label = GTK_INSCRIPTION (gtk_inscription_new (NULL));
  gtk_inscription_set_xalign (self->label, 0);
  gtk_inscription_set_text_overflow (self->label, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  /* «Не приглашён» whole; «Выбыла с 12.10.2023» where the window allows. */
  gtk_inscription_set_nat_chars (self->label, 15);
  /* «Подключён» whole even on the narrowest window. */
  gtk_inscription_set_min_chars (self->label, 10);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
}

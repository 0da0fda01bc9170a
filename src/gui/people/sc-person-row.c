/* sc-person-row.c — one row of the «Люди» table: whoever is shown there
 *
 * The table's items stay the same objects while a search or a sort puts
 * other people in their places: the row's "person" changes and its cells
 * follow, where new items would make GTK 4.8 build new row widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-person-row.h"

struct _ScPersonRow
{
  GObject   parent_instance;
  ScPerson *person;
};

G_DEFINE_FINAL_TYPE (ScPersonRow, sc_person_row, G_TYPE_OBJECT)

enum { PROP_0, PROP_PERSON, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
sc_person_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  if (prop_id == PROP_PERSON)
    g_value_set_object (value, SC_PERSON_ROW (object)->person);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sc_person_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  if (prop_id == PROP_PERSON)
    sc_person_row_set_person (SC_PERSON_ROW (object), g_value_get_object (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sc_person_row_dispose (GObject *object)
{
  g_clear_object (&SC_PERSON_ROW (object)->person);
  G_OBJECT_CLASS (sc_person_row_parent_class)->dispose (object);
}

static void
sc_person_row_class_init (ScPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sc_person_row_dispose;
  object_class->get_property = sc_person_row_get_property;
  object_class->set_property = sc_person_row_set_property;

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, SC_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_person_row_init (ScPersonRow *self)
{
}

ScPersonRow *
sc_person_row_new (ScPerson *person)
{
  return g_object_new (SC_TYPE_PERSON_ROW, "person", person, NULL);
}

ScPerson *
sc_person_row_get_person (ScPersonRow *self)
{
  g_return_val_if_fail (SC_IS_PERSON_ROW (self), NULL);
  return self->person;
}

void
sc_person_row_set_person (ScPersonRow *self,
                          ScPerson    *person)
{
  g_return_if_fail (SC_IS_PERSON_ROW (self));
  g_return_if_fail (person == NULL || SC_IS_PERSON (person));

  if (g_set_object (&self->person, person))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}

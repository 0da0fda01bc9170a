/* sc-person.c — one person of the college, as a list item for the window
 *
 * Properties are read-only views for the table's cells; edits go through
 * sc-people.h and reload the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sc-collate.h"
#include "sc-date.h"
#include "sc-text.h"
#include "sc-i18n.h"
#include "sc-person-name.h"
#include "sc-person.h"

/* Every string a person holds lives in one block, @strings: with 50 000
 * people in «Люди», seventeen small blocks each spent more on malloc's
 * bookkeeping and rounding than on the text. The full name, its sort key
 * and the search text are made only when asked for: the rows on screen,
 * a sort by another list than «Люди», a search. */
struct _ScPerson
{
  GObject         parent_instance;
  ScPersonRecord  record;      /* its strings point into @strings */
  char           *full_name;   /* made when first asked: the rows on screen need it */
  char           *sort_key;    /* ICU key of the full name; made when first asked */
  guint           name_rank;   /* place in name order among those sorted with it; 0: none */
  char           *search_text; /* folded name, group, phone, email; made when first asked */
  char           *strings;
};

/* The record's strings, by their place in it. */
static const gsize string_fields[] = {
  G_STRUCT_OFFSET (ScPersonRecord, last_name), G_STRUCT_OFFSET (ScPersonRecord, first_name),
  G_STRUCT_OFFSET (ScPersonRecord, patronymic), G_STRUCT_OFFSET (ScPersonRecord, group_code),
  G_STRUCT_OFFSET (ScPersonRecord, department), G_STRUCT_OFFSET (ScPersonRecord, position),
  G_STRUCT_OFFSET (ScPersonRecord, phone), G_STRUCT_OFFSET (ScPersonRecord, email),
  G_STRUCT_OFFSET (ScPersonRecord, notes), G_STRUCT_OFFSET (ScPersonRecord, left_on),
  G_STRUCT_OFFSET (ScPersonRecord, status_date), G_STRUCT_OFFSET (ScPersonRecord, reason_text),
};

G_DEFINE_FINAL_TYPE (ScPerson, sc_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FULL_NAME,
  PROP_CATEGORY_LABEL,
  PROP_UNIT,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_CONNECTED_ON,
  PROP_PHONE,
  PROP_LEFT,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

ScPersonRecord *
sc_person_record_new (void)
{
  ScPersonRecord *r = g_new0 (ScPersonRecord, 1);

  r->last_name = g_strdup ("");
  r->first_name = g_strdup ("");
  r->patronymic = g_strdup ("");
  r->category = SC_CATEGORY_STUDENT;
  r->group_code = g_strdup ("");
  r->department = g_strdup ("");
  r->position = g_strdup ("");
  r->phone = g_strdup ("");
  r->email = g_strdup ("");
  r->notes = g_strdup ("");
  r->reason_text = g_strdup ("");
  r->active = TRUE;
  return r;
}

ScPersonRecord *
sc_person_record_copy (const ScPersonRecord *r)
{
  ScPersonRecord *c = g_memdup2 (r, sizeof *r);

  c->last_name = g_strdup (r->last_name);
  c->first_name = g_strdup (r->first_name);
  c->patronymic = g_strdup (r->patronymic);
  c->group_code = g_strdup (r->group_code);
  c->department = g_strdup (r->department);
  c->position = g_strdup (r->position);
  c->phone = g_strdup (r->phone);
  c->email = g_strdup (r->email);
  c->notes = g_strdup (r->notes);
  c->left_on = g_strdup (r->left_on);
  c->status_date = g_strdup (r->status_date);
  c->reason_text = g_strdup (r->reason_text);
  return c;
}

void
sc_person_record_free (ScPersonRecord *r)
{
  if (r == NULL)
    return;
  g_free (r->last_name);
  g_free (r->first_name);
  g_free (r->patronymic);
  g_free (r->group_code);
  g_free (r->department);
  g_free (r->position);
  g_free (r->phone);
  g_free (r->email);
  g_free (r->notes);
  g_free (r->left_on);
  g_free (r->status_date);
  g_free (r->reason_text);
  g_free (r);
}

char *
sc_person_record_full_name (const ScPersonRecord *r)
{
  GString *s = g_string_new (r->last_name);

  if (*r->first_name)
    g_string_append_printf (s, " %s", r->first_name);
  if (*r->patronymic)
    g_string_append_printf (s, " %s", r->patronymic);
  return g_string_free (s, FALSE);
}

const char *
sc_person_record_status_label (const ScPersonRecord *r)
{
  return r->needs_move ? sc_status_needs_move_label () : sc_status_get_label (r->status);
}

char *
sc_person_record_describe_decline (const ScPersonRecord *r)
{
  return sc_describe_decline (r->status, r->reason, r->reason_text, r->channel);
}

/* sc_text_fold () of it all, by the byte-level path the import uses: a
 * large college makes 50 000 of these when the list loads. */
static char *
build_search_text (const ScPersonRecord *r,
                   const char           *full_name)
{
  g_autofree char *all = g_strjoin (" ", full_name, r->group_code, r->department,
                                    r->phone, r->email, NULL);
  GString *out = g_string_sized_new (strlen (all));

  sc_text_fold_append (out, all);
  return g_string_free (out, FALSE);
}

static char *
format_left (const ScPersonRecord *r)
{
  g_autofree char *date = NULL;

  if (r->left_on == NULL)
    return g_strdup ("");
  date = sc_date_format_short (r->left_on);
  return sc_person_name_describe_left (r->patronymic, date);
}

static void
sc_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ScPerson *self = SC_PERSON (object);
  const ScPersonRecord *r = &self->record;

  switch (prop_id)
    {
    case PROP_FULL_NAME:
      g_value_set_string (value, sc_person_get_full_name (self));
      break;
    case PROP_CATEGORY_LABEL:
      g_value_set_string (value, sc_category_get_label (r->category));
      break;
    case PROP_UNIT:
      g_value_set_string (value, *r->group_code ? r->group_code : r->department);
      break;
    case PROP_STATUS:
      g_value_set_uint (value, r->status);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, sc_person_record_status_label (r));
      break;
    case PROP_CONNECTED_ON:
      g_value_take_string (value, r->status == SC_STATUS_JOINED
                                  ? sc_date_format_short (r->status_date) : g_strdup (""));
      break;
    case PROP_PHONE:
      g_value_set_string (value, r->phone);
      break;
    case PROP_LEFT:
      g_value_take_string (value, format_left (r));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_person_finalize (GObject *object)
{
  ScPerson *self = SC_PERSON (object);

  g_clear_pointer (&self->strings, g_free);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->full_name, g_free);
  g_clear_pointer (&self->sort_key, g_free);
  G_OBJECT_CLASS (sc_person_parent_class)->finalize (object);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
sc_person_class_init (ScPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_person_finalize;
  object_class->get_property = sc_person_get_property;

  properties[PROP_FULL_NAME] = string_property ("full-name");
  properties[PROP_CATEGORY_LABEL] = string_property ("category-label");
  properties[PROP_UNIT] = string_property ("unit");
  properties[PROP_STATUS] = g_param_spec_uint ("status", NULL, NULL, 0, SC_N_STATUSES, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_LABEL] = string_property ("status-label");
  properties[PROP_CONNECTED_ON] = string_property ("connected-on");
  properties[PROP_PHONE] = string_property ("phone");
  properties[PROP_LEFT] = string_property ("left");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_person_init (ScPerson *self)
{
}

/* Copies @text to *@cursor and moves it on; NULL stays NULL. */
static const char *
pack (char      **cursor,
      const char *text)
{
  const char *copy = *cursor;
  gsize size;

  if (text == NULL)
    return NULL;
  size = strlen (text) + 1;
  memcpy (*cursor, text, size);
  *cursor += size;
  return copy;
}

ScPerson *
sc_person_new (ScPersonRecord *record)
{
  ScPerson *self = g_object_new (SC_TYPE_PERSON, NULL);
  gsize size = 0;
  char *cursor;

  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    {
      const char *text = G_STRUCT_MEMBER (const char *, record, string_fields[i]);
      size += text ? strlen (text) + 1 : 0;
    }
  self->record = *record;
  self->strings = cursor = g_malloc (size);
  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    G_STRUCT_MEMBER (const char *, &self->record, string_fields[i]) =
      pack (&cursor, G_STRUCT_MEMBER (const char *, record, string_fields[i]));
  sc_person_record_free (record);
  return self;
}

const ScPersonRecord *
sc_person_get_record (ScPerson *self)
{
  g_return_val_if_fail (SC_IS_PERSON (self), NULL);
  return &self->record;
}

gint64
sc_person_get_id (ScPerson *self)
{
  g_return_val_if_fail (SC_IS_PERSON (self), 0);
  return self->record.id;
}

const char *
sc_person_get_full_name (ScPerson *self)
{
  g_return_val_if_fail (SC_IS_PERSON (self), NULL);
  if (self->full_name == NULL)
    self->full_name = sc_person_record_full_name (&self->record);
  return self->full_name;
}

const char *
sc_person_get_sort_key (ScPerson *self)
{
  g_return_val_if_fail (SC_IS_PERSON (self), NULL);
  if (self->sort_key == NULL)
    self->sort_key = sc_collate_key (sc_person_get_full_name (self));
  return self->sort_key;
}

guint
sc_person_get_name_rank (ScPerson *self)
{
  g_return_val_if_fail (SC_IS_PERSON (self), 0);
  return self->name_rank;
}

typedef struct
{
  char     *key;
  ScPerson *person;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const Keyed *)a)->key, ((const Keyed *)b)->key);
}

void
sc_person_sort_by_name (GPtrArray *people)
{
  g_autofree Keyed *keyed = g_new (Keyed, MAX (people->len, 1));

  /* The keys only for the sort: 50 000 of them kept were 2 MB. */
  for (guint i = 0; i < people->len; i++)
    {
      ScPerson *person = people->pdata[i];
      g_autofree char *name = sc_person_record_full_name (&person->record);

      keyed[i] = (Keyed) { sc_collate_key (name), person };
    }
  qsort (keyed, people->len, sizeof *keyed, compare_keyed);
  for (guint i = 0; i < people->len; i++)
    {
      people->pdata[i] = keyed[i].person;
      keyed[i].person->name_rank = i + 1;
      g_free (keyed[i].key);
    }
}

const char *
sc_person_get_search_text (ScPerson *self)
{
  g_return_val_if_fail (SC_IS_PERSON (self), NULL);
  if (self->search_text == NULL)
    self->search_text = build_search_text (&self->record, sc_person_get_full_name (self));
  return self->search_text;
}

gboolean
sc_person_is_active (ScPerson *self)
{
  g_return_val_if_fail (SC_IS_PERSON (self), FALSE);
  return self->record.active;
}

/* sc-import.c — one import of a table: its file, its choices, and what its
 * plan says (the planning and the commit are in sc-import-plan.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include "sc-date.h"
#include "sc-format.h"
#include "sc-i18n.h"
#include "sc-import-private.h"

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ScImport, sc_import, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TABLE,
  PROP_COLUMN_MAP,
  PROP_STRICT,
  PROP_TODAY,
  PROP_FULL_LIST,
  PROP_LEFT_ON,
  PROP_FILE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

ScImportPrivate *
sc_import_get_private (ScImport *self)
{
  return sc_import_get_instance_private (self);
}

/* ---- what an import type offers ------------------------------------------ */

/* The class of @import_type, created if need be; an import type is static
 * and its class is never freed. */
static ScImportClass *
import_class (GType import_type)
{
  gpointer klass;

  g_return_val_if_fail (g_type_is_a (import_type, SC_TYPE_IMPORT), NULL);
  klass = g_type_class_peek (import_type);
  return klass != NULL ? klass : g_type_class_ref (import_type);
}

const char *
sc_import_type_get_title (GType import_type)
{
  return _(import_class (import_type)->title);
}

const ScField *
sc_import_type_get_fields (GType import_type)
{
  return import_class (import_type)->fields;
}

gboolean
sc_import_type_has_full_list (GType import_type)
{
  return import_class (import_type)->has_full_list;
}

ScColumnMap *
sc_import_type_detect_columns (GType          import_type,
                               const ScTable *table,
                               GError       **error)
{
  return sc_column_map_detect (table, sc_import_type_get_fields (import_type), error);
}

/* ---- the object ---------------------------------------------------------- */

static void
sc_import_constructed (GObject *object)
{
  ScImportPrivate *priv = sc_import_get_private (SC_IMPORT (object));

  G_OBJECT_CLASS (sc_import_parent_class)->constructed (object);
  g_assert (priv->table != NULL && priv->map != NULL);
  for (guint f = 0; f < SC_N_FIELDS; f++)
    priv->columns[f] = sc_column_map_find (priv->map, f);
  if (priv->today == NULL)
    priv->today = sc_date_today ();
  if (priv->left_on == NULL)
    priv->left_on = g_strdup (priv->today);
  if (priv->file_name == NULL)
    priv->file_name = g_strdup ("");
}

static void
sc_import_dispose (GObject *object)
{
  g_clear_object (&sc_import_get_private (SC_IMPORT (object))->db);
  G_OBJECT_CLASS (sc_import_parent_class)->dispose (object);
}

static void
sc_import_finalize (GObject *object)
{
  ScImportPrivate *priv = sc_import_get_private (SC_IMPORT (object));

  g_clear_pointer (&priv->table, sc_table_unref);
  g_clear_pointer (&priv->map, sc_column_map_free);
  g_free (priv->today);
  g_free (priv->left_on);
  g_free (priv->file_name);
  g_ptr_array_unref (priv->notes);
  G_OBJECT_CLASS (sc_import_parent_class)->finalize (object);
}

static void
sc_import_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ScImportPrivate *priv = sc_import_get_private (SC_IMPORT (object));

  switch (prop_id)
    {
    case PROP_TABLE: g_value_set_boxed (value, priv->table); break;
    case PROP_COLUMN_MAP: g_value_set_boxed (value, priv->map); break;
    case PROP_STRICT: g_value_set_boolean (value, priv->strict); break;
    case PROP_TODAY: g_value_set_string (value, priv->today); break;
    case PROP_FULL_LIST: g_value_set_boolean (value, priv->full_list); break;
    case PROP_LEFT_ON: g_value_set_string (value, priv->left_on); break;
    case PROP_FILE_NAME: g_value_set_string (value, priv->file_name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Every property is construct-only. */
static void
sc_import_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ScImportPrivate *priv = sc_import_get_private (SC_IMPORT (object));

  switch (prop_id)
    {
    case PROP_TABLE: priv->table = g_value_dup_boxed (value); break;
    case PROP_COLUMN_MAP: priv->map = g_value_dup_boxed (value); break;
    case PROP_STRICT: priv->strict = g_value_get_boolean (value); break;
    case PROP_TODAY: priv->today = g_value_dup_string (value); break;
    case PROP_FULL_LIST: priv->full_list = g_value_get_boolean (value); break;
    case PROP_LEFT_ON: priv->left_on = g_value_dup_string (value); break;
    case PROP_FILE_NAME: priv->file_name = g_value_dup_string (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static guint
no_leavers (ScImport *self)
{
  return 0;
}

static char *
describe_loaded (ScImport   *self,
                 const char *counts)
{
  return g_strdup (counts);
}

static void
install_properties (GObjectClass *object_class)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_TABLE] = g_param_spec_boxed ("table", NULL, NULL, SC_TYPE_TABLE, flags);
  properties[PROP_COLUMN_MAP] = g_param_spec_boxed ("column-map", NULL, NULL, SC_TYPE_COLUMN_MAP,
                                                    flags);
  properties[PROP_STRICT] = g_param_spec_boolean ("strict", NULL, NULL, FALSE, flags);
  properties[PROP_TODAY] = g_param_spec_string ("today", NULL, NULL, NULL, flags);
  properties[PROP_FULL_LIST] = g_param_spec_boolean ("full-list", NULL, NULL, FALSE, flags);
  properties[PROP_LEFT_ON] = g_param_spec_string ("left-on", NULL, NULL, NULL, flags);
  properties[PROP_FILE_NAME] = g_param_spec_string ("file-name", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_import_class_init (ScImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sc_import_constructed;
  object_class->dispose = sc_import_dispose;
  object_class->finalize = sc_import_finalize;
  object_class->get_property = sc_import_get_property;
  object_class->set_property = sc_import_set_property;
  klass->describe_loaded = describe_loaded;
  klass->get_n_leavers = no_leavers;
  install_properties (object_class);
}

static void
sc_import_init (ScImport *self)
{
  ScImportPrivate *priv = sc_import_get_private (self);

  priv->notes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (priv->notes, NULL);
}

ScImport *
sc_import_new (GType                  import_type,
               ScTable               *table,
               const ScColumnMap     *map,
               const ScImportOptions *options)
{
  g_return_val_if_fail (g_type_is_a (import_type, SC_TYPE_IMPORT), NULL);
  g_return_val_if_fail (table != NULL && map != NULL && options != NULL, NULL);

  return g_object_new (import_type,
                       "table", table,
                       "column-map", map,
                       "strict", options->strict,
                       "today", options->today,
                       "full-list", options->full_list,
                       "left-on", options->left_on,
                       "file-name", options->file_name,
                       NULL);
}

/* ---- for the imports themselves (sc-import-private.h) --------------------- */

int
sc_import_get_column (ScImport *self,
                      ScField   field)
{
  return sc_import_get_private (self)->columns[field];
}

const char *
sc_import_get_header (ScImport *self,
                      ScField   field)
{
  ScImportPrivate *priv = sc_import_get_private (self);

  return sc_column_map_get_header (priv->map, priv->columns[field]);
}

gboolean
sc_import_is_full_list (ScImport *self)
{
  return SC_IMPORT_GET_CLASS (self)->has_full_list && sc_import_get_private (self)->full_list;
}

const char *
sc_import_get_file_name (ScImport *self)
{
  return sc_import_get_private (self)->file_name;
}

gboolean
sc_import_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F && c != 0xFEFF)
        return FALSE;
    }
  return TRUE;
}

void
sc_import_add_note (ScImport *self,
                    char     *note)
{
  GPtrArray *notes = sc_import_get_private (self)->notes;

  g_ptr_array_insert (notes, notes->len - 1, note);
}

void
sc_import_note_unloaded (ScImport *self)
{
  const ScColumnMap *map = sc_import_get_private (self)->map;
  guint n = sc_column_map_get_n_columns (map);

  for (guint col = 0; col < n; col++)
    {
      const char *name = sc_column_map_get_header (map, col);
      if (sc_column_map_get_field (map, col) == SC_FIELD_NONE && *name != '\0')
        sc_import_add_note (self, g_strdup_printf (_("The column “%s” is not loaded."), name));
    }
}

/* ---- what the plan says -------------------------------------------------- */

gboolean
sc_import_is_committed (ScImport *self)
{
  g_return_val_if_fail (SC_IS_IMPORT (self), FALSE);
  return sc_import_get_private (self)->committed;
}

ScTable *
sc_import_get_table (ScImport *self)
{
  g_return_val_if_fail (SC_IS_IMPORT (self), NULL);
  return sc_import_get_private (self)->table;
}

const ScColumnMap *
sc_import_get_column_map (ScImport *self)
{
  g_return_val_if_fail (SC_IS_IMPORT (self), NULL);
  return sc_import_get_private (self)->map;
}

const ScField *
sc_import_get_fields (ScImport *self)
{
  g_return_val_if_fail (SC_IS_IMPORT (self), NULL);
  return SC_IMPORT_GET_CLASS (self)->fields;
}

const char *
sc_import_get_today (ScImport *self)
{
  g_return_val_if_fail (SC_IS_IMPORT (self), NULL);
  return sc_import_get_private (self)->today;
}

const char *
sc_import_get_left_on (ScImport *self)
{
  g_return_val_if_fail (SC_IS_IMPORT (self), NULL);
  return sc_import_get_private (self)->left_on;
}

guint
sc_import_get_n_rows (ScImport *self)
{
  g_return_val_if_fail (SC_IS_IMPORT (self), 0);
  return SC_IMPORT_GET_CLASS (self)->get_n_rows (self);
}

void
sc_import_get_row (ScImport    *self,
                   guint        index,
                   ScImportRow *row)
{
  ScImportClass *klass;

  g_return_if_fail (SC_IS_IMPORT (self) && row != NULL);
  klass = SC_IMPORT_GET_CLASS (self);
  g_return_if_fail (index < klass->get_n_rows (self));
  klass->get_row (self, index, row);
}

guint
sc_import_count (ScImport        *self,
                 ScImportOutcome  outcome)
{
  g_return_val_if_fail (SC_IS_IMPORT (self) && outcome < SC_IMPORT_ROW_N_OUTCOMES, 0);
  return sc_import_get_private (self)->counts[outcome];
}

guint
sc_import_count_warnings (ScImport *self)
{
  g_return_val_if_fail (SC_IS_IMPORT (self), 0);
  return sc_import_get_private (self)->n_warnings;
}

void
sc_import_describe_row (ScImport  *self,
                        guint      index,
                        char     **title,
                        char     **details)
{
  g_return_if_fail (SC_IS_IMPORT (self) && title != NULL && details != NULL);
  g_return_if_fail (index < sc_import_get_n_rows (self));
  SC_IMPORT_GET_CLASS (self)->describe_row (self, index, title, details);
}

const char * const *
sc_import_get_notes (ScImport *self)
{
  g_return_val_if_fail (SC_IS_IMPORT (self), NULL);
  return (const char * const *)sc_import_get_private (self)->notes->pdata;
}

guint
sc_import_get_n_leavers (ScImport *self)
{
  g_return_val_if_fail (SC_IS_IMPORT (self), 0);
  return SC_IMPORT_GET_CLASS (self)->get_n_leavers (self);
}

void
sc_import_describe_leaver (ScImport  *self,
                           guint      index,
                           char     **title,
                           char     **details)
{
  g_return_if_fail (SC_IS_IMPORT (self) && title != NULL && details != NULL);
  g_return_if_fail (index < sc_import_get_n_leavers (self));
  SC_IMPORT_GET_CLASS (self)->describe_leaver (self, index, title, details);
}

/* ---- the counts in words ------------------------------------------------- */

/* The five counts of a plan, grouped for reading («1 240»). */
typedef struct
{
  char *n[SC_IMPORT_ROW_N_OUTCOMES];
} Counts;

static void
counts_clear (Counts *counts)
{
  for (guint i = 0; i < G_N_ELEMENTS (counts->n); i++)
    g_clear_pointer (&counts->n[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Counts, counts_clear)

static void
format_counts (ScImport *self,
               Counts   *counts)
{
  for (guint i = 0; i < G_N_ELEMENTS (counts->n); i++)
    counts->n[i] = sc_format_count (sc_import_count (self, (ScImportOutcome)i));
}

char *
sc_import_describe_counts (ScImport *self)
{
  g_auto(Counts) c = { { NULL } };

  g_return_val_if_fail (SC_IS_IMPORT (self), NULL);

  format_counts (self, &c);
  /* Translators: the import preview's counts, what pressing Import will do */
  return g_strdup_printf (_("Add %s · Update %s · Unchanged %s · Repeated %s · Errors %s"),
                          c.n[SC_IMPORT_ROW_ADDED], c.n[SC_IMPORT_ROW_UPDATED], c.n[SC_IMPORT_ROW_UNCHANGED],
                          c.n[SC_IMPORT_ROW_DUPLICATE], c.n[SC_IMPORT_ROW_ERROR]);
}

char *
sc_import_describe_done (ScImport *self)
{
  g_auto(Counts) c = { { NULL } };

  g_return_val_if_fail (SC_IS_IMPORT (self), NULL);

  format_counts (self, &c);
  /* Translators: the counts of a finished import, in a toast after "List loaded:" */
  return g_strdup_printf (_("added %s · updated %s · unchanged %s · repeated %s · errors %s"),
                          c.n[SC_IMPORT_ROW_ADDED], c.n[SC_IMPORT_ROW_UPDATED], c.n[SC_IMPORT_ROW_UNCHANGED],
                          c.n[SC_IMPORT_ROW_DUPLICATE], c.n[SC_IMPORT_ROW_ERROR]);
}

char *
sc_import_describe_loaded (ScImport *self)
{
  g_autofree char *done = sc_import_describe_done (self);

  return SC_IMPORT_GET_CLASS (self)->describe_loaded (self, done);
}

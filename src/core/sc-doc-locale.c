/* sc-doc-locale.c — the locale every document is written in
 *
 * The Russian catalogue is po/ru.po compiled by msgfmt at build time and
 * linked into the program as a resource (sc-core.gresource.xml), read here
 * in the GNU .mo format. It is not looked up through gettext and the
 * process locale: switching LANGUAGE or LC_MESSAGES is not thread-safe,
 * needs a ru_RU locale installed, and finds nothing when the program runs
 * from its build folder. The table is built once and then only read, so
 * any thread may use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-doc-locale"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "sc-core-resources.h"
#include "sc-doc-locale.h"

#define CATALOGUE_PATH "/org/sferumcoord/Coordinator/core/ru.mo"
#define MO_MAGIC 0x950412deu
#define MO_MAGIC_SWAPPED 0xde120495u

typedef struct
{
  const char *text;    /* the translation; plural forms separated by NULs */
  guint32     length;  /* of all forms */
} Entry;

typedef struct
{
  GBytes     *bytes;
  GHashTable *entries;       /* msgid (with "context\004") → Entry */
  Entry      *storage;
  const char *plural_forms;  /* from the header, or "" */
} Catalogue;

/* Depth of the document scopes open on this thread. */
static GPrivate scope_depth = G_PRIVATE_INIT (NULL);

/* ---- the catalogue -------------------------------------------------------- */

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* The string of table entry @index, checked to lie inside the data and
 * end with a NUL; NULL otherwise. */
static const char *
table_string (const guint8 *data,
              gsize         size,
              guint32       table,
              guint32       index,
              gboolean      swapped,
              guint32      *length)
{
  gsize at = (gsize)table + 8 * (gsize)index;
  guint32 offset;

  if (at + 8 > size)
    return NULL;
  *length = read_u32 (data, at, swapped);
  offset = read_u32 (data, at + 4, swapped);
  if ((gsize)offset + *length >= size || data[offset + *length] != '\0')
    return NULL;
  return (const char *)data + offset;
}

static const char *
header_plural_forms (const char *header)
{
  const char *line = strstr (header, "Plural-Forms:");

  return line != NULL ? line + strlen ("Plural-Forms:") : "";
}

static void
fill_catalogue (Catalogue    *catalogue,
                const guint8 *data,
                gsize         size)
{
  gboolean swapped;
  guint32 n, originals, translations;

  if (size < 20)
    return;
  swapped = read_u32 (data, 0, FALSE) == MO_MAGIC_SWAPPED;
  if (!swapped && read_u32 (data, 0, FALSE) != MO_MAGIC)
    return;
  n = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);
  catalogue->storage = g_new0 (Entry, MAX (n, 1));
  for (guint32 i = 0; i < n; i++)
    {
      guint32 id_length, length;
      const char *id = table_string (data, size, originals, i, swapped, &id_length);
      const char *text = table_string (data, size, translations, i, swapped, &length);

      if (id == NULL || text == NULL)
        continue;
      if (*id == '\0')
        {
          catalogue->plural_forms = header_plural_forms (text);
          continue;
        }
      catalogue->storage[i] = (Entry) { text, length };
      g_hash_table_insert (catalogue->entries, (gpointer)id, &catalogue->storage[i]);
    }
}

static gpointer
load_catalogue (gpointer unused)
{
  Catalogue *catalogue = g_new0 (Catalogue, 1);
  g_autoptr(GError) error = NULL;
  const guint8 *data;
  gsize size = 0;

  catalogue->entries = g_hash_table_new (g_str_hash, g_str_equal);
  catalogue->plural_forms = "";
  sc_core_register_resource ();
  catalogue->bytes = g_resource_lookup_data (sc_core_get_resource (), CATALOGUE_PATH,
                                             G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (catalogue->bytes == NULL)
    {
      g_critical ("The Russian catalogue for documents is missing: %s", error->message);
      return catalogue;
    }
  data = g_bytes_get_data (catalogue->bytes, &size);
  fill_catalogue (catalogue, data, size);
  return catalogue;
}

static const Catalogue *
get_catalogue (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_catalogue, NULL);
}

static const Entry *
lookup (const char *msgid)
{
  return g_hash_table_lookup (get_catalogue ()->entries, msgid);
}

/* Russian: 1, 21, 101 педагог; 2–4, 22–24 педагога; 0, 5–20, 25 педагогов.
 * The test of this file checks that ru.po declares the same rule. */
static guint
russian_plural (gulong n)
{
  if (n % 10 == 1 && n % 100 != 11)
    return 0;
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20))
    return 1;
  return 2;
}

const char *
sc_doc_gettext (const char *msgid)
{
  const Entry *entry;

  g_return_val_if_fail (msgid != NULL, NULL);
  entry = lookup (msgid);
  return entry != NULL ? entry->text : msgid;
}

const char *
sc_doc_pgettext (const char *msgctxt_id,
                 gsize       msgid_offset)
{
  const Entry *entry;

  g_return_val_if_fail (msgctxt_id != NULL, NULL);
  entry = lookup (msgctxt_id);
  return entry != NULL ? entry->text : msgctxt_id + msgid_offset;
}

const char *
sc_doc_ngettext (const char *msgid,
                 const char *msgid_plural,
                 gulong      n)
{
  const Entry *entry;
  const char *form;
  guint index;

  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, NULL);
  entry = lookup (msgid);
  if (entry == NULL)
    return n == 1 ? msgid : msgid_plural;
  form = entry->text;
  index = russian_plural (n);
  for (guint i = 0; i < index; i++)
    {
      const char *next = form + strlen (form) + 1;
      if (next > entry->text + entry->length)
        break;
      form = next;
    }
  return form;
}

const char *
sc_doc_plural_forms (void)
{
  return get_catalogue ()->plural_forms;
}

/* ---- the scope ------------------------------------------------------------ */

gboolean
sc_doc_locale_is_active (void)
{
  return GPOINTER_TO_UINT (g_private_get (&scope_depth)) > 0;
}

static void
numeric_begin (ScDocLocale *scope)
{
#ifdef G_OS_WIN32
  scope->per_thread = _configthreadlocale (_ENABLE_PER_THREAD_LOCALE);
  scope->numeric = g_strdup (setlocale (LC_NUMERIC, NULL));
  setlocale (LC_NUMERIC, "C");
  scope->numeric_set = TRUE;
#else
  locale_t base = duplocale (uselocale ((locale_t)0));

  scope->c_numeric = base != (locale_t)0 ? newlocale (LC_NUMERIC_MASK, "C", base) : (locale_t)0;
  if (scope->c_numeric == (locale_t)0)
    {
      if (base != (locale_t)0)
        freelocale (base);
      g_warning ("Could not set the C numeric locale for a document: numbers may be written with commas");
      return;
    }
  scope->previous = uselocale (scope->c_numeric);
  scope->numeric_set = TRUE;
#endif
}

static void
numeric_end (ScDocLocale *scope)
{
  if (!scope->numeric_set)
    return;
#ifdef G_OS_WIN32
  setlocale (LC_NUMERIC, scope->numeric);
  g_free (scope->numeric);
  _configthreadlocale (scope->per_thread);
#else
  uselocale (scope->previous);
  freelocale (scope->c_numeric);
#endif
  scope->numeric_set = FALSE;
}

void
sc_doc_locale_enter (ScDocLocale *scope)
{
  g_return_if_fail (scope != NULL);

  memset (scope, 0, sizeof *scope);
  get_catalogue ();
  numeric_begin (scope);
  g_private_set (&scope_depth, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_private_get (&scope_depth)) + 1));
}

void
sc_doc_locale_leave (ScDocLocale *scope)
{
  guint depth = GPOINTER_TO_UINT (g_private_get (&scope_depth));

  g_return_if_fail (scope != NULL);
  g_return_if_fail (depth > 0);
  g_private_set (&scope_depth, GUINT_TO_POINTER (depth - 1));
  numeric_end (scope);
}

/* ---- core's gettext ------------------------------------------------------- */

const char *
sc_gettext (const char *msgid)
{
  return sc_doc_locale_is_active () ? sc_doc_gettext (msgid)
                                    : g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
sc_pgettext (const char *msgctxt_id,
             gsize       msgid_offset)
{
  return sc_doc_locale_is_active () ? sc_doc_pgettext (msgctxt_id, msgid_offset)
                                    : g_dpgettext (GETTEXT_PACKAGE, msgctxt_id, msgid_offset);
}

/* A context and a message apart, as NC_() marks them. */
const char *
sc_pgettext2 (const char *context,
              const char *msgid)
{
  g_autofree char *joined = NULL;
  const Entry *entry;

  if (!sc_doc_locale_is_active ())
    return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
  joined = g_strconcat (context, "\004", msgid, NULL);
  entry = lookup (joined);
  return entry != NULL ? entry->text : msgid;
}

const char *
sc_ngettext (const char *msgid,
             const char *msgid_plural,
             gulong      n)
{
  return sc_doc_locale_is_active () ? sc_doc_ngettext (msgid, msgid_plural, n)
                                    : g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
}

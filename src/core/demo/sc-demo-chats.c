/* sc-demo-chats.c — the demonstration college's chats
 *
 * Through the core's own operations (the template plan, chat status), so
 * the demo holds what the app itself writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-demo"

#include "config.h"

#include "sc-chat-template.h"
#include "sc-demo-steps.h"
#include "sc-report.h"

#define LINK_PREFIX "https://sferum.ru/?call_link="

static char *
invite_link (GRand *rand)
{
  static const char alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  GString *link = g_string_new (LINK_PREFIX);

  for (guint i = 0; i < 43; i++)
    g_string_append_c (link, alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)]);
  return g_string_free (link, FALSE);
}

/* The day a planned chat was created, 0 while it is still planned. */
static guint32
creation_day (ScDemoCollege        *c,
              const ScChatTemplateItem *item,
              GHashTable           *group_index)
{
  gpointer index;

  switch (item->kind)
    {
    case SC_CHAT_KIND_STAFF:
    case SC_CHAT_KIND_ADMINISTRATION:
      return sc_demo_day (2023, 10, 2);
    case SC_CHAT_KIND_DEPARTMENT:
      return sc_demo_day (2023, 10, 3);
    case SC_CHAT_KIND_GROUP:
      if (!g_hash_table_lookup_extended (group_index, &item->group_id, NULL, &index))
        return 0;
      return sc_demo_group (c, GPOINTER_TO_UINT (index))->chat_on;
    case SC_CHAT_KIND_CUSTOM:
    case SC_CHAT_KIND_PARENTS:
    default:
      return 0;
    }
}

static gboolean
mark_created (ScDatabase     *db,
              ScDemoCollege  *c,
              GPtrArray      *items,
              GHashTable     *group_index,
              GError        **error)
{
  for (guint i = 0; i < items->len; i++)
    {
      const ScChatTemplateItem *item = g_ptr_array_index (items, i);
      guint32 julian = creation_day (c, item, group_index);
      g_autofree char *link = NULL;
      char day[11];

      if (julian == 0)
        continue;
      sc_demo_format_day (julian, day);
      link = invite_link (c->rand);
      if (!sc_chat_store_set_status (db, item->id, SC_CHAT_STATUS_CREATED, day, link, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sc_demo_chats_write (ScDatabase     *db,
                     ScDemoCollege  *college,
                     GArray         *group_ids,
                     GError        **error)
{
  g_autoptr(GHashTable) group_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) items = NULL;
  ScChatTemplateOptions options;

  for (guint g = 0; g < group_ids->len; g++)
    g_hash_table_insert (group_index, &g_array_index (group_ids, gint64, g), GUINT_TO_POINTER (g));
  sc_chat_template_options_init (&options);
  items = sc_chat_template_apply (db, &options, "2023-10-02", error);
  return items != NULL && mark_created (db, college, items, group_index, error);
}

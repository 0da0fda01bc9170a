/* test-chat-item.c — the chat tree as list items, and group codes by id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-chat-item.h"
#include "sc-chat-members.h"
#include "sc-chat-template.h"
#include "sc-group-names.h"
#include "test-chat-fixture.h"

static GPtrArray *
plan_college (College *c)
{
  ScChatTemplateOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) added = NULL;

  sc_chat_template_options_init (&options);
  options.parents = TRUE;
  added = sc_chat_template_apply (c->db, &options, "2023-11-30", &error);
  g_assert_no_error (error);
  return college_list_chats (c);
}

static ScChatItem *
item_at (GListModel *model,
         guint       position)
{
  ScChatItem *item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  g_object_unref (item); /* the model keeps it */
  return item;
}

/* Walks the items depth first, as the store lists the chats. */
static void
flatten (GListModel *model,
         GPtrArray  *out)
{
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      ScChatItem *item = item_at (model, i);
      g_ptr_array_add (out, item);
      flatten (sc_chat_item_get_children (item), out);
    }
}

static void
test_tree (void)
{
  College *c = college_new ();
  g_autoptr(GPtrArray) chats = plan_college (c);
  g_autoptr(GHashTable) counts = sc_chat_members_count_all (c->db, "2023-11-30", NULL);
  g_autoptr(GListStore) roots = sc_chat_items_build (chats, counts);
  g_autoptr(GPtrArray) flat = g_ptr_array_new ();
  g_autofree char *is21_key = g_strdup_printf ("group:%" G_GINT64_FORMAT, c->is21);
  const ScChat *is21 = NULL;
  ScChatItem *staff, *group;

  for (guint i = 0; i < chats->len; i++)
    if (g_strcmp0 (((const ScChat *)g_ptr_array_index (chats, i))->template_key, is21_key) == 0)
      is21 = g_ptr_array_index (chats, i);
  g_assert_nonnull (is21);

  /* One root (the teachers' chat); every chat once, in the store's order. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roots)), ==, 1);
  staff = item_at (G_LIST_MODEL (roots), 0);
  g_assert_cmpint (sc_chat_item_get_chat (staff)->kind, ==, SC_CHAT_KIND_STAFF);
  flatten (G_LIST_MODEL (roots), flat);
  g_assert_cmpuint (flat->len, ==, chats->len);
  for (guint i = 0; i < chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (chats, i);
      ScChatItem *item = g_ptr_array_index (flat, i);
      g_assert_cmpint (sc_chat_item_get_id (item), ==, chat->id);
      g_assert_cmpuint (sc_chat_item_get_n_members (item), ==,
                        GPOINTER_TO_UINT (g_hash_table_lookup (counts, &chat->id)));
      for (GListModel *kids = sc_chat_item_get_children (item); kids != NULL; kids = NULL)
        for (guint k = 0; k < g_list_model_get_n_items (kids); k++)
          g_assert_cmpint (sc_chat_item_get_chat (item_at (kids, k))->parent_id, ==, chat->id);
    }

  /* ИС-21: Алексеев, Борисова (Гусев left) and the curator Сидорова; its
   * parents' chat hangs under it. */
  group = NULL;
  for (guint i = 0; i < flat->len; i++)
    if (sc_chat_item_get_id (g_ptr_array_index (flat, i)) == is21->id)
      group = g_ptr_array_index (flat, i);
  g_assert_nonnull (group);
  g_assert_cmpuint (sc_chat_item_get_n_members (group), ==, 3);
  g_assert_nonnull (sc_chat_item_get_children (group));
  g_assert_cmpint (sc_chat_item_get_chat (item_at (sc_chat_item_get_children (group), 0))->kind,
                   ==, SC_CHAT_KIND_PARENTS);
  college_free (c);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *n)
{
  (*n)++;
}

static void
test_update (void)
{
  College *c = college_new ();
  g_autoptr(GPtrArray) chats = plan_college (c);
  g_autoptr(GListStore) roots = sc_chat_items_build (chats, NULL);
  ScChatItem *staff = item_at (G_LIST_MODEL (roots), 0);
  g_autoptr(ScChat) renamed = sc_chat_copy (sc_chat_item_get_chat (staff));
  g_autofree char *title = NULL;
  guint notified = 0;

  g_assert_cmpuint (sc_chat_item_get_n_members (staff), ==, 0); /* no counts given */
  g_signal_connect (staff, "notify::chat", G_CALLBACK (count_notify), &notified);
  g_free (renamed->title);
  renamed->title = g_strdup ("Все педагоги");
  renamed->status = SC_CHAT_STATUS_CREATED;
  sc_chat_item_update (staff, renamed, 5);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (staff, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Все педагоги");
  g_assert_cmpint (sc_chat_item_get_chat (staff)->status, ==, SC_CHAT_STATUS_CREATED);
  g_assert_cmpuint (sc_chat_item_get_n_members (staff), ==, 5);
  college_free (c);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) chats = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_chat_free);
  g_autoptr(GListStore) roots = sc_chat_items_build (chats, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roots)), ==, 0);
}

static void
test_group_names (void)
{
  College *c = college_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) names = sc_group_names_load (c->db, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (names), ==, 5);
  g_assert_cmpstr (g_hash_table_lookup (names, &c->is21), ==, "ИС-21");
  g_assert_cmpstr (g_hash_table_lookup (names, &c->tm31), ==, "ТМ-31");
  college_free (c);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sc/chat-item/tree", test_tree);
  g_test_add_func ("/sc/chat-item/update", test_update);
  g_test_add_func ("/sc/chat-item/empty", test_empty);
  g_test_add_func ("/sc/chat-item/group-names", test_group_names);
  return g_test_run ();
}

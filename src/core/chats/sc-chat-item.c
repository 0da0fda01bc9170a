/* sc-chat-item.c — one chat as a list item for the window's tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chat"

#include "config.h"

#include "sc-chat-item.h"

struct _ScChatItem
{
  GObject     parent_instance;
  ScChat     *chat;
  guint       n_members;
  GListStore *children;
};

G_DEFINE_FINAL_TYPE (ScChatItem, sc_chat_item, G_TYPE_OBJECT)

enum { PROP_0, PROP_CHAT, PROP_TITLE, PROP_N_MEMBERS, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
sc_chat_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ScChatItem *self = SC_CHAT_ITEM (object);

  switch (prop_id)
    {
    case PROP_CHAT:
      g_value_set_boxed (value, self->chat);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->chat->title);
      break;
    case PROP_N_MEMBERS:
      g_value_set_uint (value, self->n_members);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_chat_item_finalize (GObject *object)
{
  ScChatItem *self = SC_CHAT_ITEM (object);

  g_clear_pointer (&self->chat, sc_chat_free);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (sc_chat_item_parent_class)->finalize (object);
}

static void
sc_chat_item_class_init (ScChatItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_chat_item_finalize;
  object_class->get_property = sc_chat_item_get_property;
  properties[PROP_CHAT] =
    g_param_spec_boxed ("chat", NULL, NULL, SC_TYPE_CHAT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MEMBERS] =
    g_param_spec_uint ("n-members", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_chat_item_init (ScChatItem *self)
{
}

ScChatItem *
sc_chat_item_new (ScChat *chat,
                  guint   n_members)
{
  ScChatItem *self;

  g_return_val_if_fail (chat != NULL, NULL);

  self = g_object_new (SC_TYPE_CHAT_ITEM, NULL);
  self->chat = chat;
  self->n_members = n_members;
  return self;
}

const ScChat *
sc_chat_item_get_chat (ScChatItem *self)
{
  g_return_val_if_fail (SC_IS_CHAT_ITEM (self), NULL);
  return self->chat;
}

gint64
sc_chat_item_get_id (ScChatItem *self)
{
  g_return_val_if_fail (SC_IS_CHAT_ITEM (self), 0);
  return self->chat->id;
}

const char *
sc_chat_item_get_title (ScChatItem *self)
{
  g_return_val_if_fail (SC_IS_CHAT_ITEM (self), NULL);
  return self->chat->title;
}

guint
sc_chat_item_get_n_members (ScChatItem *self)
{
  g_return_val_if_fail (SC_IS_CHAT_ITEM (self), 0);
  return self->n_members;
}

void
sc_chat_item_update (ScChatItem   *self,
                     const ScChat *chat,
                     guint         n_members)
{
  g_return_if_fail (SC_IS_CHAT_ITEM (self));
  g_return_if_fail (chat != NULL && chat->id == self->chat->id);

  sc_chat_free (self->chat);
  self->chat = sc_chat_copy (chat);
  self->n_members = n_members;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MEMBERS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAT]);
}

GListModel *
sc_chat_item_get_children (ScChatItem *self)
{
  g_return_val_if_fail (SC_IS_CHAT_ITEM (self), NULL);
  return self->children ? G_LIST_MODEL (self->children) : NULL;
}

static void
append_child (ScChatItem *parent,
              ScChatItem *child)
{
  if (parent->children == NULL)
    parent->children = g_list_store_new (SC_TYPE_CHAT_ITEM);
  g_list_store_append (parent->children, child);
}

GListStore *
sc_chat_items_build (GPtrArray  *chats,
                     GHashTable *counts)
{
  GListStore *roots = g_list_store_new (SC_TYPE_CHAT_ITEM);
  g_autoptr(GPtrArray) path = g_ptr_array_new (); /* the last item seen at each depth */

  g_return_val_if_fail (chats != NULL, roots);

  for (guint i = 0; i < chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (chats, i);
      gpointer count = counts ? g_hash_table_lookup (counts, &chat->id) : NULL;
      g_autoptr(ScChatItem) item = sc_chat_item_new (sc_chat_copy (chat), GPOINTER_TO_UINT (count));
      guint depth = MIN (chat->depth, path->len);

      if (depth == 0)
        g_list_store_append (roots, item);
      else
        append_child (g_ptr_array_index (path, depth - 1), item);
      g_ptr_array_set_size (path, depth);
      g_ptr_array_add (path, item);
    }
  return roots;
}

/* sc-chats-page-tree.c — the tree of chats on the left
 *
 * The roots store stays; a reload either updates its items in place (an
 * edit: nothing moves, the view keeps its scroll) or splices new items in
 * (chats added, moved or deleted) and expands every chat the coordinator
 * did not collapse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chats-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-chat-members.h"
#include "sc-chats-page-private.h"
#include "sc-date.h"
#include "sc-format.h"

static const char *const status_classes[] = {
  "chat-status-planned", "chat-status-created", "chat-status-archived",
};

static GListModel *
create_children (gpointer item,
                 gpointer data)
{
  GListModel *children = sc_chat_item_get_children (SC_CHAT_ITEM (item));

  return children ? g_object_ref (children) : NULL;
}

/* What a screen reader says for the row: «Группа ИС-21, Создан, 25
 * участников», not "list item". GTK 4.8 has no accessible label for list
 * items: the row widget holding the expander takes it. */
static void
name_row (GtkWidget    *expander,
          const ScChat *chat,
          const char   *members)
{
  GtkWidget *row = gtk_widget_get_parent (expander);
  /* Translators: a chat's row read aloud: its title, status and members */
  g_autofree char *name = g_strdup_printf (_("%s, %s, %s"), chat->title,
                                           sc_chat_status_get_label (chat->status), members);

  gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
fill_row (GtkWidget  *expander,
          ScChatItem *item)
{
  const ScChat *chat = sc_chat_item_get_chat (item);
  GtkWidget *title = g_object_get_data (G_OBJECT (expander), "title");
  GtkWidget *status = g_object_get_data (G_OBJECT (expander), "status");
  GtkWidget *count = g_object_get_data (G_OBJECT (expander), "count");
  ScChatsPage *page = g_object_get_data (G_OBJECT (expander), "page");
  ScPlatform platform = page != NULL ? page->platform : chat->platform;
  guint n = sc_chat_item_get_n_members (item);
  g_autofree char *n_text = sc_format_count (n);
  g_autofree char *members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s member",
                                                           "%s members", n), n_text);

  gtk_label_set_text (GTK_LABEL (title), chat->title);
  /* The platform makes it: nothing to create, only to confirm. */
  gboolean awaited = chat->status == SC_CHAT_STATUS_PLANNED && chat->origin == SC_CHAT_ORIGIN_PLATFORM;

  g_autofree char *archived = chat->status == SC_CHAT_STATUS_ARCHIVED && chat->platform != platform
    /* Translators: an archived chat of the platform left behind: «В архиве · VK Мессенджер (Сферум)» */
    ? g_strdup_printf (_("%s · %s"), sc_chat_status_get_label (chat->status), sc_platform_get_label (chat->platform))
    : NULL;

  gtk_label_set_text (GTK_LABEL (status), awaited ? sc_chat_origin_get_label (chat->origin)
                                          : archived ? archived : sc_chat_status_get_label (chat->status));
  gtk_label_set_text (GTK_LABEL (count), members);
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (status, status_classes[i]);
  gtk_widget_remove_css_class (status, "chat-origin-platform");
  gtk_widget_add_css_class (status, awaited ? "chat-origin-platform" : status_classes[chat->status]);
  if (chat->status == SC_CHAT_STATUS_ARCHIVED)
    gtk_widget_add_css_class (title, "dim-label");
  else
    gtk_widget_remove_css_class (title, "dim-label");
  name_row (expander, chat, members);
}

static GtkWidget *
caption (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           ScChatsPage              *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *status = caption ("chat-status");
  GtkWidget *count = caption ("dim-label");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  /* The tree may be narrow: the count gives way, the status stays whole. */
  gtk_label_set_ellipsize (GTK_LABEL (count), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (line), status);
  gtk_box_append (GTK_BOX (line), gtk_label_new ("·"));
  gtk_box_append (GTK_BOX (line), count);
  gtk_widget_add_css_class (gtk_widget_get_prev_sibling (count), "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), line);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  g_object_set_data (G_OBJECT (expander), "title", title);
  g_object_set_data (G_OBJECT (expander), "status", status);
  g_object_set_data (G_OBJECT (expander), "count", count);
  g_object_set_data (G_OBJECT (expander), "page", self);
  gtk_list_item_set_child (list_item, expander);
}

static void
item_changed_cb (ScChatItem *item,
                 GParamSpec *pspec,
                 GtkWidget  *expander)
{
  fill_row (expander, item);
}

static void
row_expanded_cb (GtkTreeListRow *row,
                 GParamSpec     *pspec,
                 ScChatsPage    *self)
{
  g_autoptr(ScChatItem) item = gtk_tree_list_row_get_item (row);
  gint64 id;

  /* Rows taken away by a reload collapse too: that is not the coordinator. */
  if (item == NULL || self->loading)
    return;
  id = sc_chat_item_get_id (item);
  if (gtk_tree_list_row_get_expanded (row))
    g_hash_table_remove (self->collapsed, &id);
  else
    g_hash_table_add (self->collapsed, g_memdup2 (&id, sizeof id));
}

/* The item is kept on the row widget: once a row is folded away the tree
 * row no longer knows its item, and unbind must still let go of it. */
static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          ScChatsPage              *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  ScChatItem *item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  fill_row (expander, item);
  g_signal_connect (item, "notify::chat", G_CALLBACK (item_changed_cb), expander);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (row_expanded_cb), self);
  g_object_set_data_full (G_OBJECT (expander), "item", item, g_object_unref);
  g_object_set_data_full (G_OBJECT (expander), "row", g_object_ref (row), g_object_unref);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            ScChatsPage              *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  ScChatItem *item = g_object_get_data (G_OBJECT (expander), "item");
  GtkTreeListRow *row = g_object_get_data (G_OBJECT (expander), "row");

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, item_changed_cb, expander);
  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, row_expanded_cb, self);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
  g_object_set_data (G_OBJECT (expander), "item", NULL);
  g_object_set_data (G_OBJECT (expander), "row", NULL);
}

static ScChatItem *
selected_item (ScChatsPage *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row ? gtk_tree_list_row_get_item (row) : NULL;
}

static void
show_selected (ScChatsPage *self)
{
  g_autoptr(ScChatItem) item = selected_item (self);

  sc_chats_page_show_chat (self, item ? sc_chat_item_get_chat (item) : NULL);
}

static void
selection_changed_cb (ScChatsPage *self)
{
  if (self->loading)
    return;
  sc_chats_page_save_edits (self);
  show_selected (self);
}

static void
expand_row (GtkTreeListRow *row,
            gboolean        expanded)
{
  if (gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, expanded);
}

/* Left on a collapsed chat goes up to the chat it is in. */
static void
collapse_or_go_up (ScChatsPage    *self,
                   GtkTreeListRow *row)
{
  g_autoptr(GtkTreeListRow) parent = NULL;

  if (gtk_tree_list_row_get_expanded (row))
    {
      gtk_tree_list_row_set_expanded (row, FALSE);
      return;
    }
  parent = gtk_tree_list_row_get_parent (row);
  if (parent != NULL)
    {
      guint position = gtk_tree_list_row_get_position (parent);
      gtk_single_selection_set_selected (self->selection, position);
      gtk_widget_activate_action (GTK_WIDGET (self->tree_view), "list.scroll-to-item", "u", position);
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                ScChatsPage           *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  if (row == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      expand_row (row, TRUE);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      expand_row (row, FALSE);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      collapse_or_go_up (self, row);
      return TRUE;
    default:
      return FALSE;
    }
}

void
sc_chats_page_setup_tree (ScChatsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->roots = g_list_store_new (SC_TYPE_CHAT_ITEM);
  self->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->tree_model = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->roots)),
                                              FALSE, FALSE, create_children, NULL, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->tree_model));
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->tree_view, factory);
  gtk_list_view_set_model (self->tree_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
  /* Before the list's own bindings, which take Left and Right. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->tree_view), keys);
}

/* The tree list model and its selection are the view's and self->selection's. */
void
sc_chats_page_clear_tree (ScChatsPage *self)
{
  g_clear_pointer (&self->chats, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->current, sc_chat_free);
  g_clear_object (&self->roots);
}

static gboolean
same_shape (GPtrArray *old_chats,
            GPtrArray *new_chats)
{
  if (old_chats == NULL || old_chats->len != new_chats->len)
    return FALSE;
  for (guint i = 0; i < new_chats->len; i++)
    {
      const ScChat *a = g_ptr_array_index (old_chats, i);
      const ScChat *b = g_ptr_array_index (new_chats, i);
      if (a->id != b->id || a->parent_id != b->parent_id)
        return FALSE;
    }
  return TRUE;
}

static void
update_in_place (ScChatsPage *self,
                 GPtrArray   *chats,
                 GHashTable  *counts)
{
  for (guint i = 0; i < chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (chats, i);
      ScChatItem *item = g_hash_table_lookup (self->items, &chat->id);
      gpointer n = counts ? g_hash_table_lookup (counts, &chat->id) : NULL;

      if (item != NULL)
        sc_chat_item_update (item, chat, GPOINTER_TO_UINT (n));
    }
}

static void
index_items (GHashTable *index,
             GListModel *items)
{
  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(ScChatItem) item = g_list_model_get_item (items, i);
      gint64 id = sc_chat_item_get_id (item);

      /* Own keys: an update in place replaces the item's chat. */
      g_hash_table_insert (index, g_memdup2 (&id, sizeof id), item);
      index_items (index, sc_chat_item_get_children (item));
    }
}

static void
expand_uncollapsed (ScChatsPage *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree_model)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree_model, i);
      g_autoptr(ScChatItem) item = gtk_tree_list_row_get_item (row);
      gint64 id = sc_chat_item_get_id (item);

      if (gtk_tree_list_row_is_expandable (row) && !g_hash_table_contains (self->collapsed, &id))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

static void
rebuild (ScChatsPage *self,
         GPtrArray   *chats,
         GHashTable  *counts)
{
  g_autoptr(GListStore) roots = sc_chat_items_build (chats, counts);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (roots));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (roots), i));
  g_hash_table_remove_all (self->items);
  index_items (self->items, G_LIST_MODEL (roots));
  g_list_store_splice (self->roots, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roots)),
                       items->pdata, items->len);
  expand_uncollapsed (self);
}

static GPtrArray *
list_chats (ScChatsPage  *self,
            GHashTable  **counts)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autofree char *today = sc_date_today ();
  g_autoptr(GError) error = NULL;
  GPtrArray *chats = NULL;

  if (database != NULL && sc_platform_on (database, today, &self->platform, &error))
    chats = sc_chat_store_list (database, &error);
  if (chats != NULL)
    *counts = sc_chat_members_count_all (database, today, &error);
  if (error != NULL)
    g_warning ("Chats could not be read: %s", error->message);
  return chats ? chats : g_ptr_array_new_with_free_func ((GDestroyNotify)sc_chat_free);
}

void
sc_chats_page_load_tree (ScChatsPage *self)
{
  g_autoptr(GHashTable) counts = NULL;
  GPtrArray *chats = list_chats (self, &counts);
  gint64 keep = self->select_after_reload ? self->select_after_reload
                                          : self->current ? self->current->id : 0;

  self->select_after_reload = 0;
  self->loading = TRUE;
  if (same_shape (self->chats, chats))
    update_in_place (self, chats, counts);
  else
    rebuild (self, chats, counts);
  g_clear_pointer (&self->chats, g_ptr_array_unref);
  self->chats = chats;
  if (!sc_chats_page_select_chat (self, keep) &&
      gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION &&
      chats->len > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  self->loading = FALSE;
  show_selected (self);
}

static const ScChat *
find_chat (GPtrArray *chats,
           gint64     id)
{
  for (guint i = 0; chats != NULL && i < chats->len; i++)
    if (((const ScChat *)g_ptr_array_index (chats, i))->id == id)
      return g_ptr_array_index (chats, i);
  return NULL;
}

static GHashTable *
ancestors_of (GPtrArray *chats,
              gint64     id)
{
  GHashTable *ancestors = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  const ScChat *chat = find_chat (chats, id);

  for (guint depth = 0; chat != NULL && chat->parent_id > 0 && depth < chats->len; depth++)
    {
      g_hash_table_add (ancestors, g_memdup2 (&chat->parent_id, sizeof (gint64)));
      chat = find_chat (chats, chat->parent_id);
    }
  return ancestors;
}

gboolean
sc_chats_page_select_chat (ScChatsPage *self,
                           gint64       chat_id)
{
  g_autoptr(GHashTable) ancestors = NULL;

  g_return_val_if_fail (SC_IS_CHATS_PAGE (self), FALSE);

  if (chat_id <= 0 || find_chat (self->chats, chat_id) == NULL)
    return FALSE;
  ancestors = ancestors_of (self->chats, chat_id);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree_model)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree_model, i);
      g_autoptr(ScChatItem) item = gtk_tree_list_row_get_item (row);
      gint64 id = sc_chat_item_get_id (item);

      if (id == chat_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->tree_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
      if (g_hash_table_contains (ancestors, &id))
        {
          g_hash_table_remove (self->collapsed, &id);
          gtk_tree_list_row_set_expanded (row, TRUE);
        }
    }
  return FALSE;
}

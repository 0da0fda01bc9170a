/* sc-chats-page.c — «Чаты»: the college's chat structure
 *
 * Left: the tree of chats (GtkListView over a GtkTreeListModel of
 * ScChatItem). Right: the selected chat and its members. Above: the
 * toolbar and the coverage strip. Every edit goes through sc-chat-store,
 * whose changed::chats reloads the page once the edit is done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chats-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-chat-template-dialog.h"
#include "sc-chats-page-private.h"
#include "sc-person.h"

G_DEFINE_FINAL_TYPE (ScChatsPage, sc_chats_page, SC_TYPE_PAGE)

static const char *const chat_actions[] = {
  "chats.move", "chats.delete", "chats.mark-created", "chats.set-status", "chats.unarchive",
};

const char *
sc_chats_page_person_name (ScChatsPage *self,
                           gint64       person_id)
{
  ScPerson *person = self->people_by_id ? g_hash_table_lookup (self->people_by_id, &person_id) : NULL;

  return person ? sc_person_get_full_name (person) : NULL;
}

void
sc_chats_page_update_actions (ScChatsPage *self)
{
  gboolean has_chat = self->current != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (chat_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), chat_actions[i], has_chat);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chats.copy-link",
                                 has_chat && *self->current->invite_link != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chats.undo", self->deletion != NULL);
}

static void
sc_chats_page_reload (ScPage *page)
{
  ScChatsPage *self = SC_CHATS_PAGE (page);
  gboolean any_chat;

  /* Thousands of people in a large college: read again only when they
   * changed, not after every edit of a chat. */
  if (self->people_stale)
    sc_chats_page_load_people (self);
  self->people_stale = FALSE;
  sc_chats_page_load_tree (self);
  sc_chats_page_load_coverage (self);
  any_chat = self->roots != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->roots)) > 0;
  gtk_stack_set_visible_child_name (self->stack, any_chat ? "chats" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->empty_people_label),
                          self->people == NULL ||
                          g_list_model_get_n_items (G_LIST_MODEL (self->people)) == 0);
  sc_chats_page_update_actions (self);
}

static void
people_changed_cb (ScChatsPage *self)
{
  self->people_stale = TRUE;
  sc_page_mark_stale (SC_PAGE (self));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ScChatsPage *self = SC_CHATS_PAGE (widget);
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ScChatDeletion *deletion;
  guint n_sub;

  if (self->current == NULL)
    return;
  self->select_after_reload = self->current->parent_id;
  deletion = sc_chat_store_delete (database, self->current->id, &error);
  if (deletion == NULL)
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  g_clear_pointer (&self->deletion, sc_chat_deletion_free);
  self->deletion = deletion;
  n_sub = sc_chat_deletion_get_n_chats (deletion) - 1;
  if (n_sub == 0)
    text = g_strdup_printf (_("Chat “%s” deleted"), sc_chat_deletion_get_title (deletion));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Chat “%s” and %u sub-chat deleted",
                                         "Chat “%s” and %u sub-chats deleted", n_sub),
                            sc_chat_deletion_get_title (deletion), n_sub);
  sc_page_offer_undo (SC_PAGE (self), text, "chats.undo");
  sc_chats_page_update_actions (self);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  ScChatsPage *self = SC_CHATS_PAGE (widget);
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(ScChatDeletion) deletion = g_steal_pointer (&self->deletion);
  g_autoptr(GError) error = NULL;
  gint64 id;

  sc_chats_page_update_actions (self);
  if (deletion == NULL || database == NULL)
    return;
  id = sc_chat_store_restore (database, deletion, &error);
  if (id == 0)
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  self->select_after_reload = id;
  sc_page_toast (SC_PAGE (self), _("Chat restored"));
}

static void
set_status_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ScChatsPage *self = SC_CHATS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  ScChatStatus status;

  if (self->current == NULL ||
      !sc_chat_status_from_code (g_variant_get_string (param, NULL), &status))
    return;
  sc_chats_page_save_edits (self);
  if (!sc_chat_store_set_status (sc_page_get_database (SC_PAGE (self)), self->current->id, status,
                                 NULL, NULL, &error))
    sc_page_show_error (SC_PAGE (self), error);
}

/* Back from the archive: created if it ever was, else planned. */
static void
unarchive_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ScChatsPage *self = SC_CHATS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  ScChatStatus status;

  if (self->current == NULL)
    return;
  status = self->current->created_on ? SC_CHAT_STATUS_CREATED : SC_CHAT_STATUS_PLANNED;
  if (!sc_chat_store_set_status (sc_page_get_database (SC_PAGE (self)), self->current->id, status,
                                 NULL, NULL, &error))
    sc_page_show_error (SC_PAGE (self), error);
}

/* The toast says so only when the clipboard really holds the link. */
static void
copy_link_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ScChatsPage *self = SC_CHATS_PAGE (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);

  if (self->current == NULL || *self->current->invite_link == '\0')
    return;
  gdk_clipboard_set_text (clipboard, self->current->invite_link);
  if (gdk_clipboard_is_local (clipboard))
    sc_page_toast (SC_PAGE (self), _("Link copied"));
  else
    sc_page_toast (SC_PAGE (self),
                   _("The link could not be copied: select it in the field and press Ctrl+C."));
}

static void
template_applied_cb (ScChatTemplateDialog *dialog,
                     guint                 n_added,
                     gint64                first_id,
                     ScChatsPage          *self)
{
  g_autofree char *text = g_strdup_printf (_("Chats added: %u"), n_added);

  if (first_id > 0)
    self->select_after_reload = first_id;
  sc_page_toast (SC_PAGE (self), text);
}

static void
template_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ScChatsPage *self = SC_CHATS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  ScChatTemplateDialog *dialog;

  if (database == NULL)
    return;
  dialog = sc_chat_template_dialog_new (database, G_LIST_MODEL (self->people));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  g_signal_connect_object (dialog, "applied", G_CALLBACK (template_applied_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Enter on a chat: on to its details. */
static void
tree_activated_cb (ScChatsPage *self,
                   guint        position)
{
  if (self->current != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/* What is typed is kept; the undo, the collapsed chats and the people
 * belonged to the old file. */
static void
sc_chats_page_leave_database (ScPage *page)
{
  ScChatsPage *self = SC_CHATS_PAGE (page);

  if (sc_page_get_database (page) != NULL)
    sc_chats_page_save_edits (self);
  g_clear_pointer (&self->deletion, sc_chat_deletion_free);
  g_hash_table_remove_all (self->collapsed);
  self->people_stale = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->member_search), "");
}

static void
sc_chats_page_dispose (GObject *object)
{
  ScChatsPage *self = SC_CHATS_PAGE (object);

  sc_page_set_database (SC_PAGE (self), NULL);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  G_OBJECT_CLASS (sc_chats_page_parent_class)->dispose (object);
  sc_chats_page_clear_tree (self);
  g_clear_object (&self->selection);
  g_clear_object (&self->people);
  g_clear_object (&self->admin_filter_model);
  g_clear_object (&self->candidate_model);
}

static void
sc_chats_page_finalize (GObject *object)
{
  ScChatsPage *self = SC_CHATS_PAGE (object);

  g_clear_pointer (&self->collapsed, g_hash_table_unref);
  g_clear_pointer (&self->people_by_id, g_hash_table_unref);
  g_clear_pointer (&self->member_ids, g_hash_table_unref);
  g_clear_pointer (&self->group_names, g_hash_table_unref);
  g_clear_pointer (&self->coverage, sc_chat_coverage_free);
  g_clear_pointer (&self->deletion, sc_chat_deletion_free);
  g_strfreev (self->candidate_words);
  G_OBJECT_CLASS (sc_chats_page_parent_class)->finalize (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-chats-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ScChatsPage, name)
  BIND (stack);
  BIND (empty_people_label);
  BIND (coverage_strip);
  BIND (groups_button);
  BIND (confirm_button);
  BIND (people_button);
  BIND (no_admin_button);
  BIND (left_admin_button);
  BIND (tree_view);
  BIND (details_stack);
  BIND (details_page);
  BIND (chat_group);
  BIND (title_row);
  BIND (kind_row);
  BIND (origin_row);
  BIND (admin_row);
  BIND (admin_dropdown);
  BIND (status_row);
  BIND (status_label);
  BIND (mark_created_button);
  BIND (archive_button);
  BIND (unarchive_button);
  BIND (link_row);
  BIND (copy_link_button);
  BIND (notes_row);
  BIND (members_group);
  BIND (add_member_button);
  BIND (add_member_popover);
  BIND (member_search);
  BIND (candidates_view);
  BIND (members_list);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, tree_activated_cb);
  sc_chats_page_bind_details_callbacks (widget_class);
  sc_chats_page_bind_members_callbacks (widget_class);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chats.template", NULL, template_activated);
  gtk_widget_class_install_action (widget_class, "chats.add", NULL, sc_chats_page_add_chat);
  gtk_widget_class_install_action (widget_class, "chats.export", NULL, sc_chats_page_export_plan);
  gtk_widget_class_install_action (widget_class, "chats.move", NULL, sc_chats_page_move_chat);
  gtk_widget_class_install_action (widget_class, "chats.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "chats.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "chats.mark-created", NULL,
                                   sc_chats_page_mark_created);
  gtk_widget_class_install_action (widget_class, "chats.set-status", "s", set_status_activated);
  gtk_widget_class_install_action (widget_class, "chats.unarchive", NULL, unarchive_activated);
  gtk_widget_class_install_action (widget_class, "chats.copy-link", NULL, copy_link_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "chats.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "chats.export", NULL);
}

static void
sc_chats_page_class_init (ScChatsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPageClass *page_class = SC_PAGE_CLASS (klass);

  object_class->dispose = sc_chats_page_dispose;
  object_class->finalize = sc_chats_page_finalize;
  /* Several changes in a row (an edit, then its undo) reload once, and
   * never inside the handler of the widget that made the edit. */
  page_class->reload_when = SC_PAGE_RELOAD_BEFORE_FRAME;
  page_class->reload = sc_chats_page_reload;
  page_class->leave_database = sc_chats_page_leave_database;

  g_type_ensure (SC_TYPE_CHAT_ITEM);
  g_type_ensure (SC_TYPE_PERSON);
  bind_template (widget_class);
  install_actions (widget_class);
}

static void
sc_chats_page_init (ScChatsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->collapsed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sc_chats_page_setup_tree (self);
  sc_chats_page_setup_details (self);
  sc_chats_page_setup_members (self);
  sc_chats_page_setup_coverage (self);
  sc_chats_page_update_actions (self);
  self->people_stale = TRUE;
  sc_page_reload_on (SC_PAGE (self), "chats");
  g_signal_group_connect_object (sc_page_get_database_signals (SC_PAGE (self)), "changed::people",
                                 G_CALLBACK (people_changed_cb), self, G_CONNECT_SWAPPED);
}

gint64
sc_chats_page_get_selected (ScChatsPage *self)
{
  g_return_val_if_fail (SC_IS_CHATS_PAGE (self), 0);
  return self->current ? self->current->id : 0;
}

GListModel *
sc_chats_page_get_rows (ScChatsPage *self)
{
  g_return_val_if_fail (SC_IS_CHATS_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

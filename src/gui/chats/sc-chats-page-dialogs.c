/* sc-chats-page-dialogs.c — add a chat, move it, mark it created
 *
 * The place of a chat is chosen in a list that draws the tree (indented
 * titles, a search on top), «На верхнем уровне» first. Moving a chat into
 * itself or its own sub-chats is refused in the dialog, with the reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chats-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-chats-page-private.h"
#include "sc-date.h"
#include "sc-date-prompt.h"
#include "sc-text.h"

typedef struct
{
  ScChatsPage *self;
  gint64       chat_id;
  GtkEditable *title;
  GtkEditable *date;
  GtkEditable *link;
  GtkListBox  *places;
  GtkLabel    *problem;
} Prompt;

static void
prompt_free (gpointer data)
{
  Prompt *prompt = data;

  g_object_unref (prompt->self);
  g_free (prompt);
}

static Prompt *
prompt_new (ScChatsPage *self,
            gint64       chat_id)
{
  Prompt *prompt = g_new0 (Prompt, 1);

  prompt->self = g_object_ref (self);
  prompt->chat_id = chat_id;
  return prompt;
}

static AdwMessageDialog *
dialog_new (ScChatsPage *self,
            const char  *heading,
            const char  *body,
            const char  *apply_label,
            GtkWidget   *extra)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
      adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body));

  adw_message_dialog_set_extra_child (dialog, extra);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

static GtkEditable *
add_entry (GtkBox     *box,
           const char *name,
           const char *label,
           const char *text)
{
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_use_underline (GTK_LABEL (title), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), entry);
  gtk_widget_set_name (entry, name);
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_box_append (box, title);
  gtk_box_append (box, entry);
  return GTK_EDITABLE (entry);
}

/* The place list */

static GtkWidget *
place_row (const char *title,
           guint       depth,
           gint64      id)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 8 + 16 * depth);
  gtk_widget_set_margin_end (label, 8);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "chat-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (row), "search", sc_text_fold (title), g_free);
  return row;
}

static gboolean
filter_place (GtkListBoxRow *row,
              gpointer       data)
{
  GtkEditable *search = data;
  g_autofree char *folded = sc_text_fold (gtk_editable_get_text (search));
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  const char *text = g_object_get_data (G_OBJECT (row), "search");

  if (gtk_list_box_row_get_index (row) == 0)
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (text, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
search_changed_cb (GtkSearchEntry *search,
                   GtkListBox     *list)
{
  gtk_list_box_invalidate_filter (list);
}

static gint64
chosen_place (GtkListBox *list)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  gint64 *id = row ? g_object_get_data (G_OBJECT (row), "chat-id") : NULL;

  return id ? *id : -1;
}

static void
fill_places (ScChatsPage *self,
             GtkListBox  *list,
             gint64       selected_id)
{
  gtk_list_box_append (list, place_row (_("At the top level"), 0, 0));
  for (guint i = 0; self->chats != NULL && i < self->chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (self->chats, i);
      GtkWidget *row = place_row (chat->title, chat->depth + 1, chat->id);
      gtk_list_box_append (list, row);
      if (chat->id == selected_id)
        gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (row));
    }
  if (gtk_list_box_get_selected_row (list) == NULL)
    gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));
}

static GtkWidget *
place_chooser_new (ScChatsPage *self,
                   const char  *label,
                   gint64       selected_id,
                   GtkListBox **out_list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *search = gtk_search_entry_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_name (list, "place-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find a chat"), -1);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_list_box_set_filter_func (GTK_LIST_BOX (list), filter_place, search, NULL);
  g_signal_connect (search, "search-changed", G_CALLBACK (search_changed_cb), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), search);
  gtk_box_append (GTK_BOX (box), gtk_frame_new (NULL));
  gtk_frame_set_child (GTK_FRAME (gtk_widget_get_last_child (box)), scrolled);
  fill_places (self, GTK_LIST_BOX (list), selected_id);
  *out_list = GTK_LIST_BOX (list);
  return box;
}

/* Add */

static void
add_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 Prompt           *prompt)
{
  ScChatsPage *self = prompt->self;
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *title = gtk_editable_get_text (prompt->title);
  gint64 parent = chosen_place (prompt->places);
  gint64 id;

  if (g_strcmp0 (response, "apply") != 0 || database == NULL)
    return;
  id = sc_chat_store_add (database, MAX (parent, 0), title, SC_CHAT_KIND_CUSTOM, &error);
  if (id == 0)
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  self->select_after_reload = id;
  text = g_strdup_printf (_("Chat “%s” added"), title);
  sc_page_toast (SC_PAGE (self), text);
}

static void
title_changed_cb (GtkEditable      *title,
                  AdwMessageDialog *dialog)
{
  g_autofree char *clean = g_strstrip (g_strdup (gtk_editable_get_text (title)));

  adw_message_dialog_set_response_enabled (dialog, "apply", *clean != '\0');
}

void
sc_chats_page_add_chat (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  ScChatsPage *self = SC_CHATS_PAGE (widget);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  Prompt *prompt = prompt_new (self, 0);
  AdwMessageDialog *dialog;

  if (sc_page_get_database (SC_PAGE (self)) == NULL)
    {
      prompt_free (prompt);
      return;
    }
  sc_chats_page_save_edits (self);
  prompt->title = add_entry (GTK_BOX (box), "title-entry", _("_Title"), "");
  gtk_box_append (GTK_BOX (box),
                  place_chooser_new (self, _("Inside"), self->current ? self->current->id : 0,
                                     &prompt->places));
  dialog = dialog_new (self, _("New Chat"),
                       _("A chat made by hand has no rule: add its members after creating it."),
                       _("_Add"), box);
  adw_message_dialog_set_response_enabled (dialog, "apply", FALSE);
  g_signal_connect (prompt->title, "changed", G_CALLBACK (title_changed_cb), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (add_response_cb), prompt,
                         (GClosureNotify)(void (*)(void))prompt_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (prompt->title));
}

/* Move */

static gboolean
is_inside (ScChatsPage *self,
           gint64       place_id,
           gint64       chat_id)
{
  for (guint steps = 0; place_id > 0 && self->chats != NULL && steps <= self->chats->len; steps++)
    {
      const ScChat *place = NULL;

      if (place_id == chat_id)
        return TRUE;
      for (guint i = 0; i < self->chats->len && place == NULL; i++)
        if (((const ScChat *)g_ptr_array_index (self->chats, i))->id == place_id)
          place = g_ptr_array_index (self->chats, i);
      place_id = place ? place->parent_id : 0;
    }
  return FALSE;
}

static void
place_selected_cb (GtkListBox       *list,
                   GtkListBoxRow    *row,
                   AdwMessageDialog *dialog)
{
  Prompt *prompt = g_object_get_data (G_OBJECT (dialog), "prompt");
  gint64 place = chosen_place (list);
  gboolean cycle;

  if (row == NULL || prompt == NULL) /* nothing chosen, or the dialog is going */
    return;
  cycle = place > 0 && is_inside (prompt->self, place, prompt->chat_id);

  gtk_widget_set_visible (GTK_WIDGET (prompt->problem), cycle);
  adw_message_dialog_set_response_enabled (dialog, "apply", place >= 0 && !cycle);
}

static void
move_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  Prompt           *prompt)
{
  ScChatsPage *self = prompt->self;
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;
  gint64 place = chosen_place (prompt->places);

  if (g_strcmp0 (response, "apply") != 0 || database == NULL || place < 0)
    return;
  if (!sc_chat_store_move (database, prompt->chat_id, place, &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  self->select_after_reload = prompt->chat_id;
  sc_page_toast (SC_PAGE (self), _("Chat moved"));
}

static GtkLabel *
problem_label (void)
{
  GtkWidget *label = gtk_label_new (
      _("A chat cannot be moved into itself or into one of its own sub-chats. Choose another place."));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_name (label, "move-problem");
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  return GTK_LABEL (label);
}

void
sc_chats_page_move_chat (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  ScChatsPage *self = SC_CHATS_PAGE (widget);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  Prompt *prompt;

  if (self->current == NULL)
    return;
  sc_chats_page_save_edits (self);
  prompt = prompt_new (self, self->current->id);
  gtk_box_append (GTK_BOX (box), place_chooser_new (self, _("Inside"), self->current->parent_id,
                                                    &prompt->places));
  prompt->problem = problem_label ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (prompt->problem));
  heading = g_strdup_printf (_("Move “%s”"), self->current->title);
  dialog = dialog_new (self, heading, _("Its sub-chats move with it."), _("_Move"), box);
  g_object_set_data (G_OBJECT (dialog), "prompt", prompt);
  g_signal_connect (prompt->places, "row-selected", G_CALLBACK (place_selected_cb), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (move_response_cb), prompt,
                         (GClosureNotify)(void (*)(void))prompt_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Mark created */

static void
date_changed_cb (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *iso = sc_date_parse (gtk_editable_get_text (entry));

  adw_message_dialog_set_response_enabled (dialog, "apply", iso != NULL);
}

static void
created_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Prompt           *prompt)
{
  ScChatsPage *self = prompt->self;
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = sc_date_parse (gtk_editable_get_text (prompt->date));

  if (g_strcmp0 (response, "apply") != 0 || iso == NULL || database == NULL)
    return;
  if (!sc_chat_store_set_status (database, prompt->chat_id, SC_CHAT_STATUS_CREATED, iso,
                                 gtk_editable_get_text (prompt->link), &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  sc_page_toast (SC_PAGE (self), _("Chat marked as created"));
}

void
sc_chats_page_mark_created (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  ScChatsPage *self = SC_CHATS_PAGE (widget);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *today = sc_date_today ();
  g_autofree char *date = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  Prompt *prompt;

  if (self->current == NULL)
    return;
  sc_chats_page_save_edits (self);
  prompt = prompt_new (self, self->current->id);
  date = sc_date_format_short (self->current->created_on ? self->current->created_on : today);
  prompt->date = GTK_EDITABLE (sc_date_prompt_add_date_entry (GTK_BOX (box), _("_Date created (DD.MM.YYYY)"), date));
  gtk_widget_set_name (GTK_WIDGET (prompt->date), "date-entry");
  prompt->link = add_entry (GTK_BOX (box), "link-entry", _("_Invite link"), self->current->invite_link);
  gtk_entry_set_placeholder_text (GTK_ENTRY (prompt->link), _("Paste the link from Sferum"));
  heading = g_strdup_printf (_("Mark “%s” as Created"), self->current->title);
  dialog = dialog_new (self, heading,
                       _("The date the chat was made in Sferum, and its invite link to send to the members."),
                       _("_Mark Created"), box);
  g_signal_connect (prompt->date, "changed", G_CALLBACK (date_changed_cb), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (created_response_cb), prompt,
                         (GClosureNotify)(void (*)(void))prompt_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

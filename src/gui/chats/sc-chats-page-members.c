/* sc-chats-page-members.c — who is in the selected chat, and adding by hand
 *
 * The group's description says where the members by rule come from («По
 * правилу: студенты группы ИС-21 и куратор»); each row says why that
 * person is there (по правилу · вручную · администратор чата).
 * People added by hand can be taken out again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chats-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-chat-members.h"
#include "sc-a11y.h"
#include "sc-chats-page-private.h"
#include "sc-date.h"
#include "sc-format.h"
#include "sc-person-name.h"
#include "sc-person.h"
#include "sc-text.h"

static char *
describe_person (const char *category,
                 const char *group_code,
                 const char *full_name,
                 const char *left_on)
{
  GString *text = g_string_new (NULL);
  ScCategory cat;

  if (sc_category_from_code (category, &cat))
    g_string_append (text, sc_category_get_label (cat));
  if (group_code != NULL && *group_code != '\0')
    g_string_append_printf (text, text->len ? " · %s" : "%s", group_code);
  if (left_on != NULL)
    {
      g_autofree char *date = sc_date_format_short (left_on);
      g_autofree char *last = NULL, *first = NULL, *patronymic = NULL;
      g_autofree char *left = NULL;

      sc_person_name_split (full_name, &last, &first, &patronymic);
      left = sc_person_name_describe_left (patronymic, date);
      g_string_append_printf (text, text->len ? " · %s" : "%s", left);
    }
  return g_string_free (text, FALSE);
}

static char *
describe_sources (ScChatMemberSource sources)
{
  GPtrArray *parts = g_ptr_array_new ();
  char *text;

  if (sources & SC_CHAT_MEMBER_BY_RULE)
    g_ptr_array_add (parts, (gpointer)_("by rule"));
  if (sources & SC_CHAT_MEMBER_EXPLICIT)
    g_ptr_array_add (parts, (gpointer)_("added by hand"));
  if (sources & SC_CHAT_MEMBER_ADMIN)
    g_ptr_array_add (parts, (gpointer)_("chat administrator"));
  g_ptr_array_add (parts, NULL);
  text = g_strjoinv (" · ", (char **)parts->pdata);
  g_ptr_array_free (parts, TRUE);
  return text;
}

static void
remove_clicked_cb (GtkButton   *button,
                   ScChatsPage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "person-id");

  if (id != NULL)
    sc_chats_page_remove_member (self, *id);
}

static GtkWidget *
remove_button (ScChatsPage        *self,
               const ScChatMember *member)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *label = g_strdup_printf (_("Take %s out of the chat"), member->full_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "person-id",
                          g_memdup2 (&member->person_id, sizeof (gint64)), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked_cb), self);
  return button;
}

static GtkWidget *
member_row (ScChatsPage        *self,
            const ScChatMember *member)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *who = describe_person (member->category, member->group_code, member->full_name,
                                           member->left_on);
  g_autofree char *why = describe_sources (member->sources);
  GtkWidget *source = gtk_label_new (why);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), member->full_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), who);
  gtk_widget_add_css_class (source, "dim-label");
  gtk_widget_add_css_class (source, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), source);
  if (member->sources & SC_CHAT_MEMBER_EXPLICIT)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove_button (self, member));
  if (member->left_on != NULL)
    gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static void
clear_members (ScChatsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->members_list))) != NULL)
    gtk_list_box_remove (self->members_list, child);
  g_hash_table_remove_all (self->member_ids);
}

static char *
describe_rule (ScChatsPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *rule = sc_chat_members_describe_rule (database, self->current, &error);
  g_autofree char *first = NULL;

  if (rule == NULL)
    return g_strdup (_("This chat has no rule: its members are the people added by hand."));
  /* «по правилу: …» starts a sentence here */
  first = g_utf8_strup (rule, g_utf8_next_char (rule) - rule);
  return g_strconcat (first, g_utf8_next_char (rule), NULL);
}

static void
set_heading (ScChatsPage *self,
             guint        n_active)
{
  g_autofree char *count = sc_format_count (n_active);
  /* Translators: the heading of the member list, "Members: 25" */
  g_autofree char *title = g_strdup_printf (_("Members: %s"), count);
  g_autofree char *rule = describe_rule (self);

  adw_preferences_group_set_title (self->members_group, title);
  adw_preferences_group_set_description (self->members_group, rule);
}

void
sc_chats_page_fill_members (ScChatsPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autofree char *today = sc_date_today ();
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;
  guint n_active = 0;

  clear_members (self);
  if (self->current == NULL || database == NULL)
    return;
  members = sc_chat_members_list (database, self->current->id, today, &error);
  if (members == NULL)
    {
      g_warning ("Members could not be read: %s", error->message);
      return;
    }
  for (guint i = 0; i < members->len; i++)
    {
      const ScChatMember *member = g_ptr_array_index (members, i);
      n_active += member->left_on == NULL;
      g_hash_table_add (self->member_ids, g_memdup2 (&member->person_id, sizeof (gint64)));
      gtk_list_box_append (self->members_list, member_row (self, member));
    }
  set_heading (self, n_active);
  gtk_filter_changed (GTK_FILTER (self->candidate_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

gboolean
sc_chats_page_add_member (ScChatsPage *self,
                          gint64       person_id)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *name = sc_chats_page_person_name (self, person_id);

  if (self->current == NULL)
    return FALSE;
  if (!sc_chat_store_add_member (database, self->current->id, person_id, &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return FALSE;
    }
  text = g_strdup_printf (_("Added to the chat: %s"), name ? name : "");
  sc_page_toast (SC_PAGE (self), text);
  return TRUE;
}

gboolean
sc_chats_page_remove_member (ScChatsPage *self,
                             gint64       person_id)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *name = sc_chats_page_person_name (self, person_id);

  if (self->current == NULL)
    return FALSE;
  if (!sc_chat_store_remove_member (database, self->current->id, person_id, &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return FALSE;
    }
  text = g_strdup_printf (_("Taken out of the chat: %s"), name ? name : "");
  sc_page_toast (SC_PAGE (self), text);
  return TRUE;
}

/* Candidates: active people not in the chat yet, matching every typed word. */
static gboolean
candidate_filter_func (gpointer item,
                       gpointer data)
{
  ScChatsPage *self = data;
  ScPerson *person = item;
  gint64 id = sc_person_get_id (person);
  const char *text = sc_person_get_search_text (person);

  if (!sc_person_is_active (person) || g_hash_table_contains (self->member_ids, &id))
    return FALSE;
  for (guint i = 0; self->candidate_words && self->candidate_words[i]; i++)
    if (*self->candidate_words[i] && !strstr (text, self->candidate_words[i]))
      return FALSE;
  return TRUE;
}

static void
member_search_changed_cb (ScChatsPage *self)
{
  g_autofree char *folded = sc_text_fold (gtk_editable_get_text (GTK_EDITABLE (self->member_search)));

  g_strfreev (self->candidate_words);
  self->candidate_words = g_strsplit (folded, " ", -1);
  gtk_filter_changed (GTK_FILTER (self->candidate_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
add_candidate (ScChatsPage *self,
               guint        position)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (self->candidates_view));
  g_autoptr(ScPerson) person = g_list_model_get_item (model, position);

  if (person == NULL)
    return;
  gtk_popover_popdown (self->add_member_popover);
  sc_chats_page_add_member (self, sc_person_get_id (person));
}

static void
candidate_activated_cb (ScChatsPage *self,
                        guint        position)
{
  add_candidate (self, position);
}

/* Enter in the search adds the first match. */
static void
member_search_activated_cb (ScChatsPage *self)
{
  add_candidate (self, 0);
}

static void
add_member_shown_cb (ScChatsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->member_search), "");
  member_search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->member_search));
}

void
sc_chats_page_bind_members_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, member_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, candidate_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_member_shown_cb);
}

static void
setup_candidate (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_candidate (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  ScPerson *person = gtk_list_item_get_item (list_item);
  const ScPersonRecord *r = sc_person_get_record (person);
  g_autofree char *detail = describe_person (sc_category_to_code (r->category), r->group_code,
                                              NULL, NULL);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), sc_person_get_full_name (person));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), detail);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  int c = g_strcmp0 (sc_person_get_sort_key ((ScPerson *)a), sc_person_get_sort_key ((ScPerson *)b));

  return c < 0 ? GTK_ORDERING_SMALLER : c > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

void
sc_chats_page_setup_members (ScChatsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkSortListModel *sorted;
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkWidget *placeholder = gtk_label_new (_("Nobody is in this chat yet"));

  self->member_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sc_a11y_name_menu_button (self->add_member_button);
  self->candidate_filter = gtk_custom_filter_new (candidate_filter_func, self, NULL);
  self->candidate_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->candidate_filter));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->candidate_model)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_names, NULL, NULL)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_candidate), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_candidate), NULL);
  gtk_list_view_set_factory (self->candidates_view, factory);
  selection = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_list_view_set_model (self->candidates_view, GTK_SELECTION_MODEL (selection));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->members_list, placeholder);
}

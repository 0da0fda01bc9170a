/* sc-chats-page-details.c — the selected chat on the right
 *
 * Title, invite link and notes are saved on Enter, on the apply button and
 * when the focus leaves them (also before another chat is shown). The
 * administrator is chosen among active teachers and staff; one who has left
 * stays shown, with a warning, until someone else is chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chats-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-chats-page-private.h"
#include "sc-a11y.h"
#include "sc-people-picker.h"
#include "sc-date.h"
#include "sc-people.h"
#include "sc-person-name.h"
#include "sc-person.h"

static const char *const status_classes[] = {
  "chat-status-planned", "chat-status-created", "chat-status-archived",
};

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static void
save_title (ScChatsPage *self,
            ScDatabase  *database)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (title, self->current->title) == 0)
    return;
  if (*title == '\0' || !sc_chat_store_rename (database, self->current->id, title, &error))
    {
      if (error != NULL)
        sc_page_show_error (SC_PAGE (self), error);
      else
        sc_page_toast (SC_PAGE (self), _("A chat needs a title: the old one is kept."));
      self->filling = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), self->current->title);
      self->filling = FALSE;
      return;
    }
  replace_string (&self->current->title, title);
}

static void
save_link (ScChatsPage *self,
           ScDatabase  *database)
{
  g_autofree char *link = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->link_row))));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (link, self->current->invite_link) == 0)
    return;
  if (!sc_chat_store_set_status (database, self->current->id, self->current->status, NULL, link,
                                 &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  replace_string (&self->current->invite_link, link);
}

static void
save_notes (ScChatsPage *self,
            ScDatabase  *database)
{
  const char *notes = gtk_editable_get_text (GTK_EDITABLE (self->notes_row));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (notes, self->current->notes ? self->current->notes : "") == 0)
    return;
  if (!sc_chat_store_set_notes (database, self->current->id, notes, &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  replace_string (&self->current->notes, notes);
}

void
sc_chats_page_save_edits (ScChatsPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));

  if (self->current == NULL || self->filling || database == NULL)
    return;
  save_title (self, database);
  save_link (self, database);
  save_notes (self, database);
}

static void
title_apply_cb (ScChatsPage *self)
{
  sc_chats_page_save_edits (self);
}

static void
link_apply_cb (ScChatsPage *self)
{
  sc_chats_page_save_edits (self);
}

static void
notes_apply_cb (ScChatsPage *self)
{
  sc_chats_page_save_edits (self);
}

static void
admin_selected_cb (ScChatsPage *self)
{
  ScPerson *person = gtk_drop_down_get_selected_item (self->admin_dropdown);
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;
  gint64 id = person ? sc_person_get_id (person) : 0;

  if (self->filling || self->current == NULL || database == NULL || person == NULL ||
      id == self->current->admin_person_id)
    return;
  if (!sc_chat_store_set_admin (database, self->current->id, id, &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  self->current->admin_person_id = id;
}

/* Who makes the chat: the platform (the coordinator confirms it) or the
 * coordinator by hand. */
static void
origin_selected_cb (ScChatsPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  ScChatOrigin origin = adw_combo_row_get_selected (self->origin_row) == 1
                        ? SC_CHAT_ORIGIN_PLATFORM : SC_CHAT_ORIGIN_MANUAL;
  g_autoptr(GError) error = NULL;

  if (self->filling || self->current == NULL || database == NULL || origin == self->current->origin)
    return;
  if (!sc_chat_store_set_origin (database, self->current->id, origin, &error))
    {
      sc_page_show_error (SC_PAGE (self), error);
      return;
    }
  self->current->origin = origin;
}

void
sc_chats_page_bind_details_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, title_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, notes_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, admin_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, origin_selected_cb);
}

/* Active teachers and staff, and whoever runs the chat now. */
static gboolean
admin_filter_func (gpointer item,
                   gpointer data)
{
  ScChatsPage *self = data;
  const ScPersonRecord *r = sc_person_get_record (SC_PERSON (item));

  if (self->current != NULL && r->id == self->current->admin_person_id)
    return TRUE;
  return r->active && (r->category == SC_CATEGORY_TEACHER || r->category == SC_CATEGORY_STAFF);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  int c = g_strcmp0 (sc_person_get_sort_key ((ScPerson *)a), sc_person_get_sort_key ((ScPerson *)b));

  return c < 0 ? GTK_ORDERING_SMALLER : c > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static GListModel *
no_admin_choice (void)
{
  ScPersonRecord *record = sc_person_record_new ();
  GListStore *store = g_list_store_new (SC_TYPE_PERSON);
  g_autoptr(ScPerson) nobody = NULL;

  g_free (record->last_name);
  record->last_name = g_strdup (_("Not appointed"));
  nobody = sc_person_new (record);
  g_list_store_append (store, nobody);
  return G_LIST_MODEL (store);
}

/* The choices: the name, and under it what tells namesakes apart. */
static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 40);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (item, box);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  ScPerson *person = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  g_autofree char *text = sc_person_get_id (person) > 0 ? sc_people_picker_describe (person) : NULL;
  g_autofree char *label = text ? g_strdup_printf ("%s, %s", sc_person_get_full_name (person), text) : NULL;

  gtk_label_set_text (GTK_LABEL (name), sc_person_get_full_name (person));
  gtk_label_set_text (GTK_LABEL (detail), text ? text : "");
  gtk_widget_set_visible (detail, text != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (item)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label ? label : sc_person_get_full_name (person), -1);
}

static gboolean
focus_search_cb (gpointer data)
{
  GtkWidget *search = data;

  if (gtk_widget_get_mapped (search))
    gtk_widget_grab_focus (search);
  return G_SOURCE_REMOVE;
}

/* GTK 4.8 focuses the list when the choices open: a name typed then goes
 * nowhere. The search takes the focus, and typing in the list too. */
static void
choices_shown_cb (GtkPopover *popover)
{
  GtkWidget *search = g_object_get_data (G_OBJECT (popover), "search");

  g_idle_add_full (G_PRIORITY_DEFAULT, focus_search_cb, g_object_ref (search), g_object_unref);
}

static GtkWidget *
find_child_of_type (GtkWidget *root,
                    GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_of_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
focus_search_on_open (GtkDropDown *dropdown)
{
  GtkWidget *popover = find_child_of_type (GTK_WIDGET (dropdown), GTK_TYPE_POPOVER);
  GtkWidget *search = popover ? find_child_of_type (popover, GTK_TYPE_SEARCH_ENTRY) : NULL;
  GtkWidget *list = popover ? find_child_of_type (popover, GTK_TYPE_LIST_VIEW) : NULL;

  if (search == NULL)
    return;
  g_object_set_data (G_OBJECT (popover), "search", search);
  g_signal_connect (popover, "show", G_CALLBACK (choices_shown_cb), NULL);
  if (list != NULL)
    gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (search), list);
}

static void
setup_admin_choice (ScChatsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListModel) nobody = no_admin_choice ();
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autoptr(GtkFlattenListModel) flat = NULL;
  g_autoptr(GtkExpression) expression = NULL;

  self->admin_filter = gtk_custom_filter_new (admin_filter_func, self, NULL);
  self->admin_filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->admin_filter));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->admin_filter_model)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_names, NULL, NULL)));
  g_list_store_append (parts, nobody);
  g_list_store_append (parts, sorted);
  flat = gtk_flatten_list_model_new (G_LIST_MODEL (parts));
  expression = gtk_property_expression_new (SC_TYPE_PERSON, NULL, "full-name");
  gtk_drop_down_set_expression (self->admin_dropdown, expression);
  gtk_drop_down_set_model (self->admin_dropdown, G_LIST_MODEL (flat));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), NULL);
  gtk_drop_down_set_list_factory (self->admin_dropdown, factory);
  focus_search_on_open (self->admin_dropdown);
  sc_a11y_name_drop_down (self->admin_dropdown, _("Administrator"));
  sc_a11y_name_combo_row_choices (self->origin_row);
}

static void
focus_left_cb (GtkEventControllerFocus *controller,
               ScChatsPage             *self)
{
  sc_chats_page_save_edits (self);
}

static void
save_on_focus_out (ScChatsPage *self,
                   AdwEntryRow *row)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (focus_left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
}

void
sc_chats_page_setup_details (ScChatsPage *self)
{
  setup_admin_choice (self);
  save_on_focus_out (self, self->title_row);
  save_on_focus_out (self, self->link_row);
  save_on_focus_out (self, self->notes_row);
  sc_page_keep_title_words (self->admin_row);
  sc_page_keep_title_words (self->status_row);
}

static void
select_admin (ScChatsPage *self,
              gint64       admin_id)
{
  GListModel *model = gtk_drop_down_get_model (self->admin_dropdown);

  gtk_filter_changed (GTK_FILTER (self->admin_filter), GTK_FILTER_CHANGE_DIFFERENT);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScPerson) person = g_list_model_get_item (model, i);
      if (sc_person_get_id (person) == admin_id)
        {
          gtk_drop_down_set_selected (self->admin_dropdown, i);
          return;
        }
    }
  gtk_drop_down_set_selected (self->admin_dropdown, 0);
}

void
sc_chats_page_load_people (ScChatsPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autofree char *today = sc_date_today ();
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->people);
  g_clear_pointer (&self->people_by_id, g_hash_table_unref);
  self->people_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  if (database != NULL)
    self->people = sc_people_load (database, today, &error);
  if (error != NULL)
    g_warning ("People could not be read: %s", error->message);
  if (self->people == NULL)
    self->people = g_list_store_new (SC_TYPE_PERSON);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->people)); i++)
    {
      ScPerson *person = g_list_model_get_item (G_LIST_MODEL (self->people), i);
      const ScPersonRecord *r = sc_person_get_record (person);
      g_hash_table_insert (self->people_by_id, (gpointer)&r->id, person);
      g_object_unref (person); /* the store keeps it */
    }
  /* The choice moves as the list changes: that is no edit. */
  self->filling = TRUE;
  gtk_filter_list_model_set_model (self->admin_filter_model, G_LIST_MODEL (self->people));
  gtk_filter_list_model_set_model (self->candidate_model, G_LIST_MODEL (self->people));
  if (self->current != NULL)
    select_admin (self, self->current->admin_person_id);
  self->filling = FALSE;
}

static char *
describe_admin (ScChatsPage  *self,
                const ScChat *chat)
{
  ScPerson *admin = self->people_by_id ? g_hash_table_lookup (self->people_by_id,
                                                              &chat->admin_person_id) : NULL;
  const ScPersonRecord *r = admin ? sc_person_get_record (admin) : NULL;
  g_autofree char *date = NULL;
  g_autofree char *left = NULL;

  if (chat->admin_person_id == 0)
    return g_strdup (_("Nobody runs this chat yet: choose a teacher or staff member"));
  if (r == NULL || r->left_on == NULL || r->active)
    return NULL;
  date = sc_date_format_short (r->left_on);
  left = sc_person_name_describe_left (r->patronymic, date);
  /* Translators: the chat's administrator left: "Left on 05.12.2023: choose someone else" */
  return g_strdup_printf (_("%s: choose someone else"), left);
}

static void
fill_admin (ScChatsPage  *self,
            const ScChat *chat)
{
  g_autofree char *warning = describe_admin (self, chat);

  select_admin (self, chat->admin_person_id);
  adw_action_row_set_subtitle (self->admin_row, warning ? warning : "");
  if (warning != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->admin_row), "needs-attention");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->admin_row), "needs-attention");
}

static char *
describe_status (const ScChat *chat)
{
  g_autofree char *date = chat->created_on ? sc_date_format_short (chat->created_on) : NULL;

  if (chat->status == SC_CHAT_STATUS_CREATED && date != NULL)
    /* Translators: "Created on 05.12.2023" */
    return g_strdup_printf (_("Created on %s"), date);
  if (chat->status == SC_CHAT_STATUS_ARCHIVED && date != NULL)
    /* Translators: "Archived (created on 05.12.2023)" */
    return g_strdup_printf (_("Archived (created on %s)"), date);
  return g_strdup (sc_chat_status_get_label (chat->status));
}

static void
fill_status (ScChatsPage  *self,
             const ScChat *chat)
{
  g_autofree char *text = describe_status (chat);

  gtk_label_set_text (self->status_label, text);
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_classes[chat->status]);
  gboolean awaited = chat->status == SC_CHAT_STATUS_PLANNED && chat->origin == SC_CHAT_ORIGIN_PLATFORM;

  gtk_button_set_label (self->mark_created_button,
                        awaited ? _("_Confirm…")
                        : chat->status == SC_CHAT_STATUS_PLANNED ? _("Mark _Created…")
                                                                 : _("_Date and Link…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->mark_created_button),
                               awaited ? _("The platform makes this chat: once it has appeared, confirm it with its date and invite link")
                                       : _("The chat exists in Sferum: record the date and the invite link"));
  gtk_widget_set_visible (GTK_WIDGET (self->mark_created_button), chat->status != SC_CHAT_STATUS_ARCHIVED);
  gtk_widget_set_visible (GTK_WIDGET (self->archive_button), chat->status != SC_CHAT_STATUS_ARCHIVED);
  /* A chat of the platform left behind stays in the archive. */
  gtk_widget_set_visible (GTK_WIDGET (self->unarchive_button),
                          chat->status == SC_CHAT_STATUS_ARCHIVED && chat->platform == self->platform);
}

static char *
describe_kind (const ScChat *chat)
{
  if (chat->kind == SC_CHAT_KIND_CUSTOM)
    return g_strdup (_("Made by hand: its members are the people added to it"));
  if (chat->template_key != NULL)
    /* Translators: "Group — made from the template" */
    return g_strdup_printf (_("%s — made from the template"), sc_chat_kind_get_label (chat->kind));
  return g_strdup (sc_chat_kind_get_label (chat->kind));
}

/* «Создаётся платформой» with what that asks of the coordinator, and the
 * platform an archived chat was in. */
static void
fill_origin (ScChatsPage  *self,
             const ScChat *chat)
{
  const char *hint = chat->origin == SC_CHAT_ORIGIN_PLATFORM
    ? _("Nothing to create: confirm it once it appears")
    : _("The coordinator makes it");
  g_autofree char *subtitle = chat->status == SC_CHAT_STATUS_ARCHIVED
    /* Translators: an archived chat: «В VK Мессенджер (Сферум)» */
    ? g_strdup_printf (_("Was in %s"), sc_platform_get_label (chat->platform))
    : g_strdup (hint);

  adw_combo_row_set_selected (self->origin_row, chat->origin == SC_CHAT_ORIGIN_PLATFORM ? 1 : 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->origin_row), subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->origin_row), chat->status != SC_CHAT_STATUS_ARCHIVED);
}

/* Where the chat sits: «Внутри: Педагогический коллектив › Отделение …» */
static char *
describe_place (ScChatsPage  *self,
                const ScChat *chat)
{
  for (guint i = 0; chat->parent_id > 0 && self->chats != NULL && i < self->chats->len; i++)
    if (((const ScChat *)g_ptr_array_index (self->chats, i))->id == chat->parent_id)
      {
        g_autofree char *path = sc_chat_store_get_path (self->chats, i, " › ");
        return g_strdup_printf (_("Inside: %s"), path);
      }
  return g_strdup (_("At the top level"));
}

static void
fill_fields (ScChatsPage  *self,
             const ScChat *chat)
{
  g_autofree char *kind = describe_kind (chat);
  g_autofree char *place = describe_place (self, chat);

  adw_preferences_group_set_title (self->chat_group, chat->title);
  adw_preferences_group_set_description (self->chat_group, place);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), chat->title);
  adw_action_row_set_subtitle (self->kind_row, kind);
  fill_origin (self, chat);
  gtk_editable_set_text (GTK_EDITABLE (self->link_row), chat->invite_link ? chat->invite_link : "");
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), chat->notes ? chat->notes : "");
  fill_admin (self, chat);
  fill_status (self, chat);
}

void
sc_chats_page_show_chat (ScChatsPage  *self,
                         const ScChat *chat)
{
  g_clear_pointer (&self->current, sc_chat_free);
  self->current = chat ? sc_chat_copy (chat) : NULL;
  gtk_stack_set_visible_child_name (self->details_stack, chat ? "chat" : "none");
  self->filling = TRUE;
  if (chat != NULL)
    fill_fields (self, chat);
  sc_chats_page_fill_members (self);
  self->filling = FALSE;
  sc_chats_page_update_actions (self);
}

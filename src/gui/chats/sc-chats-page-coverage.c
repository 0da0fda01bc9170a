/* sc-chats-page-coverage.c — the strip under the toolbar
 *
 * «Групп без чата: 3 · Людей без чата: 85 · Чатов без администратора: 1 ·
 * Администратор выбыл: 0»: each count opens its list in a popover; a chat
 * chosen there is selected in the tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chats-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-chats-page-private.h"
#include "sc-date.h"
#include "sc-format.h"
#include "sc-group-names.h"
#include "sc-person.h"
#include "sc-person-dialog.h"

/* People lists stop here: the rest is counted, not listed. */
#define MAX_LISTED 500

typedef enum
{
  COVER_GROUPS,
  COVER_CONFIRM,
  COVER_PEOPLE,
  COVER_NO_ADMIN,
  COVER_LEFT_ADMIN,
} CoverKind;

static GArray *
ids_of (ScChatsPage *self,
        CoverKind    kind)
{
  if (self->coverage == NULL)
    return NULL;
  switch (kind)
    {
    case COVER_GROUPS: return self->coverage->groups_without_chat;
    case COVER_CONFIRM: return self->coverage->chats_to_confirm;
    case COVER_PEOPLE: return self->coverage->people_without_chat;
    case COVER_NO_ADMIN: return self->coverage->chats_without_admin;
    case COVER_LEFT_ADMIN: return self->coverage->chats_with_left_admin;
    default: return NULL;
    }
}

static void
describe_list (CoverKind    kind,
               const char **heading,
               const char **hint)
{
  switch (kind)
    {
    case COVER_GROUPS:
      *heading = _("Groups without a chat");
      *hint = _("These groups have students but no planned or created group chat.");
      break;
    case COVER_CONFIRM:
      *heading = _("Chats the platform makes");
      *hint = _("MAX makes these chats itself from the lists the college confirms: nothing to create. Check that each has appeared, choose it and confirm it.");
      break;
    case COVER_PEOPLE:
      *heading = _("People without a chat");
      *hint = _("They are in no planned or created chat. Choose a name to check the person’s group and category, or add them to a chat by hand.");
      break;
    case COVER_NO_ADMIN:
      *heading = _("Chats without an administrator");
      *hint = _("Choose a chat to appoint its administrator.");
      break;
    case COVER_LEFT_ADMIN:
    default:
      *heading = _("Administrator left");
      *hint = _("The administrator of these chats has left the college. Choose a chat to appoint someone else.");
      break;
    }
}

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static GtkWidget *
group_row (ScChatsPage *self,
           gint64       group_id)
{
  const char *code = self->group_names ? g_hash_table_lookup (self->group_names, &group_id) : NULL;

  return text_row (code ? code : "", NULL);
}

static GtkWidget *
person_row (ScChatsPage *self,
            gint64       person_id)
{
  ScPerson *person = g_hash_table_lookup (self->people_by_id, &person_id);
  const ScPersonRecord *r = person ? sc_person_get_record (person) : NULL;
  g_autofree char *detail = NULL;
  GtkWidget *row;

  if (r == NULL)
    return text_row ("", NULL);

  detail = *r->group_code ? g_strdup_printf ("%s · %s", sc_category_get_label (r->category), r->group_code)
                          : g_strdup (sc_category_get_label (r->category));
  /* A name opens the person: their group or category is what puts them
   * in a chat. */
  row = text_row (sc_person_get_full_name (person), detail);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "person-id", g_memdup2 (&person_id, sizeof person_id), g_free);
  return row;
}

static GtkWidget *
chat_row (ScChatsPage *self,
          gint64       chat_id)
{
  g_autofree char *path = NULL;
  const char *title = "";
  gint64 parent_id = 0;
  GtkWidget *row;

  for (guint i = 0; self->chats != NULL && i < self->chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (self->chats, i);
      if (chat->id == chat_id)
        {
          title = chat->title;
          parent_id = chat->parent_id;
        }
    }
  for (guint i = 0; parent_id > 0 && i < self->chats->len; i++)
    if (((const ScChat *)g_ptr_array_index (self->chats, i))->id == parent_id)
      path = sc_chat_store_get_path (self->chats, i, " › ");
  row = text_row (title, path);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "chat-id", g_memdup2 (&chat_id, sizeof chat_id), g_free);
  return row;
}

static GtkWidget *
more_row (guint n_more)
{
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "…and %u more",
                                                        "…and %u more", n_more), n_more);
  GtkWidget *row = text_row (text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static void
fill_list (ScChatsPage *self,
           CoverKind    kind,
           GtkListBox  *list)
{
  GArray *ids = ids_of (self, kind);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (guint i = 0; ids != NULL && i < ids->len && i < MAX_LISTED; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gtk_list_box_append (list, kind == COVER_GROUPS ? group_row (self, id)
                                 : kind == COVER_PEOPLE ? person_row (self, id)
                                 : chat_row (self, id));
    }
  if (ids != NULL && ids->len > MAX_LISTED)
    gtk_list_box_append (list, more_row (ids->len - MAX_LISTED));
}

static void
open_person (ScChatsPage *self,
             gint64       person_id)
{
  ScPerson *person = g_hash_table_lookup (self->people_by_id, &person_id);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  ScPersonDialog *dialog;

  if (person == NULL)
    return;
  dialog = sc_person_dialog_new (sc_page_get_database (SC_PAGE (self)), sc_person_get_record (person));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chat_chosen_cb (GtkListBox    *list,
                GtkListBoxRow *row,
                ScChatsPage   *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "chat-id");
  gint64 *person_id = g_object_get_data (G_OBJECT (row), "person-id");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);

  if (person_id != NULL)
    {
      if (popover != NULL)
        gtk_popover_popdown (GTK_POPOVER (popover));
      open_person (self, *person_id);
      return;
    }
  if (id == NULL)
    return;
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  sc_chats_page_save_edits (self);
  if (sc_chats_page_select_chat (self, *id))
    gtk_widget_grab_focus (GTK_WIDGET (self->admin_dropdown));
}

GtkListBox *
sc_chats_page_open_coverage (ScChatsPage   *self,
                             GtkMenuButton *button)
{
  GtkListBox *list = g_object_get_data (G_OBJECT (button), "list");

  fill_list (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind")), list);
  return list;
}

static void
popover_shown_cb (GtkPopover  *popover,
                  ScChatsPage *self)
{
  sc_chats_page_open_coverage (self, g_object_get_data (G_OBJECT (popover), "button"));
}

static void
template_clicked_cb (GtkButton *button,
                     GtkPopover *popover)
{
  gtk_popover_popdown (popover);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
template_button (GtkWidget *popover)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Build from Template…"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "chats.template");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_signal_connect (button, "clicked", G_CALLBACK (template_clicked_cb), popover);
  return button;
}

static void
setup_button (ScChatsPage   *self,
              GtkMenuButton *button,
              CoverKind      kind)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  const char *heading, *hint;

  describe_list (kind, &heading, &hint);
  gtk_box_append (GTK_BOX (box), label_new (heading, "heading"));
  gtk_box_append (GTK_BOX (box), label_new (hint, "dim-label"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  g_signal_connect (list, "row-activated", G_CALLBACK (chat_chosen_cb), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 340);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), scrolled);
  if (kind == COVER_GROUPS)
    gtk_box_append (GTK_BOX (box), template_button (popover));
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
  g_object_set_data (G_OBJECT (button), "kind", GUINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (button), "list", list);
  g_object_set_data (G_OBJECT (popover), "button", button);
  g_signal_connect (popover, "show", G_CALLBACK (popover_shown_cb), self);
}

void
sc_chats_page_setup_coverage (ScChatsPage *self)
{
  setup_button (self, self->groups_button, COVER_GROUPS);
  setup_button (self, self->confirm_button, COVER_CONFIRM);
  setup_button (self, self->people_button, COVER_PEOPLE);
  setup_button (self, self->no_admin_button, COVER_NO_ADMIN);
  setup_button (self, self->left_admin_button, COVER_LEFT_ADMIN);
  /* The strip wraps on a narrow window rather than widening it. */
  sc_page_plain_flow_box (self->coverage_strip);
}

static char *
format_count (CoverKind kind,
              guint     n)
{
  g_autofree char *count = sc_format_count (n);

  switch (kind)
    {
    case COVER_GROUPS:
      /* Translators: the coverage strip, "Groups without a chat: 3" */
      return g_strdup_printf (_("Groups without a chat: %s"), count);
    case COVER_CONFIRM:
      /* Translators: the coverage strip, "To confirm: 5" (chats the platform makes) */
      return g_strdup_printf (_("To confirm: %s"), count);
    case COVER_PEOPLE:
      return g_strdup_printf (_("People without a chat: %s"), count);
    case COVER_NO_ADMIN:
      return g_strdup_printf (_("Chats without an administrator: %s"), count);
    case COVER_LEFT_ADMIN:
    default:
      return g_strdup_printf (_("Administrator left: %s"), count);
    }
}

static void
set_count (ScChatsPage   *self,
           GtkMenuButton *button)
{
  CoverKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind"));
  GArray *ids = ids_of (self, kind);
  guint n = ids ? ids->len : 0;
  g_autofree char *text = format_count (kind, n);

  gtk_menu_button_set_label (button, text);
  /* GTK 4.8 names the button inside, not the menu button a reader meets. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_set_sensitive (GTK_WIDGET (button), n > 0);
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (button), "coverage-problem");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (button), "coverage-problem");
}

void
sc_chats_page_load_coverage (ScChatsPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autofree char *today = sc_date_today ();
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->coverage, sc_chat_coverage_free);
  g_clear_pointer (&self->group_names, g_hash_table_unref);
  if (database != NULL)
    {
      self->coverage = sc_chat_coverage_compute (database, today, &error);
      if (self->coverage != NULL)
        self->group_names = sc_group_names_load (database, &error);
    }
  if (error != NULL)
    g_warning ("Chat coverage could not be computed: %s", error->message);
  set_count (self, self->groups_button);
  set_count (self, self->confirm_button);
  /* Only where the platform makes chats (MAX): shown while some wait. */
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_button),
                          self->coverage != NULL && self->coverage->chats_to_confirm->len > 0);
  set_count (self, self->people_button);
  set_count (self, self->no_admin_button);
  set_count (self, self->left_admin_button);
}

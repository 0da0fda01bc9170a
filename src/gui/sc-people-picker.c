/* sc-people-picker.c — choose people from a list, namesakes told apart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-people-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-people-picker.h"
#include "sc-person.h"
#include "sc-text.h"

typedef struct
{
  GtkListBox         *list;
  GtkSearchEntry     *search;
  char               *folded;    /* the search, folded */
  ScPeoplePickedFunc  func;
  gpointer            user_data;
  GDestroyNotify      destroy;
} Picker;

static void
picker_free (gpointer data)
{
  Picker *picker = data;

  if (picker->destroy != NULL)
    picker->destroy (picker->user_data);
  g_free (picker->folded);
  g_free (picker);
}

char *
sc_people_picker_describe (gpointer item)
{
  const ScPersonRecord *r = sc_person_get_record (SC_PERSON (item));
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_ptr_array_add (parts, (gpointer)sc_category_get_label (r->category));
  if (r->position != NULL && *r->position != '\0')
    g_ptr_array_add (parts, r->position);
  if (r->department != NULL && *r->department != '\0')
    g_ptr_array_add (parts, r->department);
  if (r->group_code != NULL && *r->group_code != '\0')
    g_ptr_array_add (parts, r->group_code);
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       data)
{
  Picker *picker = data;
  const char *key = g_object_get_data (G_OBJECT (row), "folded-name");

  return picker->folded == NULL || *picker->folded == '\0' ||
         (key != NULL && strstr (key, picker->folded) != NULL);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   Picker         *picker)
{
  g_free (picker->folded);
  picker->folded = sc_text_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_list_box_invalidate_filter (picker->list);
}

static GtkWidget *
person_row (ScPerson *person)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *detail = sc_people_picker_describe (person);
  g_autofree char *name = NULL;
  gint64 id = sc_person_get_id (person);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sc_person_get_full_name (person));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  name = g_strdup_printf ("%s, %s", sc_person_get_full_name (person), detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data_full (G_OBJECT (row), "person-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (row), "folded-name", sc_text_fold (sc_person_get_full_name (person)), g_free);
  return row;
}

static GArray *
ticked_ids (Picker *picker)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (picker->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");
      gint64 *id = g_object_get_data (G_OBJECT (row), "person-id");

      if (check != NULL && id != NULL && gtk_check_button_get_active (check))
        g_array_append_val (ids, *id);
    }
  return ids;
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Picker           *picker)
{
  g_autoptr(GArray) ids = NULL;

  if (g_strcmp0 (response, "apply") != 0)
    return;
  ids = ticked_ids (picker);
  picker->func (ids, picker->user_data);
}

/* Typing goes to the search wherever the focus is in the list. */
static GtkWidget *
build_list (Picker     *picker,
            GListModel *people)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  picker->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (picker->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find by name"), -1);
  g_object_set (picker->search, "placeholder-text", _("Find by name"), NULL);
  picker->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (picker->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (picker->list), "boxed-list");
  gtk_list_box_set_filter_func (picker->list, filter_row, picker, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(ScPerson) person = g_list_model_get_item (people, i);
      gtk_list_box_append (picker->list, person_row (person));
    }
  g_signal_connect (picker->search, "search-changed", G_CALLBACK (search_changed_cb), picker);
  gtk_search_entry_set_key_capture_widget (picker->search, GTK_WIDGET (picker->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (picker->list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (picker->search));
  gtk_box_append (GTK_BOX (box), scrolled);
  return box;
}

GtkWindow *
sc_people_picker_present (GtkWindow          *parent,
                          const char         *heading,
                          const char         *body,
                          const char         *apply_label,
                          GListModel         *people,
                          ScPeoplePickedFunc  func,
                          gpointer            user_data,
                          GDestroyNotify      destroy)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  Picker *picker = g_new0 (Picker, 1);

  g_return_val_if_fail (G_IS_LIST_MODEL (people), NULL);

  picker->func = func;
  picker->user_data = user_data;
  picker->destroy = destroy;
  adw_message_dialog_set_extra_child (dialog, build_list (picker, people));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 480, -1);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), picker,
                         (GClosureNotify)(void (*)(void))picker_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (picker->search));
  return GTK_WINDOW (dialog);
}

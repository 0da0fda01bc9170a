/* sc-chat-template-dialog.c — «Сформировать по шаблону»
 *
 * The switches choose the templates; the list below previews what would be
 * added (sc_chat_template_preview writes nothing), each chat with a check to
 * untick it. Unticked keys are kept while the switches change; the places
 * ("inside …") and the count come from a second preview with them skipped,
 * so they are what applying will really do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chat-template-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-chat-template.h"
#include "sc-chat-template-dialog.h"
#include "sc-people-picker.h"
#include "sc-person.h"

struct _ScChatTemplateDialog
{
  AdwWindow        parent_instance;

  ScDatabase      *database;
  GHashTable      *names;      /* person id → full name */
  GHashTable      *unticked;   /* template keys */
  GHashTable      *rows;       /* template key → AdwActionRow (borrowed) */
  GListModel      *people;     /* ScPerson, to choose members from */
  GPtrArray       *note_rows;  /* the notes group's rows (borrowed) */
  guint            n_shown;
  guint            n_chosen;

  AdwToastOverlay *toast_overlay;
  GtkButton       *apply_button;
  GtkSwitch       *staff_switch;
  GtkSwitch       *administration_switch;
  GtkSwitch       *departments_switch;
  GtkSwitch       *groups_switch;
  GtkSwitch       *parents_switch;
  GtkListBox      *preview_list;
  AdwPreferencesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (ScChatTemplateDialog, sc_chat_template_dialog, ADW_TYPE_WINDOW)

enum { APPLIED, N_SIGNALS };
static guint signals[N_SIGNALS];

static GStrv
unticked_keys (ScChatTemplateDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->unticked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_strv_builder_add (builder, key);
  return g_strv_builder_end (builder);
}

static void
read_options (ScChatTemplateDialog *self,
              ScChatTemplateOptions    *options)
{
  sc_chat_template_options_init (options);
  options->staff = gtk_switch_get_active (self->staff_switch);
  options->administration = gtk_switch_get_active (self->administration_switch);
  options->departments = gtk_switch_get_active (self->departments_switch);
  options->groups = gtk_switch_get_active (self->groups_switch);
  options->parents = gtk_switch_get_active (self->parents_switch);
}

static GPtrArray *
preview (ScChatTemplateDialog *self,
         gboolean              skip_unticked)
{
  g_auto(GStrv) skip = skip_unticked ? unticked_keys (self) : NULL;
  g_autoptr(GError) error = NULL;
  ScChatTemplateOptions options;
  GPtrArray *items;

  read_options (self, &options);
  options.skip_keys = (const char *const *)skip;
  items = sc_chat_template_preview (self->database, &options, NULL, &error);
  if (items == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      items = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_chat_template_item_free);
    }
  return items;
}

static char *
describe_item (ScChatTemplateDialog *self,
               const ScChatTemplateItem *item)
{
  const char *admin = g_hash_table_lookup (self->names, &item->admin_person_id);
  g_autofree char *place = item->parent_title
                           ? g_strdup_printf (_("Inside “%s”"), item->parent_title)
                           : g_strdup (_("At the top level"));

  if (admin == NULL)
    /* Translators: "Inside “Teaching staff” · no administrator yet" */
    return g_strdup_printf (_("%s · no administrator yet"), place);
  /* Translators: "Inside “Teaching staff” · administrator: Иванова Мария Сергеевна" */
  return g_strdup_printf (_("%s · administrator: %s"), place, admin);
}

static void
update_button (ScChatTemplateDialog *self)
{
  g_autofree char *label = NULL;

  if (self->n_chosen == 0)
    label = g_strdup (_("_Add"));
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Add %u Chat", "_Add %u Chats",
                                          self->n_chosen), self->n_chosen);
  gtk_button_set_label (self->apply_button, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), self->n_chosen > 0);
}

/* Places and the count, after a tick changed: the rows stay. */
static void
update_chosen (ScChatTemplateDialog *self)
{
  g_autoptr(GPtrArray) chosen = preview (self, TRUE);

  self->n_chosen = chosen->len;
  for (guint i = 0; i < chosen->len; i++)
    {
      const ScChatTemplateItem *item = g_ptr_array_index (chosen, i);
      GtkWidget *row = g_hash_table_lookup (self->rows, item->template_key);
      g_autofree char *subtitle = describe_item (self, item);

      if (row != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  update_button (self);
}

static void
check_toggled_cb (GtkCheckButton       *check,
                  ScChatTemplateDialog *self)
{
  const char *key = g_object_get_data (G_OBJECT (check), "template-key");

  if (gtk_check_button_get_active (check))
    g_hash_table_remove (self->unticked, key);
  else
    g_hash_table_add (self->unticked, g_strdup (key));
  update_chosen (self);
}

static GtkWidget *
preview_row (ScChatTemplateDialog *self,
             const ScChatTemplateItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *subtitle = describe_item (self, item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               !g_hash_table_contains (self->unticked, item->template_key));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  item->title, -1);
  g_object_set_data_full (G_OBJECT (check), "template-key", g_strdup (item->template_key), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);
  return row;
}

/* Active teachers and staff: whom «Администрация» can be made of. */
static gboolean
is_staff_member (gpointer item,
                 gpointer data)
{
  const ScPersonRecord *r = sc_person_get_record (SC_PERSON (item));

  return r->active && (r->category == SC_CATEGORY_TEACHER || r->category == SC_CATEGORY_STAFF);
}

static void
members_picked (GArray   *ids,
                gpointer  data)
{
  ScChatTemplateDialog *self = data;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = sc_chat_template_add_administration (self->database, (const gint64 *)ids->data, ids->len,
                                            NULL, &error);
  if (id == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[APPLIED], 0, 1, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
pick_members_clicked_cb (ScChatTemplateDialog *self)
{
  g_autoptr(GtkFilterListModel) staff = NULL;

  if (self->people == NULL)
    return;
  staff = gtk_filter_list_model_new (g_object_ref (self->people),
                                     GTK_FILTER (gtk_custom_filter_new (is_staff_member, NULL, NULL)));
  sc_people_picker_present (GTK_WINDOW (self), _("Members of “Administration”"),
                            _("Tick the director, the deputy directors and whoever else belongs in the chat: they are added to it by hand."),
                            _("_Make the Chat"), G_LIST_MODEL (staff),
                            members_picked, g_object_ref (self), g_object_unref);
}

static GtkWidget *
note_row (ScChatTemplateDialog     *self,
          const ScChatTemplateNote *note)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), note->text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  if (g_str_equal (note->template_key, "administration"))
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Choose Members…"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (pick_members_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

/* Why a template that is on makes nothing: said, not passed over. */
static void
show_notes (ScChatTemplateDialog *self)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  ScChatTemplateOptions options;

  for (guint i = 0; i < self->note_rows->len; i++)
    adw_preferences_group_remove (self->notes_group, g_ptr_array_index (self->note_rows, i));
  g_ptr_array_set_size (self->note_rows, 0);
  read_options (self, &options);
  notes = sc_chat_template_explain (self->database, &options, NULL, &error);
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      GtkWidget *row = note_row (self, g_ptr_array_index (notes, i));

      g_ptr_array_add (self->note_rows, row);
      adw_preferences_group_add (self->notes_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), self->note_rows->len > 0);
}

static void
rebuild_preview (ScChatTemplateDialog *self)
{
  g_autoptr(GPtrArray) all = preview (self, FALSE);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list))) != NULL)
    gtk_list_box_remove (self->preview_list, child);
  g_hash_table_remove_all (self->rows);
  for (guint i = 0; i < all->len; i++)
    {
      const ScChatTemplateItem *item = g_ptr_array_index (all, i);
      GtkWidget *row = preview_row (self, item);

      g_hash_table_insert (self->rows, g_strdup (item->template_key), row);
      gtk_list_box_append (self->preview_list, row);
    }
  self->n_shown = all->len;
  update_chosen (self);
  show_notes (self);
}

static void
switch_changed_cb (ScChatTemplateDialog *self)
{
  if (self->database != NULL)
    rebuild_preview (self);
}

static void
apply_clicked_cb (ScChatTemplateDialog *self)
{
  sc_chat_template_dialog_apply (self);
}

static void
sc_chat_template_dialog_dispose (GObject *object)
{
  ScChatTemplateDialog *self = SC_CHAT_TEMPLATE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_CHAT_TEMPLATE_DIALOG);
  g_clear_object (&self->database);
  g_clear_object (&self->people);
  G_OBJECT_CLASS (sc_chat_template_dialog_parent_class)->dispose (object);
}

static void
sc_chat_template_dialog_finalize (GObject *object)
{
  ScChatTemplateDialog *self = SC_CHAT_TEMPLATE_DIALOG (object);

  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->unticked, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->note_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (sc_chat_template_dialog_parent_class)->finalize (object);
}

static void
sc_chat_template_dialog_class_init (ScChatTemplateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_chat_template_dialog_dispose;
  object_class->finalize = sc_chat_template_dialog_finalize;

  signals[APPLIED] = g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-chat-template-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ScChatTemplateDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ScChatTemplateDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, ScChatTemplateDialog, staff_switch);
  gtk_widget_class_bind_template_child (widget_class, ScChatTemplateDialog, administration_switch);
  gtk_widget_class_bind_template_child (widget_class, ScChatTemplateDialog, departments_switch);
  gtk_widget_class_bind_template_child (widget_class, ScChatTemplateDialog, groups_switch);
  gtk_widget_class_bind_template_child (widget_class, ScChatTemplateDialog, parents_switch);
  gtk_widget_class_bind_template_child (widget_class, ScChatTemplateDialog, preview_list);
  gtk_widget_class_bind_template_child (widget_class, ScChatTemplateDialog, notes_group);
  gtk_widget_class_bind_template_callback (widget_class, switch_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_chat_template_dialog_init (ScChatTemplateDialog *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->unticked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->note_rows = g_ptr_array_new ();
  placeholder = gtk_label_new (_("Nothing to add: the college has every chat these templates make, or there are no people and groups in it yet."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->preview_list, placeholder);
}

static void
index_names (ScChatTemplateDialog *self,
             GListModel           *people)
{
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(ScPerson) person = g_list_model_get_item (people, i);
      gint64 id = sc_person_get_id (person);

      g_hash_table_insert (self->names, g_memdup2 (&id, sizeof id),
                           g_strdup (sc_person_get_full_name (person)));
    }
}

ScChatTemplateDialog *
sc_chat_template_dialog_new (ScDatabase *db,
                             GListModel *people)
{
  ScChatTemplateDialog *self;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  self = g_object_new (SC_TYPE_CHAT_TEMPLATE_DIALOG, NULL);
  self->database = g_object_ref (db);
  self->people = people ? g_object_ref (people) : NULL;
  index_names (self, people);
  rebuild_preview (self);
  return self;
}

guint
sc_chat_template_dialog_get_n_shown (ScChatTemplateDialog *self)
{
  g_return_val_if_fail (SC_IS_CHAT_TEMPLATE_DIALOG (self), 0);
  return self->n_shown;
}

guint
sc_chat_template_dialog_get_n_chosen (ScChatTemplateDialog *self)
{
  g_return_val_if_fail (SC_IS_CHAT_TEMPLATE_DIALOG (self), 0);
  return self->n_chosen;
}

gboolean
sc_chat_template_dialog_set_ticked (ScChatTemplateDialog *self,
                                    const char           *template_key,
                                    gboolean              ticked)
{
  GtkWidget *row;

  g_return_val_if_fail (SC_IS_CHAT_TEMPLATE_DIALOG (self), FALSE);

  row = g_hash_table_lookup (self->rows, template_key);
  if (row == NULL)
    return FALSE;
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "check"), ticked);
  return TRUE;
}

int
sc_chat_template_dialog_apply (ScChatTemplateDialog *self)
{
  g_auto(GStrv) skip = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GError) error = NULL;
  ScChatTemplateOptions options;
  gint64 first_id;

  g_return_val_if_fail (SC_IS_CHAT_TEMPLATE_DIALOG (self), -1);

  skip = unticked_keys (self);
  read_options (self, &options);
  options.skip_keys = (const char *const *)skip;
  added = sc_chat_template_apply (self->database, &options, NULL, &error);
  if (added == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return -1;
    }
  first_id = added->len > 0 ? ((ScChatTemplateItem *)g_ptr_array_index (added, 0))->id : 0;
  g_signal_emit (self, signals[APPLIED], 0, added->len, first_id);
  gtk_window_close (GTK_WINDOW (self));
  return (int)added->len;
}

/* sc-date-prompt.c — ask for a date (and optionally a reason) before a change
 *
 * The date defaults to today and must be a real date (DD.MM.YYYY); the
 * apply button stays off until it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-date-prompt.h"
#include "sc-date-row.h"

typedef struct
{
  GtkEntry         *date_entry;
  GtkEntry         *reason_entry;
  ScDatePromptFunc  func;
  gpointer          user_data;
  GDestroyNotify    destroy;
} Prompt;

static void
prompt_free (gpointer data)
{
  Prompt *prompt = data;

  if (prompt->destroy != NULL)
    prompt->destroy (prompt->user_data);
  g_free (prompt);
}

static void
date_changed_cb (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *iso = sc_date_parse (gtk_editable_get_text (entry));

  adw_message_dialog_set_response_enabled (dialog, "apply", iso != NULL);
}

/* The date entry's own check: the problem in words, on its title line. */
static void
date_entry_changed_cb (GtkEditable *entry,
                       GtkLabel    *problem_label)
{
  const char *problem = sc_date_problem_describe (sc_date_check (gtk_editable_get_text (entry), NULL));

  gtk_label_set_text (problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (problem_label), problem != NULL);
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  problem ? problem : "", -1);
}

static void
open_calendar (GtkEntry *entry)
{
  GtkPopover *popover = g_object_get_data (G_OBJECT (entry), "calendar");
  GdkRectangle area;

  gtk_entry_get_icon_area (entry, GTK_ENTRY_ICON_SECONDARY, &area);
  gtk_popover_set_pointing_to (popover, &area);
  gtk_popover_popup (popover);
}

static void
icon_pressed_cb (GtkEntry             *entry,
                 GtkEntryIconPosition  position)
{
  open_calendar (entry);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEntry              *entry)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) || !(state & GDK_ALT_MASK))
    return FALSE;
  open_calendar (entry);
  return TRUE;
}

static void
entry_destroyed_cb (GtkWidget *entry)
{
  GtkWidget *popover = g_object_get_data (G_OBJECT (entry), "calendar");

  if (popover != NULL)
    gtk_widget_unparent (popover);
}

GtkEntry *
sc_date_prompt_add_date_entry (GtkBox     *box,
                               const char *label,
                               const char *text)
{
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *problem = gtk_label_new (NULL);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *popover = sc_date_calendar_popover_new (GTK_EDITABLE (entry));
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_use_underline (GTK_LABEL (title), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), entry);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_xalign (GTK_LABEL (problem), 1);
  gtk_widget_add_css_class (problem, "error");
  gtk_box_append (GTK_BOX (title_box), title);
  gtk_box_append (GTK_BOX (title_box), problem);
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_icon_from_icon_name (GTK_ENTRY (entry), GTK_ENTRY_ICON_SECONDARY, "x-office-calendar-symbolic");
  gtk_entry_set_icon_tooltip_text (GTK_ENTRY (entry), GTK_ENTRY_ICON_SECONDARY, _("Pick the date in a calendar"));
  gtk_widget_set_parent (popover, entry);
  g_object_set_data (G_OBJECT (entry), "calendar", popover);
  g_signal_connect (entry, "icon-press", G_CALLBACK (icon_pressed_cb), NULL);
  g_signal_connect (entry, "destroy", G_CALLBACK (entry_destroyed_cb), NULL);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), entry);
  gtk_widget_add_controller (entry, keys);
  g_signal_connect (entry, "changed", G_CALLBACK (date_entry_changed_cb), problem);
  date_entry_changed_cb (GTK_EDITABLE (entry), GTK_LABEL (problem));
  gtk_box_append (box, title_box);
  gtk_box_append (box, entry);
  return GTK_ENTRY (entry);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Prompt           *prompt)
{
  g_autofree char *iso = NULL;

  if (g_strcmp0 (response, "apply") != 0)
    return;
  iso = sc_date_parse (gtk_editable_get_text (GTK_EDITABLE (prompt->date_entry)));
  if (iso != NULL)
    prompt->func (iso, prompt->reason_entry
                       ? gtk_editable_get_text (GTK_EDITABLE (prompt->reason_entry)) : "",
                  prompt->user_data);
}

static GtkEntry *
add_entry (GtkBox     *box,
           const char *label,
           const char *text)
{
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), entry);
  gtk_label_set_use_underline (GTK_LABEL (title), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_box_append (box, title);
  gtk_box_append (box, entry);
  return GTK_ENTRY (entry);
}

void
sc_date_prompt (GtkWidget        *parent,
                const char       *heading,
                const char       *body,
                const char       *apply_label,
                gboolean          ask_reason,
                ScDatePromptFunc  func,
                gpointer          user_data,
                GDestroyNotify    destroy)
{
  sc_date_prompt_with_text (parent, heading, body, apply_label,
                            ask_reason ? _("_Reason (for example, no smartphone)") : NULL, "",
                            func, user_data, destroy);
}

void
sc_date_prompt_with_text (GtkWidget        *parent,
                          const char       *heading,
                          const char       *body,
                          const char       *apply_label,
                          const char       *text_label,
                          const char       *text,
                          ScDatePromptFunc  func,
                          gpointer          user_data,
                          GDestroyNotify    destroy)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
      adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body));
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  g_autofree char *today = sc_date_today ();
  g_autofree char *shown = sc_date_format_short (today);
  Prompt *prompt = g_new0 (Prompt, 1);

  prompt->func = func;
  prompt->user_data = user_data;
  prompt->destroy = destroy;
  prompt->date_entry = sc_date_prompt_add_date_entry (box, _("_Date (DD.MM.YYYY)"), shown);
  if (text_label != NULL)
    prompt->reason_entry = add_entry (box, text_label, text != NULL ? text : "");
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (box));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (prompt->date_entry, "changed", G_CALLBACK (date_changed_cb), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), prompt,
                         (GClosureNotify)(void (*)(void))prompt_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

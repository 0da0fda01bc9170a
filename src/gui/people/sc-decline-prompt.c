/* sc-decline-prompt.c — ask for a refusal's date, reason and other channel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-decline-prompt.h"

typedef struct
{
  AdwMessageDialog    *dialog;
  AdwEntryRow         *date_row;
  AdwComboRow         *reason_row;
  AdwEntryRow         *text_row;
  AdwComboRow         *channel_row;
  ScDeclinePromptFunc  func;
  gpointer             user_data;
  GDestroyNotify       destroy;
} Prompt;

static void
prompt_free (gpointer data)
{
  Prompt *prompt = data;

  if (prompt->destroy != NULL)
    prompt->destroy (prompt->user_data);
  g_free (prompt);
}

/* The drop-downs list the reasons and channels in their enums' order,
 * from the first real one; the channel's first item is «нет». */
static ScDeclineReason
chosen_reason (Prompt *prompt)
{
  return adw_combo_row_get_selected (prompt->reason_row) + SC_DECLINE_REASON_NO_SMARTPHONE;
}

static ScChannel
chosen_channel (Prompt *prompt)
{
  return adw_combo_row_get_selected (prompt->channel_row);
}

static void
mark (GtkWidget *row,
      gboolean   bad)
{
  if (bad)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
fields_changed_cb (Prompt *prompt)
{
  g_autofree char *iso = sc_date_parse (gtk_editable_get_text (GTK_EDITABLE (prompt->date_row)));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (prompt->text_row))));
  gboolean needs_text = chosen_reason (prompt) == SC_DECLINE_REASON_OTHER;

  mark (GTK_WIDGET (prompt->date_row), iso == NULL);
  mark (GTK_WIDGET (prompt->text_row), needs_text && *text == '\0');
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (prompt->text_row),
                                 needs_text ? _("What reason (required)") : _("In their words (optional)"));
  adw_message_dialog_set_response_enabled (prompt->dialog, "apply",
                                           iso != NULL && (!needs_text || *text != '\0'));
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Prompt           *prompt)
{
  g_autofree char *iso = NULL;
  g_autofree char *text = NULL;
  ScStatusChange change = { SC_STATUS_DECLINED };

  if (g_strcmp0 (response, "apply") != 0)
    return;
  iso = sc_date_parse (gtk_editable_get_text (GTK_EDITABLE (prompt->date_row)));
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (prompt->text_row))));
  if (iso == NULL)
    return;
  change.on_date = iso;
  change.reason = chosen_reason (prompt);
  change.reason_text = text;
  change.channel = chosen_channel (prompt);
  prompt->func (&change, prompt->user_data);
}

static AdwComboRow *
combo_row (const char        *title,
           const char *const *items)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  return row;
}

static AdwEntryRow *
entry_row (const char *title,
           const char *text)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  /* No access key: an entry row shows its title twice. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  return row;
}

static GtkWidget *
build_rows (Prompt *prompt)
{
  const char *reasons[SC_N_DECLINE_REASONS] = { NULL };
  const char *channels[SC_N_CHANNELS + 1] = { NULL };
  g_autofree char *today = sc_date_today ();
  g_autofree char *shown = sc_date_format_short (today);
  GtkWidget *list = gtk_list_box_new ();

  for (guint i = SC_DECLINE_REASON_NO_SMARTPHONE; i < SC_N_DECLINE_REASONS; i++)
    reasons[i - SC_DECLINE_REASON_NO_SMARTPHONE] = sc_decline_reason_get_label (i);
  /* Translators: no other channel for a person who declined */
  channels[0] = C_("channel", "none");
  for (guint i = SC_CHANNEL_EMAIL; i < SC_N_CHANNELS; i++)
    channels[i] = sc_channel_get_label (i);
  prompt->date_row = entry_row (_("Date (DD.MM.YYYY)"), shown);
  prompt->reason_row = combo_row (_("_Reason"), reasons);
  prompt->text_row = entry_row (_("In their words (optional)"), "");
  prompt->channel_row = combo_row (_("Other _Channel"), channels);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (prompt->channel_row),
                               _("How they get the college's news instead; they then count as covered"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (prompt->date_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (prompt->reason_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (prompt->text_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (prompt->channel_row));
  return list;
}

static void
name_rows (Prompt *prompt)
{
  g_object_set_data (G_OBJECT (prompt->dialog), "date", prompt->date_row);
  g_object_set_data (G_OBJECT (prompt->dialog), "reason", prompt->reason_row);
  g_object_set_data (G_OBJECT (prompt->dialog), "reason-text", prompt->text_row);
  g_object_set_data (G_OBJECT (prompt->dialog), "channel", prompt->channel_row);
}

AdwMessageDialog *
sc_decline_prompt (GtkWidget           *parent,
                   const char          *heading,
                   ScDeclinePromptFunc  func,
                   gpointer             user_data,
                   GDestroyNotify       destroy)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  Prompt *prompt = g_new0 (Prompt, 1);

  prompt->func = func;
  prompt->user_data = user_data;
  prompt->destroy = destroy;
  prompt->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
      _("Using the platform is voluntary. Record why, and how the person gets the college's news instead; the earlier history is kept.")));
  adw_message_dialog_set_extra_child (prompt->dialog, build_rows (prompt));
  adw_message_dialog_add_responses (prompt->dialog, "cancel", _("_Cancel"), "apply", _("_Mark"), NULL);
  adw_message_dialog_set_response_appearance (prompt->dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (prompt->dialog, "apply");
  adw_message_dialog_set_close_response (prompt->dialog, "cancel");
  name_rows (prompt);
  g_signal_connect_swapped (prompt->date_row, "changed", G_CALLBACK (fields_changed_cb), prompt);
  g_signal_connect_swapped (prompt->text_row, "changed", G_CALLBACK (fields_changed_cb), prompt);
  g_signal_connect_swapped (prompt->reason_row, "notify::selected", G_CALLBACK (fields_changed_cb), prompt);
  g_signal_connect_data (prompt->dialog, "response", G_CALLBACK (response_cb), prompt,
                         (GClosureNotify)(void (*)(void))prompt_free, 0);
  fields_changed_cb (prompt);
  gtk_window_present (GTK_WINDOW (prompt->dialog));
  return prompt->dialog;
}

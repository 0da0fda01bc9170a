/* sc-person-dialog.c — add or edit one person
 *
 * The status is history: choosing another status adds an event from the
 * date given; nothing earlier is overwritten. The history is shown whole
 * (sc-person-history.h). A mark entered with a past date that a
 * later-dated event overrules is not passed over in silence: the dialog
 * stays open and says which event is in force.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-person-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-people.h"
#include "sc-person-dialog.h"
#include "sc-person-history.h"
#include "sc-status-history.h"

struct _ScPersonDialog
{
  AdwWindow       parent_instance;

  ScDatabase     *database;
  ScPersonRecord *original;

  AdwWindowTitle *window_title;
  GtkRevealer    *problem_revealer;
  GtkLabel       *problem_label;
  AdwEntryRow    *last_name_row;
  AdwEntryRow    *first_name_row;
  AdwEntryRow    *patronymic_row;
  AdwComboRow    *category_row;
  AdwEntryRow    *group_row;
  AdwEntryRow    *department_row;
  AdwEntryRow    *position_row;
  AdwEntryRow    *phone_row;
  AdwEntryRow    *email_row;
  AdwComboRow    *status_row;
  AdwEntryRow    *status_date_row;
  AdwActionRow   *needs_move_row;
  AdwComboRow    *decline_reason_row;
  AdwEntryRow    *reason_row;
  AdwComboRow    *channel_row;
  AdwActionRow   *overruled_row;
  ScPersonHistory *history;
  AdwToastOverlay *toast_overlay;
  AdwEntryRow    *left_on_row;
  AdwEntryRow    *notes_row;
};

G_DEFINE_FINAL_TYPE (ScPersonDialog, sc_person_dialog, ADW_TYPE_WINDOW)

static char *
text_of (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
show_problem (ScPersonDialog *self,
              GtkWidget      *row,
              const char     *message)
{
  gtk_label_set_text (self->problem_label, message);
  gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
}

/* A refusal's reason and channel show only while «Отказ» is chosen. */
static void
status_selected_cb (ScPersonDialog *self)
{
  gboolean declined = adw_combo_row_get_selected (self->status_row) == SC_STATUS_DECLINED;

  gtk_widget_set_visible (GTK_WIDGET (self->decline_reason_row), declined);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), declined);
  gtk_widget_set_visible (GTK_WIDGET (self->channel_row), declined);
}

static void
load_decline (ScPersonDialog *self)
{
  const ScPersonRecord *r = self->original;

  adw_combo_row_set_selected (self->decline_reason_row, r->reason);
  set_text (self->reason_row, r->reason_text);
  adw_combo_row_set_selected (self->channel_row, r->channel);
  gtk_widget_set_visible (GTK_WIDGET (self->needs_move_row), r->needs_move && r->status != SC_STATUS_JOINED);
  status_selected_cb (self);
}

/* «позже, 07.12.2023, из файла «ноябрь.csv»: Приглашён» under the mark
 * recorded last, when a later-dated event is the one in force. */
static void
show_overruled (ScPersonDialog *self)
{
  GPtrArray *events = sc_person_history_get_events (self->history);
  g_autofree char *today = sc_date_today ();
  const ScStatusEvent *current = NULL;
  GPtrArray *platforms = sc_person_history_get_platforms (self->history);
  const ScStatusEvent *mark = events ? sc_status_history_overruled (events, platforms, today, &current) : NULL;
  g_autofree char *mark_date = NULL, *date = NULL, *source = NULL, *title = NULL, *subtitle = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->overruled_row), mark != NULL);
  if (mark == NULL)
    return;
  mark_date = sc_date_format_short (mark->on_date);
  date = sc_date_format_short (current->on_date);
  source = sc_status_event_describe_source (current);
  /* Translators: a status mark that is not in force: «Подключён с 10.11.2023» */
  title = g_strdup_printf (_("“%s from %s” is not in force now"),
                           sc_status_get_label (mark->status), mark_date);
  /* Translators: why: «позже, 07.12.2023, из файла «ноябрь.csv»: Приглашён»; then what to do */
  subtitle = g_strdup_printf (_("later, %s, %s: %s. To put the mark in force, delete the later entry in the history below."),
                              date, source, sc_status_get_label (current->status));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->overruled_row), title);
  adw_action_row_set_subtitle (self->overruled_row, subtitle);
}

/* The status in force today, as the history says after a change there. */
static void
show_current_status (ScPersonDialog *self)
{
  GPtrArray *events = sc_person_history_get_events (self->history);
  g_autofree char *today = sc_date_today ();
  GPtrArray *platforms = sc_person_history_get_platforms (self->history);
  const ScStatusEvent *current = events ? sc_status_history_on (events, platforms, today) : NULL;
  g_autofree char *since = NULL;
  ScPersonRecord *r = self->original;

  r->status = current ? current->status : SC_STATUS_NOT_INVITED;
  g_free (r->status_date);
  r->status_date = current ? g_strdup (current->on_date) : NULL;
  r->reason = current && r->status == SC_STATUS_DECLINED ? current->reason_code : SC_DECLINE_REASON_NONE;
  r->channel = current && r->status == SC_STATUS_DECLINED ? current->channel : SC_CHANNEL_NONE;
  g_free (r->reason_text);
  r->reason_text = g_strdup (current && r->status == SC_STATUS_DECLINED ? current->reason : "");
  since = sc_date_format_short (current ? current->on_date : today);
  adw_combo_row_set_selected (self->status_row, r->status);
  set_text (self->status_date_row, since);
  load_decline (self);
}

static void
load_history (ScPersonDialog *self)
{
  g_autofree char *today = sc_date_today ();

  sc_person_history_load (self->history, self->database, self->original->id, today);
  show_overruled (self);
}

static void
history_changed_cb (ScPersonDialog *self)
{
  show_current_status (self);
  show_overruled (self);
}

static void
load (ScPersonDialog *self)
{
  const ScPersonRecord *r = self->original;
  g_autofree char *left = sc_date_format_short (r->left_on);
  g_autofree char *today = sc_date_today ();
  g_autofree char *since = sc_date_format_short (r->status_date ? r->status_date : today);

  set_text (self->last_name_row, r->last_name);
  set_text (self->first_name_row, r->first_name);
  set_text (self->patronymic_row, r->patronymic);
  adw_combo_row_set_selected (self->category_row, r->category);
  set_text (self->group_row, r->group_code);
  set_text (self->department_row, r->department);
  set_text (self->position_row, r->position);
  set_text (self->phone_row, r->phone);
  set_text (self->email_row, r->email);
  adw_combo_row_set_selected (self->status_row, r->status);
  set_text (self->status_date_row, since);
  load_decline (self);
  set_text (self->left_on_row, left);
  set_text (self->notes_row, r->notes);
}

static void
read_texts (ScPersonDialog *self,
            ScPersonRecord *r)
{
  g_free (r->last_name), r->last_name = text_of (self->last_name_row);
  g_free (r->first_name), r->first_name = text_of (self->first_name_row);
  g_free (r->patronymic), r->patronymic = text_of (self->patronymic_row);
  g_free (r->group_code), r->group_code = text_of (self->group_row);
  g_free (r->department), r->department = text_of (self->department_row);
  g_free (r->position), r->position = text_of (self->position_row);
  g_free (r->phone), r->phone = text_of (self->phone_row);
  g_free (r->email), r->email = text_of (self->email_row);
  g_free (r->notes), r->notes = text_of (self->notes_row);
  r->category = adw_combo_row_get_selected (self->category_row);
}

/* Parses a date row; empty gives NULL and is fine when @optional. */
static gboolean
read_date (ScPersonDialog *self,
           AdwEntryRow    *row,
           gboolean        optional,
           char          **out)
{
  g_autofree char *text = text_of (row);

  *out = *text ? sc_date_parse (text) : NULL;
  if (*out != NULL || (optional && *text == '\0'))
    return TRUE;
  show_problem (self, GTK_WIDGET (row),
                _("Enter the date as DD.MM.YYYY, for example 05.12.2023."));
  return FALSE;
}

static gboolean
write_status (ScPersonDialog *self,
              gint64          id,
              const char     *since,
              GError        **error)
{
  ScStatus status = adw_combo_row_get_selected (self->status_row);
  g_autofree char *reason = text_of (self->reason_row);
  gboolean declined = status == SC_STATUS_DECLINED;
  ScStatusChange change = {
    status, since,
    declined ? adw_combo_row_get_selected (self->decline_reason_row) : SC_DECLINE_REASON_NONE,
    declined ? reason : "",
    declined ? adw_combo_row_get_selected (self->channel_row) : SC_CHANNEL_NONE,
  };
  const ScPersonRecord *r = self->original;

  if (status == r->status && r->id > 0 && g_strcmp0 (since, r->status_date) == 0 &&
      (!declined || (change.reason == r->reason && change.channel == r->channel &&
                     g_strcmp0 (reason, r->reason_text) == 0)))
    return TRUE;
  return sc_people_change_status (self->database, &id, 1, &change, NULL, error);
}

gboolean
sc_person_dialog_save (ScPersonDialog *self)
{
  g_autoptr(ScPersonRecord) r = sc_person_record_copy (self->original);
  g_autoptr(GError) error = NULL;
  g_autofree char *since = NULL;
  gint64 id;

  g_return_val_if_fail (SC_IS_PERSON_DIALOG (self), FALSE);

  gtk_widget_remove_css_class (GTK_WIDGET (self->last_name_row), "error");
  read_texts (self, r);
  g_clear_pointer (&r->left_on, g_free);
  if (*r->last_name == '\0')
    {
      show_problem (self, GTK_WIDGET (self->last_name_row), _("Enter the person's last name."));
      return FALSE;
    }
  if (!read_date (self, self->left_on_row, TRUE, &r->left_on) ||
      !read_date (self, self->status_date_row, FALSE, &since))
    return FALSE;
  id = sc_people_save (self->database, r, &error);
  if (id == 0 || !write_status (self, id, since, &error))
    {
      show_problem (self, NULL, error->message);
      return FALSE;
    }
  self->original->id = id;
  load_history (self);
  show_current_status (self);
  return TRUE;
}

const char *
sc_person_dialog_get_notice (ScPersonDialog *self)
{
  g_return_val_if_fail (SC_IS_PERSON_DIALOG (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->overruled_row)))
    return NULL;
  return adw_action_row_get_subtitle (self->overruled_row);
}

ScPersonHistory *
sc_person_dialog_get_history (ScPersonDialog *self)
{
  g_return_val_if_fail (SC_IS_PERSON_DIALOG (self), NULL);
  return self->history;
}

/* Saved: closes, unless the mark just entered is overruled by a later
 * event; then the notice and the history say so first. */
static void
save_clicked_cb (ScPersonDialog *self)
{
  if (sc_person_dialog_save (self) && sc_person_dialog_get_notice (self) == NULL)
    gtk_window_close (GTK_WINDOW (self));
}

static void
sc_person_dialog_dispose (GObject *object)
{
  ScPersonDialog *self = SC_PERSON_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->original, sc_person_record_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_PERSON_DIALOG);
  G_OBJECT_CLASS (sc_person_dialog_parent_class)->dispose (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, patronymic_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, group_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, position_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, status_date_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, needs_move_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, decline_reason_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, overruled_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, history);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, left_on_row);
  gtk_widget_class_bind_template_child (widget_class, ScPersonDialog, notes_row);
}

static void
sc_person_dialog_class_init (ScPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_person_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-person-dialog.ui");
  bind_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, history_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_person_dialog_init (ScPersonDialog *self)
{
  g_type_ensure (SC_TYPE_PERSON_HISTORY);
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScPersonDialog *
sc_person_dialog_new (ScDatabase           *database,
                      const ScPersonRecord *record)
{
  ScPersonDialog *self = g_object_new (SC_TYPE_PERSON_DIALOG, NULL);

  self->database = g_object_ref (database);
  self->original = record ? sc_person_record_copy (record) : sc_person_record_new ();
  adw_window_title_set_title (self->window_title, record ? _("Edit Person") : _("New Person"));
  load (self);
  load_history (self);
  return self;
}

/* sc-person-history.c — a person's status history, for the person dialog
 *
 * The list reads the events again after every change, so that it shows
 * what the database holds; "changed" tells the dialog to do the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-person-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-person-history.h"
#include "sc-status-history.h"

struct _ScPersonHistory
{
  AdwPreferencesGroup  parent_instance;

  ScDatabase          *database;
  gint64               person_id;
  char                *today;
  GPtrArray           *events;   /* ScStatusEvent */
  GPtrArray           *platforms; /* ScPlatformEntry: the college's platform history */
  GPtrArray           *rows;     /* the rows shown, removed on the next load */
  ScStatusEvent       *removed;  /* the last deleted event, for Undo */
};

G_DEFINE_FINAL_TYPE (ScPersonHistory, sc_person_history, ADW_TYPE_PREFERENCES_GROUP)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
clear_rows (ScPersonHistory *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
}

/* «Подключён с 10.11.2023» */
static char *
event_title (const ScStatusEvent *event)
{
  g_autofree char *date = sc_date_format_short (event->on_date);

  /* Translators: a status event in a person's history: the status and its date */
  return g_strdup_printf (_("%s from %s"), sc_status_get_label (event->status), date);
}

/* A college that changed platform: «Подключён с 10.11.2023 · VK Мессенджер
 * (Сферум)», so the old platform's history reads as such. */
static char *
event_row_title (ScPersonHistory     *self,
                 const ScStatusEvent *event)
{
  g_autofree char *title = event_title (event);

  if (self->platforms == NULL || self->platforms->len < 2)
    return g_steal_pointer (&title);
  return g_strdup_printf ("%s · %s", title, sc_platform_get_label (event->platform));
}

/* «из файла «ноябрь.csv» · записано 07.12.2023 10:15 · причина: нет смартфона
 * · другой канал: СМС» */
static char *
event_subtitle (const ScStatusEvent *event)
{
  g_autofree char *source = sc_status_event_describe_source (event);
  g_autofree char *recorded = sc_status_event_format_recorded (event);
  g_autofree char *decline = sc_status_event_describe_decline (event);
  GString *text = g_string_new (NULL);

  /* Translators: where a status event came from, then when it was recorded */
  g_string_printf (text, _("%s · recorded %s"), source, recorded);
  if (*decline != '\0')
    /* Translators: the reason of a status event, after where it came from */
    g_string_append_printf (text, _(" · reason: %s"), decline);
  else if (event->reason != NULL && *event->reason != '\0')
    g_string_append_printf (text, _(" · reason: %s"), event->reason);
  return g_string_free (text, FALSE);
}

static GtkWidget *
delete_button (const ScStatusEvent *event)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete this entry (it can be undone)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete this entry"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "history.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", event->id);
  return button;
}

static GtkWidget *
event_row (ScPersonHistory     *self,
           const ScStatusEvent *event,
           gboolean             current)
{
  g_autofree char *title = event_row_title (self, event);
  g_autofree char *subtitle = event_subtitle (event);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (current)
    {
      GtkWidget *mark = gtk_label_new (_("In force"));
      gtk_widget_add_css_class (mark, "success");
      gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), mark);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button (event));
  return row;
}

static void
add_row (ScPersonHistory *self,
         GtkWidget       *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
show_events (ScPersonHistory *self)
{
  const ScStatusEvent *current = sc_status_history_on (self->events, self->platforms, self->today);

  clear_rows (self);
  for (guint i = 0; i < self->events->len; i++)
    {
      const ScStatusEvent *event = g_ptr_array_index (self->events, i);
      add_row (self, event_row (self, event, event == current));
    }
  if (self->events->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No status recorded yet: not invited"));
      add_row (self, row);
    }
}

static void
reload (ScPersonHistory *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *events = NULL;

  g_clear_pointer (&self->platforms, g_ptr_array_unref);
  if (self->database != NULL)
    self->platforms = sc_platform_history_load (self->database, NULL);
  if (self->database != NULL && self->person_id > 0)
    events = sc_status_history_load (self->database, self->person_id, &error);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
      self->platforms != NULL && self->platforms->len > 1
      ? _("The status on a day is the latest entry dated that day or earlier on the platform in force then; of entries of one date, the one recorded last.")
      : _("The status on a day is the latest entry dated that day or earlier; of entries of one date, the one recorded last."));
  if (error != NULL)
    g_warning ("The status history could not be read: %s", error->message);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  self->events = events != NULL ? events
                                : g_ptr_array_new_with_free_func ((GDestroyNotify)sc_status_event_free);
  show_events (self);
  gtk_widget_set_visible (GTK_WIDGET (self), self->person_id > 0);
}

static void
add_toast (ScPersonHistory *self,
           AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
undo_clicked_cb (ScPersonHistory *self)
{
  sc_person_history_undo (self);
}

static void
offer_undo (ScPersonHistory *self)
{
  g_autofree char *what = event_title (self->removed);
  g_autofree char *title = g_strdup_printf (_("Deleted: %s"), what);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  add_toast (self, toast);
}

static void
show_error (ScPersonHistory *self,
            const GError    *error)
{
  add_toast (self, adw_toast_new (error->message));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  sc_person_history_remove (SC_PERSON_HISTORY (widget), g_variant_get_int64 (param));
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  sc_person_history_undo (SC_PERSON_HISTORY (widget));
}

static void
sc_person_history_dispose (GObject *object)
{
  ScPersonHistory *self = SC_PERSON_HISTORY (object);

  g_clear_object (&self->database);
  G_OBJECT_CLASS (sc_person_history_parent_class)->dispose (object);
}

static void
sc_person_history_finalize (GObject *object)
{
  ScPersonHistory *self = SC_PERSON_HISTORY (object);

  g_free (self->today);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->platforms, g_ptr_array_unref);
  g_ptr_array_unref (self->rows);
  g_clear_pointer (&self->removed, sc_status_event_free);
  G_OBJECT_CLASS (sc_person_history_parent_class)->finalize (object);
}

static void
sc_person_history_class_init (ScPersonHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_person_history_dispose;
  object_class->finalize = sc_person_history_finalize;
  gtk_widget_class_install_action (widget_class, "history.delete", "x", delete_activated);
  gtk_widget_class_install_action (widget_class, "history.undo", NULL, undo_activated);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sc_person_history_init (ScPersonHistory *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Status History"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
      _("The status on a day is the latest entry dated that day or earlier; of entries of one date, the one recorded last."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.undo", FALSE);
}

ScPersonHistory *
sc_person_history_new (void)
{
  return g_object_new (SC_TYPE_PERSON_HISTORY, NULL);
}

void
sc_person_history_load (ScPersonHistory *self,
                        ScDatabase      *database,
                        gint64           person_id,
                        const char      *today)
{
  g_return_if_fail (SC_IS_PERSON_HISTORY (self));
  g_return_if_fail (today != NULL);

  g_set_object (&self->database, database);
  self->person_id = person_id;
  g_free (self->today);
  self->today = g_strdup (today);
  reload (self);
}

GPtrArray *
sc_person_history_get_events (ScPersonHistory *self)
{
  g_return_val_if_fail (SC_IS_PERSON_HISTORY (self), NULL);
  return self->events;
}

GPtrArray *
sc_person_history_get_platforms (ScPersonHistory *self)
{
  g_return_val_if_fail (SC_IS_PERSON_HISTORY (self), NULL);
  return self->platforms;
}

gboolean
sc_person_history_remove (ScPersonHistory *self,
                          gint64           event_id)
{
  g_autoptr(GError) error = NULL;
  ScStatusEvent *removed = NULL;

  g_return_val_if_fail (SC_IS_PERSON_HISTORY (self), FALSE);
  if (self->database == NULL ||
      !sc_status_history_remove (self->database, event_id, &removed, &error))
    {
      if (error != NULL)
        show_error (self, error);
      reload (self);
      return FALSE;
    }
  g_clear_pointer (&self->removed, sc_status_event_free);
  self->removed = removed;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.undo", TRUE);
  reload (self);
  offer_undo (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
sc_person_history_undo (ScPersonHistory *self)
{
  g_autoptr(ScStatusEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SC_IS_PERSON_HISTORY (self), FALSE);
  event = g_steal_pointer (&self->removed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.undo", FALSE);
  if (event == NULL || self->database == NULL)
    return FALSE;
  if (!sc_status_history_restore (self->database, event, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

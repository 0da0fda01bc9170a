/* sc-organization-window.c — the organization profile, saved as it is typed
 *
 * A change that makes a valid profile is written a moment after typing
 * stops (one small transaction), and at once when the window closes; an
 * invalid field is marked and the last valid profile stays in the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-organization-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-organization.h"
#include "sc-organization-window.h"
#include "sc-platform-dialog.h"

struct _ScOrganizationWindow
{
  AdwPreferencesWindow  parent_instance;

  ScDatabase           *database;
  ScOrganization         *loaded;    /* what the file held: fields the window does not show */
  ScOrganization         *pending;   /* valid, not yet written */
  guint                 save_id;
  gboolean              loading;

  GtkRevealer          *problem_revealer;
  GtkLabel             *problem_label;
  AdwEntryRow          *full_name_row;
  AdwEntryRow          *short_name_row;
  AdwEntryRow          *inn_row;
  AdwActionRow         *platform_row;
  GtkButton            *platform_button;
  GtkSwitch            *norm_switch;
  AdwActionRow         *norm_messages_row;
  AdwActionRow         *norm_calls_row;
  AdwEntryRow          *head_name_row;
  AdwEntryRow          *head_position_row;
  AdwEntryRow          *coordinator_name_row;
  AdwEntryRow          *coordinator_position_row;
  AdwEntryRow          *coordinator_phone_row;
  AdwEntryRow          *coordinator_email_row;
  AdwEntryRow          *order_number_row;
  AdwEntryRow          *order_date_row;
  AdwEntryRow          *addressee_row;
  AdwEntryRow          *answered_order_row;
  AdwEntryRow          *executor_name_row;
  AdwEntryRow          *executor_phone_row;
  GtkSpinButton        *norm_messages_spin;
  GtkSpinButton        *norm_calls_spin;
  GtkSpinButton        *due_day_spin;
  AdwEntryRow          *deadline_row;
};

G_DEFINE_FINAL_TYPE (ScOrganizationWindow, sc_organization_window, ADW_TYPE_PREFERENCES_WINDOW)

typedef struct
{
  gsize offset_in_window;  /* AdwEntryRow * */
  gsize offset_in_profile; /* char * */
} TextField;

#define TEXT_FIELD(row, field) \
  { G_STRUCT_OFFSET (ScOrganizationWindow, row), G_STRUCT_OFFSET (ScOrganization, field) }

static const TextField text_fields[] = {
  TEXT_FIELD (full_name_row, full_name),
  TEXT_FIELD (short_name_row, short_name),
  TEXT_FIELD (head_name_row, head_name),
  TEXT_FIELD (head_position_row, head_position),
  TEXT_FIELD (coordinator_name_row, coordinator_name),
  TEXT_FIELD (coordinator_position_row, coordinator_position),
  TEXT_FIELD (coordinator_phone_row, coordinator_phone),
  TEXT_FIELD (coordinator_email_row, coordinator_email),
  TEXT_FIELD (order_number_row, order_number),
  TEXT_FIELD (inn_row, inn),
  TEXT_FIELD (addressee_row, addressee),
  TEXT_FIELD (answered_order_row, answered_order),
  TEXT_FIELD (executor_name_row, executor_name),
  TEXT_FIELD (executor_phone_row, executor_phone),
};

#define ROW_AT(self, field) G_STRUCT_MEMBER (AdwEntryRow *, self, (field)->offset_in_window)
#define TEXT_AT(organization, field) G_STRUCT_MEMBER (char *, organization, (field)->offset_in_profile)

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
mark_row (GtkWidget *row,
          gboolean   bad)
{
  if (bad)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
show_problem (ScOrganizationWindow *self,
              const char           *message)
{
  if (message != NULL)
    gtk_label_set_text (self->problem_label, message);
  gtk_revealer_set_reveal_child (self->problem_revealer, message != NULL);
}

/* «VK Мессенджер (Сферум) · Переход на MAX с 01.12.2023», and the
 * assistant's button while the college is not on MAX yet. */
static void
show_platform (ScOrganizationWindow *self)
{
  g_autoptr(GPtrArray) history = self->database ? sc_platform_history_load (self->database, NULL) : NULL;
  g_autofree char *text = history ? sc_platform_history_describe (history) : NULL;
  g_autofree char *today = sc_date_today ();

  adw_action_row_set_subtitle (self->platform_row, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->platform_button),
                          history != NULL && (sc_platform_history_on (history, today) != SC_PLATFORM_MAX ||
                                              sc_platform_history_last_switch (history) != NULL));
}

static void
show_norm_enabled (ScOrganizationWindow *self)
{
  gboolean on = gtk_switch_get_active (self->norm_switch);

  gtk_widget_set_sensitive (GTK_WIDGET (self->norm_messages_row), on);
  gtk_widget_set_sensitive (GTK_WIDGET (self->norm_calls_row), on);
}

static void
load_profile (ScOrganizationWindow *self,
              const ScOrganization   *organization)
{
  g_autofree char *order_date = sc_date_format_short (organization->order_date);
  g_autofree char *deadline = sc_date_format_short (organization->full_connection_deadline);

  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    set_row_text (ROW_AT (self, &text_fields[i]), TEXT_AT (organization, &text_fields[i]));
  set_row_text (self->order_date_row, order_date);
  set_row_text (self->deadline_row, deadline);
  gtk_switch_set_active (self->norm_switch, organization->norm_enabled);
  show_norm_enabled (self);
  gtk_spin_button_set_value (self->norm_messages_spin, organization->norm_messages);
  gtk_spin_button_set_value (self->norm_calls_spin, organization->norm_calls);
  gtk_spin_button_set_value (self->due_day_spin, organization->report_due_day);
  self->loading = FALSE;
}

/* Reads a date row into *out; an empty row gives NULL when @optional. */
static gboolean
read_date_row (AdwEntryRow *row,
               gboolean     optional,
               char       **out)
{
  g_autofree char *text = g_strstrip (g_strdup (row_text (row)));
  gboolean ok;

  g_free (*out);
  *out = *text ? sc_date_parse (text) : NULL;
  ok = *out != NULL || (optional && *text == '\0');
  mark_row (GTK_WIDGET (row), !ok);
  return ok;
}

/* The loaded profile with what the rows say: fields the window does not
 * show (the demonstration college's day) stay as they were. */
static ScOrganization *
read_profile (ScOrganizationWindow *self,
              gboolean             *dates_ok)
{
  ScOrganization *organization = self->loaded ? sc_organization_copy (self->loaded) : sc_organization_new ();

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      g_free (TEXT_AT (organization, &text_fields[i]));
      TEXT_AT (organization, &text_fields[i]) = g_strstrip (g_strdup (row_text (ROW_AT (self, &text_fields[i]))));
    }
  organization->norm_enabled = gtk_switch_get_active (self->norm_switch);
  organization->norm_messages = gtk_spin_button_get_value_as_int (self->norm_messages_spin);
  organization->norm_calls = gtk_spin_button_get_value_as_int (self->norm_calls_spin);
  organization->report_due_day = gtk_spin_button_get_value_as_int (self->due_day_spin);
  *dates_ok = read_date_row (self->order_date_row, TRUE, &organization->order_date);
  *dates_ok = read_date_row (self->deadline_row, FALSE, &organization->full_connection_deadline) && *dates_ok;
  return organization;
}

#define SAVE_DELAY_MS 300

static void
save_pending (ScOrganizationWindow *self)
{
  g_autoptr(ScOrganization) organization = g_steal_pointer (&self->pending);
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (organization == NULL || self->database == NULL)
    return;
  if (!sc_organization_save (self->database, organization, &error))
    show_problem (self, error->message);
}

static gboolean
save_timeout_cb (gpointer data)
{
  ScOrganizationWindow *self = data;

  self->save_id = 0;
  save_pending (self);
  return G_SOURCE_REMOVE;
}

static void
row_changed_cb (ScOrganizationWindow *self)
{
  g_autoptr(ScOrganization) organization = NULL;
  g_autoptr(GError) error = NULL;
  gboolean dates_ok;

  if (self->loading || self->database == NULL)
    return;
  organization = read_profile (self, &dates_ok);
  mark_row (GTK_WIDGET (self->full_name_row), *organization->full_name == '\0');
  mark_row (GTK_WIDGET (self->inn_row), *organization->inn != '\0' && !sc_organization_inn_is_valid (organization->inn));
  g_clear_pointer (&self->pending, sc_organization_free);
  g_clear_handle_id (&self->save_id, g_source_remove);
  if (!dates_ok)
    show_problem (self, _("Enter dates as DD.MM.YYYY, for example 10.11.2023. The last valid profile is kept."));
  else if (!sc_organization_validate (organization, &error))
    show_problem (self, error->message);
  else
    {
      show_problem (self, NULL);
      self->pending = g_steal_pointer (&organization);
      self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
    }
}

static void
norm_switched_cb (ScOrganizationWindow *self)
{
  show_norm_enabled (self);
  row_changed_cb (self);
}

static void
platform_dialog_closed_cb (ScOrganizationWindow *self)
{
  show_platform (self);
}

static void
platform_switched_cb (ScOrganizationWindow *self,
                      const char           *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

static void
platform_clicked_cb (ScOrganizationWindow *self)
{
  ScPlatformDialog *dialog;

  if (self->database == NULL)
    return;
  dialog = sc_platform_dialog_new (self->database);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "switched", G_CALLBACK (platform_switched_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (platform_dialog_closed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sc_organization_window_dispose (GObject *object)
{
  ScOrganizationWindow *self = SC_ORGANIZATION_WINDOW (object);

  save_pending (self);
  g_clear_pointer (&self->loaded, sc_organization_free);
  g_clear_object (&self->database);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_ORGANIZATION_WINDOW);
  G_OBJECT_CLASS (sc_organization_window_parent_class)->dispose (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, full_name_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, inn_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, addressee_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, answered_order_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, executor_name_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, executor_phone_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, platform_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, platform_button);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, norm_switch);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, norm_messages_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, norm_calls_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, head_name_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, head_position_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, coordinator_name_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, coordinator_position_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, coordinator_phone_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, coordinator_email_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, order_number_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, order_date_row);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, norm_messages_spin);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, norm_calls_spin);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, due_day_spin);
  gtk_widget_class_bind_template_child (widget_class, ScOrganizationWindow, deadline_row);
}

static void
sc_organization_window_class_init (ScOrganizationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_organization_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
      "/org/sferumcoord/Coordinator/sc-organization-window.ui");
  bind_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, norm_switched_cb);
  gtk_widget_class_bind_template_callback (widget_class, platform_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_organization_window_init (ScOrganizationWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScOrganizationWindow *
sc_organization_window_new (ScDatabase *database)
{
  ScOrganizationWindow *self;
  g_autoptr(ScOrganization) organization = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  self = g_object_new (SC_TYPE_ORGANIZATION_WINDOW, NULL);
  self->database = g_object_ref (database);
  organization = sc_organization_load (database, &error);
  if (organization == NULL)
    {
      show_problem (self, error->message);
      organization = sc_organization_new ();
    }
  load_profile (self, organization);
  self->loaded = g_steal_pointer (&organization);
  show_platform (self);
  return self;
}

/* sc-platform-dialog.c — «Переход на MAX…»
 *
 * Three states: the college is on VK Messenger (record the move), it has
 * moved (correct the day, mark more groups), or it has been on MAX from the
 * start (nothing to move, unless its history began in VK Messenger).
 * Recording is one transaction (sc_platform_switch ()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-platform-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-collate.h"
#include "sc-date.h"
#include "sc-format.h"
#include "sc-people.h"
#include "sc-platform.h"
#include "sc-platform-dialog.h"

typedef enum
{
  STATE_ON_VK,
  STATE_MOVED,
  STATE_MAX_FROM_START,
} State;

struct _ScPlatformDialog
{
  AdwWindow            parent_instance;

  ScDatabase          *database;
  State                state;
  GPtrArray           *group_rows;   /* AdwActionRow, each with its "group-id" and "check" */

  GtkButton           *apply_button;
  AdwPreferencesGroup *intro_group;
  GtkRevealer         *problem_revealer;
  GtkLabel            *problem_label;
  AdwEntryRow         *date_row;
  AdwActionRow        *chats_row;
  AdwActionRow        *start_row;
  AdwPreferencesGroup *groups_group;
};

G_DEFINE_FINAL_TYPE (ScPlatformDialog, sc_platform_dialog, ADW_TYPE_WINDOW)

enum { SWITCHED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
show_problem (ScPlatformDialog *self,
              const char       *message)
{
  if (message != NULL)
    gtk_label_set_text (self->problem_label, message);
  gtk_revealer_set_reveal_child (self->problem_revealer, message != NULL);
}

static char *
read_date (ScPlatformDialog *self)
{
  return sc_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
}

static void
date_changed_cb (ScPlatformDialog *self)
{
  g_autofree char *iso = read_date (self);

  if (iso == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button),
                            iso != NULL && self->state != STATE_MAX_FROM_START);
}

/* ---- the groups ---------------------------------------------------------- */

static int
compare_units (gconstpointer a,
               gconstpointer b)
{
  const ScUnitProgress *x = *(ScUnitProgress *const *)a;
  const ScUnitProgress *y = *(ScUnitProgress *const *)b;

  return sc_collate_compare (x->name, y->name);
}

/* «25 студентов · подключены в VK Мессенджере (Сферум): 20» */
static char *
describe_group (const ScUnitProgress *unit,
                ScPlatform            platform)
{
  g_autofree char *active = sc_format_count (unit->active);
  g_autofree char *connected = sc_format_count (unit->connected);
  g_autofree char *students = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s student", "%s students",
                                                            unit->active), active);

  /* Translators: «25 студентов · подключены в MAX: 20» */
  return g_strdup_printf (platform == SC_PLATFORM_MAX ? _("%s · joined in MAX: %s")
                                                      : _("%s · joined in VK Messenger: %s"),
                          students, connected);
}

static GtkWidget *
group_row (const ScUnitProgress *unit,
           ScPlatform            platform)
{
  g_autofree char *subtitle = describe_group (unit, platform);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unit->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, unit->name, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data_full (G_OBJECT (row), "group-id", g_memdup2 (&unit->id, sizeof unit->id), g_free);
  g_object_set_data_full (G_OBJECT (row), "code", g_strdup (unit->name), g_free);
  g_object_set_data (G_OBJECT (row), "check", check);
  /* After the move, a group whose students are all joined in MAX has
   * nothing left to mark. */
  gtk_widget_set_sensitive (row, platform != SC_PLATFORM_MAX || unit->connected < unit->active);
  return row;
}

static void
clear_groups (ScPlatformDialog *self)
{
  for (guint i = 0; i < self->group_rows->len; i++)
    adw_preferences_group_remove (self->groups_group, g_ptr_array_index (self->group_rows, i));
  g_ptr_array_set_size (self->group_rows, 0);
}

/* The groups with students on @date, as they stand on the platform in
 * force then (before the move: VK Messenger). */
static void
fill_groups (ScPlatformDialog *self,
             const char       *date,
             ScPlatform        platform)
{
  g_autoptr(GPtrArray) units = sc_people_progress (self->database, date, NULL);

  clear_groups (self);
  if (units == NULL)
    return;
  g_ptr_array_sort (units, compare_units);
  for (guint i = 0; i < units->len; i++)
    {
      const ScUnitProgress *unit = g_ptr_array_index (units, i);
      GtkWidget *row;

      if (unit->kind != SC_UNIT_GROUP)
        continue;
      row = group_row (unit, platform);
      adw_preferences_group_add (self->groups_group, row);
      g_ptr_array_add (self->group_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->groups_group), self->group_rows->len > 0);
}

/* ---- the states ---------------------------------------------------------- */

static void
describe_chats (ScPlatformDialog *self)
{
  guint n = 0;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  sc_platform_count_chats (self->database, SC_PLATFORM_VK, &n, NULL);
  count = sc_format_count (n);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%s created chat goes to the archive on the day of the move, with its history; the months before it keep it. Planned chats move to MAX.",
      "%s created chats go to the archive on the day of the move, with their history; the months before it keep them. Planned chats move to MAX.",
      n), count);
  adw_action_row_set_subtitle (self->chats_row, text);
}

static void
show_state (ScPlatformDialog *self,
            GPtrArray        *history)
{
  const ScPlatformEntry *last = sc_platform_history_last_switch (history);
  g_autofree char *today = sc_date_today ();
  g_autofree char *day = NULL;
  g_autofree char *intro = NULL;

  if (last != NULL && last->platform == SC_PLATFORM_MAX)
    self->state = STATE_MOVED;
  else if (sc_platform_history_on (history, today) == SC_PLATFORM_MAX && last == NULL)
    self->state = STATE_MAX_FROM_START;
  else
    self->state = STATE_ON_VK;
  day = sc_date_format_short (self->state == STATE_MOVED ? last->from_date : today);
  if (self->state == STATE_MOVED)
    /* Translators: %s is the day of the move, «01.12.2023» */
    intro = g_strdup_printf (_("The move to MAX is recorded from %s. Correct the day if it was another, or tick more groups the platform moved."), day);
  else if (self->state == STATE_MAX_FROM_START)
    intro = g_strdup (_("The college has been on MAX from the start: there is nothing to move."));
  else
    intro = g_strdup (_("«Sferum» now lives in MAX. From the day of the move, only those marked joined in MAX count as connected; those who joined in VK Messenger show “Needs to move” until they are marked joined in MAX. Reports of the months before the move stay as they were."));
  adw_preferences_group_set_description (self->intro_group, intro);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), day);
  gtk_widget_set_visible (GTK_WIDGET (self->date_row), self->state != STATE_MAX_FROM_START);
  gtk_widget_set_visible (GTK_WIDGET (self->chats_row), self->state == STATE_ON_VK);
  gtk_widget_set_visible (GTK_WIDGET (self->start_row), self->state == STATE_MAX_FROM_START);
  gtk_button_set_label (self->apply_button, self->state == STATE_MOVED ? _("_Save") : _("_Move to MAX"));
  if (self->state == STATE_ON_VK)
    describe_chats (self);
  if (self->state == STATE_MAX_FROM_START)
    clear_groups (self), gtk_widget_set_visible (GTK_WIDGET (self->groups_group), FALSE);
  else
    fill_groups (self, self->state == STATE_MOVED ? last->from_date : today,
                 self->state == STATE_MOVED ? SC_PLATFORM_MAX : SC_PLATFORM_VK);
  date_changed_cb (self);
}

static void
load (ScPlatformDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = sc_platform_history_load (self->database, &error);

  if (history == NULL)
    {
      show_problem (self, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), FALSE);
      return;
    }
  show_state (self, history);
}

static void
started_on_vk_cb (ScPlatformDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!sc_platform_set_first (self->database, SC_PLATFORM_VK, &error))
    {
      show_problem (self, error->message);
      return;
    }
  show_problem (self, NULL);
  load (self);
}

/* ---- applying ------------------------------------------------------------ */

static GArray *
ticked_groups (ScPlatformDialog *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->group_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->group_rows, i);
      if (gtk_check_button_get_active (g_object_get_data (row, "check")))
        g_array_append_val (ids, *(gint64 *)g_object_get_data (row, "group-id"));
    }
  return ids;
}

static char *
describe_result (const char                   *date,
                 const ScPlatformSwitchResult *result)
{
  g_autofree char *day = sc_date_format_short (date);
  g_autofree char *moved = g_strdup_printf (_("Move to %s from %s"), sc_platform_get_label (SC_PLATFORM_MAX), day);

  if (result->n_marked == 0)
    return g_steal_pointer (&moved);
  /* Translators: after «Переход на MAX с 01.12.2023»: «; 25 студентов отмечены в MAX» */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u student marked joined in MAX",
                                       "%s; %u students marked joined in MAX", result->n_marked),
                          moved, result->n_marked);
}

gboolean
sc_platform_dialog_apply (ScPlatformDialog *self)
{
  g_autofree char *iso = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ScPlatformSwitchResult result = { 0 };

  g_return_val_if_fail (SC_IS_PLATFORM_DIALOG (self), FALSE);

  if (self->state == STATE_MAX_FROM_START || (iso = read_date (self)) == NULL)
    {
      show_problem (self, _("Enter the day of the move as DD.MM.YYYY, for example 01.09.2025."));
      return FALSE;
    }
  ids = ticked_groups (self);
  if (!sc_platform_switch (self->database, SC_PLATFORM_MAX, iso, (const gint64 *)ids->data, ids->len,
                           &result, &error))
    {
      show_problem (self, error->message);
      return FALSE;
    }
  message = describe_result (iso, &result);
  g_signal_emit (self, signals[SWITCHED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
apply_clicked_cb (ScPlatformDialog *self)
{
  sc_platform_dialog_apply (self);
}

void
sc_platform_dialog_set_date (ScPlatformDialog *self,
                             const char       *text)
{
  g_return_if_fail (SC_IS_PLATFORM_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
}

gboolean
sc_platform_dialog_tick_group (ScPlatformDialog *self,
                               const char       *code)
{
  g_return_val_if_fail (SC_IS_PLATFORM_DIALOG (self), FALSE);
  for (guint i = 0; i < self->group_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->group_rows, i);
      if (g_strcmp0 (g_object_get_data (row, "code"), code) == 0)
        {
          gtk_check_button_set_active (g_object_get_data (row, "check"), TRUE);
          return TRUE;
        }
    }
  return FALSE;
}

/* ---- the type ------------------------------------------------------------ */

static void
sc_platform_dialog_dispose (GObject *object)
{
  ScPlatformDialog *self = SC_PLATFORM_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->group_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_PLATFORM_DIALOG);
  G_OBJECT_CLASS (sc_platform_dialog_parent_class)->dispose (object);
}

static void
sc_platform_dialog_class_init (ScPlatformDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_platform_dialog_dispose;
  signals[SWITCHED] = g_signal_new ("switched", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-platform-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ScPlatformDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, ScPlatformDialog, intro_group);
  gtk_widget_class_bind_template_child (widget_class, ScPlatformDialog, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScPlatformDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, ScPlatformDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, ScPlatformDialog, chats_row);
  gtk_widget_class_bind_template_child (widget_class, ScPlatformDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, ScPlatformDialog, groups_group);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, started_on_vk_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_platform_dialog_init (ScPlatformDialog *self)
{
  self->group_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScPlatformDialog *
sc_platform_dialog_new (ScDatabase *database)
{
  ScPlatformDialog *self;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  self = g_object_new (SC_TYPE_PLATFORM_DIALOG, NULL);
  self->database = g_object_ref (database);
  load (self);
  return self;
}

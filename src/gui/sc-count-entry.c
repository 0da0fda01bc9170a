/* sc-count-entry.c — a cell of the week grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-activity-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "sc-count-entry.h"

struct _ScCountEntry
{
  GtkEntry        parent_instance;
  ScActivityTeacher *teacher;
  char           *field;      /* "messages" or "calls" */
  guint           position;
  GtkEventController *focus;
};

G_DEFINE_FINAL_TYPE (ScCountEntry, sc_count_entry, GTK_TYPE_ENTRY)

enum { PROP_0, PROP_TEACHER, PROP_FIELD, PROP_POSITION, N_PROPS };

static GParamSpec *properties[N_PROPS];

static gboolean
is_messages (ScCountEntry *self)
{
  return g_strcmp0 (self->field, "messages") == 0;
}

/* The stored value, -1 for "no record". */
static int
stored_value (ScCountEntry *self)
{
  if (self->teacher == NULL || !sc_activity_teacher_has_record (self->teacher))
    return -1;
  return is_messages (self) ? sc_activity_teacher_get_messages (self->teacher)
                            : sc_activity_teacher_get_calls (self->teacher);
}

static int
typed_value (ScCountEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));

  return *text == '\0' ? -1 : (int)MIN (strtol (text, NULL, 10), SC_ACTIVITY_MAX_COUNT);
}

static void
show_stored (ScCountEntry *self)
{
  int value = stored_value (self);
  g_autofree char *text = value >= 0 ? g_strdup_printf ("%d", value) : g_strdup ("");

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self), text);
}

static void
update_label (ScCountEntry *self)
{
  g_autofree char *label = NULL;

  if (self->teacher == NULL)
    return;
  /* Translators: the accessible name of a cell: "Messages — Ivanova Alyona". */
  label = g_strdup_printf (_("%s — %s"), is_messages (self) ? _("Messages") : _("Calls"),
                           sc_activity_teacher_get_name (self->teacher));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
teacher_changed_cb (ScCountEntry *self)
{
  /* Never under the typing hand: the cell being edited keeps its text. */
  if (!gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (self->focus)))
    show_stored (self);
}

static void
set_teacher (ScCountEntry   *self,
             ScActivityTeacher *teacher)
{
  if (self->teacher == teacher)
    return;
  if (self->teacher != NULL)
    g_signal_handlers_disconnect_by_func (self->teacher, teacher_changed_cb, self);
  g_set_object (&self->teacher, teacher);
  if (teacher != NULL)
    g_signal_connect_object (teacher, "notify", G_CALLBACK (teacher_changed_cb), self,
                             G_CONNECT_SWAPPED);
  show_stored (self);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEACHER]);
}

void
sc_count_entry_commit (ScCountEntry *self)
{
  int value;

  g_return_if_fail (SC_IS_COUNT_ENTRY (self));

  value = typed_value (self);
  if (self->teacher == NULL || value == stored_value (self))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "activity.set-count", "(xsi)",
                              sc_activity_teacher_get_id (self->teacher), self->field, value);
}

static void
move (ScCountEntry *self,
      ScCountMove   direction)
{
  sc_count_entry_commit (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "activity.move", "(usi)",
                              self->position, self->field, (int)direction);
}

static gboolean
key_pressed_cb (ScCountEntry    *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      move (self, shift || keyval == GDK_KEY_ISO_Left_Tab ? SC_COUNT_MOVE_PREVIOUS : SC_COUNT_MOVE_NEXT);
      return TRUE;
    case GDK_KEY_Down:
      move (self, SC_COUNT_MOVE_DOWN);
      return TRUE;
    case GDK_KEY_Up:
      move (self, SC_COUNT_MOVE_UP);
      return TRUE;
    case GDK_KEY_Escape:
      show_stored (self);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Enter saves and goes down to the same column of the next row. */
static void
activated_cb (ScCountEntry *self)
{
  move (self, SC_COUNT_MOVE_DOWN);
}

static void
focus_left_cb (ScCountEntry *self)
{
  sc_count_entry_commit (self);
}

/* Digits only: anything else typed or pasted is dropped. */
static void
insert_text_cb (GtkEditable *delegate,
                const char  *text,
                int          length,
                int         *position,
                gpointer     user_data)
{
  g_autoptr(GString) digits = g_string_new (NULL);

  if (length < 0)
    length = strlen (text);
  for (int i = 0; i < length; i++)
    if (g_ascii_isdigit (text[i]))
      g_string_append_c (digits, text[i]);
  if ((int)digits->len == length)
    return;
  g_signal_handlers_block_by_func (delegate, insert_text_cb, user_data);
  gtk_editable_insert_text (delegate, digits->str, digits->len, position);
  g_signal_handlers_unblock_by_func (delegate, insert_text_cb, user_data);
  g_signal_stop_emission_by_name (delegate, "insert-text");
}

static void
sc_count_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ScCountEntry *self = SC_COUNT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TEACHER:
      set_teacher (self, g_value_get_object (value));
      break;
    case PROP_FIELD:
      g_free (self->field);
      self->field = g_value_dup_string (value);
      update_label (self);
      break;
    case PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_count_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScCountEntry *self = SC_COUNT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TEACHER: g_value_set_object (value, self->teacher); break;
    case PROP_FIELD: g_value_set_string (value, self->field); break;
    case PROP_POSITION: g_value_set_uint (value, self->position); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_count_entry_dispose (GObject *object)
{
  set_teacher (SC_COUNT_ENTRY (object), NULL);
  G_OBJECT_CLASS (sc_count_entry_parent_class)->dispose (object);
}

static void
sc_count_entry_finalize (GObject *object)
{
  g_free (SC_COUNT_ENTRY (object)->field);
  G_OBJECT_CLASS (sc_count_entry_parent_class)->finalize (object);
}

static void
sc_count_entry_class_init (ScCountEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->set_property = sc_count_entry_set_property;
  object_class->get_property = sc_count_entry_get_property;
  object_class->dispose = sc_count_entry_dispose;
  object_class->finalize = sc_count_entry_finalize;
  properties[PROP_TEACHER] = g_param_spec_object ("teacher", NULL, NULL, SC_TYPE_ACTIVITY_TEACHER, flags);
  properties[PROP_FIELD] = g_param_spec_string ("field", NULL, NULL, "messages", flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_count_entry_init (ScCountEntry *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = self->focus = gtk_event_controller_focus_new ();

  self->field = g_strdup ("messages");
  gtk_entry_set_input_purpose (GTK_ENTRY (self), GTK_INPUT_PURPOSE_DIGITS);
  gtk_entry_set_max_length (GTK_ENTRY (self), 6);
  gtk_editable_set_width_chars (GTK_EDITABLE (self), 6);
  /* As wide as its six digits: the teacher's name needs the room more. */
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self), 6);
  gtk_editable_set_alignment (GTK_EDITABLE (self), 1.0);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self), "—");
  gtk_widget_add_css_class (GTK_WIDGET (self), "count-entry");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (self, "activate", G_CALLBACK (activated_cb), NULL);
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (self)), "insert-text",
                    G_CALLBACK (insert_text_cb), self);
}

ScActivityTeacher *
sc_count_entry_get_teacher (ScCountEntry *self)
{
  g_return_val_if_fail (SC_IS_COUNT_ENTRY (self), NULL);
  return self->teacher;
}

const char *
sc_count_entry_get_field (ScCountEntry *self)
{
  g_return_val_if_fail (SC_IS_COUNT_ENTRY (self), NULL);
  return self->field;
}

guint
sc_count_entry_get_position (ScCountEntry *self)
{
  g_return_val_if_fail (SC_IS_COUNT_ENTRY (self), 0);
  return self->position;
}

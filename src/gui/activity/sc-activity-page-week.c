/* sc-activity-page-week.c — the week grid: saving a cell, moving between
 * cells by keyboard, the footer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-activity-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-activity-page-private.h"
#include "sc-format.h"

static ScActivityTeacher *
find_teacher (ScActivityPage *self,
              gint64          id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScActivityTeacher) teacher = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      if (sc_activity_teacher_get_id (teacher) == id)
        return teacher;
    }
  return NULL;
}

/* A typed cell: the other count stays; an empty cell is 0, and both empty
 * remove the week's record (back to "no data"). */
void
sc_activity_page_set_count (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  ScActivityPage *self = SC_ACTIVITY_PAGE (widget);
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;
  ScActivityTeacher *teacher;
  const char *field;
  gint64 id;
  int value, messages, calls;
  gboolean ok;

  g_variant_get (param, "(x&si)", &id, &field, &value);
  if (database == NULL || (teacher = find_teacher (self, id)) == NULL)
    return;
  messages = sc_activity_teacher_has_record (teacher) ? sc_activity_teacher_get_messages (teacher) : -1;
  calls = sc_activity_teacher_has_record (teacher) ? sc_activity_teacher_get_calls (teacher) : -1;
  if (g_strcmp0 (field, "messages") == 0)
    messages = value;
  else
    calls = value;
  if (messages < 0 && calls < 0)
    ok = sc_activity_clear (database, id, self->monday, &error);
  else
    ok = sc_activity_set (database, id, self->monday, MAX (messages, 0), MAX (calls, 0),
                          SC_ACTIVITY_SOURCE_MANUAL, &error);
  if (!ok)
    sc_page_show_error (SC_PAGE (self), error);
}

static ScCountEntry *
find_in (GtkWidget  *widget,
         guint       position,
         const char *field)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      ScCountEntry *found;

      if (SC_IS_COUNT_ENTRY (child) && sc_count_entry_get_teacher (SC_COUNT_ENTRY (child)) != NULL &&
          sc_count_entry_get_position (SC_COUNT_ENTRY (child)) == position &&
          g_strcmp0 (sc_count_entry_get_field (SC_COUNT_ENTRY (child)), field) == 0)
        return SC_COUNT_ENTRY (child);
      if ((found = find_in (child, position, field)) != NULL)
        return found;
    }
  return NULL;
}

ScCountEntry *
sc_activity_page_find_cell (ScActivityPage *self,
                            guint           position,
                            const char     *field)
{
  return find_in (GTK_WIDGET (self->column_view), position, field);
}

void
sc_activity_page_move (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  ScActivityPage *self = SC_ACTIVITY_PAGE (widget);
  guint position, n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  const char *field;
  gboolean messages;
  int direction, target;
  ScCountEntry *cell;

  g_variant_get (param, "(u&si)", &position, &field, &direction);
  messages = g_strcmp0 (field, "messages") == 0;
  target = position;
  if (direction == SC_COUNT_MOVE_NEXT)
    target += messages ? 0 : 1, messages = !messages;
  else if (direction == SC_COUNT_MOVE_PREVIOUS)
    target -= messages ? 1 : 0, messages = !messages;
  else
    target += direction == SC_COUNT_MOVE_DOWN ? 1 : -1;
  if (target < 0 || target >= (int)n)
    return;
  cell = sc_activity_page_find_cell (self, target, messages ? "messages" : "calls");
  if (cell != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (cell));
      gtk_editable_select_region (GTK_EDITABLE (cell), 0, -1);
    }
}

void
sc_activity_page_update_footer (ScActivityPage *self)
{
  guint met = 0, total = 0;
  g_autofree char *pct = NULL;
  g_autofree char *text = NULL;

  if (self->store != NULL)
    sc_activity_week_count (G_LIST_MODEL (self->store), &met, &total);
  pct = sc_format_percent (sc_percent (met, total));
  /* Translators: "Met the norm: 82 of 94 (87,2 %)". */
  text = g_strdup_printf (_("Met the norm: %u of %u (%s)"), met, total, pct);
  gtk_label_set_text (self->week_footer, text);
}

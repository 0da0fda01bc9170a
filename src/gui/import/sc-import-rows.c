/* sc-import-rows.c — the rows of an import's plan, as a person checks them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-import-rows.h"

#include "sc-format.h"

/* Rows listed per outcome; more are counted. */
#define MAX_ROWS 200

struct _ScImportRows
{
  AdwBin               parent_instance;

  GPtrArray           *added;   /* rows put into the groups, removed on the next show */

  AdwPreferencesGroup *errors_group;
  AdwPreferencesGroup *updated_group;
  AdwPreferencesGroup *added_group;
  AdwPreferencesGroup *warnings_group;
  AdwPreferencesGroup *repeats_group;
};

G_DEFINE_FINAL_TYPE (ScImportRows, sc_import_rows, ADW_TYPE_BIN)

enum { SHOW_ALL, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
add_row (ScImportRows        *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      /* A change list is read whole, not cut at two lines. */
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  adw_preferences_group_add (group, row);
  g_object_set_data (G_OBJECT (row), "group", group);
  g_ptr_array_add (self->added, row);
}

static void
clear (ScImportRows *self)
{
  for (guint i = 0; i < self->added->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->added, i);
      adw_preferences_group_remove (g_object_get_data (G_OBJECT (row), "group"), row);
    }
  g_ptr_array_set_size (self->added, 0);
}

static void
show_all_clicked_cb (GtkButton    *button,
                     ScImportRows *self)
{
  g_signal_emit (self, signals[SHOW_ALL], 0,
                 GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "outcome")));
}

/* «…и ещё 952», with the way to them all when @outcome is a count's
 * (SC_IMPORT_ROW_N_OUTCOMES: none). */
static void
add_more (ScImportRows        *self,
          AdwPreferencesGroup *group,
          guint                shown,
          guint                total,
          ScImportOutcome      outcome)
{
  g_autofree char *more = NULL;
  GtkWidget *row, *button;

  if (total <= shown)
    return;
  more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "…and %u more", "…and %u more",
                                       total - shown), total - shown);
  add_row (self, group, more, NULL);
  if (outcome == SC_IMPORT_ROW_N_OUTCOMES)
    return;
  row = g_ptr_array_index (self->added, self->added->len - 1);
  button = gtk_button_new_with_label (C_("import rows", "Show All"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "outcome", GUINT_TO_POINTER (outcome));
  g_signal_connect (button, "clicked", G_CALLBACK (show_all_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

/* «Будут добавлены (1 240)»; takes @title. */
static void
set_heading (AdwPreferencesGroup *group,
             char                *title,
             guint                n)
{
  adw_preferences_group_set_title (group, title);
  gtk_widget_set_visible (GTK_WIDGET (group), n > 0);
  g_free (title);
}

/* «Изменятся (12)» */
static char *
heading_for (ScImportOutcome  outcome,
             const char      *count)
{
  switch (outcome)
    {
    case SC_IMPORT_ROW_UPDATED: return g_strdup_printf (_("Will Change (%s)"), count);
    case SC_IMPORT_ROW_ADDED: return g_strdup_printf (_("Will Be Added (%s)"), count);
    case SC_IMPORT_ROW_DUPLICATE: return g_strdup_printf (_("Repeated Rows, Loaded Once (%s)"), count);
    case SC_IMPORT_ROW_UNCHANGED:
    case SC_IMPORT_ROW_ERROR:
    case SC_IMPORT_ROW_N_OUTCOMES:
    default: return g_strdup (count);
    }
}

/* Whom each row of @outcome is about and what it does, with its line. */
static void
show_outcome (ScImportRows        *self,
              AdwPreferencesGroup *group,
              ScImport            *plan,
              ScImportOutcome      outcome)
{
  guint shown = 0, total = sc_import_count (plan, outcome), n = sc_import_get_n_rows (plan);
  g_autofree char *count = sc_format_count (total);

  for (guint i = 0; i < n && shown < MAX_ROWS; i++)
    {
      g_autofree char *title = NULL, *details = NULL, *subtitle = NULL;
      ScImportRow info;

      sc_import_get_row (plan, i, &info);
      if (info.outcome != outcome)
        continue;
      sc_import_describe_row (plan, i, &title, &details);
      /* Translators: under a person in the import preview: the file's line, then what it does */
      subtitle = g_strdup_printf (_("Line %u · %s"), info.line, details);
      add_row (self, group, title, subtitle);
      shown++;
    }
  add_more (self, group, shown, total, outcome);
  set_heading (group, heading_for (outcome, count), total);
}

static void
show_warnings (ScImportRows *self,
               ScImport     *plan)
{
  guint shown = 0, total = 0, n = sc_import_get_n_rows (plan);
  g_autofree char *count = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = NULL;
      ScImportRow info;

      sc_import_get_row (plan, i, &info);
      if (info.warning == NULL || info.outcome == SC_IMPORT_ROW_ERROR ||
          info.outcome == SC_IMPORT_ROW_DUPLICATE)
        continue;
      if (total++ >= MAX_ROWS)
        continue;
      title = g_strdup_printf (_("Line %u"), info.line);
      add_row (self, self->warnings_group, title, info.warning);
      shown++;
    }
  add_more (self, self->warnings_group, shown, total, SC_IMPORT_ROW_N_OUTCOMES);
  count = sc_format_count (total);
  set_heading (self->warnings_group, g_strdup_printf (_("Loaded with a Warning (%s)"), count), total);
}

static void
show_errors (ScImportRows *self,
             ScImport     *plan)
{
  guint shown = 0, total = sc_import_count (plan, SC_IMPORT_ROW_ERROR);
  guint n = sc_import_get_n_rows (plan);

  for (guint i = 0; i < n && shown < MAX_ROWS; i++)
    {
      g_autofree char *title = NULL;
      ScImportRow info;

      sc_import_get_row (plan, i, &info);
      if (info.outcome != SC_IMPORT_ROW_ERROR)
        continue;
      title = g_strdup_printf (_("Line %u"), info.line);
      add_row (self, self->errors_group, title, info.message);
      shown++;
    }
  add_more (self, self->errors_group, shown, total, SC_IMPORT_ROW_ERROR);
}

static guint
show_notes (ScImportRows *self,
            ScImport     *plan)
{
  const char * const *notes = sc_import_get_notes (plan);
  guint n = 0;

  for (; notes != NULL && notes[n] != NULL; n++)
    add_row (self, self->errors_group, notes[n], NULL);
  return n;
}

static void
sc_import_rows_finalize (GObject *object)
{
  g_ptr_array_unref (SC_IMPORT_ROWS (object)->added);
  G_OBJECT_CLASS (sc_import_rows_parent_class)->finalize (object);
}

static void
sc_import_rows_class_init (ScImportRowsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sc_import_rows_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
      "/org/sferumcoord/Coordinator/sc-import-rows.ui");
  gtk_widget_class_bind_template_child (widget_class, ScImportRows, errors_group);
  gtk_widget_class_bind_template_child (widget_class, ScImportRows, updated_group);
  gtk_widget_class_bind_template_child (widget_class, ScImportRows, added_group);
  gtk_widget_class_bind_template_child (widget_class, ScImportRows, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, ScImportRows, repeats_group);

  signals[SHOW_ALL] = g_signal_new ("show-all", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
sc_import_rows_init (ScImportRows *self)
{
  self->added = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScImportRows *
sc_import_rows_new (void)
{
  return g_object_new (SC_TYPE_IMPORT_ROWS, NULL);
}

void
sc_import_rows_show (ScImportRows *self,
                     ScImport     *plan)
{
  guint n_notes;

  g_return_if_fail (SC_IS_IMPORT_ROWS (self));
  g_return_if_fail (plan == NULL || SC_IS_IMPORT (plan));

  clear (self);
  gtk_widget_set_visible (GTK_WIDGET (self), plan != NULL);
  if (plan == NULL)
    return;
  n_notes = show_notes (self, plan);
  show_errors (self, plan);
  gtk_widget_set_visible (GTK_WIDGET (self->errors_group),
                          n_notes > 0 || sc_import_count (plan, SC_IMPORT_ROW_ERROR) > 0);
  show_outcome (self, self->updated_group, plan, SC_IMPORT_ROW_UPDATED);
  show_outcome (self, self->added_group, plan, SC_IMPORT_ROW_ADDED);
  show_warnings (self, plan);
  show_outcome (self, self->repeats_group, plan, SC_IMPORT_ROW_DUPLICATE);
}

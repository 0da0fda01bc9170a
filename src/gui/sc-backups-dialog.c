/* sc-backups-dialog.c — the list of backup copies, and restoring one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-backups-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-backup.h"
#include "sc-backups-dialog.h"
#include "sc-date.h"

struct _ScBackupsDialog
{
  AdwWindow             parent_instance;

  ScWindow             *window;   /* weak */
  char                 *db_path;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkButton            *copy_now_button;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  AdwPreferencesGroup  *group;
  GPtrArray            *rows;     /* the group's rows (borrowed), for a reload */
};

G_DEFINE_FINAL_TYPE (ScBackupsDialog, sc_backups_dialog, ADW_TYPE_WINDOW)

/* What a row's Restore button restores. */
typedef struct
{
  char *path;
  char *label;      /* "28.11.2023" or "29.11.2023, 15:30" */
  char *save_path;  /* where the current file goes, fixed when asked */
} Choice;

static void
choice_free (Choice *choice)
{
  g_free (choice->path);
  g_free (choice->label);
  g_free (choice->save_path);
  g_free (choice);
}

static char *
describe_date (const ScBackup *backup)
{
  g_autofree char *date = sc_date_format_short (backup->date);

  if (backup->time == NULL)
    return g_steal_pointer (&date);
  /* TRANSLATORS: a backup copy's date and time, "29.11.2023, 15:30" */
  return g_strdup_printf (_("%s, %.5s"), date, backup->time);
}

static char *
describe_copy (const ScBackup *backup)
{
  g_autofree char *size = g_format_size (backup->size);

  switch (backup->kind)
    {
    case SC_BACKUP_BEFORE_RESTORE:
      /* TRANSLATORS: the size of a copy saved before another copy was restored */
      return g_strdup_printf (_("%s · saved before a restore"), size);
    case SC_BACKUP_AFTER_CHANGES:
      /* TRANSLATORS: the size of a copy made after an import, a submitted report… */
      return g_strdup_printf (_("%s · after changes"), size);
    case SC_BACKUP_MANUAL:
      /* TRANSLATORS: the size of a copy made with «Make a Copy Now» */
      return g_strdup_printf (_("%s · made by hand"), size);
    case SC_BACKUP_DAILY:
    default:
      /* TRANSLATORS: the size of the copy made when the database was first opened that day */
      return g_strdup_printf (_("%s · first opening of the day"), size);
    }
}

static void
show_error (ScBackupsDialog *self,
            const char      *heading,
            const char      *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
close_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
restore (ScBackupsDialog *self,
         const Choice    *choice)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ScDatabase *db;
  gboolean restored;

  if (self->window == NULL)
    return;
  /* The open database takes the copy in one transaction; a file that could
   * not be opened (damaged) is replaced whole. */
  db = sc_window_get_database (self->window);
  if (db != NULL && g_strcmp0 (sc_database_get_path (db), self->db_path) == 0)
    restored = sc_backup_restore (db, choice->path, choice->save_path, &error);
  else
    restored = sc_backup_restore_file (self->db_path, choice->path, choice->save_path, &error);
  if (!restored)
    {
      show_error (self, _("The Copy Could Not Be Restored"), error->message);
      return;
    }
  if (sc_window_open_database (self->window, self->db_path))
    {
      message = g_strdup_printf (_("The copy of %s is restored"), choice->label);
      sc_window_add_toast (self->window, adw_toast_new (message));
    }
  /* Not now: the confirmation, transient for this dialog, is still
   * answering. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_cb, g_object_ref (self), g_object_unref);
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ScBackupsDialog  *self)
{
  Choice *choice = g_object_get_data (G_OBJECT (dialog), "choice");

  if (g_strcmp0 (response, "restore") == 0)
    restore (self, choice);
}

static void
restore_clicked_cb (GtkButton       *button,
                    ScBackupsDialog *self)
{
  const Choice *row_choice = g_object_get_data (G_OBJECT (button), "choice");
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *save_name = NULL;
  Choice *choice;
  GtkWidget *dialog;

  choice = g_new0 (Choice, 1);
  choice->path = g_strdup (row_choice->path);
  choice->label = g_strdup (row_choice->label);
  choice->save_path = sc_backup_path_before_restore (self->db_path, NULL);
  save_name = g_path_get_basename (choice->save_path);
  heading = g_strdup_printf (_("Restore the Copy of %s?"), choice->label);
  body = g_strdup_printf (_("Changes made after the copy was taken will be lost. The current database will be saved as “%s”, so it can be restored in turn."),
                          save_name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "choice", choice, (GDestroyNotify)choice_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
make_row (ScBackupsDialog *self,
          const ScBackup  *backup)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));
  g_autofree char *subtitle = describe_copy (backup);
  g_autofree char *tooltip = NULL;
  Choice *choice = g_new0 (Choice, 1);

  choice->path = g_strdup (backup->path);
  choice->label = describe_date (backup);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), choice->label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  tooltip = g_strdup_printf (_("Restore the copy of %s"), choice->label);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "choice", choice, (GDestroyNotify)choice_free);
  g_signal_connect (button, "clicked", G_CALLBACK (restore_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
describe_folder (ScBackupsDialog *self,
                 const char      *db_path)
{
  g_autofree char *folder = sc_backup_folder (db_path);
  g_autofree char *name = g_path_get_basename (db_path);
  g_autofree char *description = g_strdup_printf (
      ngettext ("A copy is made the first time the database is opened each day, and after changes such as an import or a submitted report, at most once an hour; the last %u of each are kept. Folder: %s",
                "A copy is made the first time the database is opened each day, and after changes such as an import or a submitted report, at most once an hour; the last %u of each are kept. Folder: %s",
                SC_BACKUP_KEEP),
      SC_BACKUP_KEEP, folder);

  adw_window_title_set_subtitle (self->window_title, name);
  adw_preferences_group_set_description (self->group, description);
}

static void
load (ScBackupsDialog *self,
      const char      *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = sc_backup_list (db_path, &error);

  describe_folder (self, db_path);
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (list == NULL)
    {
      adw_status_page_set_description (self->empty_page, error->message);
      return;
    }
  for (guint i = 0; i < list->len; i++)
    {
      GtkWidget *row = make_row (self, g_ptr_array_index (list, i));

      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (self->group, row);
    }
  gtk_stack_set_visible_child_name (self->stack, list->len > 0 ? "list" : "empty");
}

/* The open college, when it is the file these copies are of: a damaged
 * file that could not be opened cannot be copied. */
static ScDatabase *
open_database (ScBackupsDialog *self)
{
  ScDatabase *db = self->window ? sc_window_get_database (self->window) : NULL;

  if (db == NULL || g_strcmp0 (sc_database_get_path (db), self->db_path) != 0)
    return NULL;
  return db;
}

static void
copy_now_clicked_cb (ScBackupsDialog *self)
{
  ScDatabase *db = open_database (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (db == NULL)
    return;
  if (!sc_backup_write (db, SC_BACKUP_MANUAL, NULL, &path, &error))
    {
      show_error (self, _("The Copy Could Not Be Made"), error->message);
      return;
    }
  load (self, self->db_path);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("A copy of the database is made")));
}

static void
sc_backups_dialog_dispose (GObject *object)
{
  ScBackupsDialog *self = SC_BACKUPS_DIALOG (object);

  g_clear_weak_pointer (&self->window);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_BACKUPS_DIALOG);
  G_OBJECT_CLASS (sc_backups_dialog_parent_class)->dispose (object);
}

static void
sc_backups_dialog_class_init (ScBackupsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_backups_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-backups-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ScBackupsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ScBackupsDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ScBackupsDialog, copy_now_button);
  gtk_widget_class_bind_template_callback (widget_class, copy_now_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, ScBackupsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ScBackupsDialog, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ScBackupsDialog, group);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_backups_dialog_init (ScBackupsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

ScBackupsDialog *
sc_backups_dialog_new (ScWindow   *window,
                       const char *db_path)
{
  ScBackupsDialog *self;

  g_return_val_if_fail (SC_IS_WINDOW (window), NULL);
  g_return_val_if_fail (db_path != NULL, NULL);

  self = g_object_new (SC_TYPE_BACKUPS_DIALOG, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);
  self->db_path = g_strdup (db_path);
  load (self, db_path);
  gtk_widget_set_sensitive (GTK_WIDGET (self->copy_now_button), open_database (self) != NULL);
  if (open_database (self) == NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->copy_now_button),
                                 _("Only the open college can be copied: open its file first"));
  return self;
}

/* sc-personal-data.c — «Обезличить выбывших…», «Журнал выгрузок»,
 * «О персональных данных»
 *
 * Small windows built in code: each is a list or a text made from the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-personal-data"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-backup.h"
#include "sc-date.h"
#include "sc-depersonalize.h"
#include "sc-export-log.h"
#include "sc-organization.h"
#include "sc-personal-data.h"

/* ---- «Обезличить выбывших…» ------------------------------------------------ */

typedef struct
{
  ScDatabase         *database;
  char               *today;
  AdwEntryRow        *date_row;
  GtkCheckButton     *copies_check;
  guint               n_copies;
  ScPersonalDataDone  done;
  gpointer            user_data;
} Depersonalize;

static void
depersonalize_free (Depersonalize *d)
{
  g_object_unref (d->database);
  g_free (d->today);
  g_free (d);
}

static char *
describe_copies (guint n_copies)
{
  if (n_copies == 0)
    return g_strdup (_("There are no backup copies of this file."));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u backup copy still holds their names until it is depersonalised too.",
                                       "%u backup copies still hold their names until they are depersonalised too.",
                                       n_copies), n_copies);
}

/* The body says how many, what stays, the copies, and what Undo is. */
static void
update_count (AdwMessageDialog *dialog)
{
  Depersonalize *d = g_object_get_data (G_OBJECT (dialog), "depersonalize");
  g_autofree char *date = sc_date_parse (gtk_editable_get_text (GTK_EDITABLE (d->date_row)));
  g_autofree char *shown = date ? sc_date_format_short (date) : NULL;
  g_autofree char *copies = describe_copies (d->n_copies);
  g_autofree char *count = NULL;
  g_autofree char *body = NULL;
  guint n = 0;

  if (date == NULL || !sc_depersonalize_count (d->database, date, &n, NULL))
    count = g_strdup (_("Write the date as DD.MM.YYYY."));
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u person who left before %s will lose their last, first and middle names, phone, e-mail and external id.",
                                          "%u people who left before %s will lose their last, first and middle names, phones, e-mails and external ids.",
                                          n), n, shown);
  body = g_strdup_printf ("%s %s\n\n%s\n\n%s", count,
                          _("Their category, group, department, status history and leaving date stay: the figures of every month do not change."),
                          copies,
                          _("This cannot be undone: the only way back is to restore a backup copy that still holds the names."));
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_set_response_enabled (dialog, "erase", n > 0);
}

static char *
describe_result (const ScDepersonalizeResult *result)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u person depersonalised",
                                             "%u people depersonalised", result->n_people),
                          result->n_people);
  if (result->n_copies > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", and %u backup copy",
                                               ", and %u backup copies", result->n_copies),
                            result->n_copies);
  for (guint i = 0; i < result->copy_problems->len; i++)
    g_string_append_printf (text, "\n%s", (const char *)g_ptr_array_index (result->copy_problems, i));
  return g_string_free (text, FALSE);
}

static void
depersonalize_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           gpointer          data)
{
  Depersonalize *d = g_object_get_data (G_OBJECT (dialog), "depersonalize");
  g_autofree char *date = NULL;
  g_auto(ScDepersonalizeResult) result = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "erase"))
    return;
  date = sc_date_parse (gtk_editable_get_text (GTK_EDITABLE (d->date_row)));
  if (date == NULL)
    return;
  if (sc_depersonalize_run (d->database, date, d->today,
                            gtk_check_button_get_active (d->copies_check), &result, &error))
    message = describe_result (&result);
  else
    message = g_strdup (error->message);
  if (d->done != NULL)
    d->done (message, d->user_data);
}

static GtkWidget *
depersonalize_fields (Depersonalize *d,
                      const char    *default_date)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *shown = sc_date_format_short (default_date);
  g_autofree char *copies = g_strdup_printf (_("Depersonalise the backup copies too (%u)"), d->n_copies);

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  d->date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->date_row), _("Who left before (DD.MM.YYYY)"));
  gtk_editable_set_text (GTK_EDITABLE (d->date_row), shown);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (d->date_row));
  gtk_box_append (GTK_BOX (box), list);
  d->copies_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (copies));
  gtk_widget_set_sensitive (GTK_WIDGET (d->copies_check), d->n_copies > 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (d->copies_check));
  return box;
}

AdwMessageDialog *
sc_depersonalize_dialog_new (GtkWindow          *parent,
                             ScDatabase         *database,
                             const char         *today,
                             ScPersonalDataDone  done,
                             gpointer            user_data)
{
  Depersonalize *d = g_new0 (Depersonalize, 1);
  g_autoptr(ScOrganization) organization = sc_organization_load (database, NULL);
  g_autoptr(GPtrArray) copies = sc_depersonalize_list_copies (sc_database_get_path (database), NULL);
  g_autofree char *default_date = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  d->database = g_object_ref (database);
  d->today = today ? g_strdup (today) : sc_date_today ();
  d->n_copies = copies != NULL ? copies->len : 0;
  d->done = done;
  d->user_data = user_data;
  default_date = organization != NULL ? sc_depersonalize_default_date (organization, d->today)
                                      : g_strdup (d->today);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Depersonalise Leavers?"), NULL));
  g_object_set_data_full (G_OBJECT (dialog), "depersonalize", d, (GDestroyNotify)depersonalize_free);
  adw_message_dialog_set_extra_child (dialog, depersonalize_fields (d, default_date));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "erase", _("_Depersonalise"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_swapped (d->date_row, "changed", G_CALLBACK (update_count), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (depersonalize_response_cb), NULL);
  update_count (dialog);
  return dialog;
}

void
sc_depersonalize_dialog_set_date (AdwMessageDialog *dialog,
                                  const char       *text)
{
  Depersonalize *d = g_object_get_data (G_OBJECT (dialog), "depersonalize");

  g_return_if_fail (d != NULL);
  gtk_editable_set_text (GTK_EDITABLE (d->date_row), text);
}

void
sc_depersonalize_dialog_set_copies (AdwMessageDialog *dialog,
                                    gboolean          with_copies)
{
  Depersonalize *d = g_object_get_data (G_OBJECT (dialog), "depersonalize");

  g_return_if_fail (d != NULL);
  gtk_check_button_set_active (d->copies_check, with_copies);
}

/* ---- shared: a window with a header and a page ----------------------------- */

static GtkWindow *
page_window (GtkWindow          *parent,
             const char         *title,
             int                 width,
             int                 height,
             GtkWidget          *content)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (window), box);
  return GTK_WINDOW (window);
}

static GtkWidget *
escaped_row (const char *title,
             const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *t = g_markup_escape_text (title, -1);
  g_autofree char *s = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/* ---- «Журнал выгрузок» ------------------------------------------------------- */

static GtkWidget *
export_row (const ScExportEntry *entry)
{
  g_autofree char *what = sc_export_entry_describe (entry);
  g_autofree char *when = sc_export_entry_format_time (entry);
  /* Translators: «05.12.2023 14:03 · /home/…/otchet.xlsx · из командной строки» */
  g_autofree char *subtitle = g_strdup_printf ("%s · %s%s", when,
                                               *entry->file_name ? entry->file_name : _("printed on paper"),
                                               entry->from_command_line ? _(" · from the command line") : "");
  GtkWidget *row = escaped_row (what, subtitle);
  GtkWidget *label = gtk_label_new (entry->personal_data ? _("Personal data") : _("No personal data"));

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, entry->personal_data ? "warning" : "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

GtkWindow *
sc_export_log_window_new (GtkWindow  *parent,
                          ScDatabase *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = sc_export_log_list (database, &error);
  GtkWidget *content;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  if (entries == NULL || entries->len == 0)
    {
      content = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (content), "document-open-recent-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (content), _("Nothing Exported Yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (content),
                                       entries == NULL ? error->message
                                       : _("Every report, chat plan and list saved or printed from this college will be listed here."));
    }
  else
    {
      GtkWidget *group = adw_preferences_group_new ();

      content = adw_preferences_page_new ();
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("Every document saved or printed from this college, from the window and from the command line, newest first. Those marked «Personal data» name people: keep them as your college's rules say."));
      for (guint i = 0; i < entries->len; i++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), export_row (g_ptr_array_index (entries, i)));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (content), ADW_PREFERENCES_GROUP (group));
    }
  return page_window (parent, _("Export Log"), 720, 560, content);
}

/* ---- «О персональных данных» ------------------------------------------------- */

static guint
count_personal_exports (GPtrArray *entries)
{
  guint n = 0;

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    n += ((ScExportEntry *)g_ptr_array_index (entries, i))->personal_data ? 1 : 0;
  return n;
}

static void
add_section (AdwPreferencesPage *page,
             const char         *title,
             const char         *text)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *label = gtk_label_new (text);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
}

GtkWindow *
sc_personal_data_window_new (GtkWindow  *parent,
                             ScDatabase *database)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  const char *path = sc_database_get_path (database);
  g_autofree char *folder = sc_backup_folder (path);
  g_autoptr(GPtrArray) copies = sc_depersonalize_list_copies (path, NULL);
  g_autoptr(GPtrArray) exports = sc_export_log_list (database, NULL);
  g_autofree char *holds = NULL, *where = NULL, *backups = NULL, *sent = NULL;
  guint n_named = 0, n_erased = 0;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  sc_depersonalize_count_all (database, &n_named, &n_erased, NULL);
  holds = g_strdup_printf (_("The names, phones, e-mails and external ids of %u people (teachers, staff, students), "
                             "their groups and departments, their statuses on the platform with dates and reasons "
                             "for refusing, teachers' weekly activity, the chats and their members, and the reports. "
                             "%u people who left are kept depersonalised: no name, only what the reports count."),
                           n_named, n_erased);
  where = g_strdup_printf (_("In one file on this computer:\n%s\n"
                             "Only your user account can read or write it (permissions 0600). It is not encrypted: "
                             "an administrator of this computer, or whoever gets its disk, can read it."), path);
  backups = g_strdup_printf (_("A copy of the file is made every day you open it, in\n%s\n"
                               "The last %u are kept (now %u). They hold the names as they were on their day, until "
                               "they are depersonalised too."), folder, SC_BACKUP_KEEP, copies ? copies->len : 0);
  sent = g_strdup_printf (_("%u documents were saved or printed from this college, %u of them naming people "
                            "(main menu → Export Log). Once saved they are outside the program: store, send and "
                            "delete them as your college's rules say."),
                          exports ? exports->len : 0, count_personal_exports (exports));
  add_section (page, _("What the file holds"), holds);
  add_section (page, _("Where it lives, and who can read it"), where);
  add_section (page, _("Backup copies"), backups);
  add_section (page, _("Exports"), sent);
  add_section (page, _("How to erase people"),
               _("Main menu → Depersonalise Leavers… erases the names, phones, e-mails and external ids of "
                 "everyone who left before a date (by default more than the profile's months ago), keeps what "
                 "the reports count, wipes the file's free pages and offers to do the same in the backup copies. "
                 "It cannot be undone."));
  add_section (page, _("Network"),
               _("The program sends nothing over a network: no server, no account, no updates, no statistics. "
                 "A file leaves this computer only when you send it. Consent to processing personal data is a "
                 "separate document the college keeps; the program does not collect it."));
  return page_window (parent, _("About Personal Data"), 640, 720, GTK_WIDGET (page));
}

/* sc-new-year-dialog.c — «Новый учебный год…»
 *
 * Built in code rather than a template: its second page is made anew from
 * each plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-new-year-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-academic-year.h"
#include "sc-chat-template.h"
#include "sc-date.h"
#include "sc-new-year-dialog.h"
#include "sc-new-year.h"
#include "sc-people-import.h"
#include "sc-platform.h"
#include "sc-table-reader.h"

/* How many leavers the preview names; the rest are counted. */
#define MAX_LEAVERS_SHOWN 12

struct _ScNewYearDialog
{
  AdwWindow           parent_instance;

  ScDatabase         *database;
  char               *today;
  char               *start_on;
  char               *label;     /* «2024/25» */
  char               *path;
  ScNewYear          *year;
  ScDatabaseSnapshot *undo;

  GtkStack           *stack;
  GtkButton          *back_button;
  GtkButton          *next_button;
  GtkButton          *apply_button;
  AdwActionRow       *file_row;
  AdwEntryRow        *left_row;
  AdwEntryRow        *list_day_row;
  AdwEntryRow        *target_row;
  GtkLabel           *problem_label;
  GtkWidget          *preview;
};

G_DEFINE_FINAL_TYPE (ScNewYearDialog, sc_new_year_dialog, ADW_TYPE_WINDOW)

enum { STARTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
show_problem (ScNewYearDialog *self,
              const char      *message)
{
  gtk_label_set_text (self->problem_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), message != NULL);
}

static void
show_page (ScNewYearDialog *self,
           const char      *name)
{
  gboolean preview = g_str_equal (name, "preview");

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), preview);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), !preview);
  gtk_widget_set_visible (GTK_WIDGET (self->apply_button), preview);
}

/* ---- the preview ----------------------------------------------------------- */

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *icon)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  if (subtitle != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  if (icon != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  adw_preferences_group_add (group, row);
  return row;
}

static AdwPreferencesGroup *
add_group (AdwPreferencesPage *page,
           const char         *title,
           const char         *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (page, group);
  return group;
}

static void
describe_people (ScNewYearDialog    *self,
                 AdwPreferencesPage *page)
{
  ScImport *import = sc_new_year_get_import (self->year);
  g_autofree char *counts = sc_import_describe_counts (import);
  g_autofree char *left = sc_date_format_short (sc_import_get_left_on (import));
  guint n = sc_import_get_n_leavers (import);
  g_autofree char *leaving = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%u person the list leaves out leaves on %s",
                                                           "%u people the list leaves out leave on %s", n),
                                              n, left);
  AdwPreferencesGroup *group = add_group (page, _("1. The list of people"), counts);

  add_row (group, leaving, n > 0 ? _("They stay in the reports of the months before") : NULL,
           "system-users-symbolic");
  for (guint i = 0; i < MIN (n, MAX_LEAVERS_SHOWN); i++)
    {
      g_autofree char *title = NULL, *details = NULL;

      sc_import_describe_leaver (import, i, &title, &details);
      add_row (group, title, details, NULL);
    }
  if (n > MAX_LEAVERS_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                            "and %u more", n - MAX_LEAVERS_SHOWN),
                                               n - MAX_LEAVERS_SHOWN);
      add_row (group, more, NULL, NULL);
    }
}

static char *
describe_old_chats (GPtrArray  *chats,
                    const char *code)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < chats->len; i++)
    {
      const ScNewYearChat *chat = g_ptr_array_index (chats, i);

      if (g_strcmp0 (chat->group_code, code) != 0)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      /* Translators: «чат «Группа ИС-21» — в архив, с историей» */
      g_string_append_printf (text, chat->status == SC_CHAT_STATUS_CREATED
                                    ? _("chat «%s» goes to the archive with its history")
                                    : _("planned chat «%s» is removed: it was never created"),
                              chat->title);
    }
  if (text->len == 0)
    g_string_append (text, _("no chat"));
  return g_string_free (text, FALSE);
}

static void
describe_groups (ScNewYearDialog    *self,
                 AdwPreferencesPage *page)
{
  GPtrArray *groups = sc_new_year_get_emptied_groups (self->year);
  GPtrArray *chats = sc_new_year_get_old_chats (self->year);
  AdwPreferencesGroup *group = add_group (page, _("2. Groups left without students"),
                                          _("Graduated or disbanded: their chats go to the archive on the day of the list; the reports of past months still count them."));

  if (groups->len == 0)
    add_row (group, _("Every group still has students"), NULL, "emblem-ok-symbolic");
  for (guint i = 0; i < groups->len; i++)
    {
      const ScNewYearGroup *g = g_ptr_array_index (groups, i);
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (had %u student)",
                                                             "%s (had %u students)", g->students_before),
                                                g->code, g->students_before);
      g_autofree char *subtitle = describe_old_chats (chats, g->code);

      add_row (group, title, subtitle, "folder-symbolic");
    }
}

static void
describe_new_chats (ScNewYearDialog    *self,
                    AdwPreferencesPage *page)
{
  GPtrArray *chats = sc_new_year_get_new_chats (self->year);
  ScPlatform platform = SC_PLATFORM_MAX;
  AdwPreferencesGroup *group;

  sc_platform_on (self->database, sc_new_year_get_day (self->year), &platform, NULL);
  group = add_group (page, _("3. Chats of the new groups"),
                     platform == SC_PLATFORM_MAX
                     ? _("On MAX the platform makes a group's chat itself: they are expected, and you confirm each once it appears.")
                     : _("Planned from the chat templates: create them in VK Messenger and mark them created on «Чаты»."));
  if (chats->len == 0)
    add_row (group, _("Every group has its chat"), NULL, "emblem-ok-symbolic");
  for (guint i = 0; i < chats->len; i++)
    {
      const ScChatTemplateItem *item = g_ptr_array_index (chats, i);

      add_row (group, item->title,
               item->origin == SC_CHAT_ORIGIN_PLATFORM ? _("Expected from the platform") : _("Planned"),
               "chat-message-new-symbolic");
    }
}

static void
describe_year (ScNewYearDialog    *self,
               AdwPreferencesPage *page)
{
  g_autofree char *year_title = sc_academic_year_title (self->start_on);
  /* Translators: the fourth step's heading, «4. Учебный год 2024/25» */
  g_autofree char *title = g_strdup_printf (_("4. %s"), year_title);
  g_autofree char *target = sc_date_format_long (sc_new_year_get_target_on (self->year));
  g_autofree char *target_text = g_strdup_printf (_("Target 100 %%: by %s"), target);
  AdwPreferencesGroup *group = add_group (page, title, NULL);

  add_row (group, target_text, _("«Обзор» shows this year's progress toward it"), "x-office-calendar-symbolic");
  add_row (group, _("The «Обзор» checklist starts again for the year"),
           _("Reports of past months stay exactly as they were submitted"), "document-open-recent-symbolic");
}

static void
show_preview (ScNewYearDialog *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());

  describe_people (self, page);
  describe_groups (self, page);
  describe_new_chats (self, page);
  describe_year (self, page);
  if (self->preview != NULL)
    gtk_stack_remove (self->stack, self->preview);
  self->preview = GTK_WIDGET (page);
  gtk_stack_add_named (self->stack, self->preview, "preview");
  show_page (self, "preview");
}

/* ---- reading and planning -------------------------------------------------- */

static char *
read_date (AdwEntryRow *row)
{
  return sc_date_parse (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static ScImport *
read_list (ScNewYearDialog  *self,
           const char       *list_day,
           const char       *left_on,
           GError          **error)
{
  g_autoptr(ScTable) table = sc_table_read_file (self->path, NULL, error);
  g_autoptr(ScColumnMap) map = NULL;
  ScImportOptions options = { .today = list_day, .full_list = TRUE, .left_on = left_on };

  if (table == NULL ||
      (map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, error)) == NULL)
    return NULL;
  return sc_import_new (SC_TYPE_PEOPLE_IMPORT, table, map, &options);
}

/* Every field read, or the first problem said. */
static gboolean
read_fields (ScNewYearDialog  *self,
             char            **list_day,
             char            **left_on,
             char            **target_on)
{
  *left_on = read_date (self->left_row);
  *list_day = read_date (self->list_day_row);
  *target_on = read_date (self->target_row);
  if (self->path == NULL)
    show_problem (self, _("Choose the file with the new year's list of people."));
  else if (*left_on == NULL)
    show_problem (self, _("Write the leaving day as DD.MM.YYYY, for example 30.06.2024."));
  else if (*list_day == NULL)
    show_problem (self, _("Write the day of the list as DD.MM.YYYY."));
  else if (*target_on == NULL || !sc_academic_year_contains (self->start_on, *target_on))
    show_problem (self, _("The full-connection target must be a date within the academic year, as DD.MM.YYYY."));
  else if (g_strcmp0 (*left_on, *list_day) > 0)
    show_problem (self, _("The leaving day cannot be after the day of the list."));
  else
    return TRUE;
  return FALSE;
}

gboolean
sc_new_year_dialog_next (ScNewYearDialog *self)
{
  g_autofree char *list_day = NULL, *left_on = NULL, *target_on = NULL;
  g_autoptr(ScImport) import = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SC_IS_NEW_YEAR_DIALOG (self), FALSE);

  if (!read_fields (self, &list_day, &left_on, &target_on))
    return FALSE;
  import = read_list (self, list_day, left_on, &error);
  g_clear_object (&self->year);
  if (import != NULL)
    {
      self->year = sc_new_year_new (import, self->start_on, target_on);
      if (!sc_new_year_plan (self->year, self->database, NULL, &error))
        g_clear_object (&self->year);
    }
  if (self->year == NULL)
    {
      show_problem (self, error->message);
      return FALSE;
    }
  show_problem (self, NULL);
  show_preview (self);
  return TRUE;
}

static char *
describe_done (ScNewYearDialog *self)
{
  g_autofree char *title = sc_academic_year_title (self->start_on);
  guint left = sc_import_get_n_leavers (sc_new_year_get_import (self->year));
  guint archived = sc_new_year_get_old_chats (self->year)->len;
  guint planned = sc_new_year_get_new_chats (self->year)->len;

  /* Translators: «Учебный год 2024/25 начат: выбыли 2, чатов в архиве 1, новых чатов 2» */
  return g_strdup_printf (_("%s started: %u left, %u chats archived, %u new chats"),
                          title, left, archived, planned);
}

gboolean
sc_new_year_dialog_apply (ScNewYearDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (SC_IS_NEW_YEAR_DIALOG (self), FALSE);

  if (self->year == NULL)
    return FALSE;
  g_clear_pointer (&self->undo, sc_database_snapshot_free);
  if (!sc_new_year_commit (self->year, self->database, &self->undo, NULL, &error) ||
      !sc_database_snapshot_mark (self->undo, self->database, &error))
    {
      show_problem (self, error->message);
      return FALSE;
    }
  message = describe_done (self);
  sc_new_year_emit_changed (self->year, self->database);
  g_signal_emit (self, signals[STARTED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

ScDatabaseSnapshot *
sc_new_year_dialog_steal_undo (ScNewYearDialog *self)
{
  g_return_val_if_fail (SC_IS_NEW_YEAR_DIALOG (self), NULL);
  return g_steal_pointer (&self->undo);
}

/* ---- the first page ---------------------------------------------------------- */

void
sc_new_year_dialog_set_file (ScNewYearDialog *self,
                             const char      *path)
{
  g_autofree char *name = NULL;
  g_autofree char *escaped = NULL;

  g_return_if_fail (SC_IS_NEW_YEAR_DIALOG (self));
  g_free (self->path);
  self->path = g_strdup (path);
  name = g_path_get_basename (path);
  escaped = g_markup_escape_text (name, -1);
  adw_action_row_set_subtitle (self->file_row, escaped);
  show_problem (self, NULL);
}

void
sc_new_year_dialog_set_left_on (ScNewYearDialog *self,
                                const char      *text)
{
  g_return_if_fail (SC_IS_NEW_YEAR_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->left_row), text);
}

void
sc_new_year_dialog_set_target (ScNewYearDialog *self,
                               const char      *text)
{
  g_return_if_fail (SC_IS_NEW_YEAR_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->target_row), text);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     ScNewYearDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        sc_new_year_dialog_set_file (self, path);
    }
  g_object_unref (chooser);
}

static void
choose_clicked_cb (ScNewYearDialog *self)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("The New Year's List of People"),
                                                               GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                                               _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Tables (CSV, XLSX)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_pattern (filter, "*.XLSX");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static AdwEntryRow *
date_row (AdwPreferencesGroup *group,
          const char          *title,
          const char          *iso)
{
  GtkWidget *row = adw_entry_row_new ();
  g_autofree char *text = sc_date_format_short (iso);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static GtkWidget *
build_first_page (ScNewYearDialog *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  g_autofree char *title = sc_academic_year_title (self->start_on);
  g_autofree char *left_on = sc_academic_year_default_left_on (self->start_on);
  g_autofree char *target = NULL;
  g_autoptr(ScAcademicYear) year = sc_academic_year_load (self->database, self->start_on, NULL);
  const char *list_day = g_strcmp0 (self->today, self->start_on) > 0 ? self->today : self->start_on;
  AdwPreferencesGroup *group = add_group (page, title,
                                          _("Load the full list of everyone who studies and works in the college this year. Whoever it leaves out — the graduates first — is marked as left on the day below; the reports of past months do not change."));
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Choose…"));

  target = year != NULL ? g_strdup (year->target_on) : sc_academic_year_default_target (self->start_on);
  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->problem_label), 12);
  adw_preferences_group_add (group, GTK_WIDGET (self->problem_label));

  self->file_row = ADW_ACTION_ROW (add_row (group, _("The new year's list (CSV or XLSX)"),
                                            _("No file chosen"), "x-office-spreadsheet-symbolic"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (choose_clicked_cb), self);
  adw_action_row_add_suffix (self->file_row, button);
  adw_action_row_set_activatable_widget (self->file_row, button);
  self->list_day_row = date_row (group, _("Day of the list (DD.MM.YYYY)"), list_day);
  self->left_row = date_row (group, _("Those it leaves out left on (DD.MM.YYYY)"), left_on);
  self->target_row = date_row (group, _("Full connection target (DD.MM.YYYY)"), target);
  return GTK_WIDGET (page);
}

/* ---- the object -------------------------------------------------------------- */

static GtkButton *
header_button (AdwHeaderBar *header,
               const char   *label,
               gboolean      start,
               GCallback     callback,
               gpointer      self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  if (callback != NULL)
    g_signal_connect_swapped (button, "clicked", callback, self);
  if (start)
    adw_header_bar_pack_start (header, button);
  else
    adw_header_bar_pack_end (header, button);
  return GTK_BUTTON (button);
}

static void
back_clicked_cb (ScNewYearDialog *self)
{
  show_page (self, "choose");
}

static void
apply_clicked_cb (ScNewYearDialog *self)
{
  sc_new_year_dialog_apply (self);
}

static void
next_clicked_cb (ScNewYearDialog *self)
{
  sc_new_year_dialog_next (self);
}

static void
build (ScNewYearDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  AdwHeaderBar *header = ADW_HEADER_BAR (adw_header_bar_new ());
  GtkWidget *cancel;

  adw_header_bar_set_title_widget (header, adw_window_title_new (_("New Academic Year"), self->label));
  adw_header_bar_set_show_start_title_buttons (header, FALSE);
  adw_header_bar_set_show_end_title_buttons (header, FALSE);
  cancel = GTK_WIDGET (header_button (header, _("_Cancel"), TRUE, NULL, self));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  self->back_button = header_button (header, _("_Back"), TRUE, G_CALLBACK (back_clicked_cb), self);
  self->apply_button = header_button (header, _("_Start the Year"), FALSE, G_CALLBACK (apply_clicked_cb), self);
  self->next_button = header_button (header, _("_Next"), FALSE, G_CALLBACK (next_clicked_cb), self);
  gtk_widget_add_css_class (GTK_WIDGET (self->apply_button), "suggested-action");
  gtk_widget_add_css_class (GTK_WIDGET (self->next_button), "suggested-action");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (header));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, build_first_page (self), "choose");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);
  show_page (self, "choose");
}

static void
sc_new_year_dialog_dispose (GObject *object)
{
  ScNewYearDialog *self = SC_NEW_YEAR_DIALOG (object);

  g_clear_object (&self->year);
  g_clear_object (&self->database);
  g_clear_pointer (&self->undo, sc_database_snapshot_free);
  G_OBJECT_CLASS (sc_new_year_dialog_parent_class)->dispose (object);
}

static void
sc_new_year_dialog_finalize (GObject *object)
{
  ScNewYearDialog *self = SC_NEW_YEAR_DIALOG (object);

  g_free (self->today);
  g_free (self->start_on);
  g_free (self->label);
  g_free (self->path);
  G_OBJECT_CLASS (sc_new_year_dialog_parent_class)->finalize (object);
}

static void
sc_new_year_dialog_class_init (ScNewYearDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sc_new_year_dialog_dispose;
  object_class->finalize = sc_new_year_dialog_finalize;
  signals[STARTED] = g_signal_new ("started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sc_new_year_dialog_init (ScNewYearDialog *self)
{
}

ScNewYearDialog *
sc_new_year_dialog_new (ScDatabase *database,
                        const char *today)
{
  ScNewYearDialog *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  self = g_object_new (SC_TYPE_NEW_YEAR_DIALOG, "modal", TRUE,
                       "default-width", 620, "default-height", 720, NULL);
  self->database = g_object_ref (database);
  self->today = today ? g_strdup (today) : sc_date_today ();
  self->start_on = sc_academic_year_coming (self->today);
  self->label = sc_academic_year_label (self->start_on);
  title = g_strdup_printf (_("New Academic Year %s"), self->label);
  gtk_window_set_title (GTK_WINDOW (self), title);
  build (self);
  return self;
}

/* test-ui-newcomer.c — issue 18: a newcomer's first month without traps,
 * dead ends or misleading signs
 *
 * Each test is one thing a coordinator stumbled on: the welcome page's
 * menu, an empty college's checklist, a search that stayed from another
 * college, a submitted report that looked editable, shortcuts nobody could
 * find, dates, phones, backups, recent colleges and the demo, templates
 * that made nothing, the administrator picker.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sc-application.h"
#include "sc-backup.h"
#include "sc-backups-dialog.h"
#include "sc-chat-members.h"
#include "sc-chat-template-dialog.h"
#include "sc-chats-page-private.h"
#include "sc-date.h"
#include "sc-date-row.h"
#include "sc-demo.h"
#include "sc-recent-colleges.h"
#include "sc-welcome-page.h"
#include "sc-organization-window.h"
#include "sc-overview-page-private.h"
#include "sc-people.h"
#include "sc-people-page-private.h"
#include "sc-person-dialog.h"
#include "sc-report.h"
#include "sc-reports-page-private.h"
#include "sc-test-ui.h"
#include "sc-window.h"

static ScApplication *app;

static ScWindow *
new_window (void)
{
  return sc_test_ui_window_new (app, 1024, 768);
}

/* Scrolls @widget's scrolled window so that it is near the top. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, point.y - 60);
  sc_test_ui_wait_frames (widget, 2);
}

/* A fresh file in a folder of its own. */
static char *
new_college_path (const char *name)
{
  g_autofree char *dir = sc_test_make_dir ("sc-newcomer");

  return g_build_filename (dir, name, NULL);
}

static gint64
add_person (ScDatabase *db,
            const char *last,
            const char *first,
            const char *patronymic,
            ScCategory  category,
            const char *group,
            const char *position)
{
  g_autoptr(ScPersonRecord) r = sc_person_record_new ();
  gint64 id;

  g_free (r->last_name), r->last_name = g_strdup (last);
  g_free (r->first_name), r->first_name = g_strdup (first);
  g_free (r->patronymic), r->patronymic = g_strdup (patronymic);
  g_free (r->group_code), r->group_code = g_strdup (group ? group : "");
  g_free (r->position), r->position = g_strdup (position ? position : "");
  r->category = category;
  id = sc_people_save (db, r, NULL);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Two students in one group and a teacher: «Колледж связи». */
static char *
make_small_college (void)
{
  char *path = new_college_path ("svyaz.sqlite3");
  g_autoptr(ScDatabase) db = sc_database_create (path, "ГБПОУ «Колледж связи»", NULL);

  g_assert_nonnull (db);
  add_person (db, "Белова", "Анна", "Игоревна", SC_CATEGORY_STUDENT, "ИС-21", NULL);
  add_person (db, "Быков", "Олег", "Петрович", SC_CATEGORY_STUDENT, "ИС-21", NULL);
  add_person (db, "Гусева", "Мария", "Ивановна", SC_CATEGORY_TEACHER, NULL, "преподаватель");
  return path;
}

/* Item 9: an empty college's checklist must not call a structure of zero
 * groups met, and «Организация…» on the welcome page does not do nothing. */
static void
test_first_run_not_misleading (void)
{
  g_autofree char *path = new_college_path ("empty.sqlite3");
  ScWindow *window = new_window ();
  ScOverviewPage *overview;
  GtkWidget *name_row;

  /* The welcome page: the menu's «Организация…» says where to start. */
  g_assert_null (sc_window_get_database (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "organization", NULL);
  sc_test_drain ();
  g_assert_null (sc_test_ui_find_window (SC_TYPE_ORGANIZATION_WINDOW));
  name_row = sc_test_ui_find (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, _("Full name of the college"));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), name_row));
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_LABEL,
                                     _("The organization profile is kept in the college’s file: create a college or open its file first.")));
  sc_test_ui_screenshot (GTK_WIDGET (window), "newcomer-welcome-organization");

  g_assert_true (sc_window_create_college (window, "ГБПОУ «Пустой колледж»", path));
  sc_test_drain ();
  overview = SC_OVERVIEW_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_OVERVIEW_PAGE, NULL));
  g_assert_nonnull (overview);
  g_assert_cmpint (sc_overview_page_get_check_state (overview, SC_CHECK_CHATS), !=, SC_CHECK_DONE);
  g_assert_cmpstr (sc_overview_page_get_check_text (overview, SC_CHECK_CHATS), ==,
                   _("Chat structure: no groups with students yet, so nothing to plan: import the list of people first"));
  sc_test_ui_screenshot (GTK_WIDGET (window), "newcomer-empty-overview");
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Item 7: what was typed or chosen in one college is not applied to the
 * next one opened. */
static void
test_state_not_leaking (void)
{
  g_autofree char *first = make_small_college ();
  g_autofree char *second = make_small_college ();
  ScWindow *window = new_window ();
  ScPeoplePage *people;
  g_autofree char *shown = NULL;

  g_assert_true (sc_window_open_database (window, first));
  sc_window_set_page (window, "people");
  sc_test_drain ();
  people = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
  gtk_editable_set_text (GTK_EDITABLE (people->search_entry), "Гусева");
  gtk_drop_down_set_selected (people->category_dropdown, 1 + SC_CATEGORY_TEACHER);
  sc_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (sc_people_page_get_visible (people)), ==, 1);

  g_assert_true (sc_window_open_database (window, second));
  sc_window_set_page (window, "people");
  sc_test_drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (people->search_entry)), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (people->category_dropdown), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sc_people_page_get_visible (people)), ==, 3);
  shown = g_strdup_printf (_("Shown: %s of %s"), "3", "3");
  g_assert_cmpstr (gtk_label_get_text (people->count_label), ==, shown);
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Item 12: a submitted report's text fields look like text, not like
 * boxes that ignore typing, and say why. */
static void
test_submitted_report_read_only (void)
{
  g_autofree char *path = make_small_college ();
  g_autofree char *today = sc_date_today ();
  g_autofree char *month = g_strndup (today, 7);
  g_autoptr(GError) error = NULL;
  ScWindow *window = new_window ();
  ScReportsPage *reports;
  GtkWidget *frame;

  g_assert_true (sc_window_open_database (window, path));
  sc_window_set_page (window, "reports");
  sc_test_drain ();
  reports = SC_REPORTS_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_REPORTS_PAGE, NULL));
  g_assert_true (sc_reports_page_select_month (reports, month));
  sc_test_drain ();
  frame = gtk_widget_get_parent (GTK_WIDGET (reports->narrative_views[0]));
  g_assert_true (gtk_text_view_get_editable (reports->narrative_views[0]));
  g_assert_false (gtk_widget_has_css_class (frame, "read-only"));
  g_assert_false (gtk_widget_get_visible (reports->read_only_notice));

  g_assert_true (sc_report_submit (sc_window_get_database (window), month, today, &error));
  g_assert_no_error (error);
  sc_test_assert_eventually (!gtk_text_view_get_editable (reports->narrative_views[0]));
  g_assert_false (gtk_text_view_get_editable (reports->narrative_views[0]));
  g_assert_true (gtk_widget_has_css_class (frame, "read-only"));
  g_assert_true (gtk_widget_get_visible (reports->read_only_notice));
  scroll_to (reports->read_only_notice);
  sc_test_ui_screenshot (GTK_WIDGET (window), "newcomer-report-read-only");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  sc_test_ui_screenshot (GTK_WIDGET (window), "newcomer-report-read-only-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  sc_test_ui_close (GTK_WINDOW (window));
}

static gboolean
lists_accelerator (GtkWidget  *root,
                   const char *accelerator,
                   const char *title)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (root))
    {
      g_autofree char *accel = NULL, *name = NULL;

      g_object_get (root, "accelerator", &accel, "title", &name, NULL);
      if (g_strcmp0 (accel, accelerator) == 0 && g_strcmp0 (name, title) == 0)
        return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (lists_accelerator (child, accelerator, title))
      return TRUE;
  return FALSE;
}

/* Item 12: the shortcuts window lists the «Люди» page's own keys. */
static void
test_shortcuts_listed (void)
{
  ScWindow *window = new_window ();
  GtkWindow *shortcuts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shortcuts = sc_test_ui_wait_for_window (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  g_assert_true (lists_accelerator (GTK_WIDGET (shortcuts), "<Control>f",
                                    C_("shortcut window", "Find a person")));
  g_assert_true (lists_accelerator (GTK_WIDGET (shortcuts), "<Control>i",
                                    C_("shortcut window", "Import a list of people")));
  g_assert_true (lists_accelerator (GTK_WIDGET (shortcuts), "<Control>z",
                                    C_("shortcut window", "Undo the last change of status")));
  sc_test_ui_screenshot (GTK_WIDGET (shortcuts), "newcomer-shortcuts");
  /* the window keeps its help overlay: closing hides it */
  gtk_window_close (shortcuts);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  sc_test_ui_close (GTK_WINDOW (window));
}

static ScDateRow *
find_date_row (GtkWidget  *root,
               const char *title)
{
  GtkWidget *row = sc_test_ui_find (root, SC_TYPE_DATE_ROW, title);

  g_assert_nonnull (row);
  return SC_DATE_ROW (row);
}

/* Picks @day of the month the calendar shows, as a click would. */
static void
pick_in_calendar (GtkMenuButton *button,
                  int            year,
                  int            month,
                  int            day)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);

  sc_test_assert_eventually (gtk_widget_get_mapped (GTK_WIDGET (button)));
  sc_test_ui_wait_frames (GTK_WIDGET (button), 2);
  gtk_menu_button_popup (button);
  sc_test_ui_wait_frames (GTK_WIDGET (popover), 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_calendar_select_day (GTK_CALENDAR (gtk_popover_get_child (popover)), date);
  sc_test_assert_eventually (!gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
}

/* Item 6: «31.02.2023» is in the right form: the field says there is no
 * such date, beside it, and the calendar fills it in. */
static void
test_dates (void)
{
  g_autofree char *path = make_small_college ();
  ScWindow *window = new_window ();
  GtkWindow *prefs, *dialog;
  ScDateRow *order_date, *left_on;
  GtkRevealer *top_problem;

  g_assert_true (sc_window_open_database (window, path));
  g_action_group_activate_action (G_ACTION_GROUP (app), "organization", NULL);
  prefs = sc_test_ui_wait_for_window (SC_TYPE_ORGANIZATION_WINDOW);
  g_assert_nonnull (prefs);
  sc_test_ui_wait_frames (GTK_WIDGET (prefs), 3);
  order_date = find_date_row (GTK_WIDGET (prefs), _("Order date (DD.MM.YYYY)"));
  scroll_to (GTK_WIDGET (order_date));
  gtk_editable_set_text (GTK_EDITABLE (order_date), "31.02.2023");
  g_assert_cmpint (sc_date_row_get_problem (order_date), ==, SC_DATE_NO_SUCH_DAY);
  g_assert_cmpstr (sc_date_row_get_problem_text (order_date), ==, _("there is no such date"));
  /* said in the row, not at the top of the window out of view */
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (order_date), GTK_TYPE_LABEL, _("there is no such date")));
  top_problem = GTK_REVEALER (sc_test_ui_find (GTK_WIDGET (prefs), GTK_TYPE_REVEALER, NULL));
  g_assert_false (gtk_revealer_get_reveal_child (top_problem));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (order_date), "error"));
  gtk_widget_grab_focus (GTK_WIDGET (order_date));
  sc_test_ui_screenshot (GTK_WIDGET (prefs), "newcomer-date-no-such-day");
  gtk_editable_set_text (GTK_EDITABLE (order_date), "10 ноября");
  g_assert_cmpstr (sc_date_row_get_problem_text (order_date), ==, _("type it as DD.MM.YYYY"));

  pick_in_calendar (sc_date_row_get_calendar_button (order_date), 2023, 11, 10);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (order_date)), ==, "10.11.2023");
  g_assert_cmpint (sc_date_row_get_problem (order_date), ==, SC_DATE_OK);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (order_date), "error"));
  gtk_menu_button_popup (sc_date_row_get_calendar_button (order_date));
  sc_test_ui_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (sc_date_row_get_calendar_button (order_date))),
                         "newcomer-date-calendar");
  gtk_menu_button_popdown (sc_date_row_get_calendar_button (order_date));
  sc_test_ui_close (prefs);

  /* The person editor: the date a person left, optional, same checks. */
  sc_window_set_page (window, "people");
  sc_test_drain ();
  gtk_widget_activate_action (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL), "people.add", NULL);
  dialog = sc_test_ui_wait_for_window (SC_TYPE_PERSON_DIALOG);
  sc_test_ui_wait_frames (GTK_WIDGET (dialog), 3);
  left_on = find_date_row (GTK_WIDGET (dialog), _("Left on (DD.MM.YYYY), empty while studying or working"));
  scroll_to (GTK_WIDGET (left_on));
  g_assert_cmpint (sc_date_row_get_problem (left_on), ==, SC_DATE_OK);
  gtk_editable_set_text (GTK_EDITABLE (left_on), "30.02.2024");
  g_assert_cmpstr (sc_date_row_get_problem_text (left_on), ==, _("there is no such date"));
  pick_in_calendar (sc_date_row_get_calendar_button (left_on), 2024, 2, 29);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (left_on)), ==, "29.02.2024");
  sc_test_ui_close (dialog);
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Item 6: the date in the prompts (a status from a date, a chat created
 * on a date) names its problem above the entry and has a calendar. */
static void
test_date_prompt (void)
{
  g_autofree char *path = make_small_college ();
  ScWindow *window = new_window ();
  ScPeoplePage *people;
  GtkWindow *prompt;
  GtkWidget *entry;
  GtkPopover *calendar;
  g_autoptr(GDateTime) day = g_date_time_new_local (2023, 12, 5, 12, 0, 0);

  g_assert_true (sc_window_open_database (window, path));
  sc_window_set_page (window, "people");
  sc_test_drain ();
  people = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
  gtk_selection_model_select_item (sc_people_page_get_selection (people), 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (people), "people.mark-left", NULL);
  prompt = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (prompt);
  entry = sc_test_ui_find (GTK_WIDGET (prompt), GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "31.04.2023");
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (prompt), GTK_TYPE_LABEL, _("there is no such date")));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  sc_test_ui_screenshot (GTK_WIDGET (prompt), "newcomer-date-prompt");
  g_signal_emit_by_name (entry, "icon-press", GTK_ENTRY_ICON_SECONDARY);
  calendar = g_object_get_data (G_OBJECT (entry), "calendar");
  sc_test_ui_wait_frames (GTK_WIDGET (calendar), 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (calendar)));
  gtk_calendar_select_day (GTK_CALENDAR (gtk_popover_get_child (calendar)), day);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "05.12.2023");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  sc_test_ui_respond (ADW_MESSAGE_DIALOG (prompt), "cancel");
  sc_test_ui_close (GTK_WINDOW (window));
}

static guint
count_copies (const char   *db_path,
              ScBackupKind  kind,
              char        **newest)
{
  g_autoptr(GPtrArray) list = sc_backup_list (db_path, NULL);
  guint n = 0;

  g_assert_nonnull (list);
  for (guint i = 0; i < list->len; i++)
    {
      ScBackup *backup = list->pdata[i];
      if (backup->kind != kind)
        continue;
      if (n++ == 0 && newest != NULL)
        *newest = g_strdup (backup->path);
    }
  return n;
}

static int
people_in (const char *copy)
{
  g_autoptr(ScDatabase) db = sc_database_open (copy, NULL);
  g_autoptr(GListStore) people = NULL;

  g_assert_nonnull (db);
  people = sc_people_load (db, NULL, NULL);
  g_assert_nonnull (people);
  return g_list_model_get_n_items (G_LIST_MODEL (people));
}

/* Item 10: the first day's work (here a submitted report) is in a copy
 * at once (not only the copy made when the file was first opened that
 * day), later changes within the hour when the file closes; «Сделать копию сейчас» in the backups window. */
static void
test_backups_after_work (void)
{
  g_autofree char *path = make_small_college ();
  g_autofree char *newest = NULL;
  g_autofree char *today = sc_date_today ();
  g_autofree char *month = g_strndup (today, 7);
  g_autoptr(GError) error = NULL;
  ScWindow *window = new_window ();
  ScDatabase *db;
  GtkWindow *dialog;
  GtkWidget *button;
  guint n_rows;

  g_assert_true (sc_window_open_database (window, path));
  db = sc_window_get_database (window);
  g_assert_cmpuint (count_copies (path, SC_BACKUP_DAILY, NULL), ==, 1);
  g_assert_cmpuint (count_copies (path, SC_BACKUP_AFTER_CHANGES, NULL), ==, 0);

  /* the month's report submitted: in a copy at once */
  g_assert_true (sc_report_submit (db, month, today, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_copies (path, SC_BACKUP_AFTER_CHANGES, &newest), ==, 1);
  g_assert_cmpint (sc_test_file_query_int (newest, "SELECT count(*) FROM report WHERE status = 'submitted'"), ==, 1);
  g_clear_pointer (&newest, g_free);
  /* within the hour: no second copy yet */
  add_person (db, "Дронова", "Ольга", "Павловна", SC_CATEGORY_STUDENT, "ИС-21", NULL);
  g_assert_cmpuint (count_copies (path, SC_BACKUP_AFTER_CHANGES, &newest), ==, 1);
  g_assert_cmpint (people_in (newest), ==, 3);
  g_clear_pointer (&newest, g_free);
  add_person (db, "Ершов", "Илья", "Сергеевич", SC_CATEGORY_STUDENT, "ИС-21", NULL);
  g_assert_cmpuint (count_copies (path, SC_BACKUP_AFTER_CHANGES, &newest), ==, 1);
  g_clear_pointer (&newest, g_free);

  g_action_group_activate_action (G_ACTION_GROUP (app), "backups", NULL);
  dialog = sc_test_ui_wait_for_window (SC_TYPE_BACKUPS_DIALOG);
  g_assert_nonnull (dialog);
  button = sc_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, _("_Make a Copy Now"));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  n_rows = count_copies (path, SC_BACKUP_DAILY, NULL) + count_copies (path, SC_BACKUP_AFTER_CHANGES, NULL);
  g_signal_emit_by_name (button, "clicked");
  sc_test_assert_eventually (count_copies (path, SC_BACKUP_MANUAL, NULL) == 1);
  g_assert_cmpuint (count_copies (path, SC_BACKUP_MANUAL, &newest), ==, 1);
  g_assert_cmpint (people_in (newest), ==, 5);
  g_assert_cmpuint (n_rows, ==, 2);
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, NULL));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "newcomer-backups");
  sc_test_ui_close (dialog);

  /* the change after the hour's copy is copied when the file closes */
  add_person (db, "Жукова", "Вера", "Олеговна", SC_CATEGORY_STUDENT, "ИС-21", NULL);
  sc_test_ui_close (GTK_WINDOW (window));
  g_clear_pointer (&newest, g_free);
  count_copies (path, SC_BACKUP_AFTER_CHANGES, &newest);
  g_assert_cmpint (people_in (newest), ==, 6);
}

static char *
make_named_college (const char *file,
                    const char *name)
{
  char *path = new_college_path (file);
  g_autoptr(ScDatabase) db = sc_database_create (path, name, NULL);

  g_assert_nonnull (db);
  add_person (db, "Белова", "Анна", "Игоревна", SC_CATEGORY_STUDENT, "ИС-21", NULL);
  return path;
}

/* The main menu's «Недавние колледжи»: its items' labels and targets. */
static GMenuModel *
recent_submenu (ScWindow *window)
{
  GtkWidget *button = sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL);
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);
      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *label = NULL;
          if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
              g_str_equal (label, _("_Recent Colleges")))
            return g_menu_model_get_item_link (section, i, G_MENU_LINK_SUBMENU);
        }
    }
  g_assert_not_reached ();
}

static char *
menu_item_string (GMenuModel *menu,
                  int         i,
                  const char *attribute)
{
  char *value = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, i, attribute, "s", &value));
  return value;
}

static gboolean
has_main_menu_item (ScWindow   *window,
                    const char *action)
{
  GtkWidget *button = sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL);
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);
      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *name = NULL;
          if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
              g_str_equal (name, action))
            return TRUE;
        }
    }
  return FALSE;
}

static GtkRevealer *
demo_banner (ScWindow *window)
{
  GtkWidget *label = sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_LABEL,
                                      _("This is a made-up college: its people and figures are invented to try the program out. Your own files are not touched."));

  g_assert_nonnull (label);
  return GTK_REVEALER (gtk_widget_get_ancestor (label, GTK_TYPE_REVEALER));
}

/* Item 1: recent colleges with their names and dates in the main menu and
 * on the welcome page; the demo marked and never started with. */
static void
test_recent_colleges_and_demo (void)
{
  g_autofree char *first = make_named_college ("first.sqlite3", "ГБПОУ «Колледж связи»");
  g_autofree char *second = make_named_college ("second.sqlite3", "ГБПОУ «Технологический колледж»");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) recent = NULL;
  g_autoptr(GMenuModel) submenu = NULL;
  g_autofree char *label = NULL, *target = NULL, *today = NULL, *expected = NULL, *demo_title = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  ScWindow *window = new_window ();
  GtkListBox *list;
  const char *pages[] = { "overview", "people", "chats", "activity", "reports" };

  g_assert_true (has_main_menu_item (window, "app.open-demo"));
  g_assert_true (sc_window_open_database (window, first));
  g_assert_true (sc_window_open_database (window, second));
  recent = sc_recent_colleges_list (settings);
  g_assert_cmpuint (recent->len, >=, 2);
  g_assert_cmpstr (((ScRecentCollege *)recent->pdata[0])->path, ==, second);
  g_assert_cmpstr (((ScRecentCollege *)recent->pdata[0])->name, ==, "ГБПОУ «Технологический колледж»");
  g_assert_cmpstr (((ScRecentCollege *)recent->pdata[1])->path, ==, first);

  /* the main menu: «Колледж связи — 07.12.2026», opening that file */
  today = g_date_time_format (now, "%d.%m.%Y");
  submenu = recent_submenu (window);
  g_assert_cmpint (g_menu_model_get_n_items (submenu), >=, 2);
  label = menu_item_string (submenu, 1, G_MENU_ATTRIBUTE_LABEL);
  expected = g_strdup_printf (_("%s — %s"), "ГБПОУ «Колледж связи»", today);
  g_assert_cmpstr (label, ==, expected);
  target = menu_item_string (submenu, 1, G_MENU_ATTRIBUTE_TARGET);
  g_assert_cmpstr (target, ==, first);
  {
    GtkMenuButton *menu_button = GTK_MENU_BUTTON (sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL));
    gtk_menu_button_popup (menu_button);
    sc_test_ui_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (menu_button)), "newcomer-main-menu");
    gtk_menu_button_popdown (menu_button);
  }
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-recent", g_variant_new_string (first));
  g_assert_cmpstr (sc_database_get_path (sc_window_get_database (window)), ==, first);

  /* the welcome page lists them too, and a row opens its college */
  sc_window_show_welcome (window);
  list = GTK_LIST_BOX (sc_test_ui_find (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_WELCOME_PAGE, NULL),
                                        GTK_TYPE_LIST_BOX, NULL));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (list)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))), ==,
                   "ГБПОУ «Колледж связи»");
  sc_test_ui_screenshot (GTK_WIDGET (window), "newcomer-welcome-recent");
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 1));
  g_assert_cmpstr (sc_database_get_path (sc_window_get_database (window)), ==, second);

  /* the demo, from the main menu: marked in the title and over every page */
  g_assert_false (gtk_revealer_get_reveal_child (demo_banner (window)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
  sc_test_drain ();
  g_assert_true (sc_window_is_demo (window));
  demo_title = g_strdup_printf (_("%s (made up)"), "Демонстрационный колледж");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, demo_title);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      sc_window_set_page (window, pages[i]);
      sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
      sc_test_assert_eventually (gtk_revealer_get_child_revealed (demo_banner (window)));
      g_assert_true (gtk_revealer_get_child_revealed (demo_banner (window)));
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (demo_banner (window))));
    }
  sc_window_set_page (window, "overview");
  sc_test_ui_screenshot (GTK_WIDGET (window), "newcomer-demo-banner");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  sc_test_ui_screenshot (GTK_WIDGET (window), "newcomer-demo-banner-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  /* not among the recent colleges, and not what the next start opens */
  g_clear_pointer (&recent, g_ptr_array_unref);
  recent = sc_recent_colleges_list (settings);
  for (guint i = 0; i < recent->len; i++)
    g_assert_false (g_str_has_prefix (((ScRecentCollege *)recent->pdata[i])->path, g_get_user_data_dir ()));
  last = g_settings_get_string (settings, "last-database");
  g_assert_cmpstr (last, ==, second);
  sc_test_ui_close (GTK_WINDOW (window));

  window = new_window ();
  g_assert_nonnull (sc_window_get_database (window));
  g_assert_cmpstr (sc_database_get_path (sc_window_get_database (window)), ==, second);
  g_assert_false (sc_window_is_demo (window));
  g_assert_false (gtk_revealer_get_reveal_child (demo_banner (window)));
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Item 1: «Создать базу…» says what becomes of the open college, and
 * Cancel keeps it open. */
static void
test_new_college_keeps_open_one (void)
{
  g_autofree char *first = make_named_college ("keep.sqlite3", "ГБПОУ «Колледж связи»");
  ScWindow *window = new_window ();
  GtkWindow *dialog;
  GtkWidget *name_row;
  g_autofree char *body = NULL;

  g_assert_true (sc_window_open_database (window, first));
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-database", NULL);
  dialog = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_object_get (dialog, "body", &body, NULL);
  g_assert_nonnull (strstr (body, "ГБПОУ «Колледж связи»"));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "newcomer-new-college");
  sc_test_ui_respond (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_assert_cmpstr (sc_database_get_path (sc_window_get_database (window)), ==, first);

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-database", NULL);
  dialog = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  name_row = sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Full name of the college"));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "ГБПОУ «Новый колледж»");
  sc_test_ui_respond (ADW_MESSAGE_DIALOG (dialog), "create");
  sc_test_drain ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "ГБПОУ «Новый колледж»");
  g_assert_cmpstr (sc_database_get_path (sc_window_get_database (window)), !=, first);
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Item 1: Ctrl+O opens where the open college's file is, with the data
 * folder (hidden in ~/.local/share) in the side bar. */
static void
test_open_chooser_folder (void)
{
  g_autofree char *first = make_named_college ("where.sqlite3", "ГБПОУ «Колледж связи»");
  g_autofree char *folder = g_path_get_dirname (first);
  g_autofree char *default_path = sc_database_default_path ();
  g_autofree char *data_dir = g_path_get_dirname (default_path);
  ScWindow *window = new_window ();
  GtkWindow *chooser;
  g_autoptr(GFile) current = NULL;
  g_autoptr(GListModel) shortcuts = NULL;
  g_autofree char *current_path = NULL;
  gboolean has_data_dir = FALSE;

  g_assert_true (sc_window_open_database (window, first));
  /* the chooser's «Недавние» lists the college too, not only our menu */
  {
    g_autofree char *uri = g_filename_to_uri (first, NULL, NULL);
    g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  }
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-database", NULL);
  chooser = sc_test_ui_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
  current_path = g_file_get_path (current);
  g_assert_cmpstr (current_path, ==, folder);
  shortcuts = gtk_file_chooser_get_shortcut_folders (GTK_FILE_CHOOSER (chooser));
  for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (shortcuts, i);
      g_autofree char *path = g_file_get_path (file);
      has_data_dir = has_data_dir || g_strcmp0 (path, data_dir) == 0;
    }
  g_assert_true (has_data_dir);
  sc_test_ui_screenshot (GTK_WIDGET (chooser), "newcomer-open-chooser");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  sc_test_drain ();
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Teachers and staff, none with a director's or deputy's position, and
 * no coordinator in the profile: «Администрация» has nobody to be of. */
static char *
make_college_without_administration (void)
{
  char *path = new_college_path ("noadmin.sqlite3");
  g_autoptr(ScDatabase) db = sc_database_create (path, "ГБПОУ «Колледж связи»", NULL);

  add_person (db, "Белова", "Анна", "Игоревна", SC_CATEGORY_STUDENT, "ИС-21", NULL);
  add_person (db, "Гусева", "Мария", "Ивановна", SC_CATEGORY_TEACHER, NULL, "преподаватель");
  add_person (db, "Иванова", "Ольга", "Петровна", SC_CATEGORY_STAFF, NULL, "руководитель");
  add_person (db, "Иванова", "Ольга", "Петровна", SC_CATEGORY_STAFF, NULL, "бухгалтер");
  return path;
}

static ScChatsPage *
show_chats (ScWindow *window)
{
  ScChatsPage *page;

  sc_window_set_page (window, "chats");
  sc_test_drain ();
  page = SC_CHATS_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_CHATS_PAGE, NULL));
  g_assert_nonnull (page);
  return page;
}

static GtkListBoxRow *
first_visible_row (GtkListBox *list)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

/* Item 4 and 8: the template says why «Администрация» is not made and
 * lets the coordinator choose its members, namesakes told apart; typing
 * goes to the search at once. */
static void
test_template_says_why (void)
{
  g_autofree char *path = make_college_without_administration ();
  g_autofree char *head = NULL;
  ScWindow *window = new_window ();
  ScChatsPage *page;
  ScChatTemplateDialog *dialog;
  GtkWindow *picker;
  GtkWidget *button, *search;
  GtkListBox *list;
  GtkListBoxRow *row;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) chats = NULL;
  gint64 admin_chat = 0;

  g_assert_true (sc_window_open_database (window, path));
  page = show_chats (window);
  gtk_widget_activate_action (GTK_WIDGET (page), "chats.template", NULL);
  dialog = SC_CHAT_TEMPLATE_DIALOG (sc_test_ui_wait_for_window (SC_TYPE_CHAT_TEMPLATE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
      _("“Administration” is not made: nobody in the list has a position the template recognises (director, deputy director), and the coordinator named in the organization profile is not found among teachers and staff. Choose its members by hand.")));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "newcomer-template-why");
  button = sc_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, _("_Choose Members…"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  picker = sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (picker);
  sc_test_ui_wait_frames (GTK_WIDGET (picker), 2);
  search = sc_test_ui_find (GTK_WIDGET (picker), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (picker)), search));
  list = GTK_LIST_BOX (sc_test_ui_find (GTK_WIDGET (picker), GTK_TYPE_LIST_BOX, NULL));
  /* namesakes: one is «руководитель», the other «бухгалтер» */
  gtk_editable_set_text (GTK_EDITABLE (search), "иванова");
  sc_test_assert_eventually (first_visible_row (list) != NULL &&
            g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first_visible_row (list))), "Иванова"));
  row = first_visible_row (list);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "руководитель") ? row :
                    strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "бухгалтер") ? row : NULL);
  sc_test_ui_screenshot (GTK_WIDGET (picker), "newcomer-template-members");
  head = g_strdup_printf ("%s · %s", sc_category_get_label (SC_CATEGORY_STAFF), "руководитель");
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_child_visible (child) &&
        g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (child)), head) == 0)
      gtk_check_button_set_active (g_object_get_data (G_OBJECT (child), "check"), TRUE);
  sc_test_ui_respond (ADW_MESSAGE_DIALOG (picker), "apply");
  sc_test_drain ();

  chats = sc_chat_store_list (sc_page_get_database (SC_PAGE (page)), NULL);
  for (guint i = 0; i < chats->len; i++)
    if (((ScChat *)chats->pdata[i])->kind == SC_CHAT_KIND_ADMINISTRATION)
      admin_chat = ((ScChat *)chats->pdata[i])->id;
  g_assert_cmpint (admin_chat, >, 0);
  members = sc_chat_members_list (sc_page_get_database (SC_PAGE (page)), admin_chat, NULL, NULL);
  g_assert_cmpuint (members->len, ==, 1);
  g_assert_cmpstr (((ScChatMember *)members->pdata[0])->full_name, ==, "Иванова Ольга Петровна");
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Item 4: in «Людей без чата», a name opens that person. */
static void
test_people_without_chat_open_person (void)
{
  g_autofree char *path = make_college_without_administration ();
  ScWindow *window = new_window ();
  ScChatsPage *page;
  GtkListBox *list;
  GtkWindow *person;

  g_assert_true (sc_window_open_database (window, path));
  page = show_chats (window);
  list = sc_chats_page_open_coverage (page, page->people_button);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (gtk_list_box_row_get_activatable (gtk_list_box_get_row_at_index (list, 0)));
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  person = sc_test_ui_wait_for_window (SC_TYPE_PERSON_DIALOG);
  g_assert_nonnull (person);
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (person), ADW_TYPE_ENTRY_ROW, _("Last name")));
  sc_test_ui_close (person);
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Item 8: the administrator picker takes typing at once, and namesakes
 * are told apart by position and department. */
static void
test_admin_picker (void)
{
  g_autofree char *path = make_college_without_administration ();
  ScWindow *window = new_window ();
  ScChatsPage *page;
  GtkWidget *popover, *search, *focus;
  gint64 chat_id;

  g_assert_true (sc_window_open_database (window, path));
  chat_id = sc_chat_store_add (sc_window_get_database (window), 0, "Методисты", SC_CHAT_KIND_CUSTOM, NULL);
  g_assert_cmpint (chat_id, >, 0);
  page = show_chats (window);
  g_assert_true (sc_chats_page_select_chat (page, chat_id));
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  g_signal_emit_by_name (page->admin_dropdown, "activate");
  popover = NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (page->admin_dropdown)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      popover = child;
  g_assert_nonnull (popover);
  sc_test_ui_wait_frames (popover, 3);
  search = sc_test_ui_find (popover, GTK_TYPE_SEARCH_ENTRY, NULL);
  sc_test_assert_eventually ((focus = gtk_root_get_focus (gtk_widget_get_root (popover))) != NULL &&
            gtk_widget_is_ancestor (focus, search));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (popover)), search));
  gtk_editable_set_text (GTK_EDITABLE (search), "Иванова");
  /* both namesakes listed, each with what tells them apart */
  {
    g_autofree char *head = g_strdup_printf ("%s · %s", sc_category_get_label (SC_CATEGORY_STAFF), "руководитель");
    g_autofree char *clerk = g_strdup_printf ("%s · %s", sc_category_get_label (SC_CATEGORY_STAFF), "бухгалтер");
    sc_test_assert_eventually (sc_test_ui_find (popover, GTK_TYPE_LABEL, head) != NULL &&
                               sc_test_ui_find (popover, GTK_TYPE_LABEL, clerk) != NULL);
  }
  sc_test_ui_screenshot (popover, "newcomer-admin-picker");
  gtk_popover_popdown (GTK_POPOVER (popover));
  /* the button itself shows the name only */
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (page->admin_dropdown), GTK_TYPE_LABEL, _("Not appointed")));
  sc_test_ui_close (GTK_WINDOW (window));
}

static ScPeoplePage *
show_people (ScWindow *window)
{
  ScPeoplePage *page;

  sc_window_set_page (window, "people");
  sc_test_drain ();
  page = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
  g_assert_nonnull (page);
  return page;
}

/* Item 12: «123» is not a phone; a Russian number is kept one way and
 * shown as «+7 (963) 566-42-64» in the editor and the table. */
static void
test_phone_checked_and_formatted (void)
{
  g_autofree char *path = make_small_college ();
  ScWindow *window = new_window ();
  ScPeoplePage *page;
  ScPersonDialog *dialog;
  GtkWidget *phone;
  ScPerson *person;

  g_assert_true (sc_window_open_database (window, path));
  page = show_people (window);
  g_signal_emit_by_name (page->column_view, "activate", 0);
  dialog = SC_PERSON_DIALOG (sc_test_ui_wait_for_window (SC_TYPE_PERSON_DIALOG));
  g_assert_nonnull (dialog);
  sc_test_ui_wait_frames (GTK_WIDGET (dialog), 2);
  phone = sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Phone"));
  gtk_editable_set_text (GTK_EDITABLE (phone), "123");
  g_assert_false (sc_person_dialog_save (dialog));
  g_assert_true (gtk_widget_has_css_class (phone, "error"));
  g_assert_true (gtk_widget_get_visible (sc_test_ui_find (phone, GTK_TYPE_LABEL,
                                                          _("not a phone number: +7 and ten digits"))));
  scroll_to (phone);
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "newcomer-phone-invalid");
  gtk_editable_set_text (GTK_EDITABLE (phone), "8 963 566 42 64");
  g_assert_false (gtk_widget_has_css_class (phone, "error"));
  g_assert_true (sc_person_dialog_save (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (phone)), ==, "+7 (963) 566-42-64");
  sc_test_ui_close (GTK_WINDOW (dialog));
  sc_test_drain ();
  person = sc_people_page_get_person (page, 0);
  g_assert_cmpstr (sc_person_get_record (person)->phone, ==, "+79635664264");
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (page->column_view), GTK_TYPE_INSCRIPTION, "+7 (963) 566-42-64"));
  sc_test_ui_close (GTK_WINDOW (window));
}

/* The colour @widget shows at (@x, @y), drawn as on screen. */
static void
color_at (GtkWidget *widget,
          int        x,
          int        y,
          guchar     rgb[3])
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autofree guchar *pixels = g_malloc ((gsize)width * height * 4);
  const guchar *pixel;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, (gsize)width * 4);
  /* cairo's ARGB32 in memory: blue, green, red, alpha (opaque here) */
  pixel = pixels + ((gsize)y * width + x) * 4;
  rgb[0] = pixel[2], rgb[1] = pixel[1], rgb[2] = pixel[0];
}

/* How far apart two colours are: red, green and blue differences added. */
static int
color_distance (const guchar a[3],
                const guchar b[3])
{
  return ABS (a[0] - b[0]) + ABS (a[1] - b[1]) + ABS (a[2] - b[2]);
}

/* Where, in the table, the row showing @name is: its middle, near the
 * table's right edge, where no text is. */
static void
row_point (ScPeoplePage *page,
           const char   *name,
           int          *x,
           int          *y)
{
  GtkWidget *cell = sc_test_ui_find (GTK_WIDGET (page->column_view), GTK_TYPE_INSCRIPTION, name);
  graphene_point_t point;

  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_compute_point (cell, GTK_WIDGET (page->column_view),
                                           &GRAPHENE_POINT_INIT (0, gtk_widget_get_height (cell) / 2.0), &point));
  *x = gtk_widget_get_width (GTK_WIDGET (page->column_view)) - 4;
  *y = (int)point.y;
}

/* The tint of a selected row against an unselected one, in the current
 * style: GTK's own faint grey (235 on 255, 60 apart; 66 in dark) was hard
 * to see; the accent's tint is about 95 apart in both. */
static void
assert_selection_stands_out (ScPeoplePage *page)
{
  guchar selected[3], plain[3];
  int x, y;

  row_point (page, sc_person_get_full_name (sc_people_page_get_person (page, 0)), &x, &y);
  color_at (GTK_WIDGET (page->column_view), x, y, selected);
  row_point (page, sc_person_get_full_name (sc_people_page_get_person (page, 1)), &x, &y);
  color_at (GTK_WIDGET (page->column_view), x, y, plain);
  g_test_message ("selected row (%d, %d, %d), plain row (%d, %d, %d): %d apart",
                  selected[0], selected[1], selected[2], plain[0], plain[1], plain[2],
                  color_distance (selected, plain));
  g_assert_cmpint (color_distance (selected, plain), >=, 80);
}

/* Item 12: selected rows stand out, in light and dark style, and a click
 * with Ctrl finds the row it adds (the AT-SPI test clicks for real). */
static void
test_selection_visible (void)
{
  g_autofree char *path = make_small_college ();
  ScWindow *window = new_window ();
  ScPeoplePage *page;
  GtkWidget *cell;
  graphene_point_t point;

  g_assert_true (sc_window_open_database (window, path));
  page = show_people (window);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  cell = sc_test_ui_find (GTK_WIDGET (page->column_view), GTK_TYPE_INSCRIPTION,
                          sc_person_get_full_name (sc_people_page_get_person (page, 2)));
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_compute_point (cell, GTK_WIDGET (page->column_view),
                                           &GRAPHENE_POINT_INIT (4, 4), &point));
  g_assert_cmpuint (sc_people_page_row_at (page, point.x, point.y), ==, 2);
  gtk_selection_model_select_item (sc_people_page_get_selection (page), 0, TRUE);
  gtk_selection_model_select_item (sc_people_page_get_selection (page), 2, FALSE);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  sc_test_ui_screenshot (GTK_WIDGET (window), "newcomer-selection");
  assert_selection_stands_out (page);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  sc_test_ui_screenshot (GTK_WIDGET (window), "newcomer-selection-dark");
  assert_selection_stands_out (page);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  sc_test_ui_close (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  sc_test_ui_init (&argc, &argv);
  app = sc_test_ui_app_new ();

  g_test_add_func ("/sc/ui/newcomer/first-run-not-misleading", test_first_run_not_misleading);
  g_test_add_func ("/sc/ui/newcomer/state-not-leaking", test_state_not_leaking);
  g_test_add_func ("/sc/ui/newcomer/submitted-report-read-only", test_submitted_report_read_only);
  g_test_add_func ("/sc/ui/newcomer/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/sc/ui/newcomer/dates", test_dates);
  g_test_add_func ("/sc/ui/newcomer/date-prompt", test_date_prompt);
  g_test_add_func ("/sc/ui/newcomer/backups-after-work", test_backups_after_work);
  g_test_add_func ("/sc/ui/newcomer/recent-colleges-and-demo", test_recent_colleges_and_demo);
  g_test_add_func ("/sc/ui/newcomer/new-college-keeps-open-one", test_new_college_keeps_open_one);
  g_test_add_func ("/sc/ui/newcomer/open-chooser-folder", test_open_chooser_folder);
  g_test_add_func ("/sc/ui/newcomer/template-says-why", test_template_says_why);
  g_test_add_func ("/sc/ui/newcomer/people-without-chat-open-person", test_people_without_chat_open_person);
  g_test_add_func ("/sc/ui/newcomer/admin-picker", test_admin_picker);
  g_test_add_func ("/sc/ui/newcomer/phone-checked-and-formatted", test_phone_checked_and_formatted);
  g_test_add_func ("/sc/ui/newcomer/selection-visible", test_selection_visible);

  status = g_test_run ();
  sc_test_ui_app_finish (app);
  return status;
}

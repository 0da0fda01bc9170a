/* test-ui-platform.c — «Сферум» in MAX in the window (issue 15): the
 * «Переход на MAX…» assistant, «Нужен переход» on «Люди», the decline
 * dialog with a reason and another channel, the chats the platform makes,
 * and the profile's platform and norm
 *
 * The college: teachers Андреева (joined VK 05.10.2023) and Белов
 * (invited); ИС-21 Гусев, Давыдова (joined VK), Ершов (invited); ИС-22
 * Жаров, Зуева (joined VK), Исаев. Its ИС-21 chat was made in VK on
 * 15.10.2023. The tests run in order, each on what the one before left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sc-application.h"
#include "sc-chat-template.h"
#include "sc-chats-page-private.h"
#include "sc-date.h"
#include "sc-organization.h"
#include "sc-organization-window.h"
#include "sc-overview-page-private.h"
#include "sc-people-page-private.h"
#include "sc-person-dialog.h"
#include "sc-platform-dialog.h"
#include "sc-test-ui.h"
#include "sc-window.h"

static ScApplication *app;
static char *db_path;

static gint64
add (ScDatabase *db,
     const char *last,
     ScCategory  category,
     const char *group,
     ScStatus    status,
     const char *since)
{
  g_autoptr(ScPersonRecord) r = sc_person_record_new ();
  gint64 id;

  g_free (r->last_name), r->last_name = g_strdup (last);
  g_free (r->first_name), r->first_name = g_strdup ("Анна");
  g_free (r->group_code), r->group_code = g_strdup (group);
  r->category = category;
  id = sc_people_save (db, r, NULL);
  g_assert_cmpint (id, >, 0);
  if (status != SC_STATUS_NOT_INVITED)
    g_assert_true (sc_people_set_status (db, &id, 1, status, since, NULL, NULL, NULL));
  return id;
}

static void
make_college (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sc-ui-platform-XXXXXX", NULL);
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GPtrArray) chats = NULL;
  g_autoptr(GError) error = NULL;
  ScChatTemplateOptions options;

  db_path = g_build_filename (dir, "college.sqlite3", NULL);
  db = sc_database_create (db_path, "Колледж связи", NULL);
  g_assert_true (sc_platform_set_first (db, SC_PLATFORM_VK, &error));
  add (db, "Андреева", SC_CATEGORY_TEACHER, "", SC_STATUS_JOINED, "2023-10-05");
  add (db, "Белов", SC_CATEGORY_TEACHER, "", SC_STATUS_INVITED, "2023-10-02");
  add (db, "Гусев", SC_CATEGORY_STUDENT, "ИС-21", SC_STATUS_JOINED, "2023-10-03");
  add (db, "Давыдова", SC_CATEGORY_STUDENT, "ИС-21", SC_STATUS_JOINED, "2023-10-04");
  add (db, "Ершов", SC_CATEGORY_STUDENT, "ИС-21", SC_STATUS_INVITED, "2023-10-02");
  add (db, "Жаров", SC_CATEGORY_STUDENT, "ИС-22", SC_STATUS_JOINED, "2023-10-05");
  add (db, "Зуева", SC_CATEGORY_STUDENT, "ИС-22", SC_STATUS_JOINED, "2023-10-06");
  add (db, "Исаев", SC_CATEGORY_STUDENT, "ИС-22", SC_STATUS_NOT_INVITED, NULL);
  /* VK's chats: the teaching staff's and the groups', ИС-21's made. */
  sc_chat_template_options_init (&options);
  options.departments = options.administration = FALSE;
  chats = sc_chat_template_apply (db, &options, "2023-10-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chats->len, ==, 3);
  for (guint i = 0; i < chats->len; i++)
    {
      const ScChatTemplateItem *item = g_ptr_array_index (chats, i);
      g_assert_cmpint (item->origin, ==, SC_CHAT_ORIGIN_MANUAL);   /* VK makes nothing itself */
      if (g_strcmp0 (item->title, "Группа ИС-21") == 0)
        g_assert_true (sc_chat_store_set_status (db, item->id, SC_CHAT_STATUS_CREATED, "2023-10-15",
                                                 NULL, NULL));
    }
}

static ScWindow *
open_window (void)
{
  ScWindow *window = sc_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sc_window_open_database (window, db_path));
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  return window;
}

/* Changes reach a page from an idle: wait for it. */
static void
settle (ScPage *page)
{
  sc_test_drain ();
  sc_test_assert_eventually (!sc_page_get_stale (page));
}

static ScPeopleTally
tally (ScWindow   *window,
       ScCategory  category)
{
  g_autofree char *today = sc_date_today ();
  ScPeopleTally t = { 0 };

  g_assert_true (sc_people_tally (sc_window_get_database (window), category, today, &t, NULL));
  return t;
}

/* Scrolls @widget's page so that it shows near the top. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  double x = 0, y = 0;

  sc_test_ui_wait_frames (widget, 2);
  g_assert_true (gtk_widget_translate_coordinates (widget, content, 0, 0, &x, &y));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), y - 80);
}

/* ---- the assistant ------------------------------------------------------- */

static void
test_assistant (void)
{
  ScWindow *window = open_window ();
  ScPlatformDialog *dialog = sc_window_show_platform_switch (window);
  g_autoptr(GPtrArray) history = NULL;
  ScPeopleTally students, teachers;
  GtkWidget *apply;

  g_assert_nonnull (dialog);
  sc_test_ui_wait_frames (GTK_WIDGET (dialog), 3);
  /* Before: VK, the two groups with what VK had, the chat to archive. */
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "ИС-21"));
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "ИС-22"));
  g_assert_true (gtk_widget_get_visible (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                                          _("Chats in VK Messenger"))));
  g_assert_cmpuint (sc_test_ui_assert_access_keys (GTK_WIDGET (dialog)), >=, 2);
  sc_platform_dialog_set_date (dialog, "01.12.2023");
  g_assert_true (sc_platform_dialog_tick_group (dialog, "ИС-21"));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "platform-assistant");
  /* A bad date keeps the button off. */
  sc_platform_dialog_set_date (dialog, "31.12");
  apply = sc_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, _("_Move to MAX"));
  g_assert_false (gtk_widget_get_sensitive (apply));
  sc_platform_dialog_set_date (dialog, "01.12.2023");
  g_assert_true (gtk_widget_get_sensitive (apply));
  g_signal_emit_by_name (apply, "clicked");
  sc_test_assert_eventually (sc_test_ui_find_window (SC_TYPE_PLATFORM_DIALOG) == NULL);

  history = sc_platform_history_load (sc_window_get_database (window), NULL);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (sc_platform_history_last_switch (history)->from_date, ==, "2023-12-01");
  /* ИС-21's three joined in MAX; Жаров, Зуева and Андреева need to move. */
  students = tally (window, SC_CATEGORY_STUDENT);
  teachers = tally (window, SC_CATEGORY_TEACHER);
  g_assert_cmpuint (students.connected, ==, 3);
  g_assert_cmpuint (students.needs_move, ==, 2);
  g_assert_cmpuint (teachers.connected, ==, 0);
  g_assert_cmpuint (teachers.needs_move, ==, 1);

  /* Opened again: the move is recorded, its day can be corrected. */
  dialog = sc_window_show_platform_switch (window);
  sc_test_ui_wait_frames (GTK_WIDGET (dialog), 3);
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, _("_Save")));
  g_assert_false (gtk_widget_get_visible (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                                           _("Chats in VK Messenger"))));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "platform-assistant-moved");
  sc_test_ui_close (GTK_WINDOW (dialog));
  sc_test_ui_close (GTK_WINDOW (window));
}

/* ---- «Нужен переход» ----------------------------------------------------- */

static void
test_needs_move (void)
{
  ScWindow *window = open_window ();
  ScPeoplePage *page;
  GtkWidget *row;
  ScPersonDialog *dialog;
  GtkWidget *needs_move_row;
  g_autofree char *vk_title = NULL;

  sc_window_set_page (window, "people");
  page = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
  settle (SC_PAGE (page));
  /* The sidebar counts them; a click shows them. */
  row = sc_test_ui_find (GTK_WIDGET (page->totals_list), ADW_TYPE_ACTION_ROW, sc_status_needs_move_label ());
  g_assert_nonnull (row);
  g_assert_nonnull (sc_test_ui_find (row, GTK_TYPE_LABEL, "3"));
  g_signal_emit_by_name (page->totals_list, "row-activated", row);
  g_assert_cmpuint (gtk_drop_down_get_selected (page->status_dropdown), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (sc_people_page_get_visible (page)), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (sc_person_get_record (sc_people_page_get_person (page, i))->needs_move);
  sc_test_ui_screenshot (GTK_WIDGET (window), "people-needs-move");

  /* The person: «Нужен переход», and VK's history kept with its platform. */
  g_assert_cmpstr (sc_person_get_record (sc_people_page_get_person (page, 0))->last_name, ==, "Андреева");
  g_signal_emit_by_name (page->column_view, "activate", 0);
  dialog = SC_PERSON_DIALOG (sc_test_ui_wait_for_window (SC_TYPE_PERSON_DIALOG));
  needs_move_row = sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, sc_status_needs_move_label ());
  g_assert_true (gtk_widget_get_visible (needs_move_row));
  {
    g_autofree char *event = g_strdup_printf (_("%s from %s"), sc_status_get_label (SC_STATUS_JOINED),
                                              "05.10.2023");
    vk_title = g_strdup_printf ("%s · %s", event, sc_platform_get_label (SC_PLATFORM_VK));
  }
  g_test_message ("looking for «%s»", vk_title);
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, vk_title));
  scroll_to (needs_move_row);
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "person-needs-move");
  sc_test_ui_close (GTK_WINDOW (dialog));
  sc_test_ui_close (GTK_WINDOW (window));
}

/* ---- the decline dialog -------------------------------------------------- */

static void
select_named (ScPeoplePage *page,
              const char   *last_name)
{
  GListModel *shown = sc_people_page_get_visible (page);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    if (g_str_equal (sc_person_get_record (sc_people_page_get_person (page, i))->last_name, last_name))
      {
        gtk_selection_model_select_item (sc_people_page_get_selection (page), i, FALSE);
        return;
      }
  g_assert_not_reached ();
}

static void
test_decline_dialog (void)
{
  ScWindow *window = open_window ();
  ScPeoplePage *page;
  AdwMessageDialog *prompt;
  AdwComboRow *reason, *channel;
  AdwEntryRow *text;
  ScPeopleTally students, teachers;
  g_autoptr(GListStore) people = NULL;
  g_autofree char *today = sc_date_today ();

  sc_window_set_page (window, "people");
  page = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
  settle (SC_PAGE (page));
  select_named (page, "Исаев");
  select_named (page, "Белов");
  gtk_widget_activate_action (GTK_WIDGET (page), "people.set-status", "s", "declined");
  prompt = ADW_MESSAGE_DIALOG (sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  reason = g_object_get_data (G_OBJECT (prompt), "reason");
  text = g_object_get_data (G_OBJECT (prompt), "reason-text");
  channel = g_object_get_data (G_OBJECT (prompt), "channel");
  g_assert_true (adw_message_dialog_get_response_enabled (prompt, "apply"));
  /* «другое» without its words: no. */
  adw_combo_row_set_selected (reason, SC_DECLINE_REASON_OTHER - SC_DECLINE_REASON_NO_SMARTPHONE);
  g_assert_false (adw_message_dialog_get_response_enabled (prompt, "apply"));
  gtk_editable_set_text (GTK_EDITABLE (text), "уехал на стажировку");
  g_assert_true (adw_message_dialog_get_response_enabled (prompt, "apply"));
  adw_combo_row_set_selected (channel, SC_CHANNEL_SMS);
  g_assert_cmpuint (sc_test_ui_assert_access_keys (GTK_WIDGET (prompt)), >=, 4);
  sc_test_ui_screenshot (GTK_WIDGET (prompt), "people-decline-prompt");
  sc_test_ui_respond (prompt, "apply");

  /* Both declined for that reason, with SMS: covered without joining. */
  students = tally (window, SC_CATEGORY_STUDENT);
  teachers = tally (window, SC_CATEGORY_TEACHER);
  g_assert_cmpuint (students.declined, ==, 1);
  g_assert_cmpuint (students.alternative, ==, 1);
  g_assert_cmpuint (teachers.declined, ==, 1);
  g_assert_cmpuint (teachers.alternative, ==, 1);
  people = sc_people_load (sc_window_get_database (window), today, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(ScPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      const ScPersonRecord *r = sc_person_get_record (person);
      if (g_str_equal (r->last_name, "Исаев") || g_str_equal (r->last_name, "Белов"))
        {
          g_assert_cmpint (r->status, ==, SC_STATUS_DECLINED);
          g_assert_cmpint (r->reason, ==, SC_DECLINE_REASON_OTHER);
          g_assert_cmpstr (r->reason_text, ==, "уехал на стажировку");
          g_assert_cmpint (r->channel, ==, SC_CHANNEL_SMS);
        }
    }
  settle (SC_PAGE (page));
  sc_test_ui_screenshot (GTK_WIDGET (window), "people-declined");

  /* «Обзор»: coverage beside connection, and who still needs to move. */
  sc_window_set_page (window, "overview");
  {
    ScOverviewPage *overview = SC_OVERVIEW_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_OVERVIEW_PAGE, NULL));
    g_autofree char *covered = g_strdup_printf (_("%s of %s (%s)"), "1", "2", "50,0\u202f%");
    settle (SC_PAGE (overview));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overview->coverage_label)));
    /* teachers: nobody joined in MAX, Белов gets SMS: 1 of 2 covered */
    g_test_message ("%s", gtk_label_get_text (overview->coverage_label));
    g_assert_nonnull (strstr (gtk_label_get_text (overview->coverage_label), covered));
    sc_test_ui_screenshot (GTK_WIDGET (window), "overview-coverage");
  }
  sc_test_ui_close (GTK_WINDOW (window));
}

/* ---- chats the platform makes -------------------------------------------- */

static const ScChat *
find_chat (ScChatsPage *page,
           const char  *title,
           ScPlatform   platform)
{
  for (guint i = 0; page->chats != NULL && i < page->chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (page->chats, i);
      if (g_str_equal (chat->title, title) && chat->platform == platform)
        return chat;
    }
  return NULL;
}

static void
test_chat_origin (void)
{
  ScWindow *window = open_window ();
  ScChatsPage *page;
  const ScChat *chat;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *confirm = NULL;
  ScChatTemplateOptions options;
  gint64 max_chat;

  /* VK's planned chats (the staff's, ИС-22's) came along to MAX; the
   * templates add ИС-21's again. The platform makes all three. */
  sc_chat_template_options_init (&options);
  options.departments = options.administration = FALSE;
  added = sc_chat_template_apply (sc_window_get_database (window), &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, 1);
  sc_window_set_page (window, "chats");
  page = SC_CHATS_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_CHATS_PAGE, NULL));
  settle (SC_PAGE (page));
  confirm = g_strdup_printf (_("To confirm: %s"), "3");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->confirm_button)));
  g_assert_cmpstr (gtk_menu_button_get_label (page->confirm_button), ==, confirm);

  chat = find_chat (page, "Группа ИС-21", SC_PLATFORM_MAX);
  g_assert_nonnull (chat);
  max_chat = chat->id;
  g_assert_true (sc_chats_page_select_chat (page, max_chat));
  sc_test_drain ();
  g_assert_cmpuint (adw_combo_row_get_selected (page->origin_row), ==, 1);
  g_assert_cmpstr (gtk_button_get_label (page->mark_created_button), ==, _("_Confirm…"));
  sc_test_ui_screenshot (GTK_WIDGET (window), "chats-platform-origin");

  /* Made by hand after all: the chat says so, and is no more to confirm. */
  adw_combo_row_set_selected (page->origin_row, 0);
  settle (SC_PAGE (page));
  {
    g_autoptr(ScChat) stored = sc_chat_store_get (sc_window_get_database (window), max_chat, NULL);
    g_assert_cmpint (stored->origin, ==, SC_CHAT_ORIGIN_MANUAL);
  }
  g_assert_cmpstr (gtk_button_get_label (page->mark_created_button), ==, _("Mark _Created…"));
  g_clear_pointer (&confirm, g_free);
  confirm = g_strdup_printf (_("To confirm: %s"), "2");
  g_assert_cmpstr (gtk_menu_button_get_label (page->confirm_button), ==, confirm);

  /* VK's chat went to the archive on the day of the move, with its history. */
  chat = find_chat (page, "Группа ИС-21", SC_PLATFORM_VK);
  g_assert_nonnull (chat);
  g_assert_cmpint (chat->status, ==, SC_CHAT_STATUS_ARCHIVED);
  g_assert_cmpstr (chat->archived_on, ==, "2023-12-01");
  g_assert_cmpstr (chat->created_on, ==, "2023-10-15");
  g_assert_true (sc_chats_page_select_chat (page, chat->id));
  sc_test_drain ();
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (page->origin_row)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (page->origin_row)),
                            sc_platform_get_label (SC_PLATFORM_VK)));
  sc_test_ui_screenshot (GTK_WIDGET (window), "chats-archived-vk");
  sc_test_ui_close (GTK_WINDOW (window));
}

/* ---- the profile ----------------------------------------------------------- */

static gboolean
norm_enabled (ScWindow *window)
{
  g_autoptr(ScOrganization) organization = sc_organization_load (sc_window_get_database (window), NULL);

  return organization->norm_enabled;
}

static void
test_profile (void)
{
  ScWindow *window = open_window ();
  GtkWindow *prefs;
  GtkWidget *row, *norm;
  g_autofree char *history = NULL;

  sc_window_show_organization (window);
  prefs = sc_test_ui_wait_for_window (SC_TYPE_ORGANIZATION_WINDOW);
  row = sc_test_ui_find (GTK_WIDGET (prefs), ADW_TYPE_ACTION_ROW, _("Messenger platform"));
  g_assert_nonnull (row);
  history = g_strdup_printf ("%s · %s", sc_platform_get_label (SC_PLATFORM_VK), "");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), history));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "01.12.2023"));
  sc_test_ui_screenshot (GTK_WIDGET (prefs), "organization-platform");

  /* The norm switched off is saved, and the calls' hint says group calls count. */
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (prefs), ADW_TYPE_ACTION_ROW, _("Calls a week")));
  norm = sc_test_ui_find (GTK_WIDGET (prefs), GTK_TYPE_SWITCH, NULL);
  g_assert_nonnull (norm);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (norm)));
  gtk_switch_set_active (GTK_SWITCH (norm), FALSE);
  sc_test_assert_eventually (!norm_enabled (window));
  {
    GtkWidget *page = gtk_widget_get_ancestor (sc_test_ui_find (GTK_WIDGET (prefs), ADW_TYPE_ACTION_ROW,
                                                                _("Calls a week")),
                                               ADW_TYPE_PREFERENCES_PAGE);
    adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs), ADW_PREFERENCES_PAGE (page));
  }
  sc_test_ui_screenshot (GTK_WIDGET (prefs), "organization-norm-off");
  sc_test_ui_close (prefs);
  sc_test_ui_close (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  sc_test_ui_init (&argc, &argv);
  app = sc_test_ui_app_new ();
  make_college ();

  g_test_add_func ("/sc/ui/platform/assistant", test_assistant);
  g_test_add_func ("/sc/ui/platform/needs-move", test_needs_move);
  g_test_add_func ("/sc/ui/platform/decline-dialog", test_decline_dialog);
  g_test_add_func ("/sc/ui/platform/chat-origin", test_chat_origin);
  g_test_add_func ("/sc/ui/platform/profile", test_profile);
  status = g_test_run ();
  sc_test_ui_app_finish (app);
  return status;
}

/* test-ui-people.c — the «Люди» page: search, filters, bulk status with
 * undo, leaving, the person editor and the not-connected lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sc-application.h"
#include "sc-demo.h"
#include "sc-date-row.h"
#include "sc-import-assistant.h"
#include "sc-import-counts.h"
#include "sc-people-import.h"
#include "sc-people.h"
#include "sc-people-page-private.h"
#include "sc-person-dialog.h"
#include "sc-test-ui.h"
#include "sc-window.h"

static ScApplication *app;
static char *db_path;

static gint64
add (ScDatabase *db,
     const char *last,
     const char *first,
     ScCategory  category,
     const char *group,
     ScStatus    status)
{
  g_autoptr(ScPersonRecord) r = sc_person_record_new ();
  gint64 id;

  g_free (r->last_name), r->last_name = g_strdup (last);
  g_free (r->first_name), r->first_name = g_strdup (first);
  g_free (r->group_code), r->group_code = g_strdup (group);
  g_free (r->department), r->department = g_strdup (category == SC_CATEGORY_TEACHER ? "Информатика" : "");
  r->category = category;
  id = sc_people_save (db, r, NULL);
  g_assert_cmpint (id, >, 0);
  if (status != SC_STATUS_NOT_INVITED)
    g_assert_true (sc_people_set_status (db, &id, 1, status, "2023-11-01", NULL, NULL, NULL));
  return id;
}

static void
make_college (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-people");
  g_autoptr(ScDatabase) db = sc_test_college_new (dir, "Колледж связи", &db_path);
  gint64 left;

  add (db, "Ёлкина", "Алёна", SC_CATEGORY_TEACHER, "", SC_STATUS_JOINED);
  add (db, "Абрамов", "Олег", SC_CATEGORY_TEACHER, "", SC_STATUS_INVITED);
  add (db, "Жуков", "Илья", SC_CATEGORY_STUDENT, "ИС-21", SC_STATUS_JOINED);
  add (db, "Егорова", "Мария", SC_CATEGORY_STUDENT, "ИС-21", SC_STATUS_NOT_INVITED);
  add (db, "Иванов", "Пётр", SC_CATEGORY_STUDENT, "ИС-21", SC_STATUS_INVITED);
  add (db, "Смирнова", "Ольга", SC_CATEGORY_STUDENT, "Э-11", SC_STATUS_DECLINED);
  add (db, "Кузнецов", "Денис", SC_CATEGORY_STUDENT, "Э-11", SC_STATUS_NOT_INVITED);
  left = add (db, "Орлов", "Глеб", SC_CATEGORY_STUDENT, "Э-11", SC_STATUS_JOINED);
  g_assert_true (sc_people_set_left (db, &left, 1, "2023-09-01", NULL, NULL));
}

static ScWindow *
open_window (ScPeoplePage **page)
{
  ScWindow *window = sc_test_ui_window_new (app, 1200, 760);

  g_assert_true (sc_window_open_database (window, db_path));
  sc_window_set_page (window, "people");
  *page = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
  g_assert_nonnull (*page);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  return window;
}

static guint
n_visible (ScPeoplePage *page)
{
  return g_list_model_get_n_items (sc_people_page_get_visible (page));
}

static const char *
visible_name (ScPeoplePage *page,
              guint         position)
{
  ScPerson *person = sc_people_page_get_person (page, position);

  g_assert_nonnull (person);
  return sc_person_get_full_name (person);
}

static void
search (ScPeoplePage *page,
        const char   *text)
{
  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), text);
  g_signal_emit_by_name (page->search_entry, "search-changed");
}

/* A click on a row (Ctrl: @modify, Shift: @extend), as the row does it. */
static void
click_row (ScPeoplePage *page,
           guint         position,
           gboolean      modify,
           gboolean      extend)
{
  GtkWidget *rows = sc_test_ui_find (GTK_WIDGET (page->column_view), GTK_TYPE_LIST_VIEW, NULL);

  g_assert_nonnull (rows);
  g_assert_true (gtk_widget_activate_action (rows, "list.select-item", "(ubb)", position, modify, extend));
}

static void
test_list_search_filter (void)
{
  ScPeoplePage *page;
  ScWindow *window = open_window (&page);

  /* Everyone active, in Russian order: Ё with Е. */
  g_assert_cmpuint (n_visible (page), ==, 7);
  g_assert_cmpstr (visible_name (page, 0), ==, "Абрамов Олег");
  g_assert_cmpstr (visible_name (page, 1), ==, "Егорова Мария");
  g_assert_cmpstr (visible_name (page, 2), ==, "Ёлкина Алёна");
  g_assert_cmpstr (visible_name (page, 3), ==, "Жуков Илья");
  sc_test_ui_screenshot (GTK_WIDGET (window), "people-page");

  /* Search as typed, ё = е, case ignored; the row on screen stays and
   * shows whom the search found (GTK 4.8 would build a new one). */
  {
    GtkWidget *cell = sc_test_ui_find (GTK_WIDGET (page->column_view), GTK_TYPE_INSCRIPTION, "Абрамов Олег");

    g_assert_nonnull (cell);
    g_object_add_weak_pointer (G_OBJECT (cell), (gpointer *)&cell);
    search (page, "ЕЛКИНА");
    g_assert_cmpuint (n_visible (page), ==, 1);
    g_assert_cmpstr (visible_name (page, 0), ==, "Ёлкина Алёна");
    sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
    g_assert_nonnull (cell);
    g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (cell)), ==, "Ёлкина Алёна");
    g_assert_null (sc_test_ui_find (GTK_WIDGET (page->column_view), GTK_TYPE_INSCRIPTION, "Абрамов Олег"));
    g_object_remove_weak_pointer (G_OBJECT (cell), (gpointer *)&cell);
  }
  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "ис-21");
  g_signal_emit_by_name (page->search_entry, "search-changed");
  g_assert_cmpuint (n_visible (page), ==, 3);
  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "");
  g_signal_emit_by_name (page->search_entry, "search-changed");

  gtk_drop_down_set_selected (page->category_dropdown, 1 + SC_CATEGORY_TEACHER);
  g_assert_cmpuint (n_visible (page), ==, 2);
  gtk_drop_down_set_selected (page->category_dropdown, 0);
  gtk_drop_down_set_selected (page->status_dropdown, 6); /* not connected */
  g_assert_cmpuint (n_visible (page), ==, 5);
  gtk_drop_down_set_selected (page->status_dropdown, 7); /* left */
  g_assert_cmpuint (n_visible (page), ==, 1);
  g_assert_cmpstr (visible_name (page, 0), ==, "Орлов Глеб");
  sc_test_ui_screenshot (GTK_WIDGET (window), "people-left");
  gtk_drop_down_set_selected (page->status_dropdown, 0);

  /* The worst unit comes first; a click narrows the table to it. */
  {
    GtkListBoxRow *first = gtk_list_box_get_row_at_index (page->units_list, 0);
    g_assert_cmpstr (g_object_get_data (G_OBJECT (first), "unit-name"), ==, "Э-11");
    gtk_list_box_select_row (page->units_list, first);
    g_assert_cmpuint (n_visible (page), ==, 2);
    sc_test_ui_screenshot (GTK_WIDGET (window), "people-group");
    gtk_list_box_unselect_all (page->units_list);
    g_assert_cmpuint (n_visible (page), ==, 7);
  }

  /* A click on a column's header sorts by it: teachers first, each
   * category in name order; a second click the other way round. */
  gtk_column_view_sort_by_column (page->column_view, page->category_column, GTK_SORT_ASCENDING);
  g_assert_cmpstr (visible_name (page, 0), ==, "Абрамов Олег");
  g_assert_cmpstr (visible_name (page, 1), ==, "Ёлкина Алёна");
  g_assert_cmpstr (visible_name (page, 2), ==, "Егорова Мария");
  gtk_column_view_sort_by_column (page->column_view, page->name_column, GTK_SORT_DESCENDING);
  g_assert_cmpstr (visible_name (page, 0), ==, "Смирнова Ольга");
  g_assert_cmpstr (visible_name (page, 6), ==, "Абрамов Олег");
  /* The other columns that sort: status, group or department, date. */
  gtk_column_view_sort_by_column (page->column_view, page->status_column, GTK_SORT_ASCENDING);
  g_assert_cmpint (sc_person_get_record (sc_people_page_get_person (page, 0))->status, ==, SC_STATUS_NOT_INVITED);
  g_assert_cmpstr (visible_name (page, 6), ==, "Смирнова Ольга");
  gtk_column_view_sort_by_column (page->column_view, page->unit_column, GTK_SORT_DESCENDING);
  g_assert_cmpstr (sc_person_get_record (sc_people_page_get_person (page, 0))->group_code, ==, "Э-11");
  g_assert_cmpstr (sc_person_get_record (sc_people_page_get_person (page, 1))->group_code, ==, "Э-11");
  g_assert_cmpstr (sc_person_get_record (sc_people_page_get_person (page, 2))->group_code, !=, "Э-11");
  gtk_column_view_sort_by_column (page->column_view, page->date_column, GTK_SORT_DESCENDING);
  g_assert_cmpint (sc_person_get_record (sc_people_page_get_person (page, 0))->status, ==, SC_STATUS_JOINED);
  g_assert_cmpint (sc_person_get_record (sc_people_page_get_person (page, 1))->status, ==, SC_STATUS_JOINED);
  g_assert_cmpint (sc_person_get_record (sc_people_page_get_person (page, 2))->status, !=, SC_STATUS_JOINED);
  sc_test_ui_close (GTK_WINDOW (window));
}

/* What a click on the dialog's button does: respond, then close. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  /* Each button and field of the dialog has an access key of its own. */
  g_assert_cmpuint (sc_test_ui_assert_access_keys (GTK_WIDGET (dialog)), >=, 2);
  sc_test_ui_respond (dialog, response);
  sc_test_drain ();
}

static AdwMessageDialog *
wait_for_prompt (void)
{
  return ADW_MESSAGE_DIALOG (sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
}

static guint
count_status (ScPeoplePage *page,
              ScStatus      status)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GListStore) people = NULL;
  guint n = 0;

  people = sc_people_load (sc_page_get_database (SC_PAGE (page)), today, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(ScPerson) p = g_list_model_get_item (G_LIST_MODEL (people), i);
      n += sc_person_is_active (p) && sc_person_get_record (p)->status == status;
    }
  return n;
}

static void
test_bulk_status_and_undo (void)
{
  ScPeoplePage *page;
  ScWindow *window = open_window (&page);
  AdwMessageDialog *prompt;
  guint joined_before = count_status (page, SC_STATUS_JOINED);

  gtk_drop_down_set_selected (page->status_dropdown, 6); /* not connected */
  g_assert_cmpuint (n_visible (page), ==, 5);
  gtk_selection_model_select_range (sc_people_page_get_selection (page), 0, 3, TRUE);
  g_assert_true (gtk_action_bar_get_revealed (page->action_bar));
  sc_test_ui_screenshot (GTK_WIDGET (window), "people-selection");

  gtk_widget_activate_action (GTK_WIDGET (page), "people.set-status", "s", "joined");
  prompt = wait_for_prompt ();
  sc_test_ui_screenshot (GTK_WIDGET (prompt), "people-status-prompt");
  answer (prompt, "apply");
  g_assert_null (sc_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (count_status (page, SC_STATUS_JOINED), ==, joined_before + 3);
  g_assert_cmpuint (n_visible (page), ==, 2);

  /* The toast's «Отменить» button, as a person clicks it. */
  {
    GtkWidget *undo = NULL;

    sc_test_assert_eventually ((undo = sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_BUTTON,
                                                        _("_Undo"))) != NULL);
    g_assert_true (gtk_widget_is_sensitive (undo));
    g_signal_emit_by_name (undo, "clicked");
  }
  sc_test_drain ();
  g_assert_cmpuint (count_status (page, SC_STATUS_JOINED), ==, joined_before);
  g_assert_cmpuint (n_visible (page), ==, 5);

  /* Leaving: they drop out of the active list, and come back on Undo. */
  gtk_selection_model_select_range (sc_people_page_get_selection (page), 0, 2, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (page), "people.mark-left", NULL);
  answer (wait_for_prompt (), "apply");
  g_assert_cmpuint (n_visible (page), ==, 3);
  gtk_widget_activate_action (GTK_WIDGET (page), "people.undo", NULL);
  sc_test_drain ();
  g_assert_cmpuint (n_visible (page), ==, 5);
  sc_test_ui_close (GTK_WINDOW (window));
}

static char *
selection_label (guint n,
                 guint n_hidden)
{
  g_autofree char *n_text = g_strdup_printf ("%u", n);
  g_autofree char *hidden_text = g_strdup_printf ("%u", n_hidden);

  /* Small counts here: no thousands to group. */
  g_assert_cmpuint (n, <, 1000);
  if (n_hidden == 0)
    return g_strdup_printf (_("Selected: %s"), n_text);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Selected: %s, %s of them not shown",
                                       "Selected: %s, %s of them not shown", n_hidden),
                          n_text, hidden_text);
}

/* Selected people stay selected while a search hides them; what is done
 * to the selection is done to all of them, as the prompt says. */
static void
test_selection_across_search (void)
{
  ScPeoplePage *page;
  ScWindow *window = open_window (&page);
  guint invited_before = count_status (page, SC_STATUS_INVITED);
  g_autofree char *two_one_hidden = selection_label (2, 1);
  g_autofree char *two = selection_label (2, 0);
  g_autofree char *three = selection_label (3, 0);
  g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mark %u person as “%s”?",
                                                           "Mark %u people as “%s”?", 2),
                                              2, sc_status_get_label (SC_STATUS_INVITED));
  AdwMessageDialog *prompt;

  /* A click on Жуков, then Ctrl+click on Смирнова found by a search. */
  search (page, "жуков");
  click_row (page, 0, FALSE, FALSE);
  search (page, "смирнова");
  g_assert_cmpuint (n_visible (page), ==, 1);
  g_assert_false (gtk_selection_model_is_selected (sc_people_page_get_selection (page), 0));
  click_row (page, 0, TRUE, FALSE);
  g_assert_cmpstr (gtk_label_get_text (page->selection_label), ==, two_one_hidden);
  g_assert_true (gtk_action_bar_get_revealed (page->action_bar));
  sc_test_ui_screenshot (GTK_WIDGET (window), "people-selection-hidden");

  /* The search erased: both shown and selected. */
  search (page, "");
  g_assert_cmpstr (gtk_label_get_text (page->selection_label), ==, two);
  for (guint i = 0; i < n_visible (page); i++)
    g_assert_cmpint (gtk_selection_model_is_selected (sc_people_page_get_selection (page), i), ==,
                     g_str_equal (visible_name (page, i), "Жуков Илья") ||
                     g_str_equal (visible_name (page, i), "Смирнова Ольга"));

  /* Marked while Жуков is hidden: both, as the prompt says. */
  search (page, "смирнова");
  gtk_widget_activate_action (GTK_WIDGET (page), "people.set-status", "s", "invited");
  prompt = wait_for_prompt ();
  g_assert_cmpstr (adw_message_dialog_get_heading (prompt), ==, heading);
  answer (prompt, "apply");
  g_assert_cmpuint (count_status (page, SC_STATUS_INVITED), ==, invited_before + 2);
  gtk_widget_activate_action (GTK_WIDGET (page), "people.undo", NULL);
  sc_test_drain ();
  g_assert_cmpuint (count_status (page, SC_STATUS_INVITED), ==, invited_before);

  /* Shift+click selects the rows between, and only them. */
  search (page, "");
  click_row (page, 1, FALSE, FALSE);
  click_row (page, 3, FALSE, TRUE);
  g_assert_cmpstr (gtk_label_get_text (page->selection_label), ==, three);
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_person_editor (void)
{
  ScPeoplePage *page;
  ScWindow *window = open_window (&page);
  ScPersonDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (page), "people.add", NULL);
  dialog = SC_PERSON_DIALOG (sc_test_ui_wait_for_window (SC_TYPE_PERSON_DIALOG));
  /* No last name: refused, nothing stored. */
  g_assert_false (sc_person_dialog_save (dialog));
  sc_test_ui_type_into (GTK_WIDGET (dialog), _("Last name"), "  Новикова ");
  sc_test_ui_type_into (GTK_WIDGET (dialog), _("First name"), "Дарья");
  sc_test_ui_type_into (GTK_WIDGET (dialog), _("Group (for example, ИС-21)"), "ИС-21");
  sc_test_ui_type_into (GTK_WIDGET (dialog), _("Left on (DD.MM.YYYY), empty while studying or working"), "32.13.2023");
  g_assert_false (sc_person_dialog_save (dialog));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "person-dialog-error");
  sc_test_ui_type_into (GTK_WIDGET (dialog), _("Left on (DD.MM.YYYY), empty while studying or working"), "");
  g_assert_true (sc_person_dialog_save (dialog));
  sc_test_ui_close (GTK_WINDOW (dialog));
  sc_test_drain ();

  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "новикова");
  g_signal_emit_by_name (page->search_entry, "search-changed");
  g_assert_cmpuint (n_visible (page), ==, 1);
  g_assert_cmpstr (visible_name (page, 0), ==, "Новикова Дарья");

  /* Enter on a row opens it for editing. */
  g_signal_emit_by_name (page->column_view, "activate", 0);
  dialog = SC_PERSON_DIALOG (sc_test_ui_wait_for_window (SC_TYPE_PERSON_DIALOG));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "person-dialog");
  sc_test_ui_close (GTK_WINDOW (dialog));
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_export_missing (void)
{
  ScPeoplePage *page;
  ScWindow *window = open_window (&page);
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *path = g_build_filename (dir, "missing.xlsx", NULL);
  g_autofree char *out = NULL;
  const char *script =
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1])\n"
    "for ws in wb.worksheets:\n"
    "    names = [r[1] for r in ws.iter_rows(min_row=6, values_only=True) if r[1]]\n"
    "    print(ws.title, '|', ws['B2'].value or '', '|', ';'.join(names))\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  int status = 0;

  /* Not connected and active: ИС-21: Егорова, Иванов; Э-11: Кузнецов,
   * Смирнова; teachers: Абрамов (and Новикова added by the editor test). */
  g_assert_cmpint (sc_people_page_write_missing (page, path), ==, 6);
  if (!g_file_test (argv[0], G_FILE_TEST_EXISTS))
    {
      sc_test_ui_close (GTK_WINDOW (window));
      g_test_skip ("python3 is needed to read the workbook back");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, 0, NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "ИС-21 |"));
  g_assert_nonnull (strstr (out, "Егорова Мария;Иванов Пётр;Новикова Дарья"));
  g_assert_nonnull (strstr (out, "Кузнецов Денис;Смирнова Ольга"));
  g_assert_null (strstr (out, "Жуков"));
  g_assert_null (strstr (out, "Орлов"));
  sc_test_ui_close (GTK_WINDOW (window));
}

/* What Russian Excel saves: Windows-1251, semicolons, a title row above the
 * header, «ё», stray spaces, one row with an error. */
static char *
write_people_list (void)
{
  const char *text =
    "Список студентов на 01.11.2023;;;;\r\n"
    "Фамилия;Имя;Отчество;Группа;Статус подключения;Телефон\r\n"
    "Фёдоров ; Семён;Ильич;Т-31;подключён;8 (912) 345-67-89\r\n"
    "Лебедева;Анна;;Т-31;приглашен;\r\n"
    ";Безфамильный;;Т-31;да;\r\n"
    "Лебедева;Анна;;Т-31;приглашен;\r\n";
  g_autofree char *dir = g_path_get_dirname (db_path);

  return sc_test_write_cp1251 (dir, "Студенты Т-31.csv", text);
}

static void
test_import_assistant (void)
{
  ScPeoplePage *page;
  ScWindow *window = open_window (&page);
  g_autofree char *path = write_people_list ();
  ScImportAssistant *assistant = sc_people_page_import_file (page, path);
  ScPeopleImport *plan;
  guint before = n_visible (page);

  g_object_ref (assistant); /* freed once it has loaded and closed */
  sc_test_ui_wait_assistant (assistant);
  plan = SC_PEOPLE_IMPORT (sc_import_assistant_get_plan (assistant));
  g_assert_nonnull (plan);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ADDED), ==, 2);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_DUPLICATE), ==, 1);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ERROR), ==, 1);
  g_assert_cmpstr (sc_people_import_get_row (plan, 0)->phone, ==, "+79123456789");
  sc_test_ui_screenshot (GTK_WIDGET (assistant), "import-assistant");

  /* The person decides the phone column is not to be loaded: re-checked. */
  sc_import_assistant_set_column (assistant, 5, SC_FIELD_NONE);
  sc_test_ui_wait_assistant (assistant);
  plan = SC_PEOPLE_IMPORT (sc_import_assistant_get_plan (assistant));
  g_assert_cmpstr (sc_people_import_get_row (plan, 0)->phone, ==, "");
  sc_import_assistant_set_column (assistant, 5, SC_FIELD_PHONE);
  sc_test_ui_wait_assistant (assistant);

  sc_import_assistant_commit (assistant);
  sc_test_ui_assert_freed (GTK_WINDOW (assistant));
  sc_test_drain ();
  g_assert_cmpuint (n_visible (page), ==, before + 2);
  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "федоров");
  g_signal_emit_by_name (page->search_entry, "search-changed");
  g_assert_cmpuint (n_visible (page), ==, 1);
  g_assert_cmpstr (visible_name (page, 0), ==, "Фёдоров Семён Ильич");

  /* The same file again changes nothing. */
  assistant = sc_people_page_import_file (page, path);
  sc_test_ui_wait_assistant (assistant);
  plan = SC_PEOPLE_IMPORT (sc_import_assistant_get_plan (assistant));
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ADDED), ==, 0);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_UNCHANGED), ==, 2);
  sc_test_ui_close (GTK_WINDOW (assistant));
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Two people already at the college get a phone, one line repeats another. */
static char *
write_changes_list (void)
{
  const char *text =
    "Фамилия;Имя;Отчество;Группа;Статус подключения;Телефон\r\n"
    "Жуков;Илья;;ИС-21;подключён;+7 912 000-33-44\r\n"
    "Иванов;Пётр;;ИС-21;приглашен;+7 912 000-11-22\r\n"
    "Жуков;Илья;;ИС-21;подключён;+7 912 000-33-44\r\n";
  g_autofree char *dir = g_path_get_dirname (db_path);

  return sc_test_write_cp1251 (dir, "Изменения.csv", text);
}

/* Opens a count's list as a click does; the labels of its rows. */
static GtkWidget *
open_count (ScImportCounts  *counts,
            ScImportOutcome  outcome,
            const char      *label)
{
  GtkMenuButton *button = sc_import_counts_get_button (counts, outcome);
  GtkPopover *popover;

  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, label);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (popover);
  sc_test_ui_wait_frames (GTK_WIDGET (popover), 3);
  return GTK_WIDGET (popover);
}

/* «Обновить 2» and «Повторы 1» are lists of who and what, not bare figures;
 * «Что это за файл» says its choice whole and what it means. */
static void
test_import_counts (void)
{
  ScPeoplePage *page;
  ScWindow *window = open_window (&page);
  g_autofree char *path = write_changes_list ();
  ScImportAssistant *assistant = sc_people_page_import_file (page, path);
  ScImportCounts *counts;
  AdwComboRow *mode;
  GtkWidget *list;

  sc_test_ui_wait_assistant (assistant);
  counts = SC_IMPORT_COUNTS (sc_test_ui_find (GTK_WIDGET (assistant), SC_TYPE_IMPORT_COUNTS, NULL));
  g_assert_nonnull (counts);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (sc_import_counts_get_button (counts, SC_IMPORT_ROW_ADDED))));
  g_assert_cmpstr (gtk_menu_button_get_label (sc_import_counts_get_button (counts, SC_IMPORT_ROW_ERROR)), ==,
                   "Ошибки 0");

  list = open_count (counts, SC_IMPORT_ROW_UPDATED, "Обновить 2");
  g_assert_cmpuint (g_list_model_get_n_items (sc_import_counts_get_list (counts, SC_IMPORT_ROW_UPDATED)), ==, 2);
  g_assert_nonnull (sc_test_ui_find (list, GTK_TYPE_LABEL, "Жуков Илья"));
  g_assert_nonnull (sc_test_ui_find (list, GTK_TYPE_LABEL, "Строка 2 · Телефон: — → +79120003344"));
  g_assert_nonnull (sc_test_ui_find (list, GTK_TYPE_LABEL, "Иванов Пётр"));
  g_assert_nonnull (sc_test_ui_find (list, GTK_TYPE_LABEL, "Строка 3 · Телефон: — → +79120001122"));
  sc_test_ui_screenshot (list, "import-counts-updated");
  gtk_popover_popdown (GTK_POPOVER (list));

  list = open_count (counts, SC_IMPORT_ROW_DUPLICATE, "Повторы 1");
  g_assert_nonnull (sc_test_ui_find (list, GTK_TYPE_LABEL, "Жуков Илья"));
  g_assert_nonnull (sc_test_ui_find (list, GTK_TYPE_LABEL,
                                     "Строка 4 · то же, что строка 2: загружается один раз"));
  sc_test_ui_screenshot (list, "import-counts-repeated");
  gtk_popover_popdown (GTK_POPOVER (list));

  mode = ADW_COMBO_ROW (sc_test_ui_find (GTK_WIDGET (assistant), ADW_TYPE_COMBO_ROW, "Что это за файл"));
  g_assert_nonnull (mode);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (mode)), ==,
                   "Новые люди добавляются, те, кто есть в файле, обновляются; выбывшими никто не отмечается");
  adw_combo_row_set_selected (mode, 1);
  sc_test_ui_wait_assistant (assistant);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (mode)), ==,
                   "В файле все люди колледжа: кого в нём нет, будут отмечены как выбывшие");
  sc_test_ui_screenshot (GTK_WIDGET (assistant), "import-full-list");

  /* The leavers' date is a date row: a day that does not exist is named
   * beside it and stops the import; a real one lets it go. */
  {
    GtkWidget *import = sc_test_ui_find (GTK_WIDGET (assistant), GTK_TYPE_BUTTON, "_Загрузить");
    ScDateRow *left_on = SC_DATE_ROW (sc_test_ui_find (GTK_WIDGET (assistant), SC_TYPE_DATE_ROW, NULL));

    g_assert_nonnull (import);
    g_assert_nonnull (left_on);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (left_on)));
    sc_test_ui_type_into (GTK_WIDGET (assistant), "Дата выбытия отсутствующих (ДД.ММ.ГГГГ)", "31.02.2024");
    sc_test_ui_wait_assistant (assistant);
    g_assert_cmpstr (sc_date_row_get_problem_text (left_on), ==, "такой даты нет");
    g_assert_false (gtk_widget_get_sensitive (import));
    sc_test_ui_type_into (GTK_WIDGET (assistant), "Дата выбытия отсутствующих (ДД.ММ.ГГГГ)", "30.06.2024");
    sc_test_ui_wait_assistant (assistant);
    g_assert_null (sc_date_row_get_problem_text (left_on));
    sc_test_assert_eventually (gtk_widget_get_sensitive (import));
    g_assert_nonnull (sc_date_row_get_calendar_button (left_on));
  }
  sc_test_ui_close (GTK_WINDOW (assistant));
  sc_test_ui_close (GTK_WINDOW (window));
}

/* 210 new people: more than the 200 the assistant lists under a count. */
static char *
write_long_list (void)
{
  const char *last[] = { "Алексеев", "Борисов", "Волков", "Горохов", "Данилов", "Ершов", "Жаров",
                         "Зимин", "Ильин", "Карпов", "Лапин", "Маслов", "Носов", "Осипов" };
  const char *first[] = { "Антон", "Борис", "Вадим", "Глеб", "Денис", "Егор", "Захар", "Иван",
                          "Кирилл", "Лев", "Марк", "Никита", "Олег", "Павел", "Роман" };
  g_autoptr(GString) text = g_string_new ("Фамилия;Имя;Группа\n");
  g_autofree char *dir = g_path_get_dirname (db_path);

  for (guint i = 0; i < G_N_ELEMENTS (last); i++)
    for (guint j = 0; j < G_N_ELEMENTS (first); j++)
      g_string_append_printf (text, "%s;%s;Н-11\n", last[i], first[j]);
  return sc_test_write_file (dir, "Новый набор.csv", text->str);
}

/* Under a count the groups list the first 200; «Показать все» opens the
 * count's whole list. */
static void
test_import_show_all (void)
{
  ScPeoplePage *page;
  ScWindow *window = open_window (&page);
  g_autofree char *path = write_long_list ();
  ScImportAssistant *assistant = sc_people_page_import_file (page, path);
  ScImportCounts *counts;
  GtkWidget *more;
  GtkPopover *popover;

  sc_test_ui_wait_assistant (assistant);
  counts = SC_IMPORT_COUNTS (sc_test_ui_find (GTK_WIDGET (assistant), SC_TYPE_IMPORT_COUNTS, NULL));
  g_assert_cmpstr (gtk_menu_button_get_label (sc_import_counts_get_button (counts, SC_IMPORT_ROW_ADDED)), ==,
                   "Добавить 210");
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (assistant), ADW_TYPE_ACTION_ROW, "…и ещё 10"));
  more = sc_test_ui_find (GTK_WIDGET (assistant), GTK_TYPE_BUTTON, "Показать все");
  g_assert_nonnull (more);
  g_signal_emit_by_name (more, "clicked");
  popover = gtk_menu_button_get_popover (sc_import_counts_get_button (counts, SC_IMPORT_ROW_ADDED));
  g_assert_nonnull (popover);
  sc_test_assert_eventually (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_cmpuint (g_list_model_get_n_items (sc_import_counts_get_list (counts, SC_IMPORT_ROW_ADDED)), ==, 210);
  sc_test_ui_close (GTK_WINDOW (assistant));
  sc_test_ui_close (GTK_WINDOW (window));
}

/* A college of 6 000: read in a worker. The page is there at once and
 * usable — a search typed before the rows arrive is what they arrive
 * filtered by. */
static void
test_large_college_loads_in_worker (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-people-large");
  g_autofree char *path = g_build_filename (dir, "large.sqlite3", NULL);
  g_autoptr(ScDatabase) db = NULL;
  ScDemoOptions options;
  ScWindow *window;
  ScPeoplePage *page;
  guint n_found;

  sc_demo_options_init (&options);
  options.n_people = 6000;
  g_assert_cmpuint (options.n_people, >=, SC_PEOPLE_PAGE_WORKER_PEOPLE);
  db = sc_demo_create (path, &options, NULL);
  g_assert_nonnull (db);
  g_assert_cmpint (sc_test_query_int (db, "SELECT count (*) FROM person"), ==, 6000);
  g_clear_object (&db);

  window = sc_test_ui_window_new (app, 1024, 768);
  g_assert_true (sc_window_open_database (window, path));
  sc_window_set_page (window, "people");
  page = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
  /* Shown before the rows: the list, a spinner, the search at hand. */
  g_assert_true (sc_people_page_is_loading (page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, "list");
  g_assert_cmpstr (gtk_label_get_text (page->count_label), ==, "Загрузка списка людей…");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->load_spinner)));
  g_assert_true (gtk_widget_get_visible (page->loading_box));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (page->search_entry)));
  sc_test_ui_screenshot (GTK_WIDGET (window), "people-loading");
  search (page, "ис-21");

  sc_test_assert_eventually (!sc_people_page_is_loading (page));
  g_assert_cmpuint (sc_people_list_get_n_people (page->people), ==, 6000);
  n_found = n_visible (page);
  g_assert_cmpuint (n_found, >, 0);
  /* A college this size has parallel groups: «ИС-21-1», «ИС-21-2»… */
  for (guint i = 0; i < n_found; i++)
    g_assert_nonnull (strstr (sc_person_get_record (sc_people_page_get_person (page, i))->group_code, "ИС-21"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page->load_spinner)));
  g_assert_false (gtk_widget_get_visible (page->loading_box));
  sc_test_ui_screenshot (GTK_WIDGET (window), "people-loaded-searched");
  search (page, "");
  g_assert_cmpuint (n_visible (page), >, n_found);
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

static void
test_empty_state (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-empty");
  g_autofree char *path = g_build_filename (dir, "empty.sqlite3", NULL);
  ScWindow *window = sc_test_ui_window_new (app, 0, 0);
  ScPeoplePage *page;

  g_assert_true (sc_window_create_college (window, "Пустой колледж", path));
  sc_window_set_page (window, "people");
  page = SC_PEOPLE_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_PEOPLE_PAGE, NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, "empty");
  sc_test_ui_screenshot (GTK_WIDGET (window), "people-empty");
  sc_test_ui_close (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  int status;

  sc_test_ui_init (&argc, &argv);
  app = sc_test_ui_app_new ();
  make_college ();

  g_test_add_func ("/sc/ui/people/list-search-filter", test_list_search_filter);
  g_test_add_func ("/sc/ui/people/bulk-status-and-undo", test_bulk_status_and_undo);
  g_test_add_func ("/sc/ui/people/selection-across-search", test_selection_across_search);
  g_test_add_func ("/sc/ui/people/person-editor", test_person_editor);
  g_test_add_func ("/sc/ui/people/export-missing", test_export_missing);
  g_test_add_func ("/sc/ui/people/import-assistant", test_import_assistant);
  g_test_add_func ("/sc/ui/people/import-counts", test_import_counts);
  g_test_add_func ("/sc/ui/people/import-show-all", test_import_show_all);
  g_test_add_func ("/sc/ui/people/empty-state", test_empty_state);
  g_test_add_func ("/sc/ui/people/large-college-loads-in-worker", test_large_college_loads_in_worker);
  status = g_test_run ();
  sc_test_ui_app_finish (app);
  dir = g_path_get_dirname (db_path);
  sc_test_remove_tree (dir);
  return status;
}

/* test-ui-activity.c — the «Активность» page: counts typed by keyboard, the
 * footer, the month view, imports through the import assistant (one whose
 * columns the clerk maps by hand) and the weeks they bring in shown at
 * once, and the calendar on the page's title
 *
 * Keys: GTK 4 has no gtk_test_widget_send_key, so Tab, Shift+Tab and the
 * arrows are sent by emitting "key-pressed" on the cell's own
 * GtkEventControllerKey (the handler the real key press reaches), and
 * Enter by emitting "activate" on the focused GtkText inside the cell,
 * which is what its Enter key binding does.
 * Typing is gtk_editable_set_text() on the focused cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sc-activity-page-private.h"
#include "sc-application.h"
#include "sc-format.h"
#include "sc-people.h"
#include "sc-test-ui.h"
#include "sc-import-assistant.h"
#include "sc-import-columns.h"
#include "sc-activity-import.h"
#include "sc-window.h"

static ScApplication *app;
static char *db_path;
static char *csv_path;
static char *remap_path;
static char *november_path;
static gint64 teacher_ids[5];

static gint64
add_teacher (ScDatabase *db,
             const char *last,
             const char *first,
             const char *patronymic,
             const char *department)
{
  g_autoptr(ScPersonRecord) r = sc_person_record_new ();
  gint64 id;

  g_free (r->last_name), r->last_name = g_strdup (last);
  g_free (r->first_name), r->first_name = g_strdup (first);
  g_free (r->patronymic), r->patronymic = g_strdup (patronymic);
  g_free (r->department), r->department = g_strdup (department);
  r->category = SC_CATEGORY_TEACHER;
  id = sc_people_save (db, r, NULL);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* What a Russian Excel saves (Windows-1251, CRLF): a header the import does
 * not know for the names, and the counts under each other's headers. */
static char *
write_remap_file (const char *dir)
{
  const char *text =
    "Преподаватель;Неделя;Сообщений;Звонков\r\n"
    "Абрамова Елена Викторовна;05.12.2023;2;14\r\n"
    "Ёжикова Алёна Петровна;06.12.2023;0;3\r\n"
    "Сидорова Ольга Николаевна;04.12.2023;1;11\r\n";

  return sc_test_write_cp1251 (dir, "Активность за декабрь.csv", text);
}

/* Five teachers; three weeks of November with counts, the last week empty. */
static void
make_college (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-activity");
  g_autoptr(ScDatabase) db = NULL;
  const char *weeks[] = { "2023-10-30", "2023-11-06", "2023-11-13", "2023-11-20" };
  gint64 *ids = teacher_ids;

  db = sc_test_college_new (dir, "Колледж связи", &db_path);
  ids[0] = add_teacher (db, "Абрамова", "Елена", "Викторовна", "Информатика");
  ids[1] = add_teacher (db, "Белов", "Игорь", "Сергеевич", "Экономика");
  ids[2] = add_teacher (db, "Ёжикова", "Алёна", "Петровна", "Информатика");
  ids[3] = add_teacher (db, "Иванов", "Пётр", "Ильич", "Экономика");
  ids[4] = add_teacher (db, "Сидорова", "Ольга", "Николаевна", "Информатика");
  for (guint w = 0; w < G_N_ELEMENTS (weeks); w++)
    for (guint t = 0; t < 5; t++)
      if ((t + w) % 4 != 3)
        g_assert_true (sc_activity_set (db, ids[t], weeks[w], 6 + 3 * ((t + w) % 3), (t + w) % 2,
                                     SC_ACTIVITY_SOURCE_MANUAL, NULL));
  csv_path = sc_test_write_file (dir, "activity.csv",
      "Активность педагогов;;;\n"
      "ФИО;Неделя;Сообщений;Звонков\n"
      "Белов Игорь Сергеевич;28.11.2023;15;2\n"
      "Иванов Пётр Ильич;27.11.2023;7;0\n"
      "Петров Пётр Петрович;27.11.2023;10;1\n"
      "Сидорова Ольга Николаевна;27.11.2023;десять;1\n");
  remap_path = write_remap_file (dir);
  /* Two weeks of November for Абрамова, who has counts for the first
   * (12 and 0) and none for the second. */
  november_path = sc_test_write_file (dir, "november.csv",
      "ФИО;Неделя;Сообщений;Звонков\n"
      "Абрамова Елена Викторовна;15.11.2023;21;3\n"
      "Абрамова Елена Викторовна;22.11.2023;17;2\n");
}

static ScWindow *
open_window (ScActivityPage **page)
{
  ScWindow *window = sc_test_ui_window_new (app, 1200, 760);

  g_assert_true (sc_window_open_database (window, db_path));
  sc_window_set_page (window, "activity");
  *page = SC_ACTIVITY_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_ACTIVITY_PAGE, NULL));
  g_assert_nonnull (*page);
  sc_activity_page_set_week (*page, "2023-11-29");
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  return window;
}

static ScCountEntry *
cell (ScActivityPage *page,
      guint           row,
      const char     *field)
{
  ScCountEntry *entry = sc_activity_page_find_cell (page, row, field);

  g_assert_nonnull (entry);
  return entry;
}

static ScCountEntry *
focused_cell (GtkWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  while (focus != NULL && !SC_IS_COUNT_ENTRY (focus))
    focus = gtk_widget_get_parent (focus);
  g_assert_nonnull (focus);
  return SC_COUNT_ENTRY (focus);
}

static void
assert_focus (GtkWindow      *window,
              ScActivityPage *page,
              guint           row,
              const char     *field)
{
  ScCountEntry *focused = focused_cell (window);

  g_test_message ("focus: row %u %s, expected row %u %s", sc_count_entry_get_position (focused),
                  sc_count_entry_get_field (focused), row, field);
  g_assert_true (focused == cell (page, row, field));
}

/* Sends a key to the focused cell's key controller. */
static void
press (GtkWindow       *window,
       guint            keyval,
       GdkModifierType  state)
{
  ScCountEntry *entry = focused_cell (window);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (entry));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  g_assert_true (handled);
  sc_test_drain ();
}

static void
type (GtkWindow  *window,
      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (focused_cell (window)), text);
}

static void
enter (GtkWindow *window)
{
  /* The entry's GtkText has the focus; its Enter binding emits "activate". */
  GtkWidget *text = gtk_window_get_focus (window);

  g_assert_true (GTK_IS_TEXT (text));
  g_signal_emit_by_name (text, "activate");
  sc_test_drain ();
}

static void
assert_stored (gint64          id,
               const char     *monday,
               int             messages,
               int             calls,
               ScActivitySource   source)
{
  g_autoptr(ScDatabase) db = sc_database_open (db_path, NULL);
  ScActivityRecord record;
  gboolean found = FALSE;

  g_assert_true (sc_activity_get (db, id, monday, &record, &found, NULL));
  g_assert_true (found);
  g_assert_cmpint (record.messages, ==, messages);
  g_assert_cmpint (record.calls, ==, calls);
  g_assert_cmpint (record.source, ==, source);
}

static gint64
teacher_id (ScActivityPage *page,
            guint           row)
{
  return sc_activity_teacher_get_id (sc_count_entry_get_teacher (cell (page, row, "messages")));
}

static void
test_keyboard_entry (void)
{
  ScActivityPage *page;
  ScWindow *window = open_window (&page);
  GtkWindow *w = GTK_WINDOW (window);
  g_autofree char *pct = sc_format_percent (40.0);
  g_autofree char *footer = g_strdup_printf (_("Met the norm: %u of %u (%s)"), 2, 5, pct);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, "activity");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (page->store)), ==, 5);

  /* Абрамова: 12, Tab, 1, Enter → down to Белов's calls. */
  gtk_widget_grab_focus (GTK_WIDGET (cell (page, 0, "messages")));
  type (w, "12");
  press (w, GDK_KEY_Tab, 0);
  assert_focus (w, page, 0, "calls");
  type (w, "1");
  enter (w);
  assert_focus (w, page, 1, "calls");
  /* Белов: 2 calls, Shift+Tab back to his messages, 10, Enter down. */
  type (w, "2");
  press (w, GDK_KEY_Tab, GDK_SHIFT_MASK);
  assert_focus (w, page, 1, "messages");
  type (w, "10");
  enter (w);
  assert_focus (w, page, 2, "messages");
  /* Ёжикова: 9 messages only (calls stay 0: below the norm); Tab to her
   * calls, Tab again to Иванов's messages. */
  type (w, "9");
  press (w, GDK_KEY_Tab, 0);
  press (w, GDK_KEY_Tab, 0);
  assert_focus (w, page, 3, "messages");
  press (w, GDK_KEY_Up, 0);
  assert_focus (w, page, 2, "messages");

  assert_stored (teacher_id (page, 0), "2023-11-27", 12, 1, SC_ACTIVITY_SOURCE_MANUAL);
  assert_stored (teacher_id (page, 1), "2023-11-27", 10, 2, SC_ACTIVITY_SOURCE_MANUAL);
  assert_stored (teacher_id (page, 2), "2023-11-27", 9, 0, SC_ACTIVITY_SOURCE_MANUAL);
  g_assert_cmpint (sc_activity_teacher_get_mark (sc_count_entry_get_teacher (cell (page, 2, "calls"))),
                   ==, SC_ACTIVITY_BELOW);
  g_assert_cmpint (sc_activity_teacher_get_mark (sc_count_entry_get_teacher (cell (page, 3, "calls"))),
                   ==, SC_ACTIVITY_NO_DATA);
  g_assert_cmpstr (gtk_label_get_text (page->week_footer), ==, footer);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  sc_test_ui_screenshot (GTK_WIDGET (window), "activity-week");

  /* «Только ниже нормы» hides the two who met it. */
  gtk_toggle_button_set_active (page->below_button, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (page->filter_model)), ==, 3);
  gtk_toggle_button_set_active (page->below_button, FALSE);
  sc_test_ui_close (w);
}

static void
test_month_view (void)
{
  ScActivityPage *page;
  ScWindow *window = open_window (&page);
  g_autofree char *november = NULL;
  const char *heading;

  gtk_toggle_button_set_active (page->month_button, TRUE);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->view_stack), ==, "month");
  /* A heading starts with a capital: «Ноябрь 2023», though the month's name
   * is «ноябрь» in Russian. */
  november = g_strdup_printf (_("%s %d"), C_("month", "November"), 2023);
  heading = gtk_label_get_text (page->period_label);
  g_assert_true (g_unichar_isupper (g_utf8_get_char (heading)));
  g_assert_cmpuint (g_unichar_tolower (g_utf8_get_char (heading)), ==,
                    g_unichar_tolower (g_utf8_get_char (november)));
  g_assert_cmpstr (g_utf8_next_char (heading), ==, g_utf8_next_char (november));
  g_assert_cmpuint (sc_activity_heatmap_get_n_rows (page->heatmap), ==, 5);
  sc_test_ui_screenshot (GTK_WIDGET (window), "activity-month");
  /* The heat map and the chart draw with theme colours: look at them dark too. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  sc_test_ui_screenshot (GTK_WIDGET (window), "activity-month-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* ‹ goes to October; back to the week view keeps the week. */
  gtk_widget_activate_action (GTK_WIDGET (page), "activity.previous", NULL);
  g_assert_cmpstr (sc_activity_page_get_week (page), ==, "2023-10-02");
  gtk_toggle_button_set_active (page->week_button, TRUE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->view_stack), ==, "week");
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Scrolls the preview to its end, where the rows that are not loaded are. */
static void
scroll_to_end (ScImportAssistant *assistant)
{
  GtkWidget *columns = sc_test_ui_find (GTK_WIDGET (assistant), SC_TYPE_IMPORT_COLUMNS, NULL);
  GtkWidget *scrolled = gtk_widget_get_ancestor (columns, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  sc_test_ui_wait_frames (GTK_WIDGET (assistant), 2);
}

/* Clicks «Загрузить» and waits for the assistant to close. */
static void
load (ScImportAssistant *assistant)
{
  GtkWidget *button = sc_test_ui_find (GTK_WIDGET (assistant), GTK_TYPE_BUTTON, _("_Import"));

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_object_ref (assistant);
  g_signal_emit_by_name (button, "clicked");
  sc_test_ui_assert_freed (GTK_WINDOW (assistant));
  sc_test_drain ();
}

static void
test_import (void)
{
  ScActivityPage *page;
  ScWindow *window = open_window (&page);
  ScImportAssistant *assistant = sc_activity_page_import_file (page, csv_path);
  g_autofree char *line_5 = g_strdup_printf (_("Line %u"), 5);
  ScActivityImport *plan;

  sc_test_ui_wait_assistant (assistant);
  plan = SC_ACTIVITY_IMPORT (sc_import_assistant_get_plan (assistant));
  g_assert_nonnull (plan);
  /* Белов was typed in by the keyboard test: his week is updated. */
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ADDED), ==, 1);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_UPDATED), ==, 1);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ERROR), ==, 2);
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (assistant), ADW_TYPE_ACTION_ROW, "Белов Игорь Сергеевич"));
  sc_test_ui_screenshot (GTK_WIDGET (assistant), "activity-import-preview");
  scroll_to_end (assistant);
  g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (assistant), ADW_TYPE_ACTION_ROW, line_5));
  sc_test_ui_screenshot (GTK_WIDGET (assistant), "activity-import-errors");
  load (assistant);

  /* The toast says what was done, in the past tense («добавлено 1 · …»). */
  {
    g_autofree char *counts = g_strdup_printf (_("added %s · updated %s · unchanged %s · repeated %s · errors %s"),
                                               "1", "1", "0", "0", "2");
    g_autofree char *toast = g_strdup_printf (_("Activity loaded: %s"), counts);
    g_assert_nonnull (sc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_LABEL, toast));
  }

  /* The grid shows the loaded counts at once. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell (page, 1, "messages"))), ==, "15");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell (page, 3, "calls"))), ==, "0");
  sc_test_ui_close (GTK_WINDOW (window));
}

/* What the person does: opens a column's drop-down and picks @field. */
static void
choose_field (ScImportAssistant *assistant,
              const char        *column,
              ScField            field)
{
  AdwComboRow *row = ADW_COMBO_ROW (sc_test_ui_find (GTK_WIDGET (assistant), ADW_TYPE_COMBO_ROW, column));
  GListModel *choices = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(GtkStringObject) choice = g_list_model_get_item (choices, i);
      if (g_strcmp0 (gtk_string_object_get_string (choice), sc_field_get_label (field)) == 0)
        {
          adw_combo_row_set_selected (row, i);
          sc_test_ui_wait_assistant (assistant);
          return;
        }
    }
  g_assert_not_reached ();
}

/* «Преподаватель» is no known name for the ФИО column, and the counts
 * stand under each other's headers: the clerk maps three columns by hand. */
static void
test_import_remap (void)
{
  ScActivityPage *page;
  ScWindow *window = open_window (&page);
  ScImportAssistant *assistant = sc_activity_page_import_file (page, remap_path);
  const char *name = sc_field_get_label (SC_FIELD_FULL_NAME);
  const char *messages = sc_field_get_label (SC_FIELD_MESSAGES);
  g_autofree char *no_name = g_strdup_printf (_("No column holds “%s”. Load a column as “%s”."), name, name);
  g_autofree char *no_messages = g_strdup_printf (_("No column holds “%s”. Load a column as “%s”."),
                                                  messages, messages);
  ScActivityImport *plan;

  sc_test_ui_wait_assistant (assistant);
  g_assert_null (sc_import_assistant_get_plan (assistant));
  g_assert_cmpstr (sc_import_assistant_get_problem (assistant), ==, no_name);
  g_assert_false (gtk_widget_get_sensitive (sc_test_ui_find (GTK_WIDGET (assistant), GTK_TYPE_BUTTON, _("_Import"))));
  sc_test_ui_screenshot (GTK_WIDGET (assistant), "activity-import-unmapped");

  choose_field (assistant, "Преподаватель", SC_FIELD_FULL_NAME);
  plan = SC_ACTIVITY_IMPORT (sc_import_assistant_get_plan (assistant));
  g_assert_nonnull (plan);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ADDED), ==, 3);
  g_assert_cmpint (sc_activity_import_get_row (plan, 0)->messages, ==, 2);

  /* «Сообщений» holds the calls: taking its field away from «Звонков»
   * leaves no column for the messages until the clerk picks it there. */
  choose_field (assistant, "Сообщений", SC_FIELD_CALLS);
  g_assert_null (sc_import_assistant_get_plan (assistant));
  g_assert_cmpstr (sc_import_assistant_get_problem (assistant), ==, no_messages);
  choose_field (assistant, "Звонков", SC_FIELD_MESSAGES);
  plan = SC_ACTIVITY_IMPORT (sc_import_assistant_get_plan (assistant));
  g_assert_nonnull (plan);
  g_assert_null (sc_import_assistant_get_problem (assistant));
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ADDED), ==, 3);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ERROR), ==, 0);
  g_assert_cmpint (sc_activity_import_get_row (plan, 0)->person_id, ==, teacher_ids[0]);
  g_assert_cmpint (sc_activity_import_get_row (plan, 0)->messages, ==, 14);
  g_assert_cmpint (sc_activity_import_get_row (plan, 0)->calls, ==, 2);
  sc_test_ui_screenshot (GTK_WIDGET (assistant), "activity-import-remapped");
  load (assistant);

  assert_stored (teacher_ids[0], "2023-12-04", 14, 2, SC_ACTIVITY_SOURCE_IMPORT);
  assert_stored (teacher_ids[2], "2023-12-04", 3, 0, SC_ACTIVITY_SOURCE_IMPORT);
  assert_stored (teacher_ids[4], "2023-12-04", 11, 1, SC_ACTIVITY_SOURCE_IMPORT);
  sc_activity_page_set_week (page, "2023-12-04");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell (page, 0, "messages"))), ==, "14");
  sc_test_ui_close (GTK_WINDOW (window));
}

/* A window on the college as it opens: at the current week, years after
 * the counts. (Week titles keep the day with its month by a no-break
 * space: «20–26\u00a0ноября 2023».) */
static ScWindow *
open_window_today (ScActivityPage **page)
{
  ScWindow *window = sc_test_ui_window_new (app, 1024, 768);

  g_assert_true (sc_window_open_database (window, db_path));
  sc_window_set_page (window, "activity");
  *page = SC_ACTIVITY_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_ACTIVITY_PAGE, NULL));
  g_assert_nonnull (*page);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpstr (sc_activity_page_get_week (*page), >, "2024-01-01");
  return window;
}

/* After an import the page shows the weeks that came in, not the current
 * week's «Нет данных» that reads as a failed import. */
static void
test_import_shows_weeks (void)
{
  ScActivityPage *page;
  ScWindow *window = open_window_today (&page);
  ScImportAssistant *assistant = sc_activity_page_import_file (page, november_path);

  sc_test_ui_wait_assistant (assistant);
  /* 13.11 had 12 and 0 (make_college): updated; 20.11 had none: added. */
  g_assert_cmpuint (sc_import_count (sc_import_assistant_get_plan (assistant), SC_IMPORT_ROW_ADDED), ==, 1);
  g_assert_cmpuint (sc_import_count (sc_import_assistant_get_plan (assistant), SC_IMPORT_ROW_UPDATED), ==, 1);
  load (assistant);
  sc_test_assert_eventually (g_strcmp0 (sc_activity_page_get_week (page), "2023-11-20") == 0);
  sc_test_assert_eventually (g_strcmp0 (gtk_label_get_text (page->period_label), "20–26\u00a0ноября 2023") == 0);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell (page, 0, "messages"))), ==, "17");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell (page, 0, "calls"))), ==, "2");
  sc_test_ui_screenshot (GTK_WIDGET (window), "activity-after-import");
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
choose_day (ScActivityPage *page,
            int             year,
            int             month,
            int             day)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);

  gtk_calendar_select_day (page->calendar, date);
}

/* The title opens a calendar: any week or month in two clicks, the weeks
 * with counts marked, and a button to the latest of them. */
static void
test_calendar (void)
{
  ScActivityPage *page;
  ScWindow *window = open_window_today (&page);

  /* The current week has no counts: a line says so and leads to them. */
  g_assert_true (gtk_revealer_get_reveal_child (page->no_data_revealer));
  g_assert_cmpstr (gtk_label_get_text (page->no_data_latest_label), ==,
                   "Последние данные: 4–10\u00a0декабря 2023");
  sc_test_ui_screenshot (GTK_WIDGET (window), "activity-no-data");

  gtk_popover_popup (page->period_popover);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  /* The latest counts are of 4–10 December (the hand-mapped file). */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->latest_button)));
  g_assert_cmpstr (gtk_label_get_text (page->latest_label), ==, "Последние данные: 4–10\u00a0декабря 2023");

  /* October 2023: only its last two days lie in a week with counts (30.10–5.11). */
  choose_day (page, 2023, 10, 15);
  g_assert_false (gtk_calendar_get_day_is_marked (page->calendar, 29));
  g_assert_true (gtk_calendar_get_day_is_marked (page->calendar, 30));
  g_assert_true (gtk_calendar_get_day_is_marked (page->calendar, 31));
  g_assert_false (gtk_calendar_get_day_is_marked (page->calendar, 15));
  sc_test_ui_wait_frames (GTK_WIDGET (page->period_popover), 2);
  sc_test_ui_screenshot (GTK_WIDGET (page->period_popover), "activity-calendar-october");

  choose_day (page, 2023, 11, 15);
  g_assert_true (gtk_calendar_get_day_is_marked (page->calendar, 15));
  g_assert_cmpstr (gtk_label_get_text (page->show_chosen_label), ==, "Показать: 13–19\u00a0ноября 2023");
  sc_test_ui_wait_frames (GTK_WIDGET (page->period_popover), 2);
  sc_test_ui_screenshot (GTK_WIDGET (page->period_popover), "activity-calendar");
  gtk_widget_activate_action (GTK_WIDGET (page), "activity.show-chosen", NULL);
  sc_test_assert_eventually (!gtk_widget_get_visible (GTK_WIDGET (page->period_popover)));
  g_assert_cmpstr (sc_activity_page_get_week (page), ==, "2023-11-13");
  sc_test_assert_eventually (g_strcmp0 (gtk_label_get_text (page->period_label), "13–19\u00a0ноября 2023") == 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell (page, 0, "messages"))), ==, "21");
  g_assert_false (gtk_revealer_get_reveal_child (page->no_data_revealer));

  /* In the month view a day picks its month: 31 October is October, whose
   * first week is the one of Thursday 5 October. */
  gtk_toggle_button_set_active (page->month_button, TRUE);
  gtk_popover_popup (page->period_popover);
  choose_day (page, 2023, 10, 31);
  g_assert_cmpstr (gtk_label_get_text (page->show_chosen_label), ==, "Показать: Октябрь 2023");
  gtk_widget_activate_action (GTK_WIDGET (page), "activity.show-chosen", NULL);
  g_assert_cmpstr (sc_activity_page_get_week (page), ==, "2023-10-02");
  sc_test_assert_eventually (g_strcmp0 (gtk_label_get_text (page->period_label), "Октябрь 2023") == 0);

  /* «Последние данные» goes to the latest week with counts. */
  gtk_toggle_button_set_active (page->week_button, TRUE);
  gtk_popover_popup (page->period_popover);
  sc_test_ui_wait_frames (GTK_WIDGET (window), 2);
  gtk_widget_activate_action (GTK_WIDGET (page), "activity.show-latest", NULL);
  g_assert_cmpstr (sc_activity_page_get_week (page), ==, "2023-12-04");
  sc_test_ui_close (GTK_WINDOW (window));
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

  g_test_add_func ("/sc/ui/activity/keyboard-entry", test_keyboard_entry);
  g_test_add_func ("/sc/ui/activity/month-view", test_month_view);
  g_test_add_func ("/sc/ui/activity/import", test_import);
  g_test_add_func ("/sc/ui/activity/import-remap", test_import_remap);
  g_test_add_func ("/sc/ui/activity/import-shows-weeks", test_import_shows_weeks);
  g_test_add_func ("/sc/ui/activity/calendar", test_calendar);
  status = g_test_run ();
  sc_test_ui_app_finish (app);
  dir = g_path_get_dirname (db_path);
  sc_test_remove_tree (dir);
  return status;
}

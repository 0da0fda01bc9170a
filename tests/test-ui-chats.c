/* test-ui-chats.c — the «Чаты» page: the template dialog, the tree, the
 * selected chat (created with a date and a link, copy, rename, members),
 * delete with Undo, moving, the coverage strip and the plan export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sc-application.h"
#include "sc-chat-coverage.h"
#include "sc-chat-members.h"
#include "sc-chat-template-dialog.h"
#include "sc-chats-page-private.h"
#include "sc-group-names.h"
#include "sc-organization.h"
#include "sc-people.h"
#include "sc-test-ui.h"
#include "sc-window.h"

static ScApplication *app;
static char *db_path;
static ScChatsPage *shown_page; /* the page of the window open now */
static gint64 fedorov_id;

static gint64
add (ScDatabase *db,
     const char *last,
     const char *first,
     ScCategory  category,
     const char *group,
     const char *department,
     const char *position)
{
  g_autoptr(ScPersonRecord) r = sc_person_record_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_free (r->last_name), r->last_name = g_strdup (last);
  g_free (r->first_name), r->first_name = g_strdup (first);
  g_free (r->group_code), r->group_code = g_strdup (group);
  g_free (r->department), r->department = g_strdup (department);
  g_free (r->position), r->position = g_strdup (position);
  r->category = category;
  id = sc_people_save (db, r, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
set_curator (ScDatabase *db,
             const char *group,
             gint64      person_id)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE study_group SET curator_id = %" G_GINT64_FORMAT
                                          " WHERE code = '%s'", person_id, group);
  g_assert_true (sc_database_exec (db, sql, NULL));
}

static void
appoint_coordinator (ScDatabase *db)
{
  g_autoptr(ScOrganization) organization = sc_organization_load (db, NULL);

  g_assert_nonnull (organization);
  g_free (organization->coordinator_name);
  organization->coordinator_name = g_strdup ("Орлова Елена");
  g_assert_true (sc_organization_save (db, organization, NULL));
}

/* Two departments, three groups with curators, a director, a bookkeeper. */
static void
make_college (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-chats");
  g_autoptr(ScDatabase) db = NULL;
  const char *it = "Информационные технологии", *ec = "Экономика";
  gint64 sidorova, petrov, kuznetsov, gusev;

  db = sc_test_college_new (dir, "Колледж связи", &db_path);
  sidorova = add (db, "Сидорова", "Анна", SC_CATEGORY_TEACHER, "", it, "Преподаватель");
  petrov = add (db, "Петров", "Пётр", SC_CATEGORY_TEACHER, "", it, "Преподаватель");
  kuznetsov = add (db, "Кузнецов", "Олег", SC_CATEGORY_TEACHER, "", ec, "Преподаватель");
  add (db, "Орлова", "Елена", SC_CATEGORY_TEACHER, "", "", "Директор");
  fedorov_id = add (db, "Фёдоров", "Илья", SC_CATEGORY_STAFF, "", "", "Бухгалтер");
  add (db, "Алексеев", "Артём", SC_CATEGORY_STUDENT, "ИС-21", it, "");
  add (db, "Борисова", "Вера", SC_CATEGORY_STUDENT, "ИС-21", it, "");
  gusev = add (db, "Гусев", "Глеб", SC_CATEGORY_STUDENT, "ИС-21", it, "");
  g_assert_true (sc_people_set_left (db, &gusev, 1, "2021-01-15", NULL, NULL));
  add (db, "Дмитриев", "Денис", SC_CATEGORY_STUDENT, "ИС-22", it, "");
  add (db, "Егоров", "Егор", SC_CATEGORY_STUDENT, "ИС-22", it, "");
  add (db, "Ёлкина", "Евгения", SC_CATEGORY_STUDENT, "ЭК-11", ec, "");
  add (db, "Жуков", "Захар", SC_CATEGORY_STUDENT, "ЭК-11", ec, "");
  set_curator (db, "ИС-21", sidorova);
  set_curator (db, "ИС-22", petrov);
  set_curator (db, "ЭК-11", kuznetsov);
  appoint_coordinator (db);
}

static ScWindow *
open_window (ScChatsPage **page)
{
  ScWindow *window = sc_test_ui_window_new (app, 1200, 760);

  g_assert_true (sc_window_open_database (window, db_path));
  sc_window_set_page (window, "chats");
  *page = SC_CHATS_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_CHATS_PAGE, NULL));
  g_assert_nonnull (*page);
  shown_page = *page;
  sc_test_ui_wait_frames (GTK_WIDGET (window), 3);
  return window;
}

/* Edits reload the page from an idle: wait for it, however busy the loop. */
static void
settle (ScChatsPage *page)
{
  sc_test_drain ();
  sc_test_assert_eventually (!sc_page_get_stale (SC_PAGE (page)));
}

/* What a click on the dialog's button does: respond, then close. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  /* Each button and field of the dialog has an access key of its own. */
  g_assert_cmpuint (sc_test_ui_assert_access_keys (GTK_WIDGET (dialog)), >=, 2);
  sc_test_ui_respond (dialog, response);
  settle (shown_page);
}

static AdwMessageDialog *
wait_for_prompt (void)
{
  return ADW_MESSAGE_DIALOG (sc_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
type_into (GtkWidget  *root,
           const char *name,
           const char *text)
{
  GtkWidget *entry = find_named (root, name);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static ScDatabase *
database (ScChatsPage *page)
{
  return sc_page_get_database (SC_PAGE (page));
}

static gint64
group_id (ScDatabase *db,
          const char *code)
{
  g_autoptr(GHashTable) names = sc_group_names_load (db, NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_equal (value, code))
      return *(gint64 *)key;
  g_assert_not_reached ();
  return 0;
}

/* The chat made for @template_key, 0 when there is none. */
static gint64
chat_for (ScDatabase *db,
          const char *template_key)
{
  g_autoptr(GPtrArray) chats = sc_chat_store_list (db, NULL);

  for (guint i = 0; i < chats->len; i++)
    {
      const ScChat *chat = g_ptr_array_index (chats, i);
      if (g_strcmp0 (chat->template_key, template_key) == 0)
        return chat->id;
    }
  return 0;
}

static char *
group_key (ScDatabase *db,
           const char *code)
{
  return g_strdup_printf ("group:%" G_GINT64_FORMAT, group_id (db, code));
}

static guint
n_rows (ScChatsPage *page)
{
  return g_list_model_get_n_items (sc_chats_page_get_rows (page));
}

/* The chat as the tree shows it. */
static const ScChat *
shown_chat (ScChatsPage *page,
            gint64       chat_id)
{
  GListModel *rows = sc_chats_page_get_rows (page);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(ScChatItem) item = gtk_tree_list_row_get_item (row);
      if (sc_chat_item_get_id (item) == chat_id)
        return sc_chat_item_get_chat (item); /* the page keeps the item */
    }
  g_assert_not_reached ();
  return NULL;
}

static guint
n_chats (ScDatabase *db)
{
  g_autoptr(GPtrArray) chats = sc_chat_store_list (db, NULL);
  return chats->len;
}

static void
test_template (void)
{
  ScChatsPage *page;
  ScWindow *window = open_window (&page);
  ScChatTemplateDialog *dialog;
  g_autofree char *ek11 = NULL;

  /* No chats yet: the empty state offers the template. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, "empty");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page->empty_people_label)));
  sc_test_ui_screenshot (GTK_WIDGET (window), "chats-empty");

  gtk_widget_activate_action (GTK_WIDGET (page), "chats.template", NULL);
  dialog = SC_CHAT_TEMPLATE_DIALOG (g_object_ref (sc_test_ui_wait_for_window (SC_TYPE_CHAT_TEMPLATE_DIALOG)));
  /* Teachers, administration, two departments, three groups; parents off. */
  g_assert_cmpuint (sc_chat_template_dialog_get_n_shown (dialog), ==, 7);
  g_assert_cmpuint (sc_chat_template_dialog_get_n_chosen (dialog), ==, 7);
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "chats-template-dialog");

  ek11 = group_key (database (page), "ЭК-11");
  g_assert_true (sc_chat_template_dialog_set_ticked (dialog, ek11, FALSE));
  g_assert_cmpuint (sc_chat_template_dialog_get_n_chosen (dialog), ==, 6);
  g_assert_cmpuint (n_chats (database (page)), ==, 0); /* a preview writes nothing */
  g_assert_cmpint (sc_chat_template_dialog_apply (dialog), ==, 6);
  sc_test_ui_assert_freed (GTK_WINDOW (dialog));
  settle (page);
  g_assert_null (sc_test_ui_find_window (SC_TYPE_CHAT_TEMPLATE_DIALOG));

  g_assert_cmpuint (n_chats (database (page)), ==, 6);
  g_assert_cmpint (chat_for (database (page), ek11), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, "chats");
  g_assert_cmpuint (n_rows (page), ==, 6); /* the whole tree, expanded */
  sc_test_ui_close (GTK_WINDOW (window));
}

/* Takes @expected. */
static void
assert_label (GtkMenuButton *button,
              char          *expected)
{
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, expected);
  g_free (expected);
}

static void
test_coverage (void)
{
  ScChatsPage *page;
  ScWindow *window = open_window (&page);
  g_autoptr(ScChatCoverage) coverage = sc_chat_coverage_compute (database (page), NULL, NULL);
  GtkListBox *list;
  GtkWidget *popover;
  gint64 *chosen;

  /* ЭК-11 was unticked: its group and its two students have no chat; the
   * bookkeeper is in none; the departments have no head to run them. */
  g_assert_cmpuint (coverage->groups_without_chat->len, ==, 1);
  g_assert_cmpuint (coverage->people_without_chat->len, ==, 3);
  g_assert_cmpuint (coverage->chats_without_admin->len, ==, 2);
  g_assert_cmpuint (coverage->chats_with_left_admin->len, ==, 0);
  assert_label (page->groups_button, g_strdup_printf (_("Groups without a chat: %s"), "1"));
  assert_label (page->people_button, g_strdup_printf (_("People without a chat: %s"), "3"));
  assert_label (page->no_admin_button, g_strdup_printf (_("Chats without an administrator: %s"), "2"));
  assert_label (page->left_admin_button, g_strdup_printf (_("Administrator left: %s"), "0"));

  /* A menu button pops up only once it is on screen: the coverage strip
   * is laid out after the page, later on a busy machine. */
  sc_test_assert_eventually (gtk_widget_get_mapped (GTK_WIDGET (page->people_button)));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (page->people_button));
  sc_test_assert_eventually ((gtk_widget_get_mapped (popover) ||
                              (gtk_menu_button_popup (page->people_button), FALSE)));
  list = g_object_get_data (G_OBJECT (page->people_button), "list");
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 2));
  g_assert_null (gtk_list_box_get_row_at_index (list, 3));
  sc_test_ui_screenshot (popover, "chats-coverage-people");
  gtk_menu_button_popdown (page->people_button);

  /* Choosing a chat from a list selects it in the tree. */
  list = sc_chats_page_open_coverage (page, page->no_admin_button);
  chosen = g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (list, 1)), "chat-id");
  g_assert_cmpint (*chosen, ==, g_array_index (coverage->chats_without_admin, gint64, 1));
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 1));
  g_assert_cmpint (sc_chats_page_get_selected (page), ==, *chosen);
  sc_test_ui_close (GTK_WINDOW (window));
}

static char *
clipboard_text (GtkWidget *widget)
{
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  return g_value_dup_string (&value);
}

static void
test_edit_chat (void)
{
  ScChatsPage *page;
  ScWindow *window = open_window (&page);
  g_autofree char *key = group_key (database (page), "ИС-21");
  gint64 id = chat_for (database (page), key);
  const char *link = "https://sferum.ru/?call_link=ИС21-abc";
  g_autoptr(ScChat) chat = NULL;
  g_autofree char *copied = NULL;
  AdwMessageDialog *prompt;

  g_assert_true (sc_chats_page_select_chat (page, id));
  g_assert_cmpint (sc_chats_page_get_selected (page), ==, id);

  /* Planned → created: the date and the invite link are asked. */
  gtk_widget_activate_action (GTK_WIDGET (page), "chats.mark-created", NULL);
  prompt = wait_for_prompt ();
  type_into (GTK_WIDGET (prompt), "date-entry", "05.12.2023");
  type_into (GTK_WIDGET (prompt), "link-entry", link);
  sc_test_ui_screenshot (GTK_WIDGET (prompt), "chats-mark-created");
  answer (prompt, "apply");
  chat = sc_chat_store_get (database (page), id, NULL);
  g_assert_cmpint (chat->status, ==, SC_CHAT_STATUS_CREATED);
  g_assert_cmpstr (chat->created_on, ==, "2023-12-05");
  g_assert_cmpstr (chat->invite_link, ==, link);
  g_clear_pointer (&chat, sc_chat_free);
  g_assert_cmpint (shown_chat (page, id)->status, ==, SC_CHAT_STATUS_CREATED);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "chats.copy-link", NULL));
  copied = clipboard_text (GTK_WIDGET (page));
  g_assert_cmpstr (copied, ==, link);

  /* Rename: saved on Enter (the row's apply). */
  gtk_editable_set_text (GTK_EDITABLE (page->title_row), "  Группа ИС-21 (бюджет) ");
  g_signal_emit_by_name (page->title_row, "apply");
  settle (page);
  chat = sc_chat_store_get (database (page), id, NULL);
  g_assert_cmpstr (chat->title, ==, "Группа ИС-21 (бюджет)");
  g_clear_pointer (&chat, sc_chat_free);
  g_assert_cmpstr (shown_chat (page, id)->title, ==, "Группа ИС-21 (бюджет)");

  /* A member added by hand shows with where they come from. */
  g_assert_true (sc_chats_page_add_member (page, fedorov_id));
  settle (page);
  g_assert_cmpint (sc_chats_page_get_selected (page), ==, id);
  sc_test_ui_screenshot (GTK_WIDGET (window), "chats-page");
  {
    guint n = 0;
    g_assert_true (sc_chat_members_count (database (page), id, NULL, &n, NULL));
    g_assert_cmpuint (n, ==, 4); /* two students, the curator, the bookkeeper */
  }
  sc_test_ui_close (GTK_WINDOW (window));
}

static gboolean
has_member (ScDatabase *db,
            gint64      chat_id,
            gint64      person_id)
{
  g_autoptr(GPtrArray) members = sc_chat_members_list (db, chat_id, NULL, NULL);

  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const ScChatMember *m = g_ptr_array_index (members, i);
      if (m->person_id == person_id && (m->sources & SC_CHAT_MEMBER_EXPLICIT))
        return TRUE;
    }
  return FALSE;
}

static void
test_delete_undo (void)
{
  ScChatsPage *page;
  ScWindow *window = open_window (&page);
  g_autofree char *key = group_key (database (page), "ИС-21");
  gint64 id = chat_for (database (page), key);
  guint before = n_chats (database (page));
  g_autoptr(GError) error = NULL;
  g_autoptr(ScChat) chat = NULL;

  g_assert_true (has_member (database (page), id, fedorov_id));
  g_assert_true (sc_chats_page_select_chat (page, id));
  gtk_widget_activate_action (GTK_WIDGET (page), "chats.delete", NULL);
  settle (page);
  g_assert_cmpuint (n_chats (database (page)), ==, before - 1);
  g_assert_null (sc_chat_store_get (database (page), id, &error));
  g_clear_error (&error);
  g_assert_cmpuint (n_rows (page), ==, before - 1);

  /* Ctrl+Z is bound to chats.undo on the page. */
  gtk_widget_activate_action (GTK_WIDGET (page), "chats.undo", NULL);
  settle (page);
  chat = sc_chat_store_get (database (page), id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (chat->title, ==, "Группа ИС-21 (бюджет)");
  g_assert_cmpint (chat->status, ==, SC_CHAT_STATUS_CREATED);
  g_assert_true (has_member (database (page), id, fedorov_id));
  g_assert_cmpuint (n_rows (page), ==, before);
  g_assert_cmpint (sc_chats_page_get_selected (page), ==, id);

  /* Taking the member out again. */
  g_assert_true (sc_chats_page_remove_member (page, fedorov_id));
  g_assert_false (has_member (database (page), id, fedorov_id));
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
choose_place (AdwMessageDialog *dialog,
              gint64            place_id)
{
  GtkListBox *list = GTK_LIST_BOX (find_named (GTK_WIDGET (dialog), "place-list"));
  GtkListBoxRow *row;

  g_assert_nonnull (list);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (*(gint64 *)g_object_get_data (G_OBJECT (row), "chat-id") == place_id)
      {
        gtk_list_box_select_row (list, row);
        return;
      }
  g_assert_not_reached ();
}

static gboolean
press (ScChatsPage *page,
       guint        keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (page->tree_view));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

/* +/- fold a chat, Left goes up to the chat it is in. */
static void
test_keyboard (void)
{
  ScChatsPage *page;
  ScWindow *window = open_window (&page);
  g_autofree char *key = group_key (database (page), "ИС-22");
  gint64 group_chat = chat_for (database (page), key);
  g_autoptr(ScChat) group = sc_chat_store_get (database (page), group_chat, NULL);
  guint all = n_rows (page);

  g_assert_true (sc_chats_page_select_chat (page, group->parent_id));
  g_assert_true (press (page, GDK_KEY_minus));
  g_assert_cmpuint (n_rows (page), ==, all - 2); /* ИС-21 and ИС-22 folded away */
  g_assert_true (press (page, GDK_KEY_KP_Add));
  g_assert_cmpuint (n_rows (page), ==, all);
  g_assert_true (sc_chats_page_select_chat (page, group_chat));
  g_assert_true (press (page, GDK_KEY_Left));
  g_assert_cmpint (sc_chats_page_get_selected (page), ==, group->parent_id);

  /* A folded chat stays folded when the page reloads after an edit. */
  g_assert_true (press (page, GDK_KEY_Left));
  g_assert_cmpuint (n_rows (page), ==, all - 2);
  g_assert_true (sc_chat_store_set_notes (database (page), group->parent_id, "без заведующего", NULL));
  settle (page);
  g_assert_cmpuint (n_rows (page), ==, all - 2);
  g_assert_true (press (page, GDK_KEY_plus));
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_move_and_add (void)
{
  ScChatsPage *page;
  ScWindow *window = open_window (&page);
  g_autofree char *key = group_key (database (page), "ИС-22");
  gint64 group_chat = chat_for (database (page), key);
  g_autoptr(ScChat) group = sc_chat_store_get (database (page), group_chat, NULL);
  gint64 department = group->parent_id;
  g_autoptr(ScChat) moved = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *problem;
  gint64 added;

  /* The department cannot go inside its own group's chat. */
  g_assert_cmpint (department, >, 0);
  g_assert_true (sc_chats_page_select_chat (page, department));
  gtk_widget_activate_action (GTK_WIDGET (page), "chats.move", NULL);
  dialog = wait_for_prompt ();
  problem = find_named (GTK_WIDGET (dialog), "move-problem");
  choose_place (dialog, department);
  g_assert_true (gtk_widget_get_visible (problem));
  choose_place (dialog, group_chat);
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  sc_test_ui_screenshot (GTK_WIDGET (dialog), "chats-move-refused");
  choose_place (dialog, 0);
  g_assert_false (gtk_widget_get_visible (problem));
  answer (dialog, "apply");
  moved = sc_chat_store_get (database (page), department, NULL);
  g_assert_cmpint (moved->parent_id, ==, 0);

  /* A chat by hand, inside the selected one. */
  g_assert_cmpint (sc_chats_page_get_selected (page), ==, department);
  gtk_widget_activate_action (GTK_WIDGET (page), "chats.add", NULL);
  dialog = wait_for_prompt ();
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  type_into (GTK_WIDGET (dialog), "title-entry", "Кураторы ИТ");
  answer (dialog, "apply");
  added = sc_chats_page_get_selected (page);
  g_assert_cmpint (added, !=, department);
  {
    g_autoptr(ScChat) chat = sc_chat_store_get (database (page), added, NULL);
    g_assert_cmpstr (chat->title, ==, "Кураторы ИТ");
    g_assert_cmpint (chat->parent_id, ==, department);
    g_assert_cmpint (chat->kind, ==, SC_CHAT_KIND_CUSTOM);
  }
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_export (void)
{
  ScChatsPage *page;
  ScWindow *window = open_window (&page);
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *path = g_build_filename (dir, "План чатов.xlsx", NULL);
  GStatBuf st;

  g_assert_true (sc_chats_page_write_plan (page, path));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000);
  sc_test_ui_close (GTK_WINDOW (window));
}

static void
test_no_people (void)
{
  g_autofree char *dir = sc_test_make_dir ("sc-ui-chats-empty");
  g_autofree char *path = g_build_filename (dir, "empty.sqlite3", NULL);
  ScWindow *window = sc_test_ui_window_new (app, 1000, 700);
  ScChatsPage *page;

  g_assert_true (sc_window_create_college (window, "Пустой колледж", path));
  sc_window_set_page (window, "chats");
  page = SC_CHATS_PAGE (sc_test_ui_find (GTK_WIDGET (window), SC_TYPE_CHATS_PAGE, NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, "empty");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->empty_people_label)));
  sc_test_ui_screenshot (GTK_WIDGET (window), "chats-no-people");
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

  /* In order: each works on the chats the one before left. */
  g_test_add_func ("/sc/ui/chats/template", test_template);
  g_test_add_func ("/sc/ui/chats/coverage", test_coverage);
  g_test_add_func ("/sc/ui/chats/edit-chat", test_edit_chat);
  g_test_add_func ("/sc/ui/chats/delete-undo", test_delete_undo);
  g_test_add_func ("/sc/ui/chats/keyboard", test_keyboard);
  g_test_add_func ("/sc/ui/chats/move-and-add", test_move_and_add);
  g_test_add_func ("/sc/ui/chats/export", test_export);
  g_test_add_func ("/sc/ui/chats/no-people", test_no_people);
  status = g_test_run ();
  sc_test_ui_app_finish (app);
  dir = g_path_get_dirname (db_path);
  sc_test_remove_tree (dir);
  return status;
}

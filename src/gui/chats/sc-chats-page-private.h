/* sc-chats-page-private.h — the page's parts shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-chat-coverage.h"
#include "sc-chat-item.h"
#include "sc-chat-store.h"
#include "sc-chats-page.h"

G_BEGIN_DECLS

struct _ScChatsPage
{
  ScPage                 parent_instance;

  gboolean               filling;         /* the details are being filled, not edited */
  gboolean               loading;         /* the tree is being rebuilt */
  gboolean               people_stale;    /* people changed: the next reload reads them */
  gint64                 select_after_reload;

  /* The tree */
  GPtrArray             *chats;           /* ScChat in tree order, as last loaded */
  ScPlatform             platform;        /* in force today: older archived chats say theirs */
  GListStore            *roots;           /* ScChatItem */
  GHashTable            *items;           /* chat id → ScChatItem (borrowed from roots) */
  GHashTable            *collapsed;       /* chat ids the coordinator collapsed */
  GtkTreeListModel      *tree_model;
  GtkSingleSelection    *selection;
  ScChat                *current;         /* the chat the details show */

  /* People, for the administrator and member choices and the coverage lists */
  GListStore            *people;          /* ScPerson, all of them */
  GHashTable            *people_by_id;    /* id → ScPerson (borrowed) */
  GtkFilterListModel    *admin_filter_model;
  GtkCustomFilter       *admin_filter;
  GtkFilterListModel    *candidate_model;
  GtkCustomFilter       *candidate_filter;
  char                 **candidate_words;
  GHashTable            *member_ids;      /* the selected chat's members, for the candidates */
  GHashTable            *group_names;     /* group id → code */
  ScChatCoverage        *coverage;

  ScChatDeletion        *deletion;        /* the last delete, for Undo */
  GtkFileChooserNative  *chooser;

  GtkStack              *stack;
  GtkLabel              *empty_people_label;
  GtkFlowBox            *coverage_strip; /* wraps on a narrow window */
  GtkMenuButton         *groups_button;
  GtkMenuButton         *confirm_button;
  GtkMenuButton         *people_button;
  GtkMenuButton         *no_admin_button;
  GtkMenuButton         *left_admin_button;
  GtkListView           *tree_view;
  GtkStack              *details_stack;
  AdwPreferencesPage    *details_page;
  AdwPreferencesGroup   *chat_group;
  AdwEntryRow           *title_row;
  AdwActionRow          *kind_row;
  AdwComboRow           *origin_row;
  AdwActionRow          *admin_row;
  GtkDropDown           *admin_dropdown;
  AdwActionRow          *status_row;
  GtkLabel              *status_label;
  GtkButton             *mark_created_button;
  GtkButton             *archive_button;
  GtkButton             *unarchive_button;
  AdwEntryRow           *link_row;
  GtkButton             *copy_link_button;
  AdwEntryRow           *notes_row;
  AdwPreferencesGroup   *members_group;
  GtkMenuButton         *add_member_button;
  GtkPopover            *add_member_popover;
  GtkSearchEntry        *member_search;
  GtkListView           *candidates_view;
  GtkListBox            *members_list;
};

/* sc-chats-page.c */
void     sc_chats_page_update_actions (ScChatsPage *self);
const char *sc_chats_page_person_name (ScChatsPage *self,
                                       gint64       person_id);

/* sc-chats-page-tree.c: the tree on the left */
void     sc_chats_page_setup_tree    (ScChatsPage  *self);
void     sc_chats_page_load_tree     (ScChatsPage  *self);
void     sc_chats_page_clear_tree    (ScChatsPage  *self);

/* sc-chats-page-details.c: the selected chat on the right */
void     sc_chats_page_bind_details_callbacks (GtkWidgetClass *widget_class);
void     sc_chats_page_setup_details (ScChatsPage  *self);
void     sc_chats_page_show_chat     (ScChatsPage  *self,
                                      const ScChat *chat);
void     sc_chats_page_save_edits    (ScChatsPage  *self);
void     sc_chats_page_load_people   (ScChatsPage  *self);

/* sc-chats-page-members.c: the member list and adding by hand */
void     sc_chats_page_bind_members_callbacks (GtkWidgetClass *widget_class);
void     sc_chats_page_setup_members (ScChatsPage  *self);
void     sc_chats_page_fill_members  (ScChatsPage  *self);
gboolean sc_chats_page_add_member    (ScChatsPage  *self,
                                      gint64        person_id);
gboolean sc_chats_page_remove_member (ScChatsPage  *self,
                                      gint64        person_id);

/* sc-chats-page-coverage.c: the strip under the toolbar */
void     sc_chats_page_setup_coverage (ScChatsPage *self);
void     sc_chats_page_load_coverage  (ScChatsPage *self);
/* The rows the coverage list of @button shows (built on demand). */
GtkListBox *sc_chats_page_open_coverage (ScChatsPage  *self,
                                         GtkMenuButton *button);

/* sc-chats-page-dialogs.c: add, move, mark created */
void     sc_chats_page_add_chat      (GtkWidget    *widget,
                                      const char   *action_name,
                                      GVariant     *param);
void     sc_chats_page_move_chat     (GtkWidget    *widget,
                                      const char   *action_name,
                                      GVariant     *param);
void     sc_chats_page_mark_created  (GtkWidget    *widget,
                                      const char   *action_name,
                                      GVariant     *param);

/* sc-chats-page-export.c; tests call write_plan instead of the chooser */
gboolean sc_chats_page_write_plan    (ScChatsPage  *self,
                                      const char   *path);
void     sc_chats_page_export_plan   (GtkWidget    *widget,
                                      const char   *action_name,
                                      GVariant     *param);

G_END_DECLS

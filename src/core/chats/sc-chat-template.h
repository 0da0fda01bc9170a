/* sc-chat-template.h — the chat structure built from templates
 *
 * The tree the templates build, the one a college's org chart draws:
 *
 *   Педагогический коллектив                 (staff: all teachers)
 *   ├─ Администрация                         (administration)
 *   ├─ Отделение «Информационные технологии» (department)
 *   │  ├─ Группа ИС-21                        (group)
 *   │  │  └─ Родители группы ИС-21            (parents, off by default)
 *   │  └─ Группа ИС-22
 *   └─ Группа ТМ-31                          (a group without a department)
 *
 * A chat goes under the nearest of its parents that exists and is not
 * archived (parents' chat → group chat → department chat → teachers' chat),
 * else at the root. Which chats are made:
 * - staff: when the college has an active teacher; administrator: the
 *   person named as coordinator in the organization profile (matched by
 *   full name or initials, among active teachers and staff), else none;
 * - administration: when someone active holds a director's or deputy's
 *   position, or the coordinator is known; administrator: the coordinator;
 * - one chat per group with at least one active student; administrator:
 *   its curator while active;
 * - one parents' chat per such group; administrator: its curator;
 * - one chat per department with an active head, teacher, curator or
 *   student group; administrator: its head while active.
 *
 * Each generated chat carries a template key ("staff", "administration",
 * "group:<id>", "parents:<id>", "department:<id>"). Regenerating adds only
 * the keys that have no chat yet; a chat made by hand for the same group or
 * department (same kind) counts as having one. Existing chats are never
 * changed, moved or deleted, whatever the coordinator did to them. Only
 * the chats of the platform in force on the date count: after the switch
 * to MAX the archived chats of VK Messenger ask for no new ones. On MAX
 * the chats of groups, of parents and of the teaching staff are made by
 * the platform (ScChatOrigin): the coordinator confirms them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-chat-store.h"

G_BEGIN_DECLS

/* The switches of the «Сформировать по шаблону» dialog. */
typedef struct
{
  gboolean            staff;
  gboolean            administration;
  gboolean            departments;
  gboolean            groups;
  gboolean            parents;
  /* NULL-terminated template keys the coordinator unticked in the preview;
   * may be NULL. Their would-be sub-chats go to the next parent up. */
  const char *const  *skip_keys;
} ScChatTemplateOptions;

typedef struct
{
  char       *template_key;
  char       *title;
  ScChatKind  kind;
  gint64      group_id;
  gint64      department_id;
  gint64      admin_person_id;  /* 0: none */
  char       *parent_key;       /* NULL at the root */
  char       *parent_title;     /* NULL at the root */
  gint64      parent_id;        /* 0 at the root, and in a preview for a parent still to be added */
  gint64      id;               /* 0 in a preview; the new chat's id after applying */
  ScChatOrigin origin;          /* on MAX the platform makes group, parents' and staff chats */
} ScChatTemplateItem;

void        sc_chat_template_options_init      (ScChatTemplateOptions       *options);
void        sc_chat_template_item_free         (ScChatTemplateItem          *item);

GPtrArray  *sc_chat_template_preview           (ScDatabase              *db,
                                            const ScChatTemplateOptions *options,
                                            const char              *on_date,
                                            GError                 **error);
GPtrArray  *sc_chat_template_apply             (ScDatabase              *db,
                                            const ScChatTemplateOptions *options,
                                            const char              *on_date,
                                            GError                 **error);

char       *sc_chat_template_department_title  (const char              *department_name);
gint64      sc_chat_template_find_coordinator  (ScDatabase              *db,
                                            const char              *on_date,
                                            GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScChatTemplateItem, sc_chat_template_item_free)

G_END_DECLS

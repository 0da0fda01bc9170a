/* sc-chat.c — one chat of the structure, its kind, status and origin
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-chat"

#include "config.h"

#include "sc-chat.h"
#include "sc-i18n.h"

G_DEFINE_BOXED_TYPE (ScChat, sc_chat, sc_chat_copy, sc_chat_free)

static const char *const kind_labels[] = {
  NC_("chat kind", "Other"),
  NC_("chat kind", "Teachers"),
  NC_("chat kind", "Group"),
  NC_("chat kind", "Parents"),
  NC_("chat kind", "Department"),
  NC_("chat kind", "Administration"),
};

static const char *const status_labels[] = {
  NC_("chat status", "Planned"),
  NC_("chat status", "Created"),
  NC_("chat status", "Archived"),
};

/* Where a new chat of each kind sits among its siblings: the teachers' chat
 * first, then administration, departments, groups, parents, the rest. */
static const int kind_sort_order[] = { 5, 0, 3, 4, 2, 1 };

ScChat *
sc_chat_copy (const ScChat *chat)
{
  ScChat *copy = g_memdup2 (chat, sizeof *chat);

  copy->title = g_strdup (chat->title);
  copy->created_on = g_strdup (chat->created_on);
  copy->archived_on = g_strdup (chat->archived_on);
  copy->invite_link = g_strdup (chat->invite_link);
  copy->notes = g_strdup (chat->notes);
  copy->template_key = g_strdup (chat->template_key);
  return copy;
}

void
sc_chat_free (ScChat *chat)
{
  if (chat == NULL)
    return;
  g_free (chat->title);
  g_free (chat->created_on);
  g_free (chat->archived_on);
  g_free (chat->invite_link);
  g_free (chat->notes);
  g_free (chat->template_key);
  g_free (chat);
}

const char *
sc_chat_kind_get_label (ScChatKind kind)
{
  g_return_val_if_fail (kind <= SC_CHAT_KIND_ADMINISTRATION, "");
  return sc_pgettext2 ("chat kind", kind_labels[kind]);
}

/* Where a chat of @kind sits among its siblings (ScChat.sort_order). */
int
sc_chat_kind_get_sort_order (ScChatKind kind)
{
  g_return_val_if_fail (kind <= SC_CHAT_KIND_ADMINISTRATION, 0);
  return kind_sort_order[kind];
}

const char *
sc_chat_status_get_label (ScChatStatus status)
{
  g_return_val_if_fail (status <= SC_CHAT_STATUS_ARCHIVED, "");
  return sc_pgettext2 ("chat status", status_labels[status]);
}

const char *
sc_chat_origin_get_label (ScChatOrigin origin)
{
  return origin == SC_CHAT_ORIGIN_PLATFORM ? C_("chat origin", "Made by the platform")
                                           : C_("chat origin", "Added by hand");
}

ScChatOrigin
sc_chat_origin_default (ScPlatform platform,
                        ScChatKind kind)
{
  if (platform == SC_PLATFORM_MAX &&
      (kind == SC_CHAT_KIND_GROUP || kind == SC_CHAT_KIND_PARENTS || kind == SC_CHAT_KIND_STAFF))
    return SC_CHAT_ORIGIN_PLATFORM;
  return SC_CHAT_ORIGIN_MANUAL;
}

/* sc-enums.c — categories of people and connection statuses; the codes
 * every enum is stored as
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-enums.h"
#include "sc-i18n.h"

/* An enum's class is made once and kept for the process, as GLib keeps
 * every static type's. */
static GEnumClass *
enum_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  return klass != NULL ? klass : g_type_class_ref (type);
}

const char *
sc_enum_to_code (GType type,
                 int   value)
{
  GEnumValue *found = g_enum_get_value (enum_class (type), value);

  return found != NULL ? found->value_nick : NULL;
}

gboolean
sc_enum_from_code (GType       type,
                   const char *code,
                   int        *value)
{
  GEnumValue *found;

  if (code == NULL)
    return FALSE;
  found = g_enum_get_value_by_nick (enum_class (type), code);
  if (found == NULL)
    return FALSE;
  *value = found->value;
  return TRUE;
}

const char *
sc_category_get_label (ScCategory category)
{
  switch (category)
    {
    case SC_CATEGORY_TEACHER: return C_("category", "Teacher");
    case SC_CATEGORY_STUDENT: return C_("category", "Student");
    case SC_CATEGORY_STAFF: return C_("category", "Staff");
    case SC_CATEGORY_PARENT: return C_("category", "Parent");
    case SC_N_CATEGORIES:
    default: return "";
    }
}

const char *
sc_category_get_plural (ScCategory category)
{
  switch (category)
    {
    case SC_CATEGORY_TEACHER: return C_("categories", "Teachers");
    case SC_CATEGORY_STUDENT: return C_("categories", "Students");
    case SC_CATEGORY_STAFF: return C_("categories", "Staff");
    case SC_CATEGORY_PARENT: return C_("categories", "Parents");
    case SC_N_CATEGORIES:
    default: return "";
    }
}

const char *
sc_status_get_label (ScStatus status)
{
  switch (status)
    {
    case SC_STATUS_NOT_INVITED: return C_("status", "Not invited");
    case SC_STATUS_INVITED: return C_("status", "Invited");
    case SC_STATUS_JOINED: return C_("status", "Connected");
    case SC_STATUS_DECLINED: return C_("status", "Declined");
    case SC_N_STATUSES:
    default: return "";
    }
}

const char *
sc_status_needs_move_label (void)
{
  return C_("status", "Needs to move");
}

const char *
sc_decline_reason_get_label (ScDeclineReason reason)
{
  switch (reason)
    {
    case SC_DECLINE_REASON_NO_SMARTPHONE: return C_("decline reason", "no smartphone");
    case SC_DECLINE_REASON_NO_GOSUSLUGI: return C_("decline reason", "no Gosuslugi account");
    case SC_DECLINE_REASON_FOREIGN_PHONE: return C_("decline reason", "foreign phone number");
    case SC_DECLINE_REASON_REFUSES: return C_("decline reason", "refuses MAX");
    case SC_DECLINE_REASON_PARENTS_OBJECT: return C_("decline reason", "parents object");
    case SC_DECLINE_REASON_OTHER: return C_("decline reason", "other");
    case SC_DECLINE_REASON_NONE:
    case SC_N_DECLINE_REASONS:
    default: return "";
    }
}

const char *
sc_channel_get_label (ScChannel channel)
{
  switch (channel)
    {
    case SC_CHANNEL_EMAIL: return C_("channel", "e-mail");
    case SC_CHANNEL_EJOURNAL: return C_("channel", "e-journal");
    case SC_CHANNEL_SMS: return C_("channel", "SMS");
    case SC_CHANNEL_PHONE: return C_("channel", "phone calls");
    case SC_CHANNEL_PAPER: return C_("channel", "on paper");
    case SC_CHANNEL_OTHER: return C_("channel", "other");
    case SC_CHANNEL_NONE:
    case SC_N_CHANNELS:
    default: return "";
    }
}

static void
append_part (GString    *out,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (out->len > 0)
    g_string_append (out, " · ");
  g_string_append (out, part);
}

char *
sc_describe_decline (ScStatus        status,
                     ScDeclineReason reason,
                     const char     *reason_text,
                     ScChannel       channel)
{
  GString *out = g_string_new (NULL);
  g_autofree char *text = g_strstrip (g_strdup (reason_text ? reason_text : ""));
  g_autofree char *channel_text = NULL;

  if (status != SC_STATUS_DECLINED)
    return g_string_free (out, FALSE);
  if (reason != SC_DECLINE_REASON_NONE && *text != '\0')
    {
      /* Translators: a reason and its words: «другое: уехал на практику» */
      g_autofree char *both = g_strdup_printf (C_("decline reason", "%s: %s"),
                                               sc_decline_reason_get_label (reason), text);
      append_part (out, both);
    }
  else
    append_part (out, reason != SC_DECLINE_REASON_NONE ? sc_decline_reason_get_label (reason) : text);
  if (channel != SC_CHANNEL_NONE)
    {
      /* Translators: «Другой канал: СМС» (UI.md); lower case after a reason */
      channel_text = g_strdup_printf (out->len > 0 ? _("other channel: %s") : _("Other channel: %s"),
                                      sc_channel_get_label (channel));
      append_part (out, channel_text);
    }
  return g_string_free (out, FALSE);
}

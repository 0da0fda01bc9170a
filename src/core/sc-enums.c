/* sc-enums.c — categories of people and connection statuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-enums.h"
#include "sc-i18n.h"

static const char *const category_codes[] = { "teacher", "student", "staff", "parent" };
static const char *const status_codes[] = { "not_invited", "invited", "joined", "declined" };
static const char *const reason_codes[] = {
  NULL, "no_smartphone", "no_gosuslugi", "foreign_phone", "refuses", "parents_object", "other",
};
static const char *const channel_codes[] = {
  NULL, "email", "ejournal", "sms", "phone", "paper", "other",
};

static gboolean
find_code (const char *const *codes,
           guint              n_codes,
           const char        *code,
           guint             *out)
{
  for (guint i = 0; i < n_codes; i++)
    if (g_strcmp0 (codes[i], code) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sc_category_to_code (ScCategory category)
{
  g_return_val_if_fail (category < SC_N_CATEGORIES, "staff");
  return category_codes[category];
}

gboolean
sc_category_from_code (const char *code,
                       ScCategory *out)
{
  guint i;

  if (!find_code (category_codes, G_N_ELEMENTS (category_codes), code, &i))
    return FALSE;
  *out = i;
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
sc_status_to_code (ScStatus status)
{
  g_return_val_if_fail (status < SC_N_STATUSES, "not_invited");
  return status_codes[status];
}

gboolean
sc_status_from_code (const char *code,
                     ScStatus   *out)
{
  guint i;

  if (!find_code (status_codes, G_N_ELEMENTS (status_codes), code, &i))
    return FALSE;
  *out = i;
  return TRUE;
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
sc_decline_reason_to_code (ScDeclineReason reason)
{
  g_return_val_if_fail (reason < SC_N_DECLINE_REASONS, NULL);
  return reason_codes[reason];
}

gboolean
sc_decline_reason_from_code (const char      *code,
                             ScDeclineReason *out)
{
  guint i;

  if (code == NULL || !find_code (reason_codes + 1, G_N_ELEMENTS (reason_codes) - 1, code, &i))
    return FALSE;
  *out = i + 1;
  return TRUE;
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
sc_channel_to_code (ScChannel channel)
{
  g_return_val_if_fail (channel < SC_N_CHANNELS, NULL);
  return channel_codes[channel];
}

gboolean
sc_channel_from_code (const char *code,
                      ScChannel  *out)
{
  guint i;

  if (code == NULL || !find_code (channel_codes + 1, G_N_ELEMENTS (channel_codes) - 1, code, &i))
    return FALSE;
  *out = i + 1;
  return TRUE;
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

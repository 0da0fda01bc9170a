/* sc-enums.c — categories of people and connection statuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-enums.h"
#include "sc-i18n.h"

static const char *const category_codes[] = { "teacher", "student", "staff", "parent" };
static const char *const status_codes[] = { "not_invited", "invited", "joined", "declined" };

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

/* sc-organization.c — the organization profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-organization"

#include "config.h"

#include <string.h>

#include "sc-date.h"
#include "sc-i18n.h"
#include "sc-organization.h"

G_DEFINE_BOXED_TYPE (ScOrganization, sc_organization, sc_organization_copy, sc_organization_free)

#define COLUMNS \
  "full_name, short_name, head_name, head_position, coordinator_name, " \
  "coordinator_position, coordinator_phone, coordinator_email, order_number, " \
  "order_date, norm_enabled, norm_messages, norm_calls, report_due_day, " \
  "full_connection_deadline, demo_today, inn, addressee, answered_order, " \
  "executor_name, executor_phone"

/* The ministry and order of the Tver region's pilot (DESIGN.md §4); any
 * college can change them in the profile. */
static const char default_addressee[] = N_("Ministry of Education of the Tver Region");
static const char default_answered_order[] = N_("order No. 1301/PK of 09.11.2023");

ScOrganization *
sc_organization_new (void)
{
  ScOrganization *organization = g_new0 (ScOrganization, 1);

  organization->full_name = g_strdup ("");
  organization->short_name = g_strdup ("");
  organization->head_name = g_strdup ("");
  organization->head_position = g_strdup ("");
  organization->coordinator_name = g_strdup ("");
  organization->coordinator_position = g_strdup ("");
  organization->coordinator_phone = g_strdup ("");
  organization->coordinator_email = g_strdup ("");
  organization->order_number = g_strdup ("");
  organization->norm_enabled = TRUE;
  organization->norm_messages = 10;
  organization->norm_calls = 1;
  organization->report_due_day = 5;
  organization->full_connection_deadline = g_strdup ("2023-11-15");
  organization->inn = g_strdup ("");
  organization->addressee = g_strdup (sc_organization_default_addressee ());
  organization->answered_order = g_strdup (sc_organization_default_answered_order ());
  organization->executor_name = g_strdup ("");
  organization->executor_phone = g_strdup ("");
  return organization;
}

ScOrganization *
sc_organization_copy (const ScOrganization *organization)
{
  ScOrganization *copy = g_memdup2 (organization, sizeof *organization);

  copy->full_name = g_strdup (organization->full_name);
  copy->short_name = g_strdup (organization->short_name);
  copy->head_name = g_strdup (organization->head_name);
  copy->head_position = g_strdup (organization->head_position);
  copy->coordinator_name = g_strdup (organization->coordinator_name);
  copy->coordinator_position = g_strdup (organization->coordinator_position);
  copy->coordinator_phone = g_strdup (organization->coordinator_phone);
  copy->coordinator_email = g_strdup (organization->coordinator_email);
  copy->order_number = g_strdup (organization->order_number);
  copy->order_date = g_strdup (organization->order_date);
  copy->full_connection_deadline = g_strdup (organization->full_connection_deadline);
  copy->demo_today = g_strdup (organization->demo_today);
  copy->inn = g_strdup (organization->inn);
  copy->addressee = g_strdup (organization->addressee);
  copy->answered_order = g_strdup (organization->answered_order);
  copy->executor_name = g_strdup (organization->executor_name);
  copy->executor_phone = g_strdup (organization->executor_phone);
  return copy;
}

void
sc_organization_free (ScOrganization *organization)
{
  if (organization == NULL)
    return;
  g_free (organization->full_name);
  g_free (organization->short_name);
  g_free (organization->head_name);
  g_free (organization->head_position);
  g_free (organization->coordinator_name);
  g_free (organization->coordinator_position);
  g_free (organization->coordinator_phone);
  g_free (organization->coordinator_email);
  g_free (organization->order_number);
  g_free (organization->order_date);
  g_free (organization->full_connection_deadline);
  g_free (organization->demo_today);
  g_free (organization->inn);
  g_free (organization->addressee);
  g_free (organization->answered_order);
  g_free (organization->executor_name);
  g_free (organization->executor_phone);
  g_free (organization);
}

const char *
sc_organization_default_addressee (void)
{
  return sc_doc_gettext (default_addressee);
}

const char *
sc_organization_default_answered_order (void)
{
  return sc_doc_gettext (default_answered_order);
}

static gboolean
inn_check_digit (const char *digits,
                 const int  *weights,
                 guint       n)
{
  int sum = 0;

  for (guint i = 0; i < n; i++)
    sum += (digits[i] - '0') * weights[i];
  return sum % 11 % 10 == digits[n] - '0';
}

/* The check digits of the Federal Tax Service's algorithm. */
gboolean
sc_organization_inn_is_valid (const char *inn)
{
  static const int w10[] = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };
  static const int w11[] = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };
  static const int w12[] = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };
  gsize n = inn != NULL ? strlen (inn) : 0;

  if (n != 10 && n != 12)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (inn[i]))
      return FALSE;
  if (n == 10)
    return inn_check_digit (inn, w10, 9);
  return inn_check_digit (inn, w11, 10) && inn_check_digit (inn, w12, 11);
}

static gboolean
is_blank (const char *text)
{
  while (text != NULL && g_ascii_isspace (*text))
    text++;
  return text == NULL || *text == '\0';
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, message);
  return FALSE;
}

gboolean
sc_organization_validate (const ScOrganization *organization,
                         GError            **error)
{
  g_return_val_if_fail (organization != NULL, FALSE);

  if (is_blank (organization->full_name))
    return invalid (error, _("Enter the full name of the college."));
  if (organization->norm_messages < 0 || organization->norm_messages > 10000)
    return invalid (error, _("The weekly norm of messages must be between 0 and 10 000."));
  if (organization->norm_calls < 0 || organization->norm_calls > 1000)
    return invalid (error, _("The weekly norm of calls must be between 0 and 1 000."));
  if (organization->report_due_day < 1 || organization->report_due_day > 28)
    return invalid (error, _("The report due day must be between 1 and 28."));
  if (organization->order_date != NULL && !sc_date_is_valid_iso (organization->order_date))
    return invalid (error, _("The date of the appointment order is not a valid date."));
  if (!sc_date_is_valid_iso (organization->full_connection_deadline))
    return invalid (error, _("The deadline for connecting everyone is not a valid date."));
  if (!is_blank (organization->inn) && strlen (organization->inn) != 10 && strlen (organization->inn) != 12)
    return invalid (error, _("The INN must have 10 digits (12 for a person). Type it without spaces."));
  if (!is_blank (organization->inn) && !sc_organization_inn_is_valid (organization->inn))
    return invalid (error, _("The INN has a wrong check digit: compare it with the college's documents."));
  if (organization->demo_today != NULL && !sc_date_is_valid_iso (organization->demo_today))
    return invalid (error, _("The demonstration college's date is not a valid date."));
  return TRUE;
}

static ScOrganization *
profile_from_row (sqlite3_stmt *stmt)
{
  ScOrganization *p = sc_organization_new ();

  g_free (p->full_name), p->full_name = sc_database_column_dup (stmt, 0);
  g_free (p->short_name), p->short_name = sc_database_column_dup (stmt, 1);
  g_free (p->head_name), p->head_name = sc_database_column_dup (stmt, 2);
  g_free (p->head_position), p->head_position = sc_database_column_dup (stmt, 3);
  g_free (p->coordinator_name), p->coordinator_name = sc_database_column_dup (stmt, 4);
  g_free (p->coordinator_position), p->coordinator_position = sc_database_column_dup (stmt, 5);
  g_free (p->coordinator_phone), p->coordinator_phone = sc_database_column_dup (stmt, 6);
  g_free (p->coordinator_email), p->coordinator_email = sc_database_column_dup (stmt, 7);
  g_free (p->order_number), p->order_number = sc_database_column_dup (stmt, 8);
  if (sqlite3_column_type (stmt, 9) != SQLITE_NULL)
    p->order_date = sc_database_column_dup (stmt, 9);
  p->norm_enabled = sqlite3_column_int (stmt, 10) != 0;
  p->norm_messages = sqlite3_column_int (stmt, 11);
  p->norm_calls = sqlite3_column_int (stmt, 12);
  p->report_due_day = sqlite3_column_int (stmt, 13);
  g_free (p->full_connection_deadline), p->full_connection_deadline = sc_database_column_dup (stmt, 14);
  g_free (p->demo_today), p->demo_today = sc_database_column_dup_or_null (stmt, 15);
  g_free (p->inn), p->inn = sc_database_column_dup (stmt, 16);
  if (sqlite3_column_type (stmt, 17) != SQLITE_NULL)
    g_free (p->addressee), p->addressee = sc_database_column_dup (stmt, 17);
  if (sqlite3_column_type (stmt, 18) != SQLITE_NULL)
    g_free (p->answered_order), p->answered_order = sc_database_column_dup (stmt, 18);
  g_free (p->executor_name), p->executor_name = sc_database_column_dup (stmt, 19);
  g_free (p->executor_phone), p->executor_phone = sc_database_column_dup (stmt, 20);
  return p;
}

/* A file whose organization row went missing gets the defaults back, so
 * the window can still open it and the profile can be filled in again. */
ScOrganization *
sc_organization_load (ScDatabase *db,
                     GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;
  ScOrganization *organization;

  g_return_val_if_fail (SC_IS_DATABASE (db), NULL);

  stmt = sc_database_prepare (db, "SELECT " COLUMNS " FROM organization WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    organization = profile_from_row (stmt);
  else if (rc == SQLITE_DONE)
    organization = sc_organization_new ();
  else
    {
      sc_database_set_error (db, rc, error);
      organization = NULL;
    }
  sqlite3_reset (stmt);
  return organization;
}

static void
bind_profile (sqlite3_stmt       *stmt,
              const ScOrganization *p)
{
  const char *texts[] = {
    p->full_name, p->short_name, p->head_name, p->head_position,
    p->coordinator_name, p->coordinator_position, p->coordinator_phone,
    p->coordinator_email, p->order_number,
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    sqlite3_bind_text (stmt, i + 1, texts[i] ? texts[i] : "", -1, SQLITE_TRANSIENT);
  if (p->order_date != NULL && *p->order_date != '\0')
    sqlite3_bind_text (stmt, 10, p->order_date, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 10);
  sqlite3_bind_int (stmt, 11, p->norm_enabled ? 1 : 0);
  sqlite3_bind_int (stmt, 12, p->norm_messages);
  sqlite3_bind_int (stmt, 13, p->norm_calls);
  sqlite3_bind_int (stmt, 14, p->report_due_day);
  sqlite3_bind_text (stmt, 15, p->full_connection_deadline, -1, SQLITE_TRANSIENT);
  if (p->demo_today != NULL)
    sqlite3_bind_text (stmt, 16, p->demo_today, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 16);
  sqlite3_bind_text (stmt, 17, p->inn ? p->inn : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 18, p->addressee ? p->addressee : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 19, p->answered_order ? p->answered_order : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 20, p->executor_name ? p->executor_name : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 21, p->executor_phone ? p->executor_phone : "", -1, SQLITE_TRANSIENT);
}

gboolean
sc_organization_save (ScDatabase         *db,
                     const ScOrganization *organization,
                     GError            **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (organization != NULL, FALSE);

  if (!sc_organization_validate (organization, error))
    return FALSE;
  stmt = sc_database_prepare (db,
      "INSERT OR REPLACE INTO organization (id, " COLUMNS ") VALUES "
      "(1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
      " ?17, ?18, ?19, ?20, ?21)", error);
  if (stmt == NULL)
    return FALSE;
  bind_profile (stmt, organization);
  if (!sc_database_step_done (db, stmt, error))
    return FALSE;
  sc_database_emit_changed (db, "organization");
  return TRUE;
}

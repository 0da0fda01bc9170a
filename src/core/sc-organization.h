/* sc-organization.h — the organization profile (one row per college file)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"
#include "sc-platform.h"

G_BEGIN_DECLS

typedef struct
{
  char       *full_name;
  char       *short_name;
  char       *head_name;
  char       *head_position;
  char       *coordinator_name;
  char       *coordinator_position;
  char       *coordinator_phone;
  char       *coordinator_email;
  char       *order_number;
  char       *order_date;               /* YYYY-MM-DD or NULL */
  gboolean    norm_enabled;             /* the weekly norm is asked for (default) */
  int         norm_messages;            /* a week, default 10 */
  int         norm_calls;               /* a week, default 1 */
  int         report_due_day;           /* of the next month, default 5 */
  char       *full_connection_deadline; /* YYYY-MM-DD, default 2023-11-15 */
  char       *demo_today;               /* the demo college's "today"; NULL */
  char       *inn;                      /* ИНН, "" or 10 / 12 digits */
  char       *addressee;                /* whom the report goes to */
  char       *answered_order;           /* the order the report answers */
  char       *executor_name;            /* who prepared the report */
  char       *executor_phone;
} ScOrganization;

#define SC_TYPE_ORGANIZATION (sc_organization_get_type ())

GType         sc_organization_get_type (void) G_GNUC_CONST;
ScOrganization *sc_organization_new      (void);
ScOrganization *sc_organization_copy     (const ScOrganization *organization);
void          sc_organization_free     (ScOrganization       *organization);
gboolean      sc_organization_validate (const ScOrganization *organization,
                                       GError            **error);
ScOrganization *sc_organization_load     (ScDatabase         *db,
                                       GError            **error);
gboolean      sc_organization_save     (ScDatabase         *db,
                                       const ScOrganization *organization,
                                       GError            **error);
/* 10 digits (an organization) or 12 (a person), check digits right. */
gboolean      sc_organization_inn_is_valid (const char     *inn);
/* The defaults of a new profile, in the documents' language: «Министерство
 * образования Тверской области», «приказ № 1301/ПК от 09.11.2023». */
const char   *sc_organization_default_addressee      (void);
const char   *sc_organization_default_answered_order (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScOrganization, sc_organization_free)

G_END_DECLS

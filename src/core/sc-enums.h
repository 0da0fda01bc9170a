/* sc-enums.h — categories of people, connection statuses, chat kinds
 *
 * The database stores the lower-case codes ("teacher", "joined"); the
 * window shows the translated labels of UI.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SC_CATEGORY_TEACHER,
  SC_CATEGORY_STUDENT,
  SC_CATEGORY_STAFF,
  SC_CATEGORY_PARENT,
  SC_N_CATEGORIES,
} ScCategory;

typedef enum
{
  SC_STATUS_NOT_INVITED,
  SC_STATUS_INVITED,
  SC_STATUS_JOINED,
  SC_STATUS_DECLINED,
  SC_N_STATUSES,
} ScStatus;

const char *sc_category_to_code    (ScCategory  category);
gboolean    sc_category_from_code  (const char *code,
                                    ScCategory *out);
const char *sc_category_get_label  (ScCategory  category);
const char *sc_category_get_plural (ScCategory  category);

const char *sc_status_to_code      (ScStatus    status);
gboolean    sc_status_from_code    (const char *code,
                                    ScStatus   *out);
const char *sc_status_get_label    (ScStatus    status);

G_END_DECLS

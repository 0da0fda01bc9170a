/* sc-missing-xlsx.h — lists of who is not connected yet, for the curators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"
#include "sc-organization.h"

G_BEGIN_DECLS

/* One sheet per group (the college, the group and its curator at the top)
 * with the active students not connected on @on_date, and one sheet of
 * teachers; phones as «+7 (963) 566-42-64». The file
 * appears only when complete. Returns the number of people listed, -1 on
 * error. */
int   sc_missing_xlsx_write       (ScDatabase          *db,
                                  const char          *on_date,
                                  const char          *path,
                                  GError             **error);
/* The same for one group (its code as stored, «ИС-21»), or every group and
 * the teachers when @group is NULL. A group that does not exist is an
 * error (G_IO_ERROR_NOT_FOUND). */
int   sc_missing_xlsx_write_group (ScDatabase          *db,
                                  const char          *on_date,
                                  const char          *group,
                                  const char          *path,
                                  GError             **error);
/* «Не подключены — ТКЦТ — 29.11.2023.xlsx», in the documents' language. */
char *sc_missing_xlsx_file_name   (const ScOrganization  *organization,
                                  const char          *on_date);

G_END_DECLS

/* sc-import-kind.c — what is said alike of every kind of import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-format.h"
#include "sc-import-kind.h"

char *
sc_import_kind_describe_counts (const ScImportKind *kind,
                                gpointer            plan)
{
  g_autofree char *added = NULL, *updated = NULL, *same = NULL, *repeats = NULL, *errors = NULL;

  g_return_val_if_fail (kind != NULL && plan != NULL, NULL);

  added = sc_format_count (kind->count (plan, SC_IMPORT_ROW_ADDED));
  updated = sc_format_count (kind->count (plan, SC_IMPORT_ROW_UPDATED));
  same = sc_format_count (kind->count (plan, SC_IMPORT_ROW_UNCHANGED));
  repeats = sc_format_count (kind->count (plan, SC_IMPORT_ROW_DUPLICATE));
  errors = sc_format_count (kind->count (plan, SC_IMPORT_ROW_ERROR));
  /* Translators: the import preview's counts */
  return g_strdup_printf (_("Add %s · Update %s · Unchanged %s · Repeated %s · Errors %s"),
                          added, updated, same, repeats, errors);
}

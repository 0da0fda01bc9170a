/* sc-import-kind.c — what is said alike of every kind of import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-import"

#include "config.h"

#include "sc-format.h"
#include "sc-i18n.h"
#include "sc-import-kind.h"

/* The five counts of a plan, grouped for reading («1 240»). */
typedef struct
{
  char *n[SC_IMPORT_ROW_N_OUTCOMES];
} Counts;

static void
counts_clear (Counts *counts)
{
  for (guint i = 0; i < G_N_ELEMENTS (counts->n); i++)
    g_clear_pointer (&counts->n[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Counts, counts_clear)

static void
format_counts (const ScImportKind *kind,
               gpointer            plan,
               Counts             *counts)
{
  for (guint i = 0; i < G_N_ELEMENTS (counts->n); i++)
    counts->n[i] = sc_format_count (kind->count (plan, (ScImportOutcome)i));
}

char *
sc_import_kind_describe_counts (const ScImportKind *kind,
                                gpointer            plan)
{
  g_auto(Counts) c = { { NULL } };

  g_return_val_if_fail (kind != NULL && plan != NULL, NULL);

  format_counts (kind, plan, &c);
  /* Translators: the import preview's counts, what pressing Import will do */
  return g_strdup_printf (_("Add %s · Update %s · Unchanged %s · Repeated %s · Errors %s"),
                          c.n[SC_IMPORT_ROW_ADDED], c.n[SC_IMPORT_ROW_UPDATED],
                          c.n[SC_IMPORT_ROW_UNCHANGED], c.n[SC_IMPORT_ROW_DUPLICATE],
                          c.n[SC_IMPORT_ROW_ERROR]);
}

char *
sc_import_kind_describe_done (const ScImportKind *kind,
                              gpointer            plan)
{
  g_auto(Counts) c = { { NULL } };

  g_return_val_if_fail (kind != NULL && plan != NULL, NULL);

  format_counts (kind, plan, &c);
  /* Translators: the counts of a finished import, in a toast after "List loaded:" */
  return g_strdup_printf (_("added %s · updated %s · unchanged %s · repeated %s · errors %s"),
                          c.n[SC_IMPORT_ROW_ADDED], c.n[SC_IMPORT_ROW_UPDATED],
                          c.n[SC_IMPORT_ROW_UNCHANGED], c.n[SC_IMPORT_ROW_DUPLICATE],
                          c.n[SC_IMPORT_ROW_ERROR]);
}

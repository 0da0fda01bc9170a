/* sc-usage-import-private.h — the usage plan's insides, shared by its life
 * (sc-usage-import.c) and the planning of its rows (sc-usage-plan.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-import-plan.h"
#include "sc-usage-import.h"

G_BEGIN_DECLS

/* A person a name may mean; strings in the plan's chunk. */
typedef struct _ScUsagePerson ScUsagePerson;
struct _ScUsagePerson
{
  gint64          id;
  gboolean        teacher;
  const char     *left_on;      /* NULL while active */
  ScUsagePerson  *next;         /* the next person with the same name */
};

/* A name as the file writes it, read once: each teacher's name stands on
 * every one of their weeks. Strings in the plan's chunk. */
typedef struct
{
  const char *name;             /* as written, cleaned */
  const char *key;              /* for matching; NULL when the row has no name */
} ScUsageName;

struct _ScUsagePlan
{
  gatomicrefcount    ref_count;
  ScImportPlanState  state;
  ScTable           *table;
  ScColumnMap       *map;
  int                columns[SC_N_FIELDS];  /* field → column, or -1 */
  char              *today;
  GStringChunk      *strings;   /* the rows' and the people's strings */
  GString           *scratch;
  GArray            *rows;      /* ScUsageRow */
  guint              counts[SC_USAGE_N_OUTCOMES];
  GPtrArray         *notes;     /* char *, NULL-terminated */
  GPtrArray         *persons;   /* ScUsagePerson, owned */
  GHashTable        *people;    /* name key → first ScUsagePerson of its chain */
  GHashTable        *names;     /* the name cells joined → ScUsageName */
  GHashTable        *weeks;     /* cell text → ISO Monday, "" when not a date */
  GHashTable        *seen;      /* "person_id monday" → index of its first row */
};

gboolean sc_usage_plan_build (ScUsagePlan      *plan,
                              ScDatabase       *db,
                              ScImportProgress *progress,
                              GCancellable     *cancellable,
                              GError          **error);

/* sc-usage-stored.c: "person_id monday", the key of plan->seen, in the
 * plan's scratch string. */
const char *sc_usage_plan_week_key       (ScUsagePlan      *plan,
                                          gint64            person_id,
                                          const char       *monday);
/* Rows still to be added whose teacher and week are stored already become
 * unchanged or updated. */
gboolean    sc_usage_plan_resolve_stored (ScUsagePlan      *plan,
                                          ScDatabase       *db,
                                          ScImportProgress *progress,
                                          GCancellable     *cancellable,
                                          GError          **error);

G_END_DECLS

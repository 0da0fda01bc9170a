/* sc-roster-import-private.h — the roster plan's insides, shared by the
 * planning (sc-roster-import.c), the index of what the database holds
 * (sc-roster-index.c) and the commit (sc-roster-commit.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-import-plan.h"
#include "sc-roster-import.h"

G_BEGIN_DECLS

/* Strings here live in the plan's string chunk or in its table: none is
 * freed on its own. */

/* Department and group ids: > 0 in the database, < 0 planned (the
 * commit creates them), 0 none. */
typedef struct
{
  gint64      id;
  const char *name;           /* department name or group code, as first written */
  gint64      department_id;  /* groups: their department */
  gboolean    link;           /* groups: set department_id on commit */
} ScRosterUnit;

typedef struct _ScRosterPerson ScRosterPerson;
struct _ScRosterPerson
{
  gint64           id;        /* 0 until a planned person is inserted */
  const char      *last_name;
  const char      *first_name;
  const char      *patronymic;
  const char      *category;
  gint64           group_id;
  const char      *group_code;
  gint64           department_id;
  const char      *position;
  const char      *phone;
  const char      *email;
  const char      *external_id;  /* NULL when none */
  const char      *left_on;      /* NULL when active */
  const char      *notes;
  const char      *name_key;
  const char      *last_status;  /* the latest event's status, NULL when none */
  char             last_status_on[11];
  ScRosterPerson  *next_same_name;
  guint            row;          /* 1 + the valid row that lists this person */
  gboolean         seen;         /* some row (valid or not) lists this person */
};

/* The unit the last lookup of a name found: rows come group by group. */
typedef struct
{
  const char   *name;           /* as the row wrote it */
  ScRosterUnit *unit;
} ScRosterUnitHit;

typedef struct
{
  GStringChunk *strings;        /* the plan's */
  GString      *scratch;
  GPtrArray    *people;         /* ScRosterPerson, the loaded ones first, in id order */
  GHashTable   *by_name;        /* name key → first ScRosterPerson with it */
  GHashTable   *by_external;    /* external id → ScRosterPerson */
  GPtrArray    *units;          /* ScRosterUnit: all departments and groups */
  GHashTable   *departments;    /* folded name → ScRosterUnit */
  GHashTable   *groups;         /* folded code → ScRosterUnit */
  GPtrArray    *new_departments; /* ScRosterUnit, planned id -(i + 1) */
  GPtrArray    *new_groups;     /* ScRosterUnit, planned id -(i + 1) */
  ScRosterUnitHit last_department;
  ScRosterUnitHit last_group;
} ScRosterIndex;

typedef struct
{
  ScRosterRow     pub;
  const char     *name_key;     /* NULL when the row cannot be matched */
  ScRosterPerson *person;
  gboolean        event;        /* insert a status_event for pub.status */
} ScRosterPlanRow;

struct _ScRosterPlan
{
  gatomicrefcount  ref_count;
  ScTable         *table;
  ScColumnMap     *map;
  int              columns[SC_N_FIELDS];  /* field → column, or -1 */
  ScImportPlanState state;      /* planned on which connection, committed */
  ScRosterMode     mode;
  char            *today;
  char            *left_on;
  GStringChunk    *strings;     /* the rows' and the index's strings */
  GString         *scratch;
  GString         *problems;    /* the row being parsed: what is wrong with it */
  GHashTable      *categories;  /* cell text → category, "" when unknown */
  GHashTable      *statuses;    /* cell text → status, "" when unknown */
  GHashTable      *dates;       /* cell text → ISO date, "" when not a date */
  GArray          *rows;        /* ScRosterPlanRow */
  guint            counts[SC_ROSTER_N_OUTCOMES];
  GArray          *leavers;     /* ScRosterLeaver; strings owned by the index */
  GPtrArray       *leaver_people; /* ScRosterPerson, parallel to leavers */
  GPtrArray       *notes;       /* char *, NULL-terminated */
  ScRosterIndex   *index;
};

ScRosterIndex  *sc_roster_index_load         (ScDatabase      *db,
                                              GStringChunk    *strings,
                                              GError         **error);
void            sc_roster_index_free         (ScRosterIndex   *index);
void            sc_roster_index_add_person   (ScRosterIndex   *index,
                                              ScRosterPerson  *person);
void            sc_roster_index_add_unmatched (ScRosterIndex  *index,
                                              ScRosterPerson  *person);
ScRosterPerson *sc_roster_index_find         (ScRosterIndex   *index,
                                              const char      *external_id,
                                              const char      *name_key);
gint64          sc_roster_index_department   (ScRosterIndex   *index,
                                              const char      *name);
gint64          sc_roster_index_group        (ScRosterIndex   *index,
                                              const char      *code,
                                              gint64           department_id);
/* The key people are matched by: name, category and group, folded. */
const char     *sc_roster_index_match_key    (ScRosterIndex   *index,
                                              const char      *last_name,
                                              const char      *first_name,
                                              const char      *patronymic,
                                              const char      *category,
                                              const char      *group_code);

gboolean        sc_roster_plan_build         (ScRosterPlan     *plan,
                                              ScDatabase       *db,
                                              ScImportProgress *progress,
                                              GCancellable     *cancellable,
                                              GError          **error);
gboolean        sc_roster_plan_write         (ScRosterPlan     *plan,
                                              ScDatabase       *db,
                                              ScImportProgress *progress,
                                              GCancellable     *cancellable,
                                              GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScRosterIndex, sc_roster_index_free)

G_END_DECLS

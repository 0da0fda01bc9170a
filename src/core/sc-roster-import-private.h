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
  gboolean    group;          /* a group, not a department */
  gboolean    link;           /* groups: set department_id on commit */
} ScRosterUnit;

/* The fields an import reads per person, in roster_read's column order. */
typedef enum
{
  SC_READ_LAST_NAME,
  SC_READ_FIRST_NAME,
  SC_READ_PATRONYMIC,
  SC_READ_CATEGORY,
  SC_READ_GROUP,
  SC_READ_DEPARTMENT,
  SC_READ_POSITION,
  SC_READ_PHONE,
  SC_READ_EMAIL,
  SC_READ_EXTERNAL_ID,
  SC_READ_NOTES,
  SC_READ_STATUS,
  SC_READ_STATUS_ON,
  SC_READ_LEFT_ON,
  SC_READ_N_FIELDS
} ScReadField;

/* What the last import that listed a person read for them (roster_read):
 * the base of a three-way merge. A value is NULL where that file had no
 * such column; the status date is NULL when the file gave none; the
 * leaving date is "" for an empty cell. */
typedef struct
{
  const char *values[SC_READ_N_FIELDS];
  gint64      group_id;       /* the group its code names now; -1: none known */
  gint64      department_id;  /* likewise */
} ScRosterRead;

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
  const char      *counted_from; /* new people: NULL (from the start) or ISO */
  const char      *name_key;     /* name and category, folded */
  const char      *last_status;  /* the latest event's status, NULL when none */
  char             last_status_on[11];
  gboolean         last_status_by_hand; /* that event was entered in the window */
  ScRosterRead    *read;         /* NULL: no import has listed this person */
  ScRosterPerson  *next_same_name;
  ScRosterPerson  *next_same_read_name; /* chained by the read's name key */
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
  GHashTable   *by_read_name;   /* the last import's name key, where it differs */
  GPtrArray    *reads;          /* ScRosterRead, owned */
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
  gint64          group_id;     /* the row's group and department units */
  gint64          department_id;
  gint64          from_group_id;      /* a move: where the person was */
  gint64          from_department_id;
  guint           first_change; /* in the plan's changes */
  guint           dated : 1;    /* the file gives the status a date */
  guint           event : 1;    /* insert a status_event for pub.status on pub.status_on */
  guint           move : 1;     /* insert a person_move from the from_* units */
  guint           write_read : 1; /* store what this row read as the person's base */
  guint           deferred : 1; /* matched in the second pass */
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
  GArray          *changes;     /* ScRosterChange of the updated rows */
  char            *file_name;
  guint            started;     /* bit per ScCategory: its first roster is in */
  guint            starting;    /* bit per ScCategory: this import is its first */
  gboolean         writes;      /* the commit has anything to write */
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
gint64          sc_roster_index_department   (ScRosterIndex   *index,
                                              const char      *name);
/* The group @code names, planning none: 0 for an empty code,
 * SC_ROSTER_UNIT_NONE when neither the database nor the plan has it. */
#define SC_ROSTER_UNIT_NONE G_MININT64
gint64          sc_roster_index_find_group   (ScRosterIndex   *index,
                                              const char      *code);
gint64          sc_roster_index_group        (ScRosterIndex   *index,
                                              const char      *code,
                                              gint64           department_id);
/* The key people are matched by: name and category, folded. */
const char     *sc_roster_index_match_key    (ScRosterIndex   *index,
                                              const char      *last_name,
                                              const char      *first_name,
                                              const char      *patronymic,
                                              const char      *category);
/* Everyone a name key names: by their name now, then those the last
 * import read under that name (their name was changed in the window). */
typedef struct
{
  ScRosterIndex  *index;
  const char     *key;
  ScRosterPerson *next;
  gboolean        by_read;
} ScRosterNamed;

void            sc_roster_named_init         (ScRosterNamed   *named,
                                              ScRosterIndex   *index,
                                              const char      *name_key);
ScRosterPerson *sc_roster_named_next         (ScRosterNamed   *named);
ScRosterPerson *sc_roster_index_by_external  (ScRosterIndex   *index,
                                              const char      *external_id);

/* sc-roster-merge.c: the row's person takes the values to be stored, the
 * row its outcome, changes, event, move and whether its read is stored. */
gboolean        sc_roster_merge_row          (ScRosterPlan     *plan,
                                              ScDatabase       *db,
                                              ScRosterPlanRow  *row,
                                              GError          **error);
void            sc_roster_merge_new          (ScRosterPlan     *plan,
                                              ScRosterPlanRow  *row);
/* What the row read for @field: its value, NULL where the file has no
 * such column. */
const char     *sc_roster_plan_read_value    (const ScRosterPlan    *plan,
                                              const ScRosterPlanRow *row,
                                              ScReadField            field);
void            sc_roster_plan_note_change   (ScRosterPlan     *plan,
                                              ScRosterPlanRow  *row,
                                              ScField           field,
                                              const char       *before,
                                              const char       *after,
                                              const char       *on_date);

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

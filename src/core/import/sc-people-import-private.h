/* sc-people-import-private.h — the people import's insides, shared by its
 * life (sc-people-import.c), the planning (sc-people-import-plan.c), the
 * merge (sc-people-import-merge.c), the index of what the database holds
 * (sc-people-import-index.c) and the commit (sc-people-import-commit.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-import-private.h"
#include "sc-people-import.h"

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
} ScPeopleImportUnit;

/* The fields an import reads per person, in the order people_import_read
 * keeps them (sc-people-import-read.c): a new one goes at the end. */
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

/* sc-people-import-read.c: the read's values (ScReadField order, NULL
 * where the file had no such column) as the one text people_import_read
 * stores, and back; unpacking fails on a text that is not such a one, and
 * takes the fields a shorter one lacks as NULL. */
void            sc_people_import_read_pack   (GString            *out,
                                              const char * const *values);
gboolean        sc_people_import_read_unpack (const char         *packed,
                                              gsize               length,
                                              GStringChunk       *strings,
                                              const char        **values);

/* What the last import that listed a person read for them (people_import_read):
 * the base of a three-way merge. A value is NULL where that file had no
 * such column; the status date is NULL when the file gave none; the
 * leaving date is "" for an empty cell. */
typedef struct
{
  const char *values[SC_READ_N_FIELDS];
  gint64      group_id;       /* the group its code names now; -1: none known */
  gint64      department_id;  /* likewise */
} ScPeopleImportRead;

typedef struct _ScPeopleImportPerson ScPeopleImportPerson;
struct _ScPeopleImportPerson
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
  ScPeopleImportRead    *read;         /* NULL: no import has listed this person */
  ScPeopleImportPerson  *next_same_name;
  ScPeopleImportPerson  *next_same_read_name; /* chained by the read's name key */
  guint            row;          /* 1 + the valid row that lists this person */
  gboolean         seen;         /* some row (valid or not) lists this person */
};

/* The unit the last lookup of a name found: rows come group by group. */
typedef struct
{
  const char   *name;           /* as the row wrote it */
  ScPeopleImportUnit *unit;
} ScPeopleImportUnitHit;

typedef struct
{
  GStringChunk *strings;        /* the plan's */
  GString      *scratch;
  GPtrArray    *people;         /* ScPeopleImportPerson, the loaded ones first, in id order */
  GHashTable   *by_name;        /* name key → first ScPeopleImportPerson with it */
  GHashTable   *by_read_name;   /* the last import's name key, where it differs */
  GPtrArray    *reads;          /* ScPeopleImportRead, owned */
  GHashTable   *by_external;    /* external id → ScPeopleImportPerson */
  GPtrArray    *units;          /* ScPeopleImportUnit: all departments and groups */
  GHashTable   *departments;    /* folded name → ScPeopleImportUnit */
  GHashTable   *groups;         /* folded code → ScPeopleImportUnit */
  GPtrArray    *new_departments; /* ScPeopleImportUnit, planned id -(i + 1) */
  GPtrArray    *new_groups;     /* ScPeopleImportUnit, planned id -(i + 1) */
  ScPeopleImportUnitHit last_department;
  ScPeopleImportUnitHit last_group;
} ScPeopleImportIndex;

typedef struct
{
  ScPeopleImportRow     pub;
  const char     *name_key;     /* NULL when the row cannot be matched */
  ScPeopleImportPerson *person;
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
} ScPeopleImportPlanRow;

struct _ScPeopleImport
{
  ScImport         parent_instance;
  GStringChunk    *strings;     /* the rows' and the index's strings */
  GString         *scratch;
  GString         *problems;    /* the row being parsed: what is wrong with it */
  GHashTable      *categories;  /* cell text → category, "" when unknown */
  GHashTable      *statuses;    /* cell text → status, "" when unknown */
  GHashTable      *dates;       /* cell text → ISO date, "" when not a date */
  GArray          *rows;        /* ScPeopleImportPlanRow */
  GArray          *leavers;     /* ScPeopleImportLeaver; strings owned by the index */
  GPtrArray       *leaver_people; /* ScPeopleImportPerson, parallel to leavers */
  GArray          *changes;     /* ScPeopleImportChange of the updated rows */
  guint            started;     /* bit per ScCategory: its first list of people is in */
  guint            starting;    /* bit per ScCategory: this import is its first */
  gboolean         writes;      /* the commit has anything to write */
  guint            read_fields; /* bit per ScReadField: the file has its column */
  ScPeopleImportIndex   *index;
};

ScPeopleImportIndex  *sc_people_import_index_load         (ScDatabase      *db,
                                              GStringChunk    *strings,
                                              GError         **error);
void            sc_people_import_index_free         (ScPeopleImportIndex   *index);
void            sc_people_import_index_add_person   (ScPeopleImportIndex   *index,
                                              ScPeopleImportPerson  *person);
void            sc_people_import_index_add_unmatched (ScPeopleImportIndex  *index,
                                              ScPeopleImportPerson  *person);
gint64          sc_people_import_index_department   (ScPeopleImportIndex   *index,
                                              const char      *name);
/* The group @code names, planning none: 0 for an empty code,
 * SC_PEOPLE_IMPORT_UNIT_NONE when neither the database nor the plan has it. */
#define SC_PEOPLE_IMPORT_UNIT_NONE G_MININT64
gint64          sc_people_import_index_find_group   (ScPeopleImportIndex   *index,
                                              const char      *code);
gint64          sc_people_import_index_group        (ScPeopleImportIndex   *index,
                                              const char      *code,
                                              gint64           department_id);
/* The key people are matched by: name and category, folded. */
const char     *sc_people_import_index_match_key    (ScPeopleImportIndex   *index,
                                              const char      *last_name,
                                              const char      *first_name,
                                              const char      *patronymic,
                                              const char      *category);
/* Everyone a name key names: by their name now, then those the last
 * import read under that name (their name was changed in the window). */
typedef struct
{
  ScPeopleImportIndex  *index;
  const char     *key;
  ScPeopleImportPerson *next;
  gboolean        by_read;
} ScPeopleImportNamed;

void            sc_people_import_named_init         (ScPeopleImportNamed   *named,
                                              ScPeopleImportIndex   *index,
                                              const char      *name_key);
ScPeopleImportPerson *sc_people_import_named_next         (ScPeopleImportNamed   *named);
ScPeopleImportPerson *sc_people_import_index_by_external  (ScPeopleImportIndex   *index,
                                              const char      *external_id);

/* sc-people-import-merge.c: the row's person takes the values to be stored, the
 * row its outcome, changes, event, move and whether its read is stored. */
gboolean        sc_people_import_merge_row          (ScPeopleImport     *plan,
                                              ScDatabase       *db,
                                              ScPeopleImportPlanRow  *row,
                                              GError          **error);
void            sc_people_import_merge_new          (ScPeopleImport     *plan,
                                              ScPeopleImportPlanRow  *row);
/* The ScReadFields the file has a column for, as bits. */
guint           sc_people_import_read_fields   (ScImport         *import);
/* What the row read for @field: its value, NULL where the file has no
 * such column. */
const char     *sc_people_import_read_value    (const ScPeopleImport    *plan,
                                              const ScPeopleImportPlanRow *row,
                                              ScReadField            field);
void            sc_people_import_note_change   (ScPeopleImport     *plan,
                                              ScPeopleImportPlanRow  *row,
                                              ScField           field,
                                              const char       *before,
                                              const char       *after,
                                              const char       *on_date);

/* sc-people-import-plan.c: the steps of planning (ScImportClass). */
gboolean        sc_people_import_load          (ScImport         *import,
                                              ScDatabase       *db,
                                              GError          **error);
void            sc_people_import_add_row       (ScImport         *import,
                                              const ScImportCells *cells);
gboolean        sc_people_import_resolve       (ScImport         *import,
                                              ScDatabase       *db,
                                              ScImportProgress *progress,
                                              GCancellable     *cancellable,
                                              GError          **error);
void            sc_people_import_finish        (ScImport         *import);
/* sc-people-import-commit.c: writes the plan inside the caller's transaction. */
gboolean        sc_people_import_write         (ScImport         *import,
                                              ScDatabase       *db,
                                              ScImportProgress *progress,
                                              GCancellable     *cancellable,
                                              GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScPeopleImportIndex, sc_people_import_index_free)

G_END_DECLS

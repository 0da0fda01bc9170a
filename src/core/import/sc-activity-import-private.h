/* sc-activity-import-private.h — the activity import's insides, shared by its
 * life (sc-activity-import.c), the planning of its rows
 * (sc-activity-import-plan.c) and what is stored already
 * (sc-activity-import-stored.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-import-private.h"
#include "sc-activity-import.h"

G_BEGIN_DECLS

/* A person a name may mean; strings in the plan's chunk. */
typedef struct _ScActivityPerson ScActivityPerson;
struct _ScActivityPerson
{
  gint64          id;
  gboolean        teacher;
  const char     *left_on;      /* NULL while active */
  ScActivityPerson  *next;         /* the next person with the same name */
};

/* A name as the file writes it, read once: each teacher's name stands on
 * every one of their weeks. Strings in the plan's chunk. */
typedef struct
{
  const char *name;             /* as written, cleaned */
  const char *key;              /* for matching; NULL when the row has no name */
} ScActivityName;

struct _ScActivityImport
{
  ScImport           parent_instance;
  GStringChunk      *strings;   /* the rows' and the people's strings */
  GString           *scratch;
  GArray            *rows;      /* ScActivityImportRow */
  GPtrArray         *persons;   /* ScActivityPerson, owned */
  GHashTable        *people;    /* name key → first ScActivityPerson of its chain */
  GHashTable        *names;     /* the name cells joined → ScActivityName */
  GHashTable        *weeks;     /* cell text → ISO Monday, "" when not a date */
  GHashTable        *seen;      /* "person_id monday" → index of its first row */
};

/* sc-activity-import-plan.c: the steps of planning (ScImportClass). */
gboolean sc_activity_import_load    (ScImport         *import,
                                     ScDatabase       *db,
                                     GError          **error);
void     sc_activity_import_add_row (ScImport         *import,
                                     const ScImportCells *cells);
gboolean sc_activity_import_resolve (ScImport         *import,
                                     ScDatabase       *db,
                                     ScImportProgress *progress,
                                     GCancellable     *cancellable,
                                     GError          **error);

/* sc-activity-import-stored.c: "person_id monday", the key of plan->seen, in the
 * plan's scratch string. */
const char *sc_activity_import_week_key       (ScActivityImport      *plan,
                                          gint64            person_id,
                                          const char       *monday);
/* Rows still to be added whose teacher and week are stored already become
 * unchanged or updated. */
gboolean    sc_activity_import_resolve_stored (ScActivityImport      *plan,
                                          ScDatabase       *db,
                                          ScImportProgress *progress,
                                          GCancellable     *cancellable,
                                          GError          **error);

G_END_DECLS

/* sc-demo-private.h — the demonstration college in memory, before it is written
 *
 * Dates are Julian day numbers (GDate), 0 for "none".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-demo.h"
#include "sc-enums.h"

G_BEGIN_DECLS

#define SC_DEMO_NONE G_MAXUINT

typedef struct
{
  const char *code;       /* «ИС» */
  guint       department;
} ScDemoSpecialty;

typedef struct
{
  char     *code;         /* «ИС-21» */
  guint     department;
  guint     course;
  guint     curator;      /* index into people, SC_DEMO_NONE for none */
  guint32   invited_on;   /* the day the curator invited the group */
  guint32   chat_on;      /* the day its chat was created; 0: still planned */
} ScDemoGroup;

typedef struct
{
  const char *last_name;
  const char *first_name;
  const char *patronymic;
  ScCategory  category;
  gboolean    female;
  guint       group;      /* SC_DEMO_NONE for none */
  guint       department; /* teachers: theirs; others SC_DEMO_NONE */
  const char *position;
  const char *phone;
  guint32     left_on;
  guint32     invited_on;
  guint32     declined_on;
  const char *reason;     /* of the refusal */
  guint32     joined_on;  /* after declined_on when both */
  guint       diligence;  /* teachers: 0 steady, 1 uneven, 2 rarely active */
} ScDemoPerson;

typedef struct
{
  ScDemoOptions  options;
  GRand         *rand;
  GStringChunk  *strings;
  GArray        *groups;       /* ScDemoGroup */
  GArray        *people;       /* ScDemoPerson */
  guint          department_heads[4];
  guint          director;
  guint          coordinator;
} ScDemoCollege;

extern const char *const sc_demo_departments[4];

ScDemoCollege *sc_demo_college_new   (const ScDemoOptions *options);
void           sc_demo_college_free  (ScDemoCollege       *college);
/* "2023-10-02" for a Julian day */
void           sc_demo_format_day    (guint32              julian,
                                      char                 out[11]);
guint32        sc_demo_day           (int                  year,
                                      int                  month,
                                      int                  day);

#define sc_demo_person(c, i) (&g_array_index ((c)->people, ScDemoPerson, (i)))
#define sc_demo_group(c, i)  (&g_array_index ((c)->groups, ScDemoGroup, (i)))

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScDemoCollege, sc_demo_college_free)

G_END_DECLS

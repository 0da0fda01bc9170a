/* sc-demo.h — a demonstration college, the same for the same seed
 *
 * A made-up college of realistic size and shape (departments, groups with
 * curators, teachers, students and a few staff) with an autumn 2023 of
 * history: invitations in October, joins over October–December, refusals
 * and leavers, a chat plan mostly created, teachers' weekly activity and
 * the monthly reports. Every date is fixed and every random choice comes
 * from GRand with the seed, so one seed and size always give the same file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

#define SC_DEMO_DEFAULT_PEOPLE 1200
#define SC_DEMO_DEFAULT_SEED   1
#define SC_DEMO_MIN_PEOPLE     60
#define SC_DEMO_MAX_PEOPLE     200000
/* The organization's full name marks a file as a demonstration. */
/* The day the demonstration college is seen as of: its data end there. */
#define SC_DEMO_TODAY          "2023-12-29"
#define SC_DEMO_COLLEGE_NAME   "ГБПОУ «Демонстрационный колледж технологий и сервиса»"
/* Another seed names its college after the seed: several demonstration
 * colleges can then be told apart, in a regional summary for one. */
#define SC_DEMO_SEEDED_NAME    "Демонстрационный колледж № "

typedef struct
{
  guint   n_people;      /* everyone: teachers, students and staff */
  guint32 seed;
  guint   n_teachers;    /* 0: about 8 % of the people */
  guint   n_activity_weeks; /* weeks of activity up to the one of 25.12.2023; 0: from September */
} ScDemoOptions;

void        sc_demo_options_init   (ScDemoOptions        *options);

/* Creates a new file at @path (refused when it exists, like
 * sc_database_create ()) and fills it; nothing is left behind on error. */
ScDatabase *sc_demo_create         (const char           *path,
                                    const ScDemoOptions  *options,
                                    GError              **error);
/* $XDG_DATA_HOME/sferum-coordinator/demo.sqlite3 */
char       *sc_demo_default_path   (void);
/* A fresh default demo: an older demo at the default path is replaced; a
 * file there that is not a demo is kept and the demo goes beside it
 * ("demo-2.sqlite3", …). */
ScDatabase *sc_demo_create_default (GError              **error);
/* TRUE when the file was made by sc_demo_create () (its organization still
 * carries the demonstration name). */
gboolean    sc_demo_is_demo        (ScDatabase           *db);
/* The college's full name for @seed: SC_DEMO_COLLEGE_NAME for the default
 * seed, «Демонстрационный колледж № S» for another. */
char       *sc_demo_college_name   (guint32               seed);
/* Its ИНН: 6950123450 for the default seed, else another valid one a seed
 * (ten digits, the last a right check digit; seeds that agree in their last
 * seven digits share one). */
char       *sc_demo_college_inn    (guint32               seed);
/* TRUE for a name sc_demo_college_name () gives. */
gboolean    sc_demo_name_is_demo   (const char           *full_name);

/* The people sc_demo_create () would make, as a list of people file the import
 * reads (Фамилия;Имя;Отчество;Категория;Группа;…), in @charset
 * ("UTF-8", "WINDOWS-1251"), CRLF line ends. */
gboolean    sc_demo_write_people   (const ScDemoOptions  *options,
                                    const char           *path,
                                    const char           *charset,
                                    GError              **error);

G_END_DECLS

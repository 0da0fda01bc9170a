/* sc-academic-year.h — the college's academic years and their 100 % targets
 *
 * An academic year runs from 1 September to 31 August and is named by
 * its start («Учебный год 2024/25»). Each has its own date by which
 * everyone is to be connected: 15 November of its first autumn unless the
 * profile says otherwise (table academic_year). A year is "started" when
 * «Новый учебный год…» loaded its list of people, or a full list was
 * loaded in it; the «Обзор» checklist asks for that list once the college
 * has lived through a year before.
 *
 * Dates are ISO (YYYY-MM-DD); a year is named by its start_on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

typedef struct
{
  char     *start_on;    /* YYYY-09-01 */
  char     *end_on;      /* the next 31 August */
  char     *target_on;   /* the 100 % target */
  gboolean  target_set;  /* stored in the profile, not the default */
  char     *started_on;  /* the day «Новый учебный год…» started it, or NULL */
} ScAcademicYear;

typedef enum
{
  SC_ACADEMIC_YEAR_FIRST,       /* the college's lists begin in this year */
  SC_ACADEMIC_YEAR_NOT_STARTED, /* lists of an earlier year, none of this one yet */
  SC_ACADEMIC_YEAR_STARTED,     /* its list is loaded */
} ScAcademicYearState;

/* The start of the academic year that holds @date: "2024-09-01" for any
 * day from 01.09.2024 to 31.08.2025; NULL for an invalid date. */
char           *sc_academic_year_start_of       (const char           *date);
/* The year whose list a coordinator loads on @today: the current one, or
 * from July on the one that begins on the coming 1 September. */
char           *sc_academic_year_coming         (const char           *today);
/* «2024/25» */
char           *sc_academic_year_label          (const char           *start_on);
/* «Учебный год 2024/25» */
char           *sc_academic_year_title          (const char           *start_on);
char           *sc_academic_year_default_target (const char           *start_on);
/* The default leaving date of those a new year's list leaves out: the
 * 30 June before @start_on. */
char           *sc_academic_year_default_left_on (const char          *start_on);
/* TRUE when @date lies in the year that starts on @start_on. */
gboolean        sc_academic_year_contains       (const char           *start_on,
                                                 const char           *date);

ScAcademicYear *sc_academic_year_new            (const char           *start_on);
void            sc_academic_year_free           (ScAcademicYear       *year);
/* The year that holds @date, with its target as the profile has it. */
ScAcademicYear *sc_academic_year_load           (ScDatabase           *db,
                                                 const char           *date,
                                                 GError              **error);
/* Every year from the college's first data to @today's (and any later one
 * with a target set), newest first: ScAcademicYear. */
GPtrArray      *sc_academic_year_list           (ScDatabase           *db,
                                                 const char           *today,
                                                 GError              **error);
/* Sets the target of the year @start_on, in one transaction; a date
 * outside the year is refused. Emits ScDatabase::changed::organization. */
gboolean        sc_academic_year_set_target     (ScDatabase           *db,
                                                 const char           *start_on,
                                                 const char           *target_on,
                                                 GError              **error);
/* Inside the caller's write transaction: the year is started on
 * @started_on with the list of the people import @import_id (0: none)
 * and the target @target_on. Emits nothing. */
gboolean        sc_academic_year_record_start   (ScDatabase           *db,
                                                 const char           *start_on,
                                                 const char           *target_on,
                                                 const char           *started_on,
                                                 gint64                import_id,
                                                 GError              **error);
/* Whether @year's list is loaded; *since (may be NULL) gets the day it was. */
gboolean        sc_academic_year_get_state      (ScDatabase           *db,
                                                 const ScAcademicYear *year,
                                                 ScAcademicYearState  *state,
                                                 char                **since,
                                                 GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScAcademicYear, sc_academic_year_free)

G_END_DECLS

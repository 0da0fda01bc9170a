/* sc-report-figures.h — the monthly report's figures (DESIGN.md §5)
 *
 * Every figure is computed as of the month's last day from the dated
 * history (status events, left_on, chat creation dates, weekly activity), so
 * the figures of a past month do not move when today's data change — unless
 * the history itself is corrected.
 *
 * Connected means joined on the platform in force on that day
 * (sc-status-rule.h); after a switch of platform the report also counts
 * who is still only on the platform left behind. A college that switched
 * the norm off reports no activity section.
 *
 * The figures are one ordered list of (code, label, value, kind); the
 * window, the XLSX «Данные» and «Отчёт» sheets and the PDF all print that
 * same list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"
#include "sc-report-month.h"
#include "sc-platform.h"

G_BEGIN_DECLS

typedef enum
{
  SC_FIGURE_INTEGER,
  SC_FIGURE_PERCENT,   /* 0…100, one decimal */
  SC_FIGURE_DECIMAL,   /* an average, one decimal */
} ScFigureKind;

typedef enum
{
  SC_FIGURE_SECTION_CONNECTION,
  SC_FIGURE_SECTION_CHATS,
  SC_FIGURE_SECTION_ACTIVITY,
} ScFigureSection;

typedef struct
{
  char            *code;    /* "teachers_total", "week_2023-10-30_teachers_meeting_norm" */
  char            *label;   /* translated */
  double           value;
  ScFigureKind     kind;
  ScFigureSection  section;
} ScFigure;

typedef struct
{
  char     *code;
  char     *department;
  char     *curator;        /* "" when none or a student */
  gboolean  curator_is_student;
  int       students;       /* active on the as-of date */
  int       connected;
  double    connected_pct;
  gboolean  has_chat;       /* a created group chat on the as-of date */
} ScReportGroupRow;

typedef struct
{
  char *title;
  int   depth;              /* 0 for a top-level chat */
  char *kind;               /* "group", "staff", … */
  char *group_code;         /* "" when none */
  char *admin;              /* "" when none or a student: never a student's name */
  gboolean admin_is_student;
  char *status;             /* "created", "archived" (later than the as-of date) */
  char *created_on;         /* YYYY-MM-DD or NULL */
  int   members;            /* active members on the as-of date, as the chat plan counts them */
} ScReportChatRow;

typedef struct
{
  char     *name;
  int      *messages;       /* one a week of the month */
  int      *calls;
  gboolean *has_record;     /* FALSE: no activity row that week (counts as 0 and 0) */
  gboolean *met;
} ScReportTeacherRow;

typedef struct
{
  char      *month;         /* YYYY-MM */
  char      *as_of;         /* YYYY-MM-DD, the month's last day */
  GStrv      weeks;         /* Mondays of the month's ISO weeks */
  int        norm_messages;
  int        norm_calls;
  gboolean   norm_enabled;  /* FALSE: the college reports no activity section */
  ScPlatform platform;      /* in force on the as-of date */
  gboolean   switched;      /* a switch of platform took effect by the as-of date */
  gboolean   frozen;        /* the list holds a submitted report's frozen figures */
  GPtrArray *figures;       /* ScFigure, in report order */
  GPtrArray *groups;        /* ScReportGroupRow, by group code */
  GPtrArray *chats;         /* ScReportChatRow, in tree order: the chats that
                               existed on the as-of date (SC_CHAT_EXISTED_ON) */
  GStrv      weeks_without_data; /* Mondays of weeks with no activity record of
                                    any active teacher (when there are teachers) */
  GPtrArray *teachers;      /* ScReportTeacherRow, by name (active teachers);
                               empty when the norm is switched off */
} ScReportFigures;

#define SC_TYPE_FIGURE (sc_figure_get_type ())

/* One figure; label, kind and section follow from the code. */
GType        sc_figure_get_type           (void) G_GNUC_CONST;
ScFigure    *sc_figure_new                (const char      *code,
                                           double           value);
ScFigure    *sc_figure_copy               (const ScFigure  *figure);
void         sc_figure_free               (ScFigure        *figure);
gboolean     sc_figure_is_percent         (const ScFigure  *figure);
gboolean     sc_figure_is_integer         (const ScFigure  *figure);
char        *sc_figure_format_value       (const ScFigure  *figure);
char        *sc_figure_label_for_code     (const char      *code);
/* The Monday of a weekly figure ("week_2023-11-06_teachers_meeting_norm"),
 * NULL for any other. */
char        *sc_figure_week_monday        (const ScFigure  *figure);
const char  *sc_figure_section_get_label  (ScFigureSection  section);

/* "1 059", "11,0": decimal comma, narrow no-break space between thousands
 * (sc-format.h has counts and percentages). */
char        *sc_report_format_number      (double           value,
                                           int              decimals);

ScReportFigures *sc_report_figures_compute (ScDatabase            *db,
                                            const char            *month,
                                            GError               **error);
ScReportFigures *sc_report_figures_ref   (ScReportFigures       *figures);
void         sc_report_figures_unref       (ScReportFigures       *figures);
const ScFigure *sc_report_figures_lookup   (const ScReportFigures *figures,
                                            const char            *code);
double       sc_report_figures_get         (const ScReportFigures *figures,
                                            const char            *code);

/* {"month": "2023-11", "as_of": "2023-11-30", "norm_messages": 10,
 *  "norm_calls": 1, "figures": {code: value, …}}, plus "frozen": true for a
 * submitted report's frozen list. */
char        *sc_report_figures_to_json     (const ScReportFigures *figures);
GPtrArray   *sc_report_figures_list_from_json (const char         *json,
                                            GError               **error);
/* Puts a submitted report's frozen list (and norms) in place of the
 * computed one; sets figures->frozen. */
gboolean     sc_report_figures_apply_frozen (ScReportFigures      *figures,
                                            const char           *json,
                                            GError              **error);
/* Codes whose value differs between the two lists (or that only one has),
 * in @before's order, then @after's. */
GStrv        sc_report_figures_diff        (GPtrArray             *before,
                                            GPtrArray             *after);
/* What changed in a submitted report's figures: codes of @frozen whose
 * value differs in @now or that @now lacks. A figure the report was sent
 * without (one a later version of the program counts) is no change to it. */
GStrv        sc_report_figures_diff_frozen (GPtrArray             *frozen,
                                            GPtrArray             *now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScFigure, sc_figure_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScReportFigures, sc_report_figures_unref)

G_END_DECLS

/* sc-report-text.h — what the report's documents say, beside the figures
 *
 * The XLSX «Отчёт» sheet and the PDF print the same lines in the same
 * order; they call these inside a document scope (sc-doc-locale.h), so the
 * texts come out in Russian whatever the interface language. The window
 * calls some of them (the missing details, the weeks without data) in the
 * user's language.
 *
 * The document, top to bottom (ГОСТ Р 7.0.97-2016 for an outgoing letter):
 *   the addressee (right), the outgoing number and date (left);
 *   the college, the title, the period, "as of", the order it answers, the
 *   platform and the coordinator's appointment;
 *   the narrative (Проблемы, Принятые меры, Примечания with the automatic
 *   notes) — before the table, so that nothing stands between the table's
 *   end and the signatures;
 *   the table of figures (sc_report_lines ());
 *   the signatures («Директор ____ А. С. Петрова») and the executor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-organization.h"
#include "sc-report.h"

G_BEGIN_DECLS

typedef enum
{
  SC_REPORT_LINE_SECTION,  /* "1. Подключение", spans the table */
  SC_REPORT_LINE_NOTE,     /* the norm the activity is counted against, spans */
  SC_REPORT_LINE_GROUP,    /* "3.1 Педагогов, выполнивших норматив, по неделям:", no value */
  SC_REPORT_LINE_FIGURE,   /* "1.1 Педагогов, всего … 94", or a week "3.1.2 …" */
} ScReportLineKind;

typedef struct
{
  ScReportLineKind  kind;
  char             *number;   /* "1.", "1.1", "3.1.2"; "" for a note */
  char             *text;
  const ScFigure   *figure;   /* FIGURE lines only; owned by the figures */
  guint             level;    /* 0 a section or note, 1 an item, 2 a week */
} ScReportLine;

/* The table's lines. The weeks of the month are sub-items of one item, so
 * the numbers of the lines after them do not depend on how many weeks a
 * month has. */
GPtrArray  *sc_report_lines             (const ScReportFigures *figures);

/* «Исх. № 47 от 04.12.2023»; blanks to fill by hand before submission. */
char       *sc_report_outgoing_line     (const ScReport        *report);
/* «Основание: приказ № 1301/ПК от 09.11.2023», or NULL when none. */
char       *sc_report_basis_line        (const ScOrganization    *organization);
/* The signatory's position, «Директор» (or the role when the position is
 * empty), and the name as it is signed, «А. С. Петрова» ("" when none).
 * The report's own signatories, else the profile's. */
char       *sc_report_signatory_title   (const ScReport        *report,
                                         const ScOrganization    *organization,
                                         gboolean               head);
char       *sc_report_signatory_signed_name (const ScReport    *report,
                                         const ScOrganization    *organization,
                                         gboolean               head);
/* «Исполнитель: Смирнов Олег Викторович, тел. +7 (963) 566-42-64», or NULL. */
char       *sc_report_executor_line     (const ScOrganization    *organization);
/* Notes the program adds to «Примечания»: a week without any activity
 * data is named, so its 0 is not read as nobody meeting the norm. */
GStrv       sc_report_auto_notes        (const ScReportFigures *figures);
/* The details the document would print blank, each a short name («ИНН»,
 * «телефон исполнителя»). */
GStrv       sc_report_missing_details   (const ScReport        *report,
                                         const ScOrganization    *organization);
/* «Отчёт Сферум — ТКЦТ — 2023-11.xlsx»: always in the documents'
 * language (it enters a scope itself), with characters no file system
 * takes replaced. */
char       *sc_report_file_name         (const ScOrganization    *organization,
                                         const char            *month,
                                         const char            *extension);
/* The college's short name, else its full name. */
const char *sc_report_college_short_name (const ScOrganization   *organization);

/* Text that must not break at some spaces: «30 ноября», «2023 г.»,
 * «№ 45», «96,8 %» — a space after a digit (before a letter or %) and
 * after «№» becomes a no-break space. */
char       *sc_report_glue              (const char            *text);

void        sc_report_line_free         (ScReportLine          *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScReportLine, sc_report_line_free)

G_END_DECLS

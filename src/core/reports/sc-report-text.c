/* sc-report-text.c — what the report's documents say, beside the figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include <string.h>

#include "sc-date.h"
#include "sc-format.h"
#include "sc-i18n.h"
#include "sc-person-name.h"
#include "sc-report-text.h"

#define NBSP "\u00a0"
#define NUMERO 0x2116   /* № */
#define BLANK_NUMBER "________"
#define BLANK_DATE "____________"

void
sc_report_line_free (ScReportLine *line)
{
  if (line == NULL)
    return;
  g_free (line->number);
  g_free (line->text);
  g_free (line);
}

static void
add_line (GPtrArray        *lines,
          ScReportLineKind  kind,
          char             *number,
          char             *text,
          const ScFigure   *figure,
          guint             level)
{
  ScReportLine *line = g_new0 (ScReportLine, 1);

  line->kind = kind;
  line->number = number;
  line->text = text;
  line->figure = figure;
  line->level = level;
  g_ptr_array_add (lines, line);
}

static void
add_section (GPtrArray             *lines,
             const ScReportFigures *figures,
             int                    number,
             ScFigureSection        section)
{
  add_line (lines, SC_REPORT_LINE_SECTION, g_strdup_printf ("%d.", number),
            g_strdup (sc_figure_section_get_label (section)), NULL, 0);
  if (section == SC_FIGURE_SECTION_ACTIVITY)
    add_line (lines, SC_REPORT_LINE_NOTE, g_strdup (""),
              sc_report_get_norm_text (figures->norm_messages, figures->norm_calls), NULL, 0);
}

/* A week's line under the item of all weeks: the week alone says it. */
static void
add_week (GPtrArray      *lines,
          const ScFigure *figure,
          const char     *monday,
          int             section,
          int             item,
          int            *n_week)
{
  if (*n_week == 0)
    add_line (lines, SC_REPORT_LINE_GROUP, g_strdup_printf ("%d.%d", section, item),
              g_strdup (_("Teachers meeting the norm, by week:")), NULL, 1);
  add_line (lines, SC_REPORT_LINE_FIGURE, g_strdup_printf ("%d.%d.%d", section, item, ++*n_week),
            sc_date_format_week (monday), figure, 2);
}

GPtrArray *
sc_report_lines (const ScReportFigures *figures)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify)sc_report_line_free);
  int section = -1, n_section = 0, n_item = 0, n_week = 0;

  g_return_val_if_fail (figures != NULL, lines);
  for (guint i = 0; i < figures->figures->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (figures->figures, i);
      g_autofree char *monday = sc_figure_week_monday (figure);

      if ((int)figure->section != section)
        {
          section = figure->section;
          add_section (lines, figures, ++n_section, figure->section);
          n_item = n_week = 0;
        }
      if (monday != NULL)
        {
          add_week (lines, figure, monday, n_section, n_week == 0 ? ++n_item : n_item, &n_week);
          continue;
        }
      n_week = 0;
      add_line (lines, SC_REPORT_LINE_FIGURE, g_strdup_printf ("%d.%d", n_section, ++n_item),
                sc_figure_label_for_code (figure->code), figure, 1);
    }
  return lines;
}

char *
sc_report_outgoing_line (const ScReport *report)
{
  const char *number = report->outgoing_number;
  gboolean submitted = report->status == SC_REPORT_STATUS_SUBMITTED &&
                       sc_date_is_valid_iso (report->submitted_on);
  g_autofree char *date = submitted ? sc_date_format_short (report->submitted_on) : NULL;

  /* Translators: the outgoing registration number and date of the letter,
   * «Исх. № 47 от 04.12.2023»; blanks are printed to be filled by hand. */
  return g_strdup_printf (_("Ref. No. %s of %s"),
                          number != NULL && *number != '\0' ? number : BLANK_NUMBER,
                          date != NULL ? date : BLANK_DATE);
}

static gboolean
is_blank (const char *text)
{
  while (text != NULL && g_ascii_isspace (*text))
    text++;
  return text == NULL || *text == '\0';
}

char *
sc_report_basis_line (const ScOrganization *organization)
{
  if (is_blank (organization->answered_order))
    return NULL;
  /* Translators: the order the report answers, «Основание: приказ № …». */
  return g_strdup_printf (_("Basis: %s"), organization->answered_order);
}

static const char *
signatory_field (const char *from_report,
                 const char *from_profile)
{
  if (!is_blank (from_report))
    return from_report;
  return from_profile != NULL ? from_profile : "";
}

static char *
capitalized (const char *text)
{
  g_autofree char *first = g_utf8_strup (text, g_utf8_next_char (text) - text);

  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

static char *
lowered (const char *text)
{
  g_autofree char *first = g_utf8_strdown (text, g_utf8_next_char (text) - text);

  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

/* The head signs with the position («Директор»); the coordinator with the
 * role the order gave, then the position («Координатор, заместитель
 * директора по УВР»). */
char *
sc_report_signatory_title (const ScReport     *report,
                           const ScOrganization *organization,
                           gboolean            head)
{
  g_autofree char *position = g_strstrip (g_strdup (head
      ? signatory_field (report->head_position, organization->head_position)
      : signatory_field (report->coordinator_position, organization->coordinator_position)));
  g_autofree char *lower = NULL;

  if (*position == '\0')
    return g_strdup (head ? _("Head") : _("Coordinator"));
  if (head)
    return capitalized (position);
  lower = lowered (position);
  return g_strdup_printf ("%s, %s", _("Coordinator"), lower);
}

char *
sc_report_signatory_signed_name (const ScReport     *report,
                                 const ScOrganization *organization,
                                 gboolean            head)
{
  const char *name = head ? signatory_field (report->head_name, organization->head_name)
                          : signatory_field (report->coordinator_name, organization->coordinator_name);

  return sc_person_name_signature (name);
}

char *
sc_report_executor_line (const ScOrganization *organization)
{
  g_autofree char *phone = NULL;

  if (is_blank (organization->executor_name) && is_blank (organization->executor_phone))
    return NULL;
  phone = sc_format_phone (organization->executor_phone);
  if (is_blank (organization->executor_phone))
    /* Translators: who prepared the letter, at its end. */
    return g_strdup_printf (_("Executor: %s"), organization->executor_name);
  /* Translators: who prepared the letter and their phone, «Исполнитель:
   * Смирнов Олег Викторович, тел. +7 (963) 566-42-64». */
  return g_strdup_printf (_("Executor: %s, tel. %s"), organization->executor_name, phone);
}

GStrv
sc_report_auto_notes (const ScReportFigures *figures)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; figures->weeks_without_data != NULL && figures->weeks_without_data[i] != NULL; i++)
    {
      g_autofree char *week = sc_date_format_week (figures->weeks_without_data[i]);
      g_autofree char *note = g_strdup_printf (
          _("No data for the week %s: teachers' activity was not loaded, so the week counts no one as meeting the norm."),
          week);

      g_strv_builder_add (builder, note);
    }
  return g_strv_builder_end (builder);
}

GStrv
sc_report_missing_details (const ScReport     *report,
                           const ScOrganization *organization)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const struct { const char *value; const char *name; } details[] = {
    { organization->inn, N_("the college's INN") },
    { organization->addressee, N_("the addressee") },
    { organization->answered_order, N_("the order the report answers") },
    { signatory_field (report->head_name, organization->head_name), N_("the head's name") },
    { signatory_field (report->coordinator_name, organization->coordinator_name), N_("the coordinator's name") },
    { organization->executor_name, N_("the executor's name") },
    { organization->executor_phone, N_("the executor's phone") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    if (is_blank (details[i].value))
      g_strv_builder_add (builder, _(details[i].name));
  return g_strv_builder_end (builder);
}

const char *
sc_report_college_short_name (const ScOrganization *organization)
{
  return !is_blank (organization->short_name) ? organization->short_name : organization->full_name;
}

char *
sc_report_file_name (const ScOrganization *organization,
                     const char         *month,
                     const char         *extension)
{
  g_autofree char *college = g_strstrip (g_strdup (sc_report_college_short_name (organization)));
  g_autofree char *name = NULL;
  ScDocLocale scope;

  sc_doc_locale_enter (&scope);
  /* Translators: a suggested file name, «Отчёт Сферум — ТКЦТ — 2023-11»:
   * the college's short name and the month. */
  name = *college != '\0' ? g_strdup_printf (_("Sferum report — %s — %s"), college, month)
                          : g_strdup_printf (_("Sferum report — %s"), month);
  sc_doc_locale_leave (&scope);
  g_free (college);
  college = sc_format_file_name (name);
  return g_strconcat (college, ".", extension, NULL);
}

static gboolean
glues (const char *before,
       const char *after)
{
  gunichar b = g_utf8_get_char (before);
  gunichar a = g_utf8_get_char (after);

  if (b == NUMERO)
    return TRUE;
  return g_unichar_isdigit (b) && (g_unichar_isalpha (a) || a == '%');
}

char *
sc_report_glue (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *previous = NULL;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (*p == ' ' && previous != NULL && p[1] != '\0' && glues (previous, p + 1))
        g_string_append (out, NBSP);
      else
        g_string_append_unichar (out, g_utf8_get_char (p));
      previous = p;
    }
  return g_string_free (out, FALSE);
}

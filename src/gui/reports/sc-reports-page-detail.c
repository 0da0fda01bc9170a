/* sc-reports-page-detail.c — the selected month's report: header, fields,
 * saved as they are typed
 *
 * The narrative, the signatories and the switch are written a moment
 * after typing stops, at once when another month is chosen or an action
 * needs the report as it is on screen. A submitted report's fields are
 * read-only; its figures are the frozen ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-reports-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-overview.h"
#include "sc-reports-page-private.h"

#define SAVE_DELAY_MS 400

static const char *
narrative_hint (guint index)
{
  switch (index)
    {
    case 0: return _("What gets in the way: no smartphone, refusals, poor connection…");
    case 1: return _("What was done: meetings, help with installing, talks with curators…");
    default: return _("Anything else the ministry should know");
    }
}

static GtkWidget *
narrative_field (ScReportsPage *self,
                 guint          index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new (sc_report_narrative_label (index));
  GtkWidget *hint = gtk_label_new (narrative_hint (index));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 84);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, hint, NULL, -1);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (sc_reports_page_field_changed), self);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_widget_set_margin_top (box, 6);
  self->narrative_views[index] = GTK_TEXT_VIEW (view);
  return box;
}

void
sc_reports_page_build_fields (ScReportsPage *self)
{
  for (guint i = 0; i < SC_REPORT_N_NARRATIVE; i++)
    gtk_box_append (self->narrative_box, narrative_field (self, i));
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
replace (char **field,
         char  *value)
{
  g_free (*field);
  *field = value;
}

ScReport *
sc_reports_page_current (ScReportsPage *self)
{
  ScReport *r;

  g_return_val_if_fail (self->report != NULL, NULL);
  r = sc_report_copy (self->report);
  replace (&r->problems, view_text (self->narrative_views[0]));
  replace (&r->measures, view_text (self->narrative_views[1]));
  replace (&r->notes, view_text (self->narrative_views[2]));
  replace (&r->head_name, row_text (self->head_name_row));
  replace (&r->head_position, row_text (self->head_position_row));
  replace (&r->coordinator_name, row_text (self->coordinator_name_row));
  replace (&r->coordinator_position, row_text (self->coordinator_position_row));
  r->include_teachers = gtk_switch_get_active (self->teachers_switch);
  return r;
}

static gboolean
same_fields (const ScReport *a,
             const ScReport *b)
{
  return g_strcmp0 (a->problems, b->problems) == 0 &&
         g_strcmp0 (a->measures, b->measures) == 0 &&
         g_strcmp0 (a->notes, b->notes) == 0 &&
         g_strcmp0 (a->head_name, b->head_name) == 0 &&
         g_strcmp0 (a->head_position, b->head_position) == 0 &&
         g_strcmp0 (a->coordinator_name, b->coordinator_name) == 0 &&
         g_strcmp0 (a->coordinator_position, b->coordinator_position) == 0 &&
         a->include_teachers == b->include_teachers;
}

gboolean
sc_reports_page_save_now (ScReportsPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(ScReport) current = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (database == NULL || self->report == NULL ||
      self->report->status == SC_REPORT_STATUS_SUBMITTED)
    return TRUE;
  current = sc_reports_page_current (self);
  if (same_fields (current, self->report))
    return TRUE;
  self->saving = TRUE;
  ok = sc_report_save (database, current, &error);
  self->saving = FALSE;
  if (!ok)
    {
      sc_page_show_error (SC_PAGE (self), error);
      return FALSE;
    }
  current->exists = TRUE;
  sc_report_free (self->report);
  self->report = g_steal_pointer (&current);
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer data)
{
  ScReportsPage *self = data;

  self->save_id = 0;
  sc_reports_page_save_now (self);
  return G_SOURCE_REMOVE;
}

void
sc_reports_page_field_changed (ScReportsPage *self)
{
  if (self->loading || self->report == NULL)
    return;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  sc_reports_page_show_checks (self);
}

/* Only what differs is replaced, so a reload keeps the cursor. */
static void
set_view_text (GtkTextView *view,
               const char  *text,
               gboolean     editable)
{
  g_autofree char *shown = view_text (view);

  if (g_strcmp0 (shown, text) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
  gtk_text_view_set_editable (view, editable);
  gtk_text_view_set_cursor_visible (view, editable);
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text,
              gboolean     editable)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  /* Insensitive rather than only not editable: no pencil inviting edits. */
  gtk_editable_set_editable (GTK_EDITABLE (row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (row), editable);
}

static void
show_fields (ScReportsPage *self)
{
  const ScReport *r = self->report;
  gboolean editable = r->status != SC_REPORT_STATUS_SUBMITTED;

  self->loading = TRUE;
  for (guint i = 0; i < SC_REPORT_N_NARRATIVE; i++)
    set_view_text (self->narrative_views[i], sc_report_narrative_text (r, i), editable);
  set_row_text (self->head_name_row, r->head_name, editable);
  set_row_text (self->head_position_row, r->head_position, editable);
  set_row_text (self->coordinator_name_row, r->coordinator_name, editable);
  set_row_text (self->coordinator_position_row, r->coordinator_position, editable);
  gtk_switch_set_active (self->teachers_switch, r->include_teachers);
  gtk_widget_set_sensitive (GTK_WIDGET (self->teachers_switch), editable);
  self->loading = FALSE;
}

static const ScReportMonth *
find_month (ScReportsPage *self)
{
  for (guint i = 0; self->months != NULL && i < self->months->len; i++)
    {
      const ScReportMonth *m = g_ptr_array_index (self->months, i);
      if (g_strcmp0 (m->month, self->month) == 0)
        return m;
    }
  return NULL;
}

static char *
describe_state (ScReportsPage *self,
                const char    *today)
{
  const ScReport *r = self->report;
  const ScReportMonth *m = find_month (self);
  g_autofree char *due = m ? sc_date_format_long (m->due_date) : g_strdup ("");

  if (r->status == SC_REPORT_STATUS_SUBMITTED)
    {
      g_autofree char *date = sc_date_format_short (r->submitted_on);
      return g_strdup_printf (_("Submitted on %s. The figures are frozen as they were sent; to edit the report, withdraw the submission."),
                              date);
    }
  if (m != NULL && sc_overview_is_overdue (m, today))
    return g_strdup_printf (_("Overdue: it was due by %s"), due);
  return g_strdup_printf (_("Due by %s"), due);
}

static char *
describe_period (ScReportsPage *self,
                 const char    *today)
{
  const ScReportFigures *f = self->figures;
  g_autofree char *as_of = sc_date_format_long (f->as_of);

  if (self->report->status == SC_REPORT_STATUS_SUBMITTED)
    return NULL;
  if (g_strcmp0 (today, f->as_of) <= 0)
    return g_strdup_printf (_("The month is not over yet: the figures follow today's data and can change until %s"),
                            as_of);
  return g_strdup_printf (_("Figures as of the month's last day, %s"), as_of);
}

static void
show_header (ScReportsPage *self)
{
  g_autofree char *today = sc_date_today ();
  g_autofree char *period = sc_report_format_period (self->month);
  /* Translators: %s is a period, "for November 2023". */
  g_autofree char *title = g_strdup_printf (_("Report %s"), period);
  g_autofree char *state = describe_state (self, today);
  g_autofree char *figures = describe_period (self, today);
  g_autofree char *subtitle = figures ? g_strdup_printf ("%s\n%s", state, figures) : g_strdup (state);
  const char *classes[] = { "status-draft", "status-ready", "status-submitted" };

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_label_set_text (self->status_label, sc_report_status_get_label (self->report->status));
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), classes[self->report->status]);
}

static GPtrArray *
copy_list (GPtrArray *figures)
{
  GPtrArray *copy = g_ptr_array_new_full (figures->len, (GDestroyNotify)sc_figure_free);

  for (guint i = 0; i < figures->len; i++)
    g_ptr_array_add (copy, sc_figure_copy (g_ptr_array_index (figures, i)));
  return copy;
}

/* Counted once: a submitted report keeps today's list aside, then takes
 * its frozen figures in place (what sc_report_load_figures () does). */
static gboolean
load_figures (ScReportsPage  *self,
              GError        **error)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (database, self->month, error);

  if (figures == NULL)
    return FALSE;
  if (self->report->status == SC_REPORT_STATUS_SUBMITTED)
    {
      self->now = copy_list (figures->figures);
      if (!sc_report_figures_apply_frozen (figures, self->report->frozen_figures, error))
        return FALSE;
      self->changed = sc_report_figures_diff_frozen (figures->figures, self->now);
    }
  self->figures = g_steal_pointer (&figures);
  return TRUE;
}

void
sc_reports_page_load_detail (ScReportsPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;

  sc_reports_page_save_now (self); /* the fields still show self->report */
  g_clear_pointer (&self->report, sc_report_free);
  g_clear_pointer (&self->figures, sc_report_figures_unref);
  g_clear_pointer (&self->now, g_ptr_array_unref);
  g_clear_pointer (&self->changed, g_strfreev);
  if (database != NULL && self->month != NULL)
    self->report = sc_report_load (database, self->month, &error);
  if (self->report != NULL && !load_figures (self, &error))
    g_clear_pointer (&self->report, sc_report_free);
  if (error != NULL)
    sc_page_show_error (SC_PAGE (self), error);
  if (self->report != NULL)
    {
      show_fields (self);
      show_header (self);
    }
  sc_reports_page_show_figures (self);
  sc_reports_page_update_actions (self);
}

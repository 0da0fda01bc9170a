/* sc-reports-page.c — «Отчёты»: the months and the selected month's report
 *
 * Left, the months from the first data to now, newest first, with their
 * status and due date; right, the selected month's report (see
 * sc-reports-page-detail.c). The page follows the database's "changed"
 * signal while it is shown, and catches up when it is shown again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-reports-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date.h"
#include "sc-overview.h"
#include "sc-reports-page-private.h"
#include "sc-text.h"

G_DEFINE_FINAL_TYPE (ScReportsPage, sc_reports_page, SC_TYPE_PAGE)

/* «ноябрь 2023» → «Ноябрь 2023» */
static char *
month_title (const char *month)
{
  g_autofree char *text = sc_report_month_format (month);

  return sc_text_capitalize (text);
}

static char *
describe_due (const ScReportMonth *m,
              gboolean             overdue)
{
  g_autofree char *due = sc_date_format_long (m->due_date);
  g_autofree char *submitted = NULL;

  if (m->status == SC_REPORT_STATUS_SUBMITTED)
    {
      submitted = sc_date_format_short (m->submitted_on);
      return g_strdup_printf (_("Submitted on %s"), submitted);
    }
  if (overdue)
    return g_strdup_printf (_("Overdue: it was due by %s"), due);
  return g_strdup_printf (_("Due by %s"), due);
}

static GtkWidget *
new_label (const char *text,
           const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

static const char *
status_class (ScReportStatus status)
{
  return status == SC_REPORT_STATUS_SUBMITTED ? "status-submitted"
       : status == SC_REPORT_STATUS_READY ? "status-ready" : "status-draft";
}

static GtkWidget *
month_row (const ScReportMonth *m,
           const char          *today)
{
  gboolean overdue = sc_overview_is_overdue (m, today);
  g_autofree char *title = month_title (m->month);
  g_autofree char *due = describe_due (m, overdue);
  g_autofree char *spoken = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *status = new_label (sc_report_status_get_label (m->status), "report-status");
  GtkWidget *due_label = new_label (due, overdue ? "error" : "dim-label");
  GtkWidget *title_label = new_label (title, "heading");
  GtkWidget *drift;

  gtk_widget_set_hexpand (title_label, TRUE);
  gtk_box_append (GTK_BOX (top), title_label);
  gtk_widget_add_css_class (status, status_class (m->status));
  gtk_box_append (GTK_BOX (top), status);
  gtk_widget_add_css_class (due_label, "caption");
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), due_label);
  drift = sc_reports_page_drift_label ();
  gtk_box_append (GTK_BOX (box), drift);
  g_object_set_data (G_OBJECT (row), "drift-label", drift);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  spoken = g_strdup_printf ("%s, %s, %s", title, sc_report_status_get_label (m->status), due);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  g_object_set_data_full (G_OBJECT (row), "month", g_strdup (m->month), g_free);
  return row;
}

static GtkListBoxRow *
find_row (ScReportsPage *self,
          const char    *month)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->months_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (month != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (row), "month"), month) == 0)
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

/* Without a choice yet, the report due next: the previous month's. */
static char *
default_month (void)
{
  g_autofree char *today = sc_date_today ();
  g_autofree char *this_month = g_strndup (today, 7);

  return sc_report_month_add (this_month, -1);
}

static void
fill_months (ScReportsPage *self)
{
  g_autofree char *today = sc_date_today ();
  GtkWidget *child;
  GtkListBoxRow *selected;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->months_list))) != NULL)
    gtk_list_box_remove (self->months_list, child);
  for (guint i = 0; i < self->months->len; i++)
    gtk_list_box_append (self->months_list, month_row (g_ptr_array_index (self->months, i), today));
  if (self->month == NULL)
    self->month = default_month ();
  selected = find_row (self, self->month);
  if (selected == NULL)
    {
      selected = gtk_list_box_get_row_at_index (self->months_list, 0);
      g_free (self->month);
      self->month = g_strdup (g_object_get_data (G_OBJECT (selected), "month"));
    }
  gtk_list_box_select_row (self->months_list, selected);
}

static void
sc_reports_page_reload (ScPage *page)
{
  ScReportsPage *self = SC_REPORTS_PAGE (page);
  ScDatabase *database = sc_page_get_database (page);
  g_autoptr(GError) error = NULL;

  if (database == NULL)
    return;
  g_clear_pointer (&self->months, g_ptr_array_unref);
  self->months = sc_report_list_months (database, NULL, &error);
  if (self->months == NULL)
    {
      sc_page_show_error (page, error);
      return;
    }
  g_signal_handlers_block_matched (self->months_list, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  fill_months (self);
  g_signal_handlers_unblock_matched (self->months_list, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  sc_reports_page_check_drift (self);
  sc_reports_page_load_detail (self);
}

static void
month_selected_cb (ScReportsPage *self,
                   GtkListBoxRow *row)
{
  const char *month = row ? g_object_get_data (G_OBJECT (row), "month") : NULL;

  if (month == NULL || g_strcmp0 (month, self->month) == 0)
    return;
  sc_reports_page_save_now (self);
  g_free (self->month);
  self->month = g_strdup (month);
  sc_reports_page_load_detail (self);
}

static void
field_changed_cb (ScReportsPage *self)
{
  sc_reports_page_field_changed (self);
}

/* Our own saves of what is typed change nothing shown; anything else
 * (a status, people, chats, activity, the profile) is read again. */
static void
database_changed_cb (ScReportsPage *self)
{
  if (!self->saving)
    sc_page_mark_stale (SC_PAGE (self));
}

/* What is typed is kept in the file it belongs to; the choice of month
 * and the submission a toast can undo are of that file. */
static void
sc_reports_page_leave_database (ScPage *page)
{
  ScReportsPage *self = SC_REPORTS_PAGE (page);

  sc_reports_page_save_now (self);
  g_clear_pointer (&self->month, g_free);
  g_clear_pointer (&self->undo_month, g_free);
}

static void
sc_reports_page_dispose (GObject *object)
{
  ScReportsPage *self = SC_REPORTS_PAGE (object);

  sc_page_set_database (SC_PAGE (self), NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->drift_cancellable != NULL)
    g_cancellable_cancel (self->drift_cancellable);
  g_clear_object (&self->drift_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->print_operation);
  g_clear_pointer (&self->months, g_ptr_array_unref);
  g_clear_pointer (&self->report, sc_report_free);
  g_clear_pointer (&self->figures, sc_report_figures_unref);
  g_clear_pointer (&self->now, g_ptr_array_unref);
  g_clear_pointer (&self->changed, g_strfreev);
  G_OBJECT_CLASS (sc_reports_page_parent_class)->dispose (object);
}

static void
sc_reports_page_finalize (GObject *object)
{
  ScReportsPage *self = SC_REPORTS_PAGE (object);

  g_free (self->month);
  g_free (self->undo_month);
  g_free (self->last_folder);
  G_OBJECT_CLASS (sc_reports_page_parent_class)->finalize (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, months_list);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, changed_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, changed_label);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, checks_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, checks_label);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, checks_button);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, draft_button);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, ready_button);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, submit_button);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, narrative_box);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, head_name_row);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, head_position_row);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, coordinator_name_row);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, coordinator_position_row);
  gtk_widget_class_bind_template_child (widget_class, ScReportsPage, teachers_switch);
  gtk_widget_class_bind_template_callback (widget_class, month_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
}

static void
sc_reports_page_class_init (ScReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPageClass *page_class = SC_PAGE_CLASS (klass);

  object_class->dispose = sc_reports_page_dispose;
  object_class->finalize = sc_reports_page_finalize;
  /* Shown first, counted right after: a switch to the page does not
   * wait, and several changes in a row are counted once. */
  page_class->reload_when = SC_PAGE_RELOAD_AFTER_FRAME;
  page_class->reload = sc_reports_page_reload;
  page_class->leave_database = sc_reports_page_leave_database;
  bind_template (widget_class);
  sc_reports_page_install_actions (widget_class);
  sc_reports_page_install_export_actions (widget_class);
}

static void
sc_reports_page_init (ScReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sc_page_plain_flow_box (self->actions_box);
  self->cancellable = g_cancellable_new ();
  sc_reports_page_group_by_year (self);
  sc_reports_page_build_fields (self);
  sc_reports_page_update_actions (self);
  g_signal_group_connect_object (sc_page_get_database_signals (SC_PAGE (self)), "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
}

/* GTK 4.8 has no scroll_to: once the rows have their places, the list
 * scrolls to show the selected month. */
static gboolean
scroll_to_selected_cb (GtkWidget     *list,
                       GdkFrameClock *clock,
                       gpointer       data)
{
  guint *frames_left = data;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (list));
  GtkWidget *scrolled = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_point_t point;

  if (row == NULL || scrolled == NULL || (*frames_left)-- == 0)
    return G_SOURCE_REMOVE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  if (gtk_widget_get_height (GTK_WIDGET (row)) == 0 ||
      gtk_adjustment_get_upper (adjustment) < gtk_widget_get_height (list) ||
      !gtk_widget_compute_point (GTK_WIDGET (row), list, &GRAPHENE_POINT_INIT (0, 0), &point))
    return G_SOURCE_CONTINUE; /* not laid out yet */
  if (point.y < gtk_adjustment_get_value (adjustment) ||
      point.y + gtk_widget_get_height (GTK_WIDGET (row)) >
      gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment))
    gtk_adjustment_set_value (adjustment, point.y - gtk_adjustment_get_page_size (adjustment) / 3);
  return G_SOURCE_REMOVE;
}

gboolean
sc_reports_page_select_month (ScReportsPage *self,
                              const char    *month)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SC_IS_REPORTS_PAGE (self), FALSE);
  if (sc_page_get_stale (SC_PAGE (self)))
    sc_page_reload (SC_PAGE (self));
  row = find_row (self, month);
  if (row == NULL)
    return FALSE;
  gtk_list_box_select_row (self->months_list, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_widget_add_tick_callback (GTK_WIDGET (self->months_list), scroll_to_selected_cb,
                                g_memdup2 (&(guint) { 60 }, sizeof (guint)), g_free);
  return TRUE;
}

const char *
sc_reports_page_get_month (ScReportsPage *self)
{
  g_return_val_if_fail (SC_IS_REPORTS_PAGE (self), NULL);
  return self->month;
}

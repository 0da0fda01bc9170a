/* sc-summary-window-preview.c — the summary shown: the month, the problems
 * above the table of the colleges, and the totals
 *
 * The table holds the figures a coordinator at the ministry looks at
 * first — connection of teachers and students, group chats, the norm —
 * and a share under 100 % is marked; every figure is in the workbook.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-report-figures.h"
#include "sc-report-text.h"
#include "sc-summary-window-private.h"

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_NAME,
  COLUMN_TEACHERS,
  COLUMN_STUDENTS,
  COLUMN_CHATS,
  COLUMN_NORM,
  COLUMN_ACTIVITY,
} Column;

/* ---- cells ------------------------------------------------------------------ */

/* «91 из 94 · 96,8 %» */
static char *
connected_text (ScSummaryReport *report,
                const char      *prefix)
{
  g_autofree char *total_code = g_strconcat (prefix, "_total", NULL);
  g_autofree char *connected_code = g_strconcat (prefix, "_connected", NULL);
  g_autofree char *pct_code = g_strconcat (prefix, "_connected_pct", NULL);
  g_autofree char *connected = sc_format_count ((guint)sc_summary_report_get_value (report, connected_code));
  g_autofree char *total = sc_format_count ((guint)sc_summary_report_get_value (report, total_code));
  g_autofree char *pct = sc_format_percent (sc_summary_report_get_value (report, pct_code));

  /* Translators: «91 из 94 · 96,8 %» */
  return g_strdup_printf (_("%s of %s · %s"), connected, total, pct);
}

/* «12 из 14» */
static char *
chats_text (ScSummaryReport *report)
{
  g_autofree char *chats = sc_format_count ((guint)sc_summary_report_get_value (report, "groups_with_chat"));
  g_autofree char *groups = sc_format_count ((guint)sc_summary_report_get_value (report, "groups_total"));

  /* Translators: «12 из 14» groups with a chat. */
  return g_strdup_printf (_("%s of %s"), chats, groups);
}

/* «20,7 / 1,7»: messages and calls a teacher a week. */
static char *
activity_text (ScSummaryReport *report)
{
  g_autofree char *messages = sc_report_format_number (sc_summary_report_get_value (report, "avg_messages_per_teacher_week"), 1);
  g_autofree char *calls = sc_report_format_number (sc_summary_report_get_value (report, "avg_calls_per_teacher_week"), 1);

  return g_strdup_printf ("%s / %s", messages, calls);
}

static char *
cell_text (ScSummaryReport *report,
           Column           column,
           guint            position)
{
  switch (column)
    {
    case COLUMN_NUMBER:
      return g_strdup_printf ("%u", position + 1);
    case COLUMN_NAME:
      return sc_report_glue (sc_summary_report_get_name (report));   /* «№ 2» on one line */
    case COLUMN_TEACHERS:
      return connected_text (report, "teachers");
    case COLUMN_STUDENTS:
      return connected_text (report, "students");
    case COLUMN_CHATS:
      return chats_text (report);
    case COLUMN_NORM:
      return sc_format_percent (sc_summary_report_get_value (report, "teachers_norm_all_weeks_pct"));
    case COLUMN_ACTIVITY:
    default:
      return activity_text (report);
    }
}

/* A share under the order's 100 %. */
static gboolean
is_low (ScSummaryReport *report,
        Column           column)
{
  const char *code = column == COLUMN_TEACHERS ? "teachers_connected_pct" :
                     column == COLUMN_STUDENTS ? "students_connected_pct" :
                     column == COLUMN_NORM ? "teachers_norm_all_weeks_pct" : NULL;

  return code != NULL && sc_summary_report_get_value (report, code) < 100.0;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  Column column = GPOINTER_TO_INT (data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_NAME ? 0.0 : 1.0);
  /* A long name takes two lines, a longer one ends in «…»; its tooltip
   * has it whole, and the file. */
  if (column == COLUMN_NAME)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 22);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  else
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  data)
{
  Column column = GPOINTER_TO_INT (data);
  ScSummaryReport *report = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = cell_text (report, column, gtk_list_item_get_position (item));

  gtk_label_set_text (GTK_LABEL (label), text);
  if (is_low (report, column))
    gtk_widget_add_css_class (label, "summary-low");
  else
    gtk_widget_remove_css_class (label, "summary-low");
  if (column == COLUMN_NAME)
    {
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", sc_summary_report_get_name (report),
                                                  sc_summary_report_get_file_name (report));
      gtk_widget_set_tooltip_text (label, tooltip);
    }
}

static void
add_column (ScSummaryWindow *self,
            Column           column,
            const char      *title,
            gboolean         expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->colleges_view, view_column);
  g_object_unref (view_column);
}

void
sc_summary_window_setup_columns (ScSummaryWindow *self)
{
  /* Short headings: eight columns fit a laptop's window; the workbook has
   * every figure. */
  add_column (self, COLUMN_NUMBER, C_("summary table", "No."), FALSE);
  add_column (self, COLUMN_NAME, _("College"), TRUE);
  add_column (self, COLUMN_TEACHERS, C_("summary table", "Teachers"), FALSE);
  add_column (self, COLUMN_STUDENTS, C_("summary table", "Students"), FALSE);
  add_column (self, COLUMN_CHATS, C_("summary table", "Groups with a chat"), FALSE);
  add_column (self, COLUMN_NORM, C_("summary table", "Norm, every week"), FALSE);
  add_column (self, COLUMN_ACTIVITY, C_("summary table", "Messages / calls a week"), FALSE);
}

/* ---- the problems ----------------------------------------------------------- */

static GtkWidget *
problem_row (const char *title,
             const char *subtitle,
             const char *icon,
             const char *style)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = gtk_image_new_from_icon_name (icon);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (image, style);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
fill_problems (ScSummaryWindow *self)
{
  GListModel *problems = sc_summary_get_problems (self->summary);
  GPtrArray *missing = sc_summary_get_missing (self->summary);
  guint n = g_list_model_get_n_items (problems);
  g_autofree char *heading = NULL;

  clear_list (self->problems_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScSummaryProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *reason = sc_summary_problem_dup_text (problem);
      gboolean counted = sc_summary_problem_get_counted (problem);

      gtk_list_box_append (self->problems_list,
                           problem_row (sc_summary_problem_get_file_name (problem), reason,
                                        counted ? "dialog-information-symbolic" : "dialog-warning-symbolic",
                                        counted ? "dim-label" : "warning"));
    }
  for (guint i = 0; i < missing->len; i++)
    {
      ScSummaryExpected *expected = g_ptr_array_index (missing, i);
      g_autofree char *subtitle = expected->inn[0] != '\0'
                                  ? g_strdup_printf (_("Sent nothing (INN %s)"), expected->inn)
                                  : g_strdup (_("Sent nothing"));

      gtk_list_box_append (self->problems_list,
                           problem_row (expected->name[0] != '\0' ? expected->name : expected->inn,
                                        subtitle, "mail-unread-symbolic", "error"));
    }
  /* Translators: above the list of problems: «Проблемы: 3 · Не прислали: 1» */
  heading = g_strdup_printf (_("Problems: %u · Sent nothing: %u"), n, missing->len);
  gtk_label_set_text (self->problems_heading, heading);
  gtk_widget_set_visible (self->problems_box, n + missing->len > 0);
}

/* ---- the month and the list ------------------------------------------------ */

static void
fill_months (ScSummaryWindow *self)
{
  g_auto(GStrv) months = sc_summary_list_months (self->summary);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  const char *shown = sc_summary_get_month (self->summary);
  guint selected = GTK_INVALID_LIST_POSITION;

  self->updating_months = TRUE;
  for (guint i = 0; months[i] != NULL; i++)
    {
      g_autofree char *label = sc_report_month_format (months[i]);
      g_autoptr(GtkStringObject) item = NULL;

      gtk_string_list_append (list, label);
      item = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_object_set_data_full (G_OBJECT (item), "month", g_strdup (months[i]), g_free);
      if (g_strcmp0 (months[i], shown) == 0)
        selected = i;
    }
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->month_dropdown, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->month_dropdown), months[0] != NULL);
  self->updating_months = FALSE;
}

static void
show_expected (ScSummaryWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (self->shown_expected == NULL)
    {
      gtk_label_set_text (self->expected_label, _("No list: nobody is counted as missing"));
      return;
    }
  name = g_path_get_basename (self->shown_expected);
  text = g_strdup_printf (_("List: %s"), name);
  gtk_label_set_text (self->expected_label, text);
}

/* ---- the totals ------------------------------------------------------------- */

static char *
totals_text (ScSummary *summary)
{
  guint n = sc_summary_get_n_colleges (summary);
  g_autofree char *teachers = sc_format_percent (sc_summary_get_total (summary, "teachers_connected_pct"));
  g_autofree char *students = sc_format_percent (sc_summary_get_total (summary, "students_connected_pct"));
  g_autofree char *norm = sc_format_percent (sc_summary_get_total (summary, "teachers_norm_all_weeks_pct"));
  g_autofree char *chats = sc_format_count ((guint)sc_summary_get_total (summary, "groups_with_chat"));
  g_autofree char *groups = sc_format_count ((guint)sc_summary_get_total (summary, "groups_total"));
  g_autofree char *messages = sc_report_format_number (sc_summary_get_total (summary, "avg_messages_per_teacher_week"), 1);
  g_autofree char *calls = sc_report_format_number (sc_summary_get_total (summary, "avg_calls_per_teacher_week"), 1);
  g_autofree char *head = g_strdup_printf (ngettext ("Total, %u college:", "Total, %u colleges:", n), n);

  /* Translators: the summary's totals under its table. */
  return g_strdup_printf (_("%s teachers connected %s, students %s; groups with a chat %s of %s; the norm met every week by %s of teachers; messages a teacher a week %s, calls %s."),
                          head, teachers, students, chats, groups, norm, messages, calls);
}

static void
show_title (ScSummaryWindow *self)
{
  const char *month = sc_summary_get_month (self->summary);
  g_autofree char *period = month != NULL ? sc_report_month_format (month) : g_strdup ("");
  guint n = sc_summary_get_n_colleges (self->summary);
  g_autofree char *colleges = g_strdup_printf (ngettext ("%u college", "%u colleges", n), n);
  g_autofree char *subtitle = month != NULL ? g_strdup_printf ("%s · %s", period, colleges) : NULL;

  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
}

void
sc_summary_window_show_summary (ScSummaryWindow *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  if (self->summary == NULL)
    return;
  selection = gtk_no_selection_new (g_object_ref (sc_summary_get_colleges (self->summary)));
  gtk_column_view_set_model (self->colleges_view, GTK_SELECTION_MODEL (selection));
  fill_months (self);
  fill_problems (self);
  show_expected (self);
  show_title (self);
  if (sc_summary_get_codes (self->summary) != NULL)
    {
      g_autofree char *totals = totals_text (self->summary);
      gtk_label_set_text (self->totals_label, totals);
    }
  else
    gtk_label_set_text (self->totals_label, _("No report could be read."));
  sc_summary_window_update_actions (self);
}

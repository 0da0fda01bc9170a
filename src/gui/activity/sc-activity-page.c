/* sc-activity-page.c — «Активность»
 *
 * The week view is a GtkColumnView over the week's ScActivityTeacher items
 * (store → filter «only below the norm» → no selection); typing saves a
 * cell at once and the items change in place, so focus stays where the
 * clerk types. The month view draws the month's heat map and the trend of
 * the last SC_ACTIVITY_TREND_WEEKS weeks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-activity-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-a11y.h"
#include "sc-activity-page-private.h"
#include "sc-date.h"
#include "sc-organization.h"
#include "sc-format.h"
#include "sc-report-figures.h"
#include "sc-text.h"
#include "sc-activity-badge.h"
#include "sc-activity-import.h"
#include "sc-import-assistant.h"
#include "sc-activity-month.h"

G_DEFINE_FINAL_TYPE (ScActivityPage, sc_activity_page, SC_TYPE_PAGE)

static gboolean
is_month_view (ScActivityPage *self)
{
  return gtk_toggle_button_get_active (self->month_button);
}

static void
show_error (ScActivityPage *self,
            const GError   *error)
{
  g_warning ("Cannot show the activity: %s", error->message);
}

static void
update_norm_label (ScActivityPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  ScActivityNorm norm = { 10, 1 };
  g_autoptr(ScOrganization) organization = database ? sc_organization_load (database, NULL) : NULL;
  g_autofree char *messages = NULL, *calls = NULL, *norm_text = NULL, *text = NULL;

  if (database != NULL)
    sc_activity_norm_load (database, &norm, NULL);
  messages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d message", "%d messages",
                                           norm.messages), norm.messages);
  calls = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d call", "%d calls", norm.calls),
                           norm.calls);
  /* Translators: "Norm: 10 messages and 1 call a week". */
  norm_text = g_strdup_printf (_("Norm: %s and %s a week"), messages, calls);
  if (organization != NULL && !organization->norm_enabled)
    text = g_strdup (_("The region does not ask for the weekly norm: the report leaves activity out"));
  else
    /* Translators: after the norm: «Норматив: … · групповые видеозвонки тоже считаются» */
    text = g_strdup_printf (_("%s · group video calls count too"), norm_text);
  gtk_label_set_text (self->norm_label, text);
}

static void
load_week (ScActivityPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) store = sc_activity_week_load (sc_page_get_database (SC_PAGE (self)),
                                                    self->monday, &error);

  if (store == NULL)
    {
      show_error (self, error);
      store = g_list_store_new (SC_TYPE_ACTIVITY_TEACHER);
    }
  g_set_object (&self->store, store);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (store));
  sc_activity_page_update_footer (self);
  sc_activity_page_update_no_data (self);
}

static void
load_month (ScActivityPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *month_text = sc_activity_page_month_of_week (self->monday);
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  ScActivityMonth *month = sc_activity_month_compute (database, month_text, &error);
  GArray *trend = NULL;
  g_autofree char *pct = NULL, *text = NULL;

  if (month == NULL)
    {
      show_error (self, error);
      return;
    }
  pct = sc_format_percent (sc_percent (month->all_weeks, month->rows->len));
  text = g_strdup_printf (_("Met the norm in every week of the month: %u of %u (%s)"),
                          month->all_weeks, month->rows->len, pct);
  gtk_label_set_text (self->month_summary, text);
  sc_activity_heatmap_set_month (self->heatmap, month,
                                 gtk_toggle_button_get_active (self->below_button));
  trend = sc_activity_trend (database, self->monday, SC_ACTIVITY_TREND_WEEKS, &error);
  if (trend == NULL)
    show_error (self, error);
  sc_activity_trend_set_weeks (self->trend, trend, self->monday);
}

static void
update_period (ScActivityPage *self)
{
  g_autofree char *text = sc_activity_page_period_text (self, self->monday);
  g_autofree char *name = NULL;

  gtk_label_set_text (self->period_label, text);
  /* Translators: the screen reader's name of the period's button: «Выбрать неделю или месяц: 13–19 ноября 2023» */
  name = g_strdup_printf (_("Choose a week or a month: %s"), text);
  sc_a11y_name_menu_button_as (self->period_button, name);
}

static void
sc_activity_page_reload (ScPage *page)
{
  ScActivityPage *self = SC_ACTIVITY_PAGE (page);

  if (sc_page_get_database (page) == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  update_norm_label (self);
  update_period (self);
  load_week (self);
  if (is_month_view (self))
    load_month (self);
  /* The page is empty only when there are no teachers at all. */
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0 ||
                                    is_month_view (self) ? "activity" : "empty");
}

static char *
this_monday (void)
{
  g_autofree char *today = sc_date_today ();

  return sc_date_week_monday (today);
}

/* Counts changed: the items change in place, rows and focus stay. A page
 * not shown, or not read yet, reads everything when shown. */
static void
activity_changed_cb (ScActivityPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (sc_page_get_stale (SC_PAGE (self)) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      sc_page_mark_stale (SC_PAGE (self));
      return;
    }
  if (!sc_activity_week_refresh (self->store, database, self->monday, &error))
    show_error (self, error);
  sc_activity_page_update_footer (self);
  sc_activity_page_update_no_data (self);
  if (is_month_view (self))
    load_month (self);
}

static gboolean
filter_below (gpointer item,
              gpointer data)
{
  ScActivityPage *self = data;

  return !gtk_toggle_button_get_active (self->below_button) ||
         sc_activity_teacher_get_mark (item) != SC_ACTIVITY_MET;
}

static void
below_toggled_cb (ScActivityPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (sc_page_get_database (SC_PAGE (self)) != NULL && is_month_view (self))
    load_month (self);
}

static void
view_toggled_cb (ScActivityPage *self)
{
  gtk_stack_set_visible_child_name (self->view_stack, is_month_view (self) ? "month" : "week");
  if (sc_page_get_database (SC_PAGE (self)) != NULL)
    sc_page_mark_stale (SC_PAGE (self));
}

static void
step (ScActivityPage *self,
      int             direction)
{
  g_autoptr(GDate) date = sc_date_to_gdate (self->monday);
  g_autofree char *day = NULL;

  if (is_month_view (self))
    {
      /* To the first week of the next or previous month. */
      g_date_add_days (date, 3);
      g_date_set_day (date, 1);
      if (direction > 0)
        g_date_add_months (date, 1);
      else
        g_date_subtract_months (date, 1);
      g_date_add_days (date, (G_DATE_THURSDAY - g_date_get_weekday (date) + 7) % 7);
    }
  else if (direction > 0)
    g_date_add_days (date, 7);
  else
    g_date_subtract_days (date, 7);
  day = sc_date_from_gdate (date);
  sc_activity_page_set_week (self, day);
}

static void
previous_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  step (SC_ACTIVITY_PAGE (widget), -1);
}

static void
next_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  step (SC_ACTIVITY_PAGE (widget), 1);
}

ScImportAssistant *
sc_activity_page_import_file (ScActivityPage *self,
                              const char     *path)
{
  ScImportAssistant *assistant;
  ScDatabase *database;

  g_return_val_if_fail (SC_IS_ACTIVITY_PAGE (self), NULL);
  database = sc_page_get_database (SC_PAGE (self));
  g_return_val_if_fail (database != NULL, NULL);

  assistant = sc_import_assistant_open (database, SC_TYPE_ACTIVITY_IMPORT, path, GTK_WIDGET (self));
  /* What came in is shown: not the current week's «Нет данных». */
  g_signal_connect_object (assistant, "loaded", G_CALLBACK (sc_activity_page_show_loaded), self,
                           G_CONNECT_SWAPPED);
  return assistant;
}

static void
file_chosen_cb (ScActivityPage *self,
                int             response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT || sc_page_get_database (SC_PAGE (self)) == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  path = g_file_get_path (file);
  if (path != NULL)
    sc_activity_page_import_file (self, path);
}

static GtkFileFilter *
table_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV, XLSX)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "xlsx");
  return filter;
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ScActivityPage *self = SC_ACTIVITY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = table_filter ();

  if (sc_page_get_database (SC_PAGE (self)) == NULL)
    return;
  if (self->chooser == NULL)
    {
      self->chooser = gtk_file_chooser_native_new (_("Import Activity"),
                                                   GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                   GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
      g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (file_chosen_cb), self);
    }
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Another file opens at its own current week (the demo's is of 2023). */
static void
sc_activity_page_leave_database (ScPage *page)
{
  ScActivityPage *self = SC_ACTIVITY_PAGE (page);

  g_free (self->monday);
  self->monday = this_monday ();
  gtk_toggle_button_set_active (self->below_button, FALSE);
}

static void
sc_activity_page_dispose (GObject *object)
{
  ScActivityPage *self = SC_ACTIVITY_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->filter_model);
  G_OBJECT_CLASS (sc_activity_page_parent_class)->dispose (object);
}

static void
sc_activity_page_finalize (GObject *object)
{
  g_free (SC_ACTIVITY_PAGE (object)->monday);
  g_free (SC_ACTIVITY_PAGE (object)->latest_monday);
  G_OBJECT_CLASS (sc_activity_page_parent_class)->finalize (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sferumcoord/Coordinator/sc-activity-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, period_button);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, period_popover);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, show_chosen_label);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, latest_button);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, latest_label);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, norm_label);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, no_data_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, no_data_latest_label);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, week_button);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, month_button);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, below_button);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, week_footer);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, month_summary);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, heatmap);
  gtk_widget_class_bind_template_child (widget_class, ScActivityPage, trend);
  gtk_widget_class_bind_template_callback (widget_class, below_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_toggled_cb);
  sc_activity_page_class_init_period (widget_class);
}

static void
sc_activity_page_class_init (ScActivityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPageClass *page_class = SC_PAGE_CLASS (klass);

  object_class->dispose = sc_activity_page_dispose;
  object_class->finalize = sc_activity_page_finalize;
  /* A page not on screen reads its week when it is shown: the window
   * opens without loading a large college's teachers it does not show. */
  page_class->reload_when = SC_PAGE_RELOAD_NOW;
  page_class->reload = sc_activity_page_reload;
  page_class->leave_database = sc_activity_page_leave_database;

  g_type_ensure (SC_TYPE_ACTIVITY_TEACHER);
  g_type_ensure (SC_TYPE_COUNT_ENTRY);
  g_type_ensure (SC_TYPE_ACTIVITY_BADGE);
  g_type_ensure (SC_TYPE_ACTIVITY_HEATMAP);
  g_type_ensure (SC_TYPE_ACTIVITY_TREND);
  bind_template (widget_class);

  gtk_widget_class_install_action (widget_class, "activity.set-count", "(xsi)",
                                   sc_activity_page_set_count);
  gtk_widget_class_install_action (widget_class, "activity.move", "(usi)", sc_activity_page_move);
  gtk_widget_class_install_action (widget_class, "activity.previous", NULL, previous_activated);
  gtk_widget_class_install_action (widget_class, "activity.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "activity.import", NULL, import_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "activity.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK, "activity.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK, "activity.next", NULL);
}

static void
sc_activity_page_init (ScActivityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sc_a11y_name_column_headers (self->column_view);
  self->monday = this_monday ();
  self->filter = gtk_custom_filter_new (filter_below, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  g_object_ref (self->filter_model);   /* the view's selection takes one */
  gtk_column_view_set_model (self->column_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (self->filter_model))));
  gtk_stack_set_visible_child_name (self->stack, "empty");
  /* The teachers and the norm are read anew; typed counts in place. */
  sc_page_reload_on (SC_PAGE (self), "people");
  sc_page_reload_on (SC_PAGE (self), "organization");
  g_signal_group_connect_object (sc_page_get_database_signals (SC_PAGE (self)), "changed::activity",
                                 G_CALLBACK (activity_changed_cb), self, G_CONNECT_SWAPPED);
}

void
sc_activity_page_set_week (ScActivityPage *self,
                           const char     *day)
{
  g_autofree char *monday = NULL;

  g_return_if_fail (SC_IS_ACTIVITY_PAGE (self));

  monday = sc_date_week_monday (day);
  if (monday == NULL)
    return;
  g_free (self->monday);
  self->monday = g_steal_pointer (&monday);
  sc_page_mark_stale (SC_PAGE (self));
}

const char *
sc_activity_page_get_week (ScActivityPage *self)
{
  g_return_val_if_fail (SC_IS_ACTIVITY_PAGE (self), NULL);
  return self->monday;
}

/* sc-reports-page-figures.c — the report's figures, grouped by section
 *
 * A submitted report shows the figures it was sent with; where today's
 * data give another value the row also says «Сейчас: …», and a banner
 * over the page counts those rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-reports-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-report-text.h"
#include "sc-reports-page-private.h"

static GtkWidget *
value_label (const char *text,
             const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

/* @now is today's figure when it differs (NULL: gone from today's list). */
static GtkWidget *
figure_row (const ScFigure *figure,
            gboolean        changed,
            const ScFigure *now)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *value = sc_figure_format_value (figure);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), figure->label);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), value_label (value, "figure-value"));
  if (changed)
    {
      g_autofree char *now_value = now ? sc_figure_format_value (now) : g_strdup ("—");
      g_autofree char *text = g_strdup_printf (_("Now: %s"), now_value);
      GtkWidget *label = value_label (text, "figure-now");

      gtk_widget_set_tooltip_text (label, _("Today's data give another value; the submitted report keeps the one above."));
      gtk_box_append (GTK_BOX (box), label);
      gtk_widget_add_css_class (row, "figure-changed");
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "code", g_strdup (figure->code), g_free);
  return row;
}

/* The activity section says which norm it counts against. */
static GtkWidget *
norm_label (const ScReportFigures *f)
{
  g_autofree char *text = sc_report_get_norm_text (f->norm_messages, f->norm_calls);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static const ScFigure *
find_figure (GPtrArray  *list,
             const char *code)
{
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const ScFigure *figure = g_ptr_array_index (list, i);
      if (g_strcmp0 (figure->code, code) == 0)
        return figure;
    }
  return NULL;
}

static GtkListBox *
add_section (ScReportsPage         *self,
             const ScReportFigures *f,
             ScFigureSection        section)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (sc_figure_section_get_label (section));
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
  gtk_box_append (GTK_BOX (box), heading);
  if (section == SC_FIGURE_SECTION_ACTIVITY)
    gtk_box_append (GTK_BOX (box), norm_label (f));
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (self->figures_box, box);
  return GTK_LIST_BOX (list);
}

static void
show_banner (ScReportsPage *self)
{
  guint n = self->changed ? g_strv_length (self->changed) : 0;
  g_autofree char *text = NULL;

  if (n > 0)
    {
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Since the report was submitted, %u figure has changed. The report keeps the figures it was sent with; rows marked “Now” show today's values.",
                                           "Since the report was submitted, %u figures have changed. The report keeps the figures it was sent with; rows marked “Now” show today's values.",
                                           n), n);
      gtk_label_set_text (self->changed_label, text);
    }
  gtk_revealer_set_reveal_child (self->changed_revealer, n > 0);
}

/* «Not filled in: the college's INN, the executor's phone…», then each week
 * without activity data: said before export, not found on paper. */
void
sc_reports_page_show_checks (ScReportsPage *self)
{
  ScDatabase *database = sc_page_get_database (SC_PAGE (self));
  g_autoptr(ScOrganization) organization = NULL;
  g_autoptr(ScReport) report = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) missing = NULL;
  g_auto(GStrv) notes = NULL;

  if (self->report != NULL && database != NULL)
    organization = sc_organization_load (database, NULL);
  if (organization != NULL)
    {
      report = sc_reports_page_current (self);
      missing = sc_report_missing_details (report, organization);
      notes = self->figures != NULL ? sc_report_auto_notes (self->figures) : NULL;
    }
  if (missing != NULL && missing[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", missing);
      /* Translators: %s lists the empty details, «ИНН колледжа, телефон
       * исполнителя». */
      g_string_append_printf (text, _("Not filled in: %s. The report prints blanks in their place."), list);
    }
  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", notes[i]);
  gtk_label_set_text (self->checks_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->checks_button), missing != NULL && missing[0] != NULL);
  gtk_revealer_set_reveal_child (self->checks_revealer, text->len > 0);
}

void
sc_reports_page_show_figures (ScReportsPage *self)
{
  const ScReportFigures *f = self->figures;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_box))) != NULL)
    gtk_box_remove (self->figures_box, child);
  show_banner (self);
  sc_reports_page_show_checks (self);
  if (f == NULL)
    return;
  for (ScFigureSection s = SC_FIGURE_SECTION_CONNECTION; s <= SC_FIGURE_SECTION_ACTIVITY; s++)
    {
      GtkListBox *list = NULL;

      for (guint i = 0; i < f->figures->len; i++)
        {
          const ScFigure *figure = g_ptr_array_index (f->figures, i);
          gboolean changed = self->changed && g_strv_contains ((const char *const *)self->changed, figure->code);

          if (figure->section != s)
            continue;
          if (list == NULL)
            list = add_section (self, f, s);
          gtk_list_box_append (list, figure_row (figure, changed,
                                                 changed ? find_figure (self->now, figure->code) : NULL));
        }
    }
}

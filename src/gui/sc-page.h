/* sc-page.h — the base of the window's five pages: the database a page
 * shows, the changes it follows, "stale while hidden, read when shown",
 * and its toasts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-database.h"

G_BEGIN_DECLS

/* When a shown page reads its data again after a change. A hidden page
 * is only marked stale, and reads once it is shown. */
typedef enum
{
  SC_PAGE_RELOAD_NOW,          /* at once: the change is shown when the write returns */
  SC_PAGE_RELOAD_BEFORE_FRAME, /* once for a burst of changes, before the next frame */
  SC_PAGE_RELOAD_AFTER_FRAME,  /* once for a burst, after the next frame; a page shown
                                * stale too, so that switching to it does not wait */
} ScPageReload;

#define SC_TYPE_PAGE (sc_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (ScPage, sc_page, SC, PAGE, AdwBin)

struct _ScPageClass
{
  AdwBinClass   parent_class;

  /* Set in class_init; SC_PAGE_RELOAD_NOW unless set. */
  ScPageReload  reload_when;

  /* Reads what the page shows from sc_page_get_database () (NULL: shows
   * nothing). Called by sc_page_reload (), never directly. */
  void (*reload)         (ScPage *self);
  /* Before the page takes another database (or NULL): keep what is typed
   * in the one sc_page_get_database () still answers, forget what was
   * shown of it. Optional. A page that keeps what is typed here calls
   * sc_page_set_database (page, NULL) first in its dispose: the hook
   * then runs when the window closes too. */
  void (*leave_database) (ScPage *self);
};

ScDatabase   *sc_page_get_database         (ScPage       *self);
void          sc_page_set_database         (ScPage       *self,
                                            ScDatabase   *database);
/* The page's connections to its database's signals: they follow it from
 * one database to the next. Connect in the page's init. */
GSignalGroup *sc_page_get_database_signals (ScPage       *self);
/* Marks the page stale whenever the database says @what changed
 * ("people", "chats", …; NULL: any change). */
void          sc_page_reload_on            (ScPage       *self,
                                            const char   *what);
/* What the page shows changed: it is read again as reload_when says if
 * the page is shown, else once it is shown. */
void          sc_page_mark_stale           (ScPage       *self);
/* TRUE from a change until the page has read it. */
gboolean      sc_page_get_stale            (ScPage       *self);
/* Reads the page again now, shown or not. */
void          sc_page_reload               (ScPage       *self);

/* Toasts go to the window's overlay; a page outside a window drops them. */
void          sc_page_add_toast            (ScPage       *self,
                                            AdwToast     *toast);
void          sc_page_toast                (ScPage       *self,
                                            const char   *text);
void          sc_page_show_error           (ScPage       *self,
                                            const GError *error);
/* A toast whose «Отменить» activates the page's @undo_action. */
void          sc_page_offer_undo           (ScPage       *self,
                                            const char   *title,
                                            const char   *undo_action);

/* A GtkFlowBox that wraps a row of controls on a narrow window: its cells
 * take no focus of their own, so Tab goes from control to control, and
 * each control keeps its natural width at the start of its cell. Call
 * once its children are in (after gtk_widget_init_template ()). */
void          sc_page_plain_flow_box       (GtkFlowBox   *box);

/* libadwaita 1.2 breaks an AdwActionRow's title between any two letters
 * when its suffixes take the width («С/т/а/т/у/с»): this one breaks it
 * between words only, so the row asks for its title's longest word. */
void          sc_page_keep_title_words     (AdwActionRow *row);

G_END_DECLS

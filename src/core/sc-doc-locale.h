/* sc-doc-locale.h — the locale every document is written in
 *
 * The report, the chat plan and the not-connected lists go to a Russian
 * ministry and to curators: their text is Russian whatever the interface
 * language, and their numbers are valid whatever the PC's locale
 * (DESIGN.md §7). A writer wraps its work in a document scope:
 *
 *   ScDocLocale scope;
 *   sc_doc_locale_enter (&scope);
 *   … write the file …
 *   sc_doc_locale_leave (&scope);
 *
 * Inside the scope, on this thread only:
 * - the core's _(), C_() and sc_ngettext () (sc-i18n.h) answer from the
 *   Russian catalogue compiled into the program from po/ru.po, so the text
 *   is Russian even under LANG=C, LANGUAGE=en, or on a PC that has no
 *   ru_RU locale or no installed translations at all;
 * - LC_NUMERIC is "C" (uselocale (), per thread): libxlsxwriter prints
 *   widths, margins and cell values with the C library's printf, which
 *   under ru_RU would write "40,7109375" and make the file unreadable.
 * Other threads (the window) keep the user's language and locale. Scopes
 * nest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <locale.h>

G_BEGIN_DECLS

typedef struct
{
  gboolean  numeric_set;
#ifdef G_OS_WIN32
  int       per_thread;
  char     *numeric;
#else
  locale_t  c_numeric;
  locale_t  previous;
#endif
} ScDocLocale;

void         sc_doc_locale_enter     (ScDocLocale *scope);
void         sc_doc_locale_leave     (ScDocLocale *scope);
gboolean     sc_doc_locale_is_active (void);

/* The translation in the documents' language (Russian), whatever the
 * scope; @msgid itself when the catalogue has none. @msgctxt_id is
 * "context\004msgid", as for g_dpgettext (). */
const char  *sc_doc_gettext          (const char *msgid) G_GNUC_FORMAT (1);
const char  *sc_doc_pgettext         (const char *msgctxt_id,
                                      gsize       msgid_offset) G_GNUC_FORMAT (1);
const char  *sc_doc_ngettext         (const char *msgid,
                                      const char *msgid_plural,
                                      gulong      n) G_GNUC_FORMAT (1);
/* The catalogue's Plural-Forms header, for the test that the rule
 * sc_doc_ngettext () applies is the one ru.po declares. */
const char  *sc_doc_plural_forms     (void);

/* Core's gettext (sc-i18n.h): the documents' language inside a scope, the
 * user's outside. */
const char  *sc_gettext              (const char *msgid) G_GNUC_FORMAT (1);
const char  *sc_pgettext             (const char *msgctxt_id,
                                      gsize       msgid_offset) G_GNUC_FORMAT (1);
const char  *sc_pgettext2            (const char *context,
                                      const char *msgid) G_GNUC_FORMAT (2);
const char  *sc_ngettext             (const char *msgid,
                                      const char *msgid_plural,
                                      gulong      n) G_GNUC_FORMAT (1);

G_END_DECLS

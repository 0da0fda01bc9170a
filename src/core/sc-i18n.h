/* sc-i18n.h — gettext for the core files whose texts reach documents
 *
 * Include it instead of <glib/gi18n-lib.h>. _(), C_() and sc_ngettext ()
 * are marked for xgettext as usual (sc_ngettext:1,2 is a keyword in
 * po/meson.build), and answer in Russian inside a document scope
 * (sc-doc-locale.h), in the user's language elsewhere. N_() and NC_()
 * only mark, as in GLib.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n-lib.h>

#include "sc-doc-locale.h"

#undef _
#define _(String) sc_gettext (String)
#undef C_
#define C_(Context, String) sc_pgettext (Context "\004" String, sizeof (Context))

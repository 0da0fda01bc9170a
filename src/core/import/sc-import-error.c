/* sc-import-error.c — how an import fails as a whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-import-error.h"

G_DEFINE_QUARK (sc-import-error-quark, sc_import_error)

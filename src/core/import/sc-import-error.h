/* sc-import-error.h — how an import fails as a whole (a row's own error is
 * an outcome of that row, not a GError)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SC_IMPORT_ERROR (sc_import_error_quark ())

typedef enum
{
  SC_IMPORT_ERROR_NO_HEADER,   /* no row names two known columns */
  SC_IMPORT_ERROR_MAPPING,     /* a needed field has no column */
  SC_IMPORT_ERROR_STRICT,      /* strict mode and some row has an error */
  SC_IMPORT_ERROR_FAILED,
} ScImportError;

GQuark sc_import_error_quark (void);

G_END_DECLS

/* sc-format.h — numbers as Russian readers expect them: «1 240», «96,8 %»
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One decimal, decimal comma, a narrow no-break space before %: "96,8 %". */
char   *sc_format_percent (double value);
/* Thousands grouped with a narrow no-break space: "1 240". */
char   *sc_format_count   (guint  value);
/* round(100 · part / whole, 1); 0 when whole is 0. */
double  sc_percent        (guint  part,
                           guint  whole);

G_END_DECLS

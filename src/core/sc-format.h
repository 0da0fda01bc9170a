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

/* A Russian mobile number as people write it: «+7 (963) 566-42-64» from
 * «89635664264», «+7 963 566 42 64» and the like; anything else (a city
 * number, an extension, a foreign number) comes back as it was typed. */
char   *sc_format_phone   (const char *phone);
/* Checks a phone as typed: empty; a Russian number (+7, 8 or 7 and ten
 * digits, or the ten digits alone), a mobile one stored as
 * «+79635664264»; or a foreign one starting with «+» (8 to 15 digits).
 * Spaces, dashes, dots and brackets may split the digits, and «доб. 12»
 * may follow. *stored (may be NULL) gets what to keep; FALSE for
 * anything else («123»). */
gboolean sc_phone_check  (const char  *text,
                          char       **stored);

/* @name made a safe file name on every system: /\:*?"<>| and control
 * characters become "_". */
char   *sc_format_file_name (const char *name);

G_END_DECLS

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

/* @name made a safe file name on every system: /\:*?"<>| and control
 * characters become "_". */
char   *sc_format_file_name (const char *name);

G_END_DECLS

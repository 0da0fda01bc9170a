/* sc-people-import-values.h — the words and numbers list of people cells hold
 *
 * Categories and statuses come back as the database's own words
 * ("teacher", "joined", …), static strings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* «Преподаватель», «мастер п/о», «Студентка», … → "teacher", "student",
 * "staff" or "parent"; NULL for an empty or unknown word. */
const char *sc_people_import_category_from_text (const char *text);
/* «Подключён», «да», «+» → "joined"; «Приглашён» → "invited"; «Отказ» →
 * "declined"; «не подключен», «нет», «-» and an empty cell → "not_invited";
 * NULL for an unknown word. */
const char *sc_people_import_status_from_text   (const char *text);
/* A Russian 10- or 11-digit number (8…, 7…, +7…, with spaces, dashes or
 * brackets) as +7XXXXXXXXXX; anything else cleaned and kept as typed. */
char       *sc_phone_normalize           (const char *text);

G_END_DECLS

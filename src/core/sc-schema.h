/* sc-schema.h — the migrations that build the college file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* sc_schema_migrations[i] takes a file from user_version i to i + 1. */
extern const char *const sc_schema_migrations[];
guint sc_schema_n_migrations (void);

G_END_DECLS

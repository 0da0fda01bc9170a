/* sc-database-private.h — for tests: build a file at an older schema version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

gboolean sc_database_create_at_version (const char  *path,
                                        int          version,
                                        GError     **error);

G_END_DECLS

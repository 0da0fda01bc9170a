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

/* Every page of @source's main database over @dest's, in one step (the
 * SQLite backup API); an SQLite result code. */
int      sc_database_copy_pages        (sqlite3     *dest,
                                        sqlite3     *source);
/* Whether anything was written since: the data version another
 * connection's commit changes, and this connection's total of changes. */
gboolean sc_database_read_change_state (ScDatabase  *self,
                                        gint64      *data_version,
                                        gint64      *total_changes,
                                        GError     **error);

G_END_DECLS

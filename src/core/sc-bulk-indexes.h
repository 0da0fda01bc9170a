/* sc-bulk-indexes.h — writing many rows faster by building indexes after
 *
 * SQLite inserts 50 000 rows into a table with four indexes much more
 * slowly than it builds those indexes once from the finished table (one
 * sort each). Inside the caller's transaction: drop the tables' indexes,
 * write, create them again from their own SQL as stored in the file; a
 * rollback brings them back as they were.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

/* The dropped indexes' CREATE statements, or NULL on error. @tables ends
 * with NULL. Unique indexes of constraints are kept (they have no SQL). */
GPtrArray *sc_bulk_indexes_drop    (ScDatabase         *db,
                                    const char * const *tables,
                                    GError            **error);
gboolean   sc_bulk_indexes_restore (ScDatabase         *db,
                                    GPtrArray          *dropped,
                                    GError            **error);

G_END_DECLS

/* sc-group-names.h — the codes of the college's study groups by id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

/* Returns: (transfer full): group id (gint64 *) → code (char *) */
GHashTable *sc_group_names_load (ScDatabase  *db,
                                 GError     **error);

G_END_DECLS

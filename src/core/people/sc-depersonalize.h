/* sc-depersonalize.h — «Обезличить выбывших»: erasing the names of people
 * who left long ago
 *
 * For everyone who left before a date it erases the last, first and
 * middle names (the last name becomes «Обезличен»), the phone, the e-mail,
 * the external id and the notes, and what the people import read for
 * them; it keeps the category, group, department, position, status
 * history, moves, activity and leaving date, so the figures of every
 * month stay the same to the digit. One transaction.
 *
 * Erased means erased: the file is written with secure_delete, its
 * write-ahead log checkpointed and truncated, and the file rebuilt
 * (VACUUM), so no erased name is left in a free page or in the log. The
 * backup copies (sc-backup.h) and the copies kept before a migration
 * still hold the names; they are depersonalised too when asked. There is
 * no Undo: a copy that was not depersonalised is the only way back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"
#include "sc-organization.h"

G_BEGIN_DECLS

typedef struct
{
  guint      n_people;       /* whose data were erased now */
  guint      n_copies;       /* copies depersonalised */
  GPtrArray *copy_problems;  /* char *: a copy that could not be, and why */
  gboolean   wiped;          /* the file and its log hold nothing erased */
} ScDepersonalizeResult;

void        sc_depersonalize_result_clear (ScDepersonalizeResult *result);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScDepersonalizeResult, sc_depersonalize_result_clear)

/* The day before which leavers are offered: @today less the profile's
 * months to keep leavers (12: who left more than a year ago). */
char       *sc_depersonalize_default_date  (const ScOrganization *organization,
                                            const char           *today);
/* How many people left before @left_before and still have their names. */
gboolean    sc_depersonalize_count         (ScDatabase           *db,
                                            const char           *left_before,
                                            guint                *n_people,
                                            GError              **error);
/* How many people the file names (not depersonalised), and how many it
 * holds depersonalised: what «О персональных данных» says. */
gboolean    sc_depersonalize_count_all     (ScDatabase           *db,
                                            guint                *n_named,
                                            guint                *n_erased,
                                            GError              **error);
/* The copies of the college file that may hold personal data: the backup
 * copies and the copies kept before a migration (char *, paths). */
GPtrArray  *sc_depersonalize_list_copies   (const char           *db_path,
                                            GError              **error);
/* Erases the people who left before @left_before (one transaction, dated
 * @today, NULL: today), then rebuilds the file; with @with_copies, every
 * copy too. FALSE when nothing was erased; a copy that fails is named in
 * the result and does not stop the others. Emits changed::people. */
gboolean    sc_depersonalize_run           (ScDatabase           *db,
                                            const char           *left_before,
                                            const char           *today,
                                            gboolean              with_copies,
                                            ScDepersonalizeResult *result,
                                            GError              **error);

G_END_DECLS

/* sc-recent-colleges.h — the colleges opened lately, with their names
 *
 * Kept in GSettings ("recent-colleges"): GtkRecentManager knows files,
 * not which college each one is. Each file opened is also given to
 * GtkRecentManager, so that the file chooser's «Недавние» shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SC_RECENT_COLLEGES_MAX 8

typedef struct
{
  char   *path;
  char   *name;    /* the college's short name, else its full name */
  gint64  opened;  /* seconds since 1970, local time's instant */
} ScRecentCollege;

void       sc_recent_college_free   (ScRecentCollege *college);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScRecentCollege, sc_recent_college_free)

/* Newest first, only files that still exist (an array of ScRecentCollege). */
GPtrArray *sc_recent_colleges_list  (GSettings  *settings);
/* Puts @path first, opened now, under @name. */
void       sc_recent_colleges_note  (GSettings  *settings,
                                     const char *path,
                                     const char *name);
/* «Колледж связи — 07.12.2023» style: when it was last opened, as a date. */
char      *sc_recent_college_format_opened (const ScRecentCollege *college);

G_END_DECLS

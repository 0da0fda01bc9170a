/* sc-person.h — one person of the college, as a list item for the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sc-enums.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      id;          /* 0: not stored yet */
  char       *last_name;
  char       *first_name;
  char       *patronymic;
  ScCategory  category;
  char       *group_code;  /* "" when none */
  char       *department;  /* the person's, else the group's; "" when none */
  char       *position;
  char       *phone;
  char       *email;
  char       *notes;
  char       *left_on;     /* YYYY-MM-DD, NULL while active */
  gboolean    active;      /* on the date the list was loaded for */
  ScStatus    status;      /* on the date the list was loaded for */
  char       *status_date; /* YYYY-MM-DD of that status, NULL when never set */
  gboolean    needs_move;  /* joined the platform left behind, not yet the new one
                              (status is then not_invited or invited) */
  ScDeclineReason reason;  /* a refusal's reason, SC_DECLINE_REASON_NONE otherwise */
  char       *reason_text; /* its words ("" when none) */
  ScChannel   channel;     /* what a refusal gets instead, SC_CHANNEL_NONE otherwise */
} ScPersonRecord;

ScPersonRecord *sc_person_record_new  (void);
ScPersonRecord *sc_person_record_copy (const ScPersonRecord *record);
void            sc_person_record_free (ScPersonRecord       *record);
char           *sc_person_record_full_name (const ScPersonRecord *record);
/* The status as «Люди» shows it: «Нужен переход» for one who needs to move. */
const char     *sc_person_record_status_label (const ScPersonRecord *record);
/* «нет смартфона · другой канал: СМС», "" when the status is no refusal. */
char           *sc_person_record_describe_decline (const ScPersonRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScPersonRecord, sc_person_record_free)

#define SC_TYPE_PERSON (sc_person_get_type ())
G_DECLARE_FINAL_TYPE (ScPerson, sc_person, SC, PERSON, GObject)

/* Takes ownership of @record. */
ScPerson             *sc_person_new            (ScPersonRecord *record);
const ScPersonRecord *sc_person_get_record     (ScPerson       *self);
gint64                sc_person_get_id         (ScPerson       *self);
const char           *sc_person_get_full_name  (ScPerson       *self);
const char           *sc_person_get_sort_key   (ScPerson       *self);
/* Its place in name order (1…) among the people last sorted with it by
 * sc_person_sort_by_name (); 0 when it was not. */
guint                 sc_person_get_name_rank  (ScPerson       *self);
/* The full name and the search text are made at the first call (a list
 * of 50 000 holds only those it shows or searches): call them from one
 * thread at a time. */
const char           *sc_person_get_search_text (ScPerson      *self);
gboolean              sc_person_is_active      (ScPerson       *self);

/* Puts @people (ScPerson) in name order, by their sort keys made for the
 * sort and dropped after it, and gives each its rank. Any thread, for
 * people no other thread uses meanwhile. */
void                  sc_person_sort_by_name   (GPtrArray      *people);

G_END_DECLS

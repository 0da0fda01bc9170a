/* sc-enums.h — categories of people, connection statuses, chat kinds
 *
 * The database stores the lower-case codes ("teacher", "joined"); the
 * window shows the translated labels of UI.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SC_CATEGORY_TEACHER,
  SC_CATEGORY_STUDENT,
  SC_CATEGORY_STAFF,
  SC_CATEGORY_PARENT,
  SC_N_CATEGORIES,
} ScCategory;

typedef enum
{
  SC_STATUS_NOT_INVITED,
  SC_STATUS_INVITED,
  SC_STATUS_JOINED,
  SC_STATUS_DECLINED,
  SC_N_STATUSES,
} ScStatus;

/* Why a person declined (issue 15; UI.md's decline reasons). */
typedef enum
{
  SC_DECLINE_REASON_NONE,          /* not given (refusals recorded before reasons were kept) */
  SC_DECLINE_REASON_NO_SMARTPHONE,
  SC_DECLINE_REASON_NO_GOSUSLUGI,
  SC_DECLINE_REASON_FOREIGN_PHONE,
  SC_DECLINE_REASON_REFUSES,
  SC_DECLINE_REASON_PARENTS_OBJECT,
  SC_DECLINE_REASON_OTHER,
  SC_N_DECLINE_REASONS,
} ScDeclineReason;

/* The channel a person who declined gets the college's news through. */
typedef enum
{
  SC_CHANNEL_NONE,
  SC_CHANNEL_EMAIL,
  SC_CHANNEL_EJOURNAL,
  SC_CHANNEL_SMS,
  SC_CHANNEL_PHONE,
  SC_CHANNEL_PAPER,
  SC_CHANNEL_OTHER,
  SC_N_CHANNELS,
} ScChannel;

const char *sc_category_to_code    (ScCategory  category);
gboolean    sc_category_from_code  (const char *code,
                                    ScCategory *out);
const char *sc_category_get_label  (ScCategory  category);
const char *sc_category_get_plural (ScCategory  category);

const char *sc_status_to_code      (ScStatus    status);
gboolean    sc_status_from_code    (const char *code,
                                    ScStatus   *out);
const char *sc_status_get_label    (ScStatus    status);
/* «Нужен переход»: joined on the platform left behind, not yet on the new one. */
const char *sc_status_needs_move_label (void);

/* NULL for NONE; "no_smartphone" … "other". */
const char *sc_decline_reason_to_code   (ScDeclineReason reason);
gboolean    sc_decline_reason_from_code (const char     *code,
                                         ScDeclineReason *out);
/* «нет смартфона»; "" for NONE. */
const char *sc_decline_reason_get_label (ScDeclineReason reason);

/* NULL for NONE; "email" … "other". */
const char *sc_channel_to_code          (ScChannel       channel);
gboolean    sc_channel_from_code        (const char     *code,
                                         ScChannel      *out);
/* «электронная почта»; "" for NONE. */
const char *sc_channel_get_label        (ScChannel       channel);
/* A refusal in words: «нет смартфона · другой канал: СМС», the reason's
 * own text for «другое» («другое: уехал»); "" when @status is no refusal. */
char       *sc_describe_decline         (ScStatus        status,
                                         ScDeclineReason reason,
                                         const char     *reason_text,
                                         ScChannel       channel);

G_END_DECLS

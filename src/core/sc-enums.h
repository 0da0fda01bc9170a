/* sc-enums.h — categories of people, connection statuses, chat kinds
 *
 * The database stores the lower-case codes ("teacher", "joined"); the
 * window shows the translated labels of UI.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sc-enum-types.h"

G_BEGIN_DECLS

typedef enum
{
  SC_CATEGORY_TEACHER,
  SC_CATEGORY_STUDENT,
  SC_CATEGORY_STAFF,
  SC_CATEGORY_PARENT,
  SC_N_CATEGORIES,            /*< skip >*/
} ScCategory;

typedef enum
{
  SC_STATUS_NOT_INVITED,      /*< nick=not_invited >*/
  SC_STATUS_INVITED,
  SC_STATUS_JOINED,
  SC_STATUS_DECLINED,
  SC_N_STATUSES,              /*< skip >*/
} ScStatus;

/* Why a person declined (issue 15; UI.md's decline reasons). */
typedef enum
{
  /* not given (refusals recorded before reasons were kept): no code, NULL */
  SC_DECLINE_REASON_NONE,           /*< skip >*/
  SC_DECLINE_REASON_NO_SMARTPHONE,  /*< nick=no_smartphone >*/
  SC_DECLINE_REASON_NO_GOSUSLUGI,   /*< nick=no_gosuslugi >*/
  SC_DECLINE_REASON_FOREIGN_PHONE,  /*< nick=foreign_phone >*/
  SC_DECLINE_REASON_REFUSES,
  SC_DECLINE_REASON_PARENTS_OBJECT, /*< nick=parents_object >*/
  SC_DECLINE_REASON_OTHER,
  SC_N_DECLINE_REASONS,             /*< skip >*/
} ScDeclineReason;

/* The channel a person who declined gets the college's news through. */
typedef enum
{
  SC_CHANNEL_NONE,            /*< skip >*/
  SC_CHANNEL_EMAIL,
  SC_CHANNEL_EJOURNAL,
  SC_CHANNEL_SMS,
  SC_CHANNEL_PHONE,
  SC_CHANNEL_PAPER,
  SC_CHANNEL_OTHER,
  SC_N_CHANNELS,              /*< skip >*/
} ScChannel;

/* The code a value is stored as ("joined", "not_invited"): the value's
 * nick in its GType, which gnome.mkenums_simple makes from the enum
 * (sc-enum-types.h; a value's code is its nick annotation, or its name
 * without the prefix). NULL for a value without a code (NONE). */
const char *sc_enum_to_code   (GType       type,
                               int         value);
/* FALSE for NULL and for a code @type does not have. */
gboolean    sc_enum_from_code (GType       type,
                               const char *code,
                               int        *value);

/* prefix_to_code () and prefix_from_code () of an enum, over the two above:
 * SC_DEFINE_ENUM_CODES (ScStatus, sc_status, SC_TYPE_STATUS). */
#define SC_DEFINE_ENUM_CODES(Type, prefix, TYPE)                                  \
  static inline const char *                                                      \
  prefix##_to_code (Type value)                                                   \
  {                                                                               \
    return sc_enum_to_code (TYPE, (int)value);                                    \
  }                                                                               \
  static inline gboolean                                                          \
  prefix##_from_code (const char *code,                                           \
                      Type       *out)                                            \
  {                                                                               \
    int value;                                                                    \
                                                                                  \
    if (!sc_enum_from_code (TYPE, code, &value))                                  \
      return FALSE;                                                               \
    *out = (Type)value;                                                           \
    return TRUE;                                                                  \
  }

SC_DEFINE_ENUM_CODES (ScCategory, sc_category, SC_TYPE_CATEGORY)
SC_DEFINE_ENUM_CODES (ScStatus, sc_status, SC_TYPE_STATUS)
SC_DEFINE_ENUM_CODES (ScDeclineReason, sc_decline_reason, SC_TYPE_DECLINE_REASON)
SC_DEFINE_ENUM_CODES (ScChannel, sc_channel, SC_TYPE_CHANNEL)

const char *sc_category_get_label  (ScCategory  category);
const char *sc_category_get_plural (ScCategory  category);

const char *sc_status_get_label    (ScStatus    status);
/* «Нужен переход»: joined on the platform left behind, not yet on the new one. */
const char *sc_status_needs_move_label (void);

/* «нет смартфона»; "" for NONE. */
const char *sc_decline_reason_get_label (ScDeclineReason reason);

/* «электронная почта»; "" for NONE. */
const char *sc_channel_get_label        (ScChannel       channel);
/* A refusal in words: «нет смартфона · другой канал: СМС», the reason's
 * own text for «другое» («другое: уехал»); "" when @status is no refusal. */
char       *sc_describe_decline         (ScStatus        status,
                                         ScDeclineReason reason,
                                         const char     *reason_text,
                                         ScChannel       channel);

G_END_DECLS

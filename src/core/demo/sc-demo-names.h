/* sc-demo-names.h — Russian names for the demonstration college
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Strings are static or interned in the caller's string chunk. */
typedef struct
{
  const char *last_name;
  const char *first_name;
  const char *patronymic;
} ScDemoName;

void        sc_demo_name_generate  (GRand        *rand,
                                    GStringChunk *strings,
                                    gboolean      female,
                                    ScDemoName   *name);
const char *sc_demo_phone_generate (GRand        *rand,
                                    GStringChunk *strings);

G_END_DECLS

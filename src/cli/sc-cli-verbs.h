/* sc-cli-verbs.h — one function a verb; each gets the arguments after the verb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-cli.h"

G_BEGIN_DECLS

typedef struct
{
  const char *db_path; /* --db, or the default file */
  int         argc;    /* argv[0] is the verb */
  char      **argv;
} ScCliInvocation;

typedef int (*ScCliVerbFunc) (const ScCliInvocation *inv);

int sc_cli_verb_init  (const ScCliInvocation *inv);
int sc_cli_verb_check (const ScCliInvocation *inv);
int sc_cli_verb_report (const ScCliInvocation *inv);
int sc_cli_verb_plan_chats (const ScCliInvocation *inv);
int sc_cli_verb_import_people (const ScCliInvocation *inv);
int sc_cli_verb_import_activity (const ScCliInvocation *inv);
int sc_cli_verb_demo (const ScCliInvocation *inv);
int sc_cli_verb_people (const ScCliInvocation *inv);
int sc_cli_verb_set_status (const ScCliInvocation *inv);
int sc_cli_verb_export_missing (const ScCliInvocation *inv);
int sc_cli_verb_summarize (const ScCliInvocation *inv);
int sc_cli_verb_platform (const ScCliInvocation *inv);

/* Shared by the verbs: parse the verb's own options, print a one-line failure. */
int  sc_cli_parse_options (const ScCliInvocation *inv,
                           const char            *parameter_string,
                           const char            *summary,
                           const GOptionEntry    *entries);
int  sc_cli_fail          (const char            *message);

G_END_DECLS

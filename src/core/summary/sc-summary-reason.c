/* sc-summary-reason.c — a reason put into words when it is shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-summary"

#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "sc-i18n.h"
#include "sc-report-figures.h"
#include "sc-summary-reason.h"

#define MAX_ARGS 4
/* Marks an argument that is a figure's code, shown as its label. XML
 * cannot carry the character, so no file's text is taken for it. */
#define FIGURE_MARK "\001"

struct _ScSummaryReason
{
  const char *msgid;
  char       *args[MAX_ARGS];
};

ScSummaryReason *
sc_summary_reason_new (const char *msgid,
                       ...)
{
  ScSummaryReason *reason = g_new0 (ScSummaryReason, 1);
  va_list ap;

  reason->msgid = msgid;
  va_start (ap, msgid);
  for (guint i = 0; i < MAX_ARGS; i++)
    {
      const char *arg = va_arg (ap, const char *);
      if (arg == NULL)
        break;
      reason->args[i] = g_strdup (arg);
    }
  va_end (ap);
  return reason;
}

ScSummaryReason *
sc_summary_reason_copy (const ScSummaryReason *reason)
{
  ScSummaryReason *copy = g_new0 (ScSummaryReason, 1);

  copy->msgid = reason->msgid;
  for (guint i = 0; i < MAX_ARGS; i++)
    copy->args[i] = g_strdup (reason->args[i]);
  return copy;
}

void
sc_summary_reason_free (ScSummaryReason *reason)
{
  if (reason == NULL)
    return;
  for (guint i = 0; i < MAX_ARGS; i++)
    g_free (reason->args[i]);
  g_free (reason);
}

char *
sc_summary_reason_figure (const char *code)
{
  return g_strconcat (FIGURE_MARK, code, NULL);
}

const char *
sc_summary_reason_get_msgid (const ScSummaryReason *reason)
{
  return reason->msgid;
}

static void
append_arg (GString    *out,
            const char *arg)
{
  g_autofree char *label = NULL;

  if (arg == NULL)
    return;
  if (!g_str_has_prefix (arg, FIGURE_MARK))
    {
      g_string_append (out, arg);
      return;
    }
  label = sc_figure_label_for_code (arg + 1);
  g_string_append_printf (out, "«%s»", label);
}

/* "%s" takes the next argument, "%2$s" the second, "%%" is "%". */
char *
sc_summary_reason_format (const ScSummaryReason *reason)
{
  const char *text = _(reason->msgid);
  GString *out = g_string_new (NULL);
  guint next = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      char *end = NULL;
      guint64 n;

      if (*p != '%')
        {
          g_string_append_c (out, *p);
          continue;
        }
      if (p[1] == '%')
        {
          g_string_append_c (out, '%');
          p++;
          continue;
        }
      if (p[1] == 's')
        {
          if (next < MAX_ARGS)
            append_arg (out, reason->args[next++]);
          p++;
          continue;
        }
      n = g_ascii_strtoull (p + 1, &end, 10);
      if (end != p + 1 && end[0] == '$' && end[1] == 's' && n >= 1 && n <= MAX_ARGS)
        {
          append_arg (out, reason->args[n - 1]);
          p = end + 1;
          continue;
        }
      g_string_append_c (out, '%');
    }
  return g_string_free (out, FALSE);
}

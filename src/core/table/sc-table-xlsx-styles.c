/* sc-table-xlsx-styles.c — which cell styles of an XLSX show a number as a date
 *
 * A date in XLSX is a serial day number with a date number format:
 * built-in formats 14–22 and 45–47, or a custom <numFmt> whose code has
 * day, month or year letters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-table-xlsx-styles"

#include "config.h"

#include <string.h>

#include "sc-table-xlsx-styles.h"

/* Excel allows about 64 000 cell formats; more is not a real workbook. */
#define MAX_XFS 65536

struct _ScTableXlsxStyles
{
  GHashTable *custom_dates;  /* numFmtId of custom date formats (a set) */
  GArray     *xf_formats;    /* cellXfs index → numFmtId */
  gboolean    in_cell_xfs;
  guint       depth_in_xf;   /* an <xf> inside <cellXfs> is open */
};

static gboolean
is_builtin_date (guint id)
{
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

/* Skips what a format code shows literally: "text", [colour or locale],
 * \x escapes, _x spacing and *x fill. */
static const char *
skip_literal (const char *p)
{
  const char *end;

  switch (*p)
    {
    case '"':
      end = strchr (p + 1, '"');
      return end != NULL ? end : p + strlen (p) - 1;
    case '[':
      end = strchr (p + 1, ']');
      return end != NULL ? end : p + strlen (p) - 1;
    case '\\':
    case '_':
    case '*':
      return p[1] != '\0' ? p + 1 : p;
    default:
      return p;
    }
}

/* [h], [mm], [ss]: elapsed time, not a colour or a locale */
static gboolean
is_elapsed_time (const char *p)
{
  gsize len;

  if (*p != '[')
    return FALSE;
  len = strspn (p + 1, "hHmMsS");
  return len > 0 && p[1 + len] == ']';
}

gboolean
sc_table_xlsx_format_is_date (const char *code)
{
  gboolean day_or_year = FALSE, month = FALSE, time = FALSE;

  for (const char *p = code; *p != '\0' && *p != ';'; p++)
    {
      const char *literal_end = skip_literal (p);

      if (is_elapsed_time (p))
        time = TRUE;

      if (literal_end != p)
        {
          p = literal_end;
          continue;
        }
      switch (g_ascii_tolower (*p))
        {
        case 'd':
        case 'y':
          day_or_year = TRUE;
          break;
        case 'm':
          month = TRUE;
          break;
        case 'h':
        case 's':
          time = TRUE;
          break;
        default:
          break;
        }
    }
  /* "m" next to "h" or "s" is minutes */
  return day_or_year || (month && !time);
}

static gboolean
parse_id (const char *text,
          guint      *id)
{
  char *end = NULL;
  guint64 value;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  value = g_ascii_strtoull (text, &end, 10);
  if (*end != '\0' || value > G_MAXUINT)
    return FALSE;
  *id = (guint)value;
  return TRUE;
}

static void
add_num_fmt (ScTableXlsxStyles *styles,
             const char  **names,
             const char  **values)
{
  const char *code = sc_table_xlsx_attribute (names, values, "formatCode");
  guint id;

  if (code != NULL && parse_id (sc_table_xlsx_attribute (names, values, "numFmtId"), &id) &&
      sc_table_xlsx_format_is_date (code))
    g_hash_table_add (styles->custom_dates, GUINT_TO_POINTER (id));
}

static void
add_xf (ScTableXlsxStyles *styles,
        const char  **names,
        const char  **values)
{
  guint id = 0;

  if (styles->xf_formats->len >= MAX_XFS)
    return;
  if (!parse_id (sc_table_xlsx_attribute (names, values, "numFmtId"), &id))
    id = 0;
  g_array_append_val (styles->xf_formats, id);
}

static void
start_cb (GMarkupParseContext  *context,
          const char           *element,
          const char          **names,
          const char          **values,
          gpointer              user_data,
          GError              **error)
{
  ScTableXlsxStyles *styles = user_data;
  const char *local = sc_table_xlsx_local_name (element);

  if (styles->depth_in_xf > 0)
    styles->depth_in_xf++;
  else if (strcmp (local, "numFmt") == 0)
    add_num_fmt (styles, names, values);
  else if (strcmp (local, "cellXfs") == 0)
    styles->in_cell_xfs = TRUE;
  else if (styles->in_cell_xfs && strcmp (local, "xf") == 0)
    {
      add_xf (styles, names, values);
      styles->depth_in_xf = 1;
    }
}

static void
end_cb (GMarkupParseContext  *context,
        const char           *element,
        gpointer              user_data,
        GError              **error)
{
  ScTableXlsxStyles *styles = user_data;

  if (styles->depth_in_xf > 0)
    styles->depth_in_xf--;
  else if (strcmp (sc_table_xlsx_local_name (element), "cellXfs") == 0)
    styles->in_cell_xfs = FALSE;
}

static const GMarkupParser styles_parser = { start_cb, end_cb, NULL, NULL, NULL };

ScTableXlsxStyles *
sc_table_xlsx_styles_read (ScTableXlsxPackage *package,
                     const char    *part,
                     GError       **error)
{
  g_autoptr(ScTableXlsxStyles) styles = g_new0 (ScTableXlsxStyles, 1);

  styles->custom_dates = g_hash_table_new (NULL, NULL);
  styles->xf_formats = g_array_new (FALSE, FALSE, sizeof (guint));
  if (part != NULL &&
      !sc_table_xlsx_package_parse_part (package, part, &styles_parser, styles, error))
    return NULL;
  return g_steal_pointer (&styles);
}

void
sc_table_xlsx_styles_free (ScTableXlsxStyles *styles)
{
  if (styles == NULL)
    return;
  g_hash_table_unref (styles->custom_dates);
  g_array_unref (styles->xf_formats);
  g_free (styles);
}

gboolean
sc_table_xlsx_styles_is_date (const ScTableXlsxStyles *styles,
                        guint               xf)
{
  guint id;

  if (xf >= styles->xf_formats->len)
    return FALSE;
  id = g_array_index (styles->xf_formats, guint, xf);
  return is_builtin_date (id) ||
         g_hash_table_contains (styles->custom_dates, GUINT_TO_POINTER (id));
}

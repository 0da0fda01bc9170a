/* sc-cli-exports.c — the verb "exports": the export log, newest first
 * (issue 20)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sc-cli-verbs.h"
#include "sc-database.h"
#include "sc-export-log.h"

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_entry (JsonBuilder         *builder,
           const ScExportEntry *entry)
{
  g_autofree char *what = sc_export_entry_describe (entry);

  json_builder_begin_object (builder);
  add_string (builder, "exported_at", entry->exported_at);
  add_string (builder, "kind", sc_export_kind_to_code (entry->kind));
  add_string (builder, "details", entry->details);
  add_string (builder, "what", what);
  add_string (builder, "file", entry->file_name);
  json_builder_set_member_name (builder, "personal_data");
  json_builder_add_boolean_value (builder, entry->personal_data);
  json_builder_set_member_name (builder, "from_command_line");
  json_builder_add_boolean_value (builder, entry->from_command_line);
  json_builder_end_object (builder);
}

static void
print_json (GPtrArray *entries)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, entries->len);
  json_builder_set_member_name (builder, "exports");
  json_builder_begin_array (builder);
  for (guint i = 0; i < entries->len; i++)
    add_entry (builder, g_ptr_array_index (entries, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* «05.12.2023 14:03 · Отчёт за ноябрь 2023 г. (XLSX) · /home/…/otchet.xlsx ·
 * персональные данные: есть» */
static void
print_entry (const ScExportEntry *entry)
{
  g_autofree char *when = sc_export_entry_format_time (entry);
  g_autofree char *what = sc_export_entry_describe (entry);

  g_print ("%s · %s · %s · %s\n", when, what,
           *entry->file_name ? entry->file_name : _("(printed)"),
           entry->personal_data ? _("personal data: yes") : _("personal data: no"));
}

int
sc_cli_verb_exports (const ScCliInvocation *inv)
{
  gboolean json = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GOptionEntry entries_options[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the log as one JSON object"), NULL },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, NULL,
                                     _("List every document saved from this college, newest first: when, what, the file, and whether it holds personal data."),
                                     entries_options);

  if (status >= 0)
    return status;
  /* Only reads, like "report". */
  db = sc_database_open_unchecked (inv->db_path, &error);
  if (db == NULL || (entries = sc_export_log_list (db, &error)) == NULL)
    return sc_cli_fail (error->message);
  if (json)
    print_json (entries);
  else if (entries->len == 0)
    g_print ("%s\n", _("Nothing was exported from this college yet."));
  else
    for (guint i = 0; i < entries->len; i++)
      print_entry (g_ptr_array_index (entries, i));
  return SC_CLI_OK;
}

/* sc-cli-chats.c — the verb "plan-chats"
 *
 * Applies the default chat templates (teachers, administration,
 * departments, groups; not parents) and says what it added; running it
 * again adds nothing new.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sc-chat-template.h"
#include "sc-chat-xlsx.h"
#include "sc-export-log.h"
#include "sc-cli-verbs.h"
#include "sc-database.h"

static void
print_json (GPtrArray *added)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "added");
  json_builder_begin_array (builder);
  for (guint i = 0; i < added->len; i++)
    {
      const ScChatTemplateItem *item = g_ptr_array_index (added, i);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, item->id);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, item->title);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, sc_chat_kind_to_code (item->kind));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, added->len);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
print_text (GPtrArray *added)
{
  if (added->len == 0)
    g_print ("%s\n", _("No chats added: every chat the templates call for is already there."));
  else
    g_print (ngettext ("Chats added: %u\n", "Chats added: %u\n", added->len), added->len);
  for (guint i = 0; i < added->len; i++)
    {
      const ScChatTemplateItem *item = g_ptr_array_index (added, i);
      if (item->parent_title != NULL)
        /* Translators: a chat added, then the chat it was put in */
        g_print (_("  %s (in “%s”)\n"), item->title, item->parent_title);
      else
        g_print ("  %s\n", item->title);
    }
}

int
sc_cli_verb_plan_chats (const ScCliInvocation *inv)
{
  g_autofree char *xlsx = NULL;
  gboolean json = FALSE;
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) added = NULL;
  ScChatTemplateOptions options;
  GOptionEntry entries[] = {
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Also save the chat plan as a spreadsheet"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the chats added as JSON"), NULL },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, NULL,
                                     _("Add the chats of the default templates (teachers, administration, departments, groups) that the structure lacks."),
                                     entries);

  if (status >= 0)
    return status;
  db = sc_database_open (inv->db_path, &error);
  if (db == NULL)
    return sc_cli_fail (error->message);
  sc_chat_template_options_init (&options);
  added = sc_chat_template_apply (db, &options, NULL, &error);
  if (added == NULL)
    return sc_cli_fail (error->message);
  if (json)
    print_json (added);
  else
    print_text (added);
  if (xlsx == NULL)
    return SC_CLI_OK;
  /* The plan names every member: personal data (sc-export-log.h). */
  if (!sc_chat_xlsx_write (db, xlsx, NULL, &error) ||
      !sc_export_log_add (db, SC_EXPORT_CHAT_PLAN, NULL, xlsx, TRUE, TRUE, &error))
    return sc_cli_fail (error->message);
  if (!json)
    g_print (_("Chat plan saved to %s\n"), xlsx);
  return SC_CLI_OK;
}

/* sc-cli-people.c — the verbs "people" and "set-status"
 *
 * "people" lists everyone with their status on a day, by the same rule as
 * the window (sc-status-rule.h). "set-status" marks people chosen by name,
 * group or category, in one transaction; a mark that repeats the status in
 * force on its date is not added.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sc-cli-verbs.h"
#include "sc-database.h"
#include "sc-date.h"
#include "sc-people.h"
#include "sc-person-name.h"
#include "sc-people-import-values.h"
#include "sc-platform.h"
#include "sc-text.h"

static int
misuse (const char *verb,
             const char *message)
{
  g_printerr ("sferum-coordinator %s: %s\n", verb, message);
  return SC_CLI_USAGE;
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  return strcmp (sc_person_get_sort_key (*(ScPerson **)a), sc_person_get_sort_key (*(ScPerson **)b));
}

/* Everyone, in Russian alphabetical order. */
static GPtrArray *
load_people (ScDatabase  *db,
             const char  *on_date,
             GError     **error)
{
  g_autoptr(GListStore) store = sc_people_load (db, on_date, error);
  GPtrArray *people;
  guint n;

  if (store == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  people = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (people, g_list_model_get_item (G_LIST_MODEL (store), i));
  g_ptr_array_sort (people, compare_people);
  return people;
}

/* ---- people -------------------------------------------------------------- */

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* @platform: the code of the platform in force on the day, which every
 * status belongs to. */
static void
print_json (GPtrArray  *people,
            const char *platform)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < people->len; i++)
    {
      const ScPersonRecord *r = sc_person_get_record (g_ptr_array_index (people, i));

      json_builder_begin_object (builder);
      add_string (builder, "last_name", r->last_name);
      add_string (builder, "first_name", r->first_name);
      add_string (builder, "patronymic", r->patronymic);
      add_string (builder, "category", sc_category_to_code (r->category));
      add_string (builder, "group", r->group_code);
      add_string (builder, "department", r->department);
      add_string (builder, "status", r->needs_move ? "needs_move" : sc_status_to_code (r->status));
      add_string (builder, "status_on", r->status_date);
      add_string (builder, "platform", platform);
      add_string (builder, "reason", sc_decline_reason_to_code (r->reason));
      add_string (builder, "reason_text", r->status == SC_STATUS_DECLINED ? r->reason_text : NULL);
      add_string (builder, "channel", sc_channel_to_code (r->channel));
      add_string (builder, "left_on", r->left_on);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* «Иванов Иван Иванович · Студент · ИС-21 · Подключён с 20.11.2023» */
static void
print_person (const ScPersonRecord *r)
{
  g_autofree char *name = sc_person_name_join (r->last_name, r->first_name, r->patronymic);
  GString *line = g_string_new (name);

  g_string_append_printf (line, " · %s", sc_category_get_label (r->category));
  if (*r->group_code != '\0')
    g_string_append_printf (line, " · %s", r->group_code);
  if (*r->department != '\0')
    g_string_append_printf (line, " · %s", r->department);
  if (r->status_date != NULL && !r->needs_move)
    {
      g_autofree char *since = sc_date_format_short (r->status_date);
      /* Translators: a status and the date it holds from: «Подключён с 20.11.2023». */
      g_string_append_printf (line, _(" · %s from %s"), sc_status_get_label (r->status), since);
    }
  else
    g_string_append_printf (line, " · %s", sc_person_record_status_label (r));
  {
    g_autofree char *decline = sc_person_record_describe_decline (r);
    if (*decline != '\0')
      g_string_append_printf (line, " (%s)", decline);
  }
  if (r->left_on != NULL)
    {
      g_autofree char *left = sc_date_format_short (r->left_on);
      g_string_append_printf (line, _(" · date left: %s"), left);
    }
  g_print ("%s\n", line->str);
  g_string_free (line, TRUE);
}

int
sc_cli_verb_people (const ScCliInvocation *inv)
{
  g_autofree char *as_of = NULL;
  g_autofree char *iso = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of,
      N_("The day the statuses are for (today by default)"), N_("DD.MM.YYYY") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON array"), NULL },
    { NULL }
  };
  int status = sc_cli_parse_options (inv, NULL, _("List everyone with their status on a day."),
                                     entries);
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  ScPlatform platform = SC_PLATFORM_MAX;

  if (status >= 0)
    return status;
  iso = as_of != NULL ? sc_date_parse (as_of) : sc_date_today ();
  if (iso == NULL)
    return misuse ("people", _("--as-of needs a date such as 30.11.2023"));
  db = sc_database_open_unchecked (inv->db_path, &error);
  if (db == NULL || (people = load_people (db, iso, &error)) == NULL ||
      !sc_platform_on (db, iso, &platform, &error))
    return sc_cli_fail (error->message);
  if (json)
    print_json (people, sc_platform_to_string (platform));
  else
    for (guint i = 0; i < people->len; i++)
      print_person (sc_person_get_record (g_ptr_array_index (people, i)));
  return SC_CLI_OK;
}

/* ---- set-status ---------------------------------------------------------- */

typedef struct
{
  GStrv  args;        /* STATUS */
  char  *on;
  char  *reason;
  char  *reason_text;
  char  *channel;
  GStrv  persons;
  GStrv  groups;
  GStrv  categories;
} Options;

static void
options_clear (Options *o)
{
  g_strfreev (o->args);
  g_free (o->on);
  g_free (o->reason);
  g_free (o->reason_text);
  g_free (o->channel);
  g_strfreev (o->persons);
  g_strfreev (o->groups);
  g_strfreev (o->categories);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = sc_text_fold (a);
  g_autofree char *fb = sc_text_fold (b);

  return strcmp (fa, fb) == 0;
}

static gboolean
passes (const ScPersonRecord *r,
        const Options        *o,
        guint                 categories)
{
  gboolean group = o->groups == NULL;

  for (guint i = 0; !group && o->groups[i] != NULL; i++)
    group = same_text (r->group_code, o->groups[i]);
  return group && (categories == 0 || (categories & (1u << r->category)));
}

static char *
describe (const ScPersonRecord *r)
{
  g_autofree char *name = sc_person_name_join (r->last_name, r->first_name, r->patronymic);

  if (*r->group_code != '\0')
    return g_strdup_printf ("%s (%s)", name, r->group_code);
  return g_strdup_printf ("%s (%s)", name, sc_category_get_label (r->category));
}

/* The one person @full_name names among those the filters pass. */
static gboolean
find_person (GPtrArray     *people,
             const Options *o,
             guint          categories,
             const char    *full_name,
             GArray        *ids,
             GError       **error)
{
  g_autofree char *last = NULL, *first = NULL, *patronymic = NULL, *key = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autoptr(GString) list = g_string_new (NULL);

  sc_person_name_split (full_name, &last, &first, &patronymic);
  key = sc_person_name_key (last, first, patronymic);
  for (guint i = 0; i < people->len; i++)
    {
      const ScPersonRecord *r = sc_person_get_record (g_ptr_array_index (people, i));
      g_autofree char *other = sc_person_name_key (r->last_name, r->first_name, r->patronymic);

      if (strcmp (key, other) == 0 && passes (r, o, categories))
        g_ptr_array_add (found, (gpointer)r);
    }
  if (found->len == 1)
    {
      g_array_append_val (ids, ((const ScPersonRecord *)found->pdata[0])->id);
      return TRUE;
    }
  if (found->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("no one is called “%s”; check the spelling with the verb “people”"), full_name);
      return FALSE;
    }
  for (guint i = 0; i < found->len; i++)
    {
      g_autofree char *who = describe (found->pdata[i]);
      g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", who);
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("“%s” names %u people: %s; add --group to say which"),
               full_name, found->len, list->str);
  return FALSE;
}

/* --person each names one person; without --person, everyone counted on
 * @on_date whom the --group and --category filters pass. */
static GArray *
select_people (GPtrArray     *people,
               const Options *o,
               guint          categories,
               GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; o->persons != NULL && o->persons[i] != NULL; i++)
    if (!find_person (people, o, categories, o->persons[i], ids, error))
      return NULL;
  for (guint i = 0; o->persons == NULL && i < people->len; i++)
    {
      const ScPersonRecord *r = sc_person_get_record (g_ptr_array_index (people, i));
      if (r->active && passes (r, o, categories))
        g_array_append_val (ids, r->id);
    }
  return g_steal_pointer (&ids);
}

/* --reason, --reason-text and --channel of a refusal, checked. */
static int
parse_decline (const Options  *o,
               ScStatusChange *change)
{
  if (change->status != SC_STATUS_DECLINED && (o->reason || o->reason_text || o->channel))
    return misuse ("set-status", _("--reason, --reason-text and --channel go with the status declined"));
  if (change->status != SC_STATUS_DECLINED)
    return -1;
  if (o->reason == NULL)
    return misuse ("set-status", _("say why with --reason: no_smartphone, no_gosuslugi, foreign_phone, refuses, parents_object or other"));
  if (!sc_decline_reason_from_code (o->reason, &change->reason))
    return misuse ("set-status", _("--reason is no_smartphone, no_gosuslugi, foreign_phone, refuses, parents_object or other"));
  if (o->channel != NULL && !sc_channel_from_code (o->channel, &change->channel))
    return misuse ("set-status", _("--channel is email, ejournal, sms, phone, paper or other"));
  if (change->reason == SC_DECLINE_REASON_OTHER && (o->reason_text == NULL || *g_strstrip (o->reason_text) == '\0'))
    return misuse ("set-status", _("--reason other needs --reason-text saying what the reason is"));
  change->reason_text = o->reason_text;
  return -1;
}

static int
parse_set_status (const ScCliInvocation *inv,
                  Options               *o,
                  ScStatusChange        *change,
                  guint                 *categories,
                  char                 **on_date)
{
  GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &o->on, N_("The date the status holds from"), N_("DD.MM.YYYY") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &o->reason,
      N_("Why a person declined: no_smartphone, no_gosuslugi, foreign_phone, refuses, parents_object or other"),
      N_("REASON") },
    { "reason-text", 0, 0, G_OPTION_ARG_STRING, &o->reason_text,
      N_("The reason in words (required with --reason other)"), N_("TEXT") },
    { "channel", 0, 0, G_OPTION_ARG_STRING, &o->channel,
      N_("The other channel a person who declined gets: email, ejournal, sms, phone, paper or other"),
      N_("CHANNEL") },
    { "person", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->persons,
      N_("The person, «Фамилия Имя Отчество» (may be repeated)"), N_("NAME") },
    { "group", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->groups,
      N_("Everyone in the group, or the named person in it"), N_("GROUP") },
    { "category", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->categories,
      N_("teacher, student, staff or parent"), N_("CATEGORY") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->args, NULL, NULL },
    { NULL }
  };
  int result = sc_cli_parse_options (inv, _("STATUS"),
      _("Mark people as joined, invited, declined or not_invited (подключён, приглашён, отказ, не приглашён)."),
      entries);
  const char *code;

  if (result >= 0)
    return result;
  if (o->args == NULL || g_strv_length (o->args) != 1)
    return misuse ("set-status", _("name one status: joined, invited, declined or not_invited"));
  code = *o->args[0] != '\0' ? sc_people_import_status_from_text (o->args[0]) : NULL;
  if (code == NULL || !sc_status_from_code (code, &change->status))
    return misuse ("set-status", _("the status is joined, invited, declined or not_invited"));
  if (o->on == NULL || (*on_date = sc_date_parse (o->on)) == NULL)
    return misuse ("set-status", _("--on needs the date the status holds from, such as 20.11.2023"));
  if ((result = parse_decline (o, change)) >= 0)
    return result;
  if (o->persons == NULL && o->groups == NULL && o->categories == NULL)
    return misuse ("set-status", _("say whom: --person NAME, --group GROUP or --category CATEGORY"));
  for (guint i = 0; o->categories != NULL && o->categories[i] != NULL; i++)
    {
      ScCategory category;
      const char *c = sc_people_import_category_from_text (o->categories[i]);

      if (c == NULL || !sc_category_from_code (c, &category))
        return misuse ("set-status", _("--category is teacher, student, staff or parent"));
      *categories |= 1u << category;
    }
  return -1;
}

int
sc_cli_verb_set_status (const ScCliInvocation *inv)
{
  g_auto(Options) o = { 0 };
  g_autofree char *on_date = NULL;
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) events = NULL;
  g_autoptr(GError) error = NULL;
  ScStatusChange change = { SC_STATUS_NOT_INVITED };
  guint categories = 0;
  int result = parse_set_status (inv, &o, &change, &categories, &on_date);

  if (result >= 0)
    return result;
  change.on_date = on_date;
  db = sc_database_open (inv->db_path, &error);
  if (db == NULL || (people = load_people (db, on_date, &error)) == NULL ||
      (ids = select_people (people, &o, categories, &error)) == NULL ||
      !sc_people_change_status (db, (const gint64 *)ids->data, ids->len, &change, &events, &error))
    return sc_cli_fail (error->message);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Status changed for %u person", "Status changed for %u people",
                        events->len), events->len);
  g_print ("\n");
  if (ids->len > events->len)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u person had that status already\n",
                          "%u people had that status already\n", ids->len - events->len),
             ids->len - events->len);
  return SC_CLI_OK;
}

/* test-enums.c — the codes the enums are stored as: each one round-trips,
 * and each one is a code the database's CHECKs accept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-activity.h"
#include "sc-chat.h"
#include "sc-database.h"
#include "sc-export-log.h"
#include "sc-report.h"
#include "sc-test-util.h"

/* The enums stored as text, and the table and column that hold them. */
static const struct { GType (*get_type) (void); const char *table, *column; } stored[] = {
  { sc_category_get_type, "person", "category" },
  { sc_status_get_type, "status_event", "status" },
  { sc_decline_reason_get_type, "status_event", "reason_code" },
  { sc_channel_get_type, "status_event", "channel" },
  { sc_platform_get_type, "platform_history", "platform" },
  { sc_activity_source_get_type, "usage_week", "source" },
  { sc_chat_kind_get_type, "chat", "kind" },
  { sc_chat_status_get_type, "chat", "status" },
  { sc_chat_origin_get_type, "chat", "origin" },
  { sc_report_status_get_type, "report", "status" },
  { sc_export_kind_get_type, "export_log", "kind" },
};

/* Every value with a code gives it back; an unknown code and NULL are refused. */
static void
test_round_trip (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (stored); t++)
    {
      GType type = stored[t].get_type ();
      GEnumClass *klass = g_type_class_ref (type);

      g_assert_cmpuint (klass->n_values, >=, 2);
      for (guint v = 0; v < klass->n_values; v++)
        {
          const char *code = sc_enum_to_code (type, klass->values[v].value);
          int back = -1;

          g_assert_cmpstr (code, ==, klass->values[v].value_nick);
          g_assert_true (sc_enum_from_code (type, code, &back));
          g_assert_cmpint (back, ==, klass->values[v].value);
        }
      g_assert_false (sc_enum_from_code (type, "Joined", &(int){ 0 }));
      g_assert_false (sc_enum_from_code (type, NULL, &(int){ 0 }));
      g_type_class_unref (klass);
    }
}

/* The codes the database was written with before the GTypes existed. */
static void
test_known_codes (void)
{
  ScStatus status = SC_STATUS_JOINED;
  ScDeclineReason reason = SC_DECLINE_REASON_OTHER;

  g_assert_cmpstr (sc_status_to_code (SC_STATUS_NOT_INVITED), ==, "not_invited");
  g_assert_cmpstr (sc_decline_reason_to_code (SC_DECLINE_REASON_NO_GOSUSLUGI), ==, "no_gosuslugi");
  g_assert_cmpstr (sc_activity_mark_to_code (SC_ACTIVITY_NO_DATA), ==, "no-data");
  g_assert_cmpstr (sc_chat_kind_to_code (SC_CHAT_KIND_ADMINISTRATION), ==, "administration");
  /* A refusal without a reason or channel has no code: NULL in the table. */
  g_assert_null (sc_decline_reason_to_code (SC_DECLINE_REASON_NONE));
  g_assert_null (sc_channel_to_code (SC_CHANNEL_NONE));
  g_assert_false (sc_decline_reason_from_code ("none", &reason));
  g_assert_cmpint (reason, ==, SC_DECLINE_REASON_OTHER);
  g_assert_false (sc_status_from_code ("not-invited", &status));
  g_assert_cmpint (status, ==, SC_STATUS_JOINED);
}

/* The schema names every code of a CHECKed column; a column without a
 * CHECK (reason, channel, origin) takes what the program writes. */
static void
test_schema_accepts (void)
{
  g_autofree char *dir = sc_test_make_dir ("enums");
  g_autofree char *path = g_build_filename (dir, "college.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) db = sc_database_create (path, "Колледж", &error);
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) schema = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (sc_database_get_handle (db),
                                       "SELECT group_concat (sql, ' ') FROM sqlite_master", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_string_append (schema, (const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  for (guint t = 0; t < G_N_ELEMENTS (stored); t++)
    {
      g_autofree char *check = g_strdup_printf ("CHECK (%s IN", stored[t].column);
      GEnumClass *klass;

      if (strstr (schema->str, check) == NULL)
        continue;
      klass = g_type_class_ref (stored[t].get_type ());
      for (guint v = 0; v < klass->n_values; v++)
        {
          g_autofree char *quoted = g_strdup_printf ("'%s'", klass->values[v].value_nick);
          if (strstr (schema->str, quoted) == NULL)
            g_error ("%s.%s: the schema has no %s", stored[t].table, stored[t].column, quoted);
        }
      g_type_class_unref (klass);
    }
  g_clear_object (&db);
  sc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);
  g_test_add_func ("/enums/round-trip", test_round_trip);
  g_test_add_func ("/enums/known-codes", test_known_codes);
  g_test_add_func ("/enums/schema-accepts", test_schema_accepts);
  return g_test_run ();
}

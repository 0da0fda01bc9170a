/* sc-demo.c — writing the demonstration college into a new file
 *
 * Steps, each one transaction: the structure (departments, groups, people,
 * curators), the status history, the organization profile, the chat plan
 * and its creation, the weekly activity, the reports. Every date written
 * is a fixed one of 2023, never today's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-demo"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sc-chat-template.h"
#include "sc-demo-history.h"
#include "sc-demo-private.h"
#include "sc-demo-steps.h"
#include "sc-i18n.h"
#include "sc-organization.h"

/* The ids the rows got, by index in the college. */
typedef struct
{
  ScDemoCollege *college;
  GArray        *person_ids;     /* gint64 */
  GArray        *group_ids;      /* gint64 */
  gint64         department_ids[G_N_ELEMENTS (sc_demo_departments)];
} Ids;

typedef gboolean (*StepFunc) (ScDatabase *db,
                              Ids        *ids,
                              GError    **error);

void
sc_demo_options_init (ScDemoOptions *options)
{
  g_return_if_fail (options != NULL);
  *options = (ScDemoOptions) { SC_DEMO_DEFAULT_PEOPLE, SC_DEMO_DEFAULT_SEED, 0, 0 };
}

static gboolean
run_step (ScDatabase *db,
          StepFunc    step,
          Ids        *ids,
          GError    **error)
{
  if (!sc_database_begin (db, error))
    return FALSE;
  if (!step (db, ids, error) || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

static gint64
person_id (Ids   *ids,
           guint  index)
{
  return index == SC_DEMO_NONE ? 0 : g_array_index (ids->person_ids, gint64, index);
}

static void
bind_id (sqlite3_stmt *stmt,
         int           col,
         gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, col, id);
  else
    sqlite3_bind_null (stmt, col);
}

static void
bind_day (sqlite3_stmt *stmt,
          int           col,
          guint32       julian)
{
  char day[11];

  if (julian == 0)
    {
      sqlite3_bind_null (stmt, col);
      return;
    }
  sc_demo_format_day (julian, day);
  sqlite3_bind_text (stmt, col, day, -1, SQLITE_TRANSIENT);
}

/* Inserts one row with a statement already bound; returns its rowid, 0 on error. */
static gint64
insert (ScDatabase   *db,
        sqlite3_stmt *stmt,
        GError      **error)
{
  if (!sc_database_step_done (db, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (sc_database_get_handle (db));
}

static gboolean
write_units (ScDatabase *db,
             Ids        *ids,
             GError    **error)
{
  sqlite3_stmt *stmt;

  for (guint d = 0; d < G_N_ELEMENTS (sc_demo_departments); d++)
    {
      if ((stmt = sc_database_prepare (db, "INSERT INTO department (name) VALUES (?1)", error)) == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, sc_demo_departments[d], -1, SQLITE_STATIC);
      if ((ids->department_ids[d] = insert (db, stmt, error)) == 0)
        return FALSE;
    }
  for (guint g = 0; g < ids->college->groups->len; g++)
    {
      const ScDemoGroup *group = sc_demo_group (ids->college, g);
      gint64 id;

      if ((stmt = sc_database_prepare (db, "INSERT INTO study_group (code, department_id, course)"
                                           " VALUES (?1, ?2, ?3)", error)) == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, group->code, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, ids->department_ids[group->department]);
      sqlite3_bind_int (stmt, 3, group->course);
      if ((id = insert (db, stmt, error)) == 0)
        return FALSE;
      g_array_append_val (ids->group_ids, id);
    }
  return TRUE;
}

static gint64
write_person (ScDatabase         *db,
              Ids                *ids,
              const ScDemoPerson *p,
              GError            **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT INTO person (last_name, first_name, patronymic, category, group_id,"
      " department_id, position, phone, left_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
      error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, p->last_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, p->first_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, p->patronymic, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, sc_category_to_code (p->category), -1, SQLITE_STATIC);
  bind_id (stmt, 5, p->group == SC_DEMO_NONE ? 0 : g_array_index (ids->group_ids, gint64, p->group));
  bind_id (stmt, 6, p->department == SC_DEMO_NONE ? 0 : ids->department_ids[p->department]);
  sqlite3_bind_text (stmt, 7, p->position ? p->position : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, p->phone ? p->phone : "", -1, SQLITE_STATIC);
  bind_day (stmt, 9, p->left_on);
  return insert (db, stmt, error);
}

static gboolean
write_leaders (ScDatabase *db,
               Ids        *ids,
               GError    **error)
{
  ScDemoCollege *c = ids->college;
  sqlite3_stmt *stmt;

  for (guint g = 0; g < c->groups->len; g++)
    {
      if ((stmt = sc_database_prepare (db, "UPDATE study_group SET curator_id = ?2 WHERE id = ?1", error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids->group_ids, gint64, g));
      bind_id (stmt, 2, person_id (ids, sc_demo_group (c, g)->curator));
      if (!sc_database_step_done (db, stmt, error))
        return FALSE;
    }
  for (guint d = 0; d < G_N_ELEMENTS (sc_demo_departments); d++)
    {
      if ((stmt = sc_database_prepare (db, "UPDATE department SET head_person_id = ?2 WHERE id = ?1", error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, ids->department_ids[d]);
      bind_id (stmt, 2, person_id (ids, c->department_heads[d]));
      if (!sc_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_structure (ScDatabase *db,
                 Ids        *ids,
                 GError    **error)
{
  if (!write_units (db, ids, error))
    return FALSE;
  for (guint i = 0; i < ids->college->people->len; i++)
    {
      gint64 id = write_person (db, ids, sc_demo_person (ids->college, i), error);
      if (id == 0)
        return FALSE;
      g_array_append_val (ids->person_ids, id);
    }
  /* The made-up people stand for the college's first lists of people: a list
   * imported into the demo adds people from its day on (sc-people-import.h). */
  return write_leaders (db, ids, error) &&
         sc_database_exec (db, "INSERT OR IGNORE INTO people_import_start (category)"
                               " SELECT DISTINCT category FROM person", error);
}

/* The demonstration's refusals as the college records them: a reason, and
 * for some the channel they get instead (worked out from the reason, so
 * that the made-up history draws no more numbers than before). */
static void
decline_details (const char      *reason,
                 ScDeclineReason *code,
                 ScChannel       *channel)
{
  if (g_strcmp0 (reason, "нет смартфона") == 0)
    *code = SC_DECLINE_REASON_NO_SMARTPHONE, *channel = SC_CHANNEL_SMS;
  else if (g_strcmp0 (reason, "нет согласия родителей") == 0)
    *code = SC_DECLINE_REASON_PARENTS_OBJECT, *channel = SC_CHANNEL_EJOURNAL;
  else if (reason != NULL)
    *code = SC_DECLINE_REASON_OTHER;
}

static gboolean
write_event (ScDatabase *db,
             gint64      person,
             ScStatus    status,
             guint32     on_day,
             const char *reason,
             GError    **error)
{
  sqlite3_stmt *stmt;
  char day[11], recorded[20];
  ScDeclineReason code = SC_DECLINE_REASON_NONE;
  ScChannel channel = SC_CHANNEL_NONE;

  if (on_day == 0)
    return TRUE;
  decline_details (reason, &code, &channel);
  stmt = sc_database_prepare (db,
      "INSERT INTO status_event (person_id, status, on_date, reason, source, recorded_at,"
      " reason_code, channel) VALUES (?1, ?2, ?3, ?4, 'manual', ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  sc_demo_format_day (on_day, day);
  g_snprintf (recorded, sizeof recorded, "%sT16:00:00", day);
  sqlite3_bind_int64 (stmt, 1, person);
  sqlite3_bind_text (stmt, 2, sc_status_to_code (status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, code == SC_DECLINE_REASON_OTHER && reason ? reason : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, recorded, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, sc_decline_reason_to_code (code), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, sc_channel_to_code (channel), -1, SQLITE_STATIC);
  return sc_database_step_done (db, stmt, error);
}

static gboolean
write_history (ScDatabase *db,
               Ids        *ids,
               GError    **error)
{
  for (guint i = 0; i < ids->college->people->len; i++)
    {
      const ScDemoPerson *p = sc_demo_person (ids->college, i);
      gint64 id = person_id (ids, i);

      if (!write_event (db, id, SC_STATUS_INVITED, p->invited_on, NULL, error) ||
          !write_event (db, id, SC_STATUS_DECLINED, p->declined_on, p->reason, error) ||
          !write_event (db, id, SC_STATUS_JOINED, p->joined_on, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_activity_row (ScDatabase *db,
                 gint64      person,
                 guint32     monday,
                 int         messages,
                 int         calls,
                 GError    **error)
{
  sqlite3_stmt *stmt = sc_database_prepare (db,
      "INSERT INTO usage_week (person_id, week_monday, messages, calls, source)"
      " VALUES (?1, ?2, ?3, ?4, 'import')", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person);
  bind_day (stmt, 2, monday);
  sqlite3_bind_int (stmt, 3, messages);
  sqlite3_bind_int (stmt, 4, calls);
  return sc_database_step_done (db, stmt, error);
}

/* Every teacher, every week up to the one of 25.12.2023: from the
 * platform's weekly statistics, zeros before the teacher joined. */
static gboolean
write_activity (ScDatabase *db,
             Ids        *ids,
             GError    **error)
{
  ScDemoCollege *c = ids->college;
  guint32 last_monday = sc_demo_day (2023, 12, 25);
  guint n_weeks = c->options.n_activity_weeks ? c->options.n_activity_weeks : 17;

  for (guint i = 0; i < c->people->len; i++)
    {
      const ScDemoPerson *p = sc_demo_person (c, i);

      if (p->category != SC_CATEGORY_TEACHER)
        continue;
      for (guint32 monday = last_monday - 7 * (n_weeks - 1); monday <= last_monday; monday += 7)
        {
          int messages, calls;
          sc_demo_activity_week (c->rand, p, monday, &messages, &calls);
          if (!write_activity_row (db, person_id (ids, i), monday, messages, calls, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_profile (ScDatabase    *db,
               ScDemoCollege *c,
               GError       **error)
{
  g_autoptr(ScOrganization) organization = sc_organization_load (db, error);
  const ScDemoPerson *head = sc_demo_person (c, c->director);
  const ScDemoPerson *coordinator = sc_demo_person (c, c->coordinator);

  if (organization == NULL)
    return FALSE;
  g_free (organization->short_name);
  organization->short_name = c->options.seed == SC_DEMO_DEFAULT_SEED
                             ? g_strdup ("Демонстрационный колледж")
                             : sc_demo_college_name (c->options.seed);
  g_free (organization->head_name);
  organization->head_name = g_strjoin (" ", head->last_name, head->first_name, head->patronymic, NULL);
  g_free (organization->head_position);
  organization->head_position = g_strdup (head->position);
  g_free (organization->coordinator_name);
  organization->coordinator_name = g_strjoin (" ", coordinator->last_name, coordinator->first_name,
                                         coordinator->patronymic, NULL);
  g_free (organization->coordinator_position);
  organization->coordinator_position = g_strdup (coordinator->position);
  g_free (organization->coordinator_phone);
  organization->coordinator_phone = g_strdup (coordinator->phone);
  g_free (organization->coordinator_email);
  organization->coordinator_email = g_strdup ("sferum@demo-college.example");
  g_free (organization->order_number);
  organization->order_number = g_strdup ("45");
  g_free (organization->order_date);
  organization->order_date = g_strdup ("2023-11-10");
  g_free (organization->demo_today);
  organization->demo_today = g_strdup (SC_DEMO_TODAY);
  g_free (organization->inn);
  organization->inn = sc_demo_college_inn (c->options.seed);
  g_free (organization->executor_name);
  organization->executor_name = g_strdup (organization->coordinator_name);
  g_free (organization->executor_phone);
  organization->executor_phone = g_strdup (coordinator->phone);
  return sc_organization_save (db, organization, error);
}

static void
remove_files (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static gboolean
fill (ScDatabase    *db,
      ScDemoCollege *college,
      GError       **error)
{
  Ids ids = { college, NULL, NULL, { 0 } };
  gboolean ok;

  ids.person_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), college->people->len);
  ids.group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ok = run_step (db, write_structure, &ids, error) &&
       run_step (db, write_history, &ids, error) &&
       write_profile (db, college, error) &&
       sc_demo_chats_write (db, college, ids.group_ids, error) &&
       run_step (db, write_activity, &ids, error) &&
       sc_demo_reports_write (db, college, error);
  g_array_unref (ids.person_ids);
  g_array_unref (ids.group_ids);
  return ok;
}

ScDatabase *
sc_demo_create (const char          *path,
                const ScDemoOptions *options,
                GError             **error)
{
  g_autoptr(ScDatabase) db = NULL;
  g_autoptr(ScDemoCollege) college = NULL;
  g_autofree char *name = NULL;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (options->n_people >= SC_DEMO_MIN_PEOPLE &&
                        options->n_people <= SC_DEMO_MAX_PEOPLE, NULL);

  name = sc_demo_college_name (options->seed);
  db = sc_database_create (path, name, error);
  if (db == NULL)
    return NULL;
  college = sc_demo_college_new (options);
  sc_database_set_large_cache (db, TRUE);
  /* Its data are of 2023, when «Сферум» was in VK Messenger. */
  ok = sc_platform_set_first (db, SC_PLATFORM_VK, error) && fill (db, college, error);
  sc_database_set_large_cache (db, FALSE);
  if (!ok)
    {
      g_clear_object (&db);
      remove_files (path);
      return NULL;
    }
  return g_steal_pointer (&db);
}

char *
sc_demo_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "sferum-coordinator", "demo.sqlite3", NULL);
}

gboolean
sc_demo_is_demo (ScDatabase *db)
{
  g_autoptr(ScOrganization) organization = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (db), FALSE);
  organization = sc_organization_load (db, NULL);
  return organization != NULL && sc_demo_name_is_demo (organization->full_name);
}

char *
sc_demo_college_name (guint32 seed)
{
  if (seed == SC_DEMO_DEFAULT_SEED)
    return g_strdup (SC_DEMO_COLLEGE_NAME);
  return g_strdup_printf (SC_DEMO_SEEDED_NAME "%u", seed);
}

/* "69" (the Tver region's tax code), seven digits of the seed, and the
 * check digit of the Federal Tax Service's algorithm. */
char *
sc_demo_college_inn (guint32 seed)
{
  static const int weights[] = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };
  g_autofree char *digits = NULL;
  int sum = 0;

  if (seed == SC_DEMO_DEFAULT_SEED)
    return g_strdup ("6950123450");   /* made up, with a right check digit */
  digits = g_strdup_printf ("69%07u", seed % 10000000);
  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    sum += (digits[i] - '0') * weights[i];
  return g_strdup_printf ("%s%d", digits, sum % 11 % 10);
}

gboolean
sc_demo_name_is_demo (const char *full_name)
{
  const char *number;

  if (g_strcmp0 (full_name, SC_DEMO_COLLEGE_NAME) == 0)
    return TRUE;
  if (full_name == NULL || !g_str_has_prefix (full_name, SC_DEMO_SEEDED_NAME))
    return FALSE;
  number = full_name + strlen (SC_DEMO_SEEDED_NAME);
  if (*number == '\0')
    return FALSE;
  for (; *number != '\0'; number++)
    if (!g_ascii_isdigit (*number))
      return FALSE;
  return TRUE;
}

/* Read-only and without migrating: a file of an older version is looked
 * at, not changed. */
static gboolean
file_is_demo (const char *path)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean demo = FALSE;

  if (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (handle, "SELECT full_name FROM organization WHERE id = 1"
                          " AND (SELECT application_id FROM pragma_application_id) = ?1",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int (stmt, 1, SC_DATABASE_APPLICATION_ID);
      demo = sqlite3_step (stmt) == SQLITE_ROW &&
             sc_demo_name_is_demo ((const char *)sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (handle);
  return demo;
}

ScDatabase *
sc_demo_create_default (GError **error)
{
  g_autofree char *first = sc_demo_default_path ();
  g_autofree char *dir = g_path_get_dirname (first);
  ScDemoOptions options;

  sc_demo_options_init (&options);
  for (guint i = 1; i < 100; i++)
    {
      g_autofree char *name = i == 1 ? g_strdup ("demo.sqlite3") : g_strdup_printf ("demo-%u.sqlite3", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          if (!file_is_demo (path))
            continue;
          remove_files (path);
        }
      return sc_demo_create (path, &options, error);
    }
  g_set_error_literal (error, SC_DATABASE_ERROR, SC_DATABASE_ERROR_EXISTS,
                       _("There is no free name for the demonstration college. Remove old demo files from the application's data folder."));
  return NULL;
}

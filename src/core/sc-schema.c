/* sc-schema.c — the migrations that build the college file
 *
 * Dates are ISO 8601 text (YYYY-MM-DD): they sort and compare as strings.
 * The table for study groups is "study_group" because GROUP is an SQL keyword.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-schema.h"

static const char migration_1[] =
  "CREATE TABLE organization ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  full_name TEXT NOT NULL DEFAULT '',"
  "  short_name TEXT NOT NULL DEFAULT '',"
  "  head_name TEXT NOT NULL DEFAULT '',"
  "  head_position TEXT NOT NULL DEFAULT '',"
  "  coordinator_name TEXT NOT NULL DEFAULT '',"
  "  coordinator_position TEXT NOT NULL DEFAULT '',"
  "  coordinator_phone TEXT NOT NULL DEFAULT '',"
  "  coordinator_email TEXT NOT NULL DEFAULT '',"
  "  order_number TEXT NOT NULL DEFAULT '',"
  "  order_date TEXT,"
  "  platform TEXT NOT NULL DEFAULT 'vk' CHECK (platform IN ('vk', 'max')),"
  "  norm_messages INTEGER NOT NULL DEFAULT 10 CHECK (norm_messages BETWEEN 0 AND 10000),"
  "  norm_calls INTEGER NOT NULL DEFAULT 1 CHECK (norm_calls BETWEEN 0 AND 1000),"
  "  report_due_day INTEGER NOT NULL DEFAULT 5 CHECK (report_due_day BETWEEN 1 AND 28),"
  "  full_connection_deadline TEXT NOT NULL DEFAULT '2023-11-15'"
  ");"
  "CREATE TABLE department ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE,"
  "  head_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL"
  ");"
  "CREATE TABLE study_group ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL UNIQUE,"
  "  department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,"
  "  course INTEGER CHECK (course IS NULL OR course BETWEEN 1 AND 6),"
  "  curator_id INTEGER REFERENCES person (id) ON DELETE SET NULL"
  ");"
  "CREATE TABLE person ("
  "  id INTEGER PRIMARY KEY,"
  "  last_name TEXT NOT NULL,"
  "  first_name TEXT NOT NULL DEFAULT '',"
  "  patronymic TEXT NOT NULL DEFAULT '',"
  "  category TEXT NOT NULL CHECK (category IN ('teacher', 'student', 'staff', 'parent')),"
  "  group_id INTEGER REFERENCES study_group (id) ON DELETE SET NULL,"
  "  department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,"
  "  position TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  external_id TEXT UNIQUE,"
  "  left_on TEXT,"
  "  notes TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE TABLE status_event ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  status TEXT NOT NULL CHECK (status IN ('not_invited', 'invited', 'joined', 'declined')),"
  "  on_date TEXT NOT NULL,"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  source TEXT NOT NULL DEFAULT 'manual',"
  "  recorded_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%S', 'now'))"
  ");"
  "CREATE TABLE chat ("
  "  id INTEGER PRIMARY KEY,"
  "  parent_id INTEGER REFERENCES chat (id) ON DELETE CASCADE,"
  "  title TEXT NOT NULL,"
  "  kind TEXT NOT NULL DEFAULT 'custom' CHECK (kind IN"
  "    ('custom', 'staff', 'group', 'parents', 'department', 'administration')),"
  "  group_id INTEGER REFERENCES study_group (id) ON DELETE SET NULL,"
  "  department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,"
  "  admin_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
  "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'created', 'archived')),"
  "  created_on TEXT,"
  "  invite_link TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  template_key TEXT UNIQUE,"
  "  sort_order INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE chat_member ("
  "  chat_id INTEGER NOT NULL REFERENCES chat (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (chat_id, person_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE usage_week ("
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  week_monday TEXT NOT NULL,"
  "  messages INTEGER NOT NULL CHECK (messages >= 0),"
  "  calls INTEGER NOT NULL CHECK (calls >= 0),"
  "  source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import')),"
  "  PRIMARY KEY (person_id, week_monday)"
  ");"
  "CREATE TABLE report ("
  "  month TEXT PRIMARY KEY,"
  "  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'submitted')),"
  "  problems TEXT NOT NULL DEFAULT '',"
  "  measures TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  head_name TEXT NOT NULL DEFAULT '',"
  "  head_position TEXT NOT NULL DEFAULT '',"
  "  coordinator_name TEXT NOT NULL DEFAULT '',"
  "  coordinator_position TEXT NOT NULL DEFAULT '',"
  "  include_teachers INTEGER NOT NULL DEFAULT 0,"
  "  submitted_on TEXT,"
  "  frozen_figures TEXT,"
  "  updated_at TEXT"
  ");";

/* Indexes for the questions the app asks most: status on a date, people of a
 * group, a week's activity. */
static const char migration_2[] =
  "CREATE INDEX status_event_person_date ON status_event (person_id, on_date, id);"
  "CREATE INDEX person_group ON person (group_id);"
  "CREATE INDEX person_category ON person (category, left_on);"
  "CREATE INDEX person_name ON person (last_name, first_name, patronymic);"
  "CREATE INDEX usage_week_monday ON usage_week (week_monday);"
  "CREATE INDEX chat_parent ON chat (parent_id);"
  "CREATE INDEX chat_member_person ON chat_member (person_id);";

/* person and status_event rebuilt (SQLite's twelve-step ALTER, run with
 * foreign keys off by sc-database.c) with their CHECKs written as ORs: a
 * CHECK (x IN (…)) builds a temporary structure for every row inserted,
 * which made a large import a third slower. The same values stay allowed.
 * Also an index for a group's chat, which the report looks up per group. */
static const char migration_3[] =
  "CREATE TABLE new_person ("
  "  id INTEGER PRIMARY KEY,"
  "  last_name TEXT NOT NULL,"
  "  first_name TEXT NOT NULL DEFAULT '',"
  "  patronymic TEXT NOT NULL DEFAULT '',"
  "  category TEXT NOT NULL CHECK (category = 'teacher' OR category = 'student'"
  "    OR category = 'staff' OR category = 'parent'),"
  "  group_id INTEGER REFERENCES study_group (id) ON DELETE SET NULL,"
  "  department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,"
  "  position TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  external_id TEXT UNIQUE,"
  "  left_on TEXT,"
  "  notes TEXT NOT NULL DEFAULT ''"
  ");"
  "INSERT INTO new_person (id, last_name, first_name, patronymic, category, group_id,"
  "  department_id, position, phone, email, external_id, left_on, notes)"
  " SELECT id, last_name, first_name, patronymic, category, group_id,"
  "  department_id, position, phone, email, external_id, left_on, notes FROM person;"
  "DROP TABLE person;"
  "ALTER TABLE new_person RENAME TO person;"
  "CREATE INDEX person_group ON person (group_id);"
  "CREATE INDEX person_category ON person (category, left_on);"
  "CREATE INDEX person_name ON person (last_name, first_name, patronymic);"
  "CREATE TABLE new_status_event ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  status TEXT NOT NULL CHECK (status = 'not_invited' OR status = 'invited'"
  "    OR status = 'joined' OR status = 'declined'),"
  "  on_date TEXT NOT NULL,"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  source TEXT NOT NULL DEFAULT 'manual',"
  "  recorded_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%S', 'now'))"
  ");"
  "INSERT INTO new_status_event (id, person_id, status, on_date, reason, source, recorded_at)"
  " SELECT id, person_id, status, on_date, reason, source, recorded_at FROM status_event;"
  "DROP TABLE status_event;"
  "ALTER TABLE new_status_event RENAME TO status_event;"
  "CREATE INDEX status_event_person_date ON status_event (person_id, on_date, id);"
  "CREATE INDEX chat_group ON chat (group_id);";

/* The demonstration college's own "today" (its data are of 2023): the
 * window shows such a file as of that day. NULL in a real college. */
static const char migration_4[] =
  "ALTER TABLE organization ADD COLUMN demo_today TEXT;";

/* No question the app asks looks people up by name in SQL (lists sort
 * and search in memory, imports match in their own index), and building
 * this index was a quarter of a large import's index work. */
static const char migration_5[] =
  "DROP INDEX person_name;";

/* What a list of people re-import needs to merge instead of overwrite (DESIGN.md
 * §4, §6), and what the history of a person shows:
 * - people_import: one row per people import that wrote something;
 * - people_import_read: what the last import that listed a person read for them
 *   (its file's values after cleaning; NULL where the file had no such
 *   column), the base of the next import's three-way merge;
 * - status_event.import_id: the import an event came from;
 * - person_move: a dated change of group or department, so that a past
 *   month's figures keep the groups people were in then;
 * - person.counted_from: the day from which a person counts (NULL: from
 *   the start); people a later import adds do not change past months;
 * - people_import_start: the categories whose first list of people is in, so that the
 *   next ones count from their import day. A college that has people
 *   already had its first lists of people. */
static const char migration_6[] =
  "CREATE TABLE people_import ("
  "  id INTEGER PRIMARY KEY,"
  "  file_name TEXT NOT NULL DEFAULT '',"
  "  format TEXT NOT NULL DEFAULT '',"
  "  as_of TEXT NOT NULL,"
  "  full_roster INTEGER NOT NULL DEFAULT 0,"
  "  recorded_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%S', 'now'))"
  ");"
  "CREATE TABLE people_import_read ("
  "  person_id INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,"
  "  import_id INTEGER NOT NULL REFERENCES people_import (id),"
  "  last_name TEXT, first_name TEXT, patronymic TEXT, category TEXT,"
  "  group_code TEXT, department TEXT, position TEXT, phone TEXT, email TEXT,"
  "  external_id TEXT, notes TEXT, status TEXT, status_on TEXT, left_on TEXT"
  ");"
  "ALTER TABLE status_event ADD COLUMN import_id INTEGER REFERENCES people_import (id);"
  "ALTER TABLE person ADD COLUMN counted_from TEXT;"
  "CREATE TABLE person_move ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  on_date TEXT NOT NULL,"
  "  from_group_id INTEGER REFERENCES study_group (id) ON DELETE SET NULL,"
  "  to_group_id INTEGER REFERENCES study_group (id) ON DELETE SET NULL,"
  "  from_department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,"
  "  to_department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,"
  "  source TEXT NOT NULL DEFAULT 'manual',"
  "  import_id INTEGER REFERENCES people_import (id),"
  "  recorded_at TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%S', 'now'))"
  ");"
  "CREATE INDEX person_move_person ON person_move (person_id, on_date);"
  "CREATE TABLE people_import_start ("
  "  category TEXT PRIMARY KEY,"
  "  import_id INTEGER REFERENCES people_import (id)"
  ") WITHOUT ROWID;"
  "INSERT INTO people_import_start (category) SELECT DISTINCT category FROM person;";

/* What a document sent to the ministry must carry (issue 13, DESIGN.md §4):
 * the college's ИНН, the addressee and the order the report answers (NULL:
 * never set, the defaults apply), the executor, and each report's
 * outgoing number (its date is submitted_on). And the dates the «Чаты»
 * sheet needs to show the chats as they were on the report's date: when a
 * chat was archived, when a member was added by hand (NULL: before these
 * dates were kept — counted as always there). */
static const char migration_7[] =
  "ALTER TABLE organization ADD COLUMN inn TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE organization ADD COLUMN addressee TEXT;"
  "ALTER TABLE organization ADD COLUMN answered_order TEXT;"
  "ALTER TABLE organization ADD COLUMN executor_name TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE organization ADD COLUMN executor_phone TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE report ADD COLUMN outgoing_number TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE chat ADD COLUMN archived_on TEXT;"
  "ALTER TABLE chat_member ADD COLUMN added_on TEXT;";

/* A people import's read of a person (people_import_read) as one text:
 * the fourteen values each "-" where the file had no such column, else
 * the length in bytes, ":" and the value (sc-people-import-read.c). One
 * bound value a person instead of fourteen. */
#define PACK(column) "coalesce (length (CAST (" column " AS BLOB)) || ':' || " column ", '-')"
static const char migration_8[] =
  "CREATE TABLE people_import_read_8 ("
  "  person_id INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,"
  "  import_id INTEGER NOT NULL REFERENCES people_import (id),"
  "  fields TEXT NOT NULL"
  ");"
  "INSERT INTO people_import_read_8 (person_id, import_id, fields)"
  "  SELECT person_id, import_id, "
  PACK ("last_name") " || " PACK ("first_name") " || " PACK ("patronymic") " || "
  PACK ("category") " || " PACK ("group_code") " || " PACK ("department") " || "
  PACK ("position") " || " PACK ("phone") " || " PACK ("email") " || "
  PACK ("external_id") " || " PACK ("notes") " || " PACK ("status") " || "
  PACK ("status_on") " || " PACK ("left_on")
  "  FROM people_import_read;"
  "DROP TABLE people_import_read;"
  "ALTER TABLE people_import_read_8 RENAME TO people_import_read;";
#undef PACK

/* «Сферум» moved into MAX (issue 15, DESIGN.md §4, §5):
 * - platform_history: the platform and the day it starts; the first entry
 *   has no date (from the start). A file made before this is on the
 *   platform its profile named (VK unless changed); sc_database_create ()
 *   starts a new college on MAX. The profile's single platform goes.
 *   (No time of recording: the demonstration college must come out the
 *   same file for the same seed.)
 *   A status event belongs to the platform in force on its date
 *   (sc-status-rule.h), so no event needs a column for it;
 * - a refusal's reason code (the text stays in "reason") and the channel
 *   the person gets instead;
 * - the weekly norm can be switched off;
 * - a chat's origin (the platform makes it, or the coordinator by hand)
 *   and its platform: the old platform's chats are archived at the switch,
 *   and the new platform's templates do not see them. A chat inserted
 *   without a platform gets the one in force on its day. */
static const char migration_9[] =
  "CREATE TABLE platform_history ("
  "  id INTEGER PRIMARY KEY,"
  "  platform TEXT NOT NULL CHECK (platform = 'vk' OR platform = 'max'),"
  "  from_date TEXT UNIQUE"
  ");"
  "INSERT INTO platform_history (platform, from_date)"
  " VALUES (coalesce ((SELECT platform FROM organization WHERE id = 1), 'vk'), NULL);"
  "ALTER TABLE organization DROP COLUMN platform;"
  "ALTER TABLE organization ADD COLUMN norm_enabled INTEGER NOT NULL DEFAULT 1"
  "  CHECK (norm_enabled = 0 OR norm_enabled = 1);"
  "ALTER TABLE status_event ADD COLUMN reason_code TEXT CHECK (reason_code IS NULL"
  "  OR reason_code = 'no_smartphone' OR reason_code = 'no_gosuslugi'"
  "  OR reason_code = 'foreign_phone' OR reason_code = 'refuses'"
  "  OR reason_code = 'parents_object' OR reason_code = 'other');"
  "ALTER TABLE status_event ADD COLUMN channel TEXT CHECK (channel IS NULL"
  "  OR channel = 'email' OR channel = 'ejournal' OR channel = 'sms'"
  "  OR channel = 'phone' OR channel = 'paper' OR channel = 'other');"
  "ALTER TABLE chat ADD COLUMN origin TEXT NOT NULL DEFAULT 'manual'"
  "  CHECK (origin = 'manual' OR origin = 'platform');"
  "ALTER TABLE chat ADD COLUMN platform TEXT"
  "  CHECK (platform IS NULL OR platform = 'vk' OR platform = 'max');"
  "UPDATE chat SET platform = (SELECT platform FROM platform_history);"
  "CREATE TRIGGER chat_platform AFTER INSERT ON chat WHEN NEW.platform IS NULL BEGIN"
  "  UPDATE chat SET platform = (SELECT h.platform FROM platform_history h"
  "    WHERE h.from_date IS NULL OR h.from_date <= coalesce (NEW.created_on, date ('now', 'localtime'))"
  "    ORDER BY coalesce (h.from_date, '') DESC LIMIT 1) WHERE id = NEW.id;"
  "END;";

const char *const sc_schema_migrations[] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
  migration_6,
  migration_7,
  migration_8,
  migration_9,
};

guint
sc_schema_n_migrations (void)
{
  return G_N_ELEMENTS (sc_schema_migrations);
}

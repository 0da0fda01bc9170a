/* sc-status-rule.h — the one definition of a person's status, group and
 * being counted on a day (DESIGN.md §4, §5), for every query that needs
 * them: the «Люди» and «Обзор» pages, the person dialog, the lists of who
 * is missing, the people import and the report. Written once here so that
 * no two pages can disagree.
 *
 * Status on D: the latest status event dated ≤ D on the platform in force
 * on D (sc-platform.h); among events of one date, the one recorded last.
 * Events get their ids in the order they are recorded (an Undo of a
 * deletion puts the event back under its own id), so "recorded last" is
 * the larger id. No event: not invited. An event belongs to the platform
 * in force on its date, so the events on the platform in force on D are
 * those dated from the day that platform started (its switch) to D.
 * Before any switch that day is '': the rule is then the one of the
 * files made before platforms were kept, and their figures are unchanged.
 *
 * Needs to move on D: after a switch, a person whose status on the eve of
 * the switch (on the platform left behind) was joined, and who is neither
 * joined nor declined on the platform in force: «Нужен переход».
 *
 * Counted on D ("active"): counted from D or earlier (counted_from NULL:
 * from the start) and not left by D (left_on NULL or after D).
 *
 * Group on D: a person_move dated after D moved the person out of the
 * group they were in on D, so the earliest such move tells it; without
 * one, the group they are in now.
 *
 * The macros take SQL text: a person id expression (p.id), a person table
 * alias (p) and a date parameter (?1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* The day the platform in force on @date started: '' before any switch.
 * It does not depend on the person: SQLite works it out once a query. */
#define SC_SQL_PLATFORM_START(date) \
  "coalesce ((SELECT max (sr_h.from_date) FROM platform_history sr_h" \
  " WHERE sr_h.from_date <= " date "), '')"

/* The code of the platform in force on @date ("vk", "max"). */
#define SC_SQL_PLATFORM_ON(date) \
  "coalesce ((SELECT sr_h.platform FROM platform_history sr_h" \
  " WHERE sr_h.from_date IS NULL OR sr_h.from_date <= " date \
  " ORDER BY coalesce (sr_h.from_date, '') DESC LIMIT 1), 'max')"

/* A column (id, status, on_date, …) of the event that gives the status. */
#define SC_SQL_STATUS_EVENT_COLUMN(column, person_id, date) \
  "(SELECT sr_e." column " FROM status_event sr_e WHERE sr_e.person_id = " person_id \
  " AND sr_e.on_date <= " date " AND sr_e.on_date >= " SC_SQL_PLATFORM_START (date) \
  " ORDER BY sr_e.on_date DESC, sr_e.id DESC LIMIT 1)"

/* The id of that event, NULL when there is none. */
#define SC_SQL_STATUS_EVENT_ON(person_id, date) \
  SC_SQL_STATUS_EVENT_COLUMN ("id", person_id, date)

/* The status code on @date, 'not_invited' when no event says otherwise. */
#define SC_SQL_STATUS_ON(person_id, date) \
  "coalesce (" SC_SQL_STATUS_EVENT_COLUMN ("status", person_id, date) ", 'not_invited')"

/* 1 when joined on @date, else 0. */
#define SC_SQL_JOINED_ON(person_id, date) \
  "coalesce (" SC_SQL_STATUS_EVENT_COLUMN ("status", person_id, date) " = 'joined', 0)"

/* 1 when the person needs to move to the platform in force on @date;
 * @status is their status code on @date when the query has it already. */
#define SC_SQL_NEEDS_MOVE_WITH(person_id, status, date) \
  "(" SC_SQL_PLATFORM_START (date) " <> ''" \
  " AND coalesce (" status ", 'not_invited') NOT IN ('joined', 'declined')" \
  " AND coalesce ((SELECT sr_o.status = 'joined' FROM status_event sr_o" \
  "   WHERE sr_o.person_id = " person_id " AND sr_o.on_date < " SC_SQL_PLATFORM_START (date) \
  "   ORDER BY sr_o.on_date DESC, sr_o.id DESC LIMIT 1), 0))"

#define SC_SQL_NEEDS_MOVE_ON(person_id, date) \
  SC_SQL_NEEDS_MOVE_WITH (person_id, SC_SQL_STATUS_ON (person_id, date), date)

#define SC_SQL_ACTIVE_ON(p, date) \
  "((" p ".counted_from IS NULL OR " p ".counted_from <= " date ")" \
  " AND (" p ".left_on IS NULL OR " p ".left_on > " date "))"

#define SC_SQL_GROUP_ON(p, date) \
  "(CASE WHEN EXISTS (SELECT 1 FROM person_move sr_m WHERE sr_m.person_id = " p ".id" \
  "   AND sr_m.on_date > " date " AND sr_m.from_group_id IS NOT sr_m.to_group_id)" \
  " THEN (SELECT sr_m.from_group_id FROM person_move sr_m WHERE sr_m.person_id = " p ".id" \
  "   AND sr_m.on_date > " date " AND sr_m.from_group_id IS NOT sr_m.to_group_id" \
  "   ORDER BY sr_m.on_date, sr_m.id LIMIT 1)" \
  " ELSE " p ".group_id END)"

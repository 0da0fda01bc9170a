/* sc-demo-reports.c — the demonstration college's monthly reports
 *
 * Drafted and submitted through the report core, with narratives that
 * quote the college's own numbers; the update times, which the core takes
 * from the clock, are then set to fixed moments of 2023.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-demo"

#include "config.h"

#include "sc-demo-steps.h"
#include "sc-report.h"

typedef struct
{
  guint not_connected;  /* active students */
  guint no_smartphone;
  guint refused;        /* any other reason */
  guint groups_without_chat;
} Missing;

static gboolean
is_connected (const ScDemoPerson *p,
              guint32             day)
{
  return p->joined_on != 0 && p->joined_on <= day;
}

static void
count_missing (ScDemoCollege *c,
               guint32        day,
               Missing       *m)
{
  *m = (Missing) { 0 };
  for (guint i = 0; i < c->people->len; i++)
    {
      const ScDemoPerson *p = sc_demo_person (c, i);

      if (p->category != SC_CATEGORY_STUDENT || (p->left_on != 0 && p->left_on <= day) ||
          is_connected (p, day))
        continue;
      m->not_connected++;
      if (p->declined_on != 0 && p->declined_on <= day)
        {
          if (g_strcmp0 (p->reason, "нет смартфона") == 0)
            m->no_smartphone++;
          else
            m->refused++;
        }
    }
  for (guint g = 0; g < c->groups->len; g++)
    if (sc_demo_group (c, g)->chat_on == 0 || sc_demo_group (c, g)->chat_on > day)
      m->groups_without_chat++;
}

static char *
problems_text (ScDemoCollege *c,
               guint32        day,
               const char    *as_of)
{
  Missing m;

  count_missing (c, day, &m);
  return g_strdup_printf ("На %s не подключено студентов: %u, из них нет смартфона — %u, "
                          "отказались от подключения — %u, остальные не ответили на приглашение. "
                          "Групп без созданного чата: %u.",
                          as_of, m.not_connected, m.no_smartphone, m.refused,
                          m.groups_without_chat);
}

static gboolean
save_narrative (ScDatabase  *db,
                const char  *month,
                char        *problems,
                const char  *measures,
                const char  *notes,
                GError     **error)
{
  g_autoptr(ScReport) report = sc_report_load (db, month, error);

  if (report == NULL)
    {
      g_free (problems);
      return FALSE;
    }
  g_free (report->problems);
  report->problems = problems;
  g_free (report->measures);
  report->measures = g_strdup (measures);
  g_free (report->notes);
  report->notes = g_strdup (notes);
  return sc_report_save (db, report, error);
}

static gboolean
fix_update_time (ScDatabase  *db,
                 const char  *month,
                 const char  *updated_at,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!sc_database_begin (db, error))
    return FALSE;
  stmt = sc_database_prepare (db, "UPDATE report SET updated_at = ?2 WHERE month = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, month, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, updated_at, -1, SQLITE_STATIC);
      ok = sc_database_step_done (db, stmt, error);
    }
  if (!ok || !sc_database_commit (db, error))
    {
      sc_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_october (ScDatabase    *db,
               ScDemoCollege *c,
               GError       **error)
{
  return save_narrative (db, "2023-10", problems_text (c, sc_demo_day (2023, 10, 31), "31.10.2023"),
                         "Созданы чаты педагогического коллектива, администрации, отделений и групп; "
                         "кураторам разосланы памятки по приглашению студентов.",
                         "Подключение идёт по графику, утверждённому директором.", error) &&
         sc_report_submit_numbered (db, "2023-10", "2023-11-03", "01-17/214", error) &&
         fix_update_time (db, "2023-10", "2023-11-03T11:20:00", error);
}

static gboolean
write_november (ScDatabase    *db,
                ScDemoCollege *c,
                GError       **error)
{
  return save_narrative (db, "2023-11", problems_text (c, sc_demo_day (2023, 11, 30), "30.11.2023"),
                         "Кураторы провели классные часы о платформе «Сферум» во всех группах; "
                         "студентам без смартфона предложено подключение с компьютеров кабинета "
                         "информатики; с педагогами, не выполнившими норматив, проведены консультации "
                         "по звонкам в «Сферуме».",
                         "Данные о сообщениях и звонках — из статистики платформы «Сферум».", error) &&
         sc_report_submit_numbered (db, "2023-11", "2023-12-03", "01-17/247", error) &&
         fix_update_time (db, "2023-11", "2023-12-03T10:45:00", error);
}

static gboolean
write_december (ScDatabase    *db,
                ScDemoCollege *c,
                GError       **error)
{
  return save_narrative (db, "2023-12", problems_text (c, sc_demo_day (2023, 12, 29), "29.12.2023"),
                         "Продолжается подключение студентов, получивших смартфоны.",
                         "", error) &&
         fix_update_time (db, "2023-12", "2023-12-29T15:30:00", error);
}

gboolean
sc_demo_reports_write (ScDatabase     *db,
                       ScDemoCollege  *college,
                       GError        **error)
{
  return write_october (db, college, error) &&
         write_november (db, college, error) &&
         write_december (db, college, error);
}

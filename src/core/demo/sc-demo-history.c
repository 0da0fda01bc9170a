/* sc-demo-history.c — the demonstration college's autumn of 2023
 *
 * Staff and teachers are invited in the first half of October, department
 * by department; each group is invited on the day its curator creates the
 * group chat (a few groups have no chat yet and are invited one by one in
 * November). People join after a few days or weeks, a few refuse («нет
 * смартфона», «отказался»), some never answer, and a few students leave in
 * November and December. Teachers' weekly activity follows how diligent
 * each one is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sc-demo"

#include "config.h"

#include "sc-demo-history.h"

#define day_first_invites sc_demo_day (2023, 10, 2)
#define day_last          sc_demo_day (2023, 12, 29)

static gboolean
is_weekend (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_get_weekday (&date) >= G_DATE_SATURDAY;
}

/* Invitations and leaving happen on working days. */
static guint32
working_day (guint32 julian)
{
  while (is_weekend (julian))
    julian++;
  return julian;
}

static guint
geometric (GRand  *rand,
           double  p,
           guint   max)
{
  guint n = 0;

  while (n < max && g_rand_double (rand) >= p)
    n++;
  return n;
}

static const char *
refusal_reason (GRand    *rand,
                gboolean  student)
{
  double r = g_rand_double (rand);

  if (r < 0.5)
    return "нет смартфона";
  if (r < 0.8 || !student)
    return "отказался";
  return "нет согласия родителей";
}

/* After an invitation: join after a while, refuse, or not answer. Someone
 * without a smartphone sometimes gets one and joins in December. */
static void
answer (GRand        *rand,
        ScDemoPerson *p,
        double        p_refuse,
        double        p_silent,
        double        p_join_a_day)
{
  double r = g_rand_double (rand);
  guint32 joined;

  if (r < p_refuse)
    {
      p->declined_on = MIN (p->invited_on + 1 + g_rand_int_range (rand, 0, 10), day_last);
      p->reason = refusal_reason (rand, p->category == SC_CATEGORY_STUDENT);
      joined = sc_demo_day (2023, 12, 4) + g_rand_int_range (rand, 0, 18);
      if (g_rand_double (rand) < 0.3 && joined > p->declined_on)
        p->joined_on = joined;
      return;
    }
  if (r < p_refuse + p_silent)
    return;
  joined = p->invited_on + geometric (rand, p_join_a_day, 70);
  if (joined <= day_last)
    p->joined_on = joined;
}

static void
teacher_history (GRand        *rand,
                 ScDemoPerson *p)
{
  if (g_rand_double (rand) < 0.01)
    return; /* hired in December, not invited yet */
  p->invited_on = working_day (day_first_invites + 2 * p->department +
                               g_rand_int_range (rand, 0, 4));
  answer (rand, p, 0.015, 0.03, 0.3);
}

static void
student_history (GRand              *rand,
                 const ScDemoGroup  *group,
                 ScDemoPerson       *p)
{
  double r = g_rand_double (rand);

  if (r < 0.02)
    return; /* on academic leave: not invited */
  p->invited_on = group->invited_on;
  if (r < 0.05)
    p->invited_on = working_day (p->invited_on + g_rand_int_range (rand, 7, 30));
  answer (rand, p, 0.03, group->chat_on ? 0.06 : 0.2, group->chat_on ? 0.15 : 0.08);
}

/* A few students leave in November or December; what happened after
 * they left did not happen. */
static void
maybe_leave (GRand        *rand,
             ScDemoPerson *p)
{
  if (g_rand_double (rand) >= 0.025)
    return;
  p->left_on = working_day (sc_demo_day (2023, 11, 1) + g_rand_int_range (rand, 0, 50));
  if (p->invited_on >= p->left_on)
    p->invited_on = 0;
  if (p->declined_on >= p->left_on || p->invited_on == 0)
    p->declined_on = 0, p->reason = NULL;
  if (p->joined_on >= p->left_on || p->invited_on == 0)
    p->joined_on = 0;
}

/* Most groups were invited in October on the day their chat was made;
 * about one in ten (and always the last, a group formed late) has no chat
 * yet and was invited in November. */
static void
group_history (ScDemoCollege *c,
               guint          index)
{
  ScDemoGroup *g = sc_demo_group (c, index);
  gboolean has_chat = index + 1 < c->groups->len && g_rand_double (c->rand) >= 0.06;

  if (has_chat)
    {
      g->invited_on = working_day (day_first_invites + 7 + 3 * g->department +
                                   g_rand_int_range (c->rand, 0, 14));
      g->chat_on = g->invited_on;
    }
  else
    g->invited_on = working_day (sc_demo_day (2023, 11, 1) + g_rand_int_range (c->rand, 0, 20));
}

void
sc_demo_history_generate (ScDemoCollege *c)
{
  for (guint g = 0; g < c->groups->len; g++)
    group_history (c, g);
  for (guint i = 0; i < c->people->len; i++)
    {
      ScDemoPerson *p = sc_demo_person (c, i);

      if (p->category == SC_CATEGORY_STAFF)
        {
          p->invited_on = day_first_invites;
          p->joined_on = day_first_invites + g_rand_int_range (c->rand, 0, 5);
        }
      else if (p->category == SC_CATEGORY_TEACHER)
        teacher_history (c->rand, p);
      else
        {
          student_history (c->rand, sc_demo_group (c, p->group), p);
          maybe_leave (c->rand, p);
        }
    }
}

/* How often a teacher meets the norm in a week after joining, by diligence. */
static const double meets_norm[] = { 0.95, 0.6, 0.15 };

/* One week of a teacher's activity: nothing before joining, a slow first
 * week, and then the norm (10 messages and a call) met as often as the
 * teacher's diligence says; the New Year week is quieter. */
void
sc_demo_activity_week (GRand              *rand,
                    const ScDemoPerson *p,
                    guint32             monday,
                    int                *messages,
                    int                *calls)
{
  double p_meet = meets_norm[MIN (p->diligence, G_N_ELEMENTS (meets_norm) - 1)];

  *messages = *calls = 0;
  if (p->joined_on == 0 || p->joined_on > monday + 6)
    return;
  if (p->joined_on > monday)
    {
      *messages = g_rand_int_range (rand, 2, 12);
      *calls = g_rand_int_range (rand, 0, 2);
      return;
    }
  if (monday == sc_demo_day (2023, 12, 25))
    p_meet *= 0.7;
  if (g_rand_double (rand) < p_meet)
    {
      *messages = g_rand_int_range (rand, 10, 45);
      *calls = g_rand_int_range (rand, 1, 5);
    }
  else if (g_rand_double (rand) < 0.5)
    {
      *messages = g_rand_int_range (rand, 0, 10);
      *calls = g_rand_int_range (rand, 0, 3);
    }
  else
    {
      *messages = g_rand_int_range (rand, 10, 30);
      *calls = 0;
    }
}

/* test-monthly-cycle.c — three months of a college's real use: the
 * October list of people, marks made in the window and with set-status, the
 * November list of people in which the registrar changed some statuses, groups and
 * leavers and left the rest as it was, a group edited in the window, the
 * November list of people again as XLSX, the December list of people (full list).
 *
 * After each step every person's status, group and history is what the
 * fixture says, nobody is there twice, and the report figures of October,
 * November and December are the ones worked out by hand below; a later
 * import never changes a month that has passed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>
#include <xlsxwriter.h>

#include "sc-database.h"
#include "sc-date.h"
#include "sc-people.h"
#include "sc-person-name.h"
#include "sc-report-figures.h"
#include "sc-people-import.h"
#include "sc-status-history.h"
#include "sc-table-reader.h"
#include "sc-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  ScDatabase *db;
} Fixture;

/* ---- the registrar's files ----------------------------------------------- */

#define HEADER "ФИО;Категория;Группа;Отделение;Телефон;Статус;Дата подключения;Дата выбытия\n"

/* Teachers T1–T3, students S1–S7; S6 and S7 are namesakes in two groups.
 * The first list of people: everyone counts from the start. */
static const char october[] =
  "Список работников и обучающихся на 02.10.2023\n"
  HEADER
  "Анисимова Анна Андреевна;педагог;;ИТ;;Подключён;15.09.2023;\n"     /* T1 */
  "Борисов Борис Борисович;педагог;;ИТ;;Приглашён;;\n"                /* T2 */
  "Васильева Вера Викторовна;педагог;;ИТ;;;;\n"                       /* T3 */
  "Григорьев Глеб Геннадьевич;студент;ИС-21;ИТ;;Подключён;20.09.2023;\n"  /* S1 */
  "Дмитриева Дарья Денисовна;студент;ИС-21;ИТ;;Приглашён;;\n"         /* S2 */
  "Егоров Егор Евгеньевич;студент;ИС-21;ИТ;;;;\n"                     /* S3 */
  "Жукова Жанна Игоревна;студент;ИС-22;ИТ;8 (916) 000-00-04;;;\n"     /* S4 */
  "Зайцев Захар Олегович;студент;ИС-22;ИТ;;Приглашён;;\n"             /* S5 */
  "Иванов Иван Иванович;студент;ИС-22;ИТ;;;;\n"                       /* S6 */
  "Иванов Иван Иванович;студент;ИС-21;ИТ;;;;\n";                      /* S7 */

/* The registrar: T2 joined, S2 declined (no dates), S5 moved to ИС-21,
 * S6 left on 15.11, new S8 joined on 10.11 and new S9; the rest as in
 * October, also the statuses the window changed since (S3, S4, T3). */
static const char november[] =
  "Список работников и обучающихся на 27.11.2023\n"
  HEADER
  "Анисимова Анна Андреевна;педагог;;ИТ;;Подключён;15.09.2023;\n"
  "Борисов Борис Борисович;педагог;;ИТ;;Подключён;;\n"
  "Васильева Вера Викторовна;педагог;;ИТ;;;;\n"
  "Григорьев Глеб Геннадьевич;студент;ИС-21;ИТ;;Подключён;20.09.2023;\n"
  "Дмитриева Дарья Денисовна;студент;ИС-21;ИТ;;Отказ;;\n"
  "Егоров Егор Евгеньевич;студент;ИС-21;ИТ;;;;\n"
  "Жукова Жанна Игоревна;студент;ИС-22;ИТ;8 (916) 000-00-04;;;\n"
  "Зайцев Захар Олегович;студент;ИС-21;ИТ;;Приглашён;;\n"
  "Иванов Иван Иванович;студент;ИС-22;ИТ;;;;15.11.2023\n"
  "Иванов Иван Иванович;студент;ИС-21;ИТ;;;;\n"
  "Кузнецова Ксения Олеговна;студент;ИС-22;ИТ;;Подключён;10.11.2023;\n"  /* S8 */
  "Ларионов Лев Львович;студент;ИС-22;ИТ;;;;\n";                          /* S9 */

/* A full list: S4 is missing (leaves on 15.12), S6 left already; T3
 * joined on 05.12; S3 is listed in ИС-22, where the window moved him; S9
 * invited (no date); new S10. */
static const char december[] =
  HEADER
  "Анисимова Анна Андреевна;педагог;;ИТ;;Подключён;15.09.2023;\n"
  "Борисов Борис Борисович;педагог;;ИТ;;Подключён;;\n"
  "Васильева Вера Викторовна;педагог;;ИТ;;Подключён;05.12.2023;\n"
  "Григорьев Глеб Геннадьевич;студент;ИС-21;ИТ;;Подключён;20.09.2023;\n"
  "Дмитриева Дарья Денисовна;студент;ИС-21;ИТ;;Отказ;;\n"
  "Егоров Егор Евгеньевич;студент;ИС-22;ИТ;;;;\n"
  "Зайцев Захар Олегович;студент;ИС-21;ИТ;;Приглашён;;\n"
  "Иванов Иван Иванович;студент;ИС-21;ИТ;;;;\n"
  "Кузнецова Ксения Олеговна;студент;ИС-22;ИТ;;Подключён;10.11.2023;\n"
  "Ларионов Лев Львович;студент;ИС-22;ИТ;;Приглашён;;\n"
  "Морозов Максим Маратович;студент;ИС-21;ИТ;;;;\n";                     /* S10 */

/* ---- what every step must leave ------------------------------------------ */

typedef struct
{
  const char *name;
  const char *group;      /* "" for none */
  const char *status;     /* on the day checked */
  const char *history;    /* "status@date/source …", the latest first */
} Expected;

typedef struct
{
  const char *code;
  double      value;
} Figure;

/* October, as of 31.10. Teachers: T1 joined (15.09); T2 invited (02.10),
 * T3 invited by set-status (25.10) → 3, 1 connected, 33.3 %. Students
 * S1–S7 → 7; joined S1 (20.09), S3 by hand (18.10), S4 by set-status
 * (19.10) → 3 = 42.9 %. ИС-21: S1 S2 S3 S7 (2 joined), ИС-22: S4 S5 S6 (1). */
static const Figure october_figures[] = {
  { "teachers_total", 3 }, { "teachers_connected", 1 }, { "teachers_connected_pct", 33.3 },
  { "students_total", 7 }, { "students_connected", 3 }, { "students_connected_pct", 42.9 },
  { "groups_total", 2 },
};
static const char october_groups[] = "ИС-21 4/2, ИС-22 3/1";

/* November, as of 30.11. Teachers: T2 joined on 27.11 → 3, 2, 66.7 %.
 * Students: S6 left on 15.11; S8 counts from 10.11 (the file's date of
 * her status), S9 from 27.11 → S1 S2 S3 S4 S5 S7 S8 S9 = 8; joined S1 S3
 * S4 S8 → 4 = 50.0 %. Groups on 30.11: S5 in ИС-21 from 27.11, so after
 * the November list of people ИС-21 S1 S2 S3 S5 S7 (2 joined), ИС-22 S4 S8 S9
 * (2); once the window has moved S3 to ИС-22 on 28.11, ИС-21 S1 S2 S5 S7
 * (1 joined), ИС-22 S3 S4 S8 S9 (3). */
static const Figure november_figures[] = {
  { "teachers_total", 3 }, { "teachers_connected", 2 }, { "teachers_connected_pct", 66.7 },
  { "students_total", 8 }, { "students_connected", 4 }, { "students_connected_pct", 50.0 },
  { "groups_total", 2 },
};
static const char november_groups_before_move[] = "ИС-21 5/2, ИС-22 3/2";
static const char november_groups[] = "ИС-21 4/1, ИС-22 4/3";

/* December, as of 31.12. Teachers: T3 joined on 05.12 → 3, 3, 100 %.
 * Students: S4 left on 15.12, S6 before; S10 counts from 20.12 → S1 S2
 * S3 S5 S7 S8 S9 S10 = 8; joined S1 S3 S8 → 3 = 37.5 %. ИС-21 S1 S2 S5 S7
 * S10 (1), ИС-22 S3 S8 S9 (2). */
static const Figure december_figures[] = {
  { "teachers_total", 3 }, { "teachers_connected", 3 }, { "teachers_connected_pct", 100.0 },
  { "students_total", 8 }, { "students_connected", 3 }, { "students_connected_pct", 37.5 },
  { "groups_total", 2 },
};
static const char december_groups[] = "ИС-21 5/1, ИС-22 3/2";

/* ---- helpers ------------------------------------------------------------- */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sc_test_make_dir ("sc-cycle");
  f->db = sc_test_college_new (f->dir, "Колледж", &f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  sc_date_set_today (NULL);
  sc_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* As the registrar's Excel saves it: Windows-1251, semicolons, CRLF. */
static char *
write_csv (Fixture    *f,
           const char *name,
           const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *crlf = g_strjoinv ("\r\n", lines);

  return sc_test_write_cp1251 (f->dir, name, crlf);
}

/* The same list as Excel keeps it: dates as date cells, phones as numbers. */
static char *
write_xlsx (Fixture    *f,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (f->dir, name, NULL);
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (book, NULL);
  lxw_format *date_format = workbook_add_format (book);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  format_set_num_format (date_format, "dd.mm.yyyy");
  for (guint r = 0; lines[r] != NULL && *lines[r] != '\0'; r++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[r], ";", -1);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          int d, m, y;
          g_autofree char *digits = NULL;

          if (*cells[c] == '\0')
            continue;
          if (r > 1 && sscanf (cells[c], "%2d.%2d.%4d", &d, &m, &y) == 3)
            {
              lxw_datetime when = { y, m, d, 0, 0, 0 };
              worksheet_write_datetime (sheet, r, c, &when, date_format);
            }
          else if (r > 1 && g_str_has_prefix (cells[c], "8 ("))
            {
              GString *number = g_string_new (NULL);
              for (const char *p = cells[c]; *p; p++)
                if (g_ascii_isdigit (*p))
                  g_string_append_c (number, *p);
              digits = g_string_free (number, FALSE);
              worksheet_write_number (sheet, r, c, g_ascii_strtod (digits, NULL), NULL);
            }
          else
            worksheet_write_string (sheet, r, c, cells[c], NULL);
        }
    }
  g_assert_cmpint (workbook_close (book), ==, LXW_NO_ERROR);
  return path;
}

typedef struct
{
  guint added, updated, unchanged, duplicates, errors, leavers;
} Counts;

static void
import_file (Fixture      *f,
             const char   *path,
             const char   *as_of,
             const char   *full_left_on,
             const Counts *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScTable) table = sc_table_read_file (path, NULL, &error);
  g_autoptr(ScColumnMap) map = NULL;
  g_autoptr(ScPeopleImport) plan = NULL;
  g_autofree char *name = g_path_get_basename (path);
  ScImportOptions options = {
    .strict = TRUE, .today = as_of, .full_list = full_left_on != NULL, .left_on = full_left_on, .file_name = name
  };

  g_assert_no_error (error);
  map = sc_import_type_detect_columns (SC_TYPE_PEOPLE_IMPORT, table, &error);
  g_assert_no_error (error);
  plan = SC_PEOPLE_IMPORT (sc_import_new (SC_TYPE_PEOPLE_IMPORT, table, map, &options));
  sc_import_plan (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sc_import_get_n_rows (SC_IMPORT (plan)); i++)
    {
      const ScPeopleImportRow *row = sc_people_import_get_row (plan, i);
      g_test_message ("%s line %u: %s %s — %s", name, row->line, row->last_name,
                      row->group, row->message ? row->message : "");
    }
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ADDED), ==, expected->added);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_UPDATED), ==, expected->updated);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_UNCHANGED), ==, expected->unchanged);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_DUPLICATE), ==, expected->duplicates);
  g_assert_cmpuint (sc_import_count (SC_IMPORT (plan), SC_IMPORT_ROW_ERROR), ==, expected->errors);
  g_assert_cmpuint (sc_import_get_n_leavers (SC_IMPORT (plan)), ==, expected->leavers);
  g_assert_true (sc_import_commit (SC_IMPORT (plan), f->db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* The person @name in @group (as shown on @on_date), from the list the
 * window shows. */
static const ScPersonRecord *
find (GListStore *people,
      const char *name,
      const char *group)
{
  const ScPersonRecord *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(ScPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      const ScPersonRecord *r = sc_person_get_record (person);
      g_autofree char *full = sc_person_name_join (r->last_name, r->first_name, r->patronymic);

      if (strcmp (full, name) == 0 && strcmp (r->group_code, group) == 0)
        {
          g_assert_null (found);   /* nobody twice */
          found = r;
        }
    }
  if (found == NULL)
    g_error ("%s (%s) is not in the list", name, group);
  return found;
}

/* "joined@2023-11-10/file:november.csv declined@…/hand", the latest first. */
static char *
history_text (ScDatabase *db,
              gint64      person_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = sc_status_history_load (db, person_id, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      const ScStatusEvent *e = g_ptr_array_index (events, i);

      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, "%s@%s/%s", sc_status_to_code (e->status), e->on_date,
                              sc_status_event_is_by_hand (e) ? "hand" : e->file_name);
    }
  return g_string_free (text, FALSE);
}

static void
check_people (Fixture        *f,
              const char     *on_date,
              const Expected *expected,
              guint           n_expected,
              guint           n_people)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) people = sc_people_load (f->db, on_date, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, n_people);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM person"), ==, n_people);
  for (guint i = 0; i < n_expected; i++)
    {
      const Expected *e = &expected[i];
      const ScPersonRecord *r = find (people, e->name, e->group);
      g_autofree char *history = history_text (f->db, r->id);

      g_test_message ("%s (%s): %s, %s", e->name, e->group, sc_status_to_code (r->status), history);
      g_assert_cmpstr (sc_status_to_code (r->status), ==, e->status);
      g_assert_cmpstr (history, ==, e->history);
    }
}

static void
check_month (Fixture      *f,
             const char   *month,
             const Figure *expected,
             guint         n,
             const char   *groups)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReportFigures) figures = sc_report_figures_compute (f->db, month, &error);
  g_autoptr(GString) rows = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_test_message ("%s %s = %g", month, expected[i].code,
                      sc_report_figures_get (figures, expected[i].code));
      g_assert_cmpfloat_with_epsilon (sc_report_figures_get (figures, expected[i].code),
                                      expected[i].value, 1e-9);
    }
  for (guint i = 0; i < figures->groups->len; i++)
    {
      const ScReportGroupRow *row = g_ptr_array_index (figures->groups, i);
      g_string_append_printf (rows, "%s%s %d/%d", i > 0 ? ", " : "", row->code, row->students,
                              row->connected);
    }
  g_assert_cmpstr (rows->str, ==, groups);
}

static void
set_status (ScDatabase *db,
            gint64      id,
            ScStatus    status,
            const char *on_date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_people_set_status (db, &id, 1, status, on_date, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* The program's set-status, as a script would run it. */
static void
run_set_status (Fixture    *f,
                const char *status,
                const char *on,
                const char *person)
{
  g_auto(ScTestRun) run = { 0 };
  /* As the program says it in the suite's locale (Russian or English). */
  g_autofree char *one = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Status changed for %u person",
                                                       "Status changed for %u people", 1), 1);

  g_assert_cmpint (sc_test_run (&run, f->path, "set-status", status, "--on", on, "--person", person,
                                NULL), ==, 0);
  g_assert_nonnull (strstr (run.out, one));
}

/* ---- the months ---------------------------------------------------------- */

static const Expected after_october[] = {
  { "Анисимова Анна Андреевна", "", "joined", "joined@2023-09-15/october.csv" },
  { "Борисов Борис Борисович", "", "invited", "invited@2023-10-02/october.csv" },
  { "Васильева Вера Викторовна", "", "invited", "invited@2023-10-25/hand" },
  { "Григорьев Глеб Геннадьевич", "ИС-21", "joined", "joined@2023-09-20/october.csv" },
  { "Дмитриева Дарья Денисовна", "ИС-21", "invited", "invited@2023-10-02/october.csv" },
  { "Егоров Егор Евгеньевич", "ИС-21", "joined", "joined@2023-10-18/hand" },
  { "Жукова Жанна Игоревна", "ИС-22", "joined", "joined@2023-10-19/hand" },
  { "Зайцев Захар Олегович", "ИС-22", "invited", "invited@2023-10-02/october.csv" },
  { "Иванов Иван Иванович", "ИС-22", "not_invited", "" },
  { "Иванов Иван Иванович", "ИС-21", "not_invited", "" },
};

static const Expected after_november[] = {
  { "Анисимова Анна Андреевна", "", "joined", "joined@2023-09-15/october.csv" },
  { "Борисов Борис Борисович", "", "joined",
    "joined@2023-11-27/november.csv invited@2023-10-02/october.csv" },
  { "Васильева Вера Викторовна", "", "invited", "invited@2023-10-25/hand" },
  { "Григорьев Глеб Геннадьевич", "ИС-21", "joined", "joined@2023-09-20/october.csv" },
  { "Дмитриева Дарья Денисовна", "ИС-21", "declined",
    "declined@2023-11-27/november.csv invited@2023-10-02/october.csv" },
  { "Егоров Егор Евгеньевич", "ИС-21", "joined", "joined@2023-10-18/hand" },
  { "Жукова Жанна Игоревна", "ИС-22", "joined", "joined@2023-10-19/hand" },
  { "Зайцев Захар Олегович", "ИС-21", "invited", "invited@2023-10-02/october.csv" },
  { "Иванов Иван Иванович", "ИС-22", "not_invited", "" },
  { "Иванов Иван Иванович", "ИС-21", "not_invited", "" },
  { "Кузнецова Ксения Олеговна", "ИС-22", "joined", "joined@2023-11-10/november.csv" },
  { "Ларионов Лев Львович", "ИС-22", "not_invited", "" },
};

static const Expected after_december[] = {
  { "Анисимова Анна Андреевна", "", "joined", "joined@2023-09-15/october.csv" },
  { "Борисов Борис Борисович", "", "joined",
    "joined@2023-11-27/november.csv invited@2023-10-02/october.csv" },
  { "Васильева Вера Викторовна", "", "joined",
    "joined@2023-12-05/december.csv invited@2023-10-25/hand" },
  { "Егоров Егор Евгеньевич", "ИС-22", "joined", "joined@2023-10-18/hand" },
  { "Жукова Жанна Игоревна", "ИС-22", "joined", "joined@2023-10-19/hand" },
  { "Ларионов Лев Львович", "ИС-22", "invited", "invited@2023-12-20/december.csv" },
  { "Морозов Максим Маратович", "ИС-21", "not_invited", "" },
};

static void
check_past_months (Fixture *f,
                   gboolean with_november)
{
  check_month (f, "2023-10", october_figures, G_N_ELEMENTS (october_figures), october_groups);
  if (with_november)
    check_month (f, "2023-11", november_figures, G_N_ELEMENTS (november_figures), november_groups);
}

static void
test_three_months (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *oct_csv = write_csv (f, "october.csv", october);
  g_autofree char *nov_csv = write_csv (f, "november.csv", november);
  g_autofree char *nov_xlsx = write_xlsx (f, "november.xlsx", november);
  g_autofree char *dec_csv = write_csv (f, "december.csv", december);
  g_autoptr(GListStore) people = NULL;
  g_autoptr(ScPersonRecord) egorov = NULL;
  g_autoptr(GError) error = NULL;

  /* October: the first list of people, then marks in the window (S3) and with
   * set-status (S4, T3). */
  import_file (f, oct_csv, "2023-10-02", NULL, &(Counts) { 10, 0, 0, 0, 0, 0 });
  people = sc_people_load (f->db, "2023-10-31", &error);
  set_status (f->db, find (people, "Егоров Егор Евгеньевич", "ИС-21")->id, SC_STATUS_JOINED,
              "2023-10-18");
  g_clear_object (&f->db);   /* the program opens the file itself */
  run_set_status (f, "joined", "19.10.2023", "Жукова Жанна Игоревна");
  run_set_status (f, "приглашён", "25.10.2023", "Васильева Вера Викторовна");
  f->db = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  check_people (f, "2023-10-31", after_october, G_N_ELEMENTS (after_october), 10);
  check_month (f, "2023-10", october_figures, G_N_ELEMENTS (october_figures), october_groups);

  /* November: T2, S2, S5, S6 change, S8 and S9 are new; what the window
   * changed and the file did not stays (S3, S4, T3). */
  import_file (f, nov_csv, "2023-11-27", NULL, &(Counts) { 2, 4, 6, 0, 0, 0 });
  check_people (f, "2023-11-30", after_november, G_N_ELEMENTS (after_november), 12);
  check_past_months (f, FALSE);
  check_month (f, "2023-11", november_figures, G_N_ELEMENTS (november_figures),
               november_groups_before_move);

  /* The window moves S3 to ИС-22 and gives him a phone on 28.11. */
  g_clear_object (&people);
  people = sc_people_load (f->db, "2023-11-28", &error);
  egorov = sc_person_record_copy (find (people, "Егоров Егор Евгеньевич", "ИС-21"));
  g_free (egorov->group_code), egorov->group_code = g_strdup ("ИС-22");
  g_free (egorov->phone), egorov->phone = g_strdup ("+79160000003");
  sc_date_set_today ("2023-11-28");
  g_assert_cmpint (sc_people_save (f->db, egorov, &error), ==, egorov->id);
  sc_date_set_today (NULL);

  /* The same November list as XLSX: nothing new, nobody added, the
   * window's move and phone stay. */
  import_file (f, nov_xlsx, "2023-11-29", NULL, &(Counts) { 0, 0, 12, 0, 0, 0 });
  g_clear_object (&people);
  people = sc_people_load (f->db, "2023-11-30", &error);
  g_assert_cmpstr (find (people, "Егоров Егор Евгеньевич", "ИС-22")->phone, ==, "+79160000003");
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM person"), ==, 12);
  check_past_months (f, TRUE);

  /* December, a full list: T3 and S9 change, S10 is new, S4 leaves. */
  import_file (f, dec_csv, "2023-12-20", "2023-12-15", &(Counts) { 1, 2, 8, 0, 0, 1 });
  check_people (f, "2023-12-31", after_december, G_N_ELEMENTS (after_december), 13);
  g_clear_object (&people);
  people = sc_people_load (f->db, "2023-12-31", &error);
  g_assert_cmpstr (find (people, "Жукова Жанна Игоревна", "ИС-22")->left_on, ==, "2023-12-15");
  g_assert_false (find (people, "Жукова Жанна Игоревна", "ИС-22")->active);
  check_past_months (f, TRUE);
  check_month (f, "2023-12", december_figures, G_N_ELEMENTS (december_figures), december_groups);

  /* The December list again changes nothing at all. */
  import_file (f, dec_csv, "2023-12-21", "2023-12-15", &(Counts) { 0, 0, 11, 0, 0, 0 });
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM status_event"), ==, 13);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM person_move"), ==, 2);
  g_assert_cmpint (sc_test_query_int (f->db, "SELECT count (*) FROM people_import"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);
  g_test_add ("/sc/monthly-cycle/three-months", Fixture, NULL, fixture_set_up,
              test_three_months, fixture_tear_down);
  return g_test_run ();
}

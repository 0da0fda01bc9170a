/* sc-test-util.h — what the tests share: temporary folders and files, a
 * college file, values read back with SQL, the built program run and its
 * output captured, and waiting on a condition instead of a fixed time
 *
 * Core only (no GTK): every test may link it. The window's helpers are in
 * sc-test-ui.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-database.h"

G_BEGIN_DECLS

/* ---- the start ------------------------------------------------------------ */

/* The locale the suite gives the test (tests/meson.build: ru_RU.UTF-8 or
 * C.UTF-8), as on a user's PC, with the catalogue built in this tree
 * ($SC_LOCALEDIR) for the Russian the code says. */
void        sc_test_set_locale        (void);
/* sc_test_set_locale (), then g_test_init (). */
void        sc_test_init              (int         *argc,
                                       char      ***argv);

/* ---- folders and files --------------------------------------------------- */

/* A new empty folder "<prefix>-XXXXXX" in the temporary folder. */
char       *sc_test_make_dir          (const char  *prefix);
/* Removes @path and all below it, read-only folders too; links are removed,
 * never followed. Nothing happens when @path does not exist. */
void        sc_test_remove_tree       (const char  *path);
/* Writes @text (UTF-8, as it is) to @dir/@name; returns the path. */
char       *sc_test_write_file        (const char  *dir,
                                       const char  *name,
                                       const char  *text);
/* Writes @utf8 as Russian Excel saves a CSV: in Windows-1251. The line
 * ends stay as given (Excel's are "\r\n"). Returns the path. */
char       *sc_test_write_cp1251      (const char  *dir,
                                       const char  *name,
                                       const char  *utf8);
/* SHA-256 of the file's bytes: "not changed" means byte for byte. */
char       *sc_test_file_checksum     (const char  *path);

/* ---- a college file ------------------------------------------------------ */

/* Creates @dir/college.sqlite3 for the college @name; sets *@path to its
 * path when @path is not NULL. */
ScDatabase *sc_test_college_new       (const char  *dir,
                                       const char  *name,
                                       char       **path);

/* ---- values read back ---------------------------------------------------- */

/* The first column of the first row of @sql; fails when there is no row. */
gint64      sc_test_query_int         (ScDatabase  *db,
                                       const char  *sql);
/* The same as text; NULL when there is no row or the value is NULL. */
char       *sc_test_query_text        (ScDatabase  *db,
                                       const char  *sql);
/* sc_test_query_int on the file at @path, opened read-only and without
 * the application's checks: a backup copy or a file another process has
 * just written is read without being changed. */
gint64      sc_test_file_query_int    (const char  *path,
                                       const char  *sql);

/* ---- programs ------------------------------------------------------------ */

/* What a program did: its exit status and everything it printed. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} ScTestRun;

void        sc_test_run_clear         (ScTestRun   *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScTestRun, sc_test_run_clear)

/* The program under test: $SC_PROGRAM, which tests/meson.build sets. */
const char *sc_test_program           (void);
/* Runs @argv (NULL-ended; argv[0] a path, or a name looked up in PATH),
 * capturing both outputs into @run (cleared first). Returns the exit
 * status; a program killed by a signal fails the test. */
int         sc_test_spawn             (ScTestRun          *run,
                                       const char * const *argv);
/* sc_test_spawn of the program under test: "--db @db" (none when @db is
 * NULL), then the NULL-ended arguments, as in
 * sc_test_run (&run, path, "check", NULL). */
int         sc_test_run               (ScTestRun   *run,
                                       const char  *db,
                                       const char  *first,
                                       ...) G_GNUC_NULL_TERMINATED;
int         sc_test_run_valist        (ScTestRun   *run,
                                       const char  *db,
                                       const char  *first,
                                       va_list      args);
/* The JSON object @text holds (a --json summary); fails on anything else. */
JsonObject *sc_test_parse_json        (const char  *text);

/* Debian's Python with python3-openpyxl: a fair independent reader of the
 * XLSX files we write. */
#define SC_TEST_PYTHON "/usr/bin/python3"
/* TRUE when SC_TEST_PYTHON can import openpyxl; otherwise the test is
 * marked skipped (g_test_skip) and FALSE returned. */
gboolean    sc_test_have_python       (void);
/* Runs the script tests/@script with SC_TEST_PYTHON on @path; returns what
 * it printed. A script that exits non-zero fails the test, with its
 * output and errors. */
char       *sc_test_python_script     (const char  *script,
                                       const char  *path);

/* ---- waiting ------------------------------------------------------------- */

/* How long a wait may take before the test fails: long enough for a slow
 * run under Valgrind; a passing test never waits that long. */
#define SC_TEST_TIMEOUT_MS 30000

typedef gboolean (*ScTestCondition) (gpointer data);

/* Runs the default main context until @condition (@data) holds or
 * @timeout_ms pass; returns whether it holds. Never a fixed time: it
 * returns as soon as the condition is met. */
gboolean    sc_test_wait_until        (ScTestCondition condition,
                                       gpointer        data,
                                       guint           timeout_ms);

/* The machinery of sc_test_assert_eventually. */
typedef struct
{
  gint64 give_up;
  guint  wake_id;
} ScTestWait;

gboolean    sc_test_wait_step         (ScTestWait  *wait,
                                       guint        timeout_ms);
void        sc_test_wait_finish       (ScTestWait  *wait);

/* Fails the test unless @expr becomes true within SC_TEST_TIMEOUT_MS while
 * the default main context runs: sc_test_assert_eventually (done). */
#define sc_test_assert_eventually(expr) \
  G_STMT_START { \
    ScTestWait sc_test_wait_ = { 0, 0 }; \
    while (!(expr)) \
      if (!sc_test_wait_step (&sc_test_wait_, SC_TEST_TIMEOUT_MS)) \
        { \
          sc_test_wait_finish (&sc_test_wait_); \
          g_assertion_message_expr (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, \
                                    "in time: " #expr); \
          break; \
        } \
    sc_test_wait_finish (&sc_test_wait_); \
  } G_STMT_END

/* Dispatches what the default main context has ready now (idles, finished
 * tasks), until nothing is; returns at once when nothing is. */
void        sc_test_drain             (void);
/* Runs the default main context for @milliseconds. Only where a real
 * interval of time is the point (that a delayed save has NOT happened);
 * say why beside the call. */
void        sc_test_iterate_for       (guint        milliseconds);

G_END_DECLS

#!/bin/sh
# test-cli.sh — the command line runs without a display and keeps its exit codes
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
prog=${SC_PROGRAM:?SC_PROGRAM names the built program}
dir=$(mktemp -d)
trap 'chmod -R u+w "$dir"; rm -rf "$dir"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME="$dir/data"
passed=0 failed=0

expect() { # expect STATUS DESCRIPTION COMMAND...
  want=$1 what=$2; shift 2
  "$@" >"$dir/out" 2>"$dir/err"; got=$?
  if [ "$got" = "$want" ]; then passed=$((passed + 1)); echo "ok - $what"
  else failed=$((failed + 1)); echo "not ok - $what: exit $got, wanted $want"; cat "$dir/err"; fi
}
expect_text() { # expect_text FILE TEXT DESCRIPTION
  if grep -q -- "$2" "$dir/$1"; then passed=$((passed + 1)); echo "ok - $3"
  else failed=$((failed + 1)); echo "not ok - $3: no «$2» in $1"; cat "$dir/$1"; fi
}

db="$dir/college.sqlite3"
expect 0 "--version" "$prog" --version
expect_text out "sferum-coordinator 0" "--version prints the version"
expect 0 "--help" "$prog" --help
expect_text out "import-roster\|init" "--help lists the verbs"
expect 2 "unknown verb" "$prog" --db "$db" frobnicate
expect 2 "init without --name" "$prog" --db "$db" init
expect 2 "--db without a file" "$prog" --db
expect 1 "check on a missing file" "$prog" --db "$db" check
expect 0 "init" "$prog" --db "$db" init --name "ГБПОУ «Колледж связи»"
mode=$(stat -c %a "$db")
if [ "$mode" = 600 ]; then passed=$((passed + 1)); echo "ok - file mode 0600"
else failed=$((failed + 1)); echo "not ok - file mode is $mode"; fi
expect 1 "init refuses to overwrite" "$prog" --db "$db" init --name "Другой"
expect_text err "already exists" "init says the file exists"
expect 0 "check" "$prog" --db "$db" check
expect_text out "Integrity: ok" "check reports integrity"
expect_text out "Schema version: 9" "check reports the schema version"
expect 2 "check with a stray argument" "$prog" --db "$db" check extra
printf 'Фамилия;Имя\nИванов;Иван\n' > "$dir/list.csv"
expect 1 "check on a text file" "$prog" --db "$dir/list.csv" check
expect_text err "not a Sferum Coordinator database" "the refusal says why"
expect 0 "init --help" "$prog" --db "$db" init --help
expect 0 "the default file" "$prog" init --name "Колледж по умолчанию"
if [ -f "$XDG_DATA_HOME/sferum-coordinator/college.sqlite3" ]; then passed=$((passed + 1)); echo "ok - default path used"
else failed=$((failed + 1)); echo "not ok - default path not used"; fi

# An unknown option never reaches the window (GApplication): usage, exit 2.
expect 2 "an unknown option without a verb" "$prog" --no-such-option
expect_text err "Synopsis:" "an unknown option prints the synopsis"
expect 2 "an unknown option after --db" "$prog" --db "$db" --frobnicate

# init fills in what the report signs with.
expect 2 "init with an INN whose check digit is wrong" "$prog" --db "$dir/bad.sqlite3" init --name "Колледж" --inn 7707083894
if [ ! -e "$dir/bad.sqlite3" ]; then passed=$((passed + 1)); echo "ok - no file for a refused init"
else failed=$((failed + 1)); echo "not ok - a refused init left a file"; fi
full="$dir/full.sqlite3"
expect 0 "init with INN, head and coordinator" "$prog" --db "$full" init --name "ГБПОУ «Колледж связи»" \
  --inn 7707083893 --head "Петрова Анна Сергеевна" --coordinator "Смирнов Олег Викторович"
expect 0 "report of a college made by init" "$prog" --db "$full" report --month 2023-11 --xlsx "$dir/r.xlsx"
expect_text err "executor's phone is not filled in" "report warns about an empty detail"
if grep -q "INN is not filled in\|head's name\|coordinator's name" "$dir/err"; then
  failed=$((failed + 1)); echo "not ok - report warns about details init filled in"; cat "$dir/err"
else passed=$((passed + 1)); echo "ok - no warning for the details init filled in"; fi

# export-missing: the curators' lists from the command line.
printf 'Фамилия;Имя;Категория;Группа;Телефон;Статус\nАлексеев;Артём;студент;ИС-21;89635664264;нет\nБорисова;Вера;студент;ИС-21;;подключен\nВолков;Глеб;студент;ЭК-11;;нет\nГромова;Дарья;преподаватель;;;нет\n' > "$dir/roster.csv"
expect 0 "import a roster" "$prog" --db "$full" import-roster "$dir/roster.csv"
expect 2 "export-missing without --xlsx" "$prog" --db "$full" export-missing
expect 1 "export-missing of a group that does not exist" "$prog" --db "$full" export-missing --xlsx "$dir/m.xlsx" --group ЯЯ-99
expect 0 "export-missing" "$prog" --db "$full" export-missing --xlsx "$dir/m.xlsx"
expect_text out "3 people" "export-missing counts who is not connected"
expect 0 "export-missing of one group" "$prog" --db "$full" export-missing --xlsx "$dir/m1.xlsx" --group ИС-21
expect_text out "1 person" "one group's list"
if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  /usr/bin/python3 - "$dir/m.xlsx" "$dir/m1.xlsx" >"$dir/out" 2>"$dir/err" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("sheets:", "|".join(wb.sheetnames))
ws = wb["ИС-21"]
print("college:", ws["A1"].value)
print("person:", ws["B6"].value, ws["D6"].value)
print("one:", "|".join(openpyxl.load_workbook(sys.argv[2]).sheetnames))
PY
  expect_text out "sheets: ИС-21|ЭК-11|Педагоги" "a sheet per group, then the teachers"
  expect_text out "college: ГБПОУ «Колледж связи»" "the college on each sheet"
  expect_text out "person: Алексеев Артём +7 (963) 566-42-64" "phones as +7 (963) 566-42-64"
  expect_text out "one: ИС-21$" "--group writes that group only"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

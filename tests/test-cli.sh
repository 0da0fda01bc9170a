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
expect_text out "Schema version: 6" "check reports the schema version"
expect 2 "check with a stray argument" "$prog" --db "$db" check extra
printf 'Фамилия;Имя\nИванов;Иван\n' > "$dir/list.csv"
expect 1 "check on a text file" "$prog" --db "$dir/list.csv" check
expect_text err "not a Sferum Coordinator database" "the refusal says why"
expect 0 "init --help" "$prog" --db "$db" init --help
expect 0 "the default file" "$prog" init --name "Колледж по умолчанию"
if [ -f "$XDG_DATA_HOME/sferum-coordinator/college.sqlite3" ]; then passed=$((passed + 1)); echo "ok - default path used"
else failed=$((failed + 1)); echo "not ok - default path not used"; fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

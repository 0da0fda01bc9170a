#!/bin/sh
# test-bad-databases.sh — `check` and `import-roster` refuse seven kinds of
# bad database file with exit 1 and a one-line reason, and never change it
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
prog=${SC_PROGRAM:?SC_PROGRAM names the built program}
dir=$(mktemp -d)
locker=""
cleanup() {
  [ -n "$locker" ] && kill "$locker" 2>/dev/null
  chmod -R u+w "$dir"; rm -rf "$dir"
}
trap cleanup EXIT
unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME="$dir/data"
passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; }

# A college with enough people to span many pages.
good="$dir/good.sqlite3"
"$prog" --db "$good" init --name "Колледж связи" >/dev/null || exit 1
{
  echo "Фамилия;Имя;Категория;Группа"
  i=0
  while [ $i -lt 400 ]; do echo "Иванов$i;Иван;студент;ИС-$((i % 20))"; i=$((i + 1)); done
} > "$dir/people.csv"
"$prog" --db "$good" import-roster "$dir/people.csv" >/dev/null || exit 1
printf 'Фамилия;Имя;Категория\nПетров;Пётр;педагог\n' > "$dir/one.csv"

# make_case NAME — prints the path of a fresh bad file of that kind
make_case() {
  sub="$dir/$1"; mkdir "$sub"; db="$sub/college.sqlite3"
  size=$(stat -c %s "$good")
  case $1 in
    not-a-database) printf 'Фамилия;Имя\nИванов;Иван\n' > "$db" ;;
    truncated) head -c $((size / 3)) "$good" > "$db" ;;
    corrupt-page) cp "$good" "$db"
      head -c 4096 /dev/zero | tr '\0' 'Z' | dd of="$db" bs=4096 seek=$((size / 4096 / 2)) conv=notrunc 2>/dev/null ;;
    newer-version) cp "$good" "$db"; sqlite3 "$db" 'PRAGMA journal_mode=DELETE; PRAGMA user_version=99;' >/dev/null ;;
    read-only-file) cp "$good" "$db"; chmod 0444 "$db" ;;
    read-only-folder) cp "$good" "$db"; chmod 0555 "$sub" ;;
    locked) cp "$good" "$db" ;;
  esac
  echo "$db"
}

# hold_lock FILE — another process keeps a write transaction open until
# its input closes
hold_lock() {
  mkfifo "$dir/lock-input"
  sqlite3 "$1" < "$dir/lock-input" &
  locker=$!
  exec 3>"$dir/lock-input"
  # a busy timeout: the probe below may hold the lock for an instant, and
  # without one BEGIN fails ("database is locked") and no lock is ever held
  printf '.timeout 10000\nBEGIN EXCLUSIVE;\n' >&3
  n=0
  while sqlite3 "$1" '.timeout 0' 'BEGIN IMMEDIATE; ROLLBACK;' 2>/dev/null; do
    n=$((n + 1)); [ $n -gt 100 ] && break; sleep 0.1
  done
  [ $n -le 100 ] || echo "# the other process did not take the lock within 10 s"
}

release_lock() {
  exec 3>&-
  wait "$locker" 2>/dev/null; locker=""
}

# refused CASE REASON VERB ARGS… — exit 1, one line naming REASON, file unchanged
refused() {
  what=$1 reason=$2; shift 2
  before=$(sha256sum < "$db")
  "$prog" --db "$db" "$@" >"$dir/out" 2>"$dir/err"; status=$?
  after=$(sha256sum < "$db")
  lines=$(wc -l < "$dir/err")
  if [ "$status" = 1 ] && [ "$lines" = 1 ] && grep -q "^sferum-coordinator: .*$reason" "$dir/err" &&
     [ "$before" = "$after" ]; then
    ok "$what: $1 exits 1 with «$(cat "$dir/err")»"
  else
    not_ok "$what: $1 exit $status, $lines lines, file $( [ "$before" = "$after" ] && echo unchanged || echo CHANGED)"
    cat "$dir/err"
  fi
}

for kind in not-a-database truncated corrupt-page newer-version read-only-file read-only-folder locked; do
  db=$(make_case $kind)
  case $kind in
    not-a-database) reason="not a Sferum Coordinator database" ;;
    truncated|corrupt-page) reason="damaged" ;;
    newer-version) reason="newer version" ;;
    read-only-*) reason="read-only" ;;
    locked) reason="in use by another program"; hold_lock "$db" ;;
  esac
  refused $kind "$reason" check
  refused $kind "$reason" import-roster "$dir/one.csv"
  [ $kind = locked ] && release_lock
done

# Once the other program lets go, the locked file works again.
"$prog" --db "$dir/locked/college.sqlite3" import-roster "$dir/one.csv" >/dev/null 2>&1 &&
  ok "unlocked: import-roster works" || not_ok "unlocked: import-roster still fails"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

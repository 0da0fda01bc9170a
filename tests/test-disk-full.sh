#!/bin/sh
# test-disk-full.sh — an import and an export on a really full file system
# (a 1 MiB tmpfs in a private mount namespace): exit 1, a reason that says
# to free space, the database unchanged, no half-written file. Skipped
# (exit 77) where mounting is not allowed; test-disk-full.c covers the same
# under a file size limit everywhere.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
prog=${SC_PROGRAM:?SC_PROGRAM names the built program}

if [ "${SC_IN_NAMESPACE:-}" != 1 ]; then
  if ! unshare -m true 2>/dev/null; then
    echo "# SKIP: no private mount namespace here"; exit 77
  fi
  SC_IN_NAMESPACE=1 exec unshare -m --propagation private "$0" "$@"
fi

work=$(mktemp -d)
full="$work/full"
mkdir "$full"
trap 'umount "$full" 2>/dev/null; rm -rf "$work"' EXIT
if ! mount -t tmpfs -o size=1m,mode=0700 tmpfs "$full" 2>/dev/null; then
  echo "# SKIP: tmpfs cannot be mounted here"; exit 77
fi
unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME="$work/data"
passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; }

people() { # people FILE PREFIX N
  { echo "Фамилия;Имя;Категория;Группа;Статус"
    awk -v p="$2" -v n="$3" 'BEGIN { for (i = 0; i < n; i++)
      printf "%s%d;Иван;студент;ИС-%d;подключён\n", p, i, i % 100 }'; } > "$1"
}
count() { sqlite3 "$1" 'SELECT count(*) FROM person;'; }

base="$work/base.sqlite3"
people "$work/small.csv" Старожилов 50
people "$work/big.csv" Новиков 6000
"$prog" --db "$base" init --name "Колледж" >/dev/null &&
  "$prog" --db "$base" import-roster "$work/small.csv" >/dev/null || exit 1

# 1. The database on the full disk: the import does not fit.
db="$full/college.sqlite3"
cp "$base" "$db"
# What the file holds: a large import takes the file into a rollback
# journal and back, which rewrites header bytes even when it rolls back.
content() { sqlite3 -readonly "$1" .dump | sha256sum; }
before=$(content "$db")
"$prog" --db "$db" import-roster "$work/big.csv" >/dev/null 2>"$work/err"; status=$?
reason=$(grep '^sferum-coordinator: ' "$work/err")
if [ $status = 1 ] && [ "$(echo "$reason" | wc -l)" = 1 ] && echo "$reason" | grep -q "Free some space"; then
  ok "import on a full disk: exit 1, «$reason»"
else
  not_ok "import on a full disk: exit $status, «$reason»"
fi
[ "$(content "$db")" = "$before" ] && ok "the database holds what it held" ||
  not_ok "the database changed"
[ "$(count "$db")" = 50 ] && ok "50 people, as before" || not_ok "$(count "$db") people"
"$prog" --db "$db" check >/dev/null 2>&1 && ok "check passes" || not_ok "check fails"
ls -a "$full" | grep -q -- '-wal$' && not_ok "a -wal file is left" || ok "no -wal left"

# 2. The export to a full disk (a full USB stick): the database elsewhere.
rm -f "$full"/*
head -c $(( $(df --output=avail -B1 "$full" | tail -1) - 4096 )) /dev/zero > "$full/filler" 2>/dev/null
for kind in xlsx pdf; do
  out="$full/report.$kind"
  "$prog" --db "$base" report --month 2023-11 --$kind "$out" >/dev/null 2>"$work/err"; status=$?
  reason=$(grep '^sferum-coordinator: ' "$work/err")
  if [ $status = 1 ] && echo "$reason" | grep -q "^sferum-coordinator: .*free space"; then
    ok "$kind export to a full disk: exit 1, «$reason»"
  else
    not_ok "$kind export to a full disk: exit $status, «$reason»"
  fi
  [ -e "$out" ] || [ -e "$out.tmp" ] && not_ok "a $kind file is left" || ok "no $kind file left"
done
[ "$(count "$base")" = 50 ] && ok "the database is as it was" || not_ok "the database changed"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

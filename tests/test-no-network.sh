#!/bin/sh
# test-no-network.sh — the program opens no network socket: init, an import,
# the report export and the chat plan export run under strace, which must
# see no AF_INET or AF_INET6 socket (AF_UNIX, for local services, is fine).
# Skipped (exit 77) without strace or where tracing is not allowed.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
prog=${SC_PROGRAM:?SC_PROGRAM names the built program}
command -v strace >/dev/null || { echo "# SKIP: strace is not installed"; exit 77; }
strace -f -o /dev/null true 2>/dev/null || { echo "# SKIP: tracing is not allowed here"; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME="$dir/data"
# LeakSanitizer cannot run under ptrace; the other tests look for leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}detect_leaks=0"
passed=0 failed=0
db="$dir/college.sqlite3"
printf 'Фамилия;Имя;Категория;Группа;Статус\nИванов;Иван;студент;ИС-21;подключён\nПетрова;Анна;педагог;;приглашён\n' > "$dir/list.csv"

traced() { # traced NAME ARGS… — runs the program under strace
  name=$1; shift
  strace -f -qq -e trace=socket,connect -o "$dir/$name.trace" "$prog" --db "$db" "$@" \
    >/dev/null 2>"$dir/$name.err"
  status=$?
  if [ $status != 0 ]; then
    failed=$((failed + 1)); echo "not ok - $name exits $status"; cat "$dir/$name.err"; return
  fi
  if grep -E 'AF_INET|AF_INET6|PF_INET' "$dir/$name.trace"; then
    failed=$((failed + 1)); echo "not ok - $name opened a network socket"
  else
    passed=$((passed + 1))
    echo "ok - $name: no network socket ($(grep -c 'socket(' "$dir/$name.trace") sockets, all local)"
  fi
}

traced init init --name "Колледж связи"
traced import-roster import-roster "$dir/list.csv"
traced report report --month 2023-11 --xlsx "$dir/r.xlsx" --pdf "$dir/r.pdf"
traced plan-chats plan-chats --xlsx "$dir/chats.xlsx"
traced check check

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

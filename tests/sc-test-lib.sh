# sc-test-lib.sh — what the command-line scripts that replay a college share:
# the program, a fresh folder and data home, the database's path, and the
# TAP-like ok / fail / expect. Sourced after `set -u`:
#   . "$(dirname "$0")/sc-test-lib.sh"
# SPDX-License-Identifier: GPL-3.0-or-later
prog=${SC_PROGRAM:?SC_PROGRAM names the built program}
py=/usr/bin/python3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME="$dir/data"
db="$dir/college.sqlite3"
passed=0 failed=0

ok() { passed=$((passed + 1)); echo "ok - $1"; }
fail() { failed=$((failed + 1)); echo "not ok - $1"; }

expect() { # expect STATUS DESCRIPTION COMMAND...
  want=$1 what=$2; shift 2
  "$@" >"$dir/out" 2>"$dir/err"; got=$?
  if [ "$got" = "$want" ]; then ok "$what"
  else fail "$what: exit $got, wanted $want"; cat "$dir/err"; fi
}

#!/bin/sh
# check-man.sh PROGRAM MANPAGE — the manual page names every verb the
# program's --help lists, and renders without a warning where man is
# installed.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
prog=${1:?program}
page=${2:?manual page}
status=0
verbs=$(LC_ALL=C.UTF-8 LANGUAGE= "$prog" --help | sed -n '/^Verbs:/,/^$/p' | sed -n 's/^  \([a-z-]*\) .*/\1/p')
[ -n "$verbs" ] || { echo "no verbs found in $prog --help"; exit 1; }
for verb in $verbs; do
  # in troff a hyphen is written \-
  pattern=$(printf '%s' "$verb" | sed 's/-/\\\\-/g')
  if ! grep -q "^\.BI\? \"\?$pattern\b" "$page"; then
    echo "$page does not describe the verb $verb"; status=1
  fi
done
if command -v man >/dev/null; then
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null || true)
  if [ -n "$warnings" ]; then echo "$warnings"; status=1; fi
fi
exit $status

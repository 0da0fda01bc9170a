#!/bin/sh
# check-po.sh — every user-visible string is listed and translated into Russian
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
top=${1:?source folder}
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# 1. Every file with marked strings is in POTFILES.in, and the list is sorted.
grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext|sc_ngettext)\s*\(|translatable="yes"' src \
  --include='*.c' --include='*.ui' | sort > "$tmp/marked"
grep -v '^#' po/POTFILES.in | grep -v '^$' | grep '^src/' | sort > "$tmp/listed"
missing=$(comm -23 "$tmp/marked" "$tmp/listed")
if [ -n "$missing" ]; then
  echo "Files with translatable strings missing from po/POTFILES.in:"; echo "$missing"; status=1
fi
grep -v '^#' po/POTFILES.in | grep -v '^$' > "$tmp/order"
if ! sort -c "$tmp/order" 2>/dev/null; then echo "po/POTFILES.in is not sorted"; status=1; fi

# 2. The template made from the sources now, merged with ru.po, has nothing untranslated.
grep -v '^#' po/POTFILES.in | grep -v '^$' > "$tmp/files"
xgettext --files-from="$tmp/files" --from-code=UTF-8 --add-comments=Translators \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --keyword=ngettext:1,2 --keyword=sc_ngettext:1,2 \
  --output="$tmp/template.pot" 2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }
msgmerge --quiet --no-fuzzy-matching po/ru.po "$tmp/template.pot" -o "$tmp/merged.po"
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/merged.po" 2>&1)
echo "ru: $stats"
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "Untranslated or fuzzy messages in po/ru.po:"
    msgattrib --untranslated --only-fuzzy "$tmp/merged.po" 2>/dev/null | grep '^msgid' | head -40
    msgattrib --untranslated "$tmp/merged.po" | grep -A1 '^msgid' | head -60
    status=1 ;;
esac
# 3. Russian typography the reader notices: no «(а)» forms, and no plain
#    space where a line must not break (before «г.», «МБ» and «%», after «№»,
#    between thousands); U+00A0 and U+202F are written there instead.
msgexec -i po/ru.po 0 > "$tmp/msgstrs"
bad=$(tr '\0' '\n' < "$tmp/msgstrs" | LC_ALL=C.UTF-8 grep -nP \
  '\((а|ла|ая)\)|[0-9d] г\.|№ |[0-9d] МБ|[0-9] %|(^|[^0-9.,])[0-9]{1,3} [0-9]{3}([^0-9]|$)' || true)
if [ -n "$bad" ]; then
  echo "po/ru.po: «(а)» or a breakable space (write U+00A0 before «г.», «МБ» and after «№»; U+202F before «%» and between thousands):"
  echo "$bad"; status=1
fi
exit $status

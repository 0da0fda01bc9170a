#!/bin/sh
# test-package.sh DEB — what an administrator installs: the package holds the
# program, its desktop file, icons, metainfo, GSettings schema, manual page
# and Russian catalogue, and nothing the machine's triggers make; it depends
# on libraries, never on a development package; unpacked into a temporary
# root, its program runs --version, init, demo and report in Russian, and
# its window opens the demonstration college.
# build-aux/test runs it on what build-aux/package built.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
deb=${1:?usage: test-package.sh PACKAGE.deb}
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
app=org.sferumcoord.Coordinator
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; }
check() { # check DESCRIPTION COMMAND… — ok when the command succeeds; its output shown when not
  what=$1; shift
  if output=$("$@" 2>&1); then ok "$what"; else not_ok "$what"; echo "$output" | sed 's/^/# /'; fi
}

# 1. The files: what meson installs, with Debian's own beside them.
dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's|^\./|/|' > "$work/files"
for file in \
    /usr/bin/sferum-coordinator \
    /usr/share/applications/$app.desktop \
    /usr/share/metainfo/$app.metainfo.xml \
    /usr/share/glib-2.0/schemas/$app.gschema.xml \
    /usr/share/locale/ru/LC_MESSAGES/sferum-coordinator.mo \
    /usr/share/icons/hicolor/scalable/apps/$app.svg \
    /usr/share/icons/hicolor/symbolic/apps/$app-symbolic.svg \
    /usr/share/man/man1/sferum-coordinator.1.gz \
    /usr/share/doc/sferum-coordinator/copyright; do
  check "the package holds $file" grep -qx "$file" "$work/files"
done
# The caches are the triggers' job on the machine; headers, static
# libraries and test programs stay in the build.
extra=$(grep -E 'gschemas\.compiled$|icon-theme\.cache$|mimeinfo\.cache$|/include/|\.a$|\.pc$|/tests?/' "$work/files")
check "no cache, header, library or test in the package${extra:+: $extra}" test -z "$extra"

# 2. Dependencies: the libraries the program links (${shlibs:Depends}) and
# a GSettings backend (${misc:Depends}), no development package.
depends=$(dpkg-deb -f "$deb" Depends)
case "$depends" in
  *-dev*|*-dev-bin*) not_ok "no development package in Depends: $depends" ;;
  *) ok "no development package in Depends" ;;
esac
for lib in libgtk-4-1 libadwaita-1-0 libsqlite3-0 libxlsxwriter4 libcsv3 libicu72 gsettings-backend; do
  case "$depends" in
    *"$lib"*) ok "Depends names $lib" ;;
    *) not_ok "Depends names $lib: $depends" ;;
  esac
done

# 3. The data files as the desktop reads them.
root="$work/root"
dpkg -x "$deb" "$root"
check "the schema compiles" \
  glib-compile-schemas --strict --dry-run "$root/usr/share/glib-2.0/schemas"
check "the desktop file is valid" desktop-file-validate "$root/usr/share/applications/$app.desktop"
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/$app.desktop")
check "the desktop file starts the packaged program ($exec_line)" \
  test -x "$root/usr/bin/${exec_line%% *}"
icon=$(sed -n 's/^Icon=//p' "$root/usr/share/applications/$app.desktop")
check "the desktop file's icon is in the package ($icon)" \
  test -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg"
if command -v appstreamcli >/dev/null; then
  check "the metainfo is valid" \
    appstreamcli validate --no-net "$root/usr/share/metainfo/$app.metainfo.xml"
fi

# 4. The program, run from the unpacked root under the users' locale. It
# binds its catalogue in /usr/share/locale, where the package puts it;
# SC_LOCALEDIR points it at the unpacked copy instead.
prog="$root/usr/bin/sferum-coordinator"
check "the program looks for its catalogue in /usr/share/locale" \
  grep -aqF /usr/share/locale "$prog"
run() {
  env -u LC_ALL -u LANGUAGE -u DISPLAY -u WAYLAND_DISPLAY LANG=ru_RU.UTF-8 \
    SC_LOCALEDIR="$root/usr/share/locale" XDG_DATA_HOME="$work/data" "$prog" "$@"
}
expect() { # expect DESCRIPTION EXPECTED-OUTPUT COMMAND-ARGS…
  what=$1 want=$2; shift 2
  got=$(run "$@" 2>&1) && [ "$got" = "$want" ] && ok "$what" ||
    not_ok "$what: wanted «$want», got «$got»"
}
version=$(dpkg-deb -f "$deb" Version)
expect "--version says the package's version" "sferum-coordinator ${version%-*}" --version

default="$work/data/sferum-coordinator/college.sqlite3"
expect "init makes the default database, and says so in Russian" "Создан файл $default" \
  init --name "ГБПОУ «Колледж проверки пакета»"
check "the database is the user's alone (0600)" test "$(stat -c %a "$default" 2>/dev/null)" = 600

cd "$work" || exit 1
expect "demo makes a demonstration college, in Russian" \
  "Создан демонстрационный колледж (300 человек) в файле demo.sqlite3" \
  --db demo.sqlite3 demo --people 300
expect "report saves the XLSX and the PDF, in Russian" "$(printf 'Сохранён файл report.xlsx\nСохранён файл report.pdf')" \
  --db demo.sqlite3 report --month 2023-11 --xlsx report.xlsx --pdf report.pdf
check "the XLSX is a workbook" sh -c 'head -c 2 report.xlsx | grep -q PK'
if command -v pdftotext >/dev/null; then
  pdftotext -layout report.pdf report.txt 2>/dev/null
  for text in "Отчёт об использовании ИКОП «Сферум»" "Педагогов, всего" "Доля подключённых студентов"; do
    check "the PDF reads «$text»" grep -qF "$text" report.txt
  done
else
  echo "# SKIP: pdftotext (poppler-utils) is not installed: the PDF's text is not read"
fi

# 5. The window, from the unpacked root, on the demonstration college: it
# is up once it has opened the file, which it shows by writing the day's
# backup copy beside it. The schema is the package's, compiled here; the
# window's module, where the package has one, is the package's too
# (SC_WINDOW_MODULE; it would be looked for under /usr/lib).
if command -v xvfb-run >/dev/null && command -v dbus-run-session >/dev/null; then
  mkdir -p "$work/schemas"
  glib-compile-schemas --targetdir="$work/schemas" "$root/usr/share/glib-2.0/schemas"
  module=$(find "$root/usr/lib" -path '*/sferum-coordinator/*.so' 2>/dev/null | head -n 1)
  if env -u LC_ALL -u LANGUAGE LANG=ru_RU.UTF-8 SC_LOCALEDIR="$root/usr/share/locale" \
      XDG_DATA_HOME="$work/data" GSETTINGS_SCHEMA_DIR="$work/schemas" GSETTINGS_BACKEND=memory \
      ${module:+SC_WINDOW_MODULE="$module"} GTK_A11Y=none NO_AT_BRIDGE=1 \
      xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- sh -c '
        "$1" --db demo.sqlite3 & pid=$!
        tries=0   # up to a minute, while the program runs
        while [ $tries -lt 600 ] && kill -0 $pid 2>/dev/null &&
              ! ls backups/demo-*.sqlite3 >/dev/null 2>&1; do
          sleep 0.1; tries=$((tries + 1))
        done
        ls backups/demo-*.sqlite3 >/dev/null 2>&1 && up=yes || up=no
        kill $pid 2>/dev/null; wait $pid
        [ $up = yes ]' sh "$prog" >"$work/window.log" 2>&1; then
    ok "the window opens the demonstration college${module:+ (module ${module#"$root"})}"
  else
    not_ok "the window opens the demonstration college"; sed 's/^/# /' "$work/window.log"
  fi
else
  echo "# SKIP: xvfb-run or dbus-run-session is missing: the window is not started"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

#!/bin/sh
# test-depersonalize-cli.sh — «Обезличить выбывших» and the export log
# through the command line (issue 20), as a script runs them.
#
# A college imported on 02.10.2023: three teachers, two groups. The
# January list (15.01.2024, a full list, leavers leaving on 31.12.2023)
# leaves out the teacher Юдин and the students Щербакова and Эльдарова.
# Depersonalising those who left before 01.01.2024 must erase exactly
# those three, leave every month's `report --json` byte for byte the same,
# and leave none of their names, phones, e-mails or ids in the file, its
# -wal or (with --with-backups) the backup copy. Every document saved is
# in `exports`. Figures worked out by hand from the lists below:
#   November 2023: teachers 3 active, 2 connected (Андреева, Юдин);
#                  students 5 active, 4 connected (all but Эльдарова).
#   January 2024:  teachers 2, 1 connected; students 3, all 3 connected.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/sc-test-lib.sh"

# figures_are MONTH "code=value …" DESCRIPTION
figures_are() {
  "$prog" --db "$db" report --month "$1" --json >"$dir/report.json" 2>"$dir/err"
  if "$py" -c '
import json, sys
figures = json.load(open(sys.argv[1]))["figures"]
bad = [f"{c}={figures.get(c)} (wanted {v})" for c, v in (x.split("=") for x in sys.argv[2].split())
       if abs(figures.get(c, -1) - float(v)) > 1e-9]
print("\n".join(bad)); sys.exit(1 if bad else 0)
' "$dir/report.json" "$2"; then ok "$3"; else fail "$3"; cat "$dir/err"; fi
}

# What was erased: the names, the phones, the e-mails, the ids.
secrets="Щербакова Ульяна Эльдарова Эмилия Юдин Ювеналий +79160000001 +79160000002
shcherbakova@example.ru eldarova@example.ru S-777 T-555"

# holds FILE: the secrets found in FILE's raw bytes (none: empty)
holds() {
  [ -e "$1" ] || return 0
  for s in $secrets; do
    if grep -a -q -F -- "$s" "$1"; then printf '%s ' "$s"; fi
  done
}

# xlsx_holds FILE: the secrets in a workbook's unpacked XML
xlsx_holds() {
  "$py" -c '
import sys, zipfile
text = "".join(zipfile.ZipFile(sys.argv[1]).read(n).decode("utf-8", "replace")
               for n in zipfile.ZipFile(sys.argv[1]).namelist())
print(" ".join(s for s in sys.argv[2].split() if s in text))
' "$1" "$secrets"
}

cat >"$dir/october.csv" <<'CSV'
ФИО;Категория;Группа;Телефон;E-mail;Внешний ID;Статус;Дата подключения
Андреева Анна Андреевна;преподаватель;;;;;Подключён;05.10.2023
Белов Борис Борисович;преподаватель;;;;;Приглашён;
Юдин Ювеналий Юрьевич;преподаватель;;+79160000002;;T-555;Подключён;10.10.2023
Гусев Глеб Гордеевич;студент;ИС-21;;;;Подключён;03.10.2023
Давыдова Дарья Денисовна;студент;ИС-21;;;;Подключён;04.10.2023
Щербакова Ульяна Олеговна;студент;ИС-21;+79160000001;shcherbakova@example.ru;S-777;Подключён;06.10.2023
Жаров Жан Жанович;студент;ИС-22;;;;Подключён;05.10.2023
Эльдарова Эмилия Эдуардовна;студент;ИС-22;;eldarova@example.ru;;Приглашён;
CSV
grep -v -e '^Юдин' -e '^Щербакова' -e '^Эльдарова' "$dir/october.csv" >"$dir/january.csv"

expect 0 "init" "$prog" --db "$db" init --name "Колледж связи"
expect 0 "October list" "$prog" --db "$db" import-roster --as-of 02.10.2023 "$dir/october.csv"
expect 0 "January full list" "$prog" --db "$db" import-roster --as-of 15.01.2024 \
  --full-roster --left-on 31.12.2023 "$dir/january.csv"

figures_are 2023-11 "teachers_total=3 teachers_connected=2 students_total=5 students_connected=4" \
  "November 2023 before: 3 teachers (2 connected), 5 students (4 connected)"
figures_are 2024-01 "teachers_total=2 teachers_connected=1 students_total=3 students_connected=3" \
  "January 2024 before: the three leavers are gone"

months="2023-10 2023-11 2023-12 2024-01 2024-02"
for m in $months; do
  "$prog" --db "$db" report --month "$m" --json >"$dir/before-$m.json" 2>/dev/null
done

# ---- the export log: documents before ----------------------------------------
expect 0 "empty export log" "$prog" --db "$db" exports
grep -q . "$dir/out" && ok "an empty log says so" || fail "an empty log prints nothing"
expect 0 "report XLSX of November" "$prog" --db "$db" report --month 2023-11 --xlsx "$dir/nov-before.xlsx"
expect 0 "chat plan" "$prog" --db "$db" plan-chats --xlsx "$dir/plan-before.xlsx"

# ---- a backup copy holds the names ---------------------------------------------
mkdir -p "$dir/backups"
sqlite3 "$db" ".backup '$dir/backups/college-2024-01-20.sqlite3'" 2>"$dir/err" \
  && ok "a backup copy" || { fail "a backup copy"; cat "$dir/err"; }
[ -n "$(holds "$dir/backups/college-2024-01-20.sqlite3")" ] && ok "the copy holds the names" \
  || fail "the copy should hold the names before"
[ -n "$(holds "$db")" ] && ok "the file holds the names before" || fail "the file should hold the names"

# ---- depersonalize: refusals, the dry run --------------------------------------
expect 2 "no date" "$prog" --db "$db" depersonalize
expect 2 "a wrong date" "$prog" --db "$db" depersonalize --left-before 31.02.2024
sum_before=$(sha256sum "$db" | cut -d' ' -f1)
expect 0 "dry run" "$prog" --db "$db" depersonalize --left-before 01.01.2024 --dry-run
grep -q "^3 people who left before 01.01.2024 would be depersonalised" "$dir/out" \
  && ok "the dry run counts the three leavers" || fail "dry run: $(cat "$dir/out")"
[ "$(sha256sum "$db" | cut -d' ' -f1)" = "$sum_before" ] && ok "the dry run changes nothing" \
  || fail "the dry run changed the file"
expect 0 "none left before October" "$prog" --db "$db" depersonalize --left-before 01.10.2023 --dry-run
grep -q "^0 people" "$dir/out" && ok "no one left before 01.10.2023" || fail "$(cat "$dir/out")"

# ---- depersonalize ------------------------------------------------------------
expect 0 "depersonalize" "$prog" --db "$db" depersonalize --left-before 01.01.2024
grep -q "^Depersonalised 3 people who left before 01.01.2024" "$dir/out" \
  && ok "three people depersonalised" || fail "depersonalize: $(cat "$dir/out")"
grep -q "1 backup copy still holds their names" "$dir/out" \
  && ok "it says the backup copy still holds the names" || fail "no word of the copy: $(cat "$dir/out")"

same=1
for m in $months; do
  "$prog" --db "$db" report --month "$m" --json >"$dir/after-$m.json" 2>/dev/null
  cmp -s "$dir/before-$m.json" "$dir/after-$m.json" || { same=0; echo "# $m differs"; }
done
[ $same = 1 ] && ok "every month's report --json is the same, to the byte" || fail "figures changed"
figures_are 2023-11 "teachers_total=3 teachers_connected=2 students_total=5 students_connected=4" \
  "November 2023 after: the leavers still count there"

found=$(holds "$db")
[ -z "$found" ] && ok "no erased name, phone, e-mail or id in the file" || fail "the file still holds: $found"
found=$(holds "$db-wal")
[ -z "$found" ] && ok "nor in its -wal" || fail "the -wal still holds: $found"
[ -n "$(holds "$dir/backups/college-2024-01-20.sqlite3")" ] && ok "the copy is left as it was unless asked" \
  || fail "the copy was changed without --with-backups"
"$prog" --db "$db" people --as-of 15.11.2023 --json >"$dir/people.json"
n=$("$py" -c '
import json, sys
print(sum(1 for p in json.load(open(sys.argv[1])) if p["last_name"] == "Обезличено"))' "$dir/people.json")
[ "$n" = 3 ] && ok "three people are «Обезличено» on 15.11.2023" || fail "$n depersonalised people listed"
grep -q "Андреева" "$dir/people.json" && ok "those who stay keep their names" || fail "Андреева lost her name"

expect 0 "again, with the copies" "$prog" --db "$db" depersonalize --left-before 01.01.2024 --with-backups
grep -q "^Depersonalised 0 people" "$dir/out" && grep -q "^Depersonalised 1 backup copy" "$dir/out" \
  && ok "no one new; the copy depersonalised" || fail "with backups: $(cat "$dir/out")"
found=$(holds "$dir/backups/college-2024-01-20.sqlite3")
[ -z "$found" ] && ok "no erased name in the backup copy" || fail "the copy still holds: $found"
found=$(holds "$dir/backups/college-2024-01-20.sqlite3-wal")
[ -z "$found" ] && ok "nor in the copy's -wal" || fail "the copy's -wal holds: $found"

# ---- documents made afterwards ------------------------------------------------
expect 0 "report XLSX of November, afterwards" "$prog" --db "$db" report --month 2023-11 \
  --xlsx "$dir/nov-after.xlsx" --pdf "$dir/nov-after.pdf"
expect 0 "chat plan, afterwards" "$prog" --db "$db" plan-chats --xlsx "$dir/plan-after.xlsx"
expect 0 "not connected, afterwards" "$prog" --db "$db" export-missing --xlsx "$dir/missing-after.xlsx"
for f in nov-after.xlsx plan-after.xlsx missing-after.xlsx; do
  found=$(xlsx_holds "$dir/$f")
  [ -z "$found" ] && ok "$f names no one erased" || fail "$f holds: $found"
done
found=$(pdftotext "$dir/nov-after.pdf" - 2>/dev/null | grep -o -F -e Щербакова -e Эльдарова -e Юдин | head -1)
[ -z "$found" ] && ok "the PDF names no one erased" || fail "the PDF holds $found"

# ---- the export log -----------------------------------------------------------
expect 0 "exports --json" "$prog" --db "$db" exports --json
"$py" -c '
import json, os, sys
log = json.load(open(sys.argv[1]))
d = sys.argv[2]
want = [("missing", "missing-after.xlsx"), ("chat-plan", "plan-after.xlsx"),
        ("report-pdf", "nov-after.pdf"), ("report-xlsx", "nov-after.xlsx"),
        ("chat-plan", "plan-before.xlsx"), ("report-xlsx", "nov-before.xlsx")]
got = [(e["kind"], os.path.basename(e["file"])) for e in log["exports"]]
assert log["total"] == 6, log["total"]
assert sorted(got) == sorted(want), got
assert all(e["personal_data"] and e["from_command_line"] for e in log["exports"]), log
assert all(os.path.dirname(e["file"]) == os.path.realpath(d) or os.path.dirname(e["file"]) == d
           for e in log["exports"]), log
assert [e["details"] for e in log["exports"] if e["kind"].startswith("report")] == ["2023-11"] * 3, log
' "$dir/out" "$dir" 2>"$dir/err" && ok "the log lists the six documents, each with personal data" \
  || { fail "export log"; cat "$dir/err"; }
expect 0 "exports as text" "$prog" --db "$db" exports
[ "$(wc -l <"$dir/out")" = 6 ] && grep -q "Report for November 2023 (XLSX) · .*nov-before.xlsx · personal data: yes" "$dir/out" \
  && ok "six lines, the report's says what, where and personal data" || { fail "exports text"; cat "$dir/out"; }

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

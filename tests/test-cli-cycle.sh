#!/bin/sh
# test-cli-cycle.sh — three months through the command line, as a script
# would run them (the same college as test-monthly-cycle.c): the October
# roster, marks with set-status, the November roster, a group moved (as the
# window does it), the November roster again as XLSX, the December full
# list. After each step: everyone's status and group from «people --json»,
# nobody twice, and each month's figures from «report --json», worked out
# by hand in test-monthly-cycle.c.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/sc-test-lib.sh"

# people_is DATE WANT DESCRIPTION: «name|group|status|status_on» lines,
# sorted, as people --json --as-of DATE gives them
people_is() {
  "$prog" --db "$db" people --as-of "$1" --json >"$dir/people.json" 2>"$dir/err"
  got=$("$py" -c '
import json, sys
for p in json.load(open(sys.argv[1])):
    name = " ".join(x for x in (p["last_name"], p["first_name"], p["patronymic"]) if x)
    print("|".join((name, p["group"], p["status"], p["status_on"] or "-", p["left_on"] or "-")))
' "$dir/people.json" | sort)
  want=$(printf '%s\n' "$2" | sed '/^$/d' | sort)
  if [ "$got" = "$want" ]; then ok "$3"
  else fail "$3"; printf 'got:\n%s\nwanted:\n%s\n' "$got" "$want"; fi
}

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

summary_is() { # summary_is "added updated unchanged duplicates skipped left" DESCRIPTION
  got=$("$py" -c '
import json, sys
s = json.load(open(sys.argv[1]))
print(" ".join(str(s[k]) for k in ("added", "updated", "unchanged", "duplicates", "skipped", "left")))
' "$dir/out")
  if [ "$got" = "$1" ]; then ok "$2"; else fail "$2: $got, wanted $1"; cat "$dir/out"; fi
}

write_csv() { # write_csv FILE: stdin, as Excel saves it (Windows-1251, CRLF)
  sed 's/$/\r/' | iconv -f UTF-8 -t WINDOWS-1251 >"$dir/$1"
}

header='ФИО;Категория;Группа;Отделение;Телефон;Статус;Дата подключения;Дата выбытия'
write_csv october.csv <<EOF
Список работников и обучающихся на 02.10.2023
$header
Анисимова Анна Андреевна;педагог;;ИТ;;Подключён;15.09.2023;
Борисов Борис Борисович;педагог;;ИТ;;Приглашён;;
Васильева Вера Викторовна;педагог;;ИТ;;;;
Григорьев Глеб Геннадьевич;студент;ИС-21;ИТ;;Подключён;20.09.2023;
Дмитриева Дарья Денисовна;студент;ИС-21;ИТ;;Приглашён;;
Егоров Егор Евгеньевич;студент;ИС-21;ИТ;;;;
Жукова Жанна Игоревна;студент;ИС-22;ИТ;8 (916) 000-00-04;;;
Зайцев Захар Олегович;студент;ИС-22;ИТ;;Приглашён;;
Иванов Иван Иванович;студент;ИС-22;ИТ;;;;
Иванов Иван Иванович;студент;ИС-21;ИТ;;;;
EOF
cat >"$dir/november.txt" <<EOF
Список работников и обучающихся на 27.11.2023
$header
Анисимова Анна Андреевна;педагог;;ИТ;;Подключён;15.09.2023;
Борисов Борис Борисович;педагог;;ИТ;;Подключён;;
Васильева Вера Викторовна;педагог;;ИТ;;;;
Григорьев Глеб Геннадьевич;студент;ИС-21;ИТ;;Подключён;20.09.2023;
Дмитриева Дарья Денисовна;студент;ИС-21;ИТ;;Отказ;;
Егоров Егор Евгеньевич;студент;ИС-21;ИТ;;;;
Жукова Жанна Игоревна;студент;ИС-22;ИТ;8 (916) 000-00-04;;;
Зайцев Захар Олегович;студент;ИС-21;ИТ;;Приглашён;;
Иванов Иван Иванович;студент;ИС-22;ИТ;;;;15.11.2023
Иванов Иван Иванович;студент;ИС-21;ИТ;;;;
Кузнецова Ксения Олеговна;студент;ИС-22;ИТ;;Подключён;10.11.2023;
Ларионов Лев Львович;студент;ИС-22;ИТ;;;;
EOF
write_csv november.csv <"$dir/november.txt"
# The same list as Excel keeps it: dates as date cells, phones as numbers.
"$py" - "$dir/november.txt" "$dir/november.xlsx" <<'EOF'
import datetime, re, sys
from openpyxl import Workbook
book = Workbook()
sheet = book.active
for r, line in enumerate(open(sys.argv[1], encoding="utf-8").read().splitlines()):
    for c, cell in enumerate(line.split(";")):
        if not cell:
            continue
        date = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", cell)
        if r > 1 and date:
            value = datetime.datetime(int(date[3]), int(date[2]), int(date[1]))
            sheet.cell(r + 1, c + 1, value).number_format = "DD.MM.YYYY"
        elif r > 1 and cell.startswith("8 ("):
            sheet.cell(r + 1, c + 1, int(re.sub(r"\D", "", cell)))
        else:
            sheet.cell(r + 1, c + 1, cell)
book.save(sys.argv[2])
EOF
write_csv december.csv <<EOF
$header
Анисимова Анна Андреевна;педагог;;ИТ;;Подключён;15.09.2023;
Борисов Борис Борисович;педагог;;ИТ;;Подключён;;
Васильева Вера Викторовна;педагог;;ИТ;;Подключён;05.12.2023;
Григорьев Глеб Геннадьевич;студент;ИС-21;ИТ;;Подключён;20.09.2023;
Дмитриева Дарья Денисовна;студент;ИС-21;ИТ;;Отказ;;
Егоров Егор Евгеньевич;студент;ИС-22;ИТ;;;;
Зайцев Захар Олегович;студент;ИС-21;ИТ;;Приглашён;;
Иванов Иван Иванович;студент;ИС-21;ИТ;;;;
Кузнецова Ксения Олеговна;студент;ИС-22;ИТ;;Подключён;10.11.2023;
Ларионов Лев Львович;студент;ИС-22;ИТ;;Приглашён;;
Морозов Максим Маратович;студент;ИС-21;ИТ;;;;
EOF

october_figures="teachers_total=3 teachers_connected=1 teachers_connected_pct=33.3 students_total=7 students_connected=3 students_connected_pct=42.9 groups_total=2"
november_figures="teachers_total=3 teachers_connected=2 teachers_connected_pct=66.7 students_total=8 students_connected=4 students_connected_pct=50.0 groups_total=2"
december_figures="teachers_total=3 teachers_connected=3 teachers_connected_pct=100.0 students_total=8 students_connected=3 students_connected_pct=37.5 groups_total=2"

expect 0 "init" "$prog" --db "$db" init --name "ГБПОУ «Колледж»"

# ---- October ----------------------------------------------------------------
expect 0 "the October roster" "$prog" --db "$db" import-roster "$dir/october.csv" --as-of 02.10.2023 --json
summary_is "10 0 0 0 0 0" "October: ten people added"
expect 0 "set-status by name" "$prog" --db "$db" set-status joined --on 18.10.2023 --person "Егоров Егор Евгеньевич"
grep -q "1 person" "$dir/out" && ok "set-status says how many changed" || fail "set-status count: $(cat "$dir/out")"
expect 0 "set-status in Russian" "$prog" --db "$db" set-status подключён --on 19.10.2023 --person "Жукова Жанна Игоревна"
expect 0 "set-status of a teacher" "$prog" --db "$db" set-status invited --on 25.10.2023 --person "Васильева Вера Викторовна"
expect 0 "the same mark again adds nothing" "$prog" --db "$db" set-status invited --on 26.10.2023 --person "Васильева Вера Викторовна"
grep -q "0 people" "$dir/out" && ok "a repeated mark changes nobody" || fail "repeat: $(cat "$dir/out")"
expect 1 "a namesake without --group" "$prog" --db "$db" set-status joined --on 20.10.2023 --person "Иванов Иван Иванович"
grep -q "ИС-21" "$dir/err" && grep -q "ИС-22" "$dir/err" && [ "$(wc -l <"$dir/err")" = 1 ] \
  && ok "the namesakes are listed on one line" || fail "namesakes: $(cat "$dir/err")"
expect 2 "set-status without --on" "$prog" --db "$db" set-status joined --person "Егоров Егор Евгеньевич"
expect 2 "set-status with a bad status" "$prog" --db "$db" set-status maybe --on 20.10.2023 --group ИС-21
expect 2 "set-status without whom" "$prog" --db "$db" set-status joined --on 20.10.2023
expect 2 "people with a bad date" "$prog" --db "$db" people --as-of 31.02.2023
expect 1 "people on a missing file" "$prog" --db "$dir/missing.sqlite3" people
october_people='
Анисимова Анна Андреевна||joined|2023-09-15|-
Борисов Борис Борисович||invited|2023-10-02|-
Васильева Вера Викторовна||invited|2023-10-25|-
Григорьев Глеб Геннадьевич|ИС-21|joined|2023-09-20|-
Дмитриева Дарья Денисовна|ИС-21|invited|2023-10-02|-
Егоров Егор Евгеньевич|ИС-21|joined|2023-10-18|-
Жукова Жанна Игоревна|ИС-22|joined|2023-10-19|-
Зайцев Захар Олегович|ИС-22|invited|2023-10-02|-
Иванов Иван Иванович|ИС-22|not_invited|-|-
Иванов Иван Иванович|ИС-21|not_invited|-|-'
people_is 31.10.2023 "$october_people" "October: everyone's status and group"
figures_are 2023-10 "$october_figures" "October's figures"

# ---- November ---------------------------------------------------------------
expect 0 "the November roster, dry run" "$prog" --db "$db" import-roster "$dir/november.csv" --as-of 27.11.2023 --dry-run
grep -q "line 10: Зайцев Захар Олегович (Student, ИС-21) — Group: ИС-22 → ИС-21" "$dir/out" \
  && ok "the preview names the move: field, old → new" || fail "move preview: $(cat "$dir/out")"
grep -q "line 13: Кузнецова Ксения Олеговна" "$dir/out" && ok "the preview names who is added" \
  || fail "added preview"
expect 0 "the November roster" "$prog" --db "$db" import-roster "$dir/november.csv" --as-of 27.11.2023 --json
summary_is "2 4 6 0 0 0" "November: two added, four changed, six as they were"
"$py" -c '
import json, sys
s = json.load(open(sys.argv[1]))
changes = {p["last_name"]: [(c["field"], c["old"], c["new"]) for c in p["changes"]] for p in s["updated_people"]}
assert changes["Дмитриева"] == [("status", "invited", "declined")], changes
assert changes["Зайцев"] == [("group", "ИС-22", "ИС-21")], changes
assert [p["last_name"] for p in s["added_people"]] == ["Кузнецова", "Ларионов"], s["added_people"]
' "$dir/out" && ok "--json names the people and the changes" || fail "--json changes"
november_people='
Анисимова Анна Андреевна||joined|2023-09-15|-
Борисов Борис Борисович||joined|2023-11-27|-
Васильева Вера Викторовна||invited|2023-10-25|-
Григорьев Глеб Геннадьевич|ИС-21|joined|2023-09-20|-
Дмитриева Дарья Денисовна|ИС-21|declined|2023-11-27|-
Егоров Егор Евгеньевич|ИС-21|joined|2023-10-18|-
Жукова Жанна Игоревна|ИС-22|joined|2023-10-19|-
Зайцев Захар Олегович|ИС-21|invited|2023-10-02|-
Иванов Иван Иванович|ИС-22|not_invited|-|2023-11-15
Иванов Иван Иванович|ИС-21|not_invited|-|-
Кузнецова Ксения Олеговна|ИС-22|joined|2023-11-10|-
Ларионов Лев Львович|ИС-22|not_invited|-|-'
people_is 30.11.2023 "$november_people" "November: marks made by hand survive, the registrar's changes are in"
figures_are 2023-10 "$october_figures" "October's figures have not changed"
figures_are 2023-11 "$november_figures" "November's figures"

# The window moves Егоров to ИС-22 on 28.11: as sc_people_save () does it,
# the group and a dated move (the command line has no verb for this).
sqlite3 "$db" "BEGIN;
INSERT INTO person_move (person_id, on_date, from_group_id, to_group_id, from_department_id, to_department_id)
  SELECT p.id, '2023-11-28', p.group_id, g.id, p.department_id, p.department_id
  FROM person p, study_group g WHERE p.last_name = 'Егоров' AND g.code = 'ИС-22';
UPDATE person SET group_id = (SELECT id FROM study_group WHERE code = 'ИС-22') WHERE last_name = 'Егоров';
COMMIT;" && ok "a group moved as the window does" || fail "the window's move"

expect 0 "the November roster again, as XLSX" "$prog" --db "$db" import-roster "$dir/november.xlsx" --as-of 29.11.2023 --json
summary_is "0 0 12 0 0 0" "the XLSX of the same list changes nothing and adds nobody"
people_is 30.11.2023 "$(printf '%s\n' "$november_people" | sed 's/^Егоров Егор Евгеньевич|ИС-21/Егоров Егор Евгеньевич|ИС-22/')" \
  "the move made in the window stays"
figures_are 2023-11 "$november_figures" "November's totals are the same"

# ---- December ---------------------------------------------------------------
expect 0 "the December full list" "$prog" --db "$db" import-roster "$dir/december.csv" --as-of 20.12.2023 --full-roster --left-on 15.12.2023 --json
summary_is "1 2 8 0 0 1" "December: one added, two changed, one leaves"
"$py" -c '
import json, sys
s = json.load(open(sys.argv[1]))
assert [(p["last_name"], p["left_on"]) for p in s["leavers"]] == [("Жукова", "2023-12-15")], s["leavers"]
' "$dir/out" && ok "--json names who leaves" || fail "--json leavers"
december_people='
Анисимова Анна Андреевна||joined|2023-09-15|-
Борисов Борис Борисович||joined|2023-11-27|-
Васильева Вера Викторовна||joined|2023-12-05|-
Григорьев Глеб Геннадьевич|ИС-21|joined|2023-09-20|-
Дмитриева Дарья Денисовна|ИС-21|declined|2023-11-27|-
Егоров Егор Евгеньевич|ИС-22|joined|2023-10-18|-
Жукова Жанна Игоревна|ИС-22|joined|2023-10-19|2023-12-15
Зайцев Захар Олегович|ИС-21|invited|2023-10-02|-
Иванов Иван Иванович|ИС-22|not_invited|-|2023-11-15
Иванов Иван Иванович|ИС-21|not_invited|-|-
Кузнецова Ксения Олеговна|ИС-22|joined|2023-11-10|-
Ларионов Лев Львович|ИС-22|invited|2023-12-20|-
Морозов Максим Маратович|ИС-21|not_invited|-|-'
people_is 31.12.2023 "$december_people" "December: everyone's status and group"
figures_are 2023-10 "$october_figures" "October's figures are still the same"
figures_are 2023-11 "$november_figures" "November's figures are still the same"
figures_are 2023-12 "$december_figures" "December's figures"
expect 0 "the December list again" "$prog" --db "$db" import-roster "$dir/december.csv" --as-of 21.12.2023 --full-roster --left-on 15.12.2023 --json
summary_is "0 0 11 0 0 0" "the same list again changes nothing"
expect 0 "people, for a person to read" "$prog" --db "$db" people --as-of 31.12.2023
grep -q "Жукова Жанна Игоревна · Student · ИС-22 · ИТ · Connected from 19.10.2023 · date left: 15.12.2023" "$dir/out" \
  && ok "people reads as a list" || fail "people text: $(cat "$dir/out")"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

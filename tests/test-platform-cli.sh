#!/bin/sh
# test-platform-cli.sh — the move to MAX through the command line (issue 15),
# as a script runs it: a college imported in October 2023 on VK Messenger,
# moved to MAX from 01.12.2023, group ИС-21 marked joined in MAX on
# 05.12.2023, two refusals (with and without another channel). November's
# report is the same text before and after the move; December counts
# exactly ИС-21 as connected, and «people --json» shows who needs to move.
# Every figure is worked out by hand from the roster below.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
. "$(dirname "$0")/sc-test-lib.sh"

# people_is DATE WANT DESCRIPTION: «name|status|status_on|platform|reason|channel»
people_is() {
  "$prog" --db "$db" people --as-of "$1" --json >"$dir/people.json" 2>"$dir/err"
  got=$("$py" -c '
import json, sys
for p in json.load(open(sys.argv[1])):
    print("|".join((p["last_name"], p["status"], p["status_on"] or "-", p["platform"],
                    p["reason"] or "-", p["reason_text"] or "-", p["channel"] or "-")))
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

absent() { # absent MONTH CODE DESCRIPTION
  "$prog" --db "$db" report --month "$1" --json >"$dir/report.json" 2>"$dir/err"
  if grep -q "\"$2\"" "$dir/report.json"; then fail "$3"; else ok "$3"; fi
}

# Three teachers, two groups of three students, as of 02.10.2023.
cat >"$dir/october.csv" <<'CSV'
ФИО;Категория;Группа;Статус;Дата подключения
Андреева Анна Андреевна;преподаватель;;Подключён;05.10.2023
Белов Борис Борисович;преподаватель;;Приглашён;
Волков Виктор Викторович;преподаватель;;Подключён;10.10.2023
Гусев Глеб Гордеевич;студент;ИС-21;Подключён;03.10.2023
Давыдова Дарья Денисовна;студент;ИС-21;Подключён;04.10.2023
Ершов Егор Ефимович;студент;ИС-21;Приглашён;
Жаров Жан Жанович;студент;ИС-22;Подключён;05.10.2023
Зуева Зоя Захаровна;студент;ИС-22;Подключён;06.10.2023
Исаев Игорь Ильич;студент;ИС-22;;
CSV

# ---- a new college starts on MAX ---------------------------------------------
expect 0 "init" "$prog" --db "$dir/new.sqlite3" init --name "Новый колледж"
expect 0 "platform of a new college" "$prog" --db "$dir/new.sqlite3" platform
[ "$(cat "$dir/out")" = "MAX (max) — from the start" ] && ok "a new college is on MAX" \
  || fail "new college: $(cat "$dir/out")"
expect 1 "no move to MAX for a college on MAX" "$prog" --db "$dir/new.sqlite3" platform max --from 01.09.2025

# ---- October on VK -----------------------------------------------------------
expect 0 "init" "$prog" --db "$db" init --name "ГБПОУ «Колледж связи»"
expect 0 "the college started on VK" "$prog" --db "$db" platform vk
[ "$(cat "$dir/out")" = "VK Messenger (Sferum) (vk) — from the start" ] && ok "on VK from the start" \
  || fail "platform vk: $(cat "$dir/out")"
expect 0 "the October roster" "$prog" --db "$db" import-roster "$dir/october.csv" --as-of 02.10.2023
# November: teachers Андреева, Волков joined (2 of 3); students Гусев,
# Давыдова, Жаров, Зуева (4 of 6); nobody declined.
november="teachers_total=3 teachers_connected=2 teachers_connected_pct=66.7 students_total=6
 students_connected=4 students_connected_pct=66.7 teachers_declined=0 teachers_covered=2
 students_declined=0 students_covered=4 students_covered_pct=66.7 groups_total=2"
figures_are 2023-11 "$november" "November on VK"
absent 2023-11 students_needs_move "no «needs to move» before the move"
"$prog" --db "$db" report --month 2023-11 --json >"$dir/november-before.json"
"$prog" --db "$db" report --month 2023-10 --json >"$dir/october-before.json"

# ---- the move ----------------------------------------------------------------
expect 2 "platform needs vk or max" "$prog" --db "$db" platform telegram
expect 2 "--from needs a platform" "$prog" --db "$db" platform --from 01.12.2023
expect 2 "--from needs a date" "$prog" --db "$db" platform max --from 31.12
expect 0 "the move to MAX" "$prog" --db "$db" platform max --from 01.12.2023
expect 0 "the history" "$prog" --db "$db" platform
printf 'VK Messenger (Sferum) (vk) — from the start\nMAX (max) — from 01.12.2023\n' >"$dir/want"
cmp -s "$dir/out" "$dir/want" && ok "platform prints the history" || fail "history: $(cat "$dir/out")"
expect 1 "back to VK on the day of the move is refused" "$prog" --db "$db" platform vk --from 01.12.2023
expect 0 "ИС-21 joined in MAX" "$prog" --db "$db" set-status joined --group ИС-21 --on 05.12.2023
grep -q "3 people" "$dir/out" && ok "all three of ИС-21 marked" || fail "ИС-21: $(cat "$dir/out")"

# ---- refusals ----------------------------------------------------------------
expect 2 "declined needs --reason" "$prog" --db "$db" set-status declined --on 10.12.2023 --person "Исаев Игорь Ильич"
expect 2 "an unknown reason" "$prog" --db "$db" set-status declined --on 10.12.2023 --reason lazy --person "Исаев Игорь Ильич"
expect 2 "an unknown channel" "$prog" --db "$db" set-status declined --on 10.12.2023 --reason refuses --channel fax --person "Исаев Игорь Ильич"
expect 2 "«other» needs its words" "$prog" --db "$db" set-status declined --on 10.12.2023 --reason other --person "Исаев Игорь Ильич"
expect 2 "a reason only with declined" "$prog" --db "$db" set-status joined --on 10.12.2023 --reason refuses --person "Исаев Игорь Ильич"
expect 0 "declined with SMS" "$prog" --db "$db" set-status declined --on 10.12.2023 --reason no_smartphone --channel sms --person "Исаев Игорь Ильич"
expect 0 "declined, other reason, no channel" "$prog" --db "$db" set-status declined --on 11.12.2023 --reason other --reason-text "уехал на стажировку" --person "Белов Борис Борисович"

# ---- the reports -------------------------------------------------------------
"$prog" --db "$db" report --month 2023-11 --json >"$dir/november-after.json"
"$prog" --db "$db" report --month 2023-10 --json >"$dir/october-after.json"
cmp -s "$dir/november-before.json" "$dir/november-after.json" && ok "November's report unchanged, to the digit" \
  || { fail "November changed"; diff "$dir/november-before.json" "$dir/november-after.json"; }
cmp -s "$dir/october-before.json" "$dir/october-after.json" && ok "October's report unchanged" \
  || fail "October changed"
# December on MAX: teachers joined in MAX none; Андреева, Волков joined VK
# (need to move); Белов declined without a channel. Students joined in MAX:
# ИС-21's three; Жаров, Зуева need to move; Исаев declined, gets SMS:
# covered 3 + 1 = 4 of 6.
december="teachers_total=3 teachers_connected=0 teachers_connected_pct=0.0 teachers_declined=1
 teachers_alternative=0 teachers_covered=0 teachers_covered_pct=0.0 students_total=6
 students_connected=3 students_connected_pct=50.0 students_declined=1 students_alternative=1
 students_covered=4 students_covered_pct=66.7 teachers_needs_move=2 students_needs_move=2
 groups_total=2 groups_with_chat=0"
figures_are 2023-12 "$december" "December on MAX: ИС-21 connected, the others need to move"

# status_on is the day of the status on the platform in force: none yet in
# MAX for those who need to move.
people_is 31.12.2023 '
Андреева|needs_move|-|max|-|-|-
Белов|declined|2023-12-11|max|other|уехал на стажировку|-
Волков|needs_move|-|max|-|-|-
Гусев|joined|2023-12-05|max|-|-|-
Давыдова|joined|2023-12-05|max|-|-|-
Ершов|joined|2023-12-05|max|-|-|-
Жаров|needs_move|-|max|-|-|-
Зуева|needs_move|-|max|-|-|-
Исаев|declined|2023-12-10|max|no_smartphone|-|sms' "«people» on 31.12: who needs to move, who declined and how"
people_is 30.11.2023 '
Андреева|joined|2023-10-05|vk|-|-|-
Белов|invited|2023-10-02|vk|-|-|-
Волков|joined|2023-10-10|vk|-|-|-
Гусев|joined|2023-10-03|vk|-|-|-
Давыдова|joined|2023-10-04|vk|-|-|-
Ершов|invited|2023-10-02|vk|-|-|-
Жаров|joined|2023-10-05|vk|-|-|-
Зуева|joined|2023-10-06|vk|-|-|-
Исаев|not_invited|-|vk|-|-|-' "«people» on 30.11: VK Messenger, as it was"
expect 0 "people as text" "$prog" --db "$db" people --as-of 31.12.2023
grep -q "^Жаров Жан Жанович · Student · ИС-22 · Needs to move$" "$dir/out" \
  && grep -q "Исаев Игорь Ильич · Student · ИС-22 · Declined from 10.12.2023 (no smartphone · other channel: SMS)" "$dir/out" \
  && ok "people says «Needs to move» and the refusal in words" || fail "people text: $(cat "$dir/out")"

echo "1..$((passed + failed))"
[ "$failed" = 0 ]

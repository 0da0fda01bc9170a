#!/usr/bin/python3
# check-sql.py SRCDIR — fails on SQL built with printf-style formatting
# (g_strdup_printf, g_string_printf, sqlite3_mprintf, …) or by joining
# strings (g_strconcat, g_strjoin, g_string_append): every value goes
# through a bound parameter. Allowed: PRAGMAs that take no parameters,
# in sc-database.c.
# SPDX-License-Identifier: GPL-3.0-or-later
import pathlib
import re
import sys

BUILDERS = re.compile(r'\b(g_strdup_printf|g_strdup_vprintf|g_string_printf|g_string_append_printf'
                      r'|g_string_append|g_string_prepend|g_strconcat|g_strjoin|sqlite3_mprintf'
                      r'|sqlite3_vmprintf|sqlite3_snprintf|snprintf|g_snprintf|sprintf)\s*\(')
SQL = re.compile(r'\b(SELECT|INSERT|UPDATE|DELETE|REPLACE\s+INTO|PRAGMA|CREATE|DROP|ALTER|ATTACH'
                 r'|VACUUM|WHERE|VALUES|ORDER\s+BY|SAVEPOINT|BEGIN|COMMIT|ROLLBACK)\b')
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
ALLOWED = {
    ('src/core/sc-database.c', 'PRAGMA user_version = %d'),
    ('src/core/sc-database.c', 'PRAGMA application_id = %d'),
}


def call_text(text, start):
    """The text of the call whose '(' ends at start, to its closing ')'."""
    depth, i = 1, start
    while i < len(text) and depth:
        if text[i] == '"':
            m = LITERAL.match(text, i)
            i = m.end() if m else i + 1
            continue
        depth += {'(': 1, ')': -1}.get(text[i], 0)
        i += 1
    return text[start:i]


def main(top):
    top = pathlib.Path(top)
    problems, calls = [], 0
    for path in sorted((top / 'src').rglob('*.c')):
        rel = str(path.relative_to(top))
        text = path.read_text(encoding='utf-8')
        for m in BUILDERS.finditer(text):
            calls += 1
            for lit in LITERAL.findall(call_text(text, m.end())):
                if SQL.search(lit) and (rel, lit) not in ALLOWED:
                    line = text.count('\n', 0, m.start()) + 1
                    problems.append(f'{rel}:{line}: {m.group(1)} builds SQL: "{lit}"')
    for p in problems:
        print(f'not ok - {p}')
    print(f'# {calls} string-building calls looked at')
    print(f'{1 if not problems else 0} passed, {1 if problems else 0} failed')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else '.'))

#!/usr/bin/python3
# check-xlsx-numbers.py — every number inside an XLSX is a C number
#
# Unzips each FILE and checks every XML attribute whose value looks like a
# number (widths, heights, margins, scales) and every numeric cell value
# (<v> of a cell without t="s"/"str"/"inlineStr"/"b"/"e") parses as a
# number with a decimal point. Under a ru_RU LC_NUMERIC a writer that
# formats with printf writes "40,7109375", which Excel repairs and
# LibreOffice and openpyxl misread. Prints each bad one; exit 1 if any.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NUMBERISH = re.compile(r"^[-+]?[0-9][0-9.,eE+-]*$")
TEXT_TYPES = {"s", "str", "inlineStr", "b", "e"}


def is_c_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


def bad_numbers(path):
    bad = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            root = ET.fromstring(z.read(name))
            for el in root.iter():
                for key, val in el.attrib.items():
                    if NUMBERISH.match(val) and not is_c_number(val):
                        bad.append(f"{name}: {el.tag.split('}')[-1]} {key}=\"{val}\"")
                if el.tag.endswith("}c") and el.get("t") not in TEXT_TYPES:
                    for v in el:
                        if v.tag.endswith("}v") and v.text and not is_c_number(v.text):
                            bad.append(f"{name}: cell {el.get('r')} value \"{v.text}\"")
    return bad


def main():
    found = []
    for path in sys.argv[1:]:
        found += [f"{path}: {b}" for b in bad_numbers(path)]
    for line in found:
        print(line)
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()

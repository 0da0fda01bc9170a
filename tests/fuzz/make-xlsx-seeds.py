#!/usr/bin/python3
# make-xlsx-seeds.py OUTDIR — whole .xlsx seeds for fuzz-xlsx
#
# The parts are the committed one-part seeds (corpus-xlsx/*.xml, first
# byte = which part). One zip stores them uncompressed, so that mutations
# reach the XML; one deflates them, so that inflating is fuzzed too.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = {
    's': 'xl/worksheets/sheet1.xml',
    't': 'xl/sharedStrings.xml',
    'y': 'xl/styles.xml',
    'w': 'xl/workbook.xml',
    'r': 'xl/_rels/workbook.xml.rels',
}


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    parts = {}
    corpus = os.path.join(HERE, 'corpus-xlsx')
    for name in sorted(os.listdir(corpus)):
        with open(os.path.join(corpus, name), 'rb') as f:
            data = f.read()
        parts[NAMES[chr(data[0])]] = data[1:]
    for label, method in (('stored', zipfile.ZIP_STORED), ('deflated', zipfile.ZIP_DEFLATED)):
        path = os.path.join(out, 'seed-%s.xlsx' % label)
        with zipfile.ZipFile(path, 'w', method) as z:
            for name, data in sorted(parts.items()):
                z.writestr(name, data)


main()

#!/usr/bin/python3
# xlsxwriter-floor.py — the floor for the report benchmark: Debian's
# python3-xlsxwriter writing the same workbook content as ours
#
#   xlsxwriter-floor.py OURS.xlsx OUT.xlsx
#
# Reads OURS with openpyxl (not timed): every cell's value (formulas with
# their cached values), number format, bold, wrap and borders, merged
# ranges, column widths and row heights. Then writes it all again with
# xlsxwriter and prints "write-seconds: S" — the time from the new
# workbook to its closed file.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import sys
import time

import openpyxl
import xlsxwriter


def read(path):
    values = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path, data_only=False)
    sheets = []
    for name in values.sheetnames:
        v, f = values[name], formulas[name]
        cells = []
        for row in f.iter_rows():
            for cell in row:
                if cell.value is None and not cell.has_style:
                    continue
                cached = v.cell(row=cell.row, column=cell.column).value
                style = (cell.number_format, bool(cell.font and cell.font.b),
                         bool(cell.alignment and cell.alignment.wrap_text),
                         bool(cell.border and cell.border.left and cell.border.left.style))
                cells.append((cell.row - 1, cell.column - 1, cell.value, cached, style))
        merged = [(r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1,
                   v.cell(row=r.min_row, column=r.min_col).value) for r in f.merged_cells.ranges]
        widths = {k: d.width for k, d in f.column_dimensions.items() if d.width}
        heights = {k - 1: d.height for k, d in f.row_dimensions.items() if d.height}
        sheets.append((name, cells, merged, widths, heights))
    return sheets


def write(sheets, path):
    workbook = xlsxwriter.Workbook(path)
    formats = {}

    def fmt(style):
        if style not in formats:
            number_format, bold, wrap, border = style
            formats[style] = workbook.add_format({
                "num_format": number_format, "bold": bold, "text_wrap": wrap,
                "border": 1 if border else 0})
        return formats[style]

    for name, cells, merged, widths, heights in sheets:
        ws = workbook.add_worksheet(name)
        for letter, width in widths.items():
            col = xlsxwriter.utility.xl_cell_to_rowcol(letter + "1")[1]
            ws.set_column(col, col, width)
        for row, height in heights.items():
            ws.set_row(row, height)
        merged_starts = set()
        for r1, c1, r2, c2, value in merged:
            ws.merge_range(r1, c1, r2, c2, value if value is not None else "")
            merged_starts.add((r1, c1))
        for row, col, value, cached, style in cells:
            if (row, col) in merged_starts:
                continue
            if isinstance(value, str) and value.startswith("="):
                ws.write_formula(row, col, value, fmt(style), cached)
            elif value is None:
                ws.write_blank(row, col, None, fmt(style))
            else:
                ws.write(row, col, value, fmt(style))
    workbook.close()


def main():
    sheets = read(sys.argv[1])
    start = time.monotonic()
    write(sheets, sys.argv[2])
    print("write-seconds: %.4f" % (time.monotonic() - start))


if __name__ == "__main__":
    main()

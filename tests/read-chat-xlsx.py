#!/usr/bin/python3
# read-chat-xlsx.py — an independent reader of the chat plan XLSX for the tests
#
# Prints one JSON object: for each sheet its title, cell values (dates as
# YYYY-MM-DD), the number format of date cells, the first column's indents,
# frozen panes, autofilter range, whether the header row is bold, page
# orientation and paper size, column widths and hyperlinks.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import datetime
import json
import sys

import openpyxl


def value(cell):
    v = cell.value
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    return v


def sheet_info(ws):
    rows = [[value(c) for c in row] for row in ws.iter_rows()]
    header = [c for c in ws[1] if c.value is not None]
    return {
        "title": ws.title,
        "rows": rows,
        "date_formats": {c.coordinate: c.number_format
                         for row in ws.iter_rows() for c in row if c.is_date},
        "indents": [int(ws.cell(r, 1).alignment.indent or 0)
                    for r in range(2, ws.max_row + 1)],
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "header_bold": bool(header) and all(c.font.b for c in header),
        "orientation": ws.page_setup.orientation,
        "paper": int(ws.page_setup.paperSize or 0),
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
        "links": {c.coordinate: c.hyperlink.target
                  for row in ws.iter_rows() for c in row if c.hyperlink},
    }


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    print(json.dumps({"sheets": [sheet_info(ws) for ws in wb.worksheets]},
                     ensure_ascii=False))


if __name__ == "__main__":
    main()

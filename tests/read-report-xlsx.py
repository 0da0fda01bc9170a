#!/usr/bin/python3
# read-report-xlsx.py — an independent reader of the report workbook
#
# Reads FILE with openpyxl (Debian's python3-openpyxl) and prints one JSON
# object on stdout for test-report-export:
#   sheets:   sheet names in order
#   cells:    {sheet: [[row, column, value, number_format], ...]} (non-empty
#             cells, cached values for formulas; dates as YYYY-MM-DD)
#   formulas: {sheet: number of formula cells}
#   print:    {sheet: {area, paper, orientation, fit_width, fit_height,
#             margins (inches), row_breaks (1-based rows a page ends after),
#             header, footer}}
#   states:   {sheet: "visible" | "hidden"}
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import json
import sys

import openpyxl


def cell_value(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.strftime("%Y-%m-%d")
    return value


def read(path):
    values = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path, data_only=False)
    out = {"sheets": values.sheetnames, "cells": {}, "formulas": {}, "print": {},
           "states": {}}
    for ws in values.worksheets:
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None and cell.value != "":
                    cells.append([cell.row, cell.column, cell_value(cell.value),
                                  cell.number_format])
        out["cells"][ws.title] = cells
        setup = ws.page_setup
        out["print"][ws.title] = {
            "area": ws.print_area,
            "paper": int(setup.paperSize) if setup.paperSize else None,
            "orientation": setup.orientation,
            # An absent fitToWidth / fitToHeight means 1 (ECMA-376).
            "fit_width": 1 if setup.fitToWidth is None else int(setup.fitToWidth),
            "fit_height": 1 if setup.fitToHeight is None else int(setup.fitToHeight),
            "fit_to_page": ws.sheet_properties.pageSetUpPr.fitToPage
            if ws.sheet_properties.pageSetUpPr else None,
            "margins": [ws.page_margins.left, ws.page_margins.right,
                        ws.page_margins.top, ws.page_margins.bottom],
            "row_breaks": [b.id for b in ws.row_breaks.brk],
            "header": ws.oddHeader.center.text or "",
            "footer": ws.oddFooter.center.text or "",
        }
        out["states"][ws.title] = ws.sheet_state
    for ws in formulas.worksheets:
        out["formulas"][ws.title] = sum(
            1 for row in ws.iter_rows() for cell in row
            if isinstance(cell.value, str) and cell.value.startswith("="))
    return out


if __name__ == "__main__":
    json.dump(read(sys.argv[1]), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")

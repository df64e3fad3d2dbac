#!/usr/bin/env python3
"""Writes the small .xlsx files of the workbook corpus cases (120-128, 141-142) byte for byte: python3 make-xlsx-cases.py.

Plain zip + SpreadsheetML written by hand, so that each case holds exactly the cell it is about (a formula with an
error result, a date cell, merged cells, a hidden sheet, a zip bomb) and nothing a spreadsheet program would add.
"""
import os, zipfile
from xlsx_writer import xlsx, s, n, row

HEAD = row(1, s('A1', 'measure'), s('B1', 'period'), s('C1', 'value'))
def case(name, file, sheets):
    os.makedirs(os.path.join(name, 'measurements'), exist_ok=True)
    xlsx(os.path.join(name, 'measurements', file), sheets)

case('120-xlsx-text-in-number-cell', 'q3.xlsx', [('Sheet1', 'visible', HEAD
     + row(2, s('A2', 'training'), s('B2', '2026-07'), n('C2', 5))
     + row(3, s('A3', 'training'), s('B3', '2026-08'), s('C3', 'n/a'))
     + row(4, s('A4', 'training'), s('B4', '2026-09'), '<c r="C4" t="b"><v>1</v></c>'), None)])
case('121-xlsx-formula-error-cell', 'q3.xlsx', [('Sheet1', 'visible', HEAD
     + row(2, s('A2', 'training'), s('B2', '2026-07'), '<c r="C2" t="e"><f>C3/0</f><v>#DIV/0!</v></c>')
     + row(3, s('A3', 'training'), s('B3', '2026-08'), '<c r="C3"><f>1+2</f></c>')
     + row(4, s('A4', 'training'), s('B4', '2026-06'), '<c r="C4"><f>2*3</f><v>6</v></c>')
     + row(5, s('A5', 'defects'), s('B5', '2026-09'), '<c r="C5" t="e"><v>#REF!</v></c>'), None)])
case('122-xlsx-date-is-no-period', 'q3.xlsx', [('Sheet1', 'visible', HEAD
     + row(2, s('A2', 'training'), n('B2', 46218, 1), n('C2', 5))     # 2026-07-15: mid-month
     + row(3, s('A3', 'training'), n('B3', 46234, 2), n('C3', 6))     # 2026-07-31: last day, accepted
     + row(4, s('A4', 'training'), n('B4', 46174, 1), n('C4', 7))     # 2026-06-01: first day, accepted
     + row(5, s('A5', 'defects'), s('B5', '2026-09'), n('C5', 46266, 1)), None)])  # a date as a value
case('123-xlsx-merged-cells', 'q3.xlsx', [('Sheet1', 'visible', HEAD
     + row(2, s('A2', 'training'), s('B2', '2026-07'), n('C2', 5))
     + row(3, s('B3', '2026-08'), n('C3', 6)), ['A2:A3'])])
case('125-xlsx-not-a-workbook', 'q3.xlsx', [])
case('126-xlsx-wide-bad-period-header', 'finance.xlsx', [('Finance export', 'visible',
     row(1, s('A1', 'measure'), s('B1', '2026-07'), s('C1', 'Total'))
     + row(2, s('A2', 'training'), n('B2', 5), n('C2', 5)), None)])
case('127-xlsx-visible-sheet-without-header', 'q3.xlsx', [
     ('Cover', 'visible', row(3, s('B3', 'Q3 actuals, prepared by finance')), None),
     ('Lookup', 'hidden', row(1, s('A1', 'anything')) + row(2, n('A2', 1)), None),
     ('Data', 'visible', HEAD + row(2, s('A2', 'training'), s('B2', '2026-07'), n('C2', 5)), None)])
case('128-xlsx-unknown-measure-at-its-cell', 'q3.xlsx', [("Q3 actuals", 'visible', HEAD
     + row(2, s('A2', 'training'), s('B2', '2026-07'), n('C2', 5))
     + row(3, s('A3', 'traning'), s('B3', '2026-08'), n('C3', 6)), None)])

case('141-xlsx-hidden-sheets-warned', 'q3.xlsx', [
     ('Data', 'visible', HEAD + row(2, s('A2', 'training'), s('B2', '2026-07'), n('C2', 5)), None),
     ('Lookup', 'hidden', row(1, s('A1', 'anything')) + row(2, n('A2', 1)), None),
     ('Macro data', 'veryHidden', row(1, s('A1', 'neither')), None)])
case('142-xlsx-wide-note-column-astray', 'finance.xlsx', [('Finance', 'visible',
     row(1, s('A1', 'measure'), s('B1', '2026-07'), s('C1', 'note'), s('D1', 'note'))
     + row(2, s('A2', 'training'), n('B2', 5), s('C2', 'new course'), s('D2', 'again')), None)])

# 125: a text file named .xlsx
with open('125-xlsx-not-a-workbook/measurements/q3.xlsx', 'w') as f:
    f.write('measure,period,value\ntraining,2026-07,5\n')
# 124: a zip bomb: one sheet part of 8 MiB of spaces, packed to a few KiB
os.makedirs('124-xlsx-zip-bomb/measurements', exist_ok=True)
with zipfile.ZipFile('124-xlsx-zip-bomb/measurements/bomb.xlsx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('xl/worksheets/sheet1.xml', '<worksheet>' + ' ' * (8 << 20) + '</worksheet>')

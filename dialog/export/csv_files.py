"""Writing CSV for analysis: plain UTF-8 with commas, or for a Norwegian spreadsheet (``--excel``).

The plain form is what R, pandas and Python's csv module read without
options: comma-separated UTF-8 with no byte-order mark (a BOM would end up in
the first column's name, and 15 districts' files would no longer stack). The
spreadsheet form is what Excel and LibreOffice set to Norwegian open in
columns: semicolon-separated, UTF-8 with a BOM (or Norwegian letters break),
decimals with a comma (3,5 – a point would be read as a date), and a dotted
code such as theme 3.10 kept as text by an invisible word joiner in front of
it (it, too, would be read as 3 October). In both, no cell can run as a
formula.
"""

from __future__ import annotations

import csv
import io
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by Excel and LibreOffice (CSV injection)."""

WORD_JOINER = "\u2060"
"""Invisible; in front of a dotted code it makes a spreadsheet keep the code as text."""

DOTTED_CODE = re.compile(r"\d+(\.\d+)+")
"""Theme codes such as 3.10 or 4.1, which a Norwegian spreadsheet would turn into dates."""


def neutral_cell(value: object) -> object:
    """A text that would start a formula gets a leading apostrophe, so a spreadsheet shows it as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_cell(value: object) -> object:
    """A cell as a Norwegian spreadsheet should read it: decimal comma, dotted codes kept as text."""
    if isinstance(value, float):
        return f"{value}".replace(".", ",")
    if isinstance(value, str) and DOTTED_CODE.fullmatch(value):
        return WORD_JOINER + value
    return value


def csv_bytes(rows: list[dict], columns: list[str], *, excel: bool = False) -> bytes:
    """Rows as CSV: UTF-8 and commas, or with ``excel`` semicolons, a BOM and decimal commas; never a formula."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", delimiter=";" if excel else ",")
    writer.writeheader()
    for row in rows:
        cells = {key: neutral_cell(value) for key, value in row.items()}
        writer.writerow({key: spreadsheet_cell(value) for key, value in cells.items()} if excel else cells)
    text = buffer.getvalue()
    return text.encode("utf-8-sig") if excel else text.encode("utf-8")

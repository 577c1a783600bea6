"""Filling a DataTable so it is no wider than its box: long headings and long texts wrap instead of running off.

A table whose cursor moves by rows never scrolls sideways, so a column past
the right edge is simply lost. :func:`fill_table` measures every column; when
the whole row is wider than the table, headings wrap onto a second line, and
then the columns named in ``wrap`` (a measure's text) take what room is left
and wrap inside it, each row as tall as its longest cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from textual.widgets import DataTable

Cell = str | Text

NARROWEST = 12
"""The fewest columns a wrapped text column keeps."""


def _plain(cell: Cell) -> str:
    return cell.plain if isinstance(cell, Text) else str(cell)


def _longest_word(text: str) -> int:
    return max((cell_len(word) for word in text.split()), default=0)


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[Cell]], room: int, padding: int,
                  wrap: Sequence[int] = ()) -> list[int]:
    """Content widths for the columns, so that together with ``padding`` per column they fit in ``room``.

    Each column is as wide as its widest cell; when the row is too wide, headings
    may take two lines, and the ``wrap`` columns share what is left (never below
    :data:`NARROWEST`; a column that needs less than its share keeps its width).
    """
    cells = [[_plain(row[index]) for row in rows] for index in range(len(headers))]
    data = [max((max((cell_len(line) for line in cell.splitlines()), default=0) for cell in column), default=0)
            for column in cells]
    widths = [max(width, cell_len(header)) for width, header in zip(data, headers)]
    if sum(widths) + padding * len(widths) <= room:
        return widths
    # Headings may take two lines (a long word is never split).
    widths = [max(width, _longest_word(header), (cell_len(header) + 1) // 2) for width, header in zip(data, headers)]
    left = room - padding * len(widths) - sum(width for index, width in enumerate(widths) if index not in wrap)
    # The wrapping columns share what is left: the narrowest first gets what it needs, the rest share the remainder.
    by_need = sorted(wrap, key=lambda index: widths[index])
    for position, index in enumerate(by_need):
        share = left // (len(by_need) - position)
        widths[index] = min(widths[index], max(share, NARROWEST))
        left -= widths[index]
    return widths


def _lines(cell: Cell, width: int, console: Console) -> int:
    text = cell if isinstance(cell, Text) else Text(cell)
    return max(len(text.wrap(console, width)), 1)


def fill_table(table: DataTable, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
               wrap: Sequence[int] = ()) -> None:
    """Put ``headers`` and ``rows`` in ``table`` (replacing what it had), fitted to its width as it is now."""
    console = table.app.console
    padding = 2 * table.cell_padding
    # Room for the scrollbar is kept even while the table is short: it appears once the rows fill the box.
    room = (table.size.width or table.app.size.width) - table.styles.scrollbar_size_vertical
    widths = column_widths(headers, rows, room, padding, wrap)
    cursor = table.cursor_row
    table.clear(columns=True)
    labels = [Text(header) for header in headers]
    table.header_height = max(_lines(label, width, console) for label, width in zip(labels, widths)) if labels else 1
    for label, width in zip(labels, widths):
        table.add_column(label, width=width)
    for row in rows:
        table.add_row(*row, height=max(_lines(cell, width, console) for cell, width in zip(row, widths)))
    if rows:
        table.move_cursor(row=min(cursor, len(rows) - 1))

"""The minutes' last section: each catalogue theme's status, as a column for the theme × district matrix.

Themes run down the page and the district is one column, as in the
overview's matrix (``dialog overview``), with the overview's marks
(+ positive, ± mixed, − challenge, · not discussed) and each status in words
beside them. A status worked out from the group notes, rather than set by the
process leader, carries an asterisk; a legend under the table says both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH

from dialog.core.overview import DISPLAY_MARKS
from dialog.export.docx_parts import heading, paragraph, portrait_section, table

if TYPE_CHECKING:
    from dialog.core.rows import ThemeStatus
    from dialog.export.minutes_docx import MinutesWriter

DERIVED = "*"
"""Added to the mark of a status read from the notes."""


def is_derived(row: ThemeStatus) -> bool:
    """Whether the status was read from the group notes: not set by the leader, and not "not discussed"
    (which is what no notes at all gives, so nothing was read)."""
    return not row["manual"] and row["status"] != "not_discussed"


def mark(row: ThemeStatus) -> str:
    """The overview's mark for a display row, with :data:`DERIVED` when it was read from the notes."""
    return DISPLAY_MARKS[row["status"]] + (DERIVED if is_derived(row) else "")


def write_display(writer: MinutesWriter) -> None:
    """On a portrait page of its own: the heading, what the column is for, the table and its legend."""
    tr, doc, rows = writer.t, writer.doc, writer.data.display
    portrait_section(doc)
    heading(doc, tr("minutes.h_display"), 1)
    paragraph(doc, tr("minutes.display_note"))
    grid = table(doc, [tr("minutes.theme"), writer.data.facts["district"], tr("minutes.status")],
                 [[f"{row['code']} {writer.name(row)}", mark(row), tr(f"display.{row['status']}")] for row in rows],
                 weights=[10.0, 2.3, 3.7])
    for row in grid.rows:
        row.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    legend = "   ".join(f"{symbol} {tr('display.' + status)}" for status, symbol in DISPLAY_MARKS.items())
    paragraph(doc, legend, "Caption")
    if any(is_derived(row) for row in rows):
        paragraph(doc, tr("minutes.display_derived", mark=DERIVED), "Caption")

"""WordprocessingML written whole: a paragraph or a table as one XML string, parsed once.

python-docx builds a table cell by cell, looking up each child's place in the
schema for every element it adds; for the overview's 36,000 cells that was most
of the export's time. Here a table (or paragraph) is written as text and parsed
in one call, and the elements come back as python-docx's own classes, so the
rest of the code (and the tests) read them with python-docx as before.

Text is escaped, tabs and line breaks become ``w:tab`` and ``w:br`` as
python-docx's ``run.text`` makes them, and characters XML cannot hold (which
the text gate already keeps out of every conference file) are dropped rather
than failing the export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

TWIPS_PER_CM = 567
"""Word's table measures are in twentieths of a point: 1 cm is 566.9 of them."""

LOOK_FIRST_ROW, LOOK_LAST_ROW, LOOK_NO_VERTICAL_BANDS = 0x0020, 0x0040, 0x0400
"""``w:tblLook/@w:val`` bits (Word 2007 reads only this mask; later Word and LibreOffice read both it and the
attributes, so the two must agree)."""

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
"""XML's escapes (xml.sax.saxutils has them too, but importing it loads urllib, ssl and http: 30 ms a program)."""

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_PIECES = re.compile(r"(\t|\r\n|\r|\n)")


@dataclass(frozen=True)
class RunLook:
    """How a run looks: bold or not, its size in points (None: the style's) and its language tag (nb-NO)."""

    bold: bool = False
    points: float | None = None
    lang: str | None = None

    def properties(self) -> str:
        """The run's ``w:rPr`` (empty when it has nothing of its own), children in schema order."""
        parts = "<w:b/>" if self.bold else ""
        if self.points is not None:
            half_points = round(self.points * 2)
            parts += f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
        if self.lang:
            parts += f'<w:lang w:val="{self.lang}"/>'
        return f"<w:rPr>{parts}</w:rPr>" if parts else ""


PLAIN = RunLook()


def run_xml(text: str, look: RunLook = PLAIN) -> str:
    """One ``w:r`` holding ``text`` exactly: tabs and line breaks as Word's own elements."""
    body = []
    for piece in _PIECES.split(_NOT_XML.sub("", text)):
        if piece == "\t":
            body.append("<w:tab/>")
        elif piece in ("\n", "\r", "\r\n"):
            body.append("<w:br/>")
        elif piece:
            body.append(f'<w:t xml:space="preserve">{piece.translate(_ESCAPES)}</w:t>')
    return f"<w:r>{look.properties()}{''.join(body)}</w:r>"


def paragraph_xml(runs: list[tuple[str, RunLook]], style_id: str | None = None,
                  mark: RunLook = PLAIN, keep_with_next: bool = False, centred: bool = False,
                  space_before: float | None = None) -> str:
    """One ``w:p`` in a style (by id), its runs in order; ``mark`` sizes an empty paragraph's line too;
    ``keep_with_next`` keeps it on the page of the paragraph that follows; ``space_before`` (points) sets it
    apart from a table above, which has no space after of its own."""
    properties = f'<w:pStyle w:val="{style_id.translate(_ESCAPES)}"/>' if style_id else ""
    properties += "<w:keepNext/>" if keep_with_next else ""
    properties += f'<w:spacing w:before="{round(space_before * 20)}"/>' if space_before is not None else ""
    properties += '<w:jc w:val="center"/>' if centred else ""
    properties += mark.properties()
    opening = f"<w:pPr>{properties}</w:pPr>" if properties else ""
    return f"<w:p>{opening}{''.join(run_xml(text, look) for text, look in runs if text)}</w:p>"


def paragraph_element(runs: list[tuple[str, RunLook]], style_id: str | None = None, keep_with_next: bool = False,
                      space_before: float | None = None):
    """A parsed ``w:p`` (python-docx's CT_P) ready to be placed in a document body."""
    xml = paragraph_xml(runs, style_id, keep_with_next=keep_with_next, space_before=space_before)
    return parse_xml(xml.replace("<w:p>", f"<w:p {nsdecls('w')}>", 1))


@dataclass(frozen=True)
class TableSpec:
    """What a table needs besides its text: style, column widths, a totals row, text size.

    ``fixed`` keeps the widths as given; otherwise they are a starting point
    Word and LibreOffice may widen a column from to fit its text.
    """

    style_id: str | None = None
    widths_cm: tuple[float, ...] = ()
    bold_last: bool = False
    points: float | None = None
    fixed: bool = False
    lang: str | None = None
    centred_from: int | None = None
    """Body cells from this column on are centred (the matrices' marks and counts)."""
    upward_from: int | None = None
    """Header cells from this column on are written bottom to top (the matrices' district names)."""
    keep_with_next: bool = False
    """Every row stays on the page of the next, the last on the page of the paragraph after the table."""


def table_element(headers: list[str], rows: list[list[str]], spec: TableSpec):
    """A parsed ``w:tbl`` (python-docx's CT_Tbl): a header row that repeats on every page, rows never split.

    The table style's first-row and last-row looks apply (header; totals when
    ``bold_last``), its first-column and banded-column looks do not, so every
    body cell is in the same font as the rest of the text.
    """
    columns = len(headers)
    widths = [round(width * TWIPS_PER_CM) for width in spec.widths_cm] if spec.widths_cm else []
    flags = LOOK_FIRST_ROW | LOOK_NO_VERTICAL_BANDS | (LOOK_LAST_ROW if spec.bold_last else 0)
    look = (f'<w:tblLook w:val="{flags:04X}" w:firstRow="1" w:lastRow="{int(spec.bold_last)}" w:firstColumn="0" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>')
    table_properties = f'<w:tblStyle w:val="{spec.style_id.translate(_ESCAPES)}"/>' if spec.style_id else ""
    table_properties += '<w:tblW w:type="auto" w:w="0"/>'
    if spec.fixed:
        table_properties += '<w:tblLayout w:type="fixed"/>'
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths) if widths else \
        "<w:gridCol/>" * columns
    cell_widths = [f'<w:tcW w:w="{width}" w:type="dxa"/>' for width in widths] or \
        ['<w:tcW w:type="auto" w:w="0"/>'] * columns
    upward = '<w:textDirection w:val="btLr"/>'
    header_cells = [f"<w:tcPr>{width}{upward if spec.upward_from is not None and column >= spec.upward_from else ''}"
                    "</w:tcPr>" for column, width in enumerate(cell_widths)]
    body_cells = [f"<w:tcPr>{width}</w:tcPr>" for width in cell_widths]
    centred = [spec.centred_from is not None and column >= spec.centred_from for column in range(columns)]
    mark = RunLook(points=spec.points)
    header_look = RunLook(bold=True, points=spec.points, lang=spec.lang)
    body_look = RunLook(points=spec.points, lang=spec.lang)

    def row_xml(texts: list[str], row_look: RunLook, header: bool) -> str:
        row_properties = '<w:tblHeader w:val="true"/>' if header else '<w:cantSplit w:val="true"/>'
        def cell_xml(cell: str, text: str, centre: bool) -> str:
            content = paragraph_xml([(text, row_look)], mark=mark, keep_with_next=spec.keep_with_next,
                                    centred=centre and not header)
            return f"<w:tc>{cell}{content}</w:tc>"

        cells = "".join(cell_xml(cell, text, centre) for cell, text, centre in
                        zip(header_cells if header else body_cells, _padded(texts, columns), centred))
        return f"<w:tr><w:trPr>{row_properties}</w:trPr>{cells}</w:tr>"

    body = [row_xml(headers, header_look, True)]
    last = len(rows) - 1
    body += [row_xml(row, header_look if spec.bold_last and number == last else body_look, False)
             for number, row in enumerate(rows)]
    return parse_xml(f"<w:tbl {nsdecls('w')}><w:tblPr>{table_properties}{look}</w:tblPr>"
                     f"<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>")


def _padded(texts: list[str], columns: int) -> list[str]:
    """A row with exactly ``columns`` cells (Word needs every row to fill the grid)."""
    return list(texts[:columns]) + [""] * (columns - len(texts))

"""Page furniture: a running header and "Side 3 av 10" in the footer, and headings kept with what follows.

A printed page of the minutes says whose conference it is and where it sits in the
whole, so a loose page from a stack of district minutes finds its place. An
organisation's template keeps its own header; its footer gets the page numbers
unless it already counts pages. Page numbers are Word fields (PAGE, NUMPAGES):
Word and LibreOffice fill them in when they lay the pages out.
"""

from __future__ import annotations

import re

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import _Footer, _Header
from docx.shared import Cm, Emu

from dialog.export.docx_parts import ensure_style

FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}
"""Placeholders of the page line (``{page}``, ``{pages}``) and the Word field each becomes."""


SHOWN_WITHOUT_TEXT = tuple(qn(tag) for tag in ("w:drawing", "w:pict", "w:object", "w:fldSimple", "w:instrText"))
"""What makes a header show something even without text: a logo, a shape, a field."""


FOOTER_DISTANCE = Cm(1.25)
"""Word's own distance from the paper's bottom edge to the footer."""

LOWEST_FOOTER = Cm(1.0)
"""The lowest a footer is put: clear of the 0.5 cm or so most printers cannot print on."""


def _is_blank(part: _Header | _Footer) -> bool:
    element = part._element
    return not any(text.strip() for text in element.itertext()) and not any(
        True for node in element.iter(*SHOWN_WITHOUT_TEXT))


def _counts_pages(footer: _Footer) -> bool:
    element = footer._element
    instructions = [node.get(qn("w:instr"), "") for node in element.iter(qn("w:fldSimple"))]
    instructions += [node.text or "" for node in element.iter(qn("w:instrText"))]
    return any("PAGE" in instruction.upper() for instruction in instructions)


def _field(paragraph, instruction: str) -> None:
    """A simple field (shown as 1 until the page is laid out)."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} \\* MERGEFORMAT ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def page_line(paragraph, template: str) -> None:
    """Write ``template`` ("Side {page} av {pages}") into ``paragraph``, each placeholder as its field."""
    for piece in re.split(r"(\{page\}|\{pages\})", template):
        name = piece.strip("{}")
        if piece.startswith("{") and name in FIELDS:
            _field(paragraph, FIELDS[name])
        elif piece:
            paragraph.add_run(piece)


def add_page_furniture(document: DocxDocument, header: str, page_template: str) -> None:
    """A running header (where the template has none) and page numbers in the footer (unless it counts pages).

    Written on the first section; later sections (the landscape pages) share them.
    """
    section = document.sections[0]
    if _is_blank(section.header):
        paragraph = section.header.paragraphs[0] if section.header.paragraphs else section.header.add_paragraph()
        paragraph._p.style = ensure_style(document, "Header")
        paragraph.add_run(header)
    footer = section.footer
    if not _counts_pages(footer):
        paragraph = footer.paragraphs[0] if _is_blank(footer) and footer.paragraphs else footer.add_paragraph()
        paragraph._p.style = ensure_style(document, "Footer")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        page_line(paragraph, page_template)
        for each in document.sections:
            _room_for_the_footer(each)


def _room_for_the_footer(section) -> None:
    """Lift a footer that would sit on the paper's edge.

    LibreOffice saves a page without a footer with footer distance 0; the page
    line added to it would then print where a printer cuts it off. It goes
    halfway up the bottom margin, at least :data:`LOWEST_FOOTER` (printers'
    edge) and at most :data:`FOOTER_DISTANCE`.
    """
    distance = section.footer_distance
    if distance is None or distance < LOWEST_FOOTER:
        half = Emu(int((section.bottom_margin or Cm(2.5)) / 2))
        section.footer_distance = min(FOOTER_DISTANCE, max(LOWEST_FOOTER, half))

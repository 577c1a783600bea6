"""Small python-docx helpers: real Word styles, tables, bullets, images with alt text.

Everything is written with named styles (Title, Heading 1–3, List Bullet,
Caption, Intense Quote, a table style) so the text keeps its structure when
pasted into a report, and an organisation's template restyles it.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from dialog.core.errors import DialogError
from dialog.export.docx_styles import complete_styles, style_id, table_style_id

TABLE_STYLES = ("Light Grid Accent 1", "Table Grid")
"""Preferred table styles, first one the document has wins."""

FALLBACK_TABLE_STYLE = "Table Grid"
"""The bordered table style copied in when a template has none of :data:`TABLE_STYLES`."""

PARAGRAPH_STYLES = ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Caption",
                    "Intense Quote", "Header", "Footer")
"""Every paragraph style the documents are written with; a template lacking one gets python-docx's."""

MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
"""The largest organisation template read (its logo included); a larger file is refused before it is read."""

WIDE_TABLE_POINTS = 9.5
"""Text size of the seven-column measures tables: long level names such as "DPS (spesialisthelsetjenesten)" fit."""


def new_document(template: Path | None = None) -> DocxDocument:
    """A blank A4 document, or the organisation's template emptied of its sample text.

    The template's styles, page size, margins, header and footer are kept;
    any style the documents use that the template lacks is copied in from
    python-docx's own (headings with their outline levels, bullets with their
    list numbering).
    """
    if template is None:
        document = Document()
        section = document.sections[0]  # python-docx's blank is US Letter; Norwegian offices print A4
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(2.5)
    else:
        document = _open_template(template)
        body = document.element.body
        for child in list(body):
            if not child.tag.endswith("}sectPr"):
                body.remove(child)
    complete_styles(document, PARAGRAPH_STYLES)
    return document


def _open_template(template: Path) -> DocxDocument:
    """Open an organisation's .docx (or .dotx) template; anything else is refused with one line: save it as .docx."""
    from dialog.core.user_files import open_docx

    try:
        return open_docx(template, MAX_TEMPLATE_BYTES, "error.template_too_large")
    except DialogError as error:
        if error.key != "error.docx_unreadable":
            raise
        raise DialogError("error.template_unreadable", path=template) from None


def ensure_style(document: DocxDocument, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH) -> str:
    """Return the style id of ``name``: the template's own, else a full copy of python-docx's, else a plain one.

    Ids are remembered per document: looking a style up means reading every
    style in the document, which made that lookup most of the export's time.
    """
    known: dict[str, str] = document.__dict__.setdefault("_dialog_style_ids", {})
    if name not in known:
        found = style_id(document, name, kind)
        if found is None:
            style = document.styles.add_style(name, kind)
            if kind == WD_STYLE_TYPE.PARAGRAPH:
                style.base_style = document.styles["Normal"]
            found = style.style_id
        known[name] = found
    return known[name]


def table_style(document: DocxDocument) -> str | None:
    """Return the id of the table style: the first of :data:`TABLE_STYLES` the document has, else Table Grid."""
    if "_dialog_table_style" not in document.__dict__:
        document.__dict__["_dialog_table_style"] = table_style_id(document, TABLE_STYLES, FALLBACK_TABLE_STYLE)
    return document.__dict__["_dialog_table_style"]


def _styled(document: DocxDocument, text: str, style: str | None):
    item = document.add_paragraph(text)
    if style:
        item._p.style = ensure_style(document, style)  # the same w:pStyle python-docx writes, without its lookups
    return item


def paragraph(document: DocxDocument, text: str, style: str | None = None):
    """Add text exactly as typed (line breaks and tabs kept) in a named style."""
    return _styled(document, text, style)


def heading(document: DocxDocument, text: str, level: int):
    """Add a Heading 1–3 (or Title for level 0), kept on the page of what follows it."""
    item = _styled(document, text, "Title" if level == 0 else f"Heading {level}")
    item.paragraph_format.keep_with_next = True
    return item


def bullet(document: DocxDocument, text: str, prefix: str = ""):
    """Add one List Bullet item, with an optional bold lead-in."""
    item = _styled(document, "", "List Bullet")
    if prefix:
        item.add_run(prefix).bold = True
    item.add_run(text)
    return item


def usable_width_cm(document: DocxDocument) -> float:
    """Width between the margins of the section being written, in cm."""
    section = document.sections[-1]
    page, left, right = section.page_width or Cm(21), section.left_margin or 0, section.right_margin or 0
    return (page - left - right) / Cm(1)


def _row_property(row, name: str) -> None:
    element = OxmlElement(name)
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def table(document: DocxDocument, headers: list[str], rows: list[list[str]], *, bold_last: bool = False,
          widths: list[float] | None = None, weights: list[float] | None = None):
    """Add a table with a header row; ``bold_last`` marks a totals row.

    ``widths`` are in cm; ``weights`` share the section's usable width in
    proportion. The header row repeats on every page and no row is split
    across a page break, so a long list stays readable on paper.
    """
    if weights:
        usable = usable_width_cm(document)
        widths = [usable * weight / sum(weights) for weight in weights]
    grid = document.add_table(rows=1, cols=len(headers))
    style = table_style(document)
    if style:
        grid._tbl.tblStyle_val = style
    for cell, text in zip(grid.rows[0].cells, headers):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for number, row in enumerate(rows):
        cells = grid.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = bold_last and number == len(rows) - 1
    for number, row in enumerate(grid.rows):
        _row_property(row, "w:tblHeader" if number == 0 else "w:cantSplit")
    if widths:
        grid.autofit = False
        for column, width in zip(grid.columns, widths):
            column.width = Cm(width)
        for row in grid.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = Cm(width)
    return grid


def picture(document: DocxDocument, png: bytes, width_cm: float, alt_text: str) -> None:
    """Add an image with alt text (read aloud by screen readers, shown in Word's alt-text pane).

    The image stays on the page of the caption that follows it.
    """
    holder = document.add_paragraph()
    holder.paragraph_format.keep_with_next = True
    run = holder.add_run()
    shape = run.add_picture(io.BytesIO(png), width=Cm(width_cm))
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", alt_text)
    doc_pr.set("title", alt_text[:120])


def landscape_section(document: DocxDocument) -> None:
    """Start a landscape section (for the wide tables).

    A template's different first page (a cover header) belongs to the
    document's first page only, not to the first landscape page too.
    """
    section = document.add_section()
    section.different_first_page_header_footer = False
    section.orientation = WD_ORIENT.LANDSCAPE
    if section.page_width < section.page_height:
        section.page_width, section.page_height = section.page_height, section.page_width


def portrait_section(document: DocxDocument) -> None:
    """Start a portrait section again after a landscape one (the page size swapped back, no cover header)."""
    section = document.add_section()
    section.different_first_page_header_footer = False
    section.orientation = WD_ORIENT.PORTRAIT
    if section.page_width > section.page_height:
        section.page_width, section.page_height = section.page_height, section.page_width


def small_text(grid, size: float) -> None:
    """Shrink every run in a table to ``size`` points (the wide measures tables)."""
    for row in grid.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)


def to_bytes(document: DocxDocument) -> bytes:
    """Serialise the document."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()

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
from docx.shared import Cm
from docx.table import Table
from docx.text.paragraph import Paragraph

from dialog.core.errors import DialogError
from dialog.export.docx_properties import language_tag
from dialog.export.docx_styles import complete_styles, style_id, table_style_id
from dialog.export.docx_xml import PLAIN, RunLook, TableSpec, paragraph_element, table_element

BOLD = RunLook(bold=True)

TABLE_STYLES = ("Light Grid Accent 1", "Table Grid")
"""Preferred table styles, first one the document has wins."""

FALLBACK_TABLE_STYLE = "Table Grid"
"""The bordered table style copied in when a template has none of :data:`TABLE_STYLES`."""

PARAGRAPH_STYLES = ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Caption",
                    "Intense Quote", "Header", "Footer")
"""Every paragraph style the documents are written with; a template lacking one gets python-docx's."""

MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
"""The largest organisation template read (its logo included); a larger file is refused before it is read."""

ALT_TITLE_LENGTH = 120
"""The longest picture title (the alt text's short form, which LibreOffice shows); the description is whole."""

WIDE_TABLE_POINTS = 9.5
"""Text size of the seven-column measures tables: long level names such as "DPS (spesialisthelsetjenesten)" fit."""


def new_document(template: Path | None = None, language: str | None = None) -> DocxDocument:
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
    if language:  # every run written is tagged as it is made (finish() tags what the template brought)
        document.__dict__["_dialog_lang"] = language_tag(language)
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


def _styled(document: DocxDocument, runs: list[tuple[str, RunLook]], style: str | None,
            keep_with_next: bool = False, space_before: float | None = None) -> Paragraph:
    """Add a paragraph written whole, its style set by id (python-docx's name lookup reads every style)."""
    lang = document.__dict__.get("_dialog_lang")
    if lang:
        runs = [(text, RunLook(look.bold, look.points, lang)) for text, look in runs]
    element = paragraph_element(runs, ensure_style(document, style) if style else None, keep_with_next,
                                space_before)
    document.element.body._insert_p(element)
    return Paragraph(element, document._body)


def paragraph(document: DocxDocument, text: str, style: str | None = None, *, keep_with_next: bool = False):
    """Add text exactly as typed (line breaks and tabs kept) in a named style; ``keep_with_next`` keeps it on
    the page of what follows."""
    return _styled(document, [(text, PLAIN)], style, keep_with_next)


def paragraph_runs(document: DocxDocument, runs: list[tuple[str, RunLook]], style: str | None = None, *,
                   keep_with_next: bool = False, space_before: float | None = None):
    """Add a paragraph of several runs (a bold lead-in and plain text), written whole; ``space_before`` in
    points."""
    return _styled(document, runs, style, keep_with_next, space_before)


def heading(document: DocxDocument, text: str, level: int):
    """Add a Heading 1–3 (or Title for level 0), kept on the page of what follows it."""
    return _styled(document, [(text, PLAIN)], "Title" if level == 0 else f"Heading {level}", keep_with_next=True)


def bullet(document: DocxDocument, text: str, prefix: str = "", *, keep_with_next: bool = False):
    """Add one List Bullet item, with an optional bold lead-in."""
    return _styled(document, [(prefix, BOLD), (text, PLAIN)], "List Bullet", keep_with_next)


def usable_width_cm(document: DocxDocument) -> float:
    """Width between the margins of the section being written, in cm."""
    section = document.sections[-1]
    page, left, right = section.page_width or Cm(21), section.left_margin or 0, section.right_margin or 0
    return (page - left - right) / Cm(1)


def table(document: DocxDocument, headers: list[str], rows: list[list[str]], *, bold_last: bool = False,
          widths: list[float] | None = None, weights: list[float] | None = None, points: float | None = None,
          centred_from: int | None = None, upward_from: int | None = None, keep_with_next: bool = False):
    """Add a table with a bold header row; ``bold_last`` marks a totals row; ``points`` sets its text size.

    ``widths`` are in cm; ``weights`` share the section's usable width in
    proportion; with neither, the columns share it equally and Word may widen
    one to fit its text. The header row repeats on every page and no row is
    split across a page break, so a long list stays readable on paper;
    ``keep_with_next`` keeps a short table whole and on the page of what
    follows it. The table is written whole (see :mod:`dialog.export.docx_xml`).
    """
    usable = usable_width_cm(document)
    if weights:
        widths = [usable * weight / sum(weights) for weight in weights]
    spec = TableSpec(style_id=table_style(document), widths_cm=tuple(widths or [usable / len(headers)] * len(headers)),
                     bold_last=bold_last, points=points, fixed=bool(widths), lang=document.__dict__.get("_dialog_lang"),
                     centred_from=centred_from, upward_from=upward_from, keep_with_next=keep_with_next)
    element = table_element(headers, rows, spec)
    document.element.body._insert_tbl(element)
    return Table(element, document._body)


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
    doc_pr.set("title", shortened(alt_text, ALT_TITLE_LENGTH))


def shortened(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else cut at the last whole word that fits, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,.;:–-") + "…"


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


def to_bytes(document: DocxDocument) -> bytes:
    """Serialise the document."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()

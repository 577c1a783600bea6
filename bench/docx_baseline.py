"""The baseline for the Word exports: python-docx writing the same content the fast way.

The content is read back from the document dialog wrote (every paragraph with
its style and bold runs, every table's cells, every picture, every section's
orientation), so the baseline writes exactly as much. It then does what a
careful programmer would with python-docx's public API: styles set by id (not
looked up by name), each table made whole with ``add_table(rows, cols)`` (not
grown a row at a time), cells filled once, header row bold, and the file saved.
What it does not do is dialog's own work: reading the conference, counting,
drawing the charts (their PNGs are handed over ready), the translations.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Emu

W_P, W_TBL, W_SECTPR, W_DRAWING, BLIP = qn("w:p"), qn("w:tbl"), qn("w:sectPr"), qn("w:drawing"), \
    "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"


@dataclass
class Content:
    """What a document holds, in order: ("p", style id, [(text, bold)]), ("t", style id, rows),
    ("img", png, width in EMU) and ("section", landscape)."""

    blocks: list[tuple] = field(default_factory=list)

    @property
    def shape(self) -> str:
        paragraphs = sum(block[0] == "p" for block in self.blocks)
        tables = [block for block in self.blocks if block[0] == "t"]
        cells = sum(len(row) for block in tables for row in block[2])
        return f"{paragraphs} paragraphs, {len(tables)} tables, {cells} cells"


def _text(element) -> str:
    return "".join(node.text or "" for node in element.iter(qn("w:t")))


def read_content(data: bytes) -> Content:
    """Every block of the document ``data`` in body order (section breaks included)."""
    document = Document(io.BytesIO(data))
    content = Content()
    for child in document.element.body.iterchildren():
        if child.tag == W_P:
            drawing = next(child.iter(W_DRAWING), None)
            if drawing is not None:
                blip = next(drawing.iter(BLIP))
                image = document.part.related_parts[blip.get(qn("r:embed"))].blob
                extent = next(node for node in drawing.iter() if node.tag.endswith("}extent"))
                content.blocks.append(("img", image, int(extent.get("cx"))))
                continue
            style = child.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            runs = [(_text(run), run.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None) for run in child.iter(qn("w:r"))]
            content.blocks.append(("p", style.get(qn("w:val")) if style is not None else None, runs))
            section = child.find(f"{qn('w:pPr')}/{W_SECTPR}")
            if section is not None:
                size = section.find(qn("w:pgSz"))
                content.blocks.append(("section", size is not None and size.get(qn("w:orient")) == "landscape"))
        elif child.tag == W_TBL:
            style = child.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}")
            rows = [[_text(cell) for cell in row.iterchildren(qn("w:tc"))] for row in child.iterchildren(qn("w:tr"))]
            content.blocks.append(("t", style.get(qn("w:val")) if style is not None else None, rows))
    return content


def write_fast(content: Content) -> bytes:
    """python-docx writing ``content`` the fast way (see the module's docstring); the saved file's bytes."""
    document = Document()
    body = document._body
    for block in content.blocks:
        kind = block[0]
        if kind == "p":
            _kind, style, runs = block
            paragraph = body.add_paragraph()
            if style:
                paragraph._p.style = style
            for text, bold in runs:
                run = paragraph.add_run(text)
                if bold:
                    run.bold = True
        elif kind == "t":
            _kind, style, rows = block
            grid = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
            if style:
                grid._tbl.tblStyle_val = style
            for number, (row, texts) in enumerate(zip(grid.rows, rows)):
                for cell, text in zip(row.cells, texts):
                    run = cell.paragraphs[0].add_run(text)
                    if number == 0:
                        run.bold = True
        elif kind == "img":
            _kind, png, width = block
            document.add_picture(io.BytesIO(png), width=Emu(width))
        else:
            section = document.add_section()
            if block[1]:
                section.orientation = WD_ORIENT.LANDSCAPE
                section.page_width, section.page_height = section.page_height, section.page_width
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main(arguments: list[str]) -> None:
    """``python -m bench.docx_baseline CONTENT.pickle OUT.docx``: the baseline as a whole program."""
    import pickle
    from pathlib import Path

    content = pickle.loads(Path(arguments[0]).read_bytes())
    Path(arguments[1]).write_bytes(write_fast(content))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])

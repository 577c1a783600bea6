"""Minutes export time: the demo and a large conference, against raw python-docx for the same content."""

from __future__ import annotations

import random
from pathlib import Path

from docx import Document

from bench.timing import timed
from dialog.core.attendance import set_attendance
from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.demo import build_demo
from dialog.core.evaluation import add_response
from dialog.core.findings import add_finding, add_quote
from dialog.core.groups import add_group
from dialog.core.measures import add_measure
from dialog.core.notes import add_note
from dialog.core.vocabulary import NOTE_KINDS
from dialog.export.docx_parts import to_bytes
from dialog.export.minutes_docx import build_minutes

THEMES = ["4.9", "4.5", "4.10", "3.9", "4.2", "4.12"]


def large_conference(folder: Path) -> Path:
    """35 participants, 6 groups, 300 notes, 35 forms, 12 findings, 18 measures."""
    rng = random.Random(7)
    path = folder / "large.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Stor bydel", "2008-03-12"))
    with db.atomic():
        set_attendance(db, {"user": 15, "relative": 3, "staff": 9, "manager": 4, "nav": 2, "dps": 2})
        for number in range(12):
            finding = add_finding(db, f"Funn nummer {number + 1} om tjenestene", "Tekst om funnet. " * 8)
            add_quote(db, finding, "Et sitat fra en bruker om hvordan det var. " * 2, "B")
        for group_number, theme in enumerate(THEMES):
            group = add_group(db, f"Gruppe {group_number + 1}", [theme], {"user": 3, "staff": 2, "manager": 1})
            for note_number in range(50):
                add_note(db, group, rng.choice(NOTE_KINDS), f"Notat {note_number} med noen setninger om saken. " * 3,
                         rng.choice(["B1", "B2", "T", "L", "P"]))
            for measure_number in range(3):
                add_measure(db, f"Tiltak {measure_number} fra gruppe {group_number + 1}", theme_code=theme,
                            group_id=group, level="district", owner="Bydelen", deadline="2008-06-01",
                            votes=rng.randint(0, 9))
        for _ in range(35):
            add_response(db, {"matched": rng.randint(1, 5), "voice": rng.randint(1, 5), "safe": rng.randint(1, 5),
                              "learned": rng.randint(1, 5), "useful": rng.randint(1, 5),
                              "comments": "En kommentar om dagen."})
    db.close()
    return path


def raw_docx(paragraphs: int, tables: int, rows: int) -> bytes:
    """python-docx alone writing the same number of paragraphs and tables (no charts)."""
    document = Document()
    for number in range(paragraphs):
        document.add_paragraph(f"Avsnitt {number} med litt tekst om saken.", style="List Bullet")
    for _ in range(tables):
        grid = document.add_table(rows=rows, cols=4)
        for row in grid.rows:
            for cell in row.cells:
                cell.text = "celle"
    return to_bytes(document)


def shape_of(data: bytes) -> tuple[int, int, int]:
    import io

    document = Document(io.BytesIO(data))
    rows = max((len(t.rows) for t in document.tables), default=1)
    return len(document.paragraphs), len(document.tables), rows


def run(folder: Path, line) -> None:
    """Print the export figures."""
    for name, path in (("demo", build_demo(folder / "demo", "stovner")), ("large", large_conference(folder))):
        data = build_minutes(path)
        paragraphs, tables, rows = shape_of(data)
        ours = timed(lambda path=path: build_minutes(path))
        raw = timed(lambda shape=(paragraphs, tables, rows): raw_docx(*shape))
        line(f"minutes export, {name} ({paragraphs} paragraphs, {tables} tables)", ours * 1000, "ms", raw * 1000)
        line(f"raw python-docx, same paragraphs and tables ({name})", raw * 1000, "ms")

"""The organiser's overview over 500 conference files (copies of the 15 Oslo fixtures, each its own id)."""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path

from dialog.core.overview import build_overview
from dialog.export.json_format import import_json
from dialog.export.overview_docx import build_overview_docx

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "oslo"
FILES = 500


def make_files(folder: Path) -> Path:
    """500 conference files: the 15 fixtures imported once, then copied with fresh conference ids."""
    originals = [import_json(fixture, folder / "originals") for fixture in sorted(FIXTURES.glob("*.json"))]
    many = folder / "many"
    many.mkdir()
    for number in range(FILES):
        source = originals[number % len(originals)]
        target = many / f"{number:03d}.dialog.sqlite"
        target.write_bytes(source.read_bytes())
        connection = sqlite3.connect(target)
        connection.execute("UPDATE conference SET id = ?", [str(uuid.uuid4())])
        connection.commit()
        connection.execute("PRAGMA journal_mode = DELETE")  # no -wal left beside it: a collected file
        connection.close()
    return many


def run(folder: Path, line) -> None:
    """Print the overview figures."""
    many = make_files(folder / "overview")
    start = time.perf_counter()
    overview = build_overview([many])
    read = time.perf_counter() - start
    start = time.perf_counter()
    build_overview_docx(overview, "nb")
    word = time.perf_counter() - start
    line(f"overview: read {len(overview.conferences)} conference files", read * 1000, "ms")
    line("overview: per file", read * 1000 / FILES, "ms")
    line("overview: Word document for 500 conferences", word * 1000, "ms")

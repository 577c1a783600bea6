"""The organiser's overview over 500 conference files (copies of the 15 Oslo fixtures, each its own id).

How measured: reading once; the Word document and its baseline (python-docx writing the same content fast,
bench/docx_baseline.py) alternating, 3 pairs, medians; the CSV the best of three at 100 and 500 files.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path

from bench.docx_baseline import read_content, write_fast
from bench.timing import paired
from dialog.core.overview import Overview, build_overview
from dialog.export.csv_files import csv_bytes
from dialog.export.json_format import import_json
from dialog.export.overview_csv import overview_tables
from dialog.export.overview_docx import build_overview_docx

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "oslo"
FILES = 500
FEWER = 100
"""The overview CSV is timed at 100 and at 500 files: a linear build takes about 5 times as long for 500."""


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
    content = read_content(build_overview_docx(overview, "nb"))
    word, raw = paired(lambda: build_overview_docx(overview, "nb"), lambda: write_fast(content), pairs=3)
    line(f"overview: read {len(overview.conferences)} conference files", read * 1000, "ms")
    line("overview: per file", read * 1000 / FILES, "ms")
    line(f"overview: Word document for {FILES} conferences ({content.shape})", word * 1000, "ms", raw * 1000)
    line("fast python-docx, same content (overview)", raw * 1000, "ms")
    fewer = build_overview(sorted(many.iterdir())[:FEWER], with_notes=True)
    everything = build_overview([many], with_notes=True)
    hundred = _csv_seconds(fewer)
    line(f"overview: CSV files for {FEWER} conferences", hundred * 1000, "ms")
    line(f"overview: CSV files for {FILES} vs {FEWER} (linear: about 5)", _csv_seconds(everything) * 1000, "ms",
         hundred * 1000)


def _csv_seconds(overview: Overview) -> float:
    """The best of three: the overview's CSV tables made and encoded, in memory (no disk)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for columns, rows in overview_tables(overview, "nb").values():
            csv_bytes(rows, columns)
        best = min(best, time.perf_counter() - start)
    return best

"""Minutes export time: the demo and a large conference, against python-docx writing the same content fast.

How measured: our export and the baseline (bench/docx_baseline.py) alternate, 7 pairs, medians; in the
process (bytes in memory), then as whole programs from start until the file is on disk, which is what
the organiser waits for.
"""

from __future__ import annotations

import os
import pickle
import random
import subprocess
import sys
from pathlib import Path

from bench.docx_baseline import read_content, write_fast
from bench.timing import paired
from dialog.core.attendance import set_attendance
from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.demo import build_demo
from dialog.core.evaluation import add_response
from dialog.core.findings import add_finding, add_quote
from dialog.core.groups import add_group
from dialog.core.measures import add_measure
from dialog.core.notes import add_note
from dialog.core.vocabulary import NOTE_KINDS
from dialog.export.minutes_docx import build_minutes

ROOT = Path(__file__).resolve().parent.parent

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


def _process(arguments: list[str]) -> None:
    """Run ``python ARGUMENTS`` as a user's program runs: compiled modules cached (as after the first run)."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, *arguments], check=True, capture_output=True,
                   env={**environment, "PYTHONPATH": str(ROOT)})


def run(folder: Path, line) -> None:
    """Print the export figures: in the process, then as whole programs (the organiser's wait for the file)."""
    for name, path in (("demo", build_demo(folder / "demo", "stovner")), ("large", large_conference(folder))):
        content = read_content(build_minutes(path))
        ours, raw = paired(lambda path=path: build_minutes(path), lambda content=content: write_fast(content))
        line(f"minutes, {name} ({content.shape})", ours * 1000, "ms", raw * 1000)
        line(f"fast python-docx, same content ({name})", raw * 1000, "ms")
        saved = folder / f"{name}-content.pickle"
        saved.write_bytes(pickle.dumps(content))
        out = folder / f"{name}-out.docx"
        ours, raw = paired(lambda path=path, out=out: _process(["-m", "dialog", "export", str(path), "--out", str(out),
                                                                  "--force"]),
                           lambda saved=saved, out=out: _process(["-m", "bench.docx_baseline", str(saved), str(out)]))
        line(f"dialog export as a program, {name}", ours * 1000, "ms", raw * 1000)
        line(f"fast python-docx as a program, same content ({name})", raw * 1000, "ms")

"""The cross-district overview as CSV files for analysis (UTF-8 with BOM, one folder)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dialog.core.errors import DialogError
from dialog.core.overview import Overview
from dialog.export.csv_export import csv_bytes
from dialog.export.paths import numbered, write_atomically


def overview_tables(overview: Overview, today: date | None = None) -> dict[str, tuple[list[str], list[dict]]]:
    """File name -> (columns, rows) for attendance, the display matrix, measures and evaluation."""
    attendance = [{"district": c.district, "date": c.date, "interviews": c.interviews, "informants": c.informants,
                   "participants": c.participants, "forms": c.forms} for c in overview.conferences]
    matrix = [{"theme": theme["code"], "district": c.district, "status": c.display.get(theme["code"], "not_discussed"),
               "measures": overview.measure_counts().get((theme["code"], c.district), 0)}
              for theme in overview.themes for c in overview.conferences]
    measures = [{"district": m["district"], "theme": m["theme_code"], "measure": m["text"], "level": m["level"],
                 "owner": m["owner"], "deadline": m["deadline"], "status": m["status"], "overdue": int(m["overdue"]),
                 "votes": m["votes"]} for m in overview.measures(today=today)]
    evaluation = [{"district": c.district, "question": s["code"], "n": s["count"],
                   "mean": "" if s["suppressed"] or s["mean"] is None else round(s["mean"], 2),
                   **{f"score_{n}": ("" if s["suppressed"] else s["distribution"].get(n, 0)) for n in range(1, 6)}}
                  for c in overview.conferences for s in c.scales]
    return {
        "attendance.csv": (["district", "date", "interviews", "informants", "participants", "forms"], attendance),
        "display-matrix.csv": (["theme", "district", "status", "measures"], matrix),
        "measures.csv": (["district", "theme", "measure", "level", "owner", "deadline", "status", "overdue",
                          "votes"], measures),
        "evaluation.csv": (["district", "question", "n", "mean", *[f"score_{n}" for n in range(1, 6)]], evaluation),
    }


def export_overview_csv(overview: Overview, folder: Path, *, force: bool = False) -> Path:
    """Write the four CSV files into ``folder`` (a numbered folder if it holds files, unless ``force``)."""
    if folder.exists() and not folder.is_dir():
        raise DialogError("error.file_exists", path=folder)
    if folder.exists() and any(folder.iterdir()) and not force:
        folder = numbered(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, (columns, rows) in overview_tables(overview).items():
        write_atomically(folder / name, csv_bytes(rows, columns), force=True)
    return folder

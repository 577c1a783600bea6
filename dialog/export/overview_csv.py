"""The cross-district overview as CSV files for analysis, one folder.

``attendance.csv`` (one row per conference and a total row), ``display-matrix.csv``
(theme × conference), ``measures.csv``, ``notes.csv`` (every group note),
``evaluation.csv`` (per scale question and conference) and a ``README.txt``.
Every row starts with district, date and conference id, so two conferences of
one district never mix; every code has its words in the chosen language
beside it (``status`` = challenge, ``status_text`` = "Utfordring"). The k ≥ 3
rule holds: a question's mean and distribution are blank under three answers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dialog.core.errors import DialogError
from dialog.core.evaluation import MIN_RESPONDENTS
from dialog.core.overview import ConferenceOverview, Overview
from dialog.export.csv_export import code_text, theme_texts
from dialog.export.csv_files import csv_bytes
from dialog.export.paths import numbered, write_atomically
from dialog.i18n import t
from dialog.i18n.names import local_name

WHERE = ["district", "date", "conference_id", "demo"]
"""The first columns of every overview CSV: which conference a row is from, and whether it is a demo (0/1)."""

Table = tuple[list[str], list[dict]]


def _where(conference: ConferenceOverview) -> dict:
    return {"district": conference.district, "date": conference.date, "conference_id": conference.id,
            "demo": int(conference.is_demo)}


def attendance_table(overview: Overview, language: str) -> Table:
    """One row per conference, then a total row (district = "Total", no date or id)."""
    columns = [*WHERE, "interviews", "informants", "participants", "forms", "notes", "measures"]
    rows = [{**_where(c), "interviews": c.interviews, "informants": c.informants, "participants": c.participants,
             "forms": c.forms, "notes": c.note_count, "measures": len(c.measures)} for c in overview.conferences]
    totals = overview.totals()
    rows.append({"district": t("overview.total", language), "date": "", "conference_id": "", "demo": "",
                 **{name: totals[name] for name in columns[len(WHERE):]}})
    return columns, rows


def matrix_table(overview: Overview, language: str) -> Table:
    """Theme × conference: the display status and the number of measures, counted per conference (not district)."""
    counts = overview.measure_counts()  # once: asked inside the loop it made 500 files take seconds
    names = {theme["code"]: theme for theme in overview.themes}
    rows = []
    for theme in overview.themes:
        for conference in overview.conferences:
            status = conference.display.get(theme["code"], "not_discussed")
            rows.append({**_where(conference), "theme": theme["code"],
                         "theme_text": theme_texts(theme["code"], names, language), "status": status,
                         "status_text": code_text("display", status, language),
                         "measures": counts.get((theme["code"], conference.id), 0)})
    return [*WHERE, "theme", "theme_text", "status", "status_text", "measures"], rows


def measures_table(overview: Overview, language: str, today: date | None = None) -> Table:
    """Every measure with its conference; ``overdue`` is 1 for an open measure past its deadline."""
    names = {theme["code"]: theme for theme in overview.themes}
    where = {c.id: _where(c) for c in overview.conferences}
    rows = [{**where[m["conference_id"]], "theme": m["theme_code"], "theme_text": theme_texts(m["theme_code"], names,
                                                                                               language),
             "measure": m["text"], "level": m["level"], "level_text": code_text("level", m["level"], language),
             "owner": m["owner"], "deadline": m["deadline"], "overdue": int(m["overdue"]), "status": m["status"],
             "status_text": code_text("status", m["status"], language), "votes": m["votes"]}
            for m in overview.measures(today=today)]
    return [*WHERE, "theme", "theme_text", "measure", "level", "level_text", "owner", "deadline", "overdue", "status",
            "status_text", "votes"], rows


def notes_table(overview: Overview, language: str) -> Table:
    """Every group note of every conference (read with ``with_notes``), with its themes and kind in words."""
    names = {theme["code"]: theme for theme in overview.themes}
    rows = [{**_where(c), **note, "themes_text": theme_texts(note["themes"], names, language),
             "kind_text": code_text("note_kind", note["kind"], language)}
            for c in overview.conferences for note in c.notes]
    return [*WHERE, "group", "themes", "themes_text", "kind", "kind_text", "role_letter", "text"], rows


def evaluation_table(overview: Overview, language: str) -> Table:
    """Each scale question per conference: n, mean and answers per score (blank under three answers)."""
    rows = [{**_where(c), "question": s["code"], "question_text": local_name(s, language, "text"),
             "n": s["count"], "mean": "" if s["suppressed"] or s["mean"] is None else round(s["mean"], 2),
             **{f"score_{n}": ("" if s["suppressed"] else s["distribution"].get(n, 0)) for n in range(1, 6)}}
            for c in overview.conferences for s in c.scales]
    return [*WHERE, "question", "question_text", "n", "mean", *[f"score_{n}" for n in range(1, 6)]], rows


def overview_tables(overview: Overview, language: str = "en", today: date | None = None) -> dict[str, Table]:
    """File name -> (columns, rows) for attendance, the display matrix, measures, notes and evaluation."""
    return {
        "attendance.csv": attendance_table(overview, language),
        "display-matrix.csv": matrix_table(overview, language),
        "measures.csv": measures_table(overview, language, today),
        "notes.csv": notes_table(overview, language),
        "evaluation.csv": evaluation_table(overview, language),
    }


def export_overview_csv(overview: Overview, folder: Path, language: str = "en", *, force: bool = False,
                        excel: bool = False) -> Path:
    """Write the CSV files and README.txt into ``folder`` (a numbered folder if it holds files, unless ``force``).

    ``excel`` writes for a Norwegian spreadsheet (see :mod:`dialog.export.csv_files`).
    """
    if not overview.with_notes:  # a programming error: notes.csv would be empty without a word
        raise ValueError("the overview CSV lists the notes: build the overview with with_notes=True")
    if folder.exists() and not folder.is_dir():
        raise DialogError("error.file_exists", path=folder)
    if folder.exists() and any(folder.iterdir()) and not force:
        folder = numbered(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, (columns, rows) in overview_tables(overview, language).items():
        write_atomically(folder / name, csv_bytes(rows, columns, excel=excel), force=True)
    layout = t("csv.layout_excel" if excel else "csv.layout_plain", language)
    title = t("overview.csv_readme_title", language, count=len(overview.conferences), layout=layout)
    body = t("overview.csv_readme", language, minimum=MIN_RESPONDENTS, total=t("overview.total", language))
    readme = f"{title}\n{body}{_left_out(overview, language)}"
    write_atomically(folder / "README.txt", readme.encode(), force=True)
    return folder


def _left_out(overview: Overview, language: str) -> str:
    """README's last part: each file counted once or left out, and the demos left out, one line each, so a
    reader handed only the folder knows what the rows do not include."""
    lines = [f"- {problem.shown or problem.path.name}: {problem.message}"
             for problem in overview.duplicates + overview.problems]
    demos = overview.demos_left_out_line(language)
    if demos:
        lines.append("- " + demos)
    if not lines:
        return ""
    return "\n" + t("overview.csv_readme_left_out", language) + "\n" + "\n".join(lines) + "\n"

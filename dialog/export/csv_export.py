"""CSV files for analysis: notes, measures and evaluation answers, one folder per conference.

Evaluation rows carry a running form number, never a time or an id that
could be matched to anything outside the file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.export.paths import write_atomically

NOTES_SQL = """
SELECT g.name AS "group", group_concat(gt.theme_code, ' ') AS themes, n.kind, n.role_letter, n.text
FROM note n JOIN work_group g ON g.id = n.group_id LEFT JOIN group_theme gt ON gt.group_id = g.id
WHERE n.deleted_at IS NULL GROUP BY n.id ORDER BY g.position, n.position
"""
MEASURES_SQL = """
SELECT m.theme_code AS theme, m.text AS measure, m.level, m.owner, m.deadline, m.votes, m.status,
       g.name AS "group"
FROM measure m LEFT JOIN work_group g ON g.id = m.group_id ORDER BY m.votes DESC, m.position
"""
ANSWERS_SQL = """
SELECT r.id AS response, r.source, t.version AS form_version, q.code AS question, q.kind,
       a.value_int AS score, a.value_text AS text
FROM evaluation_answer a JOIN evaluation_response r ON r.id = a.response_id
JOIN form_question q ON q.id = a.question_id JOIN form_template t ON t.id = r.template_id
ORDER BY r.id, q.position
"""


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by Excel and LibreOffice (CSV injection)."""


def neutral_cell(value: object) -> object:
    """A text that would start a formula gets a leading apostrophe, so a spreadsheet shows it as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_bytes(rows: list[dict], columns: list[str]) -> bytes:
    """Rows as UTF-8 CSV with a BOM; no cell can run as a formula in a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: neutral_cell(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM makes Excel read Norwegian letters right


def export_csv(source: Path, folder: Path, *, force: bool = False) -> Path:
    """Write notes.csv, measures.csv and evaluation.csv into ``folder``; return the folder."""
    if folder.exists() and not folder.is_dir():
        raise DialogError("error.file_exists", path=folder)
    if folder.exists() and any(folder.iterdir()) and not force:
        number = 2
        while (candidate := folder.with_name(f"{folder.name}-{number}")).exists():
            number += 1
        folder = candidate
    db = open_conference(source, read_only=True)
    try:
        notes = db.execute_returning_dicts(NOTES_SQL)
        measures = db.execute_returning_dicts(MEASURES_SQL)
        answers = db.execute_returning_dicts(ANSWERS_SQL)
    finally:
        db.close()
    numbers: dict[str, int] = {}
    for row in answers:
        row["response"] = numbers.setdefault(row["response"], len(numbers) + 1)
    write_atomically(folder / "notes.csv", csv_bytes(notes, ["group", "themes", "kind", "role_letter", "text"]),
                     force=True)
    write_atomically(folder / "measures.csv", csv_bytes(measures, ["theme", "measure", "level", "owner", "deadline", "votes",
                                                              "status", "group"]), force=True)
    write_atomically(folder / "evaluation.csv", csv_bytes(answers, ["response", "source", "form_version", "question",
                                                               "kind", "score", "text"]), force=True)
    return folder

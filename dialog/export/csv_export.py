"""CSV files for analysis: notes, measures and evaluation answers, one folder per conference.

The folder holds ``notes.csv``, ``measures.csv``, ``evaluation.csv`` (one
row per answer, form by form), ``evaluation-summary.csv`` (each scale
question's count, mean and distribution, as in the minutes) and a
``README.txt`` saying what the columns mean. The evaluation files keep the
minutes' k ≥ 3 rule: a form's role is shown only for role groups of at least
three forms (see :mod:`dialog.core.anonymity`), and with fewer than three
forms no answer is listed form by form. Forms carry a running number, never a
time, an id or how they were returned (paper, phone, terminal), which could be
matched to a person in the room.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from dialog.core.anonymity import HIDDEN, shown_roles
from dialog.core.conference import read_conference
from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.evaluation import MIN_RESPONDENTS, ScaleTally, tally_scales
from dialog.export.paths import numbered, write_atomically
from dialog.i18n import t

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
SELECT r.id AS response, q.code AS question, q.kind, a.value_int AS score, a.value_text AS text
FROM evaluation_answer a JOIN evaluation_response r ON r.id = a.response_id
JOIN form_question q ON q.id = a.question_id
ORDER BY r.id, q.position
"""
FORMS_SQL = """
SELECT r.id, (SELECT a.value_text FROM evaluation_answer a JOIN form_question q ON q.id = a.question_id
              WHERE a.response_id = r.id AND q.kind = 'role') AS role
FROM evaluation_response r ORDER BY r.id
"""

NOTE_COLUMNS = ["group", "themes", "kind", "role_letter", "text"]
MEASURE_COLUMNS = ["theme", "measure", "level", "owner", "deadline", "votes", "status", "group"]
ANSWER_COLUMNS = ["form", "role", "question", "kind", "score", "text"]

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


def answer_rows(answers: list[dict], forms: list[tuple[str, str | None]]) -> list[dict]:
    """Evaluation answers form by form, each with the role it may be shown with (k ≥ 3); none under 3 forms.

    The role question itself becomes the ``role`` column rather than a row of its own.
    """
    roles = shown_roles(dict(forms))
    numbers = {form: number for number, form in enumerate(sorted(roles, key=lambda f: (roles[f], f)), start=1)}
    rows = [{"form": numbers[row["response"]], "role": roles[row["response"]], "question": row["question"],
             "kind": row["kind"], "score": row["score"], "text": row["text"]}
            for row in answers if row["response"] in numbers and row["kind"] != "role"]
    return sorted(rows, key=lambda row: row["form"])  # stable: each form's answers stay in question order


def summary_table(tallies: list[ScaleTally]) -> tuple[list[str], list[dict]]:
    """Columns and rows of the summary: each scale question's n, mean and score counts (blank under 3 answers)."""
    scores = sorted({score for tally in tallies for score in tally.distribution}) or list(range(1, 6))
    columns = ["question", "n", "mean", *[f"score_{score}" for score in scores]]
    rows = [{"question": tally.code, "n": tally.count,
             "mean": "" if tally.suppressed or tally.mean is None else round(tally.mean, 2),
             **{f"score_{score}": "" if tally.suppressed else tally.distribution.get(score, 0) for score in scores}}
            for tally in tallies]
    return columns, rows


def export_csv(source: Path, folder: Path, *, force: bool = False, language: str | None = None) -> Path:
    """Write the CSV files and README.txt into ``folder`` (a numbered folder if it holds files); return it."""
    if folder.exists() and not folder.is_dir():
        raise DialogError("error.file_exists", path=folder)
    if folder.exists() and any(folder.iterdir()) and not force:
        folder = numbered(folder)
    db = open_conference(source, read_only=True)
    try:
        language = language or read_conference(db)["language"]
        notes = db.execute_returning_dicts(NOTES_SQL)
        measures = db.execute_returning_dicts(MEASURES_SQL)
        answers = db.execute_returning_dicts(ANSWERS_SQL)
        forms = db.execute(FORMS_SQL).fetchall()
        tallies = tally_scales(db)
    finally:
        db.close()
    summary_columns, summary_rows = summary_table(tallies)
    files = {
        "notes.csv": csv_bytes(notes, NOTE_COLUMNS),
        "measures.csv": csv_bytes(measures, MEASURE_COLUMNS),
        "evaluation.csv": csv_bytes(answer_rows(answers, forms), ANSWER_COLUMNS),
        "evaluation-summary.csv": csv_bytes(summary_rows, summary_columns),
        "README.txt": t("csv.readme", language, minimum=MIN_RESPONDENTS, hidden=HIDDEN, forms=len(forms)).encode(),
    }
    for name, data in files.items():
        write_atomically(folder / name, data, force=True)
    return folder

"""CSV files for analysis: findings, notes, measures and evaluation answers, one folder per conference.

The folder holds ``findings.csv`` and ``room-comments.csv`` (each finding
with the room's answers from phones, and their comments; see
:mod:`dialog.export.csv_findings`), ``notes.csv``, ``measures.csv``,
``evaluation.csv`` (one row per answer, form by form), ``evaluation-summary.csv`` (each scale
question's count, mean and distribution, as in the minutes) and a
``README.txt`` saying what the columns mean. Every file starts with the
conference's district, date and id, so the files of 15 districts stack into
one table; every code (kind, level, status, theme, role, question) has its
words in the chosen language beside it (``kind`` = works_well,
``kind_text`` = "Fungerer godt"). The evaluation files keep the minutes'
k ≥ 3 rule: a form's role is shown only for role groups of at least three
forms (see :mod:`dialog.core.anonymity`), and with fewer than three forms no
answer is listed form by form. Forms carry a running number, never a time, an
id or how they were returned (paper, phone, terminal), which could be matched
to a person in the room.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dialog.core.anonymity import HIDDEN, shown_roles
from dialog.core.conference import read_conference
from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.evaluation import MIN_RESPONDENTS, ScaleTally, tally_scales
from dialog.core.overview_read import NOTES_SQL
from dialog.export.csv_files import csv_bytes
from dialog.export.csv_findings import COMMENT_COLUMNS, FINDING_COLUMNS, finding_rows
from dialog.export.paths import numbered, write_atomically
from dialog.i18n import t
from dialog.i18n.names import local_name

MEASURES_SQL = """
SELECT m.theme_code AS theme, m.text AS measure, m.level, m.owner, m.deadline, m.votes, m.status,
       g.name AS "group"
FROM measure m LEFT JOIN work_group g ON g.id = m.group_id ORDER BY m.votes DESC, m.position
"""
ANSWERS_SQL = """
SELECT r.id AS response, q.code AS question, q.text_nb, q.text_en, q.text_nn, q.kind, a.value_int AS score,
       a.value_text AS text
FROM evaluation_answer a JOIN evaluation_response r ON r.id = a.response_id
JOIN form_question q ON q.id = a.question_id
ORDER BY r.id, q.position
"""
NAMES_SQL = "SELECT code, name_nb, name_en, name_nn FROM {table}"
FORMS_SQL = """
SELECT r.id, (SELECT a.value_text FROM evaluation_answer a JOIN form_question q ON q.id = a.question_id
              WHERE a.response_id = r.id AND q.kind = 'role') AS role
FROM evaluation_response r ORDER BY r.id
"""

CONFERENCE_COLUMNS = ["district", "date", "conference_id"]
"""The first columns of every CSV file: which conference a row is from, so many conferences' files stack."""
NOTE_COLUMNS = [*CONFERENCE_COLUMNS, "group", "themes", "themes_text", "kind", "kind_text", "role_letter", "text"]
MEASURE_COLUMNS = [*CONFERENCE_COLUMNS, "theme", "theme_text", "measure", "level", "level_text", "owner", "deadline",
                   "votes", "status", "status_text", "group"]
ANSWER_COLUMNS = [*CONFERENCE_COLUMNS, "form", "role", "role_text", "question", "question_text", "kind", "kind_text",
                  "score", "text"]


def code_text(prefix: str, code: str | None, language: str) -> str:
    """The words for a vocabulary code (``kind``, ``level``, ``status`` …) in ``language``; empty for no code."""
    return t(f"{prefix}.{code}", language) if code else ""


def theme_texts(codes: str | None, names: Mapping[str, Any], language: str) -> str:
    """The names of the space-separated theme ``codes`` in ``language``, joined with "; " (a code not found as is)."""
    return "; ".join(local_name(names[code], language) if code in names else code for code in (codes or "").split())


def answer_rows(answers: list[dict], forms: list[tuple[str, str | None]], language: str = "en",
                role_names: dict[str, dict] | None = None) -> list[dict]:
    """Evaluation answers form by form, each with the role it may be shown with (k ≥ 3); none under 3 forms.

    The role question itself becomes the ``role`` column rather than a row of its own; ``role_text``,
    ``question_text`` and ``kind_text`` say the codes in ``language``.
    """
    roles = shown_roles(dict(forms))
    names = role_names or {}
    numbers = {form: number for number, form in enumerate(sorted(roles, key=lambda f: (roles[f], f)), start=1)}

    def role_text(role: str) -> str:
        if role == HIDDEN:
            return t("csv.role_hidden", language, minimum=MIN_RESPONDENTS)
        return local_name(names[role], language) if role in names else role

    rows = [{"form": numbers[row["response"]], "role": roles[row["response"]],
             "role_text": role_text(roles[row["response"]]), "question": row["question"],
             "question_text": local_name(row, language, "text"), "kind": row["kind"],
             "kind_text": code_text("question_kind", row["kind"], language), "score": row["score"], "text": row["text"]}
            for row in answers if row["response"] in numbers and row["kind"] != "role"]
    return sorted(rows, key=lambda row: row["form"])  # stable: each form's answers stay in question order


def summary_table(tallies: list[ScaleTally], language: str = "en") -> tuple[list[str], list[dict]]:
    """Columns and rows of the summary: each scale question's n, mean and score counts (blank under 3 answers)."""
    scores = sorted({score for tally in tallies for score in tally.distribution}) or list(range(1, 6))
    columns = [*CONFERENCE_COLUMNS, "question", "question_text", "n", "mean", *[f"score_{score}" for score in scores]]
    rows = [{"question": tally.code, "question_text": tally.text(language),
             "n": tally.count, "mean": "" if tally.suppressed or tally.mean is None else round(tally.mean, 2),
             **{f"score_{score}": "" if tally.suppressed else tally.distribution.get(score, 0) for score in scores}}
            for tally in tallies]
    return columns, rows


def export_csv(source: Path, folder: Path, *, force: bool = False, language: str | None = None,
               excel: bool = False) -> Path:
    """Write the CSV files and README.txt into ``folder`` (a numbered folder if it holds files); return it.

    Words beside the codes are in ``language`` (default: the conference's); ``excel`` writes for a
    Norwegian spreadsheet (see :mod:`dialog.export.csv_files`).
    """
    if folder.exists() and not folder.is_dir():
        raise DialogError("error.file_exists", path=folder)
    if folder.exists() and any(folder.iterdir()) and not force:
        folder = numbered(folder)
    db = open_conference(source, read_only=True)
    try:
        facts = read_conference(db)
        language = language or facts["language"]
        notes = db.execute_returning_dicts(NOTES_SQL)
        measures = db.execute_returning_dicts(MEASURES_SQL)
        answers = db.execute_returning_dicts(ANSWERS_SQL)
        forms = db.execute(FORMS_SQL).fetchall()
        tallies = tally_scales(db)
        findings, room_comments = finding_rows(db)
        themes = {row["code"]: row for row in db.execute_returning_dicts(NAMES_SQL.format(table="theme"))}
        roles = {row["code"]: row for row in db.execute_returning_dicts(NAMES_SQL.format(table="role"))}
    finally:
        db.close()
    where = {"district": facts["district"], "date": facts["date"], "conference_id": facts["id"]}
    notes = [{**where, **note, "themes_text": theme_texts(note["themes"], themes, language),
              "kind_text": code_text("note_kind", note["kind"], language)} for note in notes]
    measures = [{**where, **measure, "theme_text": theme_texts(measure["theme"], themes, language),
                 "level_text": code_text("level", measure["level"], language),
                 "status_text": code_text("status", measure["status"], language)} for measure in measures]
    findings = [{**where, **finding, "theme_text": theme_texts(finding["theme"], themes, language),
                 "response_text": code_text("response", finding["response"], language)} for finding in findings]
    summary_columns, summary_rows = summary_table(tallies, language)
    files = {
        "findings.csv": csv_bytes(findings, [*CONFERENCE_COLUMNS, *FINDING_COLUMNS], excel=excel),
        "room-comments.csv": csv_bytes([{**where, **row} for row in room_comments],
                                       [*CONFERENCE_COLUMNS, *COMMENT_COLUMNS], excel=excel),
        "notes.csv": csv_bytes(notes, NOTE_COLUMNS, excel=excel),
        "measures.csv": csv_bytes(measures, MEASURE_COLUMNS, excel=excel),
        "evaluation.csv": csv_bytes([{**where, **row} for row in answer_rows(answers, forms, language, roles)],
                                    ANSWER_COLUMNS, excel=excel),
        "evaluation-summary.csv": csv_bytes([{**where, **row} for row in summary_rows], summary_columns, excel=excel),
        "README.txt": t("csv.readme", language, minimum=MIN_RESPONDENTS, hidden=HIDDEN, forms=len(forms),
                        layout=t("csv.layout_excel" if excel else "csv.layout_plain", language)).encode(),
    }
    for name, data in files.items():
        write_atomically(folder / name, data, force=True)
    return folder

"""Evaluation form templates, anonymous responses and their tally.

Responses carry no time, no address and no name: only the template, the
source (paper, phone, terminal), an optional one-time instance id that guards
against double submission, and the answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dialog.core.errors import DialogError
from dialog.core.form_history import AskedQuestion, asked_questions, scale_values
from dialog.core.forms import DEFAULT_QUESTIONS, MAX_SHEET_NUMBER, sane_scale
from dialog.core.ids_and_times import new_id, now_iso
from dialog.core.rows import Answer, FormQuestion, fetch_rows
from dialog.core.validation import bounded_text, choice, whole_number
from dialog.core.vocabulary import RESPONSE_SOURCES
from dialog.i18n import t
from dialog.i18n.names import local_name

if TYPE_CHECKING:
    import sqlite3

    from sqlite_utils import Database

MIN_RESPONDENTS = 3
"""Breakdowns with fewer respondents than this are suppressed."""


def create_default_template(db: Database) -> str:
    """Add the default form as the next template version; return its id."""
    version = (db.execute("SELECT max(version) FROM form_template").fetchone()[0] or 0) + 1
    template_id = new_id()
    with db.atomic():
        db.table("form_template").insert({"id": template_id, "version": version, "created_at": now_iso()})
        db.table("form_question").insert_all(
            {
                "id": new_id(),
                "template_id": template_id,
                "position": position,
                "code": q.code,
                "kind": q.kind,
                "text_nb": q.text_nb,
                "text_en": q.text_en,
                "text_nn": q.text_nn,
                "scale_min": q.scale_min,
                "scale_max": q.scale_max,
            }
            for position, q in enumerate(DEFAULT_QUESTIONS)
        )
    return template_id


def current_template_id(db: Database) -> str:
    """Return the id of the newest form template."""
    row = db.execute("SELECT id FROM form_template ORDER BY version DESC LIMIT 1").fetchone()
    if row is None:
        raise DialogError("error.no_form_template")
    return row[0]


def list_questions(db: Database, template_id: str | None = None) -> list[FormQuestion]:
    """Return the questions of a template (default: the newest) in order."""
    template_id = template_id or current_template_id(db)
    questions = fetch_rows(
        db, FormQuestion, "SELECT * FROM form_question WHERE template_id = ? ORDER BY position", [template_id]
    )
    for question in questions:
        if question["kind"] == "scale":
            question["scale_min"], question["scale_max"] = sane_scale(question["scale_min"], question["scale_max"])
    return questions


def add_response(
    db: Database,
    answers: dict[str, int | str | None],
    *,
    source: str = "paper",
    instance_id: str | None = None,
    template_id: str | None = None,
    sheet_number: int | None = None,
) -> str | None:
    """Store one anonymous response keyed by question code; return its id.

    Scale answers must be whole numbers within the question's range; text is
    stored through the text gate; the role answer must be a known role code. A
    form with no answer at all is refused (it would count as returned). A
    response whose ``instance_id`` was already stored is ignored (returns None),
    whatever it holds now: a form sent again is not checked again. A paper
    form's ``sheet_number`` (printed on it by ``dialog forms``) may be stored
    once: a second form with it is refused and nothing is stored.
    """
    choice(source, RESPONSE_SOURCES, t("field.source"))
    if sheet_number is not None:
        if source != "paper":
            raise DialogError("error.sheet_not_paper")
        sheet_number = whole_number(sheet_number, t("field.sheet_number"), 1, MAX_SHEET_NUMBER)
    response_id = new_id()
    with db.atomic():  # the look for an earlier send and the insert in one write transaction
        if instance_id is not None and response_received(db, instance_id):
            return None
        if sheet_number is not None and sheet_stored(db, sheet_number):
            raise DialogError("error.sheet_taken", number=sheet_number)
        template_id = template_id or current_template_id(db)
        rows = answer_rows(db, template_id, answers)
        # Plain statements: sqlite-utils' insert looks the table up again each time, most of a phone's form's
        # cost in a room where 200 arrive in a second (bench/flood_bench.py).
        db.execute("INSERT INTO evaluation_response (id, template_id, source, instance_id, sheet_number)"
                   " VALUES (?, ?, ?, ?, ?)", [response_id, template_id, source, instance_id, sheet_number])
        db.conn.executemany(
            "INSERT INTO evaluation_answer (response_id, question_id, value_int, value_text) VALUES (?, ?, ?, ?)",
            [(response_id, row["question_id"], row["value_int"], row["value_text"]) for row in rows])
    return response_id


def response_received(db: Database, instance_id: str) -> bool:
    """True when the form with this one-time id has been stored (reads nothing else about it)."""
    return db.execute("SELECT 1 FROM evaluation_response WHERE instance_id = ?", [instance_id]).fetchone() is not None


def sheet_stored(db: Database, number: int) -> bool:
    """True when a paper form with this sheet number has been typed in."""
    return db.execute("SELECT 1 FROM evaluation_response WHERE sheet_number = ?", [number]).fetchone() is not None


def answer_rows(db: Database, template_id: str, answers: dict[str, int | str | None]) -> list[Answer]:
    """The rows to store for ``answers``; a question left unanswered ("" or None) gets none."""
    questions = {q["code"]: q for q in list_questions(db, template_id)}
    roles = {row[0] for row in db.execute("SELECT code FROM role")}
    rows = []
    for code, value in answers.items():
        question = questions.get(code)
        if question is None:
            raise DialogError("error.unknown_question", code=str(code)[:40])
        if value is None or value == "":
            continue
        rows.append(_answer_row(question, value, roles))
    if not rows:
        raise DialogError("error.empty_form")
    return rows


def _answer_row(question: FormQuestion, value: int | str, roles: set[str]) -> Answer:
    """Validate one answer against its question and return the row to store."""
    label = question["code"]
    if question["kind"] == "scale":
        low, high = sane_scale(question["scale_min"], question["scale_max"])  # as list_questions gave them
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise DialogError("error.scale_value", question=label, low=low, high=high) from None
        if isinstance(value, bool) or not low <= number <= high:
            raise DialogError("error.scale_value", question=label, low=low, high=high)
        return {"question_id": question["id"], "value_int": number, "value_text": None}
    if question["kind"] == "role":
        if value not in roles:
            raise DialogError("error.unknown_role", role=str(value)[:40])
        return {"question_id": question["id"], "value_int": None, "value_text": value}
    return {"question_id": question["id"], "value_int": None, "value_text": bounded_text(str(value), label)}


def count_responses(db: Database) -> int:
    """Return how many evaluation forms have been returned."""
    return db.execute("SELECT count(*) FROM evaluation_response").fetchone()[0]


@dataclass
class ScaleTally:
    """Count, mean and distribution for one scale question, over every version of the form.

    ``suppressed`` is true when fewer than :data:`MIN_RESPONDENTS` answered;
    then ``mean`` and ``distribution`` are withheld. ``question`` is the
    question across versions: its :meth:`~AskedQuestion.note` says when answers
    were given to another wording or it was taken off the form.
    """

    code: str
    text_nb: str
    text_en: str
    count: int
    mean: float | None
    distribution: dict[int, int] = field(default_factory=dict)
    suppressed: bool = False
    question: AskedQuestion | None = None
    text_nn: str = ""

    def text(self, language: str) -> str:
        """The question's newest wording in ``language`` (another language's where that one is empty)."""
        return local_name(self, language, "text")

    def note(self, language: str | None = None) -> str:
        """How the question changed after answers came in ("" when it did not)."""
        return self.question.note(language) if self.question is not None else ""


def tally_scales(db: Database | sqlite3.Connection) -> list[ScaleTally]:
    """Summarise every scale question, counting its answers in every form version; suppress small counts.

    A question is the same across versions when its code is (a reworded
    question keeps its code); one taken off the form is still counted.
    """
    tallies = []
    for question in asked_questions(db):
        if question.kind != "scale":
            continue
        values = scale_values(db, question)
        low, high = sane_scale(question.scale_min, question.scale_max)
        if len(values) < MIN_RESPONDENTS:
            tallies.append(ScaleTally(question.code, question.text_nb, question.text_en, len(values),
                                      None, {}, True, question, question.text_nn))
            continue
        distribution = {score: values.count(score) for score in range(low, high + 1)}
        tallies.append(ScaleTally(question.code, question.text_nb, question.text_en, len(values),
                                  sum(values) / len(values), distribution, False, question, question.text_nn))
    return tallies

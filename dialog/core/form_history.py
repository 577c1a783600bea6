"""Every question the evaluation form has asked, across its versions, and the wordings it was answered in.

Editing the form once forms are in makes a new version (see
:mod:`dialog.core.form_templates`), so the answers to one question may lie
under several versions. A question is the same question in every version where
it has the same code and kind: a reworded question keeps its code. Reports
count its answers from every version, show its newest wording, and say so when
answers were given to another wording. A question taken off the form is still
reported as long as it has answers.

Works on a sqlite-utils ``Database`` and on a plain read-only ``sqlite3``
connection alike (the overview reads files that way).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dialog.core.default_nynorsk import default_nynorsk
from dialog.core.forms import sane_scale
from dialog.core.nynorsk_columns import column_or_blank
from dialog.i18n import LANGUAGES, get_language, t
from dialog.i18n.names import local_name

if TYPE_CHECKING:
    from sqlite_utils import Database

QUESTIONS_SQL = """
SELECT q.id, q.code, q.kind, q.text_nb, q.text_en, {text_nn}, q.scale_min, q.scale_max, t.version,
       EXISTS (SELECT 1 FROM evaluation_answer a WHERE a.question_id = q.id) AS answered
FROM form_question q JOIN form_template t ON t.id = q.template_id
ORDER BY t.version, q.position
"""


@dataclass
class AskedQuestion:
    """One question as it stands across every version of the form.

    ``text_nb``/``text_en``/``text_nn`` are its newest wording (for a question
    taken off the form: its wording when it was last on it); ``answered_nb``,
    ``answered_en`` and ``answered_nn`` the wordings answers were given to as
    each language shows them (see :func:`~dialog.i18n.names.local_name`), oldest first, each once;
    ``question_ids`` the question's rows in every version; ``removed`` is true
    when the newest form no longer asks it.
    """

    code: str
    kind: str
    text_nb: str
    text_en: str
    scale_min: int | None = None
    scale_max: int | None = None
    question_ids: tuple[str, ...] = ()
    answered_nb: tuple[str, ...] = ()
    answered_en: tuple[str, ...] = ()
    removed: bool = False
    text_nn: str = ""
    answered_nn: tuple[str, ...] = ()

    def text(self, language: str) -> str:
        """The wording to show in ``language`` (another language's where that one is empty)."""
        return local_name(self, language, "text")

    def other_wordings(self, language: str) -> tuple[str, ...]:
        """The wordings answers were given to, when any differs from the one shown; otherwise none."""
        answered: tuple[str, ...] = getattr(self, f"answered_{language}", self.answered_en)
        return answered if any(wording != self.text(language) for wording in answered) else ()

    def note(self, language: str | None = None) -> str:
        """A footnote on how the question changed after answers came in, or "" when it did not.

        ``language`` defaults to the program's language; the minutes pass the document's.
        """
        language = language or get_language()
        lines = []
        wordings = self.other_wordings(language)
        quoted = t("form_history.separator", language).join(
            t("form_history.quoted", language, text=wording) for wording in wordings)
        if len(wordings) == 1:
            lines.append(t("form_history.reworded", language, wording=quoted))
        elif wordings:
            lines.append(t("form_history.wordings", language, count=len(wordings), wording=quoted))
        if self.removed:
            lines.append(t("form_history.removed", language))
        return " ".join(lines)


def asked_questions(db: Database | Any) -> list[AskedQuestion]:
    """Every question of the newest form in its order, then those taken off it that have answers.

    Scale questions get one range that holds every version's (each kept to 1–5).
    """
    newest = db.execute("SELECT max(version) FROM form_template").fetchone()[0]
    found: dict[tuple[str, str], AskedQuestion] = {}
    last_seen: dict[tuple[str, str], tuple[int, int]] = {}
    sql = QUESTIONS_SQL.format(text_nn=column_or_blank(db, "form_question", "text_nn", "q."))
    for position, row in enumerate(db.execute(sql).fetchall()):
        question_id, code, kind, text_nb, text_en, text_nn, low, high, version, answered = tuple(row)
        text_nn = text_nn or default_nynorsk("question", code, text_nb)  # a file from before nynorsk
        key = (code, kind)
        question = found.setdefault(key, AskedQuestion(code, kind, text_nb, text_en))
        question.text_nb, question.text_en, question.text_nn = text_nb, text_en, text_nn  # the newest wording wins
        question.question_ids += (question_id,)
        if answered:
            wording = {"text_nb": text_nb, "text_en": text_en, "text_nn": text_nn}
            for language in LANGUAGES:
                field_name, as_shown = f"answered_{language}", local_name(wording, language, "text")
                setattr(question, field_name, _once(getattr(question, field_name), as_shown))
        if kind == "scale":
            low, high = sane_scale(low, high)
            question.scale_min = low if question.scale_min is None else min(question.scale_min, low)
            question.scale_max = high if question.scale_max is None else max(question.scale_max, high)
        last_seen[key] = (version, position)
    for key, question in found.items():
        question.removed = last_seen[key][0] != newest
    shown = [key for key in found if not found[key].removed or found[key].answered_nb]
    # The newest form's questions come first, in its order; then those taken off it, in the order they were asked.
    shown.sort(key=lambda key: (found[key].removed, last_seen[key][1]))
    return [found[key] for key in shown]


def _once(wordings: tuple[str, ...], wording: str) -> tuple[str, ...]:
    return wordings if wording in wordings else wordings + (wording,)


def _placeholders(question: AskedQuestion) -> str:
    return ", ".join("?" for _ in question.question_ids)


def scale_values(db: Database | Any, question: AskedQuestion) -> list[int]:
    """Every score given to ``question``, in every version of the form."""
    return [row[0] for row in db.execute(
        f"SELECT value_int FROM evaluation_answer WHERE question_id IN ({_placeholders(question)}) "
        "AND value_int IS NOT NULL", list(question.question_ids)).fetchall()]


def text_answers(db: Database | Any, question: AskedQuestion) -> list[str]:
    """Every non-empty free-text answer to ``question``, in every version, exactly as typed, in form order."""
    return [row[0] for row in db.execute(
        f"SELECT value_text FROM evaluation_answer WHERE question_id IN ({_placeholders(question)}) "
        "AND value_text IS NOT NULL AND value_text != '' ORDER BY response_id", list(question.question_ids)).fetchall()]


def free_text_answers(db: Database | Any) -> list[tuple[AskedQuestion, list[str]]]:
    """Each free-text question (those taken off the form too, if answered) with all its answers."""
    return [(question, text_answers(db, question)) for question in asked_questions(db) if question.kind == "text"]

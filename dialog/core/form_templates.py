"""Editing the evaluation form: questions are versioned once answers exist.

A template that already has responses is never changed: the edit goes into a
copy with the next version number, so every stored answer keeps the exact
question it answered.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dialog.core.errors import DialogError
from dialog.core.evaluation import current_template_id, list_questions
from dialog.core.forms import MAX_QUESTION_TEXT, SCALE_HIGH, SCALE_LOW
from dialog.core.ids_and_times import new_id, now_iso
from dialog.core.ordering import next_position
from dialog.core.validation import choice, required_text
from dialog.core.vocabulary import QUESTION_KINDS
from dialog.i18n import t
from dialog.i18n.names import local_name

if TYPE_CHECKING:
    from sqlite_utils import Database


def editable_template(db: Database) -> str:
    """Return the newest template's id, first copying it if responses already use it."""
    template_id = current_template_id(db)
    used = db.execute("SELECT 1 FROM evaluation_response WHERE template_id = ? LIMIT 1", [template_id]).fetchone()
    if not used:
        return template_id
    version = db.execute("SELECT max(version) FROM form_template").fetchone()[0] + 1
    copy_id = new_id()
    with db.atomic():
        db.table("form_template").insert({"id": copy_id, "version": version, "created_at": now_iso()})
        for question in list_questions(db, template_id):
            db.table("form_question").insert({**question, "id": new_id(), "template_id": copy_id})
    return copy_id


def update_question(db: Database, code: str, text_nb: str, text_en: str, *, written: str = "nb") -> None:
    """Change the wording of a question (in a new version if it has been answered).

    ``text_nb`` is the Norwegian wording in the standard ``written`` says ("nb"
    or "nn"). When it reads as that standard shows the question now, only the
    English changes. Otherwise the other standard's wording is not kept: it
    would still ask the question as it was. Nynorsk then shows the new bokmål
    wording, and a nynorsk wording stands in for bokmål too (see
    :func:`dialog.i18n.names.local_name`).
    """
    text_nb = required_text(text_nb, t("field.question_nb"), MAX_QUESTION_TEXT)
    text_en = required_text(text_en, t("field.question_en"), MAX_QUESTION_TEXT)
    with db.atomic():
        template_id = editable_template(db)
        row = db.execute_returning_dicts("SELECT text_nb, text_en, text_nn FROM form_question"
                                         " WHERE template_id = ? AND code = ?", [template_id, code])
        if row and local_name(row[0], written, "text") == text_nb:  # the Norwegian as it was: only English changed
            db.execute("UPDATE form_question SET text_en = ? WHERE template_id = ? AND code = ?",
                       [text_en, template_id, code])
            return
        text_nn = text_nb if written == "nn" else ""
        db.execute("UPDATE form_question SET text_nb = ?, text_en = ?, text_nn = ? WHERE template_id = ? AND code = ?",
                   [text_nb, text_en, text_nn, template_id, code])


def add_question(db: Database, kind: str, text_nb: str, text_en: str, *, written: str = "nb") -> str:
    """Append a scale or free-text question; return its code.

    ``text_nb`` is the Norwegian wording in the standard ``written`` says, as in :func:`update_question`.
    """
    choice(kind, QUESTION_KINDS[:2], t("field.question_kind"))
    text_nb = required_text(text_nb, t("field.question_nb"), MAX_QUESTION_TEXT)
    text_en = required_text(text_en, t("field.question_en"), MAX_QUESTION_TEXT) if text_en.strip() else text_nb
    with db.atomic():
        template_id = editable_template(db)
        # Every code the form ever used: reports join a question's versions by its code, so a new
        # question never takes the code of one asked before (even one since taken off the form).
        codes = {row[0] for row in db.execute("SELECT code FROM form_question")}
        base = re.sub(r"[^a-z0-9]+", "_", text_en.lower()).strip("_")[:20] or "question"
        code, number = base, 2
        while code in codes:
            code, number = f"{base}_{number}", number + 1
        db.table("form_question").insert({
            "id": new_id(), "template_id": template_id,
            "position": next_position(db, "form_question", "template_id = ?", [template_id]),
            "code": code, "kind": kind, "text_nb": text_nb, "text_en": text_en,
            "text_nn": text_nb if written == "nn" else "",
            "scale_min": SCALE_LOW if kind == "scale" else None, "scale_max": SCALE_HIGH if kind == "scale" else None,
        })
    return code


def remove_question(db: Database, code: str) -> None:
    """Take a question off the form (in a new version if it has been answered)."""
    with db.atomic():
        template_id = editable_template(db)
        remaining = db.execute("SELECT count(*) FROM form_question WHERE template_id = ?", [template_id]).fetchone()[0]
        if remaining <= 1:
            raise DialogError("error.last_question")
        db.execute("DELETE FROM form_question WHERE template_id = ? AND code = ?", [template_id, code])

"""The process leader's own assessment of the conference, kept apart from the participants' words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog.core.ids_and_times import new_id, now_iso
from dialog.core.validation import bounded_text
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


def set_assessment(db: Database, text: str) -> None:
    """Store the process leader's own assessment (kept apart from participants' words)."""
    clean = bounded_text(text, t("field.assessment"))
    with db.atomic():
        db.execute("DELETE FROM assessment")
        db.table("assessment").insert({"id": new_id(), "text": clean, "updated_at": now_iso()})


def get_assessment(db: Database) -> str:
    """Return the process leader's assessment, or an empty string."""
    row = db.execute("SELECT text FROM assessment").fetchone()
    return row[0] if row else ""

"""Saying what the text gate cleaned on the way out.

Every reading command works on an in-memory copy whose texts pass the gate
again (see :func:`dialog.core.database.open_conference`). A file changed
behind the gate's back (another tool, a hand edit) is then exported cleanly,
and the user is told, in one line, how many texts were cleaned and where:
nothing is changed in silence.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database

PLACES = {
    "conference": "gate.place.conference",
    "leader": "gate.place.leader",
    "role": "gate.place.role",
    "theme": "gate.place.theme",
    "finding": "gate.place.finding",
    "finding_quote": "gate.place.finding_quote",
    "work_group": "gate.place.work_group",
    "note": "gate.place.note",
    "note_revision": "gate.place.note_revision",
    "measure": "gate.place.measure",
    "plenary_point": "gate.place.plenary_point",
    "assessment": "gate.place.assessment",
    "form_question": "gate.place.form_question",
    "evaluation_answer": "gate.place.evaluation_answer",
    "watched_name": "gate.place.watched_name",
}
"""The catalogue key naming each table's texts; any other table is "other texts"."""


def cleaned_texts(db: Database) -> dict[str, int]:
    """How many texts the gate changed in ``db``'s read-only copy, per table (empty for a writer's connection)."""
    return dict(getattr(db, "cleaned_texts", {}) or {})


def cleaned_in_file(path: Path) -> dict[str, int]:
    """How many texts in the file at ``path`` the gate cleans when it is read, per table (the file is not changed)."""
    from dialog.core.database import open_conference

    db = open_conference(path, read_only=True)
    try:
        return cleaned_texts(db)
    finally:
        db.close()


def cleaned_line(cleaned: dict[str, int], language: str | None = None) -> str | None:
    """One line naming what was cleaned (``None`` when nothing was), in the active or given language.

    Places come in the order of :data:`PLACES` (other texts last), not in the order the file keeps its tables.
    """
    if not cleaned:
        return None
    order = [*PLACES.values(), "gate.place.other"]
    counts: dict[str, int] = {}
    for table, count in sorted(cleaned.items(), key=lambda item: order.index(PLACES.get(item[0], order[-1]))):
        key = PLACES.get(table, "gate.place.other")
        counts[key] = counts.get(key, 0) + count
    where = ", ".join(f"{t(key, language)} {count}" for key, count in counts.items())
    return t("gate.cleaned", language, count=sum(cleaned.values()), where=where)

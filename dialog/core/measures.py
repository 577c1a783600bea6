"""Proposed measures (tiltak): responsible level, owner, deadline, status, votes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog.core.ids_and_times import new_id, now_iso
from dialog.core.ordering import append_row
from dialog.core.rows import Measure, fetch_rows
from dialog.core.validation import MAX_SHORT_TEXT, bounded_text, choice, count, parse_date, required_text
from dialog.core.vocabulary import MEASURE_STATUSES, RESPONSIBLE_LEVELS
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


def add_measure(
    db: Database, text: str, *, theme_code: str | None = None, group_id: str | None = None,
    note_id: str | None = None, level: str | None = None, owner: str = "", deadline: str | None = None,
    status: str = "proposed", votes: int = 0,
) -> str:
    """Add a measure to the list; return its id."""
    measure_id = new_id()
    append_row(db, "measure", {
        "id": measure_id,
        "text": required_text(text, t("field.measure"), 20_000),
        "theme_code": theme_code,
        "group_id": group_id,
        "note_id": note_id,
        "level": None if level is None else choice(level, RESPONSIBLE_LEVELS, t("field.level")),
        "owner": bounded_text(owner.strip(), t("field.owner"), MAX_SHORT_TEXT, single_line=True),
        "deadline": None if not deadline else parse_date(deadline),
        "status": choice(status, MEASURE_STATUSES, t("field.status")),
        "votes": count(votes, t("field.votes")),
        "created_at": now_iso(),
    })
    return measure_id


def set_status(db: Database, measure_id: str, status: str) -> None:
    """Change a measure's follow-up status."""
    db.execute("UPDATE measure SET status = ? WHERE id = ?",
               [choice(status, MEASURE_STATUSES, t("field.status")), measure_id])


def list_measures(db: Database) -> list[Measure]:
    """Return measures, most votes first, then in the order they were added."""
    return fetch_rows(db, Measure, "SELECT * FROM measure ORDER BY votes DESC, position")


def update_measure(db: Database, measure_id: str, *, text: str, theme_code: str | None, level: str | None,
                   owner: str, deadline: str | None, status: str) -> None:
    """Change everything about a measure except where it came from and its votes."""
    db.execute(
        "UPDATE measure SET text = ?, theme_code = ?, level = ?, owner = ?, deadline = ?, status = ? WHERE id = ?",
        [required_text(text, t("field.measure"), 20_000), theme_code,
         None if level is None else choice(level, RESPONSIBLE_LEVELS, t("field.level")),
         bounded_text((owner or "").strip(), t("field.owner"), MAX_SHORT_TEXT, single_line=True),
         None if not deadline else parse_date(deadline), choice(status, MEASURE_STATUSES, t("field.status")),
         measure_id],
    )


def add_votes(db: Database, measure_id: str, step: int) -> None:
    """Add (or with a negative step take away) priority dots; never below zero."""
    db.execute("UPDATE measure SET votes = max(0, votes + ?) WHERE id = ?", [int(step), measure_id])


def delete_measure(db: Database, measure_id: str) -> None:
    """Remove a measure."""
    db.execute("DELETE FROM measure WHERE id = ?", [measure_id])

"""Plenary points: the priorities, agreements, disagreements and other points the whole room makes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog.core.ids_and_times import new_id
from dialog.core.ordering import append_row
from dialog.core.rows import PlenaryPoint, fetch_rows
from dialog.core.validation import choice, required_text
from dialog.core.vocabulary import PLENARY_KINDS
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


def add_plenary_point(db: Database, kind: str, text: str, group_id: str | None = None) -> str:
    """Record a priority, agreement, disagreement or other plenary point; return its id."""
    point_id = new_id()
    append_row(db, "plenary_point", {
        "id": point_id,
        "kind": choice(kind, PLENARY_KINDS, t("field.plenary_kind")),
        "text": required_text(text, t("field.plenary_point"), 20_000),
        "group_id": group_id,
    })
    return point_id


def list_plenary_points(db: Database) -> list[PlenaryPoint]:
    """Return plenary points in the order they were made."""
    return fetch_rows(db, PlenaryPoint, "SELECT * FROM plenary_point ORDER BY position")


def update_plenary_point(db: Database, point_id: str, kind: str, text: str, group_id: str | None) -> None:
    """Change a plenary point."""
    db.execute("UPDATE plenary_point SET kind = ?, text = ?, group_id = ? WHERE id = ?",
               [choice(kind, PLENARY_KINDS, t("field.plenary_kind")),
                required_text(text, t("field.plenary_point"), 20_000), group_id, point_id])


def delete_plenary_point(db: Database, point_id: str) -> None:
    """Remove a plenary point."""
    db.execute("DELETE FROM plenary_point WHERE id = ?", [point_id])

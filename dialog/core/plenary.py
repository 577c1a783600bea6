"""Plenary points, the process leader's assessment and attendance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog.core.clock import new_id, now_iso
from dialog.core.ordering import append_row
from dialog.core.validation import bounded_text, choice, count, required_text
from dialog.core.vocabulary import DISPLAY_STATUSES, PLENARY_KINDS
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


def list_plenary_points(db: Database) -> list[dict]:
    """Return plenary points in the order they were made."""
    return db.execute_returning_dicts("SELECT * FROM plenary_point ORDER BY position")


def set_assessment(db: Database, text: str) -> None:
    """Store the process leader's own assessment (kept apart from participants' words)."""
    clean = bounded_text(text, t("field.assessment"))
    with db.atomic():
        db.execute("DELETE FROM assessment")
        db["assessment"].insert({"id": new_id(), "text": clean, "updated_at": now_iso()})


def get_assessment(db: Database) -> str:
    """Return the process leader's assessment, or an empty string."""
    row = db.execute("SELECT text FROM assessment").fetchone()
    return row[0] if row else ""


def set_attendance(db: Database, counts: dict[str, int]) -> None:
    """Replace attendance: head count per role code."""
    with db.atomic():
        db.execute("DELETE FROM attendance")
        for role_code, number in counts.items():
            db["attendance"].insert({"role_code": role_code, "count": count(number, t("field.attendance"))})


def attendance(db: Database) -> list[dict]:
    """Return every role with its letter, names and head count (0 when absent)."""
    return db.execute_returning_dicts(
        "SELECT r.code, r.letter, r.name_nb, r.name_en, coalesce(a.count, 0) AS count "
        "FROM role r LEFT JOIN attendance a ON a.role_code = r.code ORDER BY r.position")


def total_attendance(db: Database) -> int:
    """Return the number of participants."""
    return db.execute("SELECT coalesce(sum(count), 0) FROM attendance").fetchone()[0]


def set_display_status(db: Database, theme_code: str, status: str) -> None:
    """Set a theme's status for the cross-district display row."""
    db.execute(
        "INSERT INTO display_status (theme_code, status) VALUES (?, ?) "
        "ON CONFLICT(theme_code) DO UPDATE SET status = excluded.status",
        [theme_code, choice(status, DISPLAY_STATUSES, t("field.display_status"))],
    )


def list_roles(db: Database) -> list[dict]:
    """Return the conference's participant roles in order."""
    return db.execute_returning_dicts("SELECT * FROM role ORDER BY position")


def update_plenary_point(db: Database, point_id: str, kind: str, text: str, group_id: str | None) -> None:
    """Change a plenary point."""
    db.execute("UPDATE plenary_point SET kind = ?, text = ?, group_id = ? WHERE id = ?",
               [choice(kind, PLENARY_KINDS, t("field.plenary_kind")),
                required_text(text, t("field.plenary_point"), 20_000), group_id, point_id])


def delete_plenary_point(db: Database, point_id: str) -> None:
    """Remove a plenary point."""
    db.execute("DELETE FROM plenary_point WHERE id = ?", [point_id])

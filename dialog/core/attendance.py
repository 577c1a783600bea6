"""Who came: the conference's participant roles and the head count in each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog.core.rows import Role, RoleAttendance, fetch_rows
from dialog.core.validation import count
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


def set_attendance(db: Database, counts: dict[str, int]) -> None:
    """Replace attendance: head count per role code."""
    with db.atomic():
        db.execute("DELETE FROM attendance")
        for role_code, number in counts.items():
            db.table("attendance").insert({"role_code": role_code, "count": count(number, t("field.attendance"))})


def attendance(db: Database) -> list[RoleAttendance]:
    """Return every role with its letter, names and head count (0 when absent)."""
    return fetch_rows(
        db, RoleAttendance, "SELECT r.code, r.letter, r.name_nb, r.name_en, r.name_nn, coalesce(a.count, 0) AS count "
        "FROM role r LEFT JOIN attendance a ON a.role_code = r.code ORDER BY r.position")


def total_attendance(db: Database) -> int:
    """Return the number of participants."""
    return db.execute("SELECT coalesce(sum(count), 0) FROM attendance").fetchone()[0]


def list_roles(db: Database) -> list[Role]:
    """Return the conference's participant roles in order."""
    return fetch_rows(db, Role, "SELECT * FROM role ORDER BY position")

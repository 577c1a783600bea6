"""Work groups: their themes and their members counted by role (never named)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dialog.core.ids_and_times import new_id
from dialog.core.ordering import next_position
from dialog.core.rows import Group, fetch_rows
from dialog.core.validation import count, required_text
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


def add_group(db: Database, name: str, theme_codes: Sequence[str] = (), members: dict[str, int] | None = None) -> str:
    """Create a group with its themes and role counts; return its id."""
    group_id = new_id()
    with db.atomic():
        db.table("work_group").insert({
            "id": group_id,
            "name": required_text(name, t("field.group_name")),
            "position": next_position(db, "work_group"),
        })
        set_group_themes(db, group_id, list(theme_codes))
        set_group_members(db, group_id, members or {})
    return group_id


def set_group_themes(db: Database, group_id: str, theme_codes: list[str]) -> None:
    """Replace the themes a group works on."""
    with db.atomic():
        db.execute("DELETE FROM group_theme WHERE group_id = ?", [group_id])
        for code in theme_codes:
            db.table("group_theme").insert({"group_id": group_id, "theme_code": code})


def set_group_members(db: Database, group_id: str, members: dict[str, int]) -> None:
    """Replace a group's head count per role code."""
    with db.atomic():
        db.execute("DELETE FROM group_member WHERE group_id = ?", [group_id])
        for role_code, number in members.items():
            db.table("group_member").insert(
                {"group_id": group_id, "role_code": role_code, "count": count(number, t("field.members"))}
            )


def list_groups(db: Database) -> list[Group]:
    """Return groups in order, each with ``themes`` (codes) and ``members`` (role -> count)."""
    groups = fetch_rows(db, Group, "SELECT * FROM work_group ORDER BY position")  # themes and members added below
    for group in groups:
        group["themes"] = [row[0] for row in db.execute(
            "SELECT gt.theme_code FROM group_theme gt JOIN theme th ON th.code = gt.theme_code "
            "WHERE gt.group_id = ? ORDER BY th.position", [group["id"]])]
        group["members"] = {row[0]: row[1] for row in db.execute(
            "SELECT gm.role_code, gm.count FROM group_member gm JOIN role r ON r.code = gm.role_code "
            "WHERE gm.group_id = ? ORDER BY r.position", [group["id"]])}
    return groups


def rename_group(db: Database, group_id: str, name: str) -> None:
    """Change a group's name."""
    db.execute("UPDATE work_group SET name = ? WHERE id = ?", [required_text(name, t("field.group_name")), group_id])


def delete_group(db: Database, group_id: str) -> None:
    """Remove a group; its notes go with it, its measures stay without a group."""
    db.execute("DELETE FROM work_group WHERE id = ?", [group_id])


USER_ROLE = "user"
"""The role whose voice a dialogue conference protects in every group."""


def balance_warnings(members: dict[str, int]) -> list[str]:
    """Return message keys for an unsafe role mix: users outnumbered, or fewer than two users."""
    users = members.get(USER_ROLE, 0)
    others = sum(count for role, count in members.items() if role != USER_ROLE)
    warnings = []
    if users < 2:
        warnings.append("groups.warn_few_users")
    if users < others:
        warnings.append("groups.warn_outnumbered")
    return warnings

"""The display row: each catalogue theme as positive, mixed, challenge or not discussed.

A status the leader set is used as it is. Otherwise it is read from the group
notes on that theme: only "works well" gives positive, only "works less well"
gives challenge, both give mixed, neither gives not discussed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog.core.rows import ThemeStatus
from dialog.core.validation import choice
from dialog.core.vocabulary import DISPLAY_STATUSES
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


def derived_status(kinds: set[str]) -> str:
    """Return the status that a set of note kinds on one theme suggests."""
    good, bad = "works_well" in kinds, "works_less_well" in kinds
    if good and bad:
        return "mixed"
    if good:
        return "positive"
    if bad:
        return "challenge"
    return "not_discussed"


def display_row(db: Database) -> list[ThemeStatus]:
    """Return every catalogue theme (not the headings) with its status and whether it was set by hand."""
    set_by_hand = {row[0]: row[1] for row in db.execute("SELECT theme_code, status FROM display_status")}
    kinds: dict[str, set[str]] = {}
    for theme_code, kind in db.execute(
        "SELECT gt.theme_code, n.kind FROM note n JOIN group_theme gt ON gt.group_id = n.group_id "
        "WHERE n.deleted_at IS NULL"
    ):
        kinds.setdefault(theme_code, set()).add(kind)
    rows: list[ThemeStatus] = []
    for code, name_nb, name_en, name_nn in db.execute(
        "SELECT code, name_nb, name_en, name_nn FROM theme WHERE origin = 'catalogue' AND parent_code IS NOT NULL "
        "ORDER BY position"
    ):
        manual = set_by_hand.get(code)
        rows.append({"code": code, "name_nb": name_nb, "name_en": name_en, "name_nn": name_nn,
                     "status": manual or derived_status(kinds.get(code, set())), "manual": manual is not None})
    return rows


def set_display_status(db: Database, theme_code: str, status: str) -> None:
    """Set a theme's status for the cross-district display row."""
    db.execute(
        "INSERT INTO display_status (theme_code, status) VALUES (?, ?) "
        "ON CONFLICT(theme_code) DO UPDATE SET status = excluded.status",
        [theme_code, choice(status, DISPLAY_STATUSES, t("field.display_status"))],
    )

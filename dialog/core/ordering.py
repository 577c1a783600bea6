"""Positions of ordered rows (findings, notes, groups ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def next_position(db: Database, table: str, where: str = "1", params: list | None = None) -> int:
    """Return one past the largest ``position`` in ``table`` among rows matching ``where``."""
    row = db.execute(f"SELECT max(position) FROM [{table}] WHERE {where}", params or []).fetchone()
    return 0 if row[0] is None else row[0] + 1


def append_row(db: Database, table: str, row: dict, where: str = "1", params: list | None = None) -> None:
    """Insert ``row`` after the last row matching ``where``, in one write transaction.

    Reading the last position and inserting under one ``BEGIN IMMEDIATE`` means
    two programs adding at once each get their own position, never the same one.
    """
    with db.atomic():
        db.table(table).insert({**row, "position": next_position(db, table, where, params)})

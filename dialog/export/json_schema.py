"""What the JSON form must look like, derived from the live schema.

The JSON form carries every table of a conference file, so its shape is read
from a freshly migrated in-memory database rather than written twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlite_utils import Database

from dialog.core.schema import STEPS, migrate

FORMAT_NAME = "dialogkonferanse"
"""The ``format`` marker at the top of every JSON export."""

INTERNAL_TABLES = frozenset({"_sqlite_migrations"})


@dataclass(frozen=True)
class Column:
    """A column's name, declared type, whether it may be null, and if it is in the key."""

    name: str
    type: str
    nullable: bool
    primary_key: int


@lru_cache(maxsize=8)
def tables_for(steps: tuple[Callable[[Database], None], ...] = STEPS) -> dict[str, tuple[Column, ...]]:
    """Return table -> columns (in schema order) for the format built by ``steps``."""
    db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    migrate(db, steps)
    tables = {}
    for name in db.table_names():
        if name in INTERNAL_TABLES:
            continue
        info = db.execute(f"PRAGMA table_info([{name}])").fetchall()
        tables[name] = tuple(
            Column(name=row[1], type=row[2].upper(), nullable=not row[3] and not row[5], primary_key=row[5])
            for row in info
        )
    db.close()
    return tables


def order_by(columns: Sequence[Column]) -> str:
    """Return an ORDER BY clause on the table's primary key, for a stable export order."""
    keys = sorted((c for c in columns if c.primary_key), key=lambda c: c.primary_key)
    return ", ".join(f"[{c.name}]" for c in keys) or "rowid"

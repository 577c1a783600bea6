"""What the JSON form must look like, derived from the live schema.

The JSON form carries every table of a conference file, so its shape is read
from a freshly migrated in-memory database rather than written twice. Each
column's JSON type follows from its declared SQL type by SQLite's own affinity
rules, so a column added by a later migration is carried without touching the
exporter or the importer; a column of a type the JSON form cannot carry (BLOB,
NUMERIC, no type) stops :func:`tables_for` with a message naming it.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlite_utils import Database

from dialog.core.schema import STEPS, migrate

FORMAT_NAME = "dialogkonferanse"
"""The ``format`` marker at the top of every JSON export."""

INTERNAL_TABLES = frozenset({"_sqlite_migrations"})
"""Tables of the file that belong to the machinery, not to the conference."""

CARRIED_AFFINITIES = ("TEXT", "INTEGER", "REAL")
"""The column affinities the JSON form carries: JSON strings, whole numbers and numbers."""


def affinity(declared: str) -> str:
    """Return SQLite's type affinity for a declared column type (https://sqlite.org/datatype3.html §3.1)."""
    declared = declared.upper()
    if "INT" in declared:
        return "INTEGER"
    if any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in declared or not declared.strip():
        return "BLOB"
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


@dataclass(frozen=True)
class Column:
    """A column's name, declared type, affinity, whether it may be null, and its place in the key."""

    name: str
    type: str
    nullable: bool
    primary_key: int

    @property
    def affinity(self) -> str:
        """SQLite's affinity of the declared type: TEXT, INTEGER, REAL, NUMERIC or BLOB."""
        return affinity(self.type)


class UncarriedColumnType(RuntimeError):
    """A column of the schema has a type the JSON form has no rule for (a programming error)."""


@lru_cache(maxsize=8)
def tables_for(steps: tuple[Callable[[Database], None], ...] = STEPS) -> dict[str, tuple[Column, ...]]:
    """Return table -> columns (in schema order) for the format built by ``steps``."""
    db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    try:
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
            for column in tables[name]:
                if column.affinity not in CARRIED_AFFINITIES:
                    raise UncarriedColumnType(
                        f"{name}.{column.name} is declared {column.type or 'without a type'!r} "
                        f"({column.affinity} affinity); the JSON form carries only {', '.join(CARRIED_AFFINITIES)}: "
                        "teach dialog/export/json_schema.py how to write it")
    finally:
        db.close()
    return tables


def value_problem(column: Column, value: object) -> str | None:
    """Return the catalogue key (``json.problem.*``) of why ``value`` cannot stand in ``column``, or None.

    The same rule holds for export and import, so whatever the exporter writes
    the importer takes back unchanged: text for TEXT columns, whole numbers for
    INTEGER columns, finite numbers for REAL columns, null where the schema
    allows it. Booleans are never numbers.
    """
    if value is None:
        return None if column.nullable else "json.problem.null"
    kind = column.affinity
    if kind == "INTEGER":
        if not isinstance(value, int) or isinstance(value, bool) or not _fits_64_bits(value):
            return "json.problem.whole_number"
    elif kind == "REAL":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "json.problem.number"
        if ((isinstance(value, int) and not _fits_64_bits(value))
                or (isinstance(value, float) and not math.isfinite(value))):
            return "json.problem.finite"
    elif not isinstance(value, str):
        return "json.problem.text"
    elif any("\ud800" <= ch <= "\udfff" for ch in value):
        return "json.problem.bad_text"
    return None


def _fits_64_bits(value: int) -> bool:
    """True for the whole numbers SQLite can hold (signed 64-bit)."""
    return -(2**63) <= value < 2**63


def order_by(columns: Sequence[Column]) -> str:
    """Return an ORDER BY clause on the table's primary key, for a stable export order."""
    keys = sorted((c for c in columns if c.primary_key), key=lambda c: c.primary_key)
    return ", ".join(f"[{c.name}]" for c in keys) or "rowid"

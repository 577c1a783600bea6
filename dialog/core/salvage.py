"""Reading what can still be read from a damaged conference file, row by row, into a new file.

Python's sqlite3 has no ``.recover``, and the ``sqlite3`` program may not be
installed, so the copy is made table by table with plain SELECTs: a scan that
hits a broken page stops there and the rest of the table is looked for past it,
so one bad page costs only the rows on it. The damaged file (with its -wal,
whose committed pages SQLite reads as part of it) is opened read-only and never
written to.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialog.core.database import read_only_uri

COUNTED_TABLES = {"notes": "note", "forms": "evaluation_response", "measures": "measure"}
"""What the leader is told about: label -> table."""

SKIPS = (1, 16, 256, 4096, 65536, 1 << 20)
"""How far past a broken page to look for the rest of a table (in rowids)."""


def salvage(source: Path, target: Path) -> bool:
    """Copy every readable row of ``source`` into a new conference-shaped file ``target``.

    Returns False (and leaves no ``target``) when not even the list of tables can be read.
    """
    damaged = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        try:
            schema = damaged.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                "AND type IN ('table', 'index')").fetchall()
            application_id = damaged.execute("PRAGMA application_id").fetchone()[0]
            user_version = damaged.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error:
            return False
        rescued = sqlite3.connect(target, isolation_level=None)
        try:
            rescued.execute(f"PRAGMA application_id = {int(application_id)}")
            rescued.execute(f"PRAGMA user_version = {int(user_version)}")
            rescued.execute("BEGIN")
            tables = [(name, sql) for kind, name, sql in schema if kind == "table"]
            for name, sql in tables:
                rescued.execute(sql)
                _copy_table(damaged, rescued, name)
            for kind, name, sql in schema:
                if kind == "index":
                    try:
                        rescued.execute(sql)
                    except sqlite3.Error:
                        pass  # a unique index the rescued rows break: the rows matter more
            rescued.execute("COMMIT")
        finally:
            rescued.close()
    finally:
        damaged.close()
    return True


def _copy_table(damaged: sqlite3.Connection, rescued: sqlite3.Connection, table: str) -> None:
    quoted = '"' + table.replace('"', '""') + '"'
    after = None
    while True:
        after = _copy_run(damaged, rescued, quoted, after)
        if after is None:
            return
        after = _next_readable(damaged, quoted, after)
        if after is None:
            return


def _copy_run(damaged: sqlite3.Connection, rescued: sqlite3.Connection, quoted: str, after: int | None) -> int | None:
    """Copy rows in rowid order from just past ``after``; return the last rowid reached when a page breaks."""
    where = "" if after is None else f" WHERE rowid >= {after}"
    last = after
    try:
        cursor = damaged.execute(f"SELECT rowid, * FROM {quoted}{where} ORDER BY rowid")
        columns = len(cursor.description) - 1
        insert = f"INSERT OR IGNORE INTO {quoted} VALUES ({', '.join('?' * columns)})"
        for row in cursor:
            last = row[0]
            try:
                rescued.execute(insert, row[1:])
            except sqlite3.Error:
                pass  # a row whose bytes were scrambled into something the table refuses
    except sqlite3.Error:
        return last if last is not None else -(1 << 62)
    return None


def _next_readable(damaged: sqlite3.Connection, quoted: str, broken_after: int) -> int | None:
    """The first rowid past the broken stretch that can be read, or None when none is found."""
    for skip in SKIPS:
        try:
            row = damaged.execute(f"SELECT rowid FROM {quoted} WHERE rowid > ? ORDER BY rowid LIMIT 1",
                                  (broken_after + skip,)).fetchone()
        except sqlite3.Error:
            continue
        return None if row is None else row[0]
    return None


def rows_missing_from(rescued: Path, backup: Path) -> dict[str, int]:
    """For notes, forms and measures: how many rows of ``rescued`` ``backup`` lacks or holds differently."""
    counts = {label: 0 for label in COUNTED_TABLES}
    connection = sqlite3.connect(read_only_uri(rescued), uri=True)
    try:
        connection.execute("ATTACH ? AS backup", (read_only_uri(backup),))
        for label, table in COUNTED_TABLES.items():
            try:
                counts[label] = connection.execute(
                    f"SELECT count(*) FROM (SELECT * FROM main.{table} EXCEPT SELECT * FROM backup.{table})"
                ).fetchone()[0]
            except sqlite3.Error:
                try:  # different columns (another format version): count rows whose id the backup lacks
                    counts[label] = connection.execute(
                        f"SELECT count(*) FROM main.{table} WHERE id NOT IN (SELECT id FROM backup.{table})"
                    ).fetchone()[0]
                except sqlite3.Error:
                    counts[label] = 0
    finally:
        connection.close()
    return counts

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

MAX_ROWS = 2_000_000
"""Rows read from one table at most: a scrambled tree could lead a scan in circles."""


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
            for kind, _name, sql in schema:
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
    try:
        top = damaged.execute(f"SELECT max(rowid) FROM {quoted}").fetchone()[0]
    except sqlite3.Error:
        top = None  # the last page is broken: rowids cannot be told from scrambled ones
    start = None
    while True:
        broken_at = _copy_run(damaged, rescued, quoted, start, top)
        if broken_at is None:
            return
        # Only ever look further on, so the copy ends however the pages are scrambled.
        resume = _next_readable(damaged, quoted, broken_at if start is None else max(broken_at, start), top)
        if resume is None or (start is not None and resume <= start):
            return
        start = resume


def _copy_run(damaged: sqlite3.Connection, rescued: sqlite3.Connection, quoted: str, start: int | None,
              top: int | None) -> int | None:
    """Copy rows in rowid order from ``start``; return the last good rowid reached when a page breaks.

    Rows with a rowid past the table's last one, or out of order, come from a
    scrambled page and are left out.
    """
    where = "" if start is None else f" WHERE rowid >= {int(start)}"
    last = start if start is not None else 0
    try:
        cursor = damaged.execute(f"SELECT rowid, * FROM {quoted}{where} ORDER BY rowid")
        columns = len(cursor.description) - 1
        insert = f"INSERT OR IGNORE INTO {quoted} VALUES ({', '.join('?' * columns)})"
        for count, row in enumerate(cursor):
            if count >= MAX_ROWS:
                return None
            if not isinstance(row[0], int) or row[0] < last or (top is not None and row[0] > top):
                continue
            last = row[0]
            try:
                rescued.execute(insert, row[1:])
            except sqlite3.Error:
                pass  # a row whose bytes were scrambled into something the table refuses
    except sqlite3.Error:
        return last
    return None


def _next_readable(damaged: sqlite3.Connection, quoted: str, broken_after: int, top: int | None) -> int | None:
    """The first rowid past the broken stretch that can be read, or None when none is found.

    Rowids are looked up through the tree's upper pages, so a broken leaf fails every
    look-up that lands on it (or answers with a scrambled rowid): the first rowid that
    does not is found by halving the range up to the table's last rowid (or, when that
    is unknown, by big jumps).
    """
    def first_from(rowid: int) -> tuple[bool, int | None]:
        try:
            row = damaged.execute(f"SELECT rowid FROM {quoted} WHERE rowid >= ? ORDER BY rowid LIMIT 1",
                                  (rowid,)).fetchone()
        except sqlite3.Error:
            return False, None
        found = None if row is None else row[0]
        plausible = found is None or (isinstance(found, int) and found >= rowid and (top is None or found <= top))
        return plausible, found

    if top is not None and top > broken_after and first_from(top)[0]:
        low, high = broken_after + 1, top  # ``high`` can be read
        readable, found = first_from(low)
        if readable:
            return found
        while high - low > 1:
            middle = (low + high) // 2
            if first_from(middle)[0]:
                high = middle
            else:
                low = middle
        return first_from(high)[1]
    if top is not None:
        return None
    for skip in SKIPS:
        readable, found = first_from(broken_after + skip + 1)
        if readable:
            return found
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

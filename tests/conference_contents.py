"""What a conference file holds, read through SQLite, and the JSON round trip of one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialog.export.json_format import export_json, import_json


def conference_tables(path: Path) -> dict[str, list[str]]:
    """Table -> column names of a conference file, read straight from SQLite (internal tables left out)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != '_sqlite_migrations' ORDER BY name")]
        return {name: [row[1] for row in connection.execute(f"PRAGMA table_info([{name}])")] for name in names}
    finally:
        connection.close()


def sqlite_contents(path: Path) -> dict[str, object]:
    """Everything a conference file holds as SQLite sees it: schema, version, every row with each value's type."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        contents: dict[str, object] = {
            "schema": connection.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%' "
                "ORDER BY type, name").fetchall(),
            "user_version": connection.execute("PRAGMA user_version").fetchone()[0],
            "application_id": connection.execute("PRAGMA application_id").fetchone()[0],
        }
        for table, columns in conference_tables(path).items():
            values = ", ".join(f"[{c}], typeof([{c}])" for c in columns)
            order = ", ".join(str(i + 1) for i in range(2 * len(columns)))
            contents[table] = connection.execute(f"SELECT {values} FROM [{table}] ORDER BY {order}").fetchall()
        return contents
    finally:
        connection.close()


def round_trip(source: Path, folder: Path) -> tuple[Path, bytes, bytes]:
    """Export ``source``, import the export into ``folder``, export the import; return (import, first, second)."""
    first = export_json(source, folder / "first.json")
    imported = import_json(first, folder / "imported")
    second = export_json(imported, folder / "second.json")
    return imported, first.read_bytes(), second.read_bytes()

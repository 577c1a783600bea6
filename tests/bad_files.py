"""Makers of the bad inputs every command must refuse without changing anything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialog.core.database import APPLICATION_ID
from dialog.core.schema import FORMAT_VERSION


def missing(folder: Path) -> Path:
    return folder / "no-such-conference.dialog.sqlite"


def directory(folder: Path) -> Path:
    path = folder / "a-folder.dialog.sqlite"
    path.mkdir(parents=True)
    return path


def not_sqlite(folder: Path) -> Path:
    path = folder / "notes.dialog.sqlite"
    path.write_text("Dette er et vanlig tekstdokument, ikke en database.\n" * 5, encoding="utf-8")
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "empty.dialog.sqlite"
    path.write_bytes(b"")
    return path


def foreign_sqlite(folder: Path) -> Path:
    path = folder / "budget.dialog.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE budget (post TEXT, amount INTEGER)")
    conn.execute("INSERT INTO budget VALUES ('kaffe', 300)")
    conn.commit()
    conn.close()
    return path


def newer_format(folder: Path) -> Path:
    path = folder / "future.dialog.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {FORMAT_VERSION + 1}")
    conn.execute("CREATE TABLE conference (id TEXT)")
    conn.commit()
    conn.close()
    return path


BAD_CONFERENCE_FILES = {
    "missing": (missing, "no such file"),
    "directory": (directory, "is a folder"),
    "not_sqlite": (not_sqlite, "not an SQLite database"),
    "empty": (empty_file, "not an SQLite database"),
    "foreign_sqlite": (foreign_sqlite, "not a dialogue conference file"),
    "newer_format": (newer_format, "newer version of dialog"),
}
"""name -> (maker, the words the one-line error must contain)."""

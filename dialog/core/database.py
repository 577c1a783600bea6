"""Opening, creating and recognising conference files.

A conference file is an ordinary SQLite database marked with our
``application_id`` and a format version in ``user_version``. Files are checked
from their header bytes before SQLite touches them, so a foreign, damaged or
newer file is refused without a single byte changing.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path
from typing import TYPE_CHECKING

from dialog.core.errors import DialogError
from dialog.core.file_errors import describe_open_failure
from dialog.core.schema import FORMAT_VERSION, migrate

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x444B4F4E
"""``PRAGMA application_id`` of a conference file ("DKON")."""

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
BUSY_TIMEOUT_MS = 5000
SUFFIX = ".dialog.sqlite"
"""File name ending of conference files."""


def read_header(path: Path) -> tuple[int, int]:
    """Return ``(application_id, user_version)`` from a file's SQLite header.

    Raises :class:`DialogError` when the path is missing, a directory,
    unreadable, or not an SQLite database at all.
    """
    if not path.exists():
        raise DialogError("error.file_missing", path=path)
    if path.is_dir():
        raise DialogError("error.file_is_directory", path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        raise DialogError("error.file_unreadable", path=path, reason=exc.strerror or exc) from exc
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise DialogError("error.not_sqlite", path=path)
    (user_version,) = struct.unpack(">i", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    return application_id, user_version


def check_conference_file(path: Path) -> None:
    """Refuse, with a clear error, anything that is not a conference file we can open."""
    application_id, user_version = read_header(path)
    if application_id != APPLICATION_ID:
        raise DialogError("error.not_conference", path=path)
    if user_version > FORMAT_VERSION:
        raise DialogError("error.too_new", path=path, version=user_version, supported=FORMAT_VERSION)


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """An SQLite URI that opens ``path`` read-only (any file name, even with ``?``, ``#`` or ``%`` in it)."""
    from urllib.parse import quote

    return f"file:{quote(str(Path(path).absolute()))}?mode=ro" + ("&immutable=1" if immutable else "")


def configure(db: Database) -> None:
    """Set the per-connection pragmas every conference connection needs."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")


def connect(path: Path) -> Database:
    """Open a raw connection to ``path`` with our pragmas (no checks)."""
    # check_same_thread=False lets a connection made in a worker be closed from
    # another thread; each connection is still used by one thread at a time.
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    from sqlite_utils import Database  # loaded with the first file, on the store's thread

    db = Database(conn, execute_plugins=False)
    configure(db)
    return db


def open_conference(path: Path | str) -> Database:
    """Open an existing conference file, upgrading an older format in place.

    Raises :class:`DialogError` for anything that is not a usable conference.
    """
    path = Path(path)
    check_conference_file(path)
    try:
        db = connect(path)
    except sqlite3.Error as exc:
        raise describe_open_failure(exc, path) from exc
    try:
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
        user_version = db.execute("PRAGMA user_version").fetchone()[0]
        if application_id != APPLICATION_ID:
            raise DialogError("error.not_conference", path=path)
        if user_version > FORMAT_VERSION:
            raise DialogError("error.too_new", path=path, version=user_version, supported=FORMAT_VERSION)
        if user_version < FORMAT_VERSION:
            migrate(db)
        if db.execute("SELECT count(*) FROM conference").fetchone()[0] != 1:
            raise DialogError("error.not_conference", path=path)
    except sqlite3.Error as exc:
        db.close()
        raise describe_open_failure(exc, path) from exc
    except DialogError:
        db.close()
        raise
    return db


def create_database(path: Path) -> Database:
    """Create a new, empty conference database at ``path`` (which must not exist)."""
    if path.exists():
        raise DialogError("error.file_exists", path=path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = connect(path)
    except (OSError, sqlite3.Error) as exc:
        raise DialogError("error.cannot_create", path=path, reason=exc) from exc
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.enable_wal()
    migrate(db)
    return db


def remove_database_files(path: Path) -> list[Path]:
    """Delete a database file with its -wal and -shm companions; return what went."""
    removed = []
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if candidate.exists():
            os.remove(candidate)
            removed.append(candidate)
    return removed

"""Opening, creating and recognising conference files.

A conference file is an ordinary SQLite database marked with our
``application_id`` and a format version in ``user_version``. Only SQLite ever
touches a conference file: closing any other descriptor of it would drop every
POSIX lock this process holds on it (SQLite's "How To Corrupt", §2.2), and
another program would then delete the WAL under our live connection. So even
the header is read through a read-only SQLite connection.

Every write transaction starts with ``BEGIN IMMEDIATE``: a second writer then
waits (``busy_timeout``) instead of failing at once with "database is locked"
when it would have to upgrade a read lock.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from dialog.core.errors import DialogError
from dialog.core.file_errors import (
    SQLITE_CANTOPEN,
    SQLITE_NOTADB,
    SQLITE_READONLY,
    damaged,
    describe_open_failure,
    is_damage,
    sqlite_code,
)
from dialog.core.schema import FORMAT_VERSION, migrate
from dialog.core.text_gate import cleaned_values
from dialog.core.user_files import require_regular_file

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x444B4F4E
"""``PRAGMA application_id`` of a conference file ("DKON")."""

BUSY_TIMEOUT_MS = 5000
SMALLEST_DATABASE = 512
"""No SQLite database file is shorter than its smallest page."""
SUFFIX = ".dialog.sqlite"
"""File name ending of conference files."""

_CANNOT_OPEN = {SQLITE_CANTOPEN, SQLITE_READONLY}  # no -shm can be made beside a file in a read-only folder


def _check_path(path: Path) -> None:
    """Refuse a missing path, a folder, a pipe or device, an unreadable or too short file (by ``stat`` only).

    No descriptor is opened: a named pipe would make the open wait for ever.
    """
    info = require_regular_file(path)
    if not os.access(path, os.R_OK):
        raise DialogError("error.file_unreadable", path=path, reason=os.strerror(13))
    if info.st_size < SMALLEST_DATABASE:
        raise DialogError("error.not_sqlite", path=path)


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """An SQLite URI that opens ``path`` read-only (any file name, even with ``?``, ``#`` or ``%`` in it)."""
    from urllib.parse import quote

    return f"file:{quote(str(Path(path).absolute()))}?mode=ro" + ("&immutable=1" if immutable else "")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only SQLite connection to ``path`` that never writes a byte of it or beside it.

    A file with no ``-wal`` beside it is open in no program (a WAL-mode
    connection keeps its ``-wal`` while it lives), so it is read as immutable:
    no ``-wal``/``-shm`` appear next to a file collected from a laptop. A file
    in use is read the normal read-only way, with SQLite's locks; in a
    read-only folder, where no ``-shm`` can be made, nobody can be writing, so
    it is read as immutable too.
    """
    if not Path(f"{path}-wal").exists():
        return sqlite3.connect(read_only_uri(path, immutable=True), uri=True, check_same_thread=False)
    connection = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False,
                                 timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as error:
        connection.close()
        if (sqlite_code(error) or 0) & 0xFF not in _CANNOT_OPEN:
            raise
        connection = sqlite3.connect(read_only_uri(path, immutable=True), uri=True, check_same_thread=False)
    return connection


def read_header(path: Path) -> tuple[int, int]:
    """Return ``(application_id, user_version)`` of a file, read through SQLite.

    Raises :class:`DialogError` when the path is missing, a directory,
    unreadable, or not an SQLite database at all.
    """
    _check_path(path)
    try:
        connection = connect_read_only(path)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as error:
        if (sqlite_code(error) or 0) & 0xFF == SQLITE_NOTADB:
            raise DialogError("error.not_sqlite", path=path) from None
        raise describe_open_failure(error, path) from None
    return application_id, user_version


def check_conference_file(path: Path) -> None:
    """Refuse, with a clear error, anything that is not a conference file we can open."""
    application_id, user_version = read_header(path)
    if application_id != APPLICATION_ID:
        raise DialogError("error.not_conference", path=path)
    if user_version > FORMAT_VERSION:
        raise DialogError("error.too_new", path=path, version=user_version, supported=FORMAT_VERSION)


def _database_class() -> type:
    from sqlite_utils import Database  # loaded with the first file, on the store's thread

    class ConferenceDatabase(Database):
        """sqlite-utils' Database whose transactions take the write lock as they begin (``BEGIN IMMEDIATE``).

        A plain ``BEGIN`` takes it only at the first write; if another program
        committed in between, SQLite cannot wait for it and fails at once with
        "database is locked". Read-only connections keep the plain ``BEGIN``.
        """

        read_only = False

        @contextlib.contextmanager
        def atomic(self) -> Generator[Database, None, None]:
            if self.read_only or self.conn.in_transaction:
                with super().atomic() as db:
                    yield db
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    return ConferenceDatabase


_DATABASE_CLASS: type | None = None


_READ_KEYWORDS = ("SELECT", "PRAGMA")
"""Statements that never open a transaction of their own: sqlite-utils runs them as SQLite does."""


def _first_word(sql: str) -> str:
    """The statement's first word in capitals ("" when it starts with anything else, such as a comment)."""
    text = sql.lstrip()
    end = 0
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[:end].upper()


class LazyDatabase:
    """A conference connection that loads sqlite-utils (some 90 ms of imports) only when a feature of it is used.

    Reads (``SELECT`` and ``PRAGMA`` through :meth:`execute`, ``SELECT`` through
    :meth:`execute_returning_dicts`) run on the connection itself, as sqlite-utils
    would run them: they open no transaction, so it adds nothing to them. Everything
    else (writes, tables, transactions, migrations) goes to sqlite-utils' Database
    (with our ``BEGIN IMMEDIATE`` rule), made on the same connection at first use.
    Opening a file and showing it therefore never waits for sqlite-utils.
    """

    def __init__(self, connection: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.conn = connection
        self.read_only = read_only
        self.cleaned_texts: dict = {}
        self._full: Database | None = None

    @property
    def full(self) -> Database:
        """sqlite-utils' Database on this connection (loaded and made on first use)."""
        if self._full is None:
            global _DATABASE_CLASS
            if _DATABASE_CLASS is None:
                _DATABASE_CLASS = _database_class()
            full = _DATABASE_CLASS(self.conn, execute_plugins=False)
            full.read_only = self.read_only
            self._full = full
        return self._full

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        """Run one statement; see sqlite-utils' ``Database.execute``."""
        if _first_word(sql) not in _READ_KEYWORDS:
            return self.full.execute(sql, parameters)
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def execute_returning_dicts(self, sql: str, params: Any = None) -> list[dict]:
        """The rows of a query as dictionaries; see sqlite-utils' ``Database.execute_returning_dicts``."""
        if _first_word(sql) != "SELECT":
            return self.full.execute_returning_dicts(sql, params)
        cursor = self.conn.execute(sql) if params is None else self.conn.execute(sql, params)
        keys = [column[0] for column in cursor.description]
        if len(set(keys)) < len(keys):  # sqlite-utils renames repeated columns
            cursor.close()
            return self.full.execute_returning_dicts(sql, params)
        return [dict(zip(keys, row)) for row in cursor]

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __getitem__(self, name: str) -> Any:
        return self.full[name]

    def __getattr__(self, name: str) -> Any:  # any other feature is sqlite-utils'
        if name.startswith("__") or name in ("_full", "conn", "read_only", "cleaned_texts"):
            raise AttributeError(name)
        return getattr(self.full, name)


def wrap(connection: sqlite3.Connection, *, read_only: bool = False) -> Database:
    """Wrap a connection for the core's functions, with our transaction rule (sqlite-utils loads on first use)."""
    return cast("Database", LazyDatabase(connection, read_only=read_only))


def configure(db: Database) -> None:
    """Set the per-connection pragmas every conference connection needs."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")


def connect(path: Path) -> Database:
    """Open a raw read-write connection to ``path`` with our pragmas (no checks).

    ``isolation_level="IMMEDIATE"`` makes the implicit transaction of a single
    INSERT/UPDATE/DELETE take the write lock first too.
    """
    # check_same_thread=False lets a connection made in a worker be closed from
    # another thread; each connection is still used by one thread at a time.
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000,
                           isolation_level="IMMEDIATE")
    conn.row_factory = cleaned_values  # what is read is shown: never a control sequence, whoever wrote it
    db = wrap(conn)
    configure(db)
    return db


def _verify(db: Database, path: Path) -> int:
    """Check an opened file is a conference of a format we read; return its format version."""
    application_id = db.execute("PRAGMA application_id").fetchone()[0]
    user_version = db.execute("PRAGMA user_version").fetchone()[0]
    if application_id != APPLICATION_ID:
        raise DialogError("error.not_conference", path=path)
    if user_version > FORMAT_VERSION:
        raise DialogError("error.too_new", path=path, version=user_version, supported=FORMAT_VERSION)
    return user_version


def open_conference(path: Path | str, *, read_only: bool = False, clean: bool = True) -> Database:
    """Open an existing conference file.

    A writer upgrades an older format in place. With ``read_only`` the file is
    copied into memory (an older format is upgraded there): nothing in it
    changes, and writes to the copy are refused. Its texts then pass the text
    gate again, unless ``clean`` is False (a reader of a few fields cleans
    those itself: the pass costs about as much as the copy).
    Raises :class:`DialogError` for anything that is not a usable conference.
    """
    path = Path(path)
    check_conference_file(path)
    try:
        db = _open_read_only(path) if read_only else connect(path)
    except sqlite3.Error as exc:
        raise describe_open_failure(exc, path) from exc
    try:
        if _verify(db, path) < FORMAT_VERSION:
            migrate(db)  # a read-only copy lives in memory: the file keeps its format
        if db.execute("SELECT count(*) FROM conference").fetchone()[0] != 1:
            raise DialogError("error.not_conference", path=path)
        if read_only and clean:
            from dialog.core.text_gate import clean_stored_texts

            # A text stored behind the gate's back cannot stop an export; what changed is kept to be named.
            cast(Any, db).cleaned_texts = clean_stored_texts(db.conn)
            db.execute("PRAGMA query_only = ON")  # nothing meant for the file is written to the copy by mistake
    except sqlite3.Error as exc:
        problem = None if is_damage(exc) else _damage_found(db)
        db.close()
        if problem is not None:  # e.g. a scrambled page whose bytes reach the text gate as no text at all
            raise damaged(path, problem) from exc
        raise describe_open_failure(exc, path) from exc
    except DialogError:
        db.close()
        raise
    return db


def quick_check_problem(connection: sqlite3.Connection | Database) -> str | None:
    """SQLite's first complaint when the database fails its ``quick_check``, None when it passes.

    An error running the check itself is raised for the caller to word.
    """
    found = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    return None if found == ["ok"] else (found[0] if found else "quick_check")


def _damage_found(db: Database) -> str | None:
    """What :func:`quick_check_problem` finds wrong with ``db``; None when it passes or cannot be run."""
    try:
        return quick_check_problem(db)
    except sqlite3.Error as exc:
        return str(exc) if is_damage(exc) else None


def _open_read_only(path: Path) -> Database:
    """A consistent copy of the file in memory; the file is let go before this returns.

    Readers then hold no lock and no descriptor on the file while they work. A
    file that was not in use is read as immutable; if a program opened it while
    it was copied, the copy is made again the locked way.
    """
    for _attempt in range(3):
        was_in_use = Path(f"{path}-wal").exists()
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        connection = connect_read_only(path)
        try:
            connection.backup(memory)
        except BaseException:
            memory.close()
            raise
        finally:
            connection.close()
        if was_in_use or not Path(f"{path}-wal").exists():
            break
        memory.close()
    return wrap(memory, read_only=True)


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

"""Naming why a conference file could not be opened or read: damage, permissions, a lock, the disk.

"Damaged" sends a leader to restore an older backup over the file, so it is
said only when SQLite found the file's contents broken (``SQLITE_CORRUPT``,
``SQLITE_NOTADB``). A read-only folder, a file without read permission or a
lock held by another program each get their own line: the file itself is fine.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from dialog.core.errors import DISK_FULL_ERRNOS, DialogError

SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 3, 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_AUTH, SQLITE_NOTADB = 11, 13, 14, 23, 26
SQLITE_READONLY_DIRECTORY = SQLITE_READONLY | (6 << 8)
SQLITE_READONLY_CANTINIT = SQLITE_READONLY | (5 << 8)

DAMAGE_CODES = {SQLITE_CORRUPT, SQLITE_NOTADB}
"""SQLite's primary result codes that mean the file's contents are broken."""

DAMAGED_KEY = "error.file_damaged"
REASON_LIMIT = 80


def sqlite_code(error: BaseException) -> int | None:
    """The extended SQLite result code of ``error``, or None when it carries none."""
    code = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def is_damage(error: BaseException) -> bool:
    """True when ``error`` says the file's contents are broken (not a lock, a permission or the disk)."""
    if isinstance(error, DialogError):
        return error.key == DAMAGED_KEY
    code = sqlite_code(error)
    if code is not None:
        return code & 0xFF in DAMAGE_CODES
    # Python names these two by message only when SQLite gave no code (never seen, but cheap to honour).
    text = str(error).lower()
    return isinstance(error, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text)


def short_reason(text: object) -> str:
    """SQLite's first complaint in a few words: one line, without the ``*** in database main ***`` banner."""
    lines = [line for line in str(text).replace("*** in database main ***", "").splitlines() if line.strip()]
    words = " ".join((lines[0] if lines else "").split())
    return words if len(words) <= REASON_LIMIT else words[: REASON_LIMIT - 1].rstrip() + "…"


def damaged(path: Path, reason: object) -> DialogError:
    """The one line for a damaged file: it says so and names ``dialog restore``."""
    return DialogError(DAMAGED_KEY, path=path, reason=short_reason(reason))


def describe_open_failure(error: BaseException, path: Path | str) -> DialogError:
    """Turn a failure to open or read the conference file ``path`` into the one line that fits it.

    Use it wherever a conference file is opened or read, for ``sqlite3.Error``
    and ``OSError`` alike; a :class:`DialogError` is returned unchanged.
    """
    if isinstance(error, DialogError):
        return error
    path = Path(path)
    code = sqlite_code(error)
    primary = code & 0xFF if code is not None else None
    number = getattr(error, "errno", None)
    reason = short_reason(getattr(error, "strerror", None) or error)
    if is_damage(error):
        return damaged(path, error)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DialogError("error.file_locked", path=path)
    if primary == SQLITE_FULL or number in DISK_FULL_ERRNOS:
        return DialogError("error.disk_full")
    if number == errno.ENOENT or (primary == SQLITE_CANTOPEN and not os.path.lexists(path)):
        return DialogError("error.file_missing", path=path)
    if primary in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH) or \
            number in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _permission_problem(path, code, reason)
    if primary == SQLITE_IOERR or isinstance(error, OSError):
        return DialogError("error.file_io", path=path, reason=reason)
    return DialogError("error.file_cannot_open", path=path, reason=reason)


def _permission_problem(path: Path, code: int | None, reason: str) -> DialogError:
    """Which of file and folder may not be read or written (SQLite's codes say little about it)."""
    if path.is_dir():
        return DialogError("error.file_is_directory", path=path)
    if not os.access(path, os.R_OK):
        return DialogError("error.file_no_permission", path=path)
    folder = path.parent
    if code in (SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_CANTINIT) or not os.access(folder, os.W_OK | os.X_OK):
        return DialogError("error.folder_read_only", path=path, folder=folder)
    if not os.access(path, os.W_OK):
        return DialogError("error.file_read_only", path=path)
    return DialogError("error.file_cannot_open", path=path, reason=reason)

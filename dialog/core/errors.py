"""The one exception type for bad input the user can fix."""

from __future__ import annotations

import errno
import sqlite3

from dialog.core.text_gate import clean_text
from dialog.i18n import t

SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL, SQLITE_READONLY = 5, 6, 13, 8
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


class DialogError(Exception):
    """A clear, translatable, one-line problem with what the user asked for.

    ``key`` names a message in the i18n catalogues and ``params`` fill it, so the
    same error reads well in both languages wherever it surfaces.
    """

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def message(self, language: str | None = None) -> str:
        """Render the error as one line in the active (or given) language.

        The line passes the text gate: a path or a value named in it can never
        carry a control sequence to a terminal (a file can be named anything).
        """
        text = t(self.key, language, **self.params) if language else t(self.key, **self.params)
        return clean_text(" ".join(text.split()), single_line=True)

    def __str__(self) -> str:
        return self.message()


def as_dialog_error(error: BaseException) -> DialogError:
    """Name any failure in the user's terms: damage, a full disk, a read-only folder, storage, or unexpected.

    Where the file is known, :func:`dialog.core.file_errors.describe_open_failure` names it; this is for
    failures that come without one, and a damaged file still gets the line that names ``dialog restore``.
    """
    if isinstance(error, DialogError):
        return error
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None  # extended codes carry the primary in the low byte
    number = getattr(error, "errno", None)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DialogError("error.file_damaged_unnamed", reason=" ".join(str(error).split())[:80])
    if primary == SQLITE_FULL or number in DISK_FULL_ERRNOS:
        return DialogError("error.disk_full")
    if primary == SQLITE_READONLY or number in READ_ONLY_ERRNOS:
        return DialogError("error.read_only")
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DialogError("error.busy")
    if isinstance(error, (sqlite3.Error, OSError)):
        return DialogError("error.storage", detail=" ".join(str(error).split())[:200])
    return DialogError("error.unexpected", detail=f"{type(error).__name__}: {error}"[:200])

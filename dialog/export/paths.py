"""Where exports go, and writing them without ever overwriting silently."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from dialog.core.errors import DialogError

DEFAULT_EXPORTS = Path("exports")
"""Where exports land unless ``--out`` or ``DIALOG_EXPORTS`` says otherwise."""


def exports_dir() -> Path:
    """Return the exports folder: ``DIALOG_EXPORTS`` or ./exports."""
    from dialog.core.user_files import user_path

    return user_path(os.environ.get("DIALOG_EXPORTS") or str(DEFAULT_EXPORTS))


def numbered(path: Path) -> Path:
    """Return ``path``, or the first free ``name-2.ext``, ``name-3.ext`` ... beside it."""
    if not path.exists():
        return path
    stem, suffix = path.stem, path.suffix
    number = 2
    while True:
        candidate = path.with_name(f"{stem}-{number}{suffix}")
        if not candidate.exists():
            return candidate
        number += 1


COMPANIONS = ("", "-wal", "-shm", "-journal")


def refuse_unsafe_target(target: Path) -> None:
    """Refuse to write over a conference file (by name or by content) or anything that is not a regular file."""
    from dialog.core.database import APPLICATION_ID, SUFFIX, read_header

    if target.exists() and not target.is_file():
        raise DialogError("error.out_not_regular", path=target)
    if any(target.name.endswith(SUFFIX + ending) for ending in COMPANIONS):
        raise DialogError("error.out_is_conference", path=target)
    if target.exists():
        try:
            application_id, _version = read_header(target)  # through SQLite: the file may be open in this process
        except DialogError:
            return  # not a database: an earlier export, say
        if application_id == APPLICATION_ID:
            raise DialogError("error.out_is_conference", path=target)


def check_target(path: Path) -> None:
    """Refuse, before any work is done, a place :func:`write_atomically` would refuse to write to."""
    if path.is_dir():
        raise DialogError("error.file_is_directory", path=path)
    refuse_unsafe_target(path)  # asked to write over a conference file: a numbered name beside it is no answer


def write_atomically(path: Path, data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` (or a numbered free name unless ``force``); return it.

    The bytes land in a temporary file first, so a reader never sees half a file.
    """
    check_target(path)
    target = path if force else numbered(path)
    refuse_unsafe_target(target)
    temporary = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=target.suffix)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise DialogError("error.cannot_write", path=target, reason=exc.strerror or exc) from None
    return target

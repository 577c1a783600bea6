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
    return Path(os.environ.get("DIALOG_EXPORTS") or DEFAULT_EXPORTS).expanduser()


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


def write_atomically(path: Path, data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` (or a numbered free name unless ``force``); return it.

    The bytes land in a temporary file first, so a reader never sees half a file.
    """
    if path.is_dir():
        raise DialogError("error.file_is_directory", path=path)
    target = path if force else numbered(path)
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

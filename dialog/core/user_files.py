"""Paths and files a user names: checked before anything opens them, read with a bound.

A path typed on the command line (or into the app) is turned into a
:class:`~pathlib.Path` by :func:`user_path`, which refuses what the operating
system would only stumble over later: ``~nosuchuser``, a name longer than any
file system allows. A file we read ourselves (a JSON export, a process report,
a Word template) is read by :func:`read_user_file`: only a regular file – a
named pipe, a device or a socket would make a read wait for ever or never end –
and never more than a stated number of bytes. Every refusal is one
:class:`DialogError` line.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from dialog.core.errors import DISK_FULL_ERRNOS, DialogError

if TYPE_CHECKING:
    from docx.document import Document

NAME_MAX = 255
"""The longest file or folder name, in bytes, that common file systems (ext4, APFS, NTFS) allow."""

PATH_MAX = 4095
"""The longest whole path, in bytes, Linux accepts (4096 with the closing NUL)."""

MIB = 1024 * 1024

UNPACK_RATIO = 5
"""A Word document may unpack to at most this many times its byte limit (text compresses about that much)."""


def user_path(text: str) -> Path:
    """Turn a typed path into a Path (``~`` and ``~user`` expanded); refuse one no system could use."""
    if "\x00" in text:
        raise DialogError("error.path_invalid", path=text.replace("\x00", "\\0")[:80])
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # "Could not determine home directory": ~nosuchuser
        raise DialogError("error.no_such_user", user=text.split("/", 1)[0][:80]) from None
    check_path_length(path)
    return path


def check_path_length(path: Path) -> None:
    """Refuse a path with a name over :data:`NAME_MAX` bytes, or longer than :data:`PATH_MAX` bytes in all."""
    try:
        whole = os.fsencode(path)
        longest = max((len(os.fsencode(part)) for part in path.parts), default=0)
    except UnicodeEncodeError:
        raise DialogError("error.path_invalid", path=str(path)[:80]) from None
    if longest > NAME_MAX:
        raise DialogError("error.path_too_long", path=_shortened(path), limit=NAME_MAX)
    if len(whole) > PATH_MAX:
        raise DialogError("error.path_too_long_in_all", path=_shortened(path), limit=PATH_MAX)


def _shortened(path: Path) -> str:
    """A path fit for one line: its start and end when it is long."""
    text = str(path)
    return text if len(text) <= 80 else f"{text[:40]}…{text[-30:]}"


def path_problem(error: OSError, path: Path | str | None = None) -> DialogError:
    """The one line for an operating-system failure on a path the user named."""
    where = _shortened(Path(path if path is not None else (error.filename or "")))
    if error.errno == errno.ENOENT:
        return DialogError("error.file_missing", path=where)
    if error.errno == errno.ENAMETOOLONG:
        return DialogError("error.path_too_long", path=where, limit=NAME_MAX)
    if error.errno == errno.EISDIR:
        return DialogError("error.file_is_directory", path=where)
    if error.errno in DISK_FULL_ERRNOS:
        return DialogError("error.disk_full")
    return DialogError("error.file_unreadable", path=where, reason=error.strerror or error)


def require_regular_file(path: Path) -> os.stat_result:
    """Return the file's ``stat``; refuse a missing path, a folder, or anything but a regular file.

    Uses ``stat`` only, so a named pipe is refused without being opened (opening one waits for a writer).
    """
    try:
        info = os.stat(path)
    except OSError as error:
        raise path_problem(error, path) from None
    return _regular(path, info)


def _regular(path: Path, info: os.stat_result) -> os.stat_result:
    if stat.S_ISDIR(info.st_mode):
        raise DialogError("error.file_is_directory", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise DialogError("error.not_regular_file", path=path)
    return info


def refuse_conference_file(path: Path) -> None:
    """Refuse a conference file (by name, or by its header read through SQLite) where a file to import is wanted."""
    from dialog.core.database import APPLICATION_ID, SUFFIX, read_header

    if any(path.name.endswith(SUFFIX + ending) for ending in ("", "-wal", "-shm", "-journal")):
        raise DialogError("error.import_is_conference", path=path)
    try:
        application_id, _version = read_header(path)
    except DialogError:
        return  # not a database at all: the import reads it and says what is wrong
    if application_id == APPLICATION_ID:
        raise DialogError("error.import_is_conference", path=path)


def read_user_file(path: Path, limit: int, too_large_key: str) -> bytes:
    """Read a regular file of at most ``limit`` bytes; a larger one is refused with ``too_large_key``.

    The file is opened without waiting (``O_NONBLOCK``) and checked on the open
    descriptor, so a pipe put in its place after a first look cannot make the read hang;
    and no more than ``limit`` + 1 bytes are ever read, whatever its size claims.
    A conference file is refused before it is opened: closing a descriptor on a
    file SQLite has open in this process would drop this process's locks on it.
    """
    require_regular_file(path)
    refuse_conference_file(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise path_problem(error, path) from None
    with open(descriptor, "rb", closefd=True) as stream:
        info = _regular(path, os.fstat(descriptor))
        if info.st_size > limit:
            raise DialogError(too_large_key, path=path, limit=limit // MIB)
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise path_problem(error, path) from None
    if len(data) > limit:  # it grew while being read
        raise DialogError(too_large_key, path=path, limit=limit // MIB)
    return data


WORD_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
"""The content type of a Word template's (.dotx) main part; python-docx opens only a document's."""

WORD_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

CONTENT_TYPES = "[Content_Types].xml"


def as_document(data: bytes) -> bytes:
    """A Word template (.dotx) made into the document it holds (only its main part's content type differs);
    any other archive unchanged. ``data`` must already have passed the unpacked-size check."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            types = archive.read(CONTENT_TYPES)
        except KeyError:
            return data
        if WORD_TEMPLATE_TYPE not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
            for member in archive.infolist():
                content = archive.read(member)
                if member.filename == CONTENT_TYPES:
                    content = content.replace(WORD_TEMPLATE_TYPE, WORD_DOCUMENT_TYPE)
                rewritten.writestr(member, content)
    return out.getvalue()


def open_docx(path: Path, limit: int, too_large_key: str) -> Document:
    """Open a Word document a user names: a regular file of at most ``limit`` bytes, unpacked as well as packed.

    A .docx is a zip archive; its parts are checked against ``limit`` before
    python-docx unpacks them, so a small file that would unpack to gigabytes is refused.
    A Word template (.dotx) is read as the document it holds.
    """
    from docx import Document

    data = read_user_file(path, limit, too_large_key)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError):
        raise DialogError("error.docx_unreadable", path=path) from None
    if unpacked > limit * UNPACK_RATIO:
        raise DialogError("error.docx_unpacks_too_large", path=path, limit=limit * UNPACK_RATIO // MIB)
    try:
        return Document(io.BytesIO(as_document(data)))
    except Exception as error:  # python-docx raises assorted errors for files that are not Word documents
        raise DialogError("error.docx_unreadable", path=path) from error

"""Putting a backup in place of a conference file, keeping everything the replaced file held.

The order of the steps is what makes a restore safe to kill at any moment:

1. refuse while any program has the file open (the replaced file is copied raw,
   which is only safe when nobody writes to it);
2. write the restored copy beside the file under a temporary name, synced;
3. keep the current file: its bytes, its -wal (the latest committed changes)
   and -shm, copied into ``.backups`` under one base name, synced; SQLite reads
   that copy with its -wal as the file was;
4. ask SQLite, as the last check, for the file alone (this also folds the -wal
   into the file, so from here on the file is complete without it);
5. for a damaged file, salvage every readable row into a file beside the copy;
6. remove the file's -wal and -shm (their copies exist), then rename the
   restored copy over the file in one step.

Killed before 6, the file is the old conference; after, the restored one. The
old -wal is never beside the restored file (SQLite would replay it onto it), and
a copy of it exists before the original goes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dialog.core.backups import STAMP, _stem, health_error
from dialog.core.database import SUFFIX, read_only_uri, remove_database_files
from dialog.core.errors import DialogError
from dialog.core.file_errors import is_damage
from dialog.core.in_use import locked_by_another_connection, processes_with_file_open
from dialog.core.salvage import rows_missing_from, salvage
from dialog.core.sessions import BACKUP_FOLDER

COMPANIONS = ("-wal", "-shm")


@dataclass
class RestoreResult:
    """What a restore kept of the file it replaced.

    ``kept`` is the copy of the replaced file (None when there was no file);
    ``kept_wal`` whether its -wal was kept beside it; ``salvaged`` the file with
    every row that could still be read from a damaged file; ``lacking`` how many
    notes, forms and measures of the replaced file the restored backup lacks.
    """

    kept: Path | None = None
    kept_wal: bool = False
    salvaged: Path | None = None
    lacking: dict[str, int] = field(default_factory=dict)


def restore_backup(path: Path, backup: Path) -> RestoreResult:
    """Put ``backup`` in place of ``path``; the replaced file is kept (and salvaged when damaged).

    Raises :class:`DialogError` when the backup is not a sound backup or another
    program has ``path`` open; then nothing is changed.
    """
    if backup.parent.name != BACKUP_FOLDER or not backup.is_file():
        raise DialogError("error.backup_missing", path=backup)
    problem = health_error(backup)
    if problem is not None:
        raise DialogError("error.backup_damaged", path=backup, reason=problem.params.get("reason", problem.message()))
    partial = path.with_name(path.name + ".partial")
    remove_database_files(partial)  # left by a restore that was killed
    if not path.exists():
        _write_restored_copy(backup, partial)
        os.replace(partial, path)
        _sync_folder(path.parent)
        return RestoreResult()
    _refuse_if_in_use(path)
    is_damaged = _is_damaged(path)
    _write_restored_copy(backup, partial)
    kept, kept_wal = _keep_raw_copy(path, "open" if is_damaged else "restore")
    if locked_by_another_connection(path):
        remove_database_files(partial)
        for leftover in (kept, *(Path(f"{kept}{suffix}") for suffix in COMPANIONS)):
            leftover.unlink(missing_ok=True)
        raise DialogError("error.file_in_use", path=path)
    result = RestoreResult(kept=kept, kept_wal=kept_wal)
    compare_with = kept
    if is_damaged:
        rescued = kept.with_name(kept.name[: -len(SUFFIX) - len("-open")] + f"-salvaged{SUFFIX}")
        if _salvage_into(kept, rescued):
            result.salvaged = compare_with = rescued
    try:
        result.lacking = rows_missing_from(compare_with, backup)
    except sqlite3.Error:
        result.lacking = {}
    for suffix in COMPANIONS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    _sync_folder(path.parent)
    os.replace(partial, path)
    _sync_folder(path.parent)
    return result


def _refuse_if_in_use(path: Path) -> None:
    if processes_with_file_open(path):
        raise DialogError("error.file_in_use", path=path)


def _is_damaged(path: Path) -> bool:
    problem = health_error(path)
    return problem is not None and is_damage(problem)


def _write_restored_copy(backup: Path, partial: Path) -> None:
    """The backup's contents as a complete WAL-mode file at ``partial``, on the disk before it is used."""
    source = sqlite3.connect(read_only_uri(backup), uri=True)
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = WAL")
    finally:
        source.close()
        destination.close()  # the last connection: its -wal is folded in and removed
    _sync_file(partial)


def _keep_raw_copy(path: Path, reason: str) -> tuple[Path, bool]:
    """Copy ``path`` and its -wal/-shm into ``.backups`` under one name; return it and whether a -wal came too.

    The companions get their final names first and the file itself last, so a
    copy that is visible is always complete.
    """
    folder = path.parent / BACKUP_FOLDER
    folder.mkdir(exist_ok=True)
    kept = folder / f"{_stem(path)}.{datetime.now().strftime(STAMP)}-{reason}{SUFFIX}"
    kept_wal = False
    for suffix in COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            _copy_synced(companion, Path(f"{kept}{suffix}"))
            kept_wal = kept_wal or (suffix == "-wal" and companion.stat().st_size > 0)
    partial = kept.with_name(kept.name + ".partial")
    _copy_synced(path, partial)
    os.replace(partial, kept)
    _sync_folder(folder)
    return kept, kept_wal


def _salvage_into(kept: Path, rescued: Path) -> bool:
    partial = rescued.with_name(rescued.name + ".partial")
    remove_database_files(partial)
    try:
        if not salvage(kept, partial):
            remove_database_files(partial)
            return False
    except sqlite3.Error:
        remove_database_files(partial)
        return False
    _sync_file(partial)
    os.replace(partial, rescued)
    return True


def _copy_synced(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    _sync_file(target)


def _sync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (a no-op where folders cannot be opened, as on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)

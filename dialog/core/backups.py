"""Automatic backups of a conference file, checking a file's health, and restoring.

Backups are made with SQLite's online backup API while the file is in use, so
they are consistent snapshots even mid-conference. They live in
``sessions/.backups/`` as ``<name>.<YYYYMMDD-HHMMSS-micro>-<reason>.dialog.sqlite``;
each reason keeps its newest :data:`KEEP` copies.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from dialog.core.database import SUFFIX, check_conference_file, read_only_uri, remove_database_files
from dialog.core.errors import DialogError
from dialog.core.sessions import BACKUP_FOLDER, backups_for

KEEP = 10
"""Backups kept per reason (phase changes, periodic, before a restore)."""

STAMP = "%Y%m%d-%H%M%S-%f"
"""Time stamp in backup names: sortable, and unique even for two backups in one second."""

REASONS = ("phase", "auto", "restore", "open")
"""Why a backup was made: a phase change, the periodic timer, before a restore, before a damaged file was set aside."""


@dataclass(frozen=True)
class Backup:
    """One backup file: when it was made, why, and whether it reads as healthy."""

    path: Path
    made: datetime
    reason: str


def _stem(path: Path) -> str:
    return path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name


def list_backups(path: Path) -> list[Backup]:
    """The backups of ``path``, newest first (files with names we did not write are ignored)."""
    found = []
    stem = _stem(path)
    for candidate in backups_for(path):
        name = candidate.name
        if not name.endswith(SUFFIX):
            continue
        stamp, _, reason = name[len(stem) + 1: -len(SUFFIX)].rpartition("-")
        try:
            made = datetime.strptime(stamp, STAMP)
        except ValueError:
            continue
        if reason in REASONS:
            found.append(Backup(candidate, made, reason))
    return sorted(found, key=lambda backup: (backup.made, backup.path.name), reverse=True)


def make_backup(db: Database, path: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy the open conference ``db`` (the file ``path``) into the backup folder; rotate old copies.

    Written under a temporary name and renamed, so a crash never leaves a half backup.
    """
    if reason not in REASONS:
        raise ValueError(reason)
    folder = path.parent / BACKUP_FOLDER
    folder.mkdir(exist_ok=True)
    target = folder / f"{_stem(path)}.{(now or datetime.now()).strftime(STAMP)}-{reason}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    destination = sqlite3.connect(partial)
    try:
        db.conn.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()
    os.replace(partial, target)
    _rotate(path, reason)
    return target


def _rotate(path: Path, reason: str) -> None:
    same = [backup for backup in list_backups(path) if backup.reason == reason]
    for old in same[KEEP:]:
        remove_database_files(old.path)


def health_problem(path: Path) -> str | None:
    """None when SQLite's ``quick_check`` finds the file sound, else its first complaint (one line)."""
    try:
        check_conference_file(path)
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except DialogError as error:
        return error.message()
    except sqlite3.Error as error:
        return " ".join(str(error).split())[:200]
    if [row[0] for row in rows] == ["ok"]:
        return None
    return " ".join(str(rows[0][0]).split())[:200]


@dataclass(frozen=True)
class HealthReport:
    """A file's health on opening: its problem (None when sound) and the newest sound backup, if any.

    ``read_only`` marks a file that may be sound but cannot be written where it is.
    """

    problem: str | None
    backup: Backup | None = None
    read_only: bool = False


def check_health(path: Path) -> HealthReport:
    """Run ``quick_check``; for a damaged file, find the newest backup that is sound."""
    if path.is_file() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return HealthReport(DialogError("error.read_only").message(), read_only=True)
    problem = health_problem(path)
    if problem is None:
        return HealthReport(None)
    sound = next((backup for backup in list_backups(path) if health_problem(backup.path) is None), None)
    return HealthReport(problem, sound)


def back_up_if_changed(db: Database, path: Path, last_marker: object) -> object:
    """Make an ``auto`` backup when the file changed since ``last_marker``; return the new marker.

    The marker combines this connection's own changes with ``data_version``
    (which moves when other connections write), so an idle conference is not
    copied again and again.
    """
    marker = (db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0])
    if last_marker is not None and marker == last_marker:
        return marker
    if last_marker is None:
        return marker  # the first look only notes where we start
    make_backup(db, path, "auto")
    return marker


def restore_backup(path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of ``path``; the current file is kept as a backup first when it can be read.

    Returns the backup made of the replaced file (or ``path`` itself when there was none to keep).
    """
    if backup.parent.name != BACKUP_FOLDER or not backup.is_file():
        raise DialogError("error.backup_missing", path=backup)
    problem = health_problem(backup)
    if problem:
        raise DialogError("error.backup_damaged", path=backup, reason=problem)
    kept = path
    if path.exists():
        kept = _set_aside(path)
    partial = path.with_name(path.name + ".partial")
    source = sqlite3.connect(read_only_uri(backup), uri=True)
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = WAL")
    finally:
        source.close()
        destination.close()
    # The old file's -wal and -shm belong to it alone: left beside the restored
    # file, SQLite would replay them onto it.
    remove_database_files(path)
    os.replace(partial, path)
    return kept


def _set_aside(path: Path) -> Path:
    """Keep the file about to be replaced: a proper backup if it opens, else a raw copy of its bytes."""
    if health_problem(path) is None:
        connection = sqlite3.connect(path)
        try:
            return make_backup(Database(connection), path, "restore")
        finally:
            connection.close()
    folder = path.parent / BACKUP_FOLDER
    folder.mkdir(exist_ok=True)
    target = folder / f"{_stem(path)}.{datetime.now().strftime(STAMP)}-open{SUFFIX}"
    target.write_bytes(path.read_bytes())
    return target

"""Automatic backups of a conference file, and checking a file's health.

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
from typing import TYPE_CHECKING

from dialog.core.database import (
    SUFFIX,
    check_conference_file,
    connect_read_only,
    quick_check_problem,
    remove_database_files,
)
from dialog.core.errors import DialogError
from dialog.core.file_errors import damaged, describe_open_failure, is_damage
from dialog.core.sessions import BACKUP_FOLDER, backups_for
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database

KEEP = 10
"""Backups kept per reason (phase changes, periodic, before a restore)."""

STAMP = "%Y%m%d-%H%M%S-%f"
"""Time stamp in backup names: sortable, and unique even for two backups in one second."""

REASONS = ("phase", "auto", "restore", "open")
"""Why a backup was made: a phase change, the periodic timer, a sound file replaced by a restore, a damaged one."""


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


def health_error(path: Path) -> DialogError | None:
    """None when ``path`` is a conference file that SQLite's ``quick_check`` finds sound.

    Otherwise the one line that names what is wrong: damage (naming ``dialog restore``),
    or a missing, foreign, locked or unreadable file, which is not damage.
    """
    try:
        check_conference_file(path)
        connection = connect_read_only(path)
        try:
            problem = quick_check_problem(connection)
        finally:
            connection.close()
    except (sqlite3.Error, OSError, DialogError) as error:
        return describe_open_failure(error, path)
    return None if problem is None else damaged(path, problem)


def health_problem(path: Path) -> str | None:
    """None when ``path`` is sound, else a few words on what is wrong (for lists of backups)."""
    error = health_error(path)
    if error is None:
        return None
    if is_damage(error):
        return t("restore.damaged", reason=error.params["reason"])
    return error.message()


def require_sound(path: Path) -> None:
    """Raise the one-line :class:`DialogError` unless ``path`` is a sound conference file."""
    error = health_error(path)
    if error is not None:
        raise error


@dataclass(frozen=True)
class HealthReport:
    """A file's health on opening: its problem (None when sound) and, when damaged, the newest sound backup."""

    problem: DialogError | None
    backup: Backup | None = None

    @property
    def damaged(self) -> bool:
        """True when the problem is damage (not a lock, a permission or a read-only folder)."""
        return self.problem is not None and is_damage(self.problem)


def check_health(path: Path) -> HealthReport:
    """Run ``quick_check``; for a damaged file, find the newest backup that is sound.

    A sound file the app could not write to (read-only file or folder) is reported too.
    """
    problem = health_error(path)
    if problem is None and not os.access(path.parent, os.W_OK):
        problem = DialogError("error.folder_read_only", path=path, folder=path.parent)
    elif problem is None and not os.access(path, os.W_OK):
        problem = DialogError("error.file_read_only", path=path)
    if problem is None or not is_damage(problem):
        return HealthReport(problem)
    return HealthReport(problem, newest_sound_backup(path))


def newest_sound_backup(path: Path) -> Backup | None:
    """The newest backup of ``path`` that reads as sound, if any."""
    return next((backup for backup in list_backups(path) if health_error(backup.path) is None), None)


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

"""The sessions folder: where conference files live, their names, listing, deletion."""

from __future__ import annotations

import calendar
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dialog.core.database import SUFFIX, check_conference_file, open_conference, remove_database_files
from dialog.core.errors import DialogError
from dialog.core.file_errors import describe_open_failure, is_damage, short_reason
from dialog.core.text_gate import clean_text
from dialog.core.user_files import user_path

DEFAULT_SESSIONS = Path("sessions")
"""Relative default; the CLI resolves it against the project folder or cwd."""

BACKUP_FOLDER = ".backups"
"""Sub-folder of the sessions folder that holds automatic backups."""

_TRANSLITERATION = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a", "ß": "ss"})


def resolve_sessions_dir(explicit: str | None = None, environ: dict | None = None) -> Path:
    """Choose the sessions folder: ``--sessions``, ``DIALOG_SESSIONS``, else ./sessions."""
    env = os.environ if environ is None else environ
    chosen = explicit or env.get("DIALOG_SESSIONS") or str(DEFAULT_SESSIONS)
    path = user_path(chosen)
    if path.exists() and not path.is_dir():
        raise DialogError("error.sessions_not_folder", path=path)
    return path


def slugify(text: str) -> str:
    """Make a file-name-safe slug: "Søndre Nordstrand" -> "sondre-nordstrand"."""
    folded = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    return slug[:60].strip("-") or "conference"


def free_path(folder: Path, stem: str, suffix: str = SUFFIX) -> Path:
    """Return ``folder/stem+suffix``, or with -2, -3 ... if that name is taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists() or Path(f"{candidate}.partial").exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def path_for(folder: Path, date: str, district: str) -> Path:
    """Return a free path for a new conference: ``<date>-<district-slug>.dialog.sqlite``."""
    return free_path(folder, f"{date}-{slugify(district)}")


def same_conference(folder: Path, district: str, date: str) -> Path | None:
    """The file in ``folder`` already holding a conference for ``district`` on ``date``, if any.

    Districts are compared as their file-name slugs ("Søndre Nordstrand" and
    "sondre nordstrand" are one); a file that cannot be read counts by its name.
    """
    wanted = slugify(district)
    for listing in list_conferences(folder):
        if listing.error:
            stem = listing.path.name.removesuffix(SUFFIX)
            if re.fullmatch(rf"{re.escape(date)}-{re.escape(wanted)}(-[0-9]+)?", stem):
                return listing.path
        elif listing.date == date and slugify(listing.district) == wanted:
            return listing.path
    return None


def conference_files(folder: Path) -> list[Path]:
    """Return the conference-looking files in a folder, sorted by name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.endswith(SUFFIX) and p.is_file())


@dataclass
class ConferenceListing:
    """One line of the conference list; ``error`` is set when the file could not be read, ``damaged`` if damaged."""

    path: Path
    id: str = ""
    district: str = ""
    date: str = ""
    phase: str = ""
    participants: int = 0
    forms: int = 0
    is_demo: bool = False
    error: str = ""
    damaged: bool = False


def describe(path: Path) -> ConferenceListing:
    """Read the list line for one file; a bad file gives a line with ``error`` set (and ``damaged`` if so).

    Every file is checked with SQLite's ``quick_check`` first (about a millisecond),
    so damage anywhere in it is flagged here, before anyone opens it.
    """
    from dialog.core.attendance import total_attendance
    from dialog.core.backups import health_error
    from dialog.core.evaluation import count_responses

    problem = health_error(path)
    if problem is None:
        try:
            db = open_conference(path, read_only=True, clean=False)  # the texts shown go through the gate here
            try:
                row = db.execute("SELECT id, district, date, phase, is_demo FROM conference").fetchone()
                return ConferenceListing(
                    path=path, id=row[0], district=clean_text(row[1], single_line=True),
                    date=clean_text(row[2], single_line=True), phase=row[3], is_demo=bool(row[4]),
                    participants=total_attendance(db), forms=count_responses(db),
                )
            finally:
                db.close()
        except (DialogError, sqlite3.Error, OSError) as error:
            problem = describe_open_failure(error, path)
    return ConferenceListing(path=path, error=problem.message(), damaged=is_damage(problem))


def list_conferences(folder: Path) -> list[ConferenceListing]:
    """Describe every conference file in the folder, newest date first; an odd file never stops the others."""
    listings = [_describe_one(path) for path in conference_files(folder)]
    return sorted(listings, key=lambda item: (item.date, item.district), reverse=True)


def _describe_one(path: Path) -> ConferenceListing:
    """:func:`describe`, with any failure it did not foresee turned into the file's own line."""
    try:
        return describe(path)
    except Exception as error:  # noqa: BLE001 - one file's surprise must not hide every other conference
        reason = short_reason(f"{type(error).__name__}: {error}")
        problem = DialogError("error.file_cannot_open", path=path, reason=reason)
        return ConferenceListing(path=path, error=problem.message())


def backups_for(path: Path) -> list[Path]:
    """Return the automatic backups of a conference file."""
    folder = path.parent / BACKUP_FOLDER
    if not folder.is_dir():
        return []
    stem = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name
    return sorted(p for p in folder.iterdir() if p.name.startswith(stem + ".") and p.is_file())


def delete_conference(path: Path) -> list[Path]:
    """Delete a conference completely: the file, its -wal/-shm and its backups."""
    check_conference_file(path)
    removed = remove_database_files(path)
    for backup in backups_for(path):
        removed.extend(remove_database_files(backup))
    return removed


DEFAULT_RETENTION_MONTHS = 12
"""How long a conference file is kept before ``dialog list`` says it is due for deletion."""


def past_retention(conference_date: str, months: int, today: date | None = None) -> bool:
    """True when the conference was held more than ``months`` months before ``today``.

    A date that is no date, or whose retention ends past the calendar's end
    (the year 9999), is never past it.
    """
    try:
        held = date.fromisoformat(conference_date)
        total = held.year * 12 + held.month - 1 + months
        year, month = divmod(total, 12)
        month += 1
        day = min(held.day, calendar.monthrange(year, month)[1])
        return (today or date.today()) > date(year, month, day)
    except (ValueError, TypeError, OverflowError):
        return False


"""The organiser's overview: many conference files, gathered from several laptops, read side by side.

Files are only read (SQLite read-only mode), never merged or changed. The same
conference found twice (copied from two laptops) is recognised by its id and
counted once; files that cannot be read are listed with the reason and left
out. Everything here is plain data, for the Word and CSV outputs and the
screen alike.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import cast

from dialog.core.database import SUFFIX, check_conference_file, connect_read_only
from dialog.core.errors import DialogError
from dialog.core.evaluation import tally_scales
from dialog.core.file_errors import describe_open_failure
from dialog.core.rows import DistrictMeasure, OverviewMeasure, ScaleFigures, ThemeName
from dialog.core.sessions import BACKUP_FOLDER
from dialog.core.text_gate import CleaningRows

DISPLAY_MARKS = {"positive": "+", "mixed": "±", "challenge": "−", "not_discussed": "·"}
"""Short marks for the theme × district matrix; a legend spells them out wherever it is shown."""

OPEN_STATUSES = ("proposed", "agreed", "in_progress")
"""Measure statuses that can be overdue."""


@dataclass
class ConferenceOverview:
    """What the overview needs from one conference file."""

    path: Path
    id: str
    district: str
    date: str
    interviews: int | None
    informants: int | None
    participants: int
    forms: int
    display: dict[str, str]
    measures: list[OverviewMeasure]
    scales: list[ScaleFigures]
    cleaned: int = 0
    """How many texts read from the file the text gate had to clean (the file itself is not changed)."""
    shown: str = ""
    """The file's name as documents show it: relative to the folder it was found in, never an absolute path."""


@dataclass
class Problem:
    """A file left out of the overview, or a conference found more than once."""

    path: Path
    message: str
    shown: str = ""
    """The file's name as documents show it (see :attr:`ConferenceOverview.shown`)."""


@dataclass
class Overview:
    """The conferences (one per id, sorted by district) and what was left out or found twice."""

    conferences: list[ConferenceOverview]
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    themes: list[ThemeName] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        """Sums of the attendance table's columns (unknown counts as 0)."""
        return {
            "interviews": sum(c.interviews or 0 for c in self.conferences),
            "informants": sum(c.informants or 0 for c in self.conferences),
            "participants": sum(c.participants for c in self.conferences),
            "forms": sum(c.forms for c in self.conferences),
        }

    def measures(self, *, status: str | None = None, level: str | None = None, district: str | None = None,
                 today: date | None = None) -> list[DistrictMeasure]:
        """Every measure with its district (and file), filtered; ``overdue`` marks open ones past their deadline."""
        today_text = (today or date.today()).isoformat()
        rows: list[DistrictMeasure] = []
        for conference in self.conferences:
            if district is not None and conference.district != district:
                continue
            for measure in conference.measures:
                if status is not None and measure["status"] != status:
                    continue
                if level is not None and measure["level"] != level:
                    continue
                deadline = measure["deadline"]
                overdue = bool(deadline and deadline < today_text and measure["status"] in OPEN_STATUSES)
                rows.append({**measure, "district": conference.district, "path": conference.path,
                             "conference_id": conference.id, "overdue": overdue})
        return rows

    def measure_counts(self) -> dict[tuple[str, str], int]:
        """(theme code, district) -> number of measures."""
        counts: dict[tuple[str, str], int] = {}
        for conference in self.conferences:
            for measure in conference.measures:
                if measure["theme_code"]:
                    key = (measure["theme_code"], conference.district)
                    counts[key] = counts.get(key, 0) + 1
        return counts


def conference_paths(arguments: list[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand folders (recursively, skipping backups) into conference files; missing paths become problems."""
    found: list[Path] = []
    problems: list[Problem] = []
    for argument in arguments:
        if argument.is_dir():
            found += sorted(p for p in argument.rglob(f"*{SUFFIX}")
                            if BACKUP_FOLDER not in p.relative_to(argument).parts and p.is_file())
        elif argument.exists():
            found.append(argument)
        else:
            typed = argument.name if argument.is_absolute() else argument.as_posix()  # documents show no absolute path
            problems.append(Problem(argument, DialogError("error.file_missing", path=typed).message(), typed))
    unique = list(dict.fromkeys(path.resolve() for path in found))
    return unique, problems


def shown_name(path: Path, arguments: list[Path]) -> str:
    """``path`` as a document may show it: relative to the folder argument it was found under, else its name.

    Documents go to other people: they never carry an absolute path (which
    names the user's home folder, ``/home/<user>/…``).
    """
    for argument in arguments:
        try:
            if argument.is_dir():
                return path.relative_to(argument.resolve()).as_posix()
        except (ValueError, OSError):
            continue
    return path.name


def _shown_message(error: DialogError, arguments: list[Path]) -> str:
    """The error's message with every path in it shown as :func:`shown_name` shows it."""
    params = {key: shown_name(value, arguments) if isinstance(value, Path) else value
              for key, value in error.params.items()}
    return DialogError(error.key, **params).message()


def _read_only(path: Path) -> sqlite3.Connection:
    connection = connect_read_only(path)
    connection.row_factory = CleaningRows()  # texts through the gate, also from files written before it
    return connection


def read_conference_overview(path: Path) -> ConferenceOverview:
    """Read one file's overview figures without changing a byte (older formats included)."""
    check_conference_file(path)
    try:
        connection = _read_only(path)
        gate = connection.row_factory
        assert isinstance(gate, CleaningRows)
        try:
            conference = _read(connection, path)
            conference.cleaned = gate.changed
            return conference
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise describe_open_failure(error, path) from error


def _read(db: sqlite3.Connection, path: Path) -> ConferenceOverview:
    facts = db.execute("SELECT id, district, date, interviews, informants FROM conference").fetchone()
    if facts is None:
        raise DialogError("error.not_conference", path=path)
    participants = db.execute("SELECT coalesce(sum(count), 0) FROM attendance").fetchone()[0]
    forms = db.execute("SELECT count(*) FROM evaluation_response").fetchone()[0]
    display = _display(db)
    measures = cast("list[OverviewMeasure]", [dict(row) for row in db.execute(
        "SELECT id, text, theme_code, level, owner, deadline, status, votes FROM measure ORDER BY position")])
    return ConferenceOverview(path, facts["id"], facts["district"], facts["date"], facts["interviews"],
                              facts["informants"], participants, forms, display, measures, _scales(db))


def _display(db: sqlite3.Connection) -> dict[str, str]:
    # The same rule as the minutes' display row (core/display.py), on a read-only connection.
    from dialog.core.display import derived_status

    manual = {row[0]: row[1] for row in db.execute("SELECT theme_code, status FROM display_status")}
    kinds: dict[str, set[str]] = {}
    for theme_code, kind in db.execute(
            "SELECT gt.theme_code, n.kind FROM note n JOIN group_theme gt ON gt.group_id = n.group_id "
            "WHERE n.deleted_at IS NULL"):
        kinds.setdefault(theme_code, set()).add(kind)
    codes = [row[0] for row in db.execute(
        "SELECT code FROM theme WHERE origin = 'catalogue' AND parent_code IS NOT NULL ORDER BY position")]
    return {code: manual.get(code) or derived_status(kinds.get(code, set())) for code in codes}


def _scales(db: sqlite3.Connection) -> list[ScaleFigures]:
    """Per scale question (by code, over every form version): how many answered, the mean and the distribution.

    The same count as the minutes' (:func:`dialog.core.evaluation.tally_scales`); under
    :data:`~dialog.core.evaluation.MIN_RESPONDENTS` answers the mean and distribution are suppressed.
    """
    return [{"code": tally.code, "text_nb": tally.text_nb, "text_en": tally.text_en, "count": tally.count,
             "suppressed": tally.suppressed, "mean": tally.mean, "distribution": tally.distribution}
            for tally in tally_scales(db)]


def catalogue_themes(path: Path) -> list[ThemeName]:
    """The catalogue's leaf themes (code, nb and en names) in catalogue order, read from one file."""
    connection = _read_only(path)
    try:
        return cast("list[ThemeName]", [dict(row) for row in connection.execute(
            "SELECT code, name_nb, name_en FROM theme WHERE origin = 'catalogue' AND parent_code IS NOT NULL "
            "ORDER BY position")])
    finally:
        connection.close()


def _changed(path: Path) -> float:
    wal = Path(f"{path}-wal")
    return max(path.stat().st_mtime, wal.stat().st_mtime if wal.exists() else 0.0)


def build_overview(arguments: list[Path]) -> Overview:
    """Read every conference under ``arguments``; one per conference id, sorted by district."""
    paths, problems = conference_paths(arguments)
    by_id: dict[str, ConferenceOverview] = {}
    duplicates: list[Problem] = []
    for path in paths:
        try:
            conference = read_conference_overview(path)
        except DialogError as error:
            problems.append(Problem(path, _shown_message(error, arguments), shown_name(path, arguments)))
            continue
        conference.shown = shown_name(path, arguments)
        first = by_id.get(conference.id)
        if first is None:
            by_id[conference.id] = conference
            continue
        # Copies from two laptops: the most recently changed file is the one counted.
        newer, older = (conference, first) if _changed(conference.path) > _changed(first.path) else (first, conference)
        by_id[conference.id] = newer
        duplicates.append(Problem(older.path, _shown_message(DialogError("error.same_conference", path=newer.path),
                                                             arguments), older.shown))
    conferences = sorted(by_id.values(), key=lambda c: (c.district.casefold(), c.date))
    themes = catalogue_themes(conferences[0].path) if conferences else []
    return Overview(conferences, problems, duplicates, themes)


def write_measure_status(path: Path, conference_id: str, measure_id: str, status: str) -> None:
    """Change one measure's status in its own conference file (after checking it is the same conference)."""
    from dialog.core.database import open_conference
    from dialog.core.measures import set_status

    db = open_conference(path)
    try:
        found = db.execute("SELECT id FROM conference").fetchone()[0]
        if found != conference_id:
            raise DialogError("error.conference_changed", path=path)
        with db.atomic():
            if db.execute("SELECT 1 FROM measure WHERE id = ?", [measure_id]).fetchone() is None:
                raise DialogError("error.measure_gone", path=path)
            set_status(db, measure_id, status)
    finally:
        db.close()

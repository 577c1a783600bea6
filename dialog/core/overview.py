"""The organiser's overview: many conference files, gathered from several laptops, read side by side.

Files are only read (SQLite read-only mode), never merged or changed. The same
conference found twice (copied from two laptops) is recognised by its id and
counted once, the fuller copy (see :mod:`dialog.core.overview_copies`); files
that cannot be read are listed with the reason and left out, and so are demo
conferences unless asked for (or unless there is nothing but demos). Everything
here is plain data, for the Word and CSV outputs and the screen alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from dialog.core.database import SUFFIX
from dialog.core.errors import DialogError
from dialog.core.file_errors import short_reason
from dialog.core.overview_copies import copy_notice, counted_copy
from dialog.core.overview_read import ConferenceOverview, catalogue_themes, read_conference_overview
from dialog.core.rows import DistrictMeasure, ThemeName
from dialog.core.sessions import BACKUP_FOLDER
from dialog.core.vocabulary import NORWEGIAN
from dialog.i18n import t

__all__ = ["ConferenceOverview", "Overview", "Problem", "build_overview", "catalogue_themes",
           "read_conference_overview", "write_measure_status"]

DISPLAY_MARKS = {"positive": "+", "mixed": "±", "challenge": "−", "not_discussed": "·"}
"""Short marks for the theme × district matrix; a legend spells them out wherever it is shown."""

OPEN_STATUSES = ("proposed", "agreed", "in_progress")
"""Measure statuses that can be overdue."""

Demos = Literal["auto", "include"]
"""``auto``: demo conferences are left out when any real one is found, and shown (marked) when there are only
demos, so a folder someone is practising in still shows something; ``include``: always shown, marked."""

Order = Literal["date", "given"]
"""``date``: conferences by date (then district); ``given``: in the order the files and folders were given
(a folder's files by name)."""


@dataclass
class Problem:
    """A file left out of the overview, or a conference found more than once."""

    path: Path
    message: str
    """The reason, with every path in it as documents show it (see :func:`shown_name`)."""
    shown: str = ""
    """The file's name as documents show it (see :attr:`ConferenceOverview.shown`)."""
    error: DialogError | None = None
    """The reason with the real paths, for the person at the terminal (a ``dialog restore`` they can run)."""

    def line(self) -> str:
        """The reason for the terminal: with real paths when known, else as the documents show it."""
        return self.error.message() if self.error is not None else self.message


@dataclass
class Overview:
    """The conferences (one per id, in the chosen order) and what was left out or found twice."""

    conferences: list[ConferenceOverview]
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    themes: list[ThemeName] = field(default_factory=list)
    demos_left_out: list[ConferenceOverview] = field(default_factory=list)
    """Demo conferences found but not counted (real ones were found beside them)."""
    with_notes: bool = False
    """Whether the group notes were read (``build_overview(..., with_notes=True)``): the CSV lists them."""

    @property
    def demos_only(self) -> bool:
        """True when every conference shown is a demo (they are shown because nothing else was found)."""
        return bool(self.conferences) and all(c.is_demo for c in self.conferences)

    def totals(self) -> dict[str, int]:
        """Sums of the attendance table's columns (unknown counts as 0)."""
        return {
            "interviews": sum(c.interviews or 0 for c in self.conferences),
            "informants": sum(c.informants or 0 for c in self.conferences),
            "participants": sum(c.participants for c in self.conferences),
            "forms": sum(c.forms for c in self.conferences),
            "notes": sum(c.note_count for c in self.conferences),
            "measures": sum(len(c.measures) for c in self.conferences),
        }

    def demos_left_out_line(self, language: str | None = None) -> str | None:
        """The one line naming the demo conferences left out (None when none were), for the terminal and the
        CSV README alike."""
        if not self.demos_left_out:
            return None
        names = ", ".join(f"{c.district} {c.date}" for c in self.demos_left_out)
        return t("overview.demos_left_out", language, count=len(self.demos_left_out), names=names)

    def document_language(self, speaking: str | None = None) -> str | None:
        """The language every conference here was written in; None when they differ or there are none.

        Conferences in bokmål and nynorsk together are all Norwegian: the overview is
        then in the written standard the program is ``speaking``, if it speaks one, else in bokmål.
        """
        languages = {conference.language for conference in self.conferences}
        if len(languages) > 1 and languages <= set(NORWEGIAN):
            return speaking if speaking in NORWEGIAN else "nb"
        return languages.pop() if len(languages) == 1 else None

    def labels(self, language: str | None = None, shown_date: Callable[[str], str] = str) -> dict[str, str]:
        """Conference id -> how a column or row names it: the district, with its date (as ``shown_date`` writes
        it) when the district has more than one conference here (Alna 2007-11-05, Alna 2008-10-30), and
        "(demo)" for a demo."""
        seen: dict[str, int] = {}
        for conference in self.conferences:
            seen[conference.district] = seen.get(conference.district, 0) + 1
        labels = {}
        for conference in self.conferences:
            label = conference.district
            if seen[conference.district] > 1:
                label = t("overview.district_on_date", language, district=label, date=shown_date(conference.date))
            if conference.is_demo:
                label = t("overview.demo_mark", language, name=label)
            labels[conference.id] = label
        return labels

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
                rows.append({**measure, "district": conference.district, "date": conference.date,
                             "path": conference.path, "conference_id": conference.id, "overdue": overdue})
        return rows

    def measure_counts(self) -> dict[tuple[str, str], int]:
        """(theme code, conference id) -> number of measures: two conferences of one district counted apart."""
        counts: dict[tuple[str, str], int] = {}
        for conference in self.conferences:
            for measure in conference.measures:
                if measure["theme_code"]:
                    key = (measure["theme_code"], conference.id)
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


def build_overview(arguments: list[Path], *, demos: Demos = "auto", order: Order = "date",
                   with_notes: bool = False) -> Overview:
    """Read every conference under ``arguments``: one per conference id (the fuller copy), demos as ``demos`` says,
    in ``order``; ``with_notes`` reads the group notes too (for the CSV)."""
    paths, problems = conference_paths(arguments)
    by_id: dict[str, ConferenceOverview] = {}
    place: dict[str, int] = {}
    duplicates: list[Problem] = []
    for number, path in enumerate(paths):
        conference = _read_one(path, arguments, problems, with_notes)
        if conference is None:
            continue
        first = by_id.get(conference.id)
        if first is None:
            by_id[conference.id], place[conference.id] = conference, number
            continue
        kept, left = counted_copy(first, conference)
        by_id[conference.id] = kept
        notice = copy_notice(kept, left)
        duplicates.append(Problem(left.path, _shown_message(notice, arguments), left.shown, notice))
    found = list(by_id.values())
    real = [c for c in found if not c.is_demo]
    left_out = [c for c in found if c.is_demo] if demos == "auto" and real else []
    chosen = real if left_out else found
    if order == "given":
        conferences = sorted(chosen, key=lambda c: place[c.id])
    else:
        conferences = sorted(chosen, key=lambda c: (c.date, c.district.casefold(), place[c.id]))
    themes = catalogue_themes(conferences[0].path) if conferences else []
    return Overview(conferences, problems, duplicates, themes, left_out, with_notes)


def _read_one(path: Path, arguments: list[Path], problems: list[Problem],
              with_notes: bool) -> ConferenceOverview | None:
    """One file's figures, or None with its problem added; a failure nobody foresaw never stops the others."""
    try:
        conference = read_conference_overview(path, with_notes=with_notes)
    except DialogError as error:
        problems.append(Problem(path, _shown_message(error, arguments), shown_name(path, arguments), error))
        return None
    except (sqlite3.Error, OSError, ValueError, TypeError, AttributeError) as error:
        failure = DialogError("error.file_cannot_open", path=path,
                              reason=short_reason(f"{type(error).__name__}: {error}"))
        problems.append(Problem(path, _shown_message(failure, arguments), shown_name(path, arguments), failure))
        return None
    conference.shown = shown_name(path, arguments)
    return conference


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

"""Reading one conference file for the organiser's overview: its figures, read-only, never changing a byte.

A file is checked with SQLite's ``quick_check`` on the same read-only
connection before anything is read from it, as ``dialog list`` and
``dialog export`` check it, so a damaged file is left out with the one line
that names ``dialog restore`` instead of being counted half-read.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from dialog.core.database import check_conference_file, connect_read_only, quick_check_problem
from dialog.core.default_nynorsk import default_nynorsk
from dialog.core.errors import DialogError
from dialog.core.evaluation import tally_scales
from dialog.core.file_errors import damaged, describe_open_failure
from dialog.core.nynorsk_columns import column_or_blank
from dialog.core.rows import OverviewMeasure, OverviewNote, ScaleFigures, ThemeName
from dialog.core.text_gate import CleaningRows

NOTES_SQL = """
SELECT g.name AS "group", coalesce(group_concat(gt.theme_code, ' '), '') AS themes, n.kind, n.role_letter, n.text
FROM note n JOIN work_group g ON g.id = n.group_id LEFT JOIN group_theme gt ON gt.group_id = g.id
WHERE n.deleted_at IS NULL GROUP BY n.id ORDER BY g.position, n.position
"""
"""The group notes as the minutes list them: group, its themes (codes, space-separated), kind, role letter, text."""


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
    is_demo: bool = False
    """A demo made by ``dialog demo``: left out of the overview unless asked for, marked when shown."""
    note_count: int = 0
    """How many group notes the file holds (deleted ones not counted)."""
    notes: list[OverviewNote] = field(default_factory=list)
    """The group notes themselves, read only when asked for (the CSV lists them; the screen does not)."""
    cleaned: int = 0
    """How many texts read from the file the text gate had to clean (the file itself is not changed)."""
    shown: str = ""
    """The file's name as documents show it: relative to the folder it was found in, never an absolute path."""
    language: str = "nb"
    """The conference's document language (nb, nn or en)."""


def read_conference_overview(path: Path, *, with_notes: bool = False) -> ConferenceOverview:
    """Read one file's overview figures without changing a byte (older formats included).

    A damaged file raises the one :class:`DialogError` that names ``dialog restore``.
    """
    check_conference_file(path)
    try:
        connection = _read_only(path)
        gate = connection.row_factory
        assert isinstance(gate, CleaningRows)
        try:
            problem = quick_check_problem(connection)
            if problem is not None:
                raise damaged(path, problem)
            conference = _read(connection, path, with_notes)
            conference.cleaned = gate.changed
            return conference
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise describe_open_failure(error, path) from error


def catalogue_themes(path: Path) -> list[ThemeName]:
    """The catalogue's leaf themes (code and names) in catalogue order, read from one file.

    A file from before nynorsk has no nynorsk names: a theme still named as the
    catalogue names it gets the catalogue's (see :mod:`dialog.core.default_nynorsk`).
    """
    connection = _read_only(path)
    try:
        name_nn = column_or_blank(connection, "theme", "name_nn")
        rows = [dict(row) for row in connection.execute(
            f"SELECT code, name_nb, name_en, {name_nn} FROM theme WHERE origin = 'catalogue' "
            "AND parent_code IS NOT NULL ORDER BY position")]
        for row in rows:
            row["name_nn"] = row["name_nn"] or default_nynorsk("theme", row["code"], row["name_nb"])
        return cast("list[ThemeName]", rows)
    finally:
        connection.close()


def _read_only(path: Path) -> sqlite3.Connection:
    connection = connect_read_only(path)
    connection.row_factory = CleaningRows()  # texts through the gate, also from files written before it
    return connection


def _read(db: sqlite3.Connection, path: Path, with_notes: bool) -> ConferenceOverview:
    facts = db.execute("SELECT id, district, date, interviews, informants, is_demo, language FROM conference"
                       ).fetchone()
    if facts is None:
        raise DialogError("error.not_conference", path=path)
    participants = db.execute("SELECT coalesce(sum(count), 0) FROM attendance").fetchone()[0]
    forms = db.execute("SELECT count(*) FROM evaluation_response").fetchone()[0]
    note_count = db.execute("SELECT count(*) FROM note WHERE deleted_at IS NULL").fetchone()[0]
    measures = cast("list[OverviewMeasure]", [dict(row) for row in db.execute(
        "SELECT id, text, theme_code, level, owner, deadline, status, votes FROM measure ORDER BY position")])
    notes = cast("list[OverviewNote]", [dict(row) for row in db.execute(NOTES_SQL)]) if with_notes else []
    return ConferenceOverview(path, facts["id"], facts["district"], facts["date"], facts["interviews"],
                              facts["informants"], participants, forms, _display(db), measures, _scales(db),
                              is_demo=bool(facts["is_demo"]), note_count=note_count, notes=notes,
                              language=facts["language"])


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
    return [{"code": tally.code, "text_nb": tally.text_nb, "text_en": tally.text_en, "text_nn": tally.text_nn,
             "count": tally.count,
             "suppressed": tally.suppressed, "mean": tally.mean, "distribution": tally.distribution}
            for tally in tally_scales(db)]

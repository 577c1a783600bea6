"""Every row the core hands out has exactly the keys, and values of the types, its TypedDict in core/rows.py says.

The row types are checked by mypy at every use site, but only if they are true:
a new column in the schema, or a changed SELECT, makes a ``SELECT *`` row
differ from its type without mypy seeing it. This reads the Stovner demo
through each function that returns rows and compares.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dialog.core import rows
from dialog.core.attendance import attendance, list_roles
from dialog.core.conference import list_leaders, read_conference
from dialog.core.conference_themes import leaf_themes, list_themes
from dialog.core.database import open_conference
from dialog.core.display import display_row
from dialog.core.evaluation import list_questions
from dialog.core.findings import list_findings
from dialog.core.groups import list_groups
from dialog.core.measures import list_measures
from dialog.core.note_history import read_note
from dialog.core.notes import edit_note, list_notes, revisions
from dialog.core.overview import build_overview, catalogue_themes, read_conference_overview
from dialog.core.phases import phase_log, phase_plan
from dialog.core.plenary import list_plenary_points
from dialog.core.summary import summarise


def first_group(db) -> str:
    return list_groups(db)[0]["id"]


def edited_note(db) -> str:
    """A note of the demo changed once, so it has a revision (the demo has none)."""
    note = list_notes(db)[0]
    edit_note(db, note["id"], text=note["text"] + " (changed)")
    return note["id"]


# (what is read, how, the type of each row); ``how`` takes the open demo and its path and returns the rows.
CASES: list[tuple[str, Callable[..., object], type]] = [
    ("read_conference", lambda db, path: [read_conference(db)], rows.Conference),
    ("list_leaders", lambda db, path: list_leaders(db), rows.Leader),
    ("list_roles", lambda db, path: list_roles(db), rows.Role),
    ("attendance", lambda db, path: attendance(db), rows.RoleAttendance),
    ("phase_plan", lambda db, path: phase_plan(db), rows.PlannedPhase),
    ("phase_log", lambda db, path: phase_log(db), rows.PhaseRun),
    ("list_themes", lambda db, path: list_themes(db), rows.Theme),
    ("leaf_themes", lambda db, path: leaf_themes(db), rows.Theme),
    ("display_row", lambda db, path: display_row(db), rows.ThemeStatus),
    ("list_findings", lambda db, path: list_findings(db), rows.Finding),
    ("list_findings quotes", lambda db, path: [q for f in list_findings(db) for q in f["quotes"]], rows.Quote),
    ("list_groups", lambda db, path: list_groups(db), rows.Group),
    ("list_notes", lambda db, path: list_notes(db), rows.Note),
    ("list_notes of a group", lambda db, path: list_notes(db, first_group(db)), rows.Note),
    ("read_note", lambda db, path: [read_note(db, list_notes(db)[0]["id"])], rows.Note),
    ("revisions", lambda db, path: revisions(db, edited_note(db)), rows.NoteRevision),
    ("list_measures", lambda db, path: list_measures(db), rows.Measure),
    ("summarise top_measures", lambda db, path: summarise(db).top_measures, rows.Measure),
    ("list_plenary_points", lambda db, path: list_plenary_points(db), rows.PlenaryPoint),
    ("list_questions", lambda db, path: list_questions(db), rows.FormQuestion),
    ("overview measures", lambda db, path: read_conference_overview(path).measures, rows.OverviewMeasure),
    ("overview scales", lambda db, path: read_conference_overview(path).scales, rows.ScaleFigures),
    ("catalogue_themes", lambda db, path: catalogue_themes(path), rows.ThemeName),
    ("Overview.measures", lambda db, path: build_overview([path]).measures(), rows.DistrictMeasure),
    ("overview notes", lambda db, path: read_conference_overview(path, with_notes=True).notes, rows.OverviewNote),
]

NOT_READ = {
    rows.Wording: "the part of a Note or NoteRevision that note_version reads; no function returns it alone",
    rows.Answer: "built as a literal in core/evaluation.py, which mypy checks key by key",
}
"""Row types no case above reads, and why."""


@pytest.fixture
def demo(stovner) -> Iterator[tuple[object, Path]]:
    db = open_conference(stovner)
    try:
        yield db, stovner
    finally:
        db.close()


def fits(value: object, expected: object) -> bool:
    """Whether ``value`` is of the annotated type (one level deep: ``list[Quote]`` asks for a list)."""
    if isinstance(expected, types.UnionType):
        return any(fits(value, option) for option in typing.get_args(expected))
    if expected is type(None):
        return value is None
    if expected is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    origin = typing.get_origin(expected) or expected
    assert isinstance(origin, type), f"fits() does not know {expected!r}"
    return isinstance(value, origin)


@pytest.mark.parametrize(("name", "read", "row_type"), CASES, ids=[case[0] for case in CASES])
def test_rows_have_exactly_their_types_keys(demo, name, read, row_type):
    db, path = demo
    found = read(db, path)
    assert found, f"{name}: the demo gives no rows, so nothing is checked"
    keys = row_type.__required_keys__ | row_type.__optional_keys__
    hints = typing.get_type_hints(row_type)
    for row in found:
        assert type(row) is dict
        assert set(row) == keys, (f"{name}: keys the type lacks {sorted(set(row) - keys)}, "
                                  f"keys the row lacks {sorted(keys - set(row))}")
        wrong = {key: (row[key], hints[key]) for key in keys if not fits(row[key], hints[key])}
        assert not wrong, f"{name}: values not of their declared type: {wrong}"


def test_every_row_type_is_read_by_a_case():
    declared = {value for value in vars(rows).values() if typing.is_typeddict(value)}
    read = {case[2] for case in CASES}
    assert declared - read == set(NOT_READ)


def test_a_nullable_column_is_typed_nullable():
    """fits() is what the test above leans on: it must tell None from a string and a bool from a number."""
    hints = typing.get_type_hints(rows.Measure)
    assert fits(None, hints["deadline"]) and fits("2026-01-31", hints["deadline"])
    assert not fits(None, hints["text"])
    assert not fits(True, hints["votes"]) and fits(3, hints["votes"])
    assert fits(0, typing.get_type_hints(rows.PhaseRun)["paused_seconds"])  # coalesce(…, 0) gives an int

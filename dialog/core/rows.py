"""The rows the core hands to the screens, the exports and the room, typed key by key.

Each is a ``TypedDict``: at run time a plain ``dict`` (so ``row["text"]`` keeps
working everywhere), while mypy checks every key at every use site. A key is
typed as its column is in :mod:`dialog.core.schema`: ``str | None`` where SQL
allows NULL. ``tests/test_rows.py`` reads the demo conference through every
function that returns one of these and fails when a row's keys and its type's
part ways (a new column, a renamed alias), so change both together.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

if TYPE_CHECKING:
    from sqlite_utils import Database

R = TypeVar("R")


def fetch_rows(db: Database, row_type: type[R], sql: str, params: Sequence[Any] | None = None) -> list[R]:
    """The rows ``sql`` returns, as ``row_type`` (its keys are the query's columns: keep them in step)."""
    del row_type  # only says what the rows are; tests/test_rows.py checks they are
    return cast("list[R]", db.execute_returning_dicts(sql, params))


class Conference(TypedDict):
    """The conference's one row: its facts, phase now, and whether it is a demo (``is_demo`` is 0 or 1)."""

    id: str
    district: str
    date: str
    venue: str
    language: str
    report_version: str
    interviews: int | None
    informants: int | None
    phase: str
    is_demo: int
    created_at: str


class Leader(TypedDict):
    """A process leader (``role`` is leader or co_leader), in the order they were given."""

    id: str
    name: str
    role: str
    position: int


class Role(TypedDict):
    """A participant role: its code, the letter notes and quotes use for it, and its names."""

    code: str
    letter: str
    name_nb: str
    name_en: str
    name_nn: str
    position: int


class RoleAttendance(TypedDict):
    """A role with the number who came in it (0 when none did)."""

    code: str
    letter: str
    name_nb: str
    name_en: str
    name_nn: str
    count: int


class PlannedPhase(TypedDict):
    """A phase's planned start (HH:MM) and length in minutes, either unknown."""

    phase: str
    planned_start: str | None
    planned_minutes: int | None


class PhaseRun(TypedDict):
    """One run of a phase as it happened, with its clock's added minutes and pauses (0 when never adjusted).

    ``ended_at`` is None while the phase runs; ``paused_since`` is None unless its clock is paused now.
    """

    id: str
    phase: str
    started_at: str
    ended_at: str | None
    extra_minutes: int
    paused_seconds: float
    paused_since: str | None


class Theme(TypedDict):
    """A theme of the conference: from the catalogue (``origin`` catalogue) or its own (own)."""

    code: str
    name_nb: str
    name_en: str
    name_nn: str
    parent_code: str | None
    origin: str
    position: int


class ThemeName(TypedDict):
    """A catalogue theme's code and names, as the overview's matrix lists them."""

    code: str
    name_nb: str
    name_en: str
    name_nn: str


class ThemeStatus(TypedDict):
    """A catalogue theme in the display row: its status, and whether the leader set it (else notes gave it)."""

    code: str
    name_nb: str
    name_en: str
    name_nn: str
    status: str
    manual: bool


class Quote(TypedDict):
    """An anonymised quote under a finding; ``role_letter`` is "" when not given."""

    id: str
    finding_id: str
    position: int
    text: str
    role_letter: str


class Finding(TypedDict):
    """A main point of the process report, with its quotes and the room's response (None until given)."""

    id: str
    position: int
    title: str
    body: str
    theme_code: str | None
    response: str | None
    response_comment: str
    quotes: list[Quote]


class Group(TypedDict):
    """A work group: its theme codes in catalogue order and its head count per role code (never names)."""

    id: str
    name: str
    position: int
    themes: list[str]
    members: dict[str, int]


class Wording(TypedDict):
    """What a note says: its kind, text and role letter (a :class:`Note` and a :class:`NoteRevision` both have it)."""

    kind: str
    text: str
    role_letter: str


class Note(TypedDict):
    """A group note; ``deleted_at`` is None unless it was deleted (deleted notes stay, to be restored)."""

    id: str
    group_id: str
    kind: str
    text: str
    role_letter: str
    author_device: str
    position: int
    created_at: str
    updated_at: str
    deleted_at: str | None


class NoteRevision(TypedDict):
    """An earlier wording of a note, kept when it was changed; ``saved_at`` is when that wording was saved."""

    id: str
    note_id: str
    kind: str
    text: str
    role_letter: str
    saved_at: str


class Measure(TypedDict):
    """A proposed measure; where it came from (theme, group, note), level and deadline may be unknown."""

    id: str
    text: str
    theme_code: str | None
    group_id: str | None
    note_id: str | None
    level: str | None
    owner: str
    deadline: str | None
    status: str
    votes: int
    position: int
    created_at: str


class OverviewMeasure(TypedDict):
    """A measure as the organiser's overview reads it from a conference file."""

    id: str
    text: str
    theme_code: str | None
    level: str | None
    owner: str
    deadline: str | None
    status: str
    votes: int


class DistrictMeasure(OverviewMeasure):
    """An overview measure with the conference it belongs to, and whether it is open past its deadline."""

    district: str
    date: str
    path: Path
    conference_id: str
    overdue: bool


class OverviewNote(TypedDict):
    """A group note as the overview's CSV lists it: group, its themes' codes (space-separated), kind, role letter."""

    group: str
    themes: str
    kind: str
    role_letter: str
    text: str


class ScaleFigures(TypedDict):
    """One scale question over every form version: answers, mean and distribution (None and {} when suppressed)."""

    code: str
    text_nb: str
    text_en: str
    text_nn: str
    count: int
    suppressed: bool
    mean: float | None
    distribution: dict[int, int]


class PlenaryPoint(TypedDict):
    """A priority, agreement, disagreement or other point of the plenary, from a group or the whole room (None)."""

    id: str
    kind: str
    text: str
    group_id: str | None
    position: int


class FormQuestion(TypedDict):
    """A question of an evaluation form template (a ``form_question`` row).

    :func:`~dialog.core.evaluation.list_questions` gives a scale question's ends as whole numbers within 1–5.
    """

    id: str
    template_id: str
    position: int
    code: str
    kind: str
    text_nb: str
    text_en: str
    text_nn: str
    scale_min: int | None
    scale_max: int | None


class Answer(TypedDict):
    """One answer of a response as stored: a scale's score in ``value_int``, a text or role code in ``value_text``."""

    question_id: str
    value_int: int | None
    value_text: str | None

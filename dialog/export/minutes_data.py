"""Everything the minutes say, read from a conference file in one go (no formatting here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dialog.core.assessment import get_assessment
from dialog.core.attendance import attendance, total_attendance
from dialog.core.conference import list_leaders, read_conference
from dialog.core.conference_themes import list_themes
from dialog.core.display import display_row
from dialog.core.evaluation import ScaleTally, count_responses, tally_scales
from dialog.core.findings import list_findings
from dialog.core.form_history import AskedQuestion, free_text_answers
from dialog.core.group_checks import GroupCheck, group_checks
from dialog.core.groups import list_groups
from dialog.core.measures import list_measures
from dialog.core.notes import list_notes
from dialog.core.paper_sheets import forms_by_source
from dialog.core.phases import phase_log, phase_plan
from dialog.core.plenary import list_plenary_points
from dialog.core.room_answers import RoomTally, room_tallies
from dialog.core.rows import (
    Conference,
    Finding,
    Group,
    Leader,
    Measure,
    Note,
    PhaseRun,
    PlannedPhase,
    PlenaryPoint,
    RoleAttendance,
    Theme,
    ThemeStatus,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class MinutesData:
    """The conference as the minutes need it."""

    facts: Conference
    leaders: list[Leader]
    attendance: list[RoleAttendance]
    participants: int
    plan: list[PlannedPhase]
    log: list[PhaseRun]
    findings: list[Finding]
    groups: list[Group]
    notes_by_group: dict[str, list[Note]]
    measures: list[Measure]
    plenary: list[PlenaryPoint]
    assessment: str
    forms: int
    tallies: list[ScaleTally]
    comments: list[tuple[AskedQuestion, list[str]]] = field(default_factory=list)
    """Each free-text question, across form versions, with every answer exactly as typed."""
    themes: dict[str, Theme] = field(default_factory=dict)
    """Every theme of the conference by its code."""
    display: list[ThemeStatus] = field(default_factory=list)
    room: dict[str, RoomTally] = field(default_factory=dict)
    """The room's own answers to each finding, by finding id, with the k ≥ 3 rule already applied."""
    roles: dict[str, RoleAttendance] = field(default_factory=dict)
    """Every role of the conference by its code, those nobody came in too (a phone may still name one)."""
    group_checks: dict[str, GroupCheck] = field(default_factory=dict)
    """Each group's check of its notes (confirmed, flagged, changed since, not looked at), by group id."""
    forms_by_way: dict[str, int] = field(default_factory=dict)
    """How many forms came on paper, from phones and in the app (:func:`~dialog.core.paper_sheets.forms_by_source`)."""


def read_minutes(db: Database) -> MinutesData:
    """Gather the minutes' content."""
    groups = list_groups(db)
    roles = attendance(db)
    return MinutesData(
        facts=read_conference(db),
        leaders=list_leaders(db),
        attendance=[row for row in roles if row["count"]],
        participants=total_attendance(db),
        plan=phase_plan(db),
        log=phase_log(db),
        findings=list_findings(db),
        groups=groups,
        notes_by_group={g["id"]: list_notes(db, g["id"]) for g in groups},
        measures=list_measures(db),
        plenary=list_plenary_points(db),
        assessment=get_assessment(db),
        forms=count_responses(db),
        tallies=tally_scales(db),
        comments=free_text_answers(db),
        themes={theme["code"]: theme for theme in list_themes(db)},
        display=display_row(db),
        room=room_tallies(db),
        roles={row["code"]: row for row in roles},
        group_checks=group_checks(db),
        forms_by_way=forms_by_source(db),
    )

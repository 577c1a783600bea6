"""Everything the minutes say, read from a conference file in one go (no formatting here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dialog.core.assessment import get_assessment
from dialog.core.attendance import attendance, total_attendance
from dialog.core.conference import list_leaders, read_conference
from dialog.core.display import display_row
from dialog.core.evaluation import ScaleTally, count_responses, tally_scales
from dialog.core.findings import list_findings
from dialog.core.form_history import AskedQuestion, free_text_answers
from dialog.core.groups import list_groups
from dialog.core.measures import list_measures
from dialog.core.notes import list_notes
from dialog.core.phases import phase_log, phase_plan
from dialog.core.plenary import list_plenary_points

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class MinutesData:
    """The conference as the minutes need it."""

    facts: dict
    leaders: list[dict]
    attendance: list[dict]
    participants: int
    plan: list[dict]
    log: list[dict]
    findings: list[dict]
    groups: list[dict]
    notes_by_group: dict[str, list[dict]]
    measures: list[dict]
    plenary: list[dict]
    assessment: str
    forms: int
    tallies: list[ScaleTally]
    comments: list[tuple[AskedQuestion, list[str]]] = field(default_factory=list)
    """Each free-text question, across form versions, with every answer exactly as typed."""
    themes: dict[str, dict] = field(default_factory=dict)
    display: list[dict] = field(default_factory=list)


def read_minutes(db: Database) -> MinutesData:
    """Gather the minutes' content."""
    groups = list_groups(db)
    return MinutesData(
        facts=read_conference(db),
        leaders=list_leaders(db),
        attendance=[row for row in attendance(db) if row["count"]],
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
        themes={row["code"]: row for row in db.execute_returning_dicts("SELECT * FROM theme")},
        display=display_row(db),
    )

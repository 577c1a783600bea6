"""What the participants' feedback sheet says, read from a conference file in one go (no formatting here).

Only what the leader has recorded and checked goes on the sheet: the findings
with the leader's response and comment, the room's own distribution where the
k ≥ 3 rule lets it show, the plenary's priorities and agreements, and the
measures. No group notes, no comments sent from phones, no evaluation answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dialog.core.conference import list_leaders, read_conference
from dialog.core.findings import list_findings
from dialog.core.measures import list_measures
from dialog.core.plenary import list_plenary_points
from dialog.core.room_answers import room_tallies
from dialog.core.rows import Conference, Finding, Measure, PlenaryPoint

if TYPE_CHECKING:
    from sqlite_utils import Database

SHEET_PLENARY_KINDS = ("priority", "agreement", "disagreement")
"""The plenary points a participant reads on the sheet, in this order ("other" points stay in the minutes)."""


@dataclass(frozen=True)
class SheetFinding:
    """A finding as the sheet tells it: title, the leader's response and comment, and the room's own answers.

    ``room`` (response -> count) is None when fewer than three phones answered:
    then no count is shown at all.
    """

    number: int
    title: str
    response: str | None
    comment: str
    room: dict[str, int] | None


@dataclass(frozen=True)
class FeedbackData:
    """The conference as the feedback sheet needs it."""

    facts: Conference
    leaders: list[str]
    """The process leaders' names (not co-leaders), as the minutes' facts print them."""
    findings: list[SheetFinding]
    plenary: list[PlenaryPoint]
    measures: list[Measure]


def _sheet_finding(number: int, finding: Finding, room: dict[str, int] | None) -> SheetFinding:
    return SheetFinding(number, finding["title"], finding["response"], finding["response_comment"], room)


def read_feedback(db: Database) -> FeedbackData:
    """Gather the sheet's content (read only)."""
    findings = list_findings(db)
    tallies = room_tallies(db, [finding["id"] for finding in findings])
    points = list_plenary_points(db)
    return FeedbackData(
        facts=read_conference(db),
        leaders=[row["name"] for row in list_leaders(db) if row["role"] == "leader"],
        findings=[_sheet_finding(number, finding, tallies[finding["id"]].responses)
                  for number, finding in enumerate(findings, start=1)],
        plenary=[point for kind in SHEET_PLENARY_KINDS for point in points if point["kind"] == kind],
        measures=list_measures(db),
    )

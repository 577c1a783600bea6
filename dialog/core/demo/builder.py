"""Write a demo conference into a new conference file through the core API."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dialog.core.assessment import set_assessment
from dialog.core.attendance import set_attendance
from dialog.core.conference import create_conference, set_leaders
from dialog.core.demo.bjerke import BJERKE
from dialog.core.demo.model import DemoConference
from dialog.core.demo.stovner import STOVNER
from dialog.core.display import set_display_status
from dialog.core.evaluation import MIN_RESPONDENTS, add_response
from dialog.core.findings import add_finding, add_quote, set_response
from dialog.core.groups import add_group
from dialog.core.measures import add_measure
from dialog.core.notes import add_note
from dialog.core.phases import close_log, move_to_phase
from dialog.core.plenary import add_plenary_point
from dialog.core.room_answers import answer_finding, open_finding, set_revealed, voter_key
from dialog.core.sessions import path_for

if TYPE_CHECKING:
    from sqlite_utils import Database

DEMOS: dict[str, DemoConference] = {"stovner": STOVNER, "bjerke": BJERKE}
"""Demo conferences by the name given to ``dialog demo --district``."""


def _moment(date: str, clock: str) -> str:
    """Return an ISO timestamp for a wall-clock time in Oslo on ``date``."""
    try:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo("Europe/Oslo")
    except (ImportError, KeyError, OSError, ValueError):  # no time zone data on this machine: use local time
        zone = None
    moment = datetime.fromisoformat(f"{date}T{clock}:00")
    return (moment.replace(tzinfo=zone) if zone else moment.astimezone()).isoformat(timespec="seconds")


def _add_minutes(clock: str, minutes: int) -> str:
    hours, mins = divmod(int(clock[:2]) * 60 + int(clock[3:]) + minutes, 60)
    return f"{hours:02d}:{mins:02d}"


def fill(db: Database, demo: DemoConference) -> None:
    """Write every part of ``demo`` into an open, freshly created conference."""
    date = demo.facts.date
    with db.atomic():
        set_leaders(db, list(demo.leaders))
        set_attendance(db, demo.attendance)
        finding_ids = []
        for finding in demo.findings:
            finding_id = add_finding(db, finding.title, finding.body, finding.theme)
            finding_ids.append(finding_id)
            for text, letter in finding.quotes:
                add_quote(db, finding_id, text, letter)
            set_response(db, finding_id, finding.response, finding.comment)
        db.execute("DELETE FROM phase_log")
        for phase, clock in demo.run_times:
            move_to_phase(db, phase, at=_moment(date, clock))
            if phase == "presentation":  # phones answer only while the findings are presented
                _room_answers(db, demo, finding_ids)
        close_log(db, at=_moment(date, demo.end_time))
        group_start = dict(demo.run_times)["group_work"]
        group_ids = []
        for group in demo.groups:
            group_id = add_group(db, group.name, list(group.themes), group.members)
            group_ids.append(group_id)
            for minute, (kind, letter, text) in enumerate(group.notes):
                at = _moment(date, _add_minutes(group_start, 5 + minute * 7))
                add_note(db, group_id, kind, text, letter, author_device="demo", at=at)
            for measure in group.measures:
                add_measure(db, measure.text, theme_code=measure.theme, group_id=group_id, level=measure.level,
                            owner=measure.owner, deadline=measure.deadline, status=measure.status,
                            votes=measure.votes)
        for kind, text, group_index in demo.plenary:
            add_plenary_point(db, kind, text, None if group_index is None else group_ids[group_index])
        set_assessment(db, demo.assessment)
        for number, form in enumerate(demo.forms):
            add_response(db, form, source="phone" if number % 3 == 2 else "paper")
        for code, status in demo.display.items():
            set_display_status(db, code, status)


DEMO_SECRET = b"dialog demo: answers from made-up phones"
"""The room secret the demo's phone answers are keyed with (the demo's phones are made up)."""


def _room_answers(db: Database, demo: DemoConference, finding_ids: list[str]) -> None:
    """Each finding's answers from phones, as if the leader showed them one by one, revealing those with 3 or more;
    no finding is left open."""
    for finding, finding_id in zip(demo.findings, finding_ids):
        if finding.room is None:
            continue
        open_finding(db, finding_id)
        answers = finding.room.answers()
        for number, (response, comment, role) in enumerate(answers):
            answer_finding(db, finding_id, voter_key(DEMO_SECRET, f"demo-phone-{number}", finding_id), response,
                           comment, role)
        set_revealed(db, finding_id, len(answers) >= MIN_RESPONDENTS)
    open_finding(db, None)


def build_demo(sessions: Path, name: str = "stovner") -> Path:
    """Create the named demo conference in ``sessions``; return its path."""
    demo = DEMOS[name]
    path = path_for(sessions, demo.facts.date, demo.facts.district)
    db = create_conference(path, demo.facts, is_demo=True)
    try:
        fill(db, demo)
    finally:
        db.close()
    return path
